"""The resp_lines loader on the real provincial responsibility division (000) and a made-up city one."""

from __future__ import annotations

from pathlib import Path

import pytest

from polkg.graph.model import Extraction
from polkg.loaders import registry, resp_lines, styles
from polkg.loaders.text import compact, restore_extraction, view
from tests.helpers import roles, task_with

ROOT = Path(__file__).resolve().parent.parent
DIVISION = ROOT / "corpus" / "000_58d12171dcf85779.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def load(path: Path) -> tuple[str, Extraction]:
    """The loader's reading of a file's normalised view, written back in the file's own characters, as the
    pipeline reads it (:mod:`polkg.pipeline`: the view keeps every offset)."""
    text = path.read_text(encoding="utf-8")
    seen = view(text)
    x = resp_lines.LOADER.load(seen, path.stem)
    restore_extraction(x, text, seen)
    return text, x


@pytest.fixture(scope="module")
def division() -> tuple[str, Extraction]:
    return load(DIVISION)


def test_detected_as_resp_lines(division: tuple[str, Extraction]) -> None:
    text, _ = division
    assert registry.detect(text).name == "resp_lines"
    assert resp_lines.LOADER.score((FIXTURES / "city_styles.txt").read_text(encoding="utf-8")) < registry.MIN_SCORE


def test_one_task_per_unit_line_and_declared_convention(division: tuple[str, Extraction]) -> None:
    text, x = division
    assert len(x.tasks) == sum(1 for ln in text.splitlines() if ln.startswith("责任单位")) == 73
    assert x.documents[0].convention == styles.FIRST_LEADS
    assert x.documents[0].title.endswith("责任分工方案")
    assert x.unattributed == []


def test_boiler_task_has_two_leads(division: tuple[str, Extraction]) -> None:
    _, x = division
    t = task_with(x, "淘汰每小时 10 蒸吨及以下燃煤锅炉")
    assert roles(t) == {
        "lead": ["省经济和信息化委", "省质监局"],
        "responsible": ["省发展改革委(省能源局)", "环境保护厅", "省安全监管局"],
        "assist": [],
    }
    assert [u.rank for u in t.units] == [1, 2, 3, 4, 5]
    assert t.section[1:] == [
        "二、重点任务",
        "（一）大气污染防治",  # headings as the view writes them, as `polkg extract` gives them
        "1.实施工程治理减排行动",
        "（2）实施燃煤锅炉提标升级改造",
    ]
    assert "责任单位" not in t.text and t.quote.endswith("省安全监管局。")


def test_editorial_remark_is_not_a_unit(division: tuple[str, Extraction]) -> None:
    _, x = division
    t = task_with(x, "精心组织实施大气、水、土壤污染防治")
    assert roles(t)["responsible"] == ["各市（州）"]
    assert len(t.units) == 2


def test_single_group_all_lead_and_spans_point_at_source(division: tuple[str, Extraction]) -> None:
    text, x = division
    t = task_with(x, "对作出突出贡献的单位和个人")
    assert roles(t)["lead"] == ["省委组织部", "人力资源社会保障厅", "环境保护厅"] and not roles(t)["responsible"]
    for task in x.tasks:
        assert compact(text[task.span.start : task.span.end]) == compact(task.text)
        for u in task.units:
            assert u.span is not None and compact(text[u.span.start : u.span.end]) == u.mention


def test_page_break_rejoined(division: tuple[str, Extraction]) -> None:
    _, x = division
    t = task_with(x, "在现有5个城市空气质量达标的基础上")
    assert "全省主要污染物排放总量明显减少" in compact(t.text)


def test_city_fixture() -> None:
    text, x = load(FIXTURES / "city_resp_lines.txt")
    assert registry.detect(text).name == "generic"  # too short to be sure: the engine reads it
    assert x.documents[0].convention == styles.FIRST_UNIT_LEADS  # 第一个单位为牵头单位
    assert x.documents[0].title == "云溪市水污染防治工作责任分工"
    first = task_with(x, "到2020年，全市地表水国考断面")
    assert roles(first) == {
        "lead": ["市生态环境局"],
        "responsible": ["市住房城乡建设局", "市水利局", "各县（区）人民政府"],
        "assist": [],
    }
    cut = task_with(x, "全面排查造纸、印染企业排污情况")
    assert compact(cut.text).endswith("停产整治，确保工业废水全部达标排放。")
    assert roles(cut)["lead"] == ["市生态环境局"]  # 第一个单位: the first unit leads, not its group
    assert roles(cut)["responsible"][0] == "市经济信息化局"
    assert cut.section[-1] == "（1）开展造纸、印染行业专项治理"
    shared = [task_with(x, "加快园区污水管网建设"), task_with(x, "新建园区同步配套建设")]
    assert [roles(t)["lead"] for t in shared] == [["市经济信息化局"], ["市经济信息化局"]]
    item = task_with(x, "加快污水处理设施建设")  # a numbered item with its own unit line
    assert item.section[-1] == "（二）城镇生活污染治理"
    assert len(x.tasks) == 6
    assert sorted(u.reason for u in x.unattributed) == [
        "paragraph without a unit line",
        "unit line with no task text before it",
    ]


def test_no_declaration_means_no_lead() -> None:
    _, x = load(FIXTURES / "city_plain_lines.txt")
    assert x.documents[0].convention is None
    t = task_with(x, "加强建筑工地扬尘管控")
    assert roles(t) == {"lead": [], "responsible": ["市住房城乡建设局", "市城市管理局", "市生态环境局"], "assist": []}
    assert [u.rank for u in t.units] == [1, 2, 3]


def test_a_unit_line_is_read_by_the_engines_labelled_reader() -> None:
    """A unit line's roles, leaders and time limit are the engine's reading of a labelled list (marks.labelled),
    not a reader of the loader's own: ``责任单位：A、B牵头，C`` says who leads in its words, ``牵头领导`` names a
    person, ``完成时限`` the deadline."""
    text = ("某市大气污染防治责任分工方案\n\n"
            "一、加强工业污染治理\n\n"
            "全面完成燃煤锅炉综合整治任务。\n\n"
            "责任单位：市生态环境局、市发展改革委牵头，各区县政府。\n\n"
            "严格控制扬尘污染。\n\n"
            "牵头单位：市住房城乡建设局；牵头领导：张三；完成时限：2024年底前。\n")
    x = resp_lines.LOADER.load(text, "made_up")
    boilers, dust = x.tasks
    assert roles(boilers) == {"lead": ["市生态环境局", "市发展改革委"], "responsible": ["各区县政府"], "assist": []}
    assert roles(dust) == {"lead": ["市住房城乡建设局"], "responsible": [], "assist": []}
    assert dust.leaders == ["张三"]
    assert dust.deadline == "2024年底前"
