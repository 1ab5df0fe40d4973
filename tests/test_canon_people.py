"""Canonical names that hang on the plan's place (issue 9, names9): a person's name never votes for a place,
an autonomous region writes 自治区 for itself, a committee one plan names is no other plan's, a committee's name
keeps its quotes, a province's own name for a department holds for its bare system name too."""

from __future__ import annotations

from polkg.graph.resolve import Context, Resolver
from polkg.loaders import metadata
from tests.helpers import annotated_file


def test_a_persons_name_in_a_signature_names_no_place() -> None:
    """责任人：王西宁 is a person: the 杨凌示范区's target book is no plan of 西宁市."""
    doc = annotated_file("hv_shaanxi_yangling_swj_zrs2019")
    assert doc.jurisdiction != "西宁市"
    text = "示范区水务局2019年度目标责任书\n工作任务：建成水生态文明城市。\n责任人：王西宁"
    assert metadata.jurisdiction("示范区水务局目标责任书", None, None, text) is None
    assert metadata.jurisdiction("目标责任书", None, None, "请王西宁同志负责。\n") is None


def test_people_are_blanked_not_their_labels() -> None:
    s = "责任人：王西宁  副县长钟宇龙要求，李西宁同志牵头；西宁市水务局"
    out = metadata.without_people(s)
    assert len(out) == len(s)
    assert "西宁" not in out.removesuffix("西宁市水务局") and out.endswith("西宁市水务局")
    assert out.startswith("责任人：") and "副县长" in out and "同志牵头" in out


def test_an_autonomous_region_writes_its_own_level_word() -> None:
    """自治区人民政府 in the issuer of a 新疆 notice that names 伊犁哈萨克自治州 and 新疆维吾尔自治区."""
    doc = annotated_file("hu_xinjiang_pinganchangtong2006")
    assert doc.jurisdiction == "新疆维吾尔自治区"
    assert Resolver().resolve_unit("自治区人民政府", Context(level=doc.level, jurisdiction=doc.jurisdiction)) \
        .canonical == "新疆维吾尔自治区人民政府"
    # the bare word is no place of its own
    assert not metadata.was_a_place("自治区")


def test_a_committee_one_plan_named_is_no_other_plans() -> None:
    """Two plans of no known place: the second's 领导小组 is the one it sets up, not the first's."""
    resolver = Resolver()
    first = Context(issuer="某局党组")
    assert resolver.resolve_unit("学习实践活动领导小组", first).canonical == "学习实践活动领导小组"
    second = Context(committees=("民众镇实施文明交通行动计划领导小组",))
    assert resolver.resolve_unit("领导小组", second).canonical == "民众镇实施文明交通行动计划领导小组"
    # a third plan that sets up none does not know which 领导小组
    assert resolver.resolve_unit("领导小组", Context(year=2010)).canonical == "领导小组"


def test_a_committees_name_keeps_its_quotes() -> None:
    text = "镇政府决定成立民众镇实施“文明交通行动计划”领导小组，由镇长任组长。成立“厕所革命”指挥部。"
    assert metadata.committees(text) == ["民众镇实施“文明交通行动计划”领导小组", "“厕所革命”指挥部"]


def test_beijings_transport_department_is_its_commission() -> None:
    """北京 names its 交通 department 交通委员会: a bare 市交通 in a 北京 plan is it, as 市交通委 is."""
    resolver = Resolver()
    beijing = Context(level="province", jurisdiction="北京市", year=2017)
    assert resolver.resolve_unit("市交通", beijing).canonical == "北京市交通委员会"
    assert resolver.resolve_unit("市交通委", beijing).canonical == "北京市交通委员会"
    assert resolver.resolve_unit("市交通", Context(level="province", jurisdiction="天津市", year=2017)).canonical \
        == "天津市交通运输局"


def test_a_body_a_notice_sets_up_is_named_by_its_short_name() -> None:
    """成\\n立农村牧区道路交通安全管理办公室(简称交管办): the notice's 交管办 is that office, its lines broken
    anywhere."""
    doc = annotated_file("hu_neimenggu_etkq_jiaoguanban")
    assert doc.short_names == {"交管办": "农村牧区道路交通安全管理办公室"}
    ctx = Context(level=doc.level, jurisdiction=doc.jurisdiction, short_names=tuple(doc.short_names.items()))
    assert Resolver().resolve_unit("交管办", ctx).canonical == "农村牧区道路交通安全管理办公室"
    text = "经研究，县政府决定成立县创建国家卫生县城工作指挥部（以下简称“创卫指挥部”）。"
    assert metadata.short_names(text) == {"创卫指挥部": "县创建国家卫生县城工作指挥部"}
    fangxian = Context(level="district", jurisdiction="房县", short_names=tuple(metadata.short_names(text).items()))
    assert Resolver().resolve_unit("创卫指挥部", fangxian).canonical == "房县创建国家卫生县城工作指挥部"


def test_a_news_lead_names_the_issuer_of_the_plan_it_reports() -> None:
    """新华社…电 据中国政府网报道，國務院辦公廳日前印發《…分工方案》: a national plan, its 发展改革委 the state's."""
    doc = annotated_file("ho_national_gwyb_gansu2010")
    assert doc.issuer == "国务院办公厅" and doc.level == "national"
    ctx = Context(level=doc.level, jurisdiction=doc.jurisdiction, issuer=doc.issuer)
    assert Resolver().resolve_unit("能源局", ctx).canonical == "国家能源局"
    assert metadata.reported_issuer("本报讯 近日，县政府办公室印发《县城乡环境整治方案》。") == "县政府办公室"
    assert metadata.reported_issuer("县政府近日召开会议，部署环境整治工作。") is None
