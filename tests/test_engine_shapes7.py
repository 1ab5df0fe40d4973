"""General shapes the 23 plans added to tests/realworld at 72fae34 (hv_*, hz7_*) exposed: unit headings over
numbered duties, phrases that are no unit, two subjects, conventions declared inside a bracket, offices in a
table column. Each test reads a real document where one shows the shape, or a snippet written like one."""

from __future__ import annotations

import pytest

from polkg.loaders import marks
from polkg.loaders.text import compact
from tests.helpers import having, read, roles, snippet


def test_a_unit_heading_of_any_organ_covers_its_numbered_duties() -> None:
    """``（十四）市政府督查室`` / ``1.…`` / ``2.…``: a heading naming only an office (室, 部, 队 as well as 局, 委, 办)
    gives every item under it to that office; a note where the office sits (``（设在…）``) is no part of it."""
    x = read("hz7_beijing_zwryj_cydw")
    assert roles(having(x, "负责督查各成员单位职责落实情况"))["responsible"] == ["市政府督查室"]
    assert roles(having(x, "配合做好预警信息发布"))["responsible"] == ["市委宣传部"]
    assert roles(having(x, "负责空中巡视"))["responsible"] == ["市公安局警务航空总队"]
    assert roles(having(x, "负责协调市安全监管局开展烟花爆竹销售管理"))["responsible"] == ["市烟花办"]


def test_a_place_heading_still_titles_a_block() -> None:
    """``（二）赣州市`` names a place, not an office: no unit for the items under it from the heading alone."""
    assert marks.heading_unit("赣州市", 0) == []
    assert marks.heading_unit("城区新建便民市场5处", 0) == []


@pytest.mark.parametrize(
    "phrase", ["优化空间布局", "召开全市动员部署大会", "11个行政村│处", "│││个乡(镇)", "整改责任单位|市环保局"])
def test_a_heading_a_verb_phrase_or_run_together_cells_are_no_unit(phrase: str) -> None:
    """A unit name never starts with a verb (``二、优化空间布局``, ``一是召开全市动员部署大会``) and never holds a
    cell mark (a box-drawing table's cells run together)."""
    assert not marks.is_unit(phrase)


def test_a_label_cell_joined_to_its_value_by_a_cell_mark() -> None:
    """``整改责任单位|X`` and ``牵头部门(责任单位)|X`` are a label and its value (the role of the label before the
    bracket); ``责任单位|完成时限`` is a header row, not a value."""
    x = snippet(
        "一、加强大气污染治理\n（一）开展燃煤锅炉整治，完成10台锅炉淘汰。\n整改责任单位|市生态环境局\n"
        "整改时限|2023年12月底前\n（二）加强扬尘管控，建立工地台账。\n牵头部门(责任单位)|市住建局\n"
    )
    first = having(x, "开展燃煤锅炉整治")
    assert roles(first)["responsible"] == ["市生态环境局"]
    assert first.deadline == "2023年12月底前"
    assert roles(having(x, "加强扬尘管控")) == {"lead": ["市住建局"], "responsible": [], "assist": []}
    assert marks.cell_label("责任单位|完成时限") is None
    assert marks.cell_label("建设工地|市住建局") is None


def test_a_standing_clause_inside_a_mark_gives_its_units_only() -> None:
    """``（X等有关部门按职责分工负责，各项政策措施均需Y、Z落实，以下不再列出）``: Y and Z (never the clause's words)
    on this item and every later one."""
    x = read("hz7_liaoning_yingshang2025_zqyj")
    first = roles(having(x, "优化政策制定机制"))["responsible"]
    assert "各市政府" in first and "省沈抚示范区管委会" in first
    assert not any("均需" in u for u in first)
    later = roles(having(x, "提高相关领域立法质效"))["responsible"]
    assert later[-2:] == ["各市政府", "省沈抚示范区管委会"]


def test_two_subjects_joined_by_he() -> None:
    """``（十六）各区县政府和地区管委会。落实属地责任…`` and ``各区县政府和地区管委会要…``: two units (a 管委会
    ends like an office)."""
    x = read("hz7_beijing_bairizhengzhi2010_p2")
    assert roles(having(x, "落实属地责任"))["responsible"] == ["各区县政府", "地区管委会"]
    assert roles(having(x, "在重点区域设置宣传站"))["responsible"] == ["各区县政府", "地区管委会"]


def test_a_convention_declared_inside_a_bracket_holds_for_later_brackets_that_say_fuze() -> None:
    """``（A、B、C负责。列第一位的为牵头部门，下同）``: A leads here and the first unit of every later list that
    only says 负责 leads; a list whose verbs give the roles (``X牵头，Y配合``) keeps them."""
    x = snippet(
        "一、加强环境治理\n"
        "1.严格落实环境影响评价制度，建立审批联动机制。（省环保厅、省发展改革委、省国土资源厅负责。列第一位的为牵头部门，下同）\n"
        "2.提高重点行业准入门槛，严格控制新建项目。（省经济和信息化委、省环保厅负责）\n"
        "3.推进污水处理设施建设。（市住建局牵头，市水务局、市财政局配合）\n"
    )
    assert roles(having(x, "严格落实环境影响评价制度")) == {
        "lead": ["省环保厅"], "responsible": ["省发展改革委", "省国土资源厅"], "assist": []}
    assert roles(having(x, "提高重点行业准入门槛")) == {
        "lead": ["省经济和信息化委"], "responsible": ["省环保厅"], "assist": []}
    assert roles(having(x, "推进污水处理设施建设")) == {
        "lead": ["市住建局"], "responsible": [], "assist": ["市水务局", "市财政局"]}


def test_a_table_naming_only_offices_in_a_division_column() -> None:
    """``序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注``: a table whose only responsibility column is
    责任处室 is a table; its offices are divisions (``X等按职责分工落实`` gives X), a row that leaves out the
    merged 细化分工 cell still aligns, and the detail column before the offices is the task's text."""
    x = read("hv_guangdong_wjw_zwgk2021")
    first = having(x, "重点围绕散发疫情")
    assert first.divisions == ["应急处", "监督处", "医政医管处", "疾控处", "基层处"]
    assert not first.units
    second = having(x, "扎实做好疫苗接种信息公开")
    assert (second.divisions, second.deadline) == (["疾控处"], "长期推进")
    assert having(x, "健康广东行动的信息发布工作").divisions == ["规划信息处(爱卫办)"]
    assert having(x, "决算及相关报表公开").divisions == ["财务处"]


def test_a_short_row_keeps_its_columns_when_its_deadline_cell_does_not_fit() -> None:
    """Blank columns are only taken as left out when the row's cell under 完成时限 then reads as a deadline."""
    x = snippet(
        "序号 | 工作任务 | 具体要求 | 责任处室 | 完成时限 |\n"
        "1 | 做好信息发布工作 | 按要求发布权威信息 | 宣传处 | 2021年6月前 |\n"
        "2 | 推进规范性文件公开 | 政法处 | 办公室 |\n"
    )
    assert having(x, "推进规范性文件公开").divisions == ["办公室"]  # as written: 政法处 stands under 具体要求
    assert having(x, "做好信息发布工作").divisions == ["宣传处"]


def test_a_unit_line_without_a_marker_heads_the_numbered_items_below() -> None:
    """``市卫生局`` / ``2011年重点工作目标责任书(4项)`` / ``1、…`` / ``2、…``: a line naming only an office, with
    numbered items right below it (or below a title line), is their heading: every item is that office's, the
    title no task; it closes nothing above it (the interview before is nobody's)."""
    x = read("hv_shaanxi_ankang_wsj_zrs2011")
    items = ("上半年开工建设市儿童医院", "推进宁陕、平利两县公立医院改革试点", "新型农村合作医疗参保率稳定在92%以上")
    for item in items:
        assert roles(having(x, item))["responsible"] == ["市卫生局"]
    assert not having(x, "一是坚持领导包抓重点工作责任制").units
    assert not [t for t in x.tasks if "目标责任书(4项)" in t.text and "访谈" not in t.text]


def test_a_unit_cell_in_a_one_cell_per_line_table_still_closes_its_row() -> None:
    """``1`` / ``市教育局`` / ``负责…``: a 序号 line below a unit line is no numbered item with text."""
    x = snippet(
        "序号 涉及部门 职责分工\n1\n市教育局\n负责校园食品安全管理工作。\n2\n市公安局\n负责校园周边治安管理工作。\n")
    assert roles(having(x, "校园周边治安管理"))["responsible"] == ["市公安局"]


def test_a_responsibility_letter_header_gives_its_unit_and_signer_to_every_item() -> None:
    """``部门(单位)：示范区水务局  责任人：王某`` atop a 目标责任书: every obligation in it is that unit's, the
    person their leader; the letter's table labels (核心指标, (20分)) stay no task."""
    x = read("hv_shaanxi_yangling_swj_zrs2019")
    t = having(x, "第二季度(每项5分)")
    assert (roles(t)["responsible"], t.leaders) == (["示范区水务局"], ["王西宁"])
    assert not [t for t in x.tasks if compact(t.text) in ("核心指标", "(20分)", "省考指标")]
    assert marks.holder("部门(单位)：市交通局  责任人：李某", 0) is not None
    assert marks.holder("责任单位：市交通局。负责道路养护", 0) is None


def test_systems_before_a_long_generic_tail_and_a_name_holding_a_role_word() -> None:
    """``市场监管、…、林草等领域行业主管部门要牵头制定…``: the systems named lead (等领域行业主管部门 is the tail);
    ``各重点产业链牵头部门要…`` is one unit whose name holds 牵头, responsible; ``足额落实…协作计划`` names nobody."""
    x = read("hz7_neimenggu_yingshang2026_tz")
    leads = roles(having(x, "等领域行业主管部门要牵头制定"))["lead"]
    assert leads[:3] == ["市场监管", "生态环境", "自然资源"] and "人力资源社会保障" in leads
    assert roles(having(x, "各重点产业链牵头部门要逐链梳理"))["responsible"] == ["各重点产业链牵头部门"]
    assert marks.subject("省政府各牵头部门要于1月底前完成各项目标任务。", 0) is not None
    assert marks.subject("足额落实市属高校中西部协作计划。", 0) is None


@pytest.mark.parametrize(
    ("written", "units"),
    [
        ("市规划委顺义分局、区城管监察大队等相关部门", ["市规划委顺义分局", "区城管监察大队"]),
        ("省发展改革委、省司法厅、省市场监管局等有关部门", ["省发展改革委", "省司法厅", "省市场监管局"]),
        ("马坡、北小营、南彩、牛栏山等相关镇政府", ["马坡", "北小营", "南彩", "牛栏山"]),
    ],
)
def test_a_generic_tail_after_deng_names_nobody_more(written: str, units: list[str]) -> None:
    """``X、Y等相关部门`` gives X and Y; the places before ``等镇政府`` are the units (ANNOTATION: a trailing
    等有关部门 is dropped)."""
    found = marks.unit_names(written, 0, "assist")
    assert found is not None and [f.mention for f in found] == units


def test_ji_qi_joins_a_unit_and_its_own_offices() -> None:
    """``区政府及其水利部门``: 及其 (and its) names the unit's own offices, never a second unit 其水利部门."""
    found = marks.unit_names("区政府及其水利部门", 0, "responsible")
    assert found is not None and [f.mention for f in found] == ["区政府及其水利部门"]
    found = marks.unit_names("市政府和各区政府", 0, "responsible")
    assert found is not None and [f.mention for f in found] == ["市政府", "各区政府"]


def test_a_duty_that_asks_for_a_contact_is_no_contact_line() -> None:
    """``各牵头单位要…做好细化实施方案，并明确联系人、联系电话，于4月20日前上报…``: a duty; ``联系人：王某，电话：…``
    is a contact line."""
    x = read("hv_guangdong_sanshui_gzrw2007")
    assert roles(having(x, "各牵头单位要按照"))["responsible"] == ["各牵头单位"]
    assert marks.boilerplate("联系人：王某，联系电话：12345678。")
    assert not marks.boilerplate("一、各牵头单位要按照分解表的要求，将属于本部门落实的工作目标做好细化实施方案，"
                                 "并明确联系人、联系电话，于4月20日前上报区督查组。")


def test_you_x_then_a_sequence_names_x_only() -> None:
    """``由区督查组综合后向区政府汇报``: who acts is 区督查组; 综合后向区政府 is what it does, no part of a name."""
    x = read("hv_guangdong_sanshui_gzrw2007")
    assert roles(having(x, "由区督查组综合后向区政府汇报"))["responsible"] == ["区督查组"]
    assert not marks.is_unit("区督查组综合后向区政府")


def test_an_enumerated_measure_whose_next_sentence_opens_with_units() -> None:
    """``二是调查摸底，建立台帐。各区县政府和地区管委会对辖区…进行…排查``: the units opening the sentence after the
    measure's title act, without 要; a sentence opening with a date or a verb names nobody."""
    x = read("hz7_beijing_bairizhengzhi2010_p2")
    assert roles(having(x, "二是调查摸底"))["responsible"] == ["各区县政府", "地区管委会"]
    assert "市百日整治行动领导小组办公室" in roles(having(x, "四是加强宣传"))["responsible"]
    assert marks.opening_units("4月下旬市政府组织召开一次流动现场会", 0) is None
    assert marks.opening_units("全市各级干部要认真学习", 0) is None


def test_a_leader_in_a_clause_and_a_role_before_its_unit() -> None:
    """``任务分工：吕某某副省长负责，省农委总牵头。``: the vice-governor is a leader, 省农委 leads; ``由包片单位县气象局
    负责清除``: the unit after its role (包片单位) is the one; 县委党校 is a unit of its own in a list."""
    mark = marks.clause_list("吕维峰副省长负责，省农委总牵头。", 0)
    assert mark is not None and mark.leaders == ["吕维峰"]
    assert [(f.mention, f.role) for f in mark.found] == [("省农委", "lead")]
    found = marks.unit_names("陈家坝沿线包片单位县职教中心、县委党校、县供销社", 0, "responsible")
    assert found is not None and [f.mention for f in found] == ["县职教中心", "县委党校", "县供销社"]


def test_a_unit_heading_with_an_alias_in_brackets() -> None:
    """``（二）地、州、市人民政府（行署）`` / ``1.…``: the alias after the name does not hide its ending."""
    x = snippet("一、工作职责及任务分工\n（二）地、州、市人民政府（行署）\n"
                "1.成立创建平安畅通县领导小组，建立健全议事制度。（2006年7月底前完成）\n"
                "2.依据道路交通安全规划，制定本地道路交通安全规划。（2006年年底前完成）\n")
    assert roles(having(x, "制定本地道路交通安全规划"))["responsible"] == ["地、州、市人民政府（行署）"]
    assert marks.heading_unit("赣州市（本级）", 0) == []


def test_a_notice_ends_at_its_signature_and_no_later_role_line_closes_it() -> None:
    """The notice's own items (``二、…。各部门、各单位要…``) end at its signature and date: the first role line of
    the plan after it (``主要责任单位：X``) is that plan item's, never the notice's; a label line (``整改措施：``)
    greets nobody."""
    x = snippet("关于印发分工方案的通知\n各镇人民政府，各街道办事处：\n现印发给你们，并就有关事项通知如下：\n"
                "一、狠抓工作落实。各部门、各单位要按照原则将重点工作进行分解，逐项制定落实方案。\n"
                "某某区人民政府办公室\n2023年3月3日\n重点工作分工方案\n一、主要预期目标\n"
                "1.地区生产总值比上年增长4.5%以上。\n牵头领导：常务副区长\n主要责任单位：区发展改革委\n")
    assert roles(having(x, "狠抓工作落实"))["responsible"] == ["各部门", "各单位"]
    assert roles(having(x, "地区生产总值比上年增长"))["responsible"] == ["区发展改革委"]
    assert not marks.addressees("整改措施：")


@pytest.mark.parametrize(
    "phrase", ["2022年县政府", "2.落实党政机关过紧日子的要求", "对毕业5年内处", "为贯彻落实《国务院"])
def test_a_date_a_number_or_a_purpose_clause_is_no_unit(phrase: str) -> None:
    """A unit name never opens with a year or an item number, never holds a time span, never is a purpose
    clause; ``6个督察工作组`` and a name with a year in quotes stay units."""
    assert not marks.is_unit(phrase)
    assert marks.is_unit("6个督察工作组") and marks.is_unit("区“2008”环境建设指挥部办公室")


def test_the_body_a_notice_sets_up_does_the_duties_of_its_duty_section() -> None:
    """``…成立农村牧区道路交通安全管理办公室（简称交管办）`` / ``三、工作职责`` / ``（一）制定…``: the items are the
    body's, by the short name the notice gives it; an item naming its own unit keeps it."""
    x = read("hu_neimenggu_etkq_jiaoguanban")
    assert roles(having(x, "建立本行政区内机动车及驾驶人员信息台账"))["responsible"] == ["交管办"]
    y = snippet("各村委会：\n特成立镇文明交通行动领导小组，明确工作职责。\n一、成立领导小组\n组 长：李某某\n"
                "二、明确工作职责\n1、协调全镇交通安全工作的正常运转，形成合力做好交通安全综合治理。\n"
                "2、镇派出所：负责辖区道路巡逻管控工作。\n")
    assert roles(having(y, "协调全镇交通安全工作"))["responsible"] == ["领导小组"]
    assert roles(having(y, "负责辖区道路巡逻管控"))["responsible"] == ["镇派出所"]
