"""General shapes half A of the he_* plans (development round 12) exposed: generic tails written with two nouns
(``等有关部门和单位``), page-continuation marks before the first unit of a page, decimal section headings written
inline (``4.3.8 监测组 负责…``). Each test reads a real document where one shows the shape, or a snippet."""

from __future__ import annotations

import pytest

from polkg.loaders import marks
from polkg.loaders.text import restore, view
from polkg.nlp.targets import find_targets
from polkg.pipeline import Pipeline
from tests.helpers import REALWORLD, having, read, roles, snippet


@pytest.mark.parametrize(
    ("written", "units"),
    [
        ("住房城乡建设厅、水利厅等有关部门和单位", ["住房城乡建设厅", "水利厅"]),
        ("市环保局等相关部门及单位", ["市环保局"]),
    ],
)
def test_a_generic_tail_of_two_nouns_is_dropped(written: str, units: list[str]) -> None:
    """``等有关部门和单位`` is the same generic tail as ``等有关部门`` (ANNOTATION: a trailing 等有关部门 is
    dropped)."""
    found = marks.unit_names(view(written), 0, "responsible")
    assert found is not None
    assert [restore(f.mention, written, view(written), 0, len(written)) for f in found] == units


def test_a_generic_tail_of_two_nouns_in_a_real_plan() -> None:
    x = read("he_sichuan_dizhen_yjya_p4")
    assert roles(having(x, "负责抢修和维护灾区供电"))["responsible"] == ["住房城乡建设厅", "水利厅"]


def test_a_page_continuation_note_is_no_part_of_a_unit() -> None:
    """``[接上页] 交通运输厅、…负责…``: the note a page opens with is read as blanks, offsets kept."""
    text = "[接上页] 交通运输厅负责抢修"
    assert view(text) == " " * 6 + "交通运输厅负责抢修"
    x = read("he_sichuan_dizhen_yjya_p4")
    assert roles(having(x, "负责抢修维护公路"))["responsible"] == ["交通运输厅", "成都铁路局", "民航西南地区管理局"]


def test_an_organ_named_by_its_kind_of_authority_is_a_unit() -> None:
    """``公安机关``, ``党政机关``: 机关 ends a unit name as 部门 does, so a list closed by ``以及公安机关`` is read as
    the subject of its clause (he_heilongjiang_qiqihar_jinshao_hy, a mirror with pinyin debris)."""
    assert marks.is_unit("公安机关")
    assert not marks.is_unit("机关")  # alone it names nobody
    x = read("he_heilongjiang_qiqihar_jinshao_hy")
    units = roles(having(x, "以及公安機"))["responsible"]  # as written, debris and all (公安機(jī)關)
    assert len(units) == 6
    assert units[0].startswith("齊齊哈爾市林業")
    assert units[-1].startswith("公安機")


@pytest.mark.parametrize(
    "words", ["进一步加大宣传教育和服务力度", "给每个街办适当增加一批事业编制和公益性岗位"])
def test_a_numbered_measure_that_strengthens_or_provides_is_an_orphan_task(words: str) -> None:
    """``78、进一步加大…力度，切实规范…，保障…`` and ``84、给每个街办适当增加…``: measures naming nobody are tasks
    (ANNOTATION: orphan obligations), whichever of these verbs they use."""
    x = read("he_xinjiang_urumqi_minsheng2011_p5")
    assert roles(having(x, words)) == {"lead": [], "responsible": [], "assist": []}


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("1.关于设备问题。设备配备由迎接国家卫生县城复审工作领导小组提出方案。", "迎接国家卫生县城复审工作领导小组"),
        ("1.关于设备问题。设备配备由县城管局提出具体方案。", "县城管局"),
    ],
)
def test_a_unit_never_ends_inside_a_word(text: str, unit: str) -> None:
    """``卫生县|城``: a place character that starts a longer word with the next (县城, 市场) ends no unit;
    the name grows on to the body it names (he_hunan_yueyangxian_cwhy21), and 县城管局 is still 县城管局."""
    (task,) = snippet(text).tasks
    assert roles(task)["responsible"] == [unit]
    x = read("he_hunan_yueyangxian_cwhy21")
    assert roles(having(x, "设备配备由"))["responsible"] == ["迎接国家卫生县城复审工作领导小组"]


def test_a_portal_catalogue_card_is_never_a_task() -> None:
    """``索 引 号：…`` / ``主    题：综合政务`` / ``2019-03-18 信息来源：市政府办公室 阅读量：`` around a notice
    served by a government portal (he_neimenggu_tongliao_gzbg2019_tz): notice boilerplate, not duties of the
    issuer."""
    x = read("he_neimenggu_tongliao_gzbg2019_tz")
    assert not any(w in t.text for t in x.tasks for w in ("索 引 号", "综合政务", "信息来源", "阅读量"))
    assert roles(having(x, "牵头单位要履行好牵头抓总责任"))["lead"] == ["牵头单位"]


def test_targets_above_a_plan_title_that_closes_the_page(pipeline: Pipeline) -> None:
    """A news page relaying a plan's measures, its notice and then the plan's title as its last line
    (he_jiangxi_yichun_tdf2023): the targets stated above the title are read, as its tasks are."""
    x = pipeline.extract_file(REALWORLD / "he_jiangxi_yichun_tdf2023.txt")
    found = sorted((t.value, t.unit, t.year) for t in x.targets)
    assert found == [(8, "%", 2025), (50, "%", 2025), (280, "万千瓦", 2025)]


@pytest.mark.parametrize(
    "text", ["《2031年重点工作任务分解》明确133项具体任务，涉及34个牵头单位、21个责任单位。", "公示时间为10天。"])
def test_a_count_of_work_items_or_units_is_no_target(text: str) -> None:
    """A cover letter counting the tasks and units of its list, or its notice period, commits to no number."""
    assert find_targets(text, 0, "x", 0, 2031) == []
