"""Action plans whose measures mostly name nobody (corpus/001, a provincial 行动计划 served as markdown; the
Zhejiang fixture; a Xining plan of tests/realworld) read by the one engine, through format detection, as a
user's file is (issue 8: every unit-role decision is the engine's). There was a ``prose`` loader of their own
with a weaker unit reader; these tests failed while detection handed such plans to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from polkg.graph.model import Extraction, Task
from polkg.loaders import registry
from polkg.loaders.text import compact, view
from polkg.pipeline import Pipeline
from tests.helpers import REALWORLD, roles

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "corpus" / "001_ea7e1250e72a59c4.txt"
FIXTURE = ROOT / "tests" / "fixtures" / "prose_zhejiang_water.txt"
XINING = REALWORLD / "he_qinghai_xining_chuangwen2015.txt"


def detected(path: Path) -> Extraction:
    """The file read as ``polkg extract`` reads it: detection picks the reader."""
    if not path.exists():
        pytest.skip(f"{path.name} is not in the tree")
    return Pipeline().extract_text(path.read_text(encoding="utf-8"), doc=path.stem)


@pytest.fixture(scope="module")
def plan() -> Extraction:
    return detected(PLAN)


@pytest.fixture(scope="module")
def fixture() -> Extraction:
    return detected(FIXTURE)


def containing(tasks: list[Task], needle: str) -> Task:
    """The shortest task whose text holds ``needle`` (as the scorer picks the first; here unique)."""
    found = [t for t in tasks if compact(needle) in compact(t.text)]
    assert found, needle
    return min(found, key=lambda t: len(t.text))


@pytest.mark.parametrize("path", [PLAN, FIXTURE, XINING], ids=lambda p: p.stem)
def test_action_plans_go_to_the_engine(path: Path) -> None:
    assert registry.detect(view(path.read_text(encoding="utf-8"))).name == "generic"


def test_a_subject_with_any_verb_is_read(plan: Extraction) -> None:
    """``各有关部门(单位)结合行政审批制度改革,开通…``: the subject acts though no 要/负责 follows it."""
    assert roles(containing(plan.tasks, "开通落实重点任务绿色通道"))["responsible"] == ["各有关部门(单位)"]


def test_named_units_in_safeguards(plan: Extraction) -> None:
    assert roles(containing(plan.tasks, "由省污染防治工作委员会牵头"))["lead"] == ["省污染防治工作委员会"]
    assert roles(containing(plan.tasks, "生态环境厅负责组织制定"))["responsible"] == ["生态环境厅"]
    listed = roles(containing(plan.tasks, "林草等部门要各司其职"))["responsible"]
    assert listed[:2] == ["各级发展改革", "经济和信息化"] and listed[-1] == "林草"


def test_orphan_measures_one_sentence_each(plan: Extraction) -> None:
    """Under 三、主要任务 an item naming nobody is read sentence by sentence; its title and the short parallel
    sub-headings (``启动达峰行动,探索四川路径。``) go into the section path and are no task of their own, but stay
    in the text of the measure they open: answer keys anchor an item at its first words (a blind plan's
    ``新(扩)建养殖户。以标准化…`` was lost when the title left the text)."""
    task = containing(plan.tasks, "制定二氧化碳排放达峰行动方案")
    assert compact(view(task.text)).startswith("（一）积极应对气候变化。启动达峰行动，探索四川路径。制定二氧化碳")
    assert task.unit_status == "none"
    path = ["三、主要任务", "（一）积极应对气候变化", "启动达峰行动，探索四川路径"]
    assert [compact(s) for s in task.section[1:]] == path
    assert not any(compact(t.text).rstrip("。") in ("启动达峰行动，探索四川路径", "（一）积极应对气候变化")
                   for t in plan.tasks)
    after = containing(plan.tasks, "推动各市")
    assert compact(after.text).startswith("推动各市")
    measures = [t for t in plan.tasks if len(t.section) > 1 and "主要任务" in t.section[1]]
    assert len(measures) >= 35 and all(not t.units for t in measures)


def test_projects_stay_whole(plan: Extraction) -> None:
    """Items of 四、重点工程 name a project each: one task, its title included."""
    projects = [t for t in plan.tasks if len(t.section) > 1 and "重点工程" in t.section[1]]
    assert len(projects) == 10
    assert "农业用水总量" in containing(plan.tasks, "实施重点流域水质巩固提升工程").text


def test_markdown_marks_are_no_text(plan: Extraction) -> None:
    """``## 三、主要任务`` is a heading like ``三、主要任务``; ``# …行动计划(2022—2023年)`` names the plan."""
    title = plan.documents[0].title
    assert title.startswith("四川省巩固污染防治攻坚战成果") and title.endswith("水平行动计划(2022—2023年)")
    assert plan.documents[0].kind == "行动计划"
    assert not any("#" in t.text or "**" in t.text for t in plan.tasks)


def test_page_break_is_rejoined_and_spans_point_into_the_source(plan: Extraction) -> None:
    text = PLAN.read_text(encoding="utf-8")
    task = containing(plan.tasks, "有序推动年碳排放")
    assert "50 万吨(或综合能源消费 50 万吨标准煤)及以上的企业" in task.text
    assert task.text.endswith("降低碳排放强度。")
    for t in plan.tasks:  # the markdown marks read as blanks: the quote is the source without them
        assert compact(text[t.span.start : t.span.end].replace("*", "").replace("#", "")) == compact(t.quote)


def test_fixture_units_and_roles(fixture: Extraction) -> None:
    bracket = containing(fixture.tasks, "依法淘汰落后产能")
    assert roles(bracket) == {"lead": ["省经信厅"], "responsible": [], "assist": ["省生态环境厅"]}
    assert "牵头" not in bracket.text and "省经信厅牵头" in bracket.quote
    assert roles(containing(fixture.tasks, "化肥农药减量增效"))["responsible"] == ["省农业农村厅"]
    assert roles(containing(fixture.tasks, "统筹推进方案实施"))["assist"] == ["省发展改革委", "省财政厅"]
    assert roles(containing(fixture.tasks, "制定年度工作计划"))["responsible"] == ["各设区市政府"]


def test_fixture_orphan_measures(fixture: Extraction) -> None:
    cut = containing(fixture.tasks, "钱塘江流域涉水工业园区")
    assert cut.unit_status == "none" and cut.text.startswith("到2024年底") and cut.text.endswith("建设；")
    lake = containing(fixture.tasks, "开展太湖、千岛湖等重点湖库生态缓冲带建设")
    assert lake.text.startswith("（三）强化河湖生态修复。开展太湖")  # the title opens its first measure's text
    assert compact(lake.section[-1]) == "（三）强化河湖生态修复"


def test_a_lead_in_is_no_task() -> None:
    """he_qinghai_xining_chuangwen2015: ``重点做好以下方面的工作：`` announces the items; it is no obligation."""
    x = detected(XINING)
    assert not any(compact(t.text).startswith("重点做好以下方面的工作") for t in x.tasks)
    assert any("根据《西宁市2015年大气污染综合治理工作行动方案》要求" in t.text for t in x.tasks)


def test_one_sentence_items_are_tasks() -> None:
    text = (
        "某市行动方案\n\n一、主要任务\n\n（一）推进燃煤锅炉淘汰\n\n1.淘汰城市建成区燃煤小锅炉。\n\n"
        "2.实施工业炉窑综合整治。\n\n二、保障措施\n\n市生态环境局负责统筹协调，各区县政府要落实属地责任。\n"
    )
    x = Pipeline().extract_text(text, doc="mini")
    assert [compact(t.text) for t in x.tasks][:2] == ["1.淘汰城市建成区燃煤小锅炉。", "2.实施工业炉窑综合整治。"]
    assert roles(containing(x.tasks, "负责统筹协调"))["responsible"] == ["市生态环境局"]
    assert roles(containing(x.tasks, "要落实属地责任"))["responsible"] == ["各区县政府"]
