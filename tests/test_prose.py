"""The prose loader on the Sichuan 2022–2023 action plan (001) and on a small plan of another province."""

from __future__ import annotations

from pathlib import Path

import pytest

from polkg.graph.model import Extraction, Task
from polkg.loaders.prose import LOADER, is_subheading, is_unit, paragraphs

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAN = CORPUS / "001_ea7e1250e72a59c4.txt"
FIXTURE = ROOT / "tests" / "fixtures" / "prose_zhejiang_water.txt"


@pytest.fixture(scope="module")
def plan_text() -> str:
    return PLAN.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def plan(plan_text: str) -> Extraction:
    return LOADER.load(plan_text, PLAN.stem)


@pytest.fixture(scope="module")
def fixture() -> Extraction:
    return LOADER.load(FIXTURE.read_text(encoding="utf-8"), FIXTURE.stem)


def containing(tasks: list[Task], needle: str) -> Task:
    """The shortest task whose text holds ``needle`` (as the scorer picks it)."""
    found = [t for t in tasks if needle in t.text]
    assert found, needle
    return min(found, key=lambda t: len(t.text))


def units(task: Task) -> list[tuple[str, str, int]]:
    return [(u.mention, u.role, u.rank) for u in task.units]


def test_score_prefers_prose_plans() -> None:
    scores = {p.stem: LOADER.score(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))}
    assert scores[PLAN.stem] > 0.7
    others = [s for stem, s in scores.items() if stem != PLAN.stem]
    assert others and max(others) < 0.3  # unit lines, brackets and tables dominate the other four
    assert LOADER.score(FIXTURE.read_text(encoding="utf-8")) > 0.7


def test_plan_title_and_counts(plan: Extraction) -> None:
    title = plan.documents[0].title
    assert title.startswith("四川省巩固污染防治攻坚战成果") and title.endswith("水平行动计划(2022—2023年)")
    assert 50 <= len(plan.tasks) <= 60
    chapters = [t.section[1] for t in plan.tasks]
    assert chapters.count("四、重点工程") == 10  # the ten projects, one task each
    assert chapters.count("三、主要任务") >= 35
    assert not any("总体要求" in c or "工作目标" in c for c in chapters)


def test_most_tasks_are_orphans(plan: Extraction) -> None:
    orphans = [t for t in plan.tasks if t.unit_status == "none"]
    assert all(not t.units for t in orphans)
    assert len(orphans) >= 0.85 * len(plan.tasks)
    assert all(t.unit_status == "none" for t in plan.tasks if t.section[1] in ("三、主要任务", "四、重点工程"))


def test_named_lead_in_safeguards(plan: Extraction) -> None:
    task = containing(plan.tasks, "由省污染防治工作委员会牵头")
    assert units(task) == [("省污染防治工作委员会", "lead", 1)]
    assert task.unit_status == "named"
    assert task.section[1:] == ["五、保障措施", "(一)加强组织领导"]
    assert units(containing(plan.tasks, "生态环境厅负责组织制定")) == [("生态环境厅", "responsible", 1)]
    listed = containing(plan.tasks, "林草等部门要各司其职")
    assert [u.mention for u in listed.units][:2] == ["各级发展改革", "经济和信息化"]
    assert listed.units[-1].mention == "林草" and {u.role for u in listed.units} == {"responsible"}


def test_no_units_for_encouraged_places(plan: Extraction) -> None:
    assert containing(plan.tasks, "推动各市(州)因地制宜").units == []
    assert containing(plan.tasks, "鼓励成都市、广元市").units == []
    assert not is_unit("推动各市(州)") and not is_unit("积极") and not is_unit("环境保护厅\t赵乐晨\t大气处")
    assert is_unit("省直有关部门(单位)") and is_unit("各级发展改革、财政等部门")


def test_headings_are_not_tasks(plan: Extraction) -> None:
    texts = [t.text for t in plan.tasks]
    assert not any(t.startswith(("积极应对气候变化", "启动达峰行动", "针对全省生态环境保护")) for t in texts)
    assert is_subheading("启动达峰行动,探索四川路径。") and not is_subheading("推广低碳替代技术。")
    task = containing(plan.tasks, "制定二氧化碳排放达峰行动方案")
    assert task.section[1:] == ["三、主要任务", "(一)积极应对气候变化", "启动达峰行动,探索四川路径"]


def test_page_break_is_rejoined(plan: Extraction, plan_text: str) -> None:
    task = containing(plan.tasks, "有序推动年碳排放")
    assert "50 万吨(或综合能源消费 50 万吨标准煤)及以上的企业" in task.text
    raw = plan_text[task.span.start : task.span.end]
    assert "\n\n" in raw and raw == task.quote
    assert task.text.endswith("降低碳排放强度。")
    assert "农业用水总量" in containing(plan.tasks, "实施重点流域水质巩固提升工程").text


def test_spans_point_into_the_source(plan: Extraction, plan_text: str) -> None:
    for t in plan.tasks:
        assert plan_text[t.span.start : t.span.end] == t.quote
        for u in t.units:
            assert u.span is not None
            assert plan_text[u.span.start : u.span.end].replace(" ", "").startswith(u.mention)


def test_fixture_units_and_roles(fixture: Extraction) -> None:
    bracket = containing(fixture.tasks, "依法淘汰落后产能")
    assert units(bracket) == [("省经信厅", "lead", 1), ("省生态环境厅", "assist", 2)]
    assert "牵头" not in bracket.text and "省经信厅牵头" in bracket.quote
    assert units(containing(fixture.tasks, "化肥农药减量增效")) == [("省农业农村厅", "responsible", 1)]
    together = containing(fixture.tasks, "统筹推进方案实施")
    assert units(together) == [("省治水办", "lead", 1), ("省发展改革委", "assist", 2), ("省财政厅", "assist", 3)]
    assert units(containing(fixture.tasks, "制定年度工作计划")) == [("各设区市政府", "responsible", 1)]


def test_fixture_structure(fixture: Extraction) -> None:
    assert fixture.documents[0].title == "浙江省美丽河湖建设行动方案（2023—2025年）"
    texts = [t.text for t in fixture.tasks]
    assert not any("重点实施以下三个方面任务" in t for t in texts)  # a chapter's lead-in
    assert not any("加大财政资金支持力度" in t for t in texts)  # safeguard prose naming nobody
    assert not any("统筹水资源" in t for t in texts)  # guiding ideas
    cut = containing(fixture.tasks, "钱塘江流域涉水工业园区")
    assert cut.unit_status == "none" and cut.text.endswith("建设；")
    projects = [t for t in fixture.tasks if t.section[1] == "三、重点工程"]
    assert [t.text.split("。")[0] for t in projects] == ["实施城镇污水处理提质增效工程", "实施河湖生态修复工程"]
    assert len(fixture.tasks) == 11


def test_one_sentence_items_are_tasks() -> None:
    text = (
        "某市行动方案\n\n一、主要任务\n\n（一）推进燃煤锅炉淘汰\n\n1.淘汰城市建成区燃煤小锅炉。\n\n"
        "2.实施工业炉窑综合整治。\n\n（二）加强组织领导\n\n市生态环境局负责统筹协调，各区县政府要落实属地责任。\n"
    )
    assert [p.heading for p in paragraphs(text)] == [False, True, True, False, False, True, False]
    ex = LOADER.load(text, "mini")
    assert [t.text for t in ex.tasks][:2] == ["淘汰城市建成区燃煤小锅炉。", "实施工业炉窑综合整治。"]
    assert ex.tasks[0].section == ["某市行动方案", "一、主要任务", "（一）推进燃煤锅炉淘汰"]
    assert units(ex.tasks[2]) == [("市生态环境局", "responsible", 1), ("各区县政府", "responsible", 2)]
