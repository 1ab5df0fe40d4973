"""The bracket layout (an adapter: detection and plan splitting, every decision the engine's) and the plan
splitter on the real district bundle (004) and a made-up county one."""

from __future__ import annotations

from pathlib import Path

import pytest

from polkg.graph.model import Extraction
from polkg.loaders import bracket, plans, registry
from polkg.loaders.styles import clean
from polkg.loaders.text import compact
from tests.helpers import having as task_with
from tests.helpers import roles

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DISTRICT = CORPUS / "004_0c71af0d61d8d2f3.txt"
COUNTY = Path(__file__).resolve().parent / "fixtures" / "bracket_yunling_county.txt"

#: the nine plans of 004 and the unit brackets each holds (counted by eye and by a plain regex count)
#: tasks per plan: one per unit bracket, plus one per sentence of 保障措施 whose subject names units (X要…, X负责…)
DISTRICT_PLANS = [
    ("乐山市市中区打赢蓝天保卫战实施方案", 57),
    ("乐山市市中区打赢碧水保卫战役实施方案", 27),
    ("乐山市市中区打好长江保护修复攻坚战工作方案", 25),
    # 二、目标任务 / 按照…完成…排查工作，2019年6月底前…启动…: an orphan task under a heading announcing tasks
    ("乐山市市中区打好黑臭水体治理攻坚战役实施方案", 10),
    # 各乡镇党委政府主要负责人是…第一责任人，要…: the townships' duty, their heads the leaders
    # 区财政要加大…投入: the district's finance bureau, the subject of its own duty
    ("乐山市市中区打好饮用水水源地环境问题整治攻坚战实施方案", 20),
    ("乐山市市中区打好环保基础设施建设攻坚战役实施方案", 9),
    # 区政府对全区农村生态环境质量负责，承担…主体责任: the district government's own duty, after the bureau's one
    ("乐山市市中区打好农业农村污染治理攻坚战役实施方案", 13),
    # 供电、供水等单位要…采取断电、断水等限制性措施: the utilities' own duty, after the departments' one
    # 004:326 各乡镇（街道）是…的责任主体，具体组织实施…: the townships named in charge, a duty
    ("乐山市市中区打好“散乱污”企业整治攻坚战实施方案", 14),  # 004:327 乡镇（街道）实施网格化管理制度…: a duty
    ("乐山市市中区完善生态环境准入促进绿色发展实施方案", 20),
]


def load(path: Path) -> tuple[str, Extraction]:
    text = path.read_text(encoding="utf-8")
    return text, bracket.LOADER.load(text, path.stem)


@pytest.fixture(scope="module")
def district() -> tuple[str, Extraction]:
    return load(DISTRICT)


@pytest.fixture(scope="module")
def county() -> tuple[str, Extraction]:
    return load(COUNTY)


# ---------------------------------------------------------------- the real district bundle


def test_district_is_read_by_the_bracket_loader() -> None:
    assert registry.detect(DISTRICT.read_text(encoding="utf-8")).name == "bracket"
    for other in sorted(CORPUS.glob("*.txt")):
        if other != DISTRICT:
            assert bracket.LOADER.score(other.read_text(encoding="utf-8")) < registry.MIN_SCORE, other.name


def test_nine_plans_without_the_bundle_cover(district: tuple[str, Extraction]) -> None:
    text, x = district
    assert [(d.plan, d.title) for d in x.documents] == [(i, t) for i, (t, _) in enumerate(DISTRICT_PLANS)]
    assert not any("等九个" in d.title for d in x.documents)
    # plans follow each other; the 散乱污 plan keeps its attachment tables (附件1 … 台账)
    for a, b in zip(x.documents, x.documents[1:], strict=False):
        assert a.span.end <= b.span.start
    last_but_one = x.documents[7]
    assert "附件7" in text[last_but_one.span.start : last_but_one.span.end]


def test_tasks_per_plan(district: tuple[str, Extraction]) -> None:
    _, x = district
    counts = [sum(1 for t in x.tasks if t.plan == i) for i in range(len(DISTRICT_PLANS))]
    assert counts == [n for _, n in DISTRICT_PLANS]
    assert all(t.section[0] == x.documents[t.plan].title for t in x.tasks)


def test_lead_and_responsible_roles(district: tuple[str, Extraction]) -> None:
    _, x = district
    kiln = task_with(x, "开展工业炉窑污染整治。")
    assert roles(kiln) == {"lead": ["区生态环境局", "区经济信息化局"], "responsible": ["区市场监管局"], "assist": []}
    assert [u.rank for u in kiln.units] == [1, 2, 3]
    diesel = task_with(x, "开展柴油货车超标排放专项治理")
    assert roles(diesel)["lead"] == ["区生态环境局", "区交通运输局", "区公安分局"]
    # half-width colon after 牵头单位
    garbage = task_with(x, "推进城镇生活垃圾处理设施建设")
    assert roles(garbage) == {"lead": ["区市容管理局"], "responsible": ["区发展改革局", "区农业农村局"], "assist": []}
    # a unit with a parenthesis stays one unit
    park = task_with(x, "实施园区工业废水达标整治")
    assert roles(park)["lead"] == ["区经济信息化局（市工业集中区管委会）"]
    # a bracket with only 责任单位 and a half-width comma: everyone responsible, in order
    reservoir = task_with(x, "针对青平镇高中水库")
    assert roles(reservoir) == {
        "lead": [],
        "responsible": ["区水务局", "区住房城乡建设局", "区生态环境局", "各相关乡镇"],
        "assist": [],
    }


def test_prose_in_a_bracket_is_not_a_unit(district: tuple[str, Extraction]) -> None:
    _, x = district
    t = task_with(x, "调整优化产业布局。")
    # the note 涉及各地具体工作任务均由各乡镇（街道）负责落实，不再单独列出 is a plan-wide statement, no unit of this
    # task (the seeds' key, gold-dev/004, says so in its note)
    assert roles(t)["responsible"] == ["区发展改革局", "区经济信息化局", "区自然资源局", "区生态环境局"]
    assert not any("负责" in u.mention or "列出" in u.mention for u in t.units)
    # a long name without verbs is still a unit
    joint = task_with(x, "强化区域联防联控。")
    assert [u.mention for u in joint.units] == ["区重污染天气预防与应急指挥部办公室及成员单位"]


def test_verb_bracket_in_safeguards_is_a_task(district: tuple[str, Extraction]) -> None:
    _, x = district
    t = task_with(x, "加强组织领导。乡镇（街道）主要负责人")
    assert roles(t)["responsible"] == ["各责任单位"]
    assert t.section[1] == "四、保障措施"
    assert "（各责任单位负责" in t.quote and "各责任单位负责" not in t.text


def test_sections_text_and_spans(district: tuple[str, Extraction]) -> None:
    text, x = district
    t = task_with(x, "深入推进主要流域治理和保护。")
    assert t.section == [
        "乐山市市中区打赢碧水保卫战役实施方案",
        "三、重点任务",
        "（一）实施流域治理和断面达标攻坚行动",
        "1.深入推进主要流域治理和保护",
    ]
    for task in x.tasks:
        assert clean(text[task.span.start : task.span.end]) == task.text
        assert task.quote.startswith(text[task.span.start : task.span.end])
        if not task.units:  # 二、目标任务: the one orphan task, under a heading announcing tasks
            assert "目标任务" in task.text and task.unit_status == "none"
            continue
        assert "单位：" not in task.text and "单位:" not in task.text
    assert sum(1 for t in x.tasks if not t.units) == 1


def test_headings_and_goals_are_not_tasks(district: tuple[str, Extraction]) -> None:
    _, x = district
    assert not any(len(t.section) > 1 and t.section[1].endswith(("工作目标", "总体要求")) for t in x.tasks)
    assert not any(compact(t.text).startswith("到2020年，确保中心城区") for t in x.tasks)
    # a bracket-less 保障措施 paragraph that reads like an obligation is reported, not made a task
    assert any("测管协同" in u.quote for u in x.unattributed)


# ---------------------------------------------------------------- a made-up county bundle


def test_county_plans(county: tuple[str, Extraction]) -> None:
    _, x = county
    assert [d.title for d in x.documents] == ["云岭县打好净土保卫战行动计划", "云岭县土壤污染防治工作方案"]
    assert [sum(1 for t in x.tasks if t.plan == i) for i in range(2)] == [8, 3]


def test_county_styles(county: tuple[str, Extraction]) -> None:
    _, x = county
    survey = task_with(x, "查明农用地土壤污染状况")  # half-width (…:…;…,…) bracket on a numbered item
    assert roles(survey) == {"lead": ["县生态环境局"], "responsible": ["县农业农村局", "县自然资源局"], "assist": []}
    land = task_with(x, "摸清重点行业企业用地情况")  # a remark in other words
    assert [u.mention for u in land.units] == ["县生态环境局", "县经济科技信息化局"]
    farmland = task_with(x, "严格保护优先保护类耕地")  # 配合单位 assists; a parenthesised unit stays whole
    assert roles(farmland) == {
        "lead": ["县农业农村局"],
        "responsible": [],
        "assist": ["县自然资源局", "县发展改革局（县粮食局）"],
    }
    # a paragraph without a bracket is a task of its own, named by the bracket after it
    both = {"lead": ["县农业农村局"], "responsible": ["各乡镇人民政府"], "assist": []}
    assert roles(task_with(x, "对安全利用类耕地")) == roles(task_with(x, "降低农产品超标风险")) == both
    # two brackets in one paragraph: two tasks; 协办单位 assists
    assert roles(task_with(x, "开展受污染耕地治理与修复试点")) == {
        "lead": [],
        "responsible": ["县农业农村局"],
        "assist": [],
    }
    assert roles(task_with(x, "建立治理修复效果评估制度"))["assist"] == ["县财政局"]
    assert roles(task_with(x, "加强组织领导。"))["responsible"] == ["县级各部门"]
    assert not any("加大资金投入" in t.text for t in x.tasks)
    # a role marked after a unit inside the list; a unit name may contain a verb (落实)
    assert roles(task_with(x, "推进污染地块安全利用")) == {
        "lead": ["县发展改革局"],
        "responsible": ["县委督查落实办"],
        "assist": [],
    }


# ---------------------------------------------------------------- plans on other shapes


def test_single_plan_files_keep_their_title() -> None:
    action = (CORPUS / "001_ea7e1250e72a59c4.txt").read_text(encoding="utf-8")
    found = plans.split(action)
    assert len(found) == 1
    assert found[0].title.startswith("四川省巩固污染防治攻坚战成果") and "行动计划" in found[0].title
    one = "某市大气污染防治实施方案\n一、主要任务\n加强监管。〔责任单位：市生态环境局〕\n"
    assert [p.title for p in plans.split(one)] == ["某市大气污染防治实施方案"]


def test_bracket_cut_by_a_line_break_and_a_bracket_with_a_verb() -> None:
    text = (
        "某县大气污染防治实施方案\n一、主要任务\n（一）治理扬尘。\n"
        "加强施工工地扬尘管控，落实六个百分之百要求。〔牵头单位：县住房城乡建设局；责任单位：县交通运\n"
        "输局、县水务局〕\n推进道路清扫保洁。（由县城市管理局负责）\n"
    )
    x = bracket.LOADER.load(text, "t")
    assert [roles(t) for t in x.tasks] == [
        {"lead": ["县住房城乡建设局"], "responsible": ["县交通运输局", "县水务局"], "assist": []},
        {"lead": [], "responsible": ["县城市管理局"], "assist": []},
    ]
    assert [text[u.span.start : u.span.end] for u in x.tasks[0].units][1] == "县交通运\n输局"


def test_cover_letter_and_table_of_contents() -> None:
    letter = (
        "关于印发《某县扬尘治理实施方案》的通知\n各乡镇：\n现将《某县扬尘治理实施方案》印发给你们，请认真贯彻执行。\n"
        "附件\n某县扬尘治理实施方案\n一、主要任务\n制定工作方案\n加强工地监管。〔责任单位：县住房城乡建设局〕\n"
    )
    found = plans.split(letter)
    assert [p.title for p in found] == ["某县扬尘治理实施方案"]  # the letter is no plan, nor a short body line
    assert letter[found[0].title_span.start :].startswith("某县扬尘治理实施方案\n一、")
    air, water = "某县大气污染防治实施方案", "某县水污染防治工作方案"
    toc = f"目录\n{air}\n{water}\n{air}\n一、任务\n{water}\n二、任务\n"
    assert [(p.index, p.title) for p in plans.split(toc)] == [(0, air), (1, water)]
    assert plans.split(toc)[0].span.start == toc.index(f"{air}\n一")


def test_guarantee_paragraphs_name_their_units_as_subjects(district: tuple[str, Extraction]) -> None:
    """保障措施 without a bracket (004:213, 004:296, 004:331): the subject of the sentence is the unit;
    X会同Y: Y assists; a form's label (填报单位：) is no subject."""
    _, x = district
    assert roles(task_with(x, "区住房城乡建设局、区生态环境局、区水务局等部门要加强统筹"))["responsible"] == [
        "区住房城乡建设局", "区生态环境局", "区水务局"]
    assert roles(task_with(x, "区生态环境局负责农业农村污染治理"))["responsible"] == ["区生态环境局"]
    together = roles(task_with(x, "区经济信息化局会同区生态环境局建立信息报送制度"))
    assert together == {"lead": [], "responsible": ["区经济信息化局"], "assist": ["区生态环境局"]}
    assert not any(compact(t.text).startswith("填报单位") for t in x.tasks)
