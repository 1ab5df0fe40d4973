"""Units named in running text (issue 8, prose side): subjects anywhere in a duty sentence, unit lists of a
government work report's division, and the same lists served with pinyin debris. Real excerpts from
tests/realworld; each test failed before the rule it checks."""

from __future__ import annotations

import pytest

from polkg.loaders import marks
from polkg.loaders.text import compact, view
from tests.helpers import having, read, roles, snippet


def test_a_bank_branch_is_a_unit_of_a_division_mark() -> None:
    """hw_henan_gzbg2023_zrdw: a mark listing 人行郑州中心支行 was not read at all (支行 ended no unit)."""
    x = snippet(
        "3.激活房地产市场，落实首套房贷款支持政策。（省住房城乡建设厅、地方金融监管局、人行郑州中心支行、"
        "河南银保监局按职责分工负责）\n"
    )
    task = having(x, "激活房地产市场")
    assert "按职责分工负责" not in task.text
    assert roles(task)["responsible"] == ["省住房城乡建设厅", "地方金融监管局", "人行郑州中心支行", "河南银保监局"]


def test_a_count_after_deng_sums_up_the_list_and_names_nobody() -> None:
    """``国家发展和改革委员会等10多个部门和中石油集团``: 10多个部门 counts the list; it is no unit."""
    found = marks.unit_names("国家发展和改革委员会等10多个部门和中石油集团", 0, "responsible")
    assert found is not None
    assert [f.mention for f in found] == ["国家发展和改革委员会", "中石油集团"]


def test_a_long_unit_list_after_a_purpose_clause_is_the_subject() -> None:
    """ho_national_gwyb_gansu2010: 根据…，为…发展，发展改革委、…（13 units）将负责支持… — the subject comes third."""
    x = snippet(
        "根据《分工方案》，为大力支持兰（州）白（银）核心经济区率先发展，发展改革委、工业和信息化部、交通运输部、"
        "铁道部、住房城乡建设部、国土资源部、商务部、财政部、科技部、环境保护部、能源局、国资委、"
        "中国石油天然气集团公司将负责支持建设兰（州）白（银）都市经济圈，积极推进兰州新区发展。\n"
    )
    task = having(x, "商务部、财政部")
    assert len(roles(task)["responsible"]) == 13


def test_pinyin_debris_leaves_no_blank_inside_a_sentence() -> None:
    """The view's blanks for debris gather at the line's start, so ``等10多個(gè)部門`` reads as ``等10多个部门``
    (a blank between 10 and 多 broke the list) and ``江國(guó)成`` as one name."""
    served = "國家發(fā)展和改革委員會(huì)等10多個(gè)部門和中石油集團(tuán)將共同努力。\n下一行"
    seen = view(served)
    assert len(seen) == len(served)
    line = seen.split("\n")[0]
    assert line.strip() == "国家发展和改革委员会等10多个部门和中石油集团将共同努力。"


def test_units_of_a_mirrored_news_relay_read_as_in_clean_text() -> None:
    x = read("ho_national_gwyb_gansu2010")
    first = having(x, "中石油集團(tuán)將共同努力")
    assert [compact(u.mention) for u in first.units] == ["國(guó)家發(fā)展和改革委員會(huì)", "中石油集團(tuán)"]
    second = having(x, "商務(wù)部、財(cái)政部")
    assert len(roles(second)["responsible"]) == 13


def test_a_standing_remark_in_a_mark_covers_the_next_measure_of_the_same_paragraph() -> None:
    """rw_guangdong_chaozhou_air: 〔…。以下各项工作均需各县、区人民政府(管委会)落实，不再列出。〕按省的要求，… — the
    measure after the bracket, in the same paragraph, is one of the later items."""
    x = read("rw_guangdong_chaozhou_air")
    later = having(x, "按省的要求,县级及以上城市建成区")
    assert "各县、区人民政府(管委会)" in roles(later)["responsible"]


def test_a_numbered_items_unit_named_after_sentences_that_name_nobody() -> None:
    """rw_beijing_vehicle_emission_p2: 1.加快基础设施建设审批。到2017年，建成…。市政府各相关部门要简化审批手续… — the
    item is the duty of the one unit it names, though not in its opening sentence."""
    x = read("rw_beijing_vehicle_emission_p2")
    task = having(x, "加快基础设施建设审批。到2017年")
    assert roles(task)["responsible"] == ["市政府各相关部门"]
    assert "简化审批手续" in task.text


def test_a_lead_in_with_a_subject_of_its_own_is_not_joined() -> None:
    """hx_guangdong_gzbg2022_tz: …落实情况，各牵头单位分别于…报送省政府督查室。省政府督查室牵头… — the first
    sentence has its own subject mid-sentence, so the office's sentence stays a duty of its own."""
    x = snippet(
        "三、明确进度、定期报告。分工方案涉及的重点任务落实情况，各牵头单位分别于2022年4月10日前报送省政府督查室。"
        "省政府督查室牵头对各地、各部门工作落实情况进行跟踪督办。\n"
    )
    office = having(x, "省政府督查室牵头对各地")
    assert "各牵头单位分别于" not in office.text


def test_the_yao_of_zhuyao_is_no_modal() -> None:
    """hw_hunan_huarong_zdgz2021_tz: 各主要责任单位要对照目标任务… — the subject is 各主要责任单位 (the 要 of 主要 is
    part of the name), and a group named by a responsible role is responsible."""
    for s, name in (("各主要责任单位要对照目标任务，充分协调其他责任单位。", "各主要责任单位"),
                    ("主要责任单位要切实履行主职主责，建立协作机制。", "主要责任单位")):
        mark = marks.subject(s, 0)
        assert mark is not None
        assert [(f.mention, f.role) for f in mark.found] == [(name, "responsible")]


def test_the_unit_housing_a_bodys_office_answers_for_its_work() -> None:
    """领导小组办公室设在X，由某同志任主任，负责… (ho_hunan_hengdong_mishui_aqsc2024) and the usual formula
    专班下设办公室，办公室设在X，负责… (rw_xinjiang_turpan_zhiwuyuan): X is responsible."""
    x = snippet("二、组织领导\n领导小组办公室设在镇应急办，由曹东辉同志任办公室主任，"
                "负责日常的组织协调和监督检查任务。\n")
    task = having(x, "领导小组办公室设在镇应急办")
    assert roles(task)["responsible"] == ["镇应急办"]
    turpan = having(read("rw_xinjiang_turpan_zhiwuyuan"), "專班下設辦公室")
    assert roles(turpan)["responsible"] == ["市科技局"]


def test_where_a_body_may_sit_is_no_duty() -> None:
    """rw_chongqing_shuzi_chengguan: 区县指挥中心原则上设在市政管理部门，… and 市管理中心设在市市政委。 name no host
    as responsible (a provision, and a location with no duty after it)."""
    provision = marks.subject("区县指挥中心原则上设在市政管理部门，并根据系统平台所承担的工作量大小配置工作人员。", 0)
    assert provision is None or "市政管理部门" not in [f.mention for f in provision.found]
    assert marks._hosted("市管理中心设在市市政委。", 0) is None


@pytest.mark.parametrize(
    ("written", "units"),
    [
        # hy_yunnan_dali_fupin2019
        ("祥云、宾川、鹤庆、巍山、洱源和大理市", ["祥云", "宾川", "鹤庆", "巍山", "洱源", "大理市"]),
        ("县委党校、县供销社", ["县委党校", "县供销社"]),
        ("各县、市、区政府", ["各县、市、区政府"]),  # levels: one group
        ("省、中直负有安全生产监管职责的部门", ["省、中直负有安全生产监管职责的部门"]),
        ("长沙 先导 区管委会", ["长沙先导区管委会"]),  # a name broken by spaces stays one
    ],
)
def test_heads_that_are_no_levels_are_units_of_their_own(written: str, units: list[str]) -> None:
    found = marks.unit_names(view(written), 0, "responsible")
    assert found is not None
    assert [f.mention for f in found] == units


def test_a_notices_signed_date_ends_its_items() -> None:
    """hy_hubei_caidian_gzbg2023: the notice's 一、…二、区绩效考评机构要…三、… are signed and dated; the annex's first
    role line (责任单位:区发展和改革局 under (一)地区生产总值增长7%以上) closes none of them."""
    x = read("hy_hubei_caidian_gzbg2023")
    office = having(x, "区绩效考评机构要将2023年")
    assert roles(office)["responsible"] == ["区绩效考评机构"]
    first = having(x, "(一)地区生产总值增长7%以上")
    assert roles(first)["responsible"] == ["区发展和改革局"]


def test_a_sentence_after_a_roster_is_a_duty_of_its_own() -> None:
    """rw_guangxi_beihai_nankang_kaiken: the roster's last line (龐家偉 南康鎮黨委委員、副鎮長) has no final stop, so
    the next line was joined to it; 領導小組負責組織、協調… still opens its own duty."""
    x = read("rw_guangxi_beihai_nankang_kaiken")
    group = having(x, "領導小組負責組織、協調、指導和督促")
    assert roles(group)["responsible"] == ["領導小組"]
    assert "龐家偉 南康鎮" not in group.text


def test_unit_headings_ending_in_shi_bu_dui_scope_their_duties() -> None:
    """hz7_beijing_zwryj_cydw: （十四）市政府督查室 / （十五）市委宣传部 / （十六）市公安局警务航空总队 and
    （十三）市烟花办（设在市公安局治安管理总队） name the units whose duties the items below them are."""
    x = snippet(
        "(十三)市烟花办(设在市公安局治安管理总队)\n"
        "1.按照《应急预案》要求编制烟花爆竹禁放方案,细化分解任务,空气重污染发生时负责组织实施;\n"
        "(十四)市政府督查室\n"
        "2.按照《应急预案》要求,负责督查各成员单位职责落实情况。\n"
        "(十五)市委宣传部\n"
        "2.按照《应急预案》要求,配合做好预警信息发布,负责组织媒体宣传、舆情引导等工作。\n"
        "(十六)市公安局警务航空总队\n"
        "按照《应急预案》要求编制分预案,负责空中巡视,对环境污染违法行为进行取证。\n"
    )
    assert roles(having(x, "编制烟花爆竹禁放方案"))["responsible"] == ["市烟花办"]
    assert roles(having(x, "负责督查各成员单位职责落实情况"))["responsible"] == ["市政府督查室"]
    assert roles(having(x, "配合做好预警信息发布"))["responsible"] == ["市委宣传部"]
    assert roles(having(x, "负责空中巡视"))["responsible"] == ["市公安局警务航空总队"]


@pytest.mark.parametrize("phrase", ["召开全市动员部署大会", "优化空间布局", "建立整改落实督办制度"])
def test_meetings_layouts_and_measures_are_no_units(phrase: str) -> None:
    """一是召开全市动员部署大会。 (大会 ends like 会), 优化空间布局 (布局 like 局), 二是建立整改落实督办制度。 (督办
    like 办): what a plan does, never who does it."""
    assert not marks.is_unit(phrase[: len(phrase) - (2 if phrase.endswith("制度") else 0)])
    mark = marks.subject(f"一是{phrase}。各部门要抓好落实。", 0)
    assert mark is None or all(phrase[:4] not in f.mention for f in mark.found)


#: hz7_beijing_bairizhengzhi2010_p2 (北京市城市环境秩序百日整治行动方案), 四、工作步骤
BAIRI = (
    "(一)动员部署、调查摸底、宣传发动阶段(2010年9月10日至9月17日)。一是召开全市动员部署大会。"
    "各区县政府和地区管委会建立健全组织机构,制定工作方案,狠抓落实。\n"
    "三是评估风险,制定预案。各区县整治工作领导小组办公室要对拟整治的区域逐一进行风险隐患评估,"
    "制定具体、详实的行动预案,明确任务和责任人。\n"
    "四是加强宣传,营造良好舆论氛围。市百日整治行动领导小组办公室统一印制《致广大市民的一封信》。"
    "各区县政府和地区管委会要在重点区域设置宣传站,发放宣传资料。\n"
)


def test_an_enumerated_title_heads_the_duty_after_it() -> None:
    """三是评估风险，制定预案。各区县整治工作领导小组办公室要… is one duty."""
    task = having(snippet(BAIRI), "三是评估风险,制定预案。")
    assert roles(task)["responsible"] == ["各区县整治工作领导小组办公室"]


def test_a_unit_list_right_before_a_verb_of_duty_acts() -> None:
    """各区县政府和地区管委会建立健全组织机构… and 市百日整治行动领导小组办公室统一印制…: the units act though no
    modal (要, 将) says so."""
    x = snippet(BAIRI)
    assert roles(having(x, "一是召开全市动员部署大会"))["responsible"] == ["各区县政府", "地区管委会"]
    assert roles(having(x, "统一印制"))["responsible"] == ["市百日整治行动领导小组办公室"]
    assert marks.subject("住房和城乡建设局建立健全长效机制。", 0) is not None
    assert marks.subject("农村生活污水处理站建设加快推进。", 0) is None


def test_systems_before_a_fields_tail_are_the_units() -> None:
    """hz7_neimenggu_yingshang2026_tz: 市场监管、…、人力资源社会保障、…、林草等领域行业主管部门要牵头制定… — each system
    leads (the tail 等领域行业主管部门 sums them up)."""
    mark = marks.subject(
        "市场监管、生态环境、自然资源、人力资源社会保障、人民防空、工程建设、文物、能源、林草等领域行业主管部门要牵头"
        "制定本领域营商环境改革方案，主动下放权限。", 0)
    assert mark is not None
    assert [(f.mention, f.role) for f in mark.found][:4] == [
        ("市场监管", "lead"), ("生态环境", "lead"), ("自然资源", "lead"), ("人力资源社会保障", "lead")]
    assert len(mark.found) == 9


def test_a_role_word_inside_a_subjects_name_is_no_verb() -> None:
    """各重点产业链牵头部门要…, 省政府各牵头部门要…: 牵头 is part of the name; 足额落实市属高校中西部协作计划 has no
    subject at all (its 落实 is the sentence's verb)."""
    for s, name in (("各重点产业链牵头部门要逐链梳理完善配套支持政策。", "各重点产业链牵头部门"),
                    ("省政府各牵头部门要于1月底前完成各项目标任务的分解。", "省政府各牵头部门")):
        mark = marks.subject(s, 0)
        assert mark is not None
        assert [f.mention for f in mark.found] == [name]
    assert marks.subject("足额落实市属高校中西部协作计划。", 0) is None


def test_a_standing_clause_inside_a_mark_covers_its_item_and_the_later_ones() -> None:
    """hz7_liaoning_yingshang2025_zqyj: （…等有关部门按职责分工负责，各项政策措施均需各市政府、省沈抚示范区管委会落实，
    以下不再列出） — the two are units of this item and of every later one, and 均需 is part of no unit's name."""
    x = snippet(
        "1.优化政策制定机制。强化合法性审核、公平竞争审查以及宏观政策取向一致性评估。(省发展改革委、省司法厅、"
        "省市场监管局等有关部门按职责分工负责,各项政策措施均需各市政府、省沈抚示范区管委会落实,以下不再列出)\n"
        "2.提高相关领域立法质效。健全优化营商环境法规制度体系。〔省人大法制委、省司法厅等有关部门按职责分工负责〕\n"
    )
    first = roles(having(x, "优化政策制定机制"))["responsible"]
    assert {"省发展改革委", "各市政府", "省沈抚示范区管委会"} <= set(first)
    assert not any("均需" in u for u in first)
    second = roles(having(x, "提高相关领域立法质效"))["responsible"]
    assert {"省人大法制委", "各市政府", "省沈抚示范区管委会"} <= set(second)


def test_a_preposition_ends_the_unit_that_opens_a_clause() -> None:
    """hv_guangdong_sanshui_gzrw2007: 由区督查组综合后向区政府汇报 — the unit is 区督查组 (向区政府: where it
    reports)."""
    assert [f.mention for f in marks.leading_units("区督查组综合后向区政府汇报", 0)] == ["区督查组"]


def test_a_quoted_post_opens_its_own_duty() -> None:
    """rw_guizhou_hezhang2014: …向社会公布。市(州)“河长”于每年4月底前对辖区内…进行检查考核 — the post (quoted) acts, so
    the sentence is its holder's duty, not the environment office's before it."""
    mark = marks.subject("市(州)“河长”于每年4月底前对辖区内县(市、区、特区)河长进行检查考核。", 0)
    assert mark is not None and not mark.found
    assert mark.leaders == ["市(州)“河长”"]
    x = read("rw_guizhou_hezhang2014")
    assert roles(having(x, "市(州)“河长”于每年4月底前"))["responsible"] == []


def test_a_body_set_up_to_do_something_is_its_unit() -> None:
    """rw_beijing_vehicle_emission_p2: 市政府成立机动车排放污染控制工作协调小组，由分管副市长担任组长，…，负责… — the
    group answers for the duties the sentence gives it; a body only set up (成立招商小组，制定了…) is none."""
    x = read("rw_beijing_vehicle_emission_p2")
    task = having(x, "市政府成立机动车排放污染控制工作协调小组")
    assert roles(task)["responsible"] == ["机动车排放污染控制工作协调小组"]
    assert marks._founded("成立招商小组，制定了下一步时代广场重点招商的政策计划。", 0) is None


#: hx_zhejiang_haiyan_gzbg2022: a 政府工作报告 division served as one line, 责任单位 after each item
HAIYAN = (
    "海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知\n\n"
    "各镇人民政府(街道办事处),县政府各部门、直属各单位: 《政府工作报告2022年重点工作责任分解》已经县政府讨论确定,"
    "现印发给你们,请认真贯彻执行。 海盐县人民政府办公室 2022年4月18日 (此件公开发布) "
    "政府工作报告2022年重点工作责任分解 "
    "一、王丹县长牵头重点工作 1.全县生产总值增长7.5%左右;一般公共预算收入增长8.5%;城乡居民人均可支配收入与经济增长"
    "基本同步,收入倍差进一步缩小。 责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局、县农业农村局 "
    "2.落实党政机关过紧日子的要求,节俭办一切事业,全县非刚性、非重点项目支出预算只减不增,严控“三公”经费和会议费、"
    "培训费,努力降低行政运行成本。 责任单位:县财政局 二、曹惠明常务副县长牵头重点工作 1.坚持县政府常务会议集体学法,"
    "加强重大行政决策事前论证和事后评估,发挥法律顾问作用,提高决策科学化民主化水平。 责任单位:县司法局\n"
)


def test_a_division_served_as_one_line_with_role_lines_after_items() -> None:
    """The items' markers follow a title or a unit list and a space (no 。): still items, each closed by its
    责任单位; 首位单位为牵头单位 makes the first unit (not the first group) the lead; the heading names the leader."""
    x = snippet(HAIYAN)
    gdp = having(x, "全县生产总值增长7.5%左右")
    assert roles(gdp) == {"lead": ["县发改局"], "responsible": ["县财政局", "县税务局", "县农业农村局"], "assist": []}
    assert gdp.leaders == ["王丹"]
    assert roles(having(x, "坚持县政府常务会议集体学法"))["lead"] == ["县司法局"]


def test_unit_lists_apart_by_a_comma_are_one_subject() -> None:
    """hw_henan_gzbg2023_zrdw: 各省辖市政府，济源示范区、航空港区管委会要切实扛牢属地责任 — one duty of all three (the
    comma was read as a clause break, leaving 各省辖市政府 behind)."""
    x = read("hw_henan_gzbg2023_zrdw")
    task = having(x, "各省辖市政府,济源示范区、航空港区管委会要")
    assert roles(task)["responsible"] == ["各省辖市政府", "济源示范区", "航空港区管委会"]


@pytest.mark.parametrize("phrase", ["《清单》由安监站", "由党委政府"])
def test_a_title_or_a_you_is_no_part_of_a_unit(phrase: str) -> None:
    """hx_anhui_qingyang_ducun_yjzx: 《清单》由安监站负责起草 / 由党委政府主要领导签发: neither is a unit."""
    assert not marks.is_unit(phrase)


def test_an_article_announcing_a_units_responsibilities_scopes_its_items() -> None:
    """hw_shanxi_xczx_zrz2023: 第四條 各級黨委和政府鄉村振興責任主要包括： then （一）…（二）… — the items are the
    duties of 各级党委和政府 (乡村振兴 is the topic, 政府乡 no unit)."""
    x = snippet(
        "第三條 在省委領導下，省委農村工作領導小組負責牽頭抓總、統籌協調。\n第二章 各級責任\n"
        "第四條 各級黨委和政府鄉村振興責任主要包括：\n"
        "(一)深入學習貫徹習近平總書記關於“三農”工作的重要論述。\n"
        "(二)以鄉村振興統攬新時代“三農”工作，將鄉村振興納入本地國民經濟和社會發展規劃。\n"
    )
    for words in ("深入學習貫徹", "以鄉村振興統攬"):
        assert roles(having(x, words))["responsible"] == ["各級黨委和政府"]


def test_a_role_label_heading_names_the_blocks_units() -> None:
    """hw_guangxi_hengzhou_fenwu_xiaohao: 一、…反馈意见问题情况 / problem / 二、责任单位 / 横州市党委、人民政府 /
    三、整改情况 / measures — the problem and its measures are the units' (人民政府: 横州市's government)."""
    x = snippet(
        "一、第二轮自治区生态环境保护督察反馈意见问题情况\n"
        "横州市粪污资源化利用整县推进工作完成期限为2021年3月,已逾期两年多,工作严重滞后,专项资金长期闲置。\n"
        "二、责任单位\n横州市党委、人民政府\n三、整改情况\n(一)整改方案措施\n"
        "取消横州市粪污资源化利用整县推进项目中马岭镇粪污集中处理中心等3个子项目建设,整合剩余资金重新分配。\n"
    )
    for words in ("已逾期两年多", "整合剩余资金重新分配"):
        assert roles(having(x, words))["responsible"] == ["横州市党委", "人民政府"]


def test_a_unit_never_grows_into_its_own_act() -> None:
    """hy_sichuan_guangyuan_hezhang2017: 2017年2月底前，市局拟定我市贯彻…意见 — the subject is 市局 (市局拟定我市
    ends like a unit but holds its verb); 抓紧部署 ends like 署 and is no unit."""
    mark = marks.subject("2017年2月底前，市局拟定我市贯彻落实意见。", 0)
    assert mark is not None and [f.mention for f in mark.found] == ["市局"]
    assert not marks.is_unit("抓紧部署")


def test_the_same_subject_going_on_is_one_duty() -> None:
    """hw_hunan_huarong_zdgz2021_tz: 各主要责任单位要…。各项工作任务的主要责任单位要…于2021年3月15日前报… — one
    group, one duty (its deadline with it); 由X、Y负责…。一是Y…。二是X… (ho_tianjin_dongli_bdbg2023): two duties."""
    x = snippet(
        "二、细化工作方案。各主要责任单位要对照目标任务,充分协调其他责任单位,科学研究制订工作推进的具体实施方案。"
        "各项工作任务的主要责任单位要将实施方案报县政府分管领导审查签字后,于2021年3月15日前报县政府督查室备案。\n"
    )
    task = having(x, "各主要责任单位要对照目标任务")
    assert "于2021年3月15日前报县政府督查室备案" in task.text
    assert roles(task)["responsible"] == ["各主要责任单位"]
    y = snippet(
        "针对群众反映问题,区政府明确由区生态环境局、金钟街道负责核查处理。一是金钟街道严格履行属地管理职责,对该企业加强"
        "巡视监管。二是区生态环境局将对该企业加大巡查检查力度,及时发现问题及时处理。\n"
    )
    assert roles(having(y, "一是金钟街道"))["responsible"] == ["金钟街道"]


# ---------------------------------------------------------------- hold-out 8's prose forms (hz8_)


def test_a_leaders_post_then_lead_then_helpers_is_a_leader_and_two_roles() -> None:
    """hz8_gansu_lanzhou_fgw_duijie: ``由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成…`` — the person is a
    leader, never the unit ``杨志武副市``; the lead and the helpers keep the roles of their own verbs, also when the
    matter assigned comes first (``…项目由吴继德副市长负责,…``, the heading's line run on)."""
    x = read("hz8_gansu_lanzhou_fgw_duijie")
    first = having(x, "由杨志武副市长负责")
    assert roles(first) == {"lead": ["市发改委"], "responsible": [], "assist": ["相关部门"]}
    assert first.leaders == ["杨志武"]
    second = having(x, "大气污染成因及防治对策研究项目")
    assert roles(second) == {"lead": ["市环保局"], "responsible": [], "assist": ["相关部门"]}
    assert second.leaders == ["吴继德"]
    fourth = having(x, "兰州城市轨道交通项目")
    assert roles(fourth) == {"lead": ["市建设局"], "responsible": [], "assist": ["市发改委"]}


def test_a_chain_of_role_clauses_reads_the_same_without_a_person() -> None:
    x = snippet("3、建设项目\n区住建局牵头，区财政局配合，做好项目建设工作。\n")
    assert roles(having(x, "做好项目建设工作")) == {"lead": ["区住建局"], "responsible": [], "assist": ["区财政局"]}


def test_a_meeting_that_stresses_names_no_unit_before_the_subject() -> None:
    """hz8_chongqing_jiulongpo_cwhy40: ``会议强调,区政府系统各部门各单位要围绕…`` (强调, like 指出/要求, reports
    the words; the units after it act)."""
    x = read("hz8_chongqing_jiulongpo_cwhy40")
    task = having(x, "区政府系统各部门各单位要围绕")
    assert roles(task)["responsible"] == ["区政府系统各部门各单位"]


def test_the_townships_as_the_subject_of_yao_are_a_group() -> None:
    """hz8_sichuan_danleng_cwhy28: ``…的监督;乡镇要以“乡村规划师”招引为契机,…`` — all the townships, a duty of
    their own after the planners'; a bare level word inside a name names nobody (乡镇企业)."""
    x = read("hz8_sichuan_danleng_cwhy28")
    assert roles(having(x, "乡镇要以"))["responsible"] == ["乡镇"]
    assert roles(having(x, "规划部门要提前介入"))["responsible"] == ["规划部门"]
    assert not marks.is_unit("乡镇")


def test_the_unit_named_before_an_enumeration_does_each_measure() -> None:
    """hz8_yunnan_gengma_hepai_jinshao: a township's news report names itself once (``为…,贺派乡采取有效措施扎实
    开展…工作。一是…;二是…;…五是以乡为单位,…``): 贺派乡 answers for every measure, and 以乡为单位 names no unit."""
    x = read("hz8_yunnan_gengma_hepai_jinshao")
    for words in ("一是制定工作方案", "三是加强宣传", "五是以乡为单位"):
        assert roles(having(x, words))["responsible"] == ["贺派乡"]
    assert not marks.is_unit("以乡")


def test_a_heading_marker_before_an_enumeration_names_no_unit() -> None:
    """hx_hunan_tianxin_msgc: ``(一) 社会保障托底工程。一是不停推进…`` — the heading's title is no reported subject
    (its marker and 社 once read as a unit)."""
    x = snippet("(一) 社会保障托底工程。一是不停推进社会救济体系建设。完善最低生活保障制度。二是扩大社会保险覆盖。\n")
    assert all(not t.units for t in x.tasks)


# ---------------------------------------------------------------- the role groups and clause forms of 分工 notices


def test_groups_named_by_their_roles_keep_their_roles() -> None:
    """hw_jiangsu_xuzhou_gzbg2024_tz: ``牵头单位要强化担当意识，…；责任单位要主动配合，…。牵头单位和责任单位要凝聚
    工作合力，…`` — the lead label leads, the responsible label stays responsible though its duty is to help (it
    is a duty of its own, not the help of the sentence before), and the pair is two groups."""
    x = snippet(
        "三、主动作为。牵头单位要强化担当意识,坚持问题导向、结果导向,加强与责任单位沟通,发挥好牵头协调推进落实的作用;"
        "责任单位要主动配合,听从调度,积极配合牵头单位全力抓好项目推进落实;牵头单位和责任单位要凝聚工作合力,敢为善为,"
        "务实落实,及时协调解决推进中发现的矛盾问题,共同推动各项目标任务完成。\n"
    )
    assert roles(having(x, "牵头单位要强化担当意识")) == {"lead": ["牵头单位"], "responsible": [], "assist": []}
    assert roles(having(x, "责任单位要主动配合")) == {"lead": [], "responsible": ["责任单位"], "assist": []}
    both = having(x, "牵头单位和责任单位要凝聚工作合力")
    assert roles(both) == {"lead": ["牵头单位"], "responsible": ["责任单位"], "assist": []}


def test_a_unit_whose_duty_is_to_help_still_assists_the_one_before() -> None:
    x = snippet("四、协调。区财政局牵头抓总;各街道要全力配合,做好工作。配合单位要密切协作，形成合力。\n")
    assert roles(having(x, "区财政局牵头抓总")) == {"lead": ["区财政局"], "responsible": [], "assist": ["各街道"]}
    assert roles(having(x, "配合单位要密切协作"))["assist"] == ["配合单位"]


def test_words_singling_out_or_linking_stand_before_the_subject() -> None:
    """``特别是牵头单位要…`` (hw_hubei_jiayu_gzbg2024_tz), ``而接下来相关部门将…``
    (hw_jilin_changchun_xiaofang2015_news): the subject is what follows; a modal never stands inside a
    unit's name (牵头单位要统筹相关责任单位 is none)."""
    mark = marks.subject("特别是牵头单位要统筹相关责任单位制定细化方案，明确工作目标。", 0)
    assert mark is not None and [(f.mention, f.role) for f in mark.found] == [
        ("牵头单位", "lead"), ("相关责任单位", "responsible")]  # the group it steers takes part (groups' test)
    x = snippet("一、工作要求\n目前长江路步行街的主街商铺和天棚已经完全被拆除,"
                "而接下来相关部门将保持火灾隐患排查整治的高压态势。\n")
    assert roles(having(x, "接下来相关部门将保持"))["responsible"] == ["相关部门"]
    assert not marks.is_unit("牵头单位要统筹相关责任单位")
    assert marks.is_unit("市委机要局") and marks.is_unit("各主要责任单位")


def test_systems_before_deng_bumen_dou_yao_act() -> None:
    """hw_jilin_changchun_xiaofang2015_news: ``…，土地、规划、住建、安监等部门都要依法履行职责`` (都 between the list
    and its modal)."""
    mark = marks.subject("土地、规划、住建、安监等部门都要依法履行职责，依法查处拆除。", 0)
    assert mark is not None and [f.mention for f in mark.found] == ["土地", "规划", "住建", "安监"]


def test_a_level_named_bare_is_no_unit() -> None:
    """hw_ningxia_hezhang2017_news: ``自治区将全面落实…`` — the region as a whole (as 省 alone), no unit; its sentence
    is still a duty of its own, not the one before's."""
    assert not marks.is_unit("自治区")
    assert marks.is_unit("自治区交通运输厅")
    x = snippet("宁夏河长制\n记者从会议上获悉:到今年年底,宁夏将全面建立四级河长组织体系,覆盖所有河流和湖泊。"
                "自治区将全面落实各级河长主体责任,建立河长会议制度。\n")
    task = having(x, "自治区将全面落实")
    assert not task.units and "宁夏将全面建立" not in task.text


def test_the_matter_first_then_you_by_whom() -> None:
    """``有关…档案管理登记要求由区档案局另行通知。`` (hw_shanghai_baoshan_ssxm2022) and ``…实施动态管理，具体工作由市
    发改委牵头负责。`` (hw_jiangsu_suzhou_gzrw2011): 由X after the matter names who acts, in its verb's role; not
    ``做好需由国务院组织处理的…`` (a description) nor ``有4项由X牵头，分别是…`` (the items listed)."""
    x = snippet("一、工作要求\n有关2022年区政府实事项目的档案管理登记要求由区档案局另行通知。\n")
    assert roles(having(x, "由区档案局另行通知"))["responsible"] == ["区档案局"]
    y = snippet("一、工作要求\n  市政府将对各项工作目标任务实施动态管理,具体工作由市发改委牵头负责。\n")
    assert roles(having(y, "市政府将对各项工作目标任务实施动态管理")) == {"lead": ["市发改委"],
                                                                  "responsible": ["市政府"], "assist": []}
    z = snippet("（六）协助国务院领导同志做好需由国务院组织处理的突发事件的应急处置工作。\n")
    assert all(not t.units for t in z.tasks)
    w = snippet("《意见》明确，需要国家医保局参加的工作共计7项，有4项由国家医保局牵头，分别是扩大长期护理保险制度试点；"
                "继续提高城乡居民基本医保和大病保险保障水平。\n")
    assert roles(having(w, "有4项由国家医保局牵头"))["lead"] == ["国家医保局"]


# ---------------------------------------------------------------- hq_: duties stated, enumerated, in a 职责 rule


def test_a_unit_said_to_be_in_charge_then_its_duties() -> None:
    """hq_hebei_xiancheng_yangban ``方案要求,各样板县政府是责任主体,要制定实施方案,…`` and hq_anhui_xuancheng_ljfl_zhize
    ``答:根据《宣城市生活垃圾分类管理办法》,城市管理部门是本市生活垃圾分类管理的主管部门,负责…``: the subject
    of a duty; ``X是…`` is never one unit's name."""
    mark = marks.subject("各样板县政府是责任主体,要制定实施方案,报省城市建设管理工作领导小组办公室同意后组织实施。", 0)
    assert mark is not None and [f.mention for f in mark.found] == ["各样板县政府"]
    mark = marks.subject("答:根据《宣城市生活垃圾分类管理办法》,城市管理部门是本市生活垃圾分类管理的主管部门,"
                         "负责拟定生活垃圾分类管理目标。", 0)
    assert mark is not None and [f.mention for f in mark.found] == ["城市管理部门"]
    assert not marks.is_unit("城市管理部门是本市生活垃圾分类管理的主管部门")


def test_a_unit_answering_for_a_scope() -> None:
    """hq_jilin_changchun_sthj_zhize: ``第四条  各级党委、政府对本区域生态环境保护工作及环境质量负总责;…`` and
    ``第五条生态环境部门对本行政区域内生态环境保护工作实施统一监督管理。``"""
    x = snippet("长春市生态环境保护工作职责规定\n"
                "第四条  各级党委、政府对本区域生态环境保护工作及环境质量负总责。\n"
                "第五条生态环境部门对本行政区域内生态环境保护工作实施统一监督管理。\n")
    assert roles(having(x, "负总责"))["responsible"] == ["各级党委", "政府"]
    assert roles(having(x, "实施统一监督管理"))["responsible"] == ["生态环境部门"]


def test_systems_before_deng_qita_bumen_he_danwei() -> None:
    """hq_anhui_xuancheng_ljfl_zhize: ``财政、公安、…、农业农村等其他部门和单位应当按照各自职责,…``."""
    mark = marks.subject("财政、公安、文化和旅游、卫生健康、交通运输、农业农村等其他部门和单位应当按照各自职责,"
                         "做好生活垃圾分类相关工作。", 0)
    assert mark is not None
    assert [f.mention for f in mark.found] == ["财政", "公安", "文化和旅游", "卫生健康", "交通运输", "农业农村"]


def test_a_group_of_places_with_its_note_in_brackets() -> None:
    """hq_jiangsu_danyang_kfq_jinshao2019: ``各村(社区)要及时落实各项禁烧措施,…``."""
    mark = marks.subject("各村(社区)要及时落实各项禁烧措施,做好禁烧宣传,成立村级禁烧工作小组。", 0)
    assert mark is not None and [f.mention for f in mark.found] == ["各村(社区)"]


def test_each_enumerated_measure_is_a_duty_of_its_own() -> None:
    """hq_hunan_gzbg2020_fgyj_tz: ``…。一要主动担当作为。各部门一把手要…。二要务求工作实效。坚持问题导向…。三要
    形成工作合力。…牵头部门要发挥主导作用，…`` — the title ``一要…`` goes with its measure, and a measure naming
    nobody (二要…) is not the duty of the units of the one before."""
    x = snippet(
        "湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见\n"
        "在省委的坚强领导下,依法履职、勤勉尽责,不折不扣抓好《政府工作报告》落实,确保兑现政府对人民的承诺。"
        "一要主动担当作为。各部门一把手要亲自抓、负总责,认真研究制定本部门落实《政府工作报告》分工实施方案,"
        "细化分解任务、明确工作措施、时间安排、责任人和工作要求。二要务求工作实效。坚持问题导向、目标导向、结果导向,"
        "出实招、办实事、求实效,稳中求进,精准施策,对已确定的工作和政策要尽快落地。\n"
    )
    first = having(x, "一要主动担当作为")
    assert "各部门" in roles(first)["responsible"]
    assert not having(x, "二要务求工作实效").units


def test_the_subject_before_an_enumeration_does_each_measure_cut_apart() -> None:
    """hz8_yunnan_gengma_hepai_jinshao: each of 一是…五是 is a task of its own, and 贺派乡's."""
    x = read("hz8_yunnan_gengma_hepai_jinshao")
    for words in ("一是制定工作方案", "四是加强检查问责", "五是以乡为单位"):
        task = having(x, words)
        assert roles(task)["responsible"] == ["贺派乡"]
        assert "二是强化组织领导" not in task.text or words == "一是制定工作方案"


def test_small_words_between_or_before_a_subject() -> None:
    """``此外,中洲鎮還將扎實推進…`` (hv_zhejiang_chunan_zhongzhou_zutuan2016: 还 before the modal), ``(六)工程检查验收。
    4月下旬市政府组织召开一次流动现场会,…`` (hv_henan_zhengzhou_ysjx: a date before the unit is no part of its
    name), and ``…,特别是牵头单位要统筹相关责任单位制定细化方案,…`` (hw_hubei_jiayu_gzbg2024_tz: the group singled
    out mid-sentence starts a duty of its own)."""
    mark = marks.subject("此外,中洲镇还将扎实推进生态保护等各项重点工作,切实保护好水源。", 0)
    assert mark is not None and [f.mention for f in mark.found] == ["中洲镇"]
    mark = marks.subject("4月下旬市政府组织召开一次流动现场会,对工程进度进行督促;", 0)
    assert mark is not None and [f.mention for f in mark.found] == ["市政府"]
    assert not marks.is_unit("4月下旬市政府")
    x = snippet("一、加强统筹\n各责任单位要逐项系统科学谋划研究所承办的责任事项,"
                "特别是牵头单位要统筹相关责任单位制定细化方案,明确工作目标、具体措施、完成时限。\n")
    assert roles(having(x, "特别是牵头单位要统筹"))["lead"] == ["牵头单位"]
    assert roles(having(x, "各责任单位要逐项"))["responsible"] == ["各责任单位"]


def test_a_charge_naming_a_list_that_ends_in_a_group() -> None:
    """hq_gansu_zhangjiachuan_gzbg2016_tz: ``…分解下达。请各乡镇、县直各单位紧扣各项目标任务,…`` — a list read on past
    its first name though it ends in 单位 (only a phrase without 、 ending so is no sub-unit)."""
    mark = marks.subject("请各乡镇、县直各单位紧扣各项目标任务,立足各自实际和职能,全力抓好落实。", 0)
    assert mark is not None and [f.mention for f in mark.found] == ["各乡镇", "县直各单位"]


def test_a_list_with_dou_yao_mid_sentence_starts_its_own_duty() -> None:
    """hw_jilin_changchun_xiaofang2015_news: ``市防火安全委员会要会同市政府督查室,向各地主要领导下发督办通知,
    土地、规划、住建、安监等部门都要依法履行职责,…`` — the departments' duty is their own, not the committee's."""
    x = snippet("一、整治要求\n市防火安全委员会要会同市政府督查室,向各地主要领导下发督办通知,"
                "土地、规划、住建、安监等部门都要依法履行职责,依法查处拆除,尽快消除消防安全隐患。\n")
    assert roles(having(x, "安监等部门都要"))["responsible"] == ["土地", "规划", "住建", "安监"]
    assert roles(having(x, "下发督办通知"))["responsible"] == ["市防火安全委员会"]


def test_a_speakers_list_of_musts_gives_its_measures_no_unit() -> None:
    """A person's list (hq_sichuan_zitong_shuihuanjing2022: ``刘力军副县长强调:一是要直面问题,…;二是要强化举措,…``)
    names no unit before it (副县 is no county), and a unit whose own sentence is
    a duty before ``一要…二要…`` (hq_anhui_anqing_yixiu_xunshi2021) does not take the measures that name nobody."""
    x = snippet("水环境问题整改会议\n刘力军副县长强调:一是要直面问题,明确整改方向,建立问题清单;"
                "二是要强化举措,提高整改效率,各主管部门和乡镇要组建工作专班,针对分解出的问题逐项整改到位;"
                "三是要加强督查,压实整改责任。\n")
    assert not having(x, "一是要直面问题").units
    assert not having(x, "三是要加强督查").units
    y = snippet("巡视整改调度会\n郑家齐强调,宜秀区要切实增强抓好反馈意见整改的政治自觉和行动自觉,"
                "要将其作为当前的一项重要工作来抓。一要理清底数。宜秀区作为工作主体,要对所有在建还建房的情况逐一梳理,建立台账。"
                "二要加快进度。要紧盯目标任务,一项目一专班,加强定期调度。\n")
    assert not having(y, "二要加快进度").units


def test_a_role_line_run_on_after_the_items_closes_them_all() -> None:
    """hw_jilin_changchun_jihua_p4 (a plan served as one line): ``60.进一步加强…。 61.加强…。 …63.完成…。 主要责任部门:
    市公安局、…、市食品药品监督管理局。 八、环境改善计划 …`` — the role line covers every item since the last mark,
    as it does standing on a line of its own."""
    x = snippet(
        "长春市2008年创建工作计划\n"
        "60.进一步加强对城乡结合部集贸市场监管,严厉查处经营假冒伪劣商品行为。 "
        "61.加强对自备集中式供水、二次供水的卫生管理,确保居民饮用水符合卫生要求。 "
        "63.完成消防特勤二大队、繁荣路消防站和全民消防急救教育基地建设,消除火灾隐患。 "
        "主要责任部门:市公安局、市卫生局、市工商行政管理局。 八、环境改善计划 巩固创卫成果,提高城市整体环境质量。 "
        "64.城区空气环境质量优良级天数达到340天以上。 65.强化燃煤烟尘污染防治。 责任部门:市环保局。\n"
    )
    for words in ("进一步加强对城乡结合部", "加强对自备集中式供水", "完成消防特勤二大队"):
        assert roles(having(x, words))["responsible"] == ["市公安局", "市卫生局", "市工商行政管理局"]
    assert roles(having(x, "城区空气环境质量优良级天数"))["responsible"] == ["市环保局"]


def test_an_article_owing_the_duties_listed_after_it() -> None:
    """hu_guizhou_bijie_aqjgzr: ``第十条 各级人民政府和有关部门除承担本规定第六条规定的责任外,还承担以下责任:`` over
    ``(一)…`` ``(二)…`` — the units the article opens with owe each item (as ``…职责是：`` announces them)."""
    x = snippet(
        "毕节地区各级人民政府和有关部门安全生产监督管理责任的规定\n"
        "第十条 各级人民政府和有关部门除承担本规定第六条规定的责任外,还承担以下责任:\n"
        "(一)法律、法规规定涉及安全生产的事项需要审查批准或者验收的,严格依照有关法律、法规和规章规定的条件和程序进行审查。\n"
        "(二)对未依法取得批准或者验收合格的单位擅自从事生产经营活动的,发现或者接到举报后应当立即予以取缔或制止;\n"
    )
    for words in ("需要审查批准", "擅自从事生产经营活动"):
        assert roles(having(x, words))["responsible"] == ["各级人民政府", "有关部门"]


def test_a_directive_title_heads_the_duty_after_it() -> None:
    """hq_qinghai_haidong_jibencaoyuan2023: ``会议要求,要提高思想认识,推动工作落实。各县区政府、市直相关部门要…。
    要紧盯时间节点,推动工作落实。各县区政府要督促…`` — each short ``要A，B。`` titles the duty of the units after it."""
    x = snippet(
        "海东市召开基本草原优化和完善工作推进会议\n会议要求,要提高思想认识,推动工作落实。"
        "各县区政府、市直相关部门要切实提高政治站位,严密部署,有序开展基本草原优化和完善工作。"
        "要紧盯时间节点,推动工作落实。各县区政府要督促技术单位严格按照方案中规定的进度安排完成工作。\n"
    )
    first = having(x, "要提高思想认识,推动工作落实。各县区政府、市直相关部门")
    assert roles(first)["responsible"] == ["各县区政府", "市直相关部门"]
    second = having(x, "要紧盯时间节点,推动工作落实。各县区政府要督促")
    assert roles(second)["responsible"] == ["各县区政府"]
