"""Meeting reports and news relays (issue 8): the requirements a meeting sets (会议要求，一是各村要…) are the duties
of the group each names as its subject; the units of the meeting's narrative (who held, chaired, attended or
reported) are no actors of them."""

from __future__ import annotations

from pathlib import Path

from polkg.loaders import engine, marks
from polkg.loaders.text import view

REALWORLD = Path(__file__).resolve().parent / "realworld"


def _subject(s: str) -> marks.Mark | None:
    """The subject the engine reads: through the normalised view (full-width punctuation), as ``read`` does."""
    return marks.subject(view(s), 0)


def _units(text: str, needle: str) -> list[tuple[str, str]]:
    x = engine.read(text, "doc")
    task = next(t for t in x.tasks if needle in t.text)
    return [(u.mention, u.role) for u in task.units]


def test_a_reported_requirement_then_a_point_keeps_the_points_subject() -> None:
    mark = _subject("会议要求,一是各村要充分发挥职能作用,积极参加扫黑除恶工作。")
    assert mark is not None and [f.mention for f in mark.found] == ["各村"]
    mark = _subject("会议强调，首先，各乡镇要加强领导。")
    assert mark is not None and [f.mention for f in mark.found] == ["各乡镇"]


def test_who_held_the_meeting_owns_none_of_its_points() -> None:
    text = (REALWORLD / "hz11_henan_yucheng_shaogang_saohei.txt").read_text(encoding="utf-8")
    assert _units(text, "一是各村要充分发挥职能作用") == [("各村", "responsible")]
    assert _units(text, "二是要认真学习贯彻") == []
    assert _units(text, "三是全面深入摸排") == []


def test_a_line_saying_who_does_the_item_above_closes_it() -> None:
    # hz11_tianjin_minxin_gongre: each measure, then 此项工作由X负责组织，Y…具体实施。 on a line of its own
    text = (REALWORLD / "hz11_tianjin_minxin_gongre.txt").read_text(encoding="utf-8")
    x = engine.read(text, "doc")
    task = next(t for t in x.tasks if "全年新增住宅供热面积800万平方米" in t.text)
    assert [u.mention for u in task.units] == ["市建委", "市国土房管局", "燃气集团", "自来水集团", "各区人民政府"]
    assert {u.role for u in task.units} == {"responsible"}
    assert not [t for t in x.tasks if t.text.startswith("此项工作")]


def test_the_matter_then_who_does_it_is_a_duty_not_a_mark() -> None:
    # 区直项目由区直主管部门负责组织；市属项目由各市人民政府负责组织。 (hz9_guangxi_xinkaigong2005): two duties
    assert marks.clause_list("市属项目由各市人民政府负责组织", 0) is None
    assert marks.attribution_line("此项工作由市市容委、市市政公路局负责组织,各相关区人民政府具体实施。", 0) is not None


def test_a_date_in_figures_closing_the_page_signs_it() -> None:
    # hz11_shandong_guanxian_hehu_zhize ends 冠县水利局 / 2023-04-27: the issuer signs, it acts in no item
    text = (REALWORLD / "hz11_shandong_guanxian_hehu_zhize.txt").read_text(encoding="utf-8")
    x = engine.read(text, "doc")
    assert not [t.text for t in x.tasks if any(u.mention == "冠县水利局" for u in t.units)]


def test_a_subject_bearing_a_responsibility_outright() -> None:
    mark = _subject("河道管护部门负河道管护的主体责任,负责实施除乡镇(街道)管护内容以外的其他管护内容。")
    assert mark is not None and [f.mention for f in mark.found] == ["河道管护部门"]


def test_a_speaker_or_a_list_of_requirements_owns_no_point() -> None:
    # hz11_ningxia_hongsibu_cesuo2023: X局副局长某某同志安排下一步工作，重点强调三个方面内容。一是…
    text = (REALWORLD / "hz11_ningxia_hongsibu_cesuo2023.txt").read_text(encoding="utf-8")
    assert _units(text, "一是扎实推进农村厕所改造") == []
    assert _units(text, "二是扎实推进问题厕所整改工作") == []
    # hq_shaanxi_qianyang_xuncha_huitoukan: 各督导组向…反馈，提出了整改时限和要求。一是…二是…
    text = (REALWORLD / "hq_shaanxi_qianyang_xuncha_huitoukan.txt").read_text(encoding="utf-8")
    assert ("各督导组", "responsible") not in _units(text, "二是强化“三单”管理")


def test_a_measure_naming_nobody_goes_on_to_its_unit() -> None:
    # 三是建立管理机制，实行问题销号。依托…管理。各乡(镇)于每月25日前…报送…: one measure, the townships'
    text = (REALWORLD / "hz11_ningxia_hongsibu_cesuo2023.txt").read_text(encoding="utf-8")
    assert _units(text, "三是建立管理机制") == [("各乡(镇)", "responsible")]


def test_who_attended_or_reported_is_news() -> None:
    said = ["农业农村局、乡村振兴局、生态环境分局、住建交通局、卫生健康局、各乡(镇)分管领导参加此次会议。",
            "各乡(镇)负责人就农村新建卫生厕所和“回头看”问题厕所整改情况作了汇报。",
            "会议听取了市发改委关于全市重点项目建设情况的汇报。"]
    assert [s for s in said if not marks.meeting_report(s)] == []
    assert not marks.meeting_report("各乡镇要就整改情况按月作出汇报。")


def test_works_listed_by_who_leads_them_are_each_its_leads() -> None:
    # hz11_sichuan_hhz2021_zongling1: …，即水利部門牽頭的…；“9”，即生態環境部門牽頭的…，住房城鄉建設部門牽頭的…
    text = (REALWORLD / "hz11_sichuan_hhz2021_zongling1.txt").read_text(encoding="utf-8")
    assert _units(text, "水利部門牽頭的水資源管理") == [("水利部門", "lead")]
    assert _units(text, "林草部門牽頭的河道岸線") == [("林草部門", "lead")]


def test_a_group_opening_a_sentence_is_its_subject_modal_or_not() -> None:
    said = {"各地各部门年底前要提交专题报告。": ["各地各部门"],
            "75、相关部门尽快提出新建市场选址和用地意见。": ["相关部门"],
            "各区在10个工作日内提出意见。": ["各区"],
            "各村(社区)提前掌握属地内秸秆存量。": ["各村（社区）"],
            "各区县政府和地区管委会对辖区突出问题进行摸底。": ["各区县政府", "地区管委会"]}
    for s, units in said.items():
        mark = _subject(s)
        assert mark is not None and [f.mention for f in mark.found] == units, s
    # a group the sentence is only about, or whose name goes on in a list, is no subject of its own
    assert _subject("各地区的经验要认真总结。") is None
    listed = _subject("各省级住房城乡建设(水务)、环境保护部门要会同水利、农业等部门抓紧指导")
    assert listed is None or "各省级住房城乡" not in [f.mention for f in listed.found]


def test_a_release_note_under_a_signature_signs_it() -> None:
    # hd_xinjiang_wenquan_rjhj_dafu ends 联系人… / 温泉县农业农村局 / (此件公开发布): the issuer signs
    text = (REALWORLD / "hd_xinjiang_wenquan_rjhj_dafu.txt").read_text(encoding="utf-8")
    assert ("温泉县农业农村局", "responsible") not in _units(text, "三是加强监督与宣传")


def test_a_measure_opening_with_how_hard_names_no_unit() -> None:
    assert _subject("二是严厉打击项目区违规放牧行为。") is None


def test_minutes_approving_a_units_document_give_it_the_further_work() -> None:
    s = ("会议原则通过由市统计局提出的《常州市党政领导干部防范和惩治统计造假弄虚作假责任制实施细则》,"
         "作进一步修改完善后提请市委常委会审议。")
    mark = _subject(s)
    assert mark is not None and [f.mention for f in mark.found] == ["市统计局"]
    # approving alone asks the proposer nothing
    assert _subject("会议原则同意县卫生和计划生育局提出的迎接国家卫生县城复审工作任务分解方案。") is None


def test_a_unit_providing_funds_acts() -> None:
    mark = _subject("县财政安排县卫计局迎复审工作经费50万元。")
    assert mark is not None and [f.mention for f in mark.found] == ["县财政"]


def test_units_sending_staff_to_a_lead_units_team_assist() -> None:
    # hd_hainan_guoqing_lvyou2021: 由X牽頭，Y、Z等單位派人員參加督導工作組，…
    text = (REALWORLD / "hd_hainan_guoqing_lvyou2021.txt").read_text(encoding="utf-8")
    units = _units(text, "會議明確,由海南省旅游和文化廣電體育廳牽頭")
    assert units[0] == ("海南省旅游和文化廣電體育廳", "lead")
    assert ("省公安廳", "assist") in units and ("省農業農村廳", "assist") in units


def test_units_then_the_date_they_act_by() -> None:
    said = [("韶关市2023年年底前建成乐昌市第二污水处理厂。", "韶关市"), ("市住建局2023年底前完成改造。", "市住建局")]
    for s, unit in said:
        mark = _subject(s)
        assert mark is not None and [f.mention for f in mark.found] == [unit], s
    assert _subject("全市2023年底前完成改造。") is None


def test_minutes_approving_a_document_and_naming_who_issues_it() -> None:
    text = ("县政府召开第12次常务会议\n3月5日，县长李某某主持召开县政府第12次常务会议。\n"
            "会议审议通过了《某县安全生产专项整治三年行动方案》，由县应急局按程序印发实施。\n")
    assert _units(text, "会议审议通过了《某县安全生产") == [("县应急局", "responsible")]


SPEECH = ("全市安全生产工作会议召开\n"
          "会议强调，各地各部门要充分认识安全生产工作的重要性。要强化组织领导，各乡镇要成立工作专班，县应急局要加强统筹"
          "协调。要压实属地责任，各乡镇是安全生产工作的责任主体，主要负责同志是第一责任人。\n")


def test_a_directive_clause_belongs_to_the_subject_after_it() -> None:
    # 要强化组织领导，各乡镇要…: the directive opens the townships' duty, not the sentence before
    assert _units(SPEECH, "要强化组织领导") == [("各乡镇", "responsible")]
    assert "要强化组织领导" not in next(t.text for t in engine.read(SPEECH, "doc").tasks if "充分认识" in t.text)
    # 要压实属地责任，各乡镇是…的责任主体: the units named in charge
    assert _units(SPEECH, "要压实属地责任") == [("各乡镇", "responsible")]


def test_who_met_clause_by_clause_is_news() -> None:
    assert marks.meeting_report("副市长刘某某出席会议并讲话，市农业农村局局长赵某主持会议。")
    assert not marks.meeting_report("副市长刘某某出席会议并讲话，各乡镇要认真落实。")


def test_no_unit_name_holds_a_body_formed_or_a_person_named() -> None:
    mark = _subject("县林业局牵头，会同县应急局、县公安局组成检查组，对各乡镇开展检查。")
    assert mark is not None and [f.mention for f in mark.found] == ["县林业局", "县应急局", "县公安局"]
    mark = _subject("请各乡镇明确一名联络员，于11月5日前报县森林防火指挥部办公室。")
    assert mark is not None and [f.mention for f in mark.found] == ["各乡镇"]


def test_what_an_inspection_checks_is_no_groups_duty() -> None:
    assert _subject("各乡镇森林防火责任制落实情况，扑火队伍建设和物资储备情况。") is None


def test_an_inspection_reports_findings_about_units_not_their_duties() -> None:
    assert _subject("城关镇、新集镇组织有力，成效明显。") is None
    assert _subject("一是个别乡镇重视不够，巡查不到位。") is None


def test_lists_apart_by_commas_before_any_modal_are_one_subject() -> None:
    mark = _subject("4月起,全市54个街道,各县区政府所在地城镇必须全面开展垃圾分类整体推进工作。")
    assert mark is not None and [f.mention for f in mark.found] == ["全市54个街道", "各县区政府所在地城镇"]


def test_a_subject_then_one_singled_out_of_it() -> None:
    # he_gansu_lanzhou_ljfl2020: …，各成员单位，特别是各行业监管部门，都要加大政策保障…
    mark = _subject("各成员单位,特别是各行业监管部门,都要加大政策保障。")
    assert mark is not None and [f.mention for f in mark.found] == ["各成员单位", "各行业监管部门"]
    text = (REALWORLD / "he_gansu_lanzhou_ljfl2020.txt").read_text(encoding="utf-8")
    both = [("各成员单位", "responsible"), ("各行业监管部门", "responsible")]
    assert _units(text, "各成员单位,特别是各行业监管部门") == both


def test_a_meeting_requiring_groups_names_them() -> None:
    mark = _subject("会议要求各乡镇、各有关部门要克服麻痹思想，切实做好防汛准备。")
    assert mark is not None and [f.mention for f in mark.found] == ["各乡镇", "各有关部门"]


NEWS = ("城关镇扎实推进人居环境整治工作\n"
        "今年以来，城关镇坚持把农村人居环境整治作为乡村振兴的重要抓手，多措并举推进整治工作。\n"
        "一是强化组织领导。成立工作领导小组，形成一级抓一级的工作格局。\n"
        "二是加大宣传力度。通过村村响、微信群等方式宣传，引导群众积极参与。\n"
        "三是严格督查考核。镇纪委每周对各村进行暗访督查，结果纳入年度考核。\n")


def test_a_township_reported_acting_owns_its_measures_on_lines_of_their_own() -> None:
    assert _units(NEWS, "一是强化组织领导") == [("城关镇", "responsible")]
    assert _units(NEWS, "二是加大宣传力度") == [("城关镇", "responsible")]
    assert _units(NEWS, "三是严格督查考核") == [("镇纪委", "responsible")]  # a measure naming its own unit keeps it


def test_a_finding_or_a_meeting_owns_no_measures_below_it() -> None:
    # hz11_neimenggu_huhehaote_ducha2024: (4)…问题整治不彻底。周边地区出现建筑垃圾…堆存点。 / 一是制定并严格落实…
    text = (REALWORLD / "hz11_neimenggu_huhehaote_ducha2024.txt").read_text(encoding="utf-8")
    assert _units(text, "一是制定并严格落实《建筑垃圾处置") == []
    # he_hunan_yueyangxian_cwhy21: 会议原则同意…方案，… / 一是要… (a meeting's musts)
    text = (REALWORLD / "he_hunan_yueyangxian_cwhy21.txt").read_text(encoding="utf-8")
    assert _units(text, "二是要进一步浓厚迎复审工作氛围") == []


def test_a_unit_qualifying_whom_a_measure_is_for_is_no_subject() -> None:
    assert _subject("二是赛罕区采用燃煤火炉取暖的300余户居民,符合改造条件的,2024年12月底前完成改造。") is None
    mark = _subject("一是城关镇加强巡查。")
    assert mark is not None and [f.mention for f in mark.found] == ["城关镇"]


def test_groups_addressed_before_a_colon_own_the_musts_after_it() -> None:
    text = ("全县禁毒工作会议召开\n"
            "会议要求各乡镇、各有关部门：一要提高认识，加强领导；二要突出重点，强化打击；三要压实责任，严格考核。\n")
    both = [("各乡镇", "responsible"), ("各有关部门", "responsible")]
    assert _units(text, "一要提高认识") == both
    assert _units(text, "三要压实责任") == both


def test_the_unit_charged_acts_not_the_one_charging() -> None:
    mark = _subject("针对督察反馈的问题，县政府已责成县农业农村局牵头制定整改方案。")
    assert mark is not None and [(f.mention, f.role) for f in mark.found] == [("县农业农村局", "lead")]
    mark = _subject("市政府要求各区于月底前完成排查。")
    assert mark is not None and [f.mention for f in mark.found] == ["各区"]


MINUTES = ("县政府第8次常务会议纪要\n一、关于城区停车场建设有关问题\n"
           "会议听取了县住建局关于城区停车场建设情况的汇报，原则同意县住建局提出的建设方案，请县住建局按照会议意见修改完善后"
           "组织实施。所需资金由县财政统筹解决。\n")


def test_minutes_approving_a_plan_charge_its_proposer_and_fund_it() -> None:
    assert _units(MINUTES, "原则同意县住建局提出的建设方案") == [("县住建局", "responsible")]
    assert _units(MINUTES, "所需资金由县财政统筹解决") == [("县财政", "responsible")]
    # who reported to the meeting is news, no task of its own
    assert not [t for t in engine.read(MINUTES, "doc").tasks if t.text.startswith("会议听取了")]


def test_a_unit_told_to_play_the_leading_role_leads() -> None:
    mark = _subject("市发改委要发挥牵头作用，拉出任务清单，列出推进计划。")
    assert mark is not None and [(f.mention, f.role) for f in mark.found] == [("市发改委", "lead")]
