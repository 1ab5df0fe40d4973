"""False units the engine read from shapes general to Chinese plans (issue 8, precision round): a connective
glued to the name after it, a verb phrase ending like a unit, level lists whose last unit carries its own levels.
Real documents of tests/realworld where the tree has them, else a verbatim sentence of the shape."""

from __future__ import annotations

import pytest

from polkg.loaders import marks
from tests.helpers import having, read, roles, snippet

PLAN = "某县水资源保护实施方案\n一、主要任务\n"


@pytest.mark.parametrize(
    ("item", "words", "role", "unit"),
    [
        ("（一）加强水资源管理。严格取水许可审批，即县水务局牵头，县农业农村局配合。", "严格取水许可", "lead",
         "县水务局"),
        ("（二）同时县生态环境局要加强水质监测。", "加强水质监测", "responsible", "县生态环境局"),
        ("（三）推进节水型社会建设，并县发改局负责督促。", "推进节水型社会", "responsible", "县发改局"),
    ],
)
def test_a_connective_is_no_part_of_the_name_after_it(item: str, words: str, role: str, unit: str) -> None:
    """``即县水务局牵头``, ``同时县生态环境局要…``: 即, 同时, 并 join the clause to the one before; the unit is
    县水务局, never 即县水务局."""
    task = having(snippet(PLAN + item + "\n"), words)
    assert unit in roles(task)[role]
    assert not any(m.startswith(("即", "同时", "并")) for ms in roles(task).values() for m in ms)


@pytest.mark.parametrize(
    "phrase",
    ["高质量建设崂山实验室", "落实城管进社区", "本通报中没有开展整改的部门", "成功创建首批浙江省美丽城镇",
     "即县水务局", "其中厦门市市政园林局", "各单位提高政治站", "各县（市、区）成立专班", "带领市直相关部门",
     "会议还通报了全区", "您（你们）提出的“关于安格里格镇"],
)
def test_a_phrase_with_a_verb_of_a_measure_is_no_unit(phrase: str) -> None:
    """An item title or a clause that only ends like a unit (室, 区, 部门, 镇) names nobody."""
    assert not marks.is_unit(phrase)


@pytest.mark.parametrize("name", ["即墨区人民政府", "且末县水利局", "即墨区"])
def test_a_place_whose_name_opens_like_a_connective_keeps_it(name: str) -> None:
    """即墨区 (Qingdao) and 且末县 (Xinjiang) open with 即 and 且: the place's own name, not a connective."""
    assert marks.is_unit(name)
    assert [f.mention for f in marks.unit_names(name, 0, "responsible") or []] == [name]


@pytest.mark.parametrize(
    "name",
    ["住房和城乡建设局", "省建设厅", "县推进办", "各项目推进责任单位", "省重点建设项目领导小组办公室",
     "市城乡建设和交通委员会", "县城市建设投资集团", "区建设事务服务中心", "南昌市新建区人民政府",
     "创建全国文明城市工作指挥部", "市建设工程质量安全监督站", "沈阳市营商环境建设监督局", "中国建设银行"],
)
def test_a_verb_before_an_organ_ending_is_the_organ_field(name: str) -> None:
    """建设局, 推进办, 建设投资集团: the verb names the organ's field, and the name stays a unit; so does a working
    body named after its work (创建…工作指挥部)."""
    assert marks.is_unit(name)


def test_an_item_title_ending_like_a_unit_gives_the_item_no_unit() -> None:
    """``1.高质量建设崂山实验室。``: the title is the measure, 实验室 no unit charged with it."""
    task = having(snippet(PLAN + "1.高质量建设崂山实验室。加快建设进度，2023年底前完成主体工程。\n"), "崂山实验室")
    assert task.units == []


def test_an_enumerated_duty_is_no_unit_real() -> None:
    """hq_shanghai_cgzf_diaodu2023: ``五是落实城管进社区工作``: the duty is no unit."""
    task = having(read("hq_shanghai_cgzf_diaodu2023"), "五是落实城管进社区工作")
    assert "落实城管进社区" not in [u.mention for u in task.units]


@pytest.mark.parametrize(
    ("names", "units"),
    [
        ("各市、县（市、区）政府", ["各市", "县（市、区）政府"]),
        ("市、县（区）人民政府法制机构", ["市", "县（区）人民政府法制机构"]),
        ("各市、县级政府", ["各市", "县级政府"]),
        # the levels share the last unit's ending when it has none of its own (the dev keys write these whole)
        ("各县、市、区政府", ["各县、市、区政府"]),
        ("各县（市）、区政府", ["各县（市）、区政府"]),
        ("地、州、市人民政府（行署）", ["地、州、市人民政府（行署）"]),
        ("县（市）政府（行署）", ["县（市）政府（行署）"]),
    ],
)
def test_a_last_unit_with_its_own_levels_shares_nothing(names: str, units: list[str]) -> None:
    """``各市、县（市、区）政府``: the last unit names its own levels, so 各市 before it is a unit of its own."""
    found = marks.unit_names(names, 0, "responsible")
    assert [f.mention for f in found or []] == units


def test_city_and_county_level_governments_real() -> None:
    """hy_jilin_shuihuanjing_gonggu2021: ``各市、縣級政府`` are two units (as the key writes them)."""
    task = having(read("hy_jilin_shuihuanjing_gonggu2021"), "加快推進部分縣級及以上城市污水處理廠擴容改造")
    assert {"各市", "縣級政府"} <= set(roles(task)["responsible"])


def test_who_asks_is_not_who_acts_real() -> None:
    """he_ningxia_bairigongjian: ``自治区党委、政府要求各级领导干部…``: 要求 is no modal; the region's leadership
    asks, it is charged with nothing."""
    task = having(read("he_ningxia_bairigongjian"), "自治区党委、政府要求各级领导干部")
    assert not {"自治区党委", "政府"} & {u.mention for u in task.units}


def test_who_asks_is_not_who_acts() -> None:
    task = having(snippet(PLAN + "（一）县政府要求各乡镇要全面推进节水型社会建设。\n"), "节水型社会")
    assert "县政府" not in [u.mention for u in task.units]


def test_a_place_telling_its_plans_is_no_unit_real() -> None:
    """hq_guangdong_qishi_zdxm2019: ``企石镇将利用100天左右的时间…``: news of what a town will do, no unit's duty
    (the key has none)."""
    task = having(read("hq_guangdong_qishi_zdxm2019"), "企石镇将利用100天左右的时间")
    assert task.units == []


@pytest.mark.parametrize(
    ("item", "unit"),
    [("（六）贵州将建立健全生态补偿机制。", None), ("（七）镇宁县要统一思想，提高政治站位。", "镇宁县"),
     ("（九）7月20日，东田镇召开重点项目推进会，部署下半年工作。", None),
     ("（八）县政府督查室将常年跟踪督办。", "县政府督查室")],
)
def test_a_place_alone_with_will_is_no_unit_but_a_charged_one_is(item: str, unit: str | None) -> None:
    """A place with 将 tells its plans; a place with 要 is charged; an organ with 将 acts."""
    task = having(snippet(PLAN + item + "\n"), item[3:9])
    assert [u.mention for u in task.units] == ([unit] if unit else [])


def test_a_body_a_unit_must_set_up_is_not_the_unit_real() -> None:
    """hd_guangdong_meizhou_you2021: ``各县(市、区)人民政府要成立梅州柚产业发展专班,…负责…``: the governments are
    charged with setting the team up; the team to be is no unit yet."""
    task = having(read("hd_guangdong_meizhou_you2021"), "要成立梅州柚产业发展专班")
    assert [u.mention for u in task.units] == ["各县(市、区)人民政府"]


def test_a_head_speaking_is_no_subject_real() -> None:
    """he_chongqing_dazu_youting_chungeng2023: ``邮亭镇主要负责人表示，邮亭镇全体镇村干部要…``: a report of what a
    town's head said; the town is charged with nothing (the key has no unit)."""
    task = having(read("he_chongqing_dazu_youting_chungeng2023"), "邮亭镇主要负责人表示")
    assert "邮亭镇" not in [u.mention for u in task.units]


def test_a_sentence_about_units_names_none_real() -> None:
    """he_anhui_linzhang_fengong_news: ``這是省委、省政府認真貫徹落實…的又一重要舉措``: 这是 opens a sentence about
    the committee and government; 这是省委 is no head of a list, and no one is charged."""
    task = having(read("he_anhui_linzhang_fengong_news"), "省政府認真貫徹落實中辦")
    assert task.units == []


def test_a_portal_field_is_no_unit_real() -> None:
    """rw_national_gwyb_sanding2008: ``發布機關：中華人民共和國國務院辦公廳``: the portal's 发布机关 field."""
    x = read("rw_national_gwyb_sanding2008")
    assert not any(u.mention == "發布機關" for t in x.tasks for u in t.units)


@pytest.mark.parametrize(
    ("item", "unit"),
    [("（八）联席会议办公室设在省农委，负责联席会议日常工作。", "联席会议办公室"),
     ("（九）领导小组办公室设在镇应急办，由曹东辉同志任办公室主任，负责日常工作。", "镇应急办")],
)
def test_an_office_housed_in_a_department(item: str, unit: str) -> None:
    """A joint meeting's standing office acts itself; a leading group's desk is its host department at work."""
    task = having(snippet(PLAN + item + "\n"), item[3:12])
    assert roles(task)["responsible"] == [unit]


def test_an_office_housed_in_a_government_acts_itself_real() -> None:
    """rw_guangxi_beihai_nankang_kaiken: ``領導小組辦公室設在南康鎮政府,承擔領導小組日常工作``: the government houses
    the office; the office does the work (the key's unit)."""
    task = having(read("rw_guangxi_beihai_nankang_kaiken"), "領導小組辦公室設在南康鎮政府")
    assert roles(task)["responsible"] == ["領導小組辦公室"]
