"""Where one unit name ends and the next begins (issue 8: a name cut wrong costs a miss and a false unit): names
glued with no separator, a verb between two names, zones written as units. Real plans of
tests/realworld where the shape occurs there; the rest are the forms seen in other published plans."""

from __future__ import annotations

import pytest

from polkg.loaders import marks, styles
from tests.helpers import having, read, roles, snippet


def names(s: str) -> list[str] | None:
    found = marks.unit_names(s, 0, "responsible")
    return None if found is None else [f.mention for f in found]


def test_a_zone_written_with_its_streets_is_a_unit() -> None:
    """南京 鼓楼: （区商务局主办，各街道板块协办）: 板块 (a functional zone) is governed like a street."""
    t = having(read("hd_jiangsu_gulou_zyrw2024"), "社会消费品零售总额增长6%以上")
    assert roles(t) == {"lead": [], "responsible": ["区商务局"], "assist": ["各街道板块"]}


@pytest.mark.parametrize(
    ("written", "units"),
    [
        ("市住建局指导各县区住建部门", ["市住建局", "各县区住建部门"]),
        ("县公安局督促各乡镇", ["县公安局", "各乡镇"]),
        ("区应急局联合区消防大队", ["区应急局", "区消防大队"]),
        ("县交通局县公安局", ["县交通局", "县公安局"]),
        ("区发改局区财政局区住建局", ["区发改局", "区财政局", "区住建局"]),
        ("市发展改革委市能源局", ["市发展改革委", "市能源局"]),
        ("文体旅局晋陵公司轨道公司", ["文体旅局", "晋陵公司", "轨道公司"]),
        ("区委区政府", ["区委", "区政府"]),
        ("县发改局同县财政局", ["县发改局", "县财政局"]),
    ],
)
def test_two_names_written_as_one_are_two_units(written: str, units: list[str]) -> None:
    assert names(written) == units


@pytest.mark.parametrize(
    "name",
    [
        "区委组织部",  # 组织 inside a name: 部 alone is no unit
        "市公安局交通管理局",  # a bureau's own office
        "市水务局水政监察大队",
        "市住建局市政工程管理处",  # a division written with its bureau
        "市人民政府办公室",
        "县委县政府督查室",
        "成都市市场监管局",  # a place, then its bureau
        "乐山市市中区生态环境局",
        "中国石化集团有限公司",
        "市就业指导中心",
        "区委区政府督查室",  # the joint office (tests/realworld keys it so)
        "各地各部门",  # one group, as plans mean it
        "市政府各部门",
        "吴忠市同心县",  # a place, then a county whose name holds 同
    ],
)
def test_one_name_stays_one(name: str) -> None:
    assert names(name) == [name]


def test_a_table_cell_of_glued_names_gives_each_unit() -> None:
    """A flattened table whose unit cell lost its separators (the form of 常州's task tables): each name a unit."""
    x = snippet(
        "重点任务分解表\n序号\t工作任务\t牵头单位\t责任单位\t完成时限\n"
        "1\t推进轨道交通建设，完成年度投资\t市发改委\t文体旅局晋陵公司轨道公司\t2023年底\n"
    )
    assert roles(having(x, "推进轨道交通建设")) == {
        "lead": ["市发改委"],
        "responsible": ["文体旅局", "晋陵公司", "轨道公司"],
        "assist": [],
    }


def test_a_verb_between_two_names_in_a_mark_gives_two_units() -> None:
    x = snippet(
        "工作方案\n一、重点任务\n"
        "（一）开展老旧小区改造。完成改造100个小区。（市住建局指导各县区住建部门负责）\n"
    )
    assert roles(having(x, "开展老旧小区改造"))["responsible"] == ["市住建局", "各县区住建部门"]


def test_a_labelled_list_of_glued_names_gives_each_unit() -> None:
    """The looser list reader of labelled fields and tables (:func:`styles.unit_list`) cuts the same way."""
    found = styles.unit_list("省环境保护厅、省委省国资委省安全监管局", 0, "assist")
    assert [f.mention for f in found] == ["省环境保护厅", "省委", "省国资委", "省安全监管局"]
    assert [f.mention for f in styles.unit_list("市公安局交通管理局", 0, "assist")] == ["市公安局交通管理局"]
