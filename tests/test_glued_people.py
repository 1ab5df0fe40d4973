"""A 责任领导 cell glued to the unit cells after it, in a table flattened with no separators (issue 8): the person
is a leader, the first unit leads, the rest assist, and each row keeps its own cells."""

from __future__ import annotations

import pytest

from polkg import data
from polkg.loaders import marks, tables
from tests.helpers import having, roles, snippet

#: the shape of a 民生实事 table copied from a page whose cell borders were dropped: 序号 项目 内容 责任领导 牵头单位
#: 配合单位 run together, and each row's last cell runs into the next row's number
HEADER = "2023年民生实事项目责任分解表\n序号项目内容责任领导牵头单位配合单位\n"
ROWS = (
    "3提升居家养老服务为全区23000名老年人提供居家上门服务。张菁民政局高新园（邹区镇）各街道"
    "4推进轨道交通建设完成轨道交通2号线东延工程年度投资计划。何海平文体旅局晋陵公司轨道公司"
    "5新建公办幼儿园新建改扩建幼儿园3所，新增学位1800个。欧阳明华教育局住建局各街道\n"
)


def _person(s: str, people: tuple[str, ...] = ()) -> tuple[str, list[str]] | None:
    got = marks.glued_person(s, tables._run_units, people)
    return ("、".join(s[a:b] for a, b in got[0]), [s[a:b] for a, b in got[1]]) if got else None


@pytest.mark.parametrize(
    ("run", "person", "units"),
    [
        ("何海平文体旅局晋陵公司轨道公司", "何海平", ["文体旅局", "晋陵公司", "轨道公司"]),
        ("张菁民政局", "张菁", ["民政局"]),  # 张菁民 + 政局 is no reading: 政局 is no department
        ("欧阳明华教育局住建局", "欧阳明华", ["教育局", "住建局"]),  # a compound surname
        ("李明住建局", "李明", ["住建局"]),  # 住 opens the unit's own name
        ("王强区民政局", "王强", ["区民政局"]),
        ("张菁王强民政局各街道", "张菁、王强", ["民政局", "各街道"]),  # two people in the leader cell
        ("何海平副区长文体旅局", "何海平", ["文体旅局"]),  # a rank after the name
    ],
)
def test_a_person_glued_to_the_units_after_him(run: str, person: str, units: list[str]) -> None:
    assert _person(run) == (person, units)


@pytest.mark.parametrize(
    "run",
    [
        "林业和草原局",  # a department's own name (林 is a surname)
        "周口市公安局",  # a city (周 is a surname)
        "周口公安局",  # the city's short form
        "金牛区民政局",  # a district
        "何家村委会",  # a village's committee
        "何家村",
        "高新区管委会",
        "市场监管局",
        "王强晋陵公司",  # a company the vocabulary does not know: no person without more evidence
    ],
)
def test_no_person_is_split_off_inside_a_unit(run: str) -> None:
    assert _person(run) is None


def test_a_name_the_table_already_gave_as_a_leader_is_a_person_before_any_unit() -> None:
    assert _person("王强晋陵公司", people=("王强",)) == ("王强", ["晋陵公司"])


def test_the_surnames_are_those_of_the_baijiaxing() -> None:
    raw = data.read("surnames.toml")
    assert {"欧阳", "司马", "诸葛"} <= set(raw["compound"])
    assert all(c in raw["single"] for c in "赵钱孙李周吴郑王")
    assert not any(c in raw["single"] for c in "市县区局")


def test_a_glued_row_with_a_leader_column_reads_its_person_lead_and_assisting_units() -> None:
    kinds = tables.glued_header("序号项目内容责任领导牵头单位配合单位")
    assert kinds is not None
    row = "2提升居家养老服务为全区23000名老年人提供居家上门服务。张菁民政局高新园（邹区镇）各街道"
    tail = tables.glued_tail(row, 0, kinds)
    assert tail is not None and row[: tail.cut].endswith("服务。") and tail.leaders == ["张菁"]
    assert [(f.mention, f.role) for f in tail.found] == [
        ("民政局", "lead"), ("高新园（邹区镇）", "assist"), ("各街道", "assist"),
    ]
    empty = tables.glued_tail("2提升居家养老服务。民政局各街道", 0, kinds)  # no leader named in the row
    assert empty is not None and empty.leaders == []
    assert [(f.mention, f.role) for f in empty.found] == [("民政局", "lead"), ("各街道", "assist")]


def test_without_a_full_stop_the_person_tells_where_the_cells_start() -> None:
    kinds = tables.glued_header("序号项目内容责任领导牵头单位配合单位")
    assert kinds is not None
    row = "4优化养老服务新建社区助餐点20个何海平民政局财政局各街道"
    tail = tables.glued_tail(row, 0, kinds)
    assert tail is not None and row[: tail.cut].endswith("20个") and tail.leaders == ["何海平"]


def test_each_row_of_a_glued_table_keeps_its_own_cells_and_the_next_number_opens_the_next_row() -> None:
    x = snippet(HEADER + ROWS)
    care = having(x, "居家上门服务")
    assert care.leaders == ["张菁"]
    assert roles(care) == {"lead": ["民政局"], "responsible": [], "assist": ["高新园（邹区镇）", "各街道"]}
    rail = having(x, "2号线东延工程")
    assert rail.leaders == ["何海平"] and rail.text.startswith("4推进")
    assert roles(rail) == {"lead": ["文体旅局"], "responsible": [], "assist": ["晋陵公司", "轨道公司"]}
    school = having(x, "新增学位1800个")
    assert school.leaders == ["欧阳明华"]
    assert roles(school) == {"lead": ["教育局"], "responsible": [], "assist": ["住建局", "各街道"]}
    assert not any("何海平" in u.mention or "张菁" in u.mention for t in x.tasks for u in t.units)


@pytest.mark.parametrize(
    "header",
    [
        "序号 项目 内容 责任领导 牵头单位 配合单位\n",  # the header's cells parted by spaces, the rows' not
        "序号\t项目\t内容\t责任领导\t牵头单位\t配合单位\n",  # by tabs
        "序号项目内容责任领导牵头单位配合单位",  # the header runs into the first row
    ],
)
def test_glued_rows_under_a_header_written_otherwise(header: str) -> None:
    x = snippet("2023年民生实事项目责任分解表\n" + header + ROWS)
    care = having(x, "居家上门服务")
    assert care.leaders == ["张菁"] and roles(care)["lead"] == ["民政局"]
    rail = having(x, "2号线东延工程")
    assert rail.leaders == ["何海平"] and roles(rail)["assist"] == ["晋陵公司", "轨道公司"]
    assert not any(t.text.startswith("序号") for t in x.tasks)
