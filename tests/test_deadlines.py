"""Deadlines found in task text (as written) and resolved against the plan year."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from polkg.nlp import deadlines
from polkg.nlp.deadlines import Due, find_deadline, find_steps, resolve, resolve_task
from polkg.pipeline import Pipeline
from tests.conftest import CORPUS

# Sentences from the corpus, with the deadline a reader takes as the task's overall one.
REAL = [
    # 004: two dates, the later one is the overall deadline
    ("开展工业VOCs达标排放整治。2019年6月前，建立全区化工、汽车制造等重点行业企业VOCs管控企业台账，"
     "2019年完成重点行业VOCs深度整治，确保VOCs稳定达标排放。", "2019年"),
    # 004: a start date (起), a completion date, an aim (力争) and an earlier step: the latest counts
    ("开展汽车修理行业整治。主城区汽修企业喷漆工序2019年起加快迁出各街道，2020年基本完成。"
     "力争2022年建立集中化钣喷中心。2019年6月底前完成全区汽车修理企业VOCs排放管理台账。", "2022年"),
    # 004: equally late dates: the more specific form wins
    ("加强港口和船舶污染治理。2020年年底前，全面完成非法码头清理取缔。统筹规划建设船舶污染物接收设施，"
     "2020年全面完成建设任务。", "2020年年底前"),
    ("严控城市五“烧”。2019年6月前，出台禁止露天焚烧公告。", "2019年6月前"),
    ("根据园区发展趋势和产业需求，科学确定集中式工业废水处理设施规模。2019年年底，全区基本形成较为完善的"
     "产业园区工业废水集中处理系统。", "2019年年底"),
    # 000: a comparison base (比2015年) is not a deadline
    ("在现有5个城市空气质量达标的基础上，力争2017年雅安、巴中市达标，2020年广安市、遂宁市达标，"
     "2030年自贡市、眉山市达标。到 2020 年细颗粒物年均浓度比 2015 年下降 20% 以上。", "2030年"),
    ("用 2 年时间压减粗钢 420 万吨、水泥 300 万吨。", "用2年时间"),
    # 000: a list of start years (分别于2016年、2018年起) is no deadline
    ("地级及以上城市、县级城市分别于 2016 年、2018年起公开饮水安全状况信息。", None),
    ("自 2017 年起，按照土地用途规划及治理紧迫程度，逐步开展治理。", None),
    # a year inside a cited title is not a deadline
    ("按照《乐山市电动汽车充电基础设施专项规划(2019—2025年)》，配合市上加快实施充电基础设施建设。", None),
    ("加强宣传引导，推动全民参与。", None),
]


@pytest.mark.parametrize(("text", "expected"), REAL)
def test_find_deadline_on_corpus_sentences(text: str, expected: str | None) -> None:
    assert find_deadline(text) == expected


def test_relative_and_standing_deadlines_without_a_year() -> None:
    assert find_deadline("各地完成排查，年底前上报整治清单。") == "年底前"
    assert find_deadline("9月底前完成激光雷达走航监测。") == "9月底前"
    assert find_deadline("长期实施") == "长期实施"
    # a dated expression beats a relative one
    assert find_deadline("6月底前制定方案，2019年3月底前完成。") == "2019年3月底前"


@pytest.mark.parametrize(
    ("deadline", "year", "due"),
    [
        ("年底前", 2018, Due("2018-12-31")),
        ("6月底前", 2018, Due("2018-06-30")),
        ("2月底前", 2020, Due("2020-02-29")),
        ("2019年6月底前", None, Due("2019-06-30")),
        ("2019年6月前", 2018, Due("2019-06-30")),
        ("2020年", None, Due("2020-12-31")),
        ("2020年年底前", 2018, Due("2020-12-31")),
        ("2019年12月31日前", None, Due("2019-12-31")),
        ("2021年上半年", None, Due("2021-06-30")),
        ("用2年时间", 2017, Due("2018-12-31")),
        ("长期实施", 2018, Due(None, open_ended=True)),
        ("长期坚持", None, Due(None, open_ended=True)),
        ("按时间节点", 2018, Due(None)),
        ("按省政府要求", 2018, Due(None)),
        ("年底前", None, Due(None)),
        ("2022年第三季度", None, Due("2022-09-30")),
        ("2022年Q3", None, Due("2022-09-30")),
        ("三季度末前", 2021, Due("2021-09-30")),
        ("第一季度前", 2021, Due("2021-03-31")),
        ("次年3月", 2021, Due("2022-03-31")),
        ("2023年6月底前", 2021, Due("2023-06-30")),
        ("每年", 2021, Due(None, open_ended=True)),
        ("持续推进", 2021, Due(None, open_ended=True)),
        ("常态化开展", 2021, Due(None, open_ended=True)),
        (None, 2018, Due(None)),
    ],
)
def test_resolve(deadline: str | None, year: int | None, due: Due) -> None:
    assert resolve(deadline, year) == due


def test_quarters_and_next_year_in_text() -> None:
    assert find_deadline("完成排查，2022年第三季度完成整治。") == "2022年第三季度"
    assert find_deadline("三季度末前完成验收。") == "三季度末前"
    assert find_deadline("次年3月完成考核。") == "次年3月"


def test_a_cell_without_a_date_takes_the_date_its_text_gives() -> None:
    # corpus/003 lines 48 and 80: 长期实施 / 按时间节点 in the 完成时限 cell, dates in the measure text
    long_term = resolve_task("长期实施", "规范台账管理。力争年底前完成工业涂装、包装印刷行业企业 VOCs 治理。", 2018)
    assert long_term == Due("2018-12-31", open_ended=True)
    nodes = resolve_task("按时间节点", "2018年9月底之前，各地完成专项检查。6月底之前，完成在线监测系统安装。", 2018)
    assert nodes == Due("2018-09-30")
    assert resolve_task("长期实施", "加强宣传引导。", 2018) == Due(None, open_ended=True)


def test_corpus_rows_whose_cell_names_no_date_are_due_when_their_text_says(pipeline: Pipeline) -> None:
    """Issue 12: corpus/003 lines 48, 49 (长期实施) and 80 (按时间节点) give dates in their measures."""
    text = (CORPUS / "003_47ae1d538206f907.txt").read_text("utf-8")
    extraction = pipeline.extract_text(text, doc="003_47ae1d538206f907")
    starts = [sum(len(line) for line in text.splitlines(keepends=True)[: n - 1]) for n in (48, 49, 80)]
    rows = [next(t for t in extraction.tasks if t.span.start <= s + 40 < t.span.end) for s in starts]
    assert [(t.deadline, t.due, t.open_ended) for t in rows] == [
        ("长期实施", "2018-12-31", True), ("长期实施", "2018-12-31", True), ("按时间节点", "2018-09-30", False)]


def test_every_dated_step_of_a_task_is_found() -> None:
    """A task may set several dated steps; each is findable, the overall deadline among them."""
    text = "2019年6月前建立台账，年底前完成治理，2020年11月底前全面完成整治；比2015年下降10%，自2018年起实施。"
    assert find_steps(text, 2019) == [("2019年6月前", "2019-06-30"), ("年底前", "2019-12-31"),
                                      ("2020年11月底前", "2020-11-30")]
    assert find_steps("自2019年6月前，建立非道路移动机械使用管理制度", 2019) == [("2019年6月前", "2019-06-30")]


# Due times written without a year or date in real plans (tests/realworld): each is how a plan says "by when".
WRITTEN = [
    # ho_guangxi_bama_zdxm2020 / ho_henan_dengfeng_xuzhuang_aqsc2017: a recurring due day keeps its 每月/每年
    ("认真做好项目进展情况统计上报工作,要指定专人负责,于每月25日前将当月的项目进展情况以电子文档形式报送",
     "每月25日前"),
    ("收集整理安全生产专项整治工作开展情况;每月26日前,向镇安委会上报专项整治工作总结。", "每月26日前"),
    # rw_guizhou_hezhang2014: 每年5月底前 is the written deadline, not its 5月底前 alone
    ("贵州省环境保护厅于每年5月底前对各市(州)“河长”上一年度水环境保护目标任务落实情况进行检查", "每年5月底前"),
    # hy_sichuan_dazhou_gzbg2021: two recurring days, one deadline as written
    ("每年6月30日、12月31日前将工作推进情况报县政府督查室。", "每年6月30日、12月31日前"),
    # rw_sichuan_suining_ducha2021: a time limit counted from an event; the last one is the overall one
    ("遂宁市应在收到督察意见后30个工作日内制定整改任务清单,报四川省委、省政府,并在整改任务清单印发后6个月内报送整改落实情况",
     "整改任务清单印发后6个月内"),
    # hy_guizhou_zhenning_zuzutong2018: a month end after 在 without 前
    ("调整思路,细化责任,坚持问题导向,加强调度,在6月底保质保量完成建设任务", "6月底"),
    # rw_yunnan_tuguan_minsheng2023: within the plan year
    ("标明了资金来源和投入额度,责任单位、完成时限等内容,年内完成这些民生大事", "年内"),
    # hw_hubei_wuhan_gzbg2024_tz (read Simplified): a recurring day inside each quarter
    ("从2024年第二季度起,各牵头单位要在每个季度第1个月20日前,将责任事项完成情况报市人民政府督查室",
     "每个季度第1个月20日前"),
    # hw_jiangsu_suzhou_gzrw2011: the later of two periods of the year
    ("各地、各部门应于年中和年末分别组织一次自查,并将自查情况报市政府督查室。", "年末"),
    # hw_henan_gzbg2023_zrdw: dates of the plan's year, the last written without it (12月25日前 after 2023年9月25日)
    ("并于2023年3月25日、6月25日、9月25日前向省政府报告各项重点工作的每季度进展情况,12月25日前报告全年落实情况。",
     "12月25日前"),
    # hw_shaanxi_pingli_shuangchuang_xuncha: the end of the month the notice is written in
    ("由陈家坝沿线包片单位县职教中心负责对各自片区内商户进行劝导,本月底以前完成整治", "本月底以前"),
    # rw_hainan_sanya_chuangwen_ducha: fixed at once, as rectification lists write it
    ("管理平台形成问题清单,发送至各责任单位,请各相关单位针对问题立行立改,举一反三,全面排查", "立行立改"),
    # hx_liaoning_jinzhou_hydc_zhenggai: a public holiday
    ("争取“十一”之前,在市政府网站对海洋督察整改任务整改结果进行公示。", "“十一”之前"),
]


@pytest.mark.parametrize(("text", "expected"), WRITTEN)
def test_find_deadline_in_every_written_form(text: str, expected: str) -> None:
    assert find_deadline(text) == expected


@pytest.mark.parametrize(
    ("deadline", "year", "due"),
    [
        ("2020", 2021, Due("2020-12-31")),  # a bare year in a 完成时限 cell (hy_chongqing_yuzhong_wufei2021)
        ("年内", 2023, Due("2023-12-31")),
        ("6月底", 2018, Due("2018-06-30")),
        ("每月25日前", 2020, Due(None, open_ended=True)),
        ("每年5月底前", 2014, Due(None, open_ended=True)),
        ("2021—2025年", None, Due("2025-12-31")),
        ("2021-2025年", None, Due("2025-12-31")),
        ("2021年—2025年", None, Due("2025-12-31")),
        ("2023年底前", None, Due("2023-12-31")),
        ("即知即改", 2021, Due(None, open_ended=True)),
        ("本月底以前", 2020, Due(None)),
        ("(二季度)", 2021, Due("2021-06-30")),
        ("立行立改,长期坚持", 2021, Due(None, open_ended=True)),
    ],
)
def test_resolve_written_forms(deadline: str, year: int | None, due: Due) -> None:
    assert resolve(deadline, year) == due


@pytest.mark.parametrize(
    "text",
    [
        "市政府将加强对2031年政府工作报告确定任务落实情况的督查。",
        "区考评机构要将2031年区《政府工作报告》确定的目标任务纳入绩效管理。",
        # he_chongqing_dazu_youting_chungeng2023: the year of the document a duty carries out
        "邮亭镇全体镇村干部要深入贯彻2031年中央一号文件精神,端稳端牢中国饭碗。",
        "各地要认真学习贯彻2031年全国两会精神。",
    ],
)
def test_a_year_naming_the_report_is_no_deadline(text: str) -> None:
    """A year before 政府工作报告 or a 《title》 says which report is meant; it dates no work."""
    assert find_deadline(text) is None
    assert find_deadline(text + "于2031年底前完成。") == "2031年底前"


def _sure(items: Any, allowed: set[str]) -> bool:
    """Whether every match of a parsed pattern (``re._parser``) holds a character of ``allowed``."""
    c = importlib.import_module("re._constants")
    for op, arg in items:  # a sequence: any element that must match will do
        if op is c.LITERAL:
            sure = chr(arg) in allowed
        elif op is c.IN:
            sure = all(o is c.LITERAL and chr(a) in allowed for o, a in arg)
        elif op is c.SUBPATTERN:
            sure = _sure(arg[-1], allowed)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            sure = arg[0] >= 1 and _sure(arg[2], allowed)
        elif op is c.BRANCH:
            sure = all(_sure(b, allowed) for b in arg[1])
        else:
            sure = False
        if sure:
            return True
    return False


def test_every_deadline_pattern_needs_a_character_of_the_quick_test() -> None:
    """find_deadline skips a text without any of _MAY_DATE's characters: each of its patterns must need one."""
    parser = importlib.import_module("re._parser")
    allowed = set(deadlines._MAY_DATE.pattern.strip("[]"))
    for pattern in deadlines._DEADLINE_PATTERNS:
        assert _sure(parser.parse(pattern.pattern), allowed), pattern.pattern
    assert not _sure(parser.parse(r"\d+个?(?:工作日|日)"), allowed)  # 20个工作日 alone: no 内, not sure
    for pattern, needs in deadlines._NEEDS.items():  # the quicker test of each pattern's own scan
        assert _sure(parser.parse(pattern.pattern), set(needs.pattern.strip("[]"))), pattern.pattern
    assert deadlines.find_deadline("加强组织领导，落实工作责任") is None
    assert deadlines.find_deadline("立行立改") == "立行立改" and deadlines.find_deadline("汛前完成") == "汛前"


@pytest.mark.parametrize(
    ("text", "written", "year", "due"),
    [
        # a span of years is written whole (its end falls due), in prose as in a 完成时限 cell
        ("2021—2025年，每年完成改造100公里。", "2021—2025年", None, "2025-12-31"),
        ("2022-2025年持续推进老旧小区改造。", "2022-2025年", None, "2025-12-31"),
        ("2022年至2024年逐步完成。", "2022年至2024年", None, "2024-12-31"),
        # a month written with 份, a part of a month
        ("6月份完成设备安装调试。", "6月份", 2023, "2023-06-30"),
        ("2023年6月份前完成招标。", "2023年6月份前", None, "2023-06-30"),
        ("11月中下旬完成验收。", "11月中下旬", 2023, "2023-11-30"),
        # a year's holiday or season
        ("2023年汛期前完成病险水库除险加固。", "2023年汛期前", None, "2023-12-31"),
        ("雨季前完成排查整治。", "雨季前", None, None),
        ("秋季开学前完成校舍维修。", "秋季开学前", None, None),
        # the year's end written with 内
        ("2023年内完成全部整改。", "2023年内", None, "2023-12-31"),
        # 今年 before a month is not part of it as answer keys write it (hv_henan_zhengzhou_ysjx), fused with 年底 it is
        ("整个任务在今年11月底前必须完成。", "11月底前", 2009, "2009-11-30"),
        ("今年底前完成。", "今年底前", 2020, "2020-12-31"),
        # a month's end written bare before what is to be done (hq_henan_nanyang_yigaishuangyou_ducha2014), not a
        # report's cut-off
        ("商务中心区建设项目，要求6月底姜营社区一期开工建设。", "6月底", 2014, "2014-06-30"),
        ("截至6月底，已完成投资12亿元。", None, 2014, None),
        ("城乡风貌改造二期工程要在今年10月底基本完工。", "今年10月底", 2010, "2010-10-31"),
        # the time of day after a date (hq_guangdong_dayawan_ducha2018)
        ("(二)2018年1月4日下午15:00—18:00,督查组依次到现场检查。", "2018年1月4日下午15:00—18:00", None, "2018-01-04"),
        ("请于2023年5月10日17:00前报送。", "2023年5月10日17:00前", None, "2023-05-10"),
        # a part of the year or a month bare before the verb that completes the work; of several, the last
        ("力争年底完成全部改造任务。", "年底", 2023, "2023-12-31"),
        ("一季度完成方案编制，四季度完成验收。", "四季度", 2023, "2023-12-31"),
        ("于下半年启动实施。", "下半年", 2023, "2023-12-31"),
        ("泵站改造工程10月开工建设。", "10月", 2023, "2023-10-31"),
        ("1-10月完成投资5亿元。", None, 2023, None),
        ("去年年底完成初验。", None, 2023, None),
        ("明年6月底前完成。", "明年6月底前", 2023, "2024-06-30"),
        # an event the work is done before (hw_shaanxi_pingli_shuangchuang_xuncha)
        ("对旱厕分布进行调查摸底，在国卫复审暗访以前组织拆除旱厕。", "在国卫复审暗访以前", 2020, None),
        ("在此之前，要完成摸底。", None, 2020, None),
        # a recurring month or quarter end without 前 (hy_shandong_malantun_xunhe2018)
        ("镇河长制办公室将在每月月底将巡河情况统计汇总报镇总河长。", "每月月底", 2018, None),
        ("每季度末报送工作进展。", "每季度末", None, None),
        # of several time limits in a closing bracket, the part with the date (hz8_xizang_jtt_dczg1202)
        ("限时完成整改工作。(立行立改,2023年12月31日前完成)|", "2023年12月31日前完成", None, "2023-12-31"),
        ("到今年年底，全面建立四级河长组织体系。", "今年年底", 2017, "2017-12-31"),  # hw_ningxia_hezhang2017_news
    ],
)
def test_deadline_forms_in_general(text: str, written: str | None, year: int | None, due: str | None) -> None:
    """Forms of due dates met in plans of every province, each kept as written and resolved."""
    assert find_deadline(text) == written
    assert resolve(written, year).date == due


@pytest.mark.parametrize(
    ("cell", "due"),
    [("2023.12", "2023-12-31"), ("2023.6.30", "2023-06-30"), ("2023-12-31", "2023-12-31"),
     ("2024/3/15前", "2024-03-15")],
)
def test_a_cell_dated_in_figures_resolves(cell: str, due: str) -> None:
    """Spreadsheet tables write a 完成时限 as figures: the date is the same."""
    assert resolve(cell, None).date == due


def test_a_phase_heading_dates_the_items_under_it() -> None:
    """（一）…阶段（2010年9月10日至9月17日）。一是… / 二是…: the phase's time is each item's deadline (the answer key
    of hz7_beijing_bairizhengzhi2010_p2); an item that writes its own date keeps it; the next heading ends it."""
    from tests.helpers import having, read, snippet

    x = read("hz7_beijing_bairizhengzhi2010_p2")
    assert having(x, "三是评估风险,制定预案").deadline == "2010年9月10日至9月17日"
    plan = ("四、工作步骤\n（一）集中整治阶段（2023年4月—6月）\n1.各乡镇要对排查出的问题逐项整改，建立台账。\n"
            "2.县住建局要在5月底前完成城区积水点改造。\n（二）巩固提升\n3.各乡镇要建立长效管理机制。\n")
    y = snippet(plan)
    assert having(y, "逐项整改").deadline == "2023年4月—6月"
    assert having(y, "积水点改造").deadline in (None, "5月底前")  # its own date, found from its text
    assert having(y, "长效管理机制").deadline is None


@pytest.mark.parametrize(
    ("title", "period"),
    [("动员部署、调查摸底阶段(2010年9月10日至9月17日)", "2010年9月10日至9月17日"),
     ("总结考核阶段（2011年12月）", "2011年12月"),
     ("第二阶段：2023年4月至6月", "2023年4月至6月"), ("全面排查（3月底前完成）", "3月底前完成"),
     ("二、2023年工作重点", None), ("加强组织领导", None), ("（市环保局牵头，2023年底前）", None),
     ("学校食品安全三年行动（2020—2022年）", None), ("近期（2023—2025年）", "2023—2025年")],
)
def test_the_period_a_heading_gives(title: str, period: str | None) -> None:
    assert deadlines.heading_period(title) == period


def test_time_limit_lines_in_their_many_names() -> None:
    """A role line's companion gives the item its deadline under any of its usual names (完成时间, 整改期限,
    截止时间, 时间安排); a schedule of steps gives its overall one."""
    from tests.helpers import having, snippet

    plan = ("1.完成城区污水管网改造。\n责任单位：县住建局\n"
            "完成时间：2023年6月底前完成初步方案，2023年12月底前全面完成。\n"
            "2.整治农村黑臭水体。\n责任单位：县生态环境局\n整改期限：2024年底\n"
            "3.清理河道垃圾。\n责任单位：县水利局\n截止时间：2023年9月30日\n")
    x = snippet(plan)
    assert having(x, "污水管网改造").deadline == "2023年12月底前"
    assert having(x, "农村黑臭水体").deadline == "2024年底"
    assert having(x, "清理河道垃圾").deadline == "2023年9月30日"


def test_a_time_limit_cell_broken_over_two_lines() -> None:
    """A table flattened one cell per line breaks a narrow 完成时限 cell (``2023年6月`` / ``底前``, ``长期`` /
    ``坚持``): the second line completes the deadline and is no task of its own."""
    from tests.helpers import snippet

    x = snippet("序号\n工作任务\n责任单位\n完成时限\n1\n完成城区雨污分流改造\n县住建局\n2023年6月\n底前\n"
                "2\n开展河道清淤疏浚\n县水利局\n长期\n坚持\n")
    assert [(t.text, t.deadline) for t in x.tasks] == [("完成城区雨污分流改造", "2023年6月底前"),
                                                       ("开展河道清淤疏浚", "长期坚持")]


def test_a_box_drawn_time_limit_cell_broken_over_lines() -> None:
    """A box-drawn row that broke over lines (its first cell empty below): the time-limit cell goes on too."""
    from tests.helpers import snippet

    x = snippet("│序号│工作任务│责任单位│完成时限│\n│1│完成城区雨污分流改造│县住建局│2023年12│\n│ │ │ │月底前│\n"
                "│2│开展河道清淤疏浚│县水利局│每年汛前│\n")
    assert [t.deadline for t in x.tasks] == ["2023年12月底前", "每年汛前"]


def test_a_phase_line_without_a_marker_dates_the_paragraphs_under_it() -> None:
    """第一阶段：动员部署（2023年3月） / paragraphs / 第二阶段：…: each phase's time is its paragraphs' deadline, and
    the phase line is no task."""
    from tests.helpers import snippet

    x = snippet("四、实施步骤\n第一阶段：动员部署（2023年3月）\n各乡镇要制定具体实施方案，成立工作专班。\n"
                "第二阶段：集中整治（2023年4月—10月）\n各乡镇要对排查出的问题逐项整改。\n")
    got = [(t.text[:6], t.deadline) for t in x.tasks]
    assert got == [("各乡镇要制定", "2023年3月"), ("各乡镇要对排", "2023年4月—10月")]
    assert deadlines.phase_line("第一阶段：动员部署（2023年3月）") == "2023年3月"
    assert deadlines.phase_line("各乡镇要在第一阶段完成排查，2023年3月底前上报。") is None


def test_the_year_itself_is_as_late_as_its_parts() -> None:
    """一季度开工，年内完工 (a progress cell of hz5_zhejiang_ningbo_jiangbei_msss2023): 年内, not the quarter."""
    assert find_deadline("一季度开工，年内完工") == "年内"


def test_labels_in_lenticular_brackets() -> None:
    """【责任单位】X【完成时限】2023年12月: the bracket form of a role line and its time limit, on the item's line
    or on lines of their own."""
    from tests.helpers import roles, snippet

    x = snippet("1.推进城区污水管网建设。【责任单位】市住建局【完成时限】2023年12月\n"
                "2.开展河道整治。\n【牵头单位】市水利局\n【配合单位】各乡镇\n【完成时限】长期坚持\n")
    first, second = x.tasks
    assert (roles(first)["responsible"], first.deadline) == (["市住建局"], "2023年12月")
    assert (roles(second)["lead"], roles(second)["assist"], second.deadline) == (["市水利局"], ["各乡镇"], "长期坚持")


def test_a_heading_marks_time_limit_covers_its_items() -> None:
    """（一）…（牵头单位：X；完成时限：Y）: the time limit of the heading's mark is its items' deadline."""
    from tests.helpers import snippet

    x = snippet("某县水环境整治方案\n（一）加强城区污水治理（牵头单位：县住建局；完成时限：2023年12月底前）\n"
                "1.完成城区雨污分流改造。\n2.新建污水处理厂一座，2023年6月底前投运。\n"
                "（二）加强河道管理（责任单位：县水利局，完成时限：长期坚持）\n3.开展河道清淤。\n")
    got = {t.text[:5]: t.deadline for t in x.tasks}
    assert (got["1.完成城"], got["3.开展河"]) == ("2023年12月底前", "长期坚持")


def test_a_time_limit_line_right_under_a_heading_covers_its_items() -> None:
    """一、城区污水治理 / 完成时限：2023年12月底前 / 1.… 2.…: the items under the heading take its time limit; the next
    heading ends it."""
    from tests.helpers import snippet

    x = snippet("某县方案\n一、城区污水治理\n完成时限：2023年12月底前\n1.完成城区雨污分流改造。（县住建局负责）\n"
                "2.新建污水处理厂一座。（县住建局负责）\n二、河道管理\n3.开展河道清淤。（县水利局负责）\n")
    got = {t.text[:5]: t.deadline for t in x.tasks}
    assert (got["1.完成城"], got["2.新建污"], got["3.开展河"]) == ("2023年12月底前", "2023年12月底前", None)


@pytest.mark.parametrize(("text", "expected"), [
    ("县水利局负责，今年秋收后完成。", "今年秋收后"),  # the season the work waits for
    ("制定实施细则，省出台文件后2个月完成。", "省出台文件后2个月完成"),  # counted from an event, no 内
    ("县生态环境局负责，督察通知下达的整改期限内完成整改。", "督察通知下达的整改期限内"),  # a term set elsewhere
    ("建立长效机制，持续推进。", "持续推进"),  # a closing clause of its own that never ends
    ("建立巡查制度，常态化开展。", "常态化开展"),
    ("持续推进河道整治，确保水质达标。", None),  # 持续推进 as the measure's own verb
])
def test_deadlines_written_without_a_date(text: str, expected: str | None) -> None:
    """Time limits Chinese plans write with no date (ANNOTATION.md: the deadline as written), which resolve to none."""
    assert find_deadline(text) == expected
    if expected is not None:
        assert resolve(expected, 2021).date is None


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # notices set the week or the month they are written in
        ("各责任单位要在本周内完成自查自纠。", "本周内"),
        ("各村要在本周五前完成摸底。", "本周五前"),
        ("各单位务必于下周一前上报。", "下周一前"),
        ("各县区要在月底前将统计数据报送市局。", "月底前"),
        ("务必于本月25日前完成全部清理工作。", "本月25日前"),
        ("在雨季来临前完成隐患排查。", "雨季来临前"),
        ("在主汛期到来前完成除险加固。", "主汛期到来前"),
        ("请各单位于25日前将报表报送办公室。", "25日前"),
        ("各单位要在本月内完成自查。", "本月内"),
        ("确保在“七一”前完成。", "“七一”前"),
        ("在党的二十大召开前完成整治。", "在党的二十大召开前"),
        ("要求在此前完成。", None),
        ("截止2023年6月底，已完成投资3亿元。", None),
        ("请于5月10日（星期三）下班前将材料报送至县应急局。", "5月10日（星期三）下班前"),
        ("各乡镇于每周五下班前报送本周进展。", "每周五下班前"),
        ("截至2022年底，全县已建成污水处理厂5座，2023年底前再建成3座。", "2023年底前"),
        # a year naming the plan is no due date (hy_beijing_daqi2021_table: 大气污染防治2021年行动计划 … 年底前);
        # a year before 重点任务： or the verb 计划 dates the work (hz5_hubei_guangshui_taiping_hzz2025,
        # hz5_jiangxi_nanchangxian_msss2024)
        ("大气污染防治2021年行动计划：细颗粒物浓度力争继续下降，年底前完成。", "年底前"),
        ("2023年重点任务：完成河道基础信息普查。", "2023年"),
        ("2024年计划改造完成老旧小区10个。", "2024年"),
        # a year framing its sentence yields to the sentence's own date
        ("2023年，全县要在10月底前完成农村改厕任务。", "10月底前"),
        # dates that are not due dates: a meeting's day, an event's time, a comparison base, what a verb of
        # reference governs, a report's cumulative months
        ("2023年4月12日上午，副县长主持召开会议，研究部署防汛工作。", None),
        ("会议时间：2023年3月15日上午9:00", None),
        ("报名时间：2023年5月1日至5月10日。", None),
        ("与2019年相比，全县PM2.5浓度下降10%。", None),
        ("在2020年基础上，化肥使用量减少5%。", None),
        ("根据2023年第一季度调度情况，加快推进项目建设。", None),
        ("按照2023年重点工作安排，年底前完成。", "年底前"),
        ("落实2024年民生实事项目，确保10月底前完工。", "10月底前"),
        ("2023年1-6月，全县完成固定资产投资30亿元。", None),
        ("2022年8月15日，市生态环境局印发《通知》，要求各地于9月底前完成排查。", "9月底前"),
    ],
)
def test_how_notices_and_meeting_reports_write_time(text: str, written: str | None) -> None:
    assert find_deadline(text) == written


@pytest.mark.parametrize("written", ["本周内", "下周一前", "月底前", "本月25日前", "25日前", "本月内", "“七一”前"])
def test_a_notices_week_or_month_is_not_dated_by_the_plan_year(written: str) -> None:
    """The month or week a notice is written in is not the plan year's December (月底前 is no 12月底前)."""
    assert resolve(written, 2023).date is None


def test_real_meeting_day_and_reference_year_are_no_due_dates() -> None:
    """hd_henan_dengfeng_jiaotong2021 opens with the day a vice-mayor inspected (no due date); he_gansu_lanzhou_ljfl2020
    works 结合2020年…目标任务 and is due 到2020年6月底前 (the year of the targets is no later due date)."""
    assert find_deadline("2021年1月7日下午,副市长胡优良到卢店镇督导道路交通集中整治“百日攻坚”行动。") is None
    assert find_deadline("结合2020年生活垃圾分类工作目标任务,在征求相关单位意见基础上,已制定了《兰州市2020年城市"
                         "生活垃圾分类工作行动方案》。4月起,全市54个街道必须全面开展垃圾分类整体推进工作,到2020年6月底前,"
                         "完成全市垃圾分类片区建设任务。") == "2020年6月底前"


def test_a_duty_takes_the_due_date_its_paragraph_closes_with() -> None:
    """hz9_hubei_gzbg2018_zrfj: 各牵头单位要…，各责任单位要…，于3月20日前将落实措施报省政府 — the engine reads the
    first duty on its own; the paragraph's closing date is its due date (the answer key's 3月20日前). A later
    paragraph's date is never borrowed, nor a date that is no due date (明年)."""
    path = CORPUS.parent / "tests" / "realworld" / "hz9_hubei_gzbg2018_zrfj.txt"
    if not path.exists():
        pytest.skip("hz9_hubei_gzbg2018_zrfj is not in tests/realworld")
    x = Pipeline().extract_text(path.read_text(encoding="utf-8"), "hz9_hubei_gzbg2018_zrfj")
    first = [t for t in x.tasks if "各牽頭單位要切實履行牽頭抓落實責任" in t.text]
    assert first and min(first, key=lambda t: len(t.text)).deadline == "3月20日前"
    text = "一、各单位要加强组织领导，落实工作责任，\n于3月20日前报送方案。\n二、要加快推进，力争明年见效。"
    assert deadlines.paragraph_deadline(text, text.index("，\n") + 1) is None
    assert deadlines.paragraph_deadline(text, text.index("加快推进")) is None
    text = "各单位要加强组织领导，落实工作责任，并于3月20日前将落实措施报县政府。"
    assert deadlines.paragraph_deadline(text, text.index("落实工作责任") + 6) == "3月20日前"
    text = "今年死亡人数要控制在5人以内。各乡镇要在4月底前完成隐患排查，县应急局要于每月5日前通报。"
    assert deadlines.paragraph_deadline(text, text.index("。") + 1) is None  # other duties' own dates


def test_a_date_opening_a_sentence_governs_each_of_its_clauses() -> None:
    """会议要求，6月底前，各乡镇要…，县水利局要…: the engine reads each unit's clause as a task; the date standing as a
    clause of its own at the sentence's head is the due date of each. A date inside the first clause (各乡镇要于6月底前
    完成…，县水利局要…) governs that clause only; 每日17时前 is a recurring due time."""
    text = "会议要求，6月底前，各乡镇要完成隐患排查，县水利局要完成病险水库除险加固。"
    assert deadlines.context_deadline(text, text.index("县水利局"), len(text)) == "6月底前"
    text = "各乡镇要于6月底前完成隐患排查，县水利局要完成病险水库除险加固。"
    assert deadlines.context_deadline(text, text.index("县水利局"), len(text)) is None
    assert find_deadline("县气象局要及时发布预警信息，并于每日17时前报送雨情。") == "每日17时前"
    plan = ("关于做好防汛工作的通知\n各乡镇、各有关单位：\n"
            "一、会议要求，6月底前，各乡镇要完成山洪灾害隐患排查，县水利局要完成病险水库除险加固，县应急局要做好物资储备。\n"
            "二、县城管局要做好排水管网清淤。\n")
    x = Pipeline().extract_text(plan, "snippet")
    assert {t.deadline for t in x.tasks if "除险加固" in t.text or "物资储备" in t.text} == {"6月底前"}
    assert [t.deadline for t in x.tasks if "排水管网清淤" in t.text] == [None]
