"""The obligation engine (loaders/engine.py) on the shapes of issue 8 §2: real documents from tests/realworld
where one shows the shape, made-up snippets for the table flattenings a converter produces."""

from __future__ import annotations

import pytest

from polkg.loaders import marks
from polkg.loaders.text import compact, restore, view
from tests.helpers import REALWORLD, having, read, roles, snippet

# ---------------------------------------------------------------- marks closing an item


def test_clause_mark_with_a_standing_remark_scoped_to_later_items() -> None:
    """〔X牵头，Y等配合，Z负责落实。以下均需Z落实，不再列出〕: the remark adds Z to the items after it only."""
    x = read("rw_fujian_fuzhou_water")
    first = having(x, "取缔“十小”污染企业")
    assert roles(first)["lead"] == ["市环保局"]
    assert roles(first)["assist"] == ["市经信委", "市国土局", "市发改委"]
    later = having(x, "专项整治十大重点行业")
    assert roles(later)["responsible"] == ["各县(市)区人民政府", "高新区管委会"]


def test_mismatched_and_spaced_marks() -> None:
    x = snippet(
        "1.推进燃煤锅炉淘汰。[市生态环境局牵头，市市场监管局配合)]\n"
        "2.开展扬尘整治。（市住建局牵头 市城管局配合 各区负责）\n"
    )
    boilers = {"lead": ["市生态环境局"], "responsible": [], "assist": ["市市场监管局"]}
    assert roles(having(x, "推进燃煤锅炉淘汰")) == boilers
    assert roles(having(x, "开展扬尘整治")) == {"lead": ["市住建局"], "responsible": ["各区"], "assist": ["市城管局"]}


def test_mark_covers_the_title_sentence_and_is_never_a_task() -> None:
    x = read("rw_ningxia_yinchuan_dushiquan2019")
    title = having(x, "道路暢通工程。加快建設都市圈快速通道")  # the heading's own sentence is in its task
    assert compact(title.text).startswith("(一)道路暢通工程")
    for words in ("道路暢通工程。加快建設都市圈快速通道", "2019年建成典農河至沙湖旅游公路", "進一步規范道路限高"):
        assert roles(having(x, words))["lead"] == ["自治區交通運輸廳"]  # every paragraph the mark closes
    assert not any("牽頭" in t.text for t in x.tasks)


def test_labelled_bracket_with_a_leader_and_a_field_that_is_no_role() -> None:
    x = read("rw_sichuan_chengdu_gzbg2019")
    t = having(x, "全社会固定资产投资增长10%")
    assert roles(t)["lead"] == ["市发改委"]
    assert roles(t)["responsible"] == ["市农业农村局", "市经信局", "市商务局", "市住建局"]
    assert t.leaders == ["谢瑞武"]
    assert "市统计局" not in [u.mention for u in t.units]  # 数据提供单位 is not a task role


# ---------------------------------------------------------------- role lines and subjects


def test_role_lines_in_any_order_with_a_leader() -> None:
    x = read("rw_anhui_zdgz_zrfj")
    t = having(x, "全省生产总值增长7%以上")
    assert roles(t) == {"lead": ["省发展改革委"], "responsible": ["省政府各部门", "各直属机构"], "assist": []}
    assert t.leaders == ["刘惠"]


def test_subject_of_a_sentence_is_responsible() -> None:
    x = read("rw_national_gwyb_quota2016")
    assert roles(having(x, "各有关部门要高度重视量化指标任务"))["responsible"] == ["各有关部门"]
    assert roles(having(x, "国办将加强跟踪督办"))["responsible"] == ["国办"]


def test_heading_lead_covers_the_items_under_it() -> None:
    x = read("rw_shanxi_gov2008_responsibility")
    t = having(x, "全面加强审计工作")
    assert roles(t)["lead"] == ["省审计厅"]
    assert roles(t)["assist"] == ["省直各部门", "各市人民政府"]  # 协同单位：A和B


def test_duty_heading_gives_its_items_a_unit() -> None:
    x = read("rw_chongqing_shuzi_chengguan")
    assert roles(having(x, "负责对城管监督员队伍实施业务管理"))["responsible"] == ["区县监督中心"]


def test_first_unit_convention() -> None:
    """列第一位的为牵头部门: one unit leads, not every unit before the first comma."""
    x = read("rw_jiangsu_env12_division")
    t = having(x, "进一步提高化工、涉重金属等重点防控行业")
    assert roles(t) == {"lead": ["省环保厅"], "responsible": ["发展改革委", "经济和信息化委"], "assist": []}


def test_a_convention_declared_with_same_below_holds_from_its_line_on() -> None:
    """（第一责任单位为牵头单位，下同） on item 1 makes a unit listed alone on item 2 its lead; a lone unit
    above such a declaration was written without it and stays responsible."""
    x = read("hx_fujian_xiamen_yshj2019")
    assert roles(having(x, "推进完善PPP健康运行长效机制"))["lead"] == ["市发改委"]
    assert roles(having(x, "严格落实全省统一的招投标政策")) == {"lead": ["市建设局"], "responsible": [], "assist": []}
    y = snippet(
        "一、任务\n1.做好甲工作。\n责任单位：市财政局\n2.做好乙工作。\n"
        "责任单位：市发改委、市商务局（列第一位的为牵头单位，下同）\n3.做好丙工作。\n责任单位：市教育局\n"
    )
    assert roles(having(y, "甲工作")) == {"lead": [], "responsible": ["市财政局"], "assist": []}
    assert roles(having(y, "乙工作"))["lead"] == ["市发改委"]
    assert roles(having(y, "丙工作"))["lead"] == ["市教育局"]


# ---------------------------------------------------------------- rectification lists


def test_rectification_block_with_labels_on_their_own_lines() -> None:
    x = read("rw_hebei_chengan_hezhang_rectify")
    units = ["成安县水利局", "市生态环境局成安县分局", "市政公用事业服务中心", "商城镇"]
    for words in ("河长巡查流于形式", "强化履职监督", "加强排查整治"):
        assert roles(having(x, words))["responsible"] == units
    assert not any("具体整改情况表" in t.text for t in x.tasks)


def test_rectification_block_in_one_paragraph() -> None:
    x = read("rw_yunnan_chuxiong_zhenggai")
    t = having(x, "深入学习贯彻习近平总书记关于生态环境保护重大战略思想")
    assert roles(t)["responsible"] == ["州委办公室", "州政府办公室", "各县市党委和政府"]
    assert t.leaders == ["州委办公室、州政府办公室主要负责人", "各县市党委和政府主要负责人"]
    assert t.deadline == "立行立改,长期坚持"


# ---------------------------------------------------------------- tables in any flattening


def test_space_separated_columns() -> None:
    x = read("rw_national_gwyb_quota2016")
    assert roles(having(x, "安排地方专项债券4000亿元"))["lead"] == ["财政部"]
    assert roles(having(x, "推进5万个行政村通光纤"))["lead"] == ["工业和信息化部"]


def test_box_drawing_table() -> None:
    x = read("rw_tianjin_bishui2005")
    t = having(x, "启动南运河改造工程")
    assert roles(t)["responsible"] == ["市建委"] and t.deadline == "2005年5月底以前"


def test_one_cell_per_line_table() -> None:
    x = read("rw_liaoning_liaozhong_gzbg2024")
    t = having(x, "加快安徽节源、沈发废弃油脂等在建项目的建设进度")
    assert roles(t) == {
        "lead": ["沈阳近海经济区管委会"], "responsible": [], "assist": ["自然资源分局", "生态环境分局", "区发展改革局"],
    }
    assert t.leaders == ["冯冬昌"]


@pytest.mark.parametrize(
    "table",
    [
        "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n1\t推进老旧小区改造。\t市住建局\t市财政局、市自然资源局\t2024年底\n",
        "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n"
        "| 1 | 推进老旧小区改造。 | 市住建局 | 市财政局、市自然资源局 | 2024年底 |\n",
        "|\n序号\n|\n工作任务\n|\n牵头单位\n|\n配合单位\n|\n完成时限\n|\n1\n|\n推进老旧小区改造。\n|\n市住建局\n|\n"
        "市财政局、市自然资源局\n|\n2024年底\n|\n",
        "配合单位\t牵头单位\t工作任务\t完成时限\n市财政局、市自然资源局\t市住建局\t推进老旧小区改造。\t2024年底\n",
    ],
    ids=["tsv", "markdown", "cell-per-line", "units-first"],
)
def test_table_flattenings(table: str) -> None:
    t = having(snippet("某市2024年工作方案\n\n" + table), "推进老旧小区改造")
    assert roles(t) == {"lead": ["市住建局"], "responsible": [], "assist": ["市财政局", "市自然资源局"]}
    assert t.deadline == "2024年底"


# ---------------------------------------------------------------- text


def test_traditional_text_is_read_and_quoted_as_written() -> None:
    x = read("rw_heilongjiang_hbt_internal_division")
    t = having(x, "氨氮排放總量五年累計減少7%")
    assert roles(t) == {"lead": ["省環保廳"], "responsible": [], "assist": ["地方各級政府"]}
    for u in t.units:  # spans point into the original text, mentions are written as it writes them
        assert u.span is not None
        original = (REALWORLD / "rw_heilongjiang_hbt_internal_division.txt").read_text(encoding="utf-8")
        assert compact(original[u.span.start : u.span.end]) == u.mention


def test_view_keeps_offsets() -> None:
    text = "責任單位:市發展改革委(市能源局),1,000萬元"
    seen = view(text)
    assert len(seen) == len(text)
    assert seen == "责任单位：市发展改革委（市能源局），1,000万元"
    assert restore("市发展改革委（市能源局）", text, seen, 0, len(text)) == "市發展改革委(市能源局)"


@pytest.mark.parametrize(
    ("written", "units"),
    [
        ("区住建局等有关部门", ["区住建局"]),  # the generic tail after 等 is dropped (ANNOTATION.md)
        ("市市场监管局", ["市市场监管局"]),
        ("各县、市、区政府", ["各县、市、区政府"]),
        ("市交通、环保部门", ["市交通", "环保部门"]),  # heads that are no levels: each as written (CONVENTIONS.md)
        ("省直各部门和各市人民政府", ["省直各部门", "各市人民政府"]),
        ("各县(市、区)党委和人民政府", ["各县(市、区)党委和人民政府"]),
        ("住房和城乡建设局", ["住房和城乡建设局"]),
        ("省计生协、上海铁路局合肥办事处", ["省计生协", "上海铁路局合肥办事处"]),  # 计生协, 科协, 政协: units
    ],
)
def test_unit_lists(written: str, units: list[str]) -> None:
    found = marks.unit_names(view(written), 0, "responsible")
    assert found is not None
    assert [restore(f.mention, written, view(written), 0, len(written)) for f in found] == units


def test_notice_boilerplate_is_never_a_task() -> None:
    x = read("rw_national_gwyb_quota2016")
    assert not any("国办函" in t.text or "本文有删减" in t.text for t in x.tasks)


def test_first_cell_leads_the_rows_below_it() -> None:
    """牵头单位 | 目标任务 | 责任单位, one cell per line, the lead cell broken over lines and merged over rows."""
    x = read("rw_hunan_changsha_mbrw")
    office = {"lead": ["市政府办公厅"], "responsible": ["市直各单位", "各区县市"], "assist": []}
    for words in ("强化行政监督", "推进国家安全工作发展"):
        assert roles(having(x, words)) == office
    assert roles(having(x, "推进河西商业配套建设"))["lead"] == ["长沙先导区管委会"]


def test_heading_leader_and_title_duties() -> None:
    assert having(read("rw_zhejiang_gzbg2024"), "一般公共預算收入與經濟增長同步").leaders == ["王浩"]
    x = read("rw_national_gwyb_sanding2008")  # 二、主要職責 in 國務院辦公廳主要職責內設機構和人員編制規定
    assert roles(having(x, "負責國務院會議的準備工作"))["responsible"] == ["國務院辦公廳"]


def test_rectification_deadline_covers_the_block() -> None:
    x = read("rw_jiangxi_dczg2017")
    t = having(x, "对定南县精细化工产业基地1家企业卫生防护距离内居民进行搬迁")
    assert t.deadline == "2018年底" and roles(t)["responsible"] == ["赣州市政府"]


def test_mixed_marks_in_one_plan() -> None:
    x = snippet(
        "某县2024年优化营商环境工作要点\n\n一、提升政务服务效能\n"
        "1.推行“一件事一次办”。（牵头单位：县行政审批局；配合单位：县直有关部门；完成时限：2024年12月底）\n"
        "2.深化“证照分离”改革。（县市场监管局负责，各乡镇配合）\n"
        "3.压缩工程建设项目审批时间至60个工作日以内。\n责任单位：县住建局、县自然资源局\n"
        "4.加强涉企收费监管，严禁乱收费。\n\n二、保障措施\n"
        "各乡镇、各部门要高度重视，确保各项任务落实到位。县政府督查室要定期督查通报。\n"
    )
    first = having(x, "推行“一件事一次办”")
    assert compact(first.text) == "1.推行“一件事一次办”。"  # the bracket is the mark, not the task
    assert roles(first) == {"lead": ["县行政审批局"], "responsible": [], "assist": ["县直有关部门"]}
    assert first.deadline == "2024年12月底"
    assert roles(having(x, "深化“证照分离”改革")) == {"lead": [], "responsible": ["县市场监管局"], "assist": ["各乡镇"]}
    assert roles(having(x, "压缩工程建设项目审批时间"))["responsible"] == ["县住建局", "县自然资源局"]
    assert having(x, "加强涉企收费监管").unit_status == "none"  # an orphan obligation
    assert roles(having(x, "县政府督查室要定期督查通报"))["responsible"] == ["县政府督查室"]


# ---------------------------------------------------------------- shapes of the first blind hold-out


def test_lead_sign_in_a_unit_cell_and_the_leader_column_before_it() -> None:
    """★区发改委、统计局 in a one-cell-per-line table: the starred unit leads, the rest are responsible; the
    牵头领导 cell before the units belongs to the row."""
    x = read("ho_jiangsu_wujiang_zdgz2024")
    t = having(x, "1.地区生产总值增长5%以上。")
    assert roles(t)["lead"] == ["区发改委"]
    assert roles(t)["responsible"] == ["统计局"]
    assert t.leaders == ["钱宇"]
    merged = having(x, "2.一般公共预算收入同口径增长6%以上。")  # its leader cell is empty: merged from the row above
    assert merged.leaders == ["钱宇"]
    customs = having(x, "6.进出口总额和实际使用外资量稳质升。")
    assert roles(customs)["lead"] == ["区商务局"]
    assert roles(customs)["responsible"] == ["吴江海关"]


def test_a_subject_opening_with_need_or_manner_words_is_responsible() -> None:
    """需 is a modal like 要; 认真/正在/按照 open what the subject does; 要求各X… charges X (real documents)."""
    x = read("hx_shanxi_qinxian_gzbg2025")
    assert roles(having(x, "各责任单位需严格对照任务清单"))["responsible"] == ["各责任单位"]
    y = read("hx_liaoning_jinzhou_hydc_zhenggai")
    assert roles(having(y, "请交通局按照整改要求"))["responsible"] == ["交通局"]
    assert roles(having(y, "市交通局正在加快推进1-20号整改任务"))["responsible"] == ["市交通局"]
    assert roles(having(y, "要求各责任单位认真落实"))["responsible"] == ["各责任单位"]


def test_a_notice_dividing_work_between_lead_and_assist_groups() -> None:
    """各牵头单位…负总责，各配合单位…配合 is one duty whose groups lead and assist; a labelled list is not one."""
    x = snippet("一、工作要求\n各牵头单位对所牵头工作任务的落实负总责，各配合单位按照职责分工密切配合。\n")
    assert roles(having(x, "负总责")) == {"lead": ["各牵头单位"], "responsible": [], "assist": ["各配合单位"]}
    y = snippet("三、协同破题。针对跨单位任务，由牵头单位发挥统筹协调作用，协同单位积极配合。\n")
    assert roles(having(y, "统筹协调作用")) == {"lead": ["牵头单位"], "responsible": [], "assist": ["协同单位"]}
    assert marks.role_groups("牵头单位：市发改委，配合单位：市财政局", 0) == []


def test_prose_enumerators_and_assignment_are_not_part_of_a_subject() -> None:
    x = snippet(
        "一、处理情况\n"
        "区政府明确由区生态环境局、金钟街道负责核查处理。一是金钟街道严格履行属地管理职责，加强巡视监管。\n"
        "二是区生态环境局将对该企业加大巡查检查力度，发现问题依法处理。\n"
    )
    assert roles(having(x, "严格履行属地管理职责"))["responsible"] == ["金钟街道"]
    assigned = having(x, "负责核查处理")
    assert roles(assigned)["responsible"] == ["区生态环境局", "金钟街道"]
    second = having(x, "加大巡查检查力度")
    assert roles(second)["responsible"] == ["区生态环境局"]


def test_pipe_table_without_a_task_word_in_its_header() -> None:
    """``行业名称 | 时间安排 | 责任单位``: the one unnamed column is the task; a row that only names a field is
    read as a whole; space-separated units in a cell are several units."""
    x = snippet(
        "某镇2017年安全生产专项整治工作计划\n"
        "专项整治行业名称 | 时间安排 | 责任单位 |\n"
        "烟花爆竹 | 1月份 | 安监站 安监所 |\n"
        "电力设施 | 3月份 | 电管所 |\n"
    )
    t = having(x, "烟花爆竹 | 1月份")
    assert roles(t)["responsible"] == ["安监站", "安监所"]
    assert t.deadline == "1月份"
    assert roles(having(x, "电力设施"))["responsible"] == ["电管所"]


def test_space_table_with_a_progress_column_and_a_unit_cell_over_lines() -> None:
    """``序号 目标任务 责任单位 上半年推进情况``: the progress cell after the units is no unit and no task; a unit
    cell broken over lines of its own stays with its row (ho_chongqing_tongliang_gzbg2025_jz)."""
    x = read("ho_chongqing_tongliang_gzbg2025_jz")
    first = having(x, "地区生产总值增长6%以上。")
    assert roles(first)["responsible"] == ["区发展改革委"]
    assert "同比增长" not in first.text
    assert roles(having(x, "第一产业增加值增长5%。"))["responsible"] == [
        "区农业农村委", "区林业局", "区供销联社", "区畜牧业发展中心"]
    assert roles(having(x, "规上工业增加值增长3.5%。"))["responsible"] == ["区经济信息委"]


def test_unit_as_an_items_whole_first_sentence() -> None:
    """``1、区住建局。排查…``: the unit closed by a full stop is the item's subject; a first sentence ending in
    a place (交通场站) is the item's object, not a unit."""
    x = snippet(
        "某区黑臭水体整治方案\n"
        "三、职责分工\n"
        "1、区住建局。排查生活污水直排污染源，发现问题立即上报。\n"
        "2、新安街道办事处。加强环境保护宣传力度，引导商户居民规范排放。\n"
        "3、科学有效管控交通场站。严格按照有关要求做好消毒通风。\n"
    )
    assert roles(having(x, "排查生活污水直排污染源"))["responsible"] == ["区住建局"]
    assert roles(having(x, "加强环境保护宣传力度"))["responsible"] == ["新安街道办事处"]
    assert roles(having(x, "严格按照有关要求做好消毒通风"))["responsible"] == []


def test_partners_after_lianhe_or_huitong_assist() -> None:
    """``X牵头，联合公安、消防、市场监管等部门联合执法``: the partners assist; bare system names before 等部门
    are departments."""
    x = snippet(
        "某镇安全生产专项整治方案\n"
        "二是织密排查网。镇应急办牵头，联合公安、消防、市场监管等部门联合执法，开展全面排查。\n"
    )
    t = having(x, "联合执法")
    assert roles(t)["lead"] == ["镇应急办"]
    assert roles(t)["assist"] == ["公安", "消防", "市场监管"]


def test_a_paragraph_announcing_its_subjects_duties_covers_the_items_after_it() -> None:
    """``第三条 生态环境部贯彻落实…。主要职责是：`` then ``（一）负责…``: the items are the ministry's, though
    （一） is nominally shallower than 第三条; the next 第X条 ends them."""
    x = snippet(
        "某部职能配置、内设机构和人员编制规定\n"
        "第三条 生态环境部贯彻落实党中央关于生态环境保护工作的方针政策。主要职责是：\n"
        "（一）负责建立健全生态环境基本制度。\n"
        "（二）负责重大生态环境问题的统筹协调和监督管理。牵头协调重特大环境污染事故的调查处理。\n"
        "第四条 内设机构应当严格落实编制管理要求，按程序报批。\n"
    )
    assert roles(having(x, "建立健全生态环境基本制度"))["responsible"] == ["生态环境部"]
    assert roles(having(x, "统筹协调和监督管理"))["responsible"] == ["生态环境部"]
    assert roles(having(x, "内设机构应当严格落实"))["responsible"] != ["生态环境部"]


def test_a_sentence_opening_with_you_names_who_acts() -> None:
    """``由县重大项目办汇总后…报送``: 由X at the head of a sentence names the unit that acts, whatever the verb."""
    x = snippet(
        "某县重大项目推进方案\n"
        "各项目推进责任单位要做好统计上报工作，于每月25日前报送县重大项目办。由县重大项目办汇总后将进度情况报送县人民政府。\n"
    )
    assert roles(having(x, "由县重大项目办汇总后"))["responsible"] == ["县重大项目办"]


def test_work_groups_are_units() -> None:
    """Task forces (督察工作组, 工作专班) act as units: ``…，6个督察工作组要…`` starts their own duty."""
    x = snippet(
        "某县厕所革命推进会\n"
        "县指挥部办公室要重点对公厕建设进度进行检查督办，6个督察工作组要对进度较慢的乡镇进行驻点督办，每周上报进度。\n"
    )
    assert roles(having(x, "6个督察工作组要对进度较慢"))["responsible"] == ["6个督察工作组"]


def test_you_clause_mid_sentence_and_no_generic_growth() -> None:
    """``…的，由安徽局党组追究责任单位…的责任``: the clause is 安徽局党组's duty; the name never grows into the
    generic 责任单位 that follows it."""
    x = snippet(
        "某局整改落实方案\n"
        "四是建立责任追究制度。对整改工作不力、造成严重后果的，由安徽局党组追究责任单位和相关责任人的责任。\n"
    )
    assert roles(having(x, "由安徽局党组追究"))["responsible"] == ["安徽局党组"]


def test_pipe_table_header_first_a_unit_and_person_column_and_merged_category_cells() -> None:
    """A file that opens with its header row (no title line); ``牵头单位及主要负责人`` cells hold a unit and the
    person answering for it (a leader); rows under a merged 大类 cell lack it and align from the right."""
    x = read("ho_guangdong_zhaoqing_msss_jz")
    first = having(x, "将城镇、农村低保人均最低补差水平")
    assert roles(first)["lead"] == ["市民政局"]
    assert sorted(first.leaders) == ["伍泽国", "陈宣群"]
    second = having(x, "特困供养人员基本生活标准不低于")
    assert roles(second)["lead"] == ["市民政局"]
    assert sorted(second.leaders) == ["伍泽国", "陈宣群"]


def test_a_table_header_closes_the_cover_letter_above_it() -> None:
    """``…县政府督查室将常年跟踪，适时开展督查。`` then ``序号`` / ``民生实事`` / ``责任单位`` cells: the letter's
    duty is 县政府督查室's, never the first row's units."""
    x = read("rw_sichuan_dazhu_minsheng")
    assert roles(having(x, "县政府督查室将常年跟踪"))["responsible"] == ["县政府督查室"]


def test_a_verb_phrase_ending_in_society_is_no_subject() -> None:
    """一是…二是… enumerate measures: what follows is a verb phrase, and 社会 (society) is no organ although
    unit names may end in 会 (委员会, 联合会)."""
    x = snippet("四、工作措施\n一是持续推进社会救济体系建设，做好困难群众兜底保障。\n"
                "二是扩大社会保险覆盖范围，推进全民参保。\n三是县总工会要组织开展职工帮扶。\n")
    none: dict[str, list[str]] = {"lead": [], "responsible": [], "assist": []}
    assert roles(having(x, "持续推进社会救济")) == none
    assert roles(having(x, "扩大社会保险")) == none
    assert roles(having(x, "组织开展职工帮扶")) == {**none, "responsible": ["县总工会"]}


# ---------------------------------------------------------------- roles said by the predicate (issue 8)


def test_a_subject_that_leads_and_the_groups_that_assist_it() -> None:
    """``区卫健局要明确主体责任，…，牵头抓总；各街道、区级各相关部门要…全力配合，…``: the subject whose predicate
    says 牵头 leads, and the next sentence's subjects, whose predicate only says 配合, assist that same duty."""
    x = read("hx_shaanxi_weiyang_wsjk2020")
    t = having(x, "区卫健局要明确主体责任")
    assert roles(t) == {"lead": ["区卫健局"], "responsible": [], "assist": ["各街道", "区级各相关部门"]}


def test_a_clause_that_only_assists_inside_the_sentence() -> None:
    """``海洋局认真抓紧整改，市督查室搞好配合。``: the unit of a clause whose verb is 配合 assists."""
    x = read("hx_liaoning_jinzhou_hydc_zhenggai")
    t = having(x, "海洋局认真抓紧整改")
    assert roles(t) == {"lead": [], "responsible": ["海洋局"], "assist": ["市督查室"]}


def test_a_group_named_by_its_role_keeps_it_and_a_mention_of_qiantou_is_no_verb() -> None:
    """``各牵头单位要主动作为，认真履行牵头抓总职责``: a cover notice's duty for the group (responsible, as the keys
    have it); ``在省委领导下，省委农村工作领导小组负责…的牵头抓总、统筹协调``: 牵头 is the object of 负责, and the
    formula before the subject is no part of it."""
    x = read("hy_sichuan_dazhou_gzbg2021")
    assert roles(having(x, "各牵头单位要主动作为"))["responsible"] == ["各牵头单位"]
    y = snippet(  # hw_shanxi_xczx_zrz2023 (Traditional in the source)
        "第三条 在省委领导下，省委农村工作领导小组负责巩固拓展脱贫攻坚成果、全面推进乡村振兴的牵头抓总、统筹协调，"
        "推动建立健全乡村振兴责任落实、组织推动、社会动员、要素保障、考核评价、工作报告、监督检查等机制。\n"
    )
    t = having(y, "巩固拓展脱贫攻坚成果")
    assert roles(t) == {"lead": [], "responsible": ["省委农村工作领导小组"], "assist": []}


def test_the_helping_group_after_huitong() -> None:
    """``各责任单位要会同配合单位按照…``: the group 会同 names assists (hw_chongqing_liangping_gzbg2021_tz)."""
    x = snippet("一、工作要求\n"
                "各责任单位要会同配合单位按照“定量化、项目化、事项化”原则，细化年度目标任务，制定具体推进措施。\n")
    assert roles(having(x, "各责任单位要会同配合单位")) == {
        "lead": [], "responsible": ["各责任单位"], "assist": ["配合单位"]}


def test_a_post_as_subject_is_a_leader_never_a_unit() -> None:
    """``镇级河长每月需要…``, ``各责任单位的主要负责同志要亲自过问…``: people (by post) answer for the duty."""
    x = read("hx_anhui_sixian_dinghu_xunhe")
    assert having(x, "镇级河长每月需要").leaders == ["镇级河长"]
    y = read("hx_liaoning_jinzhou_hydc_zhenggai")
    t = having(y, "各责任单位的主要负责同志要亲自过问")  # the units, their heads the leaders
    assert t.leaders == ["各责任单位的主要负责同志"] and roles(t)["responsible"] == ["各责任单位"]


def test_a_prefecture_head_who_is_the_one_answering_is_a_leader() -> None:
    """``一、州长是州人民政府安全生产工作的总负责人…``: a post (州长, as 省长/县长) whose predicate is 是/为 the one
    answering names the task's leader; the 副州长 of its second sentence too (as the key has it)."""
    x = read("hw_yunnan_wenshan_aqsc_lingdao2005")
    assert having(x, "州长是州人民政府安全生产工作的总负责人").leaders == ["州长", "副州长"]


def test_a_deeper_heading_naming_whose_duties_replaces_the_one_above() -> None:
    """``一、党委和政府职责`` / ``（一）区委和街道、镇党（工）委职责`` / items: the items are the duties of the
    bodies the nearest heading names; ``区委和街道、镇党（工）委`` is 区委 and the group sharing 党（工）委."""
    x = read("rw_shanghai_putuo_eco_duty")
    t = having(x, "完善生态环境保护工作考核评价机制")
    assert roles(t)["responsible"] == ["区委", "街道、镇党(工)委"]


def test_a_heading_scope_with_a_count_after_it() -> None:
    """``一、县示范区管委会牵头工作（8项）``: the count does not hide the lead of the items below."""
    x = read("hx_shanxi_qinxian_gzbg2025")
    assert roles(having(x, "建设3个劳动密集型产业园"))["lead"] == ["县示范区管委会"]


def test_a_standing_line_whose_verb_is_fuze() -> None:
    """``（牵头单位：县河长办，配合单位：各乡（镇）政府。以下均需各乡（镇）政府负责，不再列出。）``: the later items
    all have 各乡（镇）政府 responsible."""
    x = snippet(  # hw_jiangxi_hukou_hhz2024 (abridged)
        "（一）压实河湖长责任。进一步强化河湖长制组织体系和责任体系。"
        "(牵头单位:县河长办,配合单位:各乡(镇)政府。以下均需各乡(镇)政府负责,不再列出。)\n"
        "（二）强化河长办职能作用。强化各级河湖长履职情况监督检查、正向激励、考核问责。"
        "(牵头单位:县河长办,配合单位:各有关县级责任单位。)\n"
    )
    assert roles(having(x, "压实河湖长责任"))["responsible"] == []
    assert roles(having(x, "强化河长办职能作用")) == {
        "lead": ["县河长办"], "responsible": ["各乡(镇)政府"], "assist": ["各有关县级责任单位"]}


def test_a_heading_that_only_names_a_unit_covers_the_items_under_it() -> None:
    """``一、镇河湖长制办公室：`` / ``（一）牵头抓总…`` / ``（二）积极协调…`` / ``二、镇规建办：``: a unit-first duty
    list whose items are numbered under the unit's name."""
    x = read("hy_sichuan_dachuan_shiqiao_hezhang2022")
    assert roles(having(x, "积极协调巴中平昌县"))["responsible"] == ["镇河湖长制办公室"]
    assert roles(having(x, "不定期开展的巡查监督检查"))["responsible"] == ["镇规建办"]


def test_a_body_named_by_its_kind_and_its_main_task() -> None:
    """``指揮部主要任務是：統籌協調…``: a plan's own 指挥部 (set up in the sentence before) is the subject, and so
    is a unit before 主要任务是."""
    x = read("hy_sichuan_qiongjiang_zhihuibu2019")
    assert roles(having(x, "統籌協調遂寧市"))["responsible"] == ["指揮部"]


def test_a_charge_with_qing_and_systems_before_deng_departments() -> None:
    """``请县融媒体中心通过…``: 请 names who must act; ``市城管执法、生态环境、农业农村、公安等相关职能部门要…``: the
    systems named before 等…部门 are its units."""
    x = read("hy_ningxia_helan_msss2021")
    assert "县融媒体中心" in roles(having(x, "请县融媒体中心通过电视报道"))["responsible"]
    y = read("hy_sichuan_dazhou_jinshao2019")
    t = having(y, "等相关职能部门要按照职责")
    assert roles(t)["responsible"][:4] == ["市城管执法", "生态环境", "农业农村", "公安"]


def test_a_manner_word_never_opens_a_unit() -> None:
    """``二是认真贯彻落实此次会议提出的要求…``: 认真贯彻落实此次会 ends like a unit (会) but is a verb phrase."""
    assert not marks.is_unit("认真贯彻落实此次会")


def test_a_table_header_closes_the_prose_above_it() -> None:
    """``附件：市政府安全生产督查组分组表`` / ``分 组`` / ``| 督查组牵头单位`` / …: the cells below a header are the
    table's, never the units of the notice's last paragraphs; those name their own subjects."""
    x = read("hy_shaanxi_xian_aqjc2012")
    t = having(x, "各区县政府、各开发区管委会及市级各有关部门要严格执行")
    assert roles(t) == {"lead": [], "responsible": ["各区县政府", "各开发区管委会", "市级各有关部门"], "assist": []}


def test_units_and_their_heads_as_the_subject() -> None:
    """``各区县政府、…和市级各有关部门主要负责同志是安全生产第一责任人，要…``: the units are responsible, their
    heads the leaders: the post, each unit's own (as the answer key has it; one unit keeps it written with its unit)."""
    x = read("hy_shaanxi_xian_aqjc2012")
    t = having(x, "主要负责同志是安全生产第一责任人")
    assert roles(t)["responsible"] == ["各区县政府", "各开发区管委会", "市级各有关部门"]
    assert t.leaders == ["主要负责同志"]


def test_a_subject_with_a_time_adverb_and_counted_places() -> None:
    """``指揮部每季度召集…``: a unit before 每/定期 acts; ``漾濞、永平、南涧3个县要…``: the places a count sums up are
    the units."""
    x = read("hy_sichuan_qiongjiang_zhihuibu2019")
    assert roles(having(x, "每季度召集流域"))["responsible"] == ["指揮部"]
    y = read("hy_yunnan_dali_fupin2019")
    assert roles(having(y, "3个县要全力做好脱贫摘帽工作"))["responsible"] == ["漾濞", "永平", "南涧"]


def test_people_named_in_running_text_are_leaders() -> None:
    """``代市长于学利对…做出批示：“海洋局认真抓紧整改…”``, ``副市长张忠龙在…批示中也提出要求：“…请交通局…”``: the
    person who gave the instruction answers for the duties quoted after the name; ``由曹东辉同志任…``: a comrade."""
    x = read("hx_liaoning_jinzhou_hydc_zhenggai")
    assert having(x, "海洋局认真抓紧整改").leaders == ["于学利"]
    assert having(x, "请交通局按照整改要求").leaders == ["张忠龙"]
    y = read("ho_hunan_hengdong_mishui_aqsc2024")
    assert having(y, "由曹东辉同志任办公室主任").leaders == ["曹东辉"]


def test_a_subject_whose_duty_is_to_help_assists() -> None:
    """``配合单位要密切协作，提高工作的针对性和实效性…``: a sentence of its own, its subject only helps: assist."""
    x = read("hy_sichuan_dazhou_gzbg2021")
    assert roles(having(x, "配合单位要密切协作"))["assist"] == ["配合单位"]
    y = snippet("一、保障措施\n市发展改革委负责统筹推进项目建设。市财政局要积极配合，保障项目资金。\n")
    assert roles(having(y, "市财政局要积极配合")) == {"lead": [], "responsible": [], "assist": ["市财政局"]}


def test_a_list_flattened_onto_one_line_with_clause_labels() -> None:
    """hw_guangdong_gzbg2023_nync (as served, one line): ``粮食产量1268万吨以上 部门分工：X牵头，Y配合。 大力推进…
    工作措施：… 部门分工：…``: each 部门分工 closes the item before it; the next title follows its full stop."""
    x = snippet(
        "今年省农业农村厅都有哪些重点工作任务？\n"
        "粮食产量1268万吨以上 部门分工:省农业农村厅牵头,各地、各部门配合。 大力推进20个战略性产业集群建设 "
        "工作措施:完成战略性产业集群“1+20”政策文件的中期评估及修订工作。出台未来产业集群专项行动计划。 "
        "部门分工:省工业和信息化厅牵头,省发展改革委、科技厅、农业农村厅等按职责分工负责。\n"
    )
    assert roles(having(x, "粮食产量1268万吨以上")) == {
        "lead": ["省农业农村厅"], "responsible": [], "assist": ["各地", "各部门"]}
    assert roles(having(x, "大力推进20个战略性产业集群建设"))["lead"] == ["省工业和信息化厅"]


def test_a_plan_served_as_one_line_is_read_item_by_item() -> None:
    """hw_henan_gzbg2023_zrdw is one line: the cover's sentences name their own subjects, and each numbered item
    (``…。 1.把恢复…（省商务厅、…按职责分工负责） 2.落实好…（省发展改革委牵头，…）``) takes its own mark."""
    x = read("hw_henan_gzbg2023_zrdw")
    office = having(x, "省政府办公厅要对重点工作任务落实情况进行跟踪督办")
    assert roles(office) == {"lead": [], "responsible": ["省政府办公厅"], "assist": []}
    assert roles(having(x, "落实好提振市场信心90条措施"))["lead"] == ["省发展改革委"]


def test_a_bare_group_counts_places_and_a_post_follows_a_level_or_a_unit() -> None:
    """``各主要责任单位要…`` is no 各主; ``县政府重点工作任务实行县政府分线领导牵头负责制`` names no post as its subject
    (hw_hunan_huarong_zdgz2021_tz)."""
    assert not marks.is_unit("各主") and marks.is_unit("各地") and marks.is_unit("各乡镇")
    t = marks.subject("县政府重点工作任务实行县政府分线领导牵头负责制，各主要责任单位要", 0)
    assert t is None or not t.leaders


def test_a_sentence_opening_with_huitong_names_assisting_partners() -> None:
    """``（一）负责建立健全生态环境基本制度。会同有关部门拟订…``: a sentence opening with 会同 leaves its subject (the
    item's) unsaid; its partners assist whoever the item belongs to (the ministry whose duties the list declares)."""
    x = read("ho_national_mee_sanding2018")
    assert roles(having(x, "负责建立健全生态环境基本制度"))["assist"] == ["有关部门"]


def test_a_news_list_served_as_one_line_with_a_stray_pipe() -> None:
    """hy_gansu_gangu_msss2020 is one line ending in a stray ``|``: ``…分别是： (1)加快建设… (2)开工新建… (8)新建行政村
    公共厕所120座…``: each numbered commitment is a task of its own (orphans, as the key has them)."""
    x = read("hy_gansu_gangu_msss2020")
    for words in ("开工新建西环路", "新建行政村公共厕所120座", "城区新建生态停车场2处"):
        assert not having(x, words).units


def test_xietong_with_a_partner_and_as_a_clause_verb() -> None:
    """``X协同Y开展…``: Y assists, as after 会同; ``由X牵头，Y协同配合``: a clause of the mark."""
    x = snippet(
        "一、重点任务\n"
        "1.开展道路扬尘专项整治。市城管局协同市交通局开展道路扬尘专项整治，每月通报一次。\n"
        "2.推进餐饮油烟治理。由市市场监管局牵头，市生态环境局协同配合。\n"
    )
    assert roles(having(x, "市城管局协同市交通局")) == {"lead": [], "responsible": ["市城管局"], "assist": ["市交通局"]}
    oil = having(x, "推进餐饮油烟治理")
    assert roles(oil) == {"lead": ["市市场监管局"], "responsible": [], "assist": ["市生态环境局"]}


def test_a_post_and_a_name_apart() -> None:
    """``副县长 张三``: a space between the post and the name (a name column flattened into text) is still a person."""
    assert [n for n, _ in marks.named_people("由副县长 张三负责协调，")] == ["张三"]


def test_zhuban_and_xieban_in_a_closing_mark() -> None:
    """``（省财政厅主办，省国税局、地税局协办）`` (hy_heilongjiang_gzbg2013_fengong): 主办 is the responsible unit, 协办
    those that assist; neither word is part of a unit's name."""
    x = read("hy_heilongjiang_gzbg2013_fengong")
    revenue = having(x, "公共财政收入增长13%左右")
    assert roles(revenue) == {"lead": [], "responsible": ["省财政厅"], "assist": ["省国税局", "地税局"]}
    gas = having(x, "重点抓好哈尔滨中小型燃气轮机")
    assert roles(gas) == {"lead": [], "responsible": ["省工信委"], "assist": ["省发改委"]}


def test_an_agent_clause_closes_its_sentence() -> None:
    """``例如，完善药品集中采购和使用机制，由国家医保局、国家卫生健康委、国家药监局等分工负责。``
    (hy_national_gzbg2019_weijian_fengong): the clauses from ``由`` to the sentence's end only say who acts, so they
    close the measure before them like a bracketed mark; ``有3项由X牵头，分别是…`` gives X the lead of what it lists."""
    x = read("hy_national_gzbg2019_weijian_fengong")
    drugs = roles(having(x, "完善药品集中采购和使用机制"))
    assert drugs["responsible"] == ["国家医保局", "国家卫生健康委", "国家药监局"]
    assert roles(having(x, "支持中医药事业传承创新发展"))["responsible"] == ["国家卫生健康委", "国家中医药局"]
    assert "分工负责" not in having(x, "强化药品疫苗全程监管").text  # a mark, never the task's text
    three = roles(having(x, "有3项由国家卫生健康委牵头"))
    assert three == {"lead": ["国家卫生健康委"], "responsible": [], "assist": []}
    boilers = snippet("（一）推进燃煤锅炉淘汰，由市生态环境局牵头，市市场监管局配合。\n")
    assert roles(having(boilers, "推进燃煤锅炉淘汰")) == {"lead": ["市生态环境局"], "responsible": [],
                                                      "assist": ["市市场监管局"]}


def test_half_width_commas_a_broken_marker_and_a_space_inside_a_name() -> None:
    """hy_hunan_xiangcun_jianshe2023 (text from a PDF): ``(省自然资源厅牵头,省住房和城乡建设厅、…省乡村振兴 局按职责分工
    负责)`` splits on the half-width comma, the space inside ``省乡村振兴 局`` splits nothing; ``(二明确村庄建设标准。``
    is an item marker that lost its bracket, not a bracket holding the item."""
    x = read("hy_hunan_xiangcun_jianshe2023")
    plan = having(x, "实现村庄规划管理依据全覆盖")
    assert roles(plan) == {"lead": ["省自然资源厅"],
                           "responsible": ["省住房和城乡建设厅", "省农业农村厅", "省乡村振兴局"], "assist": []}
    assert roles(having(x, "明确村庄建设标准"))["lead"] == ["省农业农村厅", "省乡村振兴局"]


def test_a_unit_line_names_the_duties_below_it() -> None:
    """A duty list whose unit stands on its own line and its duties follow, opening with 负责: a table flattened one
    cell per line (``1`` / ``市教育局`` / ``负责校园食品安全管理工作。…``, hy_hebei_shijiazhuang_xiaoyuan_shipin) or a
    numbered unit heading that ends like a place or a court (``（2）沈阳警备区。`` / ``负责协调…``,
    hy_liaoning_shenyang_senlin_fanghuo_zz): the unit is the subject of those duties, not a mark closing the text
    above it."""
    x = read("hy_hebei_shijiazhuang_xiaoyuan_shipin")
    assert roles(having(x, "负责校园食品安全管理工作"))["responsible"] == ["市教育局"]
    assert roles(having(x, "负责学校集中用餐食品安全的监督管理"))["responsible"] == ["市市场监督管理局"]
    assert roles(having(x, "负责组织开展校园食品安全风险监测"))["responsible"] == ["市卫生健康委"]
    y = read("hy_liaoning_shenyang_senlin_fanghuo_zz")
    assert roles(having(y, "调动当地驻军"))["responsible"] == ["沈阳警备区"]
    assert roles(having(y, "负责全市森林防火宣传教育工作"))["responsible"] == ["市委宣传部"]
    assert roles(having(y, "诉讼和审理工作"))["responsible"] == ["市检察院", "市中级人民法院"]


def test_a_level_before_he_a_founded_body_and_an_adverb_are_read_right() -> None:
    """``各有关部门、各街道、镇和上海站管委办要…`` (hy_shanghai_zhabei_gaoceng_xiaofang): the bare level 镇 before 和
    is a unit of its own; ``成立工作专班：负责…`` (hy_tianjin_donglihu_chengguan2025): the unit is 工作专班;
    ``一是扎实推进产业强镇。`` (hy_shanxi_zhangzi_nanzhang_gzjh2023) is a measure, never a unit."""
    assert [f.mention for f in marks.unit_names("各有关部门、各街道、镇和上海站管委办", 0, "responsible") or []] == [
        "各有关部门", "各街道", "镇", "上海站管委办"]
    assert [f.mention for f in marks.unit_names("住房和城乡建设局", 0, "responsible") or []] == ["住房和城乡建设局"]
    x = read("hy_tianjin_donglihu_chengguan2025")
    assert roles(having(x, "成立工作专班"))["responsible"] == ["工作专班"]
    y = read("hy_shanxi_zhangzi_nanzhang_gzjh2023")
    assert not having(y, "一是扎实推进产业强镇").units


def test_partners_after_a_comma_and_subjects_after_a_date() -> None:
    """``2012年11月，省卫生厅、省人社厅分别会同省财政厅和财政部驻甘专员办对…`` (hy_gansu_huimin_gongcheng2012_zhuban): a
    date clause stands before the subject, ``分别会同`` joins the partners who assist;
    ``…力度，会同县纪委、监察委、督查督办局对…`` (hy_guizhou_zhenning_zuzutong2018): a clause opening with 会同 names
    partners who assist."""
    t = marks.subject("2012年11月，省卫生厅、省人社厅分别会同省财政厅和财政部驻甘专员办对农民参合率", 0)
    assert t is not None
    assert [(f.mention, f.role) for f in t.found] == [
        ("省卫生厅", "responsible"), ("省人社厅", "responsible"),
        ("省财政厅", "assist"), ("财政部驻甘专员办", "assist")]
    x = read("hy_guizhou_zhenning_zuzutong2018")
    assert roles(having(x, "三是加强督察督办力度"))["assist"] == ["县纪委", "监察委", "督查督办局"]


def test_a_heading_names_the_leader_who_zhuzhua_its_items() -> None:
    """``一、袁家军省长主抓重点工作`` (hy_zhejiang_gzbg2020_qiantou): the items under it have him as their leader."""
    assert marks.heading_leader("袁家军省长主抓重点工作") == "袁家军"
    x = read("hy_zhejiang_gzbg2020_qiantou")
    assert "袁家军" in having(x, "全面构建“多规合一”国土空间规划体系").leaders


def test_a_convention_declared_after_the_mark() -> None:
    """``〔责任单位：水利厅；省发展改革委…〕（分号前为牵头单位，下同）`` (hy_sichuan_hehuzhang_gzyd_fenhao): the group
    before the semicolon leads, in this mark and the later ones (as the engine reads it; the bracket loader keeps
    its own unit lists)."""
    x = read("hy_sichuan_hehuzhang_gzyd_fenhao")
    for words in ("深入推进小水电分类整改", "持续巩固河湖管理范围划定成果"):
        assert roles(having(x, words))["lead"] == ["水利厅"]


def test_heads_of_a_working_body_lead_the_duties_below_their_line() -> None:
    """``组长：任芳 袁力`` / ``负责全面统筹协调工作…`` (hy_tianjin_donglihu_chengguan2025): the people on the head
    line are the leaders of the duties that follow it."""
    x = read("hy_tianjin_donglihu_chengguan2025")
    assert having(x, "负责全面统筹协调工作").leaders == ["任芳", "袁力"]
    assert marks.duty_head("组长：任芳 袁力") == ["任芳", "袁力"] and not marks.duty_head("责任单位：市教育局")


def test_a_long_unit_list_opens_its_sentence() -> None:
    """``（四）发改局、教体局、…、审批服务局等部门根据明年项目计划和工作安排，务必…`` (hy_ningxia_helan_msss2021):
    fifteen offices before 根据 are the sentence's subject, however long the list."""
    x = read("hy_ningxia_helan_msss2021")
    found = roles(having(x, "发改局、教体局、公安局"))["responsible"]
    assert found[:3] == ["发改局", "教体局", "公安局"] and "审批服务局" in found


def test_a_group_written_with_its_levels_in_a_list_is_one_unit() -> None:
    """各县、市、区政府 is the governments of every county, city and district: one group (a bare 市 is no unit)."""
    x = snippet(
        "1.制定实施准入清单。完成环境准入清单编制工作。〔市生态环境局牵头，市发展和改革局参与，"
        "各县、区人民政府（管委会）负责落实。〕\n"
        "2.加大财税支持。（责任单位：各县、市、区政府，咸宁高新区管委会）\n"
    )
    assert "各县、区人民政府（管委会）" in roles(having(x, "制定实施准入清单"))["responsible"]
    assert roles(having(x, "加大财税支持"))["responsible"] == ["各县、市、区政府", "咸宁高新区管委会"]


@pytest.mark.parametrize(
    ("doc", "clause"),
    [
        ("rw_hebei_township_keywork2021", "计划投资1700万元进行镇"),
        ("rw_beijing_vehicle_emission_p2", "并不断健全完善部门"),
    ],
)
def test_a_clause_that_ends_like_a_unit_is_no_unit(doc: str, clause: str) -> None:
    """A unit name never says 万元, 不断, 包括, 面积: such a phrase is a clause that happens to end in 镇 or 部门."""
    x = read(doc)
    assert clause not in [u.mention for t in x.tasks for u in t.units]
    assert not marks.is_unit("改造内容包括小区道路和供水管网等基础设施及配套服务设施的建设单位")
    assert marks.is_unit("省投资促进局")


def test_a_heading_lead_written_with_a_leader_before_it() -> None:
    """（吕维峰副省长、省发展改革委总牵头） on a heading: the unit before 总牵头 leads every item under it (never
    省发展改革委总), and the person before it is their leader, never a unit."""
    x = snippet(
        "一、推进产业转型升级（吕维峰副省长、省发展改革委总牵头）\n"
        "1.加快发展先进制造业。实施制造业高质量发展行动。（责任单位：省工业和信息化厅）\n"
        "2.培育战略性新兴产业。组织实施一批重大项目。\n"
        "二、深化重点领域改革（省财政厅统筹牵头）\n"
        "3.深化财税体制改革。健全预算管理制度。\n"
    )
    t = having(x, "培育战略性新兴产业")
    assert roles(t)["lead"] == ["省发展改革委"]
    assert t.leaders == ["吕维峰"]
    assert roles(having(x, "深化财税体制改革"))["lead"] == ["省财政厅"]


def test_an_item_title_and_the_unit_body_after_it_are_one_task() -> None:
    """（四）加强高层建筑灭火救援准备。区公安分局（消防支队）要…: the title names the duty its unit's sentence then
    details, one task of that unit (not a title task with nobody and a body task)."""
    x = read("hy_shanghai_zhabei_gaoceng_xiaofang")
    t = having(x, "加强高层建筑灭火救援准备。区公安分局")
    assert roles(t)["responsible"] == ["区公安分局(消防支队)"]


def test_a_level_finance_is_a_unit() -> None:
    """``县财政每年安排…``: the finance of a level (its budget office, 市财政/区县财政) is a unit that acts."""
    x = read("hz5_hubei_guangshui_taiping_hzz2025")
    assert roles(having(x, "每年安排专项经费"))["responsible"] == ["镇财政"]
    y = snippet("1.落实补助资金。市财政每年安排专项资金500万元，用于农村公路养护。\n")
    assert roles(having(y, "落实补助资金"))["responsible"] == ["市财政"]


# ---------------------------------------------------------------- the units a task's own text gives a duty


def test_a_task_naming_no_unit_reads_the_subject_written_in_its_text() -> None:
    """A task no rule gave a unit reads the names standing as the subject of a duty word in its own text
    (X要…, X，要于…), and the partners after 会同 assist (the keys of both plans)."""
    x = read("ho_hubei_baokang_cesuo")
    assert roles(having(x, "要一天一统计"))["responsible"] == ["县卫计局(爱卫办)"]
    fire = having(read("hw_jilin_changchun_xiaofang2015_news"), "向各地主要领导下发督办通知")
    assert roles(fire) == {"lead": [], "responsible": ["市防火安全委员会"], "assist": ["市政府督查室"]}
    teams = having(read("hy_shaanxi_xian_aqjc2012"), "对各区县政府和各开发区管委会开展安全生产大检查")
    assert roles(teams)["responsible"] == ["市政府15个安全生产督查组"]  # 各区县政府: an object, never read


def test_written_names_that_are_objects_places_or_posts_give_no_unit() -> None:
    """A place alone (宿迁市、淮安市加强…), a clause inside a name (督察组对遂宁市开展…) and a post (各站所负责人)
    are no units the text gives a duty."""
    from polkg.loaders.engine import written_duties

    assert written_duties("1.编号8:宿迁市、淮安市加强洪泽湖入湖河流整治。", 0) == []
    assert written_duties("2020年11月10日至24日,四川省生态环境保护督察组对遂宁市开展了例行督察。", 0) == []
    assert written_duties("组 员:各驻镇单位、各站所负责人、应急办全体", 0) == []
    assert written_duties("此次督查由延吉市委、延吉市政府督查室组织协调并实施,", 0) == []
    assert [f.mention for f in written_duties("县气象局、县水文局要加强监测预警。", 0)] == ["县气象局", "县水文局"]
