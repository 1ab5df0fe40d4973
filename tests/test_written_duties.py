"""The units a task's own text names as actors (issue 8: written duties), read on real plans of tests/realworld.

Each case is a shape of how Chinese plans name who acts, seen in a real document: a clause's subject before a duty
word (with a duty word inside a unit's name passed over), a bare unit bracket closing a sentence mid-item, a clause
saying outright that a unit leads or helps in a task that has units already; and the positions that never name an
actor (a reported action, the issuer issuing its notice, a measure opening with a verb)."""

from __future__ import annotations

from tests.helpers import having, read, roles, snippet


def test_group_with_a_date_after_it_is_the_subject() -> None:
    """``…落实情况，各牵头单位分别于2022年4月10日…前报送`` (分别 then 于): the lead units report."""
    t = having(read("hx_guangdong_gzbg2022_tz"), "各牵头单位分别于2022年4月10日")
    assert roles(t)["responsible"] == ["各牵头单位"]


def test_subject_after_a_directive_clause() -> None:
    """``要严格督导问责，省厅将常态化明察暗访``: the clause after the directive opens with its subject and 将."""
    t = having(read("hz9_guizhou_zrzy_diaodu2026"), "省厅将常态化明察暗访")
    assert roles(t)["responsible"] == ["省厅"]


def test_lead_said_outright_joins_a_task_with_units() -> None:
    """``由區管委會辦公室牽頭，會同區委組織部…組成督查組``: the lead joins the units the task already has."""
    t = having(read("hq_guangdong_dayawan_ducha2018"), "由區管委會辦公室牽頭")
    assert "區管委會辦公室" in roles(t)["lead"]


def test_partners_after_a_lead_assist_under_their_whole_names() -> None:
    """``由X牽頭，會同區委組織部、區監察局組成督查組``: the partners assist, 組織 inside 區委組織部 ending no name."""
    t = having(read("hq_guangdong_dayawan_ducha2018"), "由區管委會辦公室牽頭")
    assert roles(t)["assist"] == ["區委組織部", "區監察局"]


def test_bare_bracket_closes_its_sentence_mid_item() -> None:
    """``…成因排查…。（省生態環境廳）落實耕地分類管理制度…。（省農業農村廳）``: each bracket names the units of the
    sentences since the one before it, as a bracket ending the item does."""
    x = read("he_hunan_spaq2023")
    assert roles(having(x, "加強耕地土壤污染源頭防控"))["responsible"] == ["省生態環境廳"]
    assert roles(having(x, "落實耕地分類管理制度"))["responsible"] == ["省農業農村廳"]


def test_group_acting_on_an_object() -> None:
    """``各区对入户经营的流动商贩，可适当减免相关税费``: the group before 对 acts on what follows it."""
    t = having(read("he_xinjiang_urumqi_minsheng2011_p5"), "各区对入户经营的流动商贩")
    assert roles(t)["responsible"] == ["各区"]


def test_duty_word_inside_a_name_is_passed_over() -> None:
    """应 of 应急管理局 is no modal: the whole list before 联合 / 按照 acts (an item as safety plans write it)."""
    x = snippet(
        "某区2024年安全生产工作要点\n\n一、工作任务\n"
        "1.加强宣传教育。区委宣传部、区融媒体中心、区应急局联合开展“安全生产月”活动。\n"
        "2.加强危化品运输管理。区交通运输局、区公安分局、区应急局按照各自职责，加强危化品运输全过程监管。\n"
    )
    assert roles(having(x, "安全生产月"))["responsible"] == ["区委宣传部", "区融媒体中心", "区应急局"]
    assert roles(having(x, "危化品运输全过程"))["responsible"] == ["区交通运输局", "区公安分局", "区应急局"]


def test_helper_sentence_joins_the_duty_before_it() -> None:
    """``…省食安办负责组织考核…。省委督查室、省政府督查室配合做好督查。``: the helpers assist that duty."""
    x = snippet(
        "某省2023年食品安全工作要点\n\n一、重点工作\n"
        "（一）完善追溯体系。省市场监管局负责建设食品追溯平台。\n"
        "（二）强化督查考核。省食安办负责组织考核，考核结果报省政府。省委督查室、省政府督查室配合做好督查。\n"
    )
    r = roles(having(x, "强化督查考核"))
    assert r["responsible"] == ["省食安办"]
    assert r["assist"] == ["省委督查室", "省政府督查室"]


def test_report_of_what_was_done_names_no_actor() -> None:
    """``近期，县政府督查室对…开展了专项督查，现通报如下。``: 了 reports a past inspection, no duty."""
    t = having(read("hw_shaanxi_ziyang_cwhy_tongbao2022"), "开展了专项督查")
    assert t.units == []


def test_measure_opening_with_a_verb_names_no_unit() -> None:
    """``足额落实市属高校中西部协作计划``: 落实 makes the words a measure, not a unit ending in 部 that 协作s."""
    t = having(read("hz7_tianjin_gzbg2021_rwfg"), "足额落实市属高校中西部协作计划")
    assert t.units == []


def test_issuer_issuing_its_notice_is_no_duty() -> None:
    """``宜春市人民政府印發宜春市碳達峰實施方案的通知，通知指出，…``: the issuer's own words, no actor of the
    measures."""
    t = having(read("he_jiangxi_yichun_tdf2023"), "充分挖掘可再生資源潛力")
    assert "宜春市人民政府" not in [u.mention for u in t.units]


def test_places_and_zones_before_a_modal_each_own_their_sentence() -> None:
    """``临平新城要…。余杭经济技术开发区要…。未来科技城要…``: a zone or new town before a modal acts (its managing
    body), and a list of such sentences is one duty each, the next zone's name never leaking into the one before."""
    x = snippet(
        "余杭区2024年城市建设工作要点\n\n一、主要任务\n"
        "临平新城要围绕打造现代化新城，加快基础设施建设。余杭经济技术开发区要对标国家级开发区，提升产业能级。"
        "未来科技城要聚焦数字经济，加快项目落地。\n"
    )
    assert roles(having(x, "围绕打造现代化新城"))["responsible"] == ["临平新城"]
    assert roles(having(x, "对标国家级开发区"))["responsible"] == ["余杭经济技术开发区"]
    assert roles(having(x, "聚焦数字经济"))["responsible"] == ["未来科技城"]


def test_town_and_other_modals() -> None:
    """``北大湖镇还发动群众…``, ``各省（区、市）可参照…``: 还 and 可 are modals; a town before one is its subject."""
    x = snippet(
        "某县2024年环境整治工作方案\n\n一、工作措施\n"
        "（一）发动群众。北大湖镇还发动群众开展环境整治。\n"
        "（二）建立组织架构。各省（区、市）可参照国家层面的组织架构，建立工作机制。\n"
    )
    assert roles(having(x, "北大湖镇还发动群众"))["responsible"] == ["北大湖镇"]
    assert roles(having(x, "可参照国家层面"))["responsible"] == ["各省（区、市）"]


def test_units_listed_before_their_post_act() -> None:
    """``县气象局、…县公安局交警大队等部门分管负责同志要…``: the listed units are the subject (the post their leader);
    one unit's own leaders (``市政府负责领导要…``) are people, no unit."""
    x = snippet(
        "某县2024年防汛工作方案\n\n一、工作措施\n"
        "（一）强化防汛会商。每日召开会商会议。县气象局、县水文局、县公安局交警大队等部门分管负责同志要参加会商。\n"
        "（二）强化调度。市政府负责领导要针对重点任务抓好工作调度。\n"
    )
    t = having(x, "分管负责同志要参加会商")
    assert roles(t)["responsible"] == ["县气象局", "县水文局", "县公安局交警大队"]
    assert t.leaders == ["分管负责同志"]
    assert having(x, "抓好工作调度").units == []


def test_article_subject_with_a_gloss() -> None:
    """``第二条 本市各级行政执法机关（包括法律法规授权的组织）负责…``: an article opens a clause; the bracket says what
    the name covers."""
    x = snippet(
        "某市行政执法责任制实施办法\n\n"
        "第一条 为了规范行政执法行为，制定本办法。\n"
        "第二条 本市各级行政执法机关（包括法律法规授权的组织）负责本部门行政执法责任制的实施。\n"
    )
    assert roles(having(x, "负责本部门行政执法责任制"))["responsible"] == ["本市各级行政执法机关"]


def test_kinds_of_place_and_recipients_are_no_subjects() -> None:
    """``中心城区还…``, ``有条件的地区可…``: a kind of place before a modal is a topic, no unit; the recipient after 向
    and a unit inside 《…》 never act."""
    x = snippet(
        "某市2024年城市更新工作要点\n\n一、主要任务\n"
        "（一）推进更新。中心城区还加快老旧小区改造。\n"
        "（二）因地制宜。有条件的地区可先行开展试点。\n"
        "（三）报送情况。各单位要向市住建局报送进展，认真落实《市住建局关于加强城市更新的通知》。\n"
    )
    assert having(x, "加快老旧小区改造").units == []
    assert having(x, "先行开展试点").units == []
    assert roles(having(x, "报送进展"))["responsible"] == ["各单位"]


def test_body_setting_up_its_office_and_the_plan_carried_out_by_a_unit() -> None:
    """``领导小组下设办公室``: the body acts; ``本计划由X会同Y组织实施``: 本计划由 is no part of X's name."""
    x = snippet(
        "某省大气污染防治行动计划\n\n一、主要任务\n（一）推进治理。加强燃煤锅炉整治。\n二、保障措施\n"
        "（一）组织协调机构。成立工作领导小组，领导小组下设办公室，负责日常工作。\n"
        "（二）组织实施。本计划由省生态环境厅会同省发展改革委组织实施。\n"
    )
    assert roles(having(x, "领导小组下设办公室"))["responsible"] == ["工作领导小组"]
    assert "省生态环境厅" in roles(having(x, "本计划由"))["responsible"]


def test_the_plans_own_place_names_no_unit() -> None:
    """``广东省企石镇…项目建设`` then ``企石镇将进一步加强领导``: the town the plan is about speaks of itself (as 我镇
    would): an orphan, while another place a plan names before a modal acts."""
    t = having(read("hq_guangdong_qishi_zdxm2019"), "企石镇将进一步加强领导")
    assert t.units == []
