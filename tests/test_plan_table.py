"""The plan-table loader on the 2018 blue-sky battle plan (003) and on a Guizhou fixture with other header words."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from polkg.graph.model import Extraction, Task
from polkg.loaders.plan_table import LOADER
from polkg.loaders.registry import detect
from polkg.loaders.table import Cell
from polkg.loaders.tables import cell_units, deadline_cell, is_deadline
from polkg.loaders.text import compact

ROOT = Path(__file__).resolve().parent.parent
DOC = "003_47ae1d538206f907"
FIXTURE = ROOT / "tests" / "fixtures" / "plan_table_guizhou_water.txt"


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@cache
def real() -> Extraction:
    return LOADER.load(read(ROOT / "corpus" / f"{DOC}.txt"), DOC)


@cache
def fixture() -> Extraction:
    return LOADER.load(read(FIXTURE), FIXTURE.stem)


def find(extraction: Extraction, start: str) -> Task:
    (task,) = [t for t in extraction.tasks if compact(t.text).startswith(start)]
    return task


def roles(task: Task) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"lead": [], "responsible": [], "assist": []}
    for u in task.units:
        out[u.role].append(u.mention)
    assert [u.rank for u in task.units] == list(range(1, len(task.units) + 1))
    return out


def cell(s: str) -> Cell:
    return Cell(100, 100 + len(s), s)


# --- helpers -------------------------------------------------------------------------------------------


def units(s: str) -> list[tuple[str, int, int]]:
    """A unit cell at offset 100 as the table engine splits it (plan tables use no splitter of their own)."""
    text = " " * 100 + s
    return [(f.mention, f.start, f.end) for f in cell_units(text, 100, len(text), "lead")]


def test_units_split_on_spaces_only_between_complete_names() -> None:
    assert [u for u, _, _ in units("省发展改革委 (省能源局) 省安全监管局")] == [
        "省发展改革委(省能源局)",
        "省安全监管局",
    ]
    assert [u for u, _, _ in units("省大气 水 土壤污染防治“三大战役”领导小组成员单位")] == [
        "省大气水土壤污染防治“三大战役”领导小组成员单位"
    ]
    assert [u for u, _, _ in units("环境保护厅、国土资源厅，省质监局")] == ["环境保护厅", "国土资源厅", "省质监局"]
    assert units("商务厅 省质监局") == [("商务厅", 100, 103), ("省质监局", 104, 108)]


def test_units_run_together_in_a_cell_are_each_a_unit() -> None:
    """``省委省国资委省安全监管局`` (003, row 8: PDF extraction dropped the spaces) names three bodies, as the table
    engine reads any unit cell; the plan table's own splitter kept it one unit nobody is called."""
    task = find(real(), "组织开展石化、医药、农药等化工类")
    assert roles(task)["assist"] == ["省委", "省国资委", "省安全监管局"]


def test_deadline_values() -> None:
    for s in (
        "年底前",
        "长期实施",
        "6月底前",
        "6月底",
        "按时间节点",
        "按中央环保督察整改方案要求",
        "2019年9月底前",
        "长期坚持",
    ):
        assert is_deadline(s), s
    for s in ("环境保护厅", "各市（州）人民政府", "加强城市施工工地扬尘管控。", "长期实施 住房城乡建设厅"):
        assert not is_deadline(s), s


def test_one_test_of_a_time_limit_cell_for_every_table() -> None:
    """The plan table's 完成时限 cells are told by the table engine's one test (:func:`deadline_cell`), which the
    engine's own tables use too: a time limit given by reference (按时间节点, 003's 按中央环保督察整改方案要求) under a
    deadline column is one; a deadline cell and a unit run together (长期实施 住房城乡建设厅, 003 row 13) is none,
    wherever the engine meets it."""
    assert deadline_cell("按时间节点", column=True) == "按时间节点"
    assert deadline_cell("按中央环保督察整改方案要求", column=True) == "按中央环保督察整改方案要求"
    assert deadline_cell("长期实施 住房城乡建设厅") is None
    assert deadline_cell("年底前 环境保护厅", column=True) is None
    assert deadline_cell("2020年底前") == "2020年底前"


# --- the real document ---------------------------------------------------------------------------------


def test_detected_and_titled() -> None:
    text = read(ROOT / "corpus" / f"{DOC}.txt")
    assert detect(text).name == "plan_table"
    assert LOADER.score(read(ROOT / "corpus" / "002_2b859586d1828755.txt")) == 0.0
    (plan,) = real().documents
    assert plan.title == "四川省蓝天保卫战2018年作战计划(征求意见稿)"
    assert plan.span.start == 0  # the cover letter belongs to the plan
    assert all(t.section[0] == plan.title for t in real().tasks)


def test_task_count_and_orphan_unit_rows() -> None:
    # 50 numbered rows and 8 rows without 序号 that carry their own measure
    assert len(real().tasks) == 58
    # two rows under row 7 name units and a deadline but no measure: reported, not tasks
    assert [u.reason for u in real().unattributed] == ["table row with units but no measure"] * 2


def test_continuation_row_is_its_own_task() -> None:
    first = find(real(), "在成都平原8市继续开展")
    second = find(real(), "加快实施工业污染源全面达标排放行动计划")
    assert first is not second
    assert roles(second) == {
        "lead": ["环境保护厅"],
        "responsible": ["各市（州）人民政府"],
        "assist": ["省经济和信息化委"],
    }
    assert second.deadline == "年底前"
    assert len(roles(first)["assist"]) == 6


def test_heading_inside_measure_cell_goes_to_section() -> None:
    task = find(real(), "在成都平原8市")
    assert task.section[1:] == ["三、减少工业污染物排放"]
    assert "减少工业污染物排放" not in task.text
    text = read(ROOT / "corpus" / f"{DOC}.txt")
    assert text[task.span.start : task.span.start + 5] == "在成都平原"
    # a heading in the task-name column of a numbered row
    assert find(real(), "各市（州）制定煤炭消费总量控制方案").section[1:] == ["六、扩大清洁能源使用"]


def test_space_separated_unit_cell() -> None:
    task = find(real(), "各市（州）制定煤炭消费总量控制方案")
    assert roles(task)["lead"] == ["省发展改革委(省能源局)", "省安全监管局"]
    assert roles(task)["assist"] == ["省经济和信息化委", "国网四川电力", "环境保护厅"]
    spaced = find(real(), "组织中央及省级环保督察整改情况")
    assert roles(spaced)["assist"] == ["省大气水土壤污染防治“三大战役”领导小组成员单位"]


def test_deadline_and_lead_in_one_cell() -> None:
    task = find(real(), "加大城市管理行政执法力度")
    assert task.deadline == "长期实施"
    assert roles(task) == {
        "lead": ["住房城乡建设厅", "公安厅", "交通运输厅"],
        "responsible": ["各市（州）人民政府"],
        "assist": [],
    }
    # the same cell shape with a squeezed row: the surplus last cell is not read
    dust = find(real(), "加强城市施工工地扬尘管控")
    assert roles(dust)["assist"] == ["省发展改革委", "省经济和信息化委"]
    assert any("ignored" in n for n in dust.notes)


def test_shifted_cells() -> None:
    # measure in the task-name column, deadline+lead in the measure column
    coal = find(real(), "加强燃煤火电生产企业调控")
    assert coal.deadline == "长期实施"
    assert roles(coal)["lead"] == ["省经济和信息化委"]
    assert roles(coal)["assist"] == ["省发展改革委(能源局)", "环境保护厅"]
    # a deadline-like value in the lead column
    plan = find(real(), "15个未达标城市高质编制完成")
    assert plan.deadline == "按中央环保督察整改方案要求"
    assert roles(plan) == {"lead": [], "responsible": ["各市（州）人民政府"], "assist": []}


def test_markup() -> None:
    assert "<p>" not in find(real(), "加强城市施工工地扬尘管控").text
    assert "PM _{2.5}" in find(real(), "全省未达标城市细颗粒物").text
    law = find(real(), "加快修订《四川省<中华人民共和国大气污染防治法>实施办法》")
    assert roles(law) == {"lead": ["省法制办"], "responsible": [], "assist": ["环境保护厅"]}


# --- fixture: another province, other header words -----------------------------------------------------


def test_fixture_header_words_and_title() -> None:
    text = read(FIXTURE)
    assert LOADER.score(text) >= 0.7
    ext = fixture()
    assert ext.documents[0].title == "贵州省碧水保卫战2019年工作计划"
    assert len(ext.tasks) == 7
    first = find(ext, "完成县级以上集中式饮用水水源地")
    assert first.section[1:] == ["一、保障饮用水安全"]
    assert roles(first)["assist"] == ["省水利厅", "省卫生健康委"]


def test_fixture_rows() -> None:
    ext = fixture()
    national = find(ext, "巩固提升农村饮水安全保障水平")
    assert national.deadline == "按国家要求"
    assert roles(national)["responsible"] == ["各县（市、区）人民政府"]
    continued = find(ext, "开展农村饮用水水源地排查")
    assert roles(continued)["lead"] == ["省水利厅"]
    park = find(ext, "加快推进工业集聚区污水集中处理")
    assert park.section[1:] == ["二、加强工业污染防治"]
    assert roles(park)["assist"] == ["省工业和信息化厅", "省发展改革委(省能源局)", "省河长制办公室成员单位"]


def test_fixture_page_break_rejoined() -> None:
    task = find(fixture(), "全面排查磷石膏堆场渗漏情况")
    assert task.text == "全面排查磷石膏堆场渗漏情况，督促企业完成防渗改造。"
    assert task.deadline == "6月底前"
    assert roles(task)["lead"] == ["省生态环境厅"]


def test_fixture_squeezed_row() -> None:
    task = find(fixture(), "加强城镇污水处理设施运行监管")
    assert task.deadline == "长期坚持"
    assert roles(task) == {
        "lead": ["省住房城乡建设厅", "省生态环境厅"],
        "responsible": ["各市（州）人民政府"],
        "assist": ["省发展改革委"],
    }
    river = find(fixture(), "实施乌江、赤水河流域")
    assert roles(river)["lead"] == ["省河长制办公室（省水利厅）"]
    assert river.section[1:] == ["三、强化流域综合治理", "（一）乌江流域"]
