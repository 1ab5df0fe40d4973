"""The generic loader and the shared phrase parsing (loaders/styles.py) on made-up and real documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from polkg.graph.model import Extraction, Task
from polkg.loaders import generic, registry, styles
from polkg.loaders.text import compact
from tests.helpers import task_with

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DISTRICT = ROOT / "corpus" / "004_0c71af0d61d8d2f3.txt"


def roles(t: Task) -> list[tuple[str, str, int]]:
    return [(u.mention, u.role, u.rank) for u in t.units]


@pytest.fixture(scope="module")
def city() -> tuple[str, Extraction]:
    text = (FIXTURES / "city_styles.txt").read_text(encoding="utf-8")
    return text, generic.LOADER.load(text, "city_styles")


def test_fallback_is_generic(city: tuple[str, Extraction]) -> None:
    text, x = city
    assert registry.detect(text).name == "generic"
    assert x.documents[0].title == "石川市打好污染防治攻坚战实施方案"
    assert x.documents[0].convention is None


def test_brackets(city: tuple[str, Extraction]) -> None:
    _, x = city
    t = task_with(x, "（一）调整能源结构。严格控制煤炭消费总量")  # the mark covers the item's title sentence too
    assert roles(t) == [
        ("市发展改革委", "lead", 1),
        ("市经济信息化局", "responsible", 2),
        ("市生态环境局", "responsible", 3),
    ]
    assert "牵头单位" not in t.text and "牵头单位" in t.quote
    t = task_with(x, "加快淘汰燃煤小锅炉")
    assert [r for _, r, _ in roles(t)] == ["responsible", "responsible"]


def test_clauses(city: tuple[str, Extraction]) -> None:
    _, x = city
    t = task_with(x, "（二）强化机动车污染防治。推广新能源汽车")
    assert roles(t) == [("市交通运输局", "lead", 1), ("市发展改革委", "assist", 2), ("市公安局", "assist", 3)]
    assert "参与" not in t.text
    t = task_with(x, "开展柴油货车路检路查")
    assert roles(t) == [("市公安局", "lead", 1), ("市生态环境局", "assist", 2)]
    t = task_with(x, "市生态环境局负责建立机动车排放检验机构监管平台")
    assert roles(t) == [("市生态环境局", "responsible", 1)]


def test_labelled_line(city: tuple[str, Extraction]) -> None:
    _, x = city
    t = task_with(x, "（三）推进农业农村污染治理。开展畜禽养殖废弃物资源化利用")
    assert roles(t) == [("市农业农村局", "lead", 1), ("市生态环境局", "assist", 2), ("市财政局", "assist", 3)]


def test_table_rows(city: tuple[str, Extraction]) -> None:
    _, x = city
    t = task_with(x, "实施城市污水处理厂一级A提标改造")
    assert roles(t) == [("市住房城乡建设局", "lead", 1), ("市生态环境局", "assist", 2), ("市发展改革委", "assist", 3)]
    assert t.deadline == "2019年底前"
    assert t.section[-2:] == ["三、重点工程", "污水处理提标"]
    t = task_with(x, "完成县级饮用水水源保护区规范化建设")
    assert [m for m, _, _ in roles(t)] == ["市生态环境局", "市水利局", "各县（区）人民政府"]


def test_unattributed(city: tuple[str, Extraction]) -> None:
    text, x = city
    found = {u.reason: compact(u.quote) for u in x.unattributed}
    assert found == {
        "unit line with no task text before it": "牵头单位：市水利局。",
        "obligation without a named unit": "加强秸秆综合利用，全面禁止秸秆露天焚烧。",
    }
    assert all(text[u.span.start : u.span.end] == u.quote for u in x.unattributed)
    assert len(x.tasks) == 10  # the goal (PM2.5 下降18%) is an obligation naming nobody, too
    assert task_with(x, "加强秸秆综合利用").unit_status == "none"  # an orphan obligation is a task too


def test_district_brackets_drop_editorial_sentence() -> None:
    text = DISTRICT.read_text(encoding="utf-8")
    x = generic.LOADER.load(text, DISTRICT.stem)
    assert len(x.tasks) > 150
    t = task_with(x, "（一）调整产业结构。调整优化产业布局")
    assert [m for m, _, _ in roles(t)] == ["区发展改革局", "区经济信息化局", "区自然资源局", "区生态环境局"]
    assert {r for _, r, _ in roles(t)} == {"responsible"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("（排在首位的为牵头单位，下同）", styles.FIRST_LEADS),
        ("各项任务中排在第一位的单位为牵头单位。", styles.FIRST_UNIT_LEADS),
        ("所列单位中第一个单位为牵头单位。", styles.FIRST_UNIT_LEADS),
        ("列第一位的为牵头部门，其他部门、单位按职责分工负责，下同", styles.FIRST_UNIT_LEADS),
        ("第一个为牵头单位，其他为配合单位", styles.FIRST_UNIT_LEADS_REST_ASSIST),
        ("各单位按职责分工负责。", None),
        ("由市生态环境局牵头，排查整治工作在首位。", None),
    ],
)
def test_convention(sentence: str, expected: str | None) -> None:
    assert styles.detect_convention(sentence) == expected


def test_first_unit_or_first_group_leads() -> None:
    """排在首位的 (000): the group before the first ，leads; 列第一位的 (a Jiangsu division): only the first unit."""
    group = styles.unit_list("省委组织部、人力资源社会保障厅，环境保护厅", 0, "responsible", first_leads=True)
    assert [f.role for f in group] == ["lead", "lead", "responsible"]
    unit = styles.unit_list("省环保厅、发展改革委、经济和信息化委", 0, "responsible", first_leads=True, first_unit=True)
    assert [f.role for f in unit] == ["lead", "responsible", "responsible"]


def test_unit_list_remarks_and_spaced_cells() -> None:
    s = "省发展改革委（省能源局），各市（州）负责落实（以下均需各市（州）落实，不再列出）。"
    found = styles.unit_list(s, 100, "responsible", first_leads=True)
    assert [(f.mention, f.role) for f in found] == [("省发展改革委（省能源局）", "lead"), ("各市（州）", "responsible")]
    assert s[found[1].start - 100 : found[1].end - 100] == "各市（州）"
    assert [f.mention for f in styles.unit_list("公安厅 环境保护厅 (能源局)", 0, "lead")] == [
        "公安厅",
        "环境保护厅(能源局)",
    ]
    assert [f.mention for f in styles.unit_list("环 境 保 护 厅", 0, "lead")] == ["环境保护厅"]
