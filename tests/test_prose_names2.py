"""Words read as unit names in meeting reports and news relays (issue 8, round prose2): a post cut after its
place (副市|长), a road section (宿州|段), a group cut short (各区各部|门), a modal glued on (X村会), a helper's or
reporter's verb (配合X, 报我委), a one-character adverb before 会同; and units set off by a comma before their
modal. Each sentence is verbatim from a real meeting report, news relay or notice."""

from __future__ import annotations

import pytest

from polkg.loaders import engine, marks


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("会议要求，一是各区各部门要切实提高思想认识。", ["各区各部门"]),
        ("会议强调，各乡镇各有关单位，要紧盯节假日、重要会议、重大活动等重点时段。", ["各乡镇各有关单位"]),
    ],
)
def test_the_subject_of_a_meeting_duty(sentence: str, units: list[str]) -> None:
    """A group written whole (各区各部门) or set off by a comma before 要 is the subject of the duty."""
    mark = marks.subject(sentence, 0)
    assert mark is not None
    assert [f.mention for f in mark.found] == units


@pytest.mark.parametrize(
    "sentence",
    [
        "朝阳川镇八道村会按照市委市政府的决策部署，搞好2020年人居环境整治工作。",
        "12月底前，配合国铁集团推进呼南高铁焦作经洛阳至平顶山段前期工作。",
    ],
)
def test_no_false_unit_opens_these(sentence: str) -> None:
    """A place with the modal 会, the unit a plan's city only helps, a road section: none is a unit's name."""
    mark = marks.subject(sentence, 0)
    names = [f.mention for f in mark.found] if mark is not None else []
    assert not any(n.endswith(("村会", "段", "宿州")) or n.startswith("配合") for n in names), names


def test_a_road_section_is_no_unit() -> None:
    """``徐淮阜高速公路宿州段6月底前完成…``: a stretch of a project (宿州|段), never a unit named 宿州."""
    assert marks.leading_units("徐淮阜高速公路宿州段6月底前完成施工图设计和临时用地批复。", 0) == []


def test_a_post_is_not_cut_into_a_unit() -> None:
    """``市委常委、副市长王亮牵头``: people (a post and a name), never 副市 nor 市委."""
    assert marks.leading_units("市委常委、副市长王亮牵头，市生态环境督改中心负责", 0) == []
    assert not marks.is_unit("市委常委")


def test_an_adverb_before_together_is_no_unit() -> None:
    """``在此基础上，正会同相关部门编制…``: 正 (now) is no head of 相关部门."""
    text = "广东省生活垃圾分类工作\n在此基础上，正会同相关部门编制全省生活垃圾分类实施方案。\n"
    units = [u.mention for t in engine.read(text, "snippet").tasks for u in t.units]
    assert "正" not in units


def test_reporting_to_the_issuer_is_no_unit() -> None:
    """``报我委会同省直有关部门审查``: submitted to the issuer, 报我委 is no unit's name."""
    mark = marks.subject("报我委会同省直有关部门审查后由你们联合印发实施。", 0)
    assert mark is None or all(f.mention != "报我委" for f in mark.found)


def test_each_clause_bearing_a_responsibility_is_its_owners() -> None:
    """A speech's list of who bears which 责任, clause after clause: each clause is its own duty, the unit (or the
    post, a leader) before 承担 its holder, not the first clause's subject carried on."""
    text = ("维西县巡察整改工作\n对巡乡带村中发现的问题，乡镇党委要承担巡察整改主体责任，"
            "党委书记承担巡察整改第一责任人责任，村党总支承担巡察整改直接责任，"
            "各乡镇纪委承担巡察整改监督责任。\n")
    tasks = engine.read(text, "snippet").tasks
    owners = {t.text[:4]: ([u.mention for u in t.units], t.leaders) for t in tasks}
    assert owners["村党总支"] == (["村党总支"], [])
    assert owners["各乡镇纪"] == (["各乡镇纪委"], [])
    assert owners["党委书记"] == ([], ["党委书记"])


def test_a_responsibility_letters_party_owns_the_tasks_it_promises() -> None:
    """``一、乙方保证完成以下目标任务``: in a 责任书 the party (乙方, declared at the top) is responsible for every
    item under the heading that promises them."""
    text = ("责任书\n甲方：温州市人民政府\n乙方：温州经济技术开发区管委会\n一、乙方保证完成以下目标任务\n"
            "（一）园林绿化战役承担的工作任务\n1、建成三甲河区级综合生态公园一期工程（3.25公顷）。\n"
            "2、建成12个街头绿地（小游园）共计16.12公顷。\n")
    tasks = [t for t in engine.read(text, "snippet").tasks if t.text.startswith(("1、", "2、"))]
    assert len(tasks) == 2
    assert all([(u.mention, u.role) for u in t.units] == [("乙方", "responsible")] for t in tasks)


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("要求各地进一步梳理细化目标任务，实行任务项目化。", ["各地"]),
        ("水利厅要求各地进一步梳理细化目标任务。", ["各地"]),
    ],
)
def test_the_places_a_charge_names_act(sentence: str, units: list[str]) -> None:
    """``要求各地进一步…``: the group charged acts; a group is places only (各地, never 各地进)."""
    mark = marks.subject(sentence, 0)
    assert mark is not None
    assert [f.mention for f in mark.found] == units


def test_a_word_with_lian_is_not_cut_at_it() -> None:
    """``国务院联防联控机制``: 联 ends 妇联, 工商联, never a name cut inside 联防联控 (the 机制 is the body)."""
    found = marks.leading_units("国务院联防联控机制完善举措，", 0)
    assert [f.mention for f in found] == ["国务院联防联控机制"]


@pytest.mark.parametrize(
    "sentence",
    [
        "省委书记、省长除了担任省级总河长外，同时兼任乌江干流的省级河长。",
        "省级设副总河长，由分管水利工作的副省长共同担任。",
    ],
)
def test_an_adverb_after_a_post_is_no_person(sentence: str) -> None:
    """``省长除了担任…``, ``副省长共同担任``: the word between the post and 担任 is an adverb, never a name."""
    names = [n for n, _ in marks.named_people(sentence)]
    assert not {"除了", "共同"} & set(names), names


def test_a_rank_fused_before_a_name_is_set_apart() -> None:
    """``认领人：党组成员、副局长陆永军``: the person is 陆永军, the ranks written before the name set aside; a
    post alone stays a post."""
    assert marks.leaders("党组成员、副局长陆永军") == ["陆永军"]
    assert marks.leaders("副县长") == ["副县长"]
    assert marks.leaders("镇党委书记") == ["镇党委书记"]


def test_units_that_also_work_closely_together_keep_their_own_duty() -> None:
    """``各行业主管单位、相关镇要进一步落实行业监管责任和属地管理责任，密切配合，…``: units helping each other, after a
    duty of their own, are responsible, not the helpers of the unit before them."""
    sentence = "各行业主管单位、相关镇要进一步落实行业监管责任和属地管理责任，密切配合，确保每个检查点位有人负责。"
    mark = marks.subject(sentence, 0)
    assert mark is not None
    assert [(f.mention, f.role) for f in mark.found] == [("各行业主管单位", "responsible"), ("相关镇", "responsible")]
    assert not mark.helps


@pytest.mark.parametrize(
    "sentence",
    [
        "省住房和城乡建设厅正牵头编制全省垃圾分类实施方案。",
        "广东垃圾分类工作牵头单位——省住房和城乡建设厅正牵头编制全省垃圾分类实施方案。",
    ],
)
def test_a_lead_under_way_after_its_apposition(sentence: str) -> None:
    """``X正牵头编制…``: a duty under way still leads; ``…牵头单位——X``: the name is the one after the dash."""
    mark = marks.subject(sentence, 0)
    assert mark is not None
    assert [(f.mention, f.role) for f in mark.found] == [("省住房和城乡建设厅", "lead")]


def test_the_writers_own_place_is_no_unit() -> None:
    """``我县要严格按照国家和省市部署要求…``: the place as a whole, as 全县要… is; no unit's duty."""
    mark = marks.subject("我县要严格按照国家和省市部署要求，扎实做好大气污染防治工作。", 0)
    assert mark is None or not mark.found


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("会议要求，各村在春耕备耕工作的同时，要做好秸秆禁烧工作。", ["各村"]),
        ("各县（市）区在学习借鉴经验的同时，要结合实际。", ["各县（市）区"]),
    ],
)
def test_who_acts_opens_the_clause_of_when(sentence: str, units: list[str]) -> None:
    """``各村在春耕备耕工作的同时，要…``: the group before 在 is the subject, not part of the time clause."""
    mark = marks.subject(sentence, 0)
    assert mark is not None
    assert [f.mention for f in mark.found] == units


def test_a_unit_acting_together_beside_the_lead_is_responsible() -> None:
    """``省委、省政府办公厅牵头，省委督查室会同省政府督查室…组织…``: the lead leads, the unit acting together with
    partners is responsible (though its name opens like the lead's, 省委|督查室), the partners assist."""
    text = ("陕西省污染防治攻坚战专项督查\n根据省委安排部署，省委、省政府办公厅牵头，省委督查室会同省政府督查室、"
            "省生态环境厅组织对重点任务清单中相关重点工作推进落实情况进行专项督查。\n")
    task = next(t for t in engine.read(text, "snippet").tasks if "督查室会同" in t.text)
    got = {(u.mention, u.role) for u in task.units}
    assert {("省委督查室", "responsible"), ("省政府督查室", "assist"), ("省生态环境厅", "assist")} <= got


def test_the_news_media_act() -> None:
    """``宣传部门及新闻媒体要强化宣传引导``: the media charged with a duty are a party of it, as keys name them;
    媒体 alone (通过媒体进行曝光) names nobody."""
    mark = marks.subject("宣传部门及新闻媒体要强化宣传引导，让绿色生态环保的观念深入人心。", 0)
    assert mark is not None
    assert [f.mention for f in mark.found] == ["宣传部门", "新闻媒体"]
    assert not marks.is_unit("媒体")


def test_a_group_of_four_places_joined_to_another() -> None:
    """``各乡镇街与相关部门必须扛起责任``: two groups joined by 与, 各乡镇街 a group of places (as 各县市区)."""
    found = marks.leading_units("各乡镇街与相关部门必须扛起责任，", 0)
    assert [f.mention for f in found] == ["各乡镇街", "相关部门"]
