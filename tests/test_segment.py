"""Segmentation into items (issue 8): every obligation a plan states is found as one task, whatever way the plan
enumerates it — numbered items, enumerations in running prose (一是/一要/二是要), directives in meeting minutes
(会议要求，要…), short list items of a 实事 list. Real text from tests/realworld."""

from __future__ import annotations

import pytest

from polkg.loaders.engine import glued_items
from polkg.loaders.text import compact
from tests.helpers import having, read, roles, snippet

# ---------------------------------------------------------------- enumerations in running prose


def test_enumerated_measures_in_one_paragraph_are_tasks_of_their_own() -> None:
    """一要…。X要…。二要…。三要…: each enumerated measure is one task, its title with the sentence after it."""
    x = read("hq_hunan_gzbg2020_fgyj_tz")
    first = having(x, "一要主动担当作为。各部门一把手要亲自抓")
    assert "二要" not in first.text
    assert roles(first)["responsible"] == ["各部门"]
    second = having(x, "二要务求工作实效")
    assert "三要" not in second.text and "各部门一把手" not in second.leaders


def test_enumeration_after_a_colon_leaves_the_notice_behind() -> None:
    """…印发给你们，有关要求如下： 一要凝聚共识抓落实。…: the measure is a task, the cover line around it is not."""
    x = read("hw_jiangsu_changzhou_gzbg2023_tz")
    task = having(x, "一要凝聚共識抓落實。迅速把思想和行動")
    assert "印發" not in task.text


def test_enumerated_title_heads_the_sentence_whose_subject_acts() -> None:
    x = read("hq_shaanxi_qianyang_xuncha_huitoukan")
    task = having(x, "一是夯实整改责任。各被巡察党组织")
    assert "二是" not in task.text
    assert compact(having(x, "二是强化“三单”管理").text).startswith("二是强化")


def test_numbered_title_heads_its_first_enumerated_measure() -> None:
    """（四）大力推动重点项目建设。一是2021年计划投资…；二是…: the heading's title and 一是 are one task."""
    x = read("rw_hebei_township_keywork2021")
    assert "一是2021年计划投资" in having(x, "大力推动重点项目建设").text


def test_enumeration_under_a_unit_label_stays_that_units_one_duty() -> None:
    """（一）南康镇政府：一是负责…；二是…: a unit-first duty paragraph is one task of that unit."""
    x = read("rw_guangxi_beihai_nankang_kaiken")
    task = having(x, "南康鎮政府:一是負責配合")
    assert "二是指導督促" in task.text and roles(task)["responsible"] == ["南康鎮政府"]


def test_a_lone_enumerator_not_starting_at_one_cuts_nothing() -> None:
    x = snippet("关于加强河道巡查的通知\n各乡镇要加强巡查，及时发现问题。三是群众反映强烈的问题较多，需持续整治。\n")
    assert len(x.tasks) == 1


# ---------------------------------------------------------------- meeting minutes


def test_a_directive_title_in_minutes_heads_the_duty_after_it() -> None:
    """会议要求，要提高思想认识，推动工作落实。各县区政府…要…: the directive is the title of the units' duty."""
    x = read("hq_qinghai_haidong_jibencaoyuan2023")
    task = having(x, "要提高思想认识,推动工作落实。各县区政府、市直相关部门")
    assert roles(task)["responsible"] == ["各县区政府", "市直相关部门"]
    later = having(x, "要紧盯时间节点,推动工作落实。各县区政府要督促技术单位")  # the next directive, mid-paragraph
    assert roles(later)["responsible"] == ["各县区政府"] and "要提高思想认识" not in later.text


# ---------------------------------------------------------------- short list items


def test_short_items_of_a_list_of_practical_projects_are_tasks() -> None:
    """A 实事 list commits by counting what it adds (新增400台、完工200台; 开设40个…; 提供不少于2300场…): each
    numbered item is a task, though it opens with no verb of a plan's prose."""
    x = read("hw_shanghai_baoshan_ssxm2022")
    for words in ("既有多层住宅加装电梯新增400台", "50个小区新增电动自行车充电设施", "开设40个小学生爱心暑托班办班点",
                  "460个居村综合文化活动室提供不少于2300场文化活动"):
        having(x, words)
    # 2.50个小区…: the item's marker is 2., not the number 2.50; and 为10个老旧小区 is whom it is done for
    second = having(x, "50个小区新增电动自行车充电设施")
    assert compact(second.text).startswith("2.50个小区") and "既有多层" not in second.text
    assert not second.units


def test_a_decimal_is_no_item_marker_but_a_counted_item_is() -> None:
    from polkg.loaders.text import item_marker

    assert item_marker("2.50个小区新增电动自行车充电设施") == (5, 2)
    assert item_marker("2.100台新能源公交车投入运营") == (5, 2)
    for number in ("2.5亿元用于…", "1.5个百分点", "12.3%"):
        assert item_marker(number) is None


# ---------------------------------------------------------------- people and posts


def test_a_post_that_speaks_names_nobody() -> None:
    """宋县长要求，县交通部门要…; 卓江生镇长指出，要…: 要求 and 指出 are what the post does, never a name."""
    x = read("hq_guangxi_mengshan_jiaotong2013")
    assert "要求" not in having(x, "县交通部门要积极向上级争取项目支持").leaders
    y = read("hq_fujian_nanan_dongtian_zdxm")
    assert not {"指出", "强调"} & set(having(y, "要细化工作计划表").leaders)


def test_an_opening_attribution_names_the_leader_the_lead_and_the_helpers() -> None:
    """2、…研究项目 / 由吴继德副市长负责，市环保局牵头，相关部门配合，细化分工…: the person is the leader (never a
    unit 吴继德副市), the unit that 牵头 leads, 相关部门 assist; the heading line joined with it is the same item."""
    x = read("hz8_gansu_lanzhou_fgw_duijie")
    task = having(x, "由吴继德副市长负责,市环保局牵头")
    assert task.leaders == ["吴继德"]
    assert roles(task) == {"lead": ["市环保局"], "responsible": [], "assist": ["相关部门"]}
    first = having(x, "由杨志武副市长负责,市发改委牵头")
    assert first.leaders == ["杨志武"] and roles(first)["lead"] == ["市发改委"]


def test_who_speaks_at_or_attends_a_meeting_leads_none_of_its_duties() -> None:
    """副镇长张力、…负责人参加会议。会上，副镇长张力传达了…，指出…: the speaker and the guests are no leaders of
    what the meeting asks of others."""
    x = read("hq_hunan_lixian_linan_jinshao")
    assert "张力" not in having(x, "各村(社区)提前掌握属地内秸秆存量").leaders


def test_a_person_given_a_duty_stays_its_leader() -> None:
    """由陈某某同志任专班组长 names who leads; an onlooker rule must not drop them."""
    x = read("rw_guangxi_beihai_nankang_kaiken")
    assert "龐家偉" in having(x, "南康鎮政府:一是負責配合").leaders


def test_the_posts_a_working_body_is_set_up_under_lead_its_duty() -> None:
    """成立以办事处主任为组长，分管领导为副组长，…参加的工作专班: the posts, never 成立以办事处主任."""
    x = read("hw_unknown_jiedao_chengguan_gzyj")
    task = having(x, "做好突发性公共安全的应急工作")
    assert "办事处主任" in task.leaders
    assert not any(p.startswith("成立") for p in task.leaders)


def test_a_post_whose_head_is_a_clause_is_no_leader() -> None:
    """各责任单位要按照“一把手”负总责的要求: 一把手 is what the units follow, not a post named by its unit; but
    县政府分线领导 (a unit and a short qualifier) is one."""
    x = read("hw_hubei_wuhan_gzbg2022_tz")
    assert not any("要按照" in p for t in x.tasks for p in t.leaders)
    y = read("hw_hunan_huarong_zdgz2021_tz")
    assert "县政府分线领导" in having(y, "县政府分线领导要站在全局高度").leaders



# ---------------------------------------------------------------- sanctions


def test_a_sanction_names_whom_it_is_aimed_at_then_who_acts() -> None:
    """对工作排名靠后的部门和乡镇，由市创城指挥部进行工作约谈: one task from 对 on, the 指挥部 responsible."""
    x = read("hx_hubei_zhongxiang_chuangcheng")
    task = having(x, "对工作排名靠后的部门和乡镇,由市创城指挥部进行工作约谈")
    assert compact(task.text).startswith("对工作排名靠后") and roles(task)["responsible"] == ["市创城指挥部"]
    y = read("hw_jilin_siping_tiedong_dczg10")  # 3、对于弄虚作假，虚假整改的，由纪委给予通报批评
    assert roles(having(y, "由纪委给予通报批评"))["responsible"] == ["纪委"]


def test_a_duty_starts_at_the_clause_saying_when_it_is_done() -> None:
    """…并实施，督查工作结束后，督查室负责第一时间…通报: one task from the time clause, 督查室 responsible."""
    x = read("hq_jilin_yanji_ducha2018")
    task = having(x, "督查工作結束後,督查室負責第一時間")
    assert compact(task.text).startswith("督查工作結束後") and roles(task)["responsible"] == ["督查室"]


# ---------------------------------------------------------------- news leads and cover sentences


def test_a_news_lead_before_a_duty_is_cut_off_not_the_duty_dropped() -> None:
    """近日，…研究决定，今年将继续为民办25项实事。项目进展情况实行月报制度，…也要按期及时上报。: the lead is
    framing, the sentences after it an obligation naming nobody."""
    x = read("ho_fujian_bmbss2017")
    task = having(x, "项目进展情况实行月报制度")
    assert not compact(task.text).startswith("近日")


def test_a_speaker_quoted_in_a_news_report_leads_nothing() -> None:
    """…副厅长刘勇表示，年终未完成任务的省级有关部门和市县主要负责人要…作出说明: 刘勇 only speaks."""
    x = read("rw_hainan_bmbss2022")
    assert "刘勇" not in having(x, "年终未完成任务的省级有关部门").leaders


def test_the_heads_sentence_after_the_units_duty_is_their_own() -> None:
    """各地各部门要强化责任意识…。主要领导要亲自抓，分管领导具体抓…: the posts lead the second duty, not the first;
    but 实行县政府分线领导牵头负责制…。县政府分线领导对…要牵头抓总 stays one duty (the first names nobody)."""
    x = read("hw_jiangsu_xuzhou_gzbg2024_tz")
    assert having(x, "各地各部门要强化责任意识").leaders == []
    assert having(x, "主要领导要亲自抓,分管领导具体抓").leaders == ["主要领导", "分管领导"]
    y = read("hw_hunan_huarong_zdgz2021_tz")
    assert "县政府分线领导" in having(y, "县政府重点工作任务实行县政府分线领导牵头负责制").leaders


# ---------------------------------------------------------------- rosters and purpose clauses


def test_a_bodys_roster_leads_the_sentence_that_set_it_up() -> None:
    """…特成立民众镇实施“文明交通行动计划”领导小组… / 一、成立领导小组 / 组 长：李健华(党委委员、副镇长) / … /
    成 员：梁继军(交警民众大队) 黎炎洪(新伦村) / …: the roster is no task; its people lead the founding sentence."""
    x = read("hu_guangdong_zhongshan_minzhong_jiaotong")
    founding = having(x, "特成立民众镇实施“文明交通行动计划”领导小组")
    assert founding.leaders[:3] == ["李健华", "何毅", "李任辉"] and "黎炎洪" in founding.leaders
    assert not any(compact(t.text).startswith(("副组长", "成员", "李任辉")) for t in x.tasks)
    assert "黎炎洪" not in having(x, "领导小组办公室设在交警民众大队").leaders


def test_a_roster_line_needs_its_rank_or_a_roster_above() -> None:
    from polkg.loaders import marks

    assert marks.roster_people("组 长:李健华(党委委员、副镇长)") == ["李健华"]
    assert marks.roster_people("吴桂宽(锦标村) 黎锦枝(三墩村)") == []  # alone: no rank, no roster above
    assert marks.roster_people("吴桂宽(锦标村) 黎锦枝(三墩村)", ranked=False) == ["吴桂宽", "黎锦枝"]
    assert marks.roster_people("市发改委(牵头)", ranked=False) == []


def test_the_duty_after_a_purpose_clause_is_kept() -> None:
    """为进一步落实返乡下乡创业政策，吉林将积极打造良好的返乡创业环境。…: the purpose clause frames, the rest is
    what will be done."""
    x = read("hq_jilin_xczx2018_news")
    assert compact(having(x, "吉林将积极打造良好的返乡创业环境").text).startswith("吉林将")


def test_a_sentence_setting_up_a_body_is_a_duty_of_its_own() -> None:
    """…以督查倒逼落实。目前，企石镇成立了…工作领导小组，…袁丽群担任组长…: the heads lead the set-up, not the plan
    sentence before it."""
    x = read("hq_guangdong_qishi_zdxm2019")
    assert having(x, "企石镇将利用100天左右的时间").leaders == []
    assert {"袁丽群", "姚灿光"} <= set(having(x, "企石镇成立了推进重点工程项目建设").leaders)


# ---------------------------------------------------------------- numbered lists run together in one paragraph


def test_a_numbered_list_run_together_is_one_task_per_item_owned_by_its_intro() -> None:
    """…厦门市市政园林局牵头主办的为民办实事项目如下：28.…；29.…；43.…: each item is a task of its own (the numbers
    count up, a selection skipping some), and the unit the intro names leads each of them."""
    x = read("he_fujian_xiamen_szyl_wmbss2025")
    for words in ("28.新建、改造污水管网50公里", "31.新建、改造雨水管网30公里", "44.新建、改建生活垃圾分类屋"):
        task = having(x, words)
        assert roles(task) == {"lead": ["厦门市市政园林局"], "responsible": [], "assist": []}
    assert "29." not in having(x, "28.新建、改造污水管网").text


def test_a_run_of_parenthesised_items_is_split_at_each_marker() -> None:
    """（一）开展区“十四五”规划编制。（二）围绕…: items glued after a full stop are tasks of their own."""
    x = read("rw_shanghai_jingan_keywork2020")
    assert "（二）" not in having(x, "开展区“十四五”规划编制").text.replace("(", "（").replace(")", "）")


@pytest.mark.parametrize(
    "text",
    [
        "全年完成投资2.5亿元。3.2万户受益。",  # decimals after a stop
        "公安厅负责维护交通秩序。4.3.8 监测组负责监测。",  # a section number is a heading's
        "于3月1日前完成。2月28日前报送。",  # dates
        "新增1.2万个岗位。3个县完成改造。",  # a figure and a count
        "完成以下工作：3.开展巡查；1.报送情况。",  # numbers that do not count up are no list
        "（责任单位：县水利局。1.县林业局；2.县农业局）完成整治。",  # markers inside a bracket
    ],
)
def test_figures_after_a_stop_are_no_item_markers(text: str) -> None:
    assert glued_items(text, 0) == []


def test_glued_markers_that_count_up_cut_the_paragraph() -> None:
    text = "有关要求如下：1.加强领导；2.落实责任；3.强化督查。"
    parts = [text[p.start : p.end] for p, _ in glued_items(text, 0)]
    assert parts == ["有关要求如下：", "1.加强领导；", "2.落实责任；", "3.强化督查。"]


def test_a_speakers_list_opening_inside_its_sentence_is_split_and_owned_by_the_group_charged() -> None:
    """县政府副县长张开义要求各乡镇一要…；二要…；三是各乡镇和相关部门要…；四是要…: the list's 一 stands inside the
    sentence that charges 各乡镇; each enumerated duty is a task, 各乡镇's where it names nobody."""
    x = read("hd_sichuan_lushan_tuigeng2017")
    assert "二要" not in having(x, "一要高度重视").text
    for words in ("二要紧跟目标", "四是要加强督查督办", "五是要做好汇报统筹安排"):
        assert roles(having(x, words)) == {"lead": [], "responsible": ["各乡镇"], "assist": []}
    assert roles(having(x, "三是各乡镇和相关部门要密切配合"))["responsible"] == ["各乡镇", "相关部门"]


def test_an_enumeration_after_a_pledge_speech_is_split() -> None:
    """镇宁县委常委、常务副县长王思霖作表态发言，一是…；二是…；三是…会同县纪委…: each pledge a task, the units 三是
    works with assisting that one only; the speaker pledges each, their leader."""
    x = read("hy_guizhou_zhenning_zuzutong2018")
    first = having(x, "一是立即将此次会议精神向县委")
    assert "二是" not in first.text and roles(first)["assist"] == []
    third = having(x, "三是加强督察督办力度")
    assert roles(third)["assist"] == ["县纪委", "监察委", "督查督办局"]
    assert [having(x, w).leaders for w in ("一是立即", "二是认真贯彻", "三是加强督察")] == [["王思霖"]] * 3


def test_a_meetings_directives_are_tasks_of_their_own() -> None:
    """会议强调，要全面落实河湖长制，…。要重点抓好河湖补水，…。要全面管控河湖环境，…: minutes listing what the meeting
    said, one directive after another, each a measure (answer keys split them)."""
    x = read("hz9_hebei_hengshui_hhz2023hy")
    assert "要重点抓好河湖补水" not in having(x, "要全面落实河湖长制").text
    assert "要全面管控河湖环境" not in having(x, "要重点抓好河湖补水").text
    assert "要超前做好防汛备汛" not in having(x, "要突出抓好滹沱河治理").text
