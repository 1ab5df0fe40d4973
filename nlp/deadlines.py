"""Deadlines: found in text, kept as written, resolved to a date where the document allows.

A task may name several dates (``2019年6月前建立台账，2019年完成整治``); the one that counts is the
overall deadline, i.e. the latest date, and among equally late ones the most specific form
(``2020年年底前`` over ``2020年``) written last. Dates that start something (``2019年起``,
``自2017年``) or serve as a comparison base (``比2015年``) are not deadlines. Without any dated
expression, a relative one (``年底前``, ``6月底前``, ``用2年时间``) or a standing one (``长期实施``)
is taken. The deadline is returned as written with whitespace removed, e.g. ``2019年6月底前``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from polkg import data
from polkg.loaders.text import alternation, small_number
from polkg.nlp import periods

# One dated expression: 2019年 / 2019年度 / 2019年底 / 2019年年底前 / 2019年6月底前 / 2019年12月31日前 / 2019年上半年
_WEEKDAY = r"(?:[（(](?:星期|周)[一二三四五六日天][）)])?"  # 4月20日(星期五)前
# The time of day after a date, part of it as written: 2021年3月5日上午9:00—12:00, 5月10日17:00前, 6月30日12时前
_CLOCK = r"(?:\d{1,2}[:：]\d{2}|\d{1,2}[时点](?:\d{1,2}分)?)"
_TIME_OF_DAY = (rf"(?:(?:上午|下午|中午|晚上)?{_CLOCK}(?:[—\-～~至到]{_CLOCK})?"
                rf"|(?:上午|下午|中午|晚上|全天)(?![\u4e00-\u9fff])|下班(?=前|以前|之前))?")
_MONTH = (rf"(?P<m>\d{{1,2}})月(?:(?P<d>\d{{1,2}})日{_WEEKDAY}{_TIME_OF_DAY}"
          rf"|(?P<mq>底|末|上中旬|中下旬|中旬|上旬|下旬|份))?")
_QUARTER = r"(?:第(?P<qn>[一二三四1-4])季度|(?P<qa>[一二三四1-4])季度|Q(?P<qq>[1-4]))(?:末|底)?"
_DATED = re.compile(
    rf"(?P<y>(?:19|20)\d{{2}})年(?:(?P<ye>年?底|年?末|内(?![容外部]))|{_MONTH}|(?P<h>上半年|下半年)|{_QUARTER}|度)?(?P<before>前|以前|之前)?"
)
# The plan's own year fused with its end (今年底, 今年年底, 本年末): written as part of it
# (hw_ningxia_hezhang2017_news); before a month it is a word of its own that answer keys leave out
# (今年11月底前 → 11月底前)
_THIS_YEAR_END = r"(?:(?:今|本|当)年?(?=年[底末]))?"
# Relative to the plan year: 年底前 / 6月底前 / 上半年 / 三季度末前 / 次年3月 / 本月底以前 (the month it is written in)
_RELATIVE = re.compile(
    rf"(?<!明年)(?<!次年)(?<!翌年)(?:{_THIS_YEAR_END}(?P<ye>年底|年末)|{_MONTH}|(?P<h>上半年|下半年)|{_QUARTER}|(?:(?:本|当|这个)|(?<![\d一二三四五六七八九十个每上下次前]))月(?:底|末)|(?:本|当)月\d{{1,2}}日"
    r"|(?<=[于在])\d{1,2}日)"
    r"(?P<before>前|以前|之前)"
)
# A cell that opens with a relative date, 前 or not: 6月底, 今年年底, 上半年, 三季度
_RELATIVE_CELL = re.compile(rf"^(?:(?:(?:今|本|当)年(?=\d))?{_MONTH}"
                            rf"|{_THIS_YEAR_END}(?P<ye>年底|年末)|(?P<h>上半年|下半年)|{_QUARTER})")
_NEXT_YEAR = re.compile(
    rf"(?:次年|明年|下一年)(?:{_MONTH}|(?P<ye>年底|年末)|(?P<h>上半年|下半年)|{_QUARTER})?(?:前|以前|之前)?"
)
_WORDS = data.read("deadlines.toml")


# A span of effort from the plan's start: 用2年时间, 用2年 (用 alone suffices), 通过3年努力, 经过五年左右的努力
_N_YEARS = r"(?:\d{1,2}|[一二三四五])"
_OTHER_LEADS = alternation([w for w in _WORDS["duration_lead"] if w != "用"])
_DURATION = re.compile(
    rf"用(?P<n>{_N_YEARS})年(?:{alternation(_WORDS['duration_tail'])})?"
    rf"|(?:{_OTHER_LEADS})(?P<n2>{_N_YEARS})年(?:{alternation(_WORDS['duration_tail'])})"
)
_STANDING = re.compile(r"长期(?:实施|坚持|推进|执行)|立行立改|即知即改|即查即改")  # 持续推进 is a verb in prose
# As a deadline as written (a 完成时限 cell), these keep going with no end date
_STANDING_CELL = re.compile(r"^(?:长期|持续|常态化|每年|每季度|每月|每半年|每周|定期|逐年|立行立改|即知即改|立即|随时)")
# A recurring due day: 每月25日前, 每年5月底前, 每年6月30日、12月31日前, 每季度最后一个月的30日前 (the 每… is part of
# what is written)
_RECURRING = re.compile(
    r"每个?(?:年|月|季度|季|半年|周|旬|日|天)(?:[第个\d一二三四五六上中下旬月日底末季度、最后的时点:：]|下班){1,20}?"
    r"(?:前|以前|之前)"
    r"|每个?(?:月|季度|季|半年|年)(?:月|季|年)?(?:底|末)(?![\d前])"  # 在每月月底, 每季度末, 每年年底 (no 前)
)
# A month end or day after 在/于/到/至 without 前 (在6月底保质保量完成, 即日起至7月25日): the date the work is done by
# (截至3月31日 dates a report)
_RELATIVE_BARE = re.compile(
    rf"(?<=[在于到和至])(?<!截至)(?:{_THIS_YEAR_END}(?P<ye>年底|年末)|{_MONTH})(?!前|以前|之前|份|\d)"
)
# A month end or day written bare before the verb that completes the work (6月底完成, 3月15日报送); not a
# reporting period (1-6月完成投资) nor a past (6月底完成了)
_RELATIVE_DONE = re.compile(
    rf"(?<![\d—\-～~至到年前])\d{{1,2}}月(?:\d{{1,2}}日|底|末|份|上中旬|中下旬|上旬|中旬|下旬)?"
    rf"(?=(?:{alternation(_WORDS['done_verbs'])})(?!了))"
)
# A part of the plan's year written bare before the verb that completes the work (年底全面完成, 上半年开工, 一季度完成
#方案编制，四季度完成验收: the last), 今年 fused with its end included; not the last year's (去年年底) nor a report
# (上半年完成了…)
_PERIOD_DONE = re.compile(
    rf"(?<![\d年上下本当这每去前明次第])(?:{_THIS_YEAR_END}(?:年底|年末)|年中|上半年|下半年|第?[一二三四1-4]季度(?:末|底)?"
    rf"|(?:本|当)月(?:底|末))(?=(?:{alternation(_WORDS['done_adverbs'])})?(?:{alternation(_WORDS['done_verbs'])})(?!了))"
)
# A month's end written bare anywhere (要求6月底姜营社区一期开工建设, 要在今年9月底全面竣工: 今年 and all, as
# hq_guangxi_fengmao_tingji2010's key writes it): the date the work is done by; not the end of a
# report's period (截至6月底, 1-6月底) nor a day or a part of the month (对9月中旬仍未完成的: who is meant)
_MONTH_END = re.compile(r"(?<![\d—\-～~至止到年])(?:(?<![这那])(?:今|本|当)年)?\d{1,2}月(?:底|末)(?![前以之份\d])")
# A range of months or days written whole, its end the due date: 2023年3月-6月, 6月26日—7月25日, 10月至次年3月
_DAY_OF_MONTH = r"\d{1,2}月(?:\d{1,2}日|底|末|上旬|中旬|下旬)?"
_RANGE = re.compile(
    rf"(?:(?P<y>(?:19|20)\d{{2}})年)?{_DAY_OF_MONTH}(?:{alternation(_WORDS['range_marks'])})"
    rf"(?:(?P<y2>(?:19|20)\d{{2}})年|(?P<next>次年|翌年|明年))?(?P<m>\d{{1,2}})月(?:(?P<d>\d{{1,2}})日|(?P<mq>底|末|上旬|中旬|下旬))?"
)
# The start of a range whose end is a due date, written just before it: 6月26日至|7月25日, 2022年3月—|2022年12月
_RANGE_HEAD = re.compile(
    rf"(?:(?:19|20)\d{{2}}年?)?(?:\d{{1,2}}月(?:\d{{1,2}}日|上旬|中旬|下旬|底|末)?)?(?:{alternation(_WORDS['range_marks'])})$"
)
# A time limit counted from an event: 收到反馈意见后20个工作日内, 印发后6个月内, 3年内
_WITHIN = re.compile(
    r"(?:[^，,。；;、在于并\s]{1,16}?(?:后|起))?(?:\d{1,3}|[一二三四五六七八九十两半]{1,3})个?(?:工作日|日|天|个月|月|周|年)(?:内|以内|之内)"
)
# A week the work is done in or before, as notices set it: 本周内, 本周五前, 下周一前, 周五前
_WEEK = re.compile(r"(?:本|当|下|这)周(?:[一二三四五六日天]|末)?(?:内|前|以前|之前)"
                   r"|(?<![每上本当下这])(?:周|星期)[一二三四五六日天](?:前|以前|之前)")
# Within the plan year (年内完成): not the tail of 2020年内 or 全年内
_IN_YEAR = re.compile(r"(?<![\d〇零一二三四五六七八九十全])(?:今|本|当)?年内(?![容外])")
# Within the month a notice is written in (本月内完成)
_IN_MONTH = re.compile(r"(?:本|当)月内")
# A time limit counted from an event and closed by the verb that completes the work, no 内 written
# (省出台文件后2个月完成): the limit with its verb, as written
_COUNTED_DONE = re.compile(
    r"[^，,。；;、在于并\s]{1,16}?后(?:\d{1,3}|[一二三四五六七八九十两半]{1,3})个?(?:工作日|日|天|个月|月|周|年)"
    rf"(?:{alternation(_WORDS['done_verbs'])})"
)
# A time limit set by someone else and named, not dated (督察通知下达的整改期限内, 在规定时限内): as written
_NAMED_TERM = re.compile(r"[^，,。；;、在于并\s]{2,16}?(?:期限|时限)(?:内|以内|之内)")
# The season or holiday the work waits for (今年秋收后, 春耕后): as written, 今年 and all
_AFTER_SEASON = re.compile(rf"(?:(?:今|明|本)年)?(?:{alternation(_WORDS['holidays'])})(?:后|以后|之后)(?![的期])")
# A clause of its own closing a measure that says it never ends (…，持续推进。 …，常态化开展): a standing
# deadline as written; elsewhere 持续推进 is a verb of the measure itself
_STANDING_CLAUSE = re.compile(r"(?<=[，,；;])(?:长期|持续|常态化)[\u4e00-\u9fff]{0,4}(?=[。；;]?$)")
# A public holiday or season the work is done before: “十一”之前, 春节前, 汛前
_HOLIDAY = re.compile(rf"(?:[“\"]?(?:{alternation(_WORDS['dated_holidays'])})[”\"]?|{alternation(_WORDS['holidays'])})"
                      rf"(?:{alternation(_WORDS['holiday_tails'])})?"
                      r"(?:之前|以前|前)")
# An event the work is done before, written 在…以前/之前 (在国卫复审暗访以前, 在省级验收之前), 在 and all
_EVENT = re.compile(r"在(?P<event>[^，,。；;、：:在（）()]{2,14}?)(?:以前|之前)"
                    rf"|在(?P<event2>[^，,。；;、：:在（）()]{{1,12}}?(?:{alternation(_WORDS['event_verbs'])}))前")
# A date that starts something, is a comparison base or closes a report's period, not a deadline (data).
_NOT_BEFORE = tuple(_WORDS["not_before"])
# (a year before 政府工作报告 or a 《title》 names the report: it dates no work)
_NOT_AFTER = re.compile(
    r"^(?:、(?:19|20)\d{2}年)*(?:起|开始|以来|以后|已)|^(?:—|-|～|~|至(?!今))|^[省市县区镇]?(?:《|政府工作报告)"
    rf"|^(?:{alternation(_WORDS['base_after'])})"  # 与2019年相比, 在2020年基础上: a comparison base
    r"|^1[-—–～~至到]\d{1,2}月(?!\d)"  # 2023年1-6月: a report's cumulative period
)
# A five-year plan's end or span as a due date: “十四五”末, 十三五期间, “十四五”时期
_FIVE_YEAR_DUE = re.compile(
    r"[“\"]?(?:十[一二三四五六]五|第十[一二三四五六]个五年(?:规划)?)[”\"]?(?:末期|期末|末|期间|时期)"
)
# A date written in figures, as spreadsheets give a 完成时限 cell: 2023.12, 2023-12-31, 2023/6/30前
_NUMERIC_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})(?P<sep>[./\-])(?P<m>\d{1,2})(?:(?P=sep)(?P<d>\d{1,2}))?(?P<mq>)(?:前|以前|之前)?"
)
_LABEL_VERBS = tuple(_WORDS["label_verbs"])
_LABEL_AFTER = tuple(_WORDS["label_after"])
_LABEL_NOUNS = tuple(_WORDS["label_nouns"])
_REFERENCE_VERBS = tuple(_WORDS["reference_verbs"])
# A clause opened by a full date (its day written, no 前) in which something happens (a meeting, a visit): the
# day it happened, not a due date (2023年4月12日上午，县委书记主持召开…)
_EVENT_CLAUSE = re.compile(
    rf"(?:上午|下午|晚上|中午)?[，,]?[^。；;！!]{{0,40}}?(?:{alternation(_WORDS['event_words'])})"
)
#: every pattern find_deadline reads holds one of these characters (年, 月, 季, 前 or 内, the 末/期 of a
#: five-year plan's end, or the 长/立/即 of a standing form) in every match it can make
#: (tests/test_deadlines.py checks each pattern's parse tree): a text without any of them has no deadline
_MAY_DATE = re.compile("[年月季前内末期长立即后持常]")
#: a character every match of each pattern holds (tests/test_deadlines.py checks the parse trees): a text
#: without it is not scanned, and most tasks lack the 内 of _WITHIN, whose scan costs most
_NEEDS: dict[re.Pattern[str], re.Pattern[str]] = {
    pattern: re.compile(f"[{chars}]") for pattern, chars in (
        (_DATED, "年"), (_RELATIVE, "前"), (_RELATIVE_BARE, "年月"), (_RELATIVE_DONE, "月"), (_RECURRING, "每"),
        (_RANGE, "月"), (_FIVE_YEAR_DUE, "五"), (_NEXT_YEAR, "年"), (_DURATION, "年"), (_WITHIN, "内"),
        (_IN_YEAR, "内"), (_HOLIDAY, "前"), (_STANDING, "长立即"), (_PERIOD_DONE, "年季月"), (_MONTH_END, "月"),
        (_COUNTED_DONE, "后"), (_NAMED_TERM, "内"), (_AFTER_SEASON, "后"), (_STANDING_CLAUSE, "长持常"),
        (_WEEK, "周期"), (_IN_MONTH, "内"))
}


def _scan(pattern: re.Pattern[str], s: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(s)``, skipped when ``s`` lacks the character every match needs (:data:`_NEEDS`)."""
    needs = _NEEDS.get(pattern)
    return pattern.finditer(s) if needs is None or needs.search(s) else iter(())


def _count(written: str) -> int:
    """A count its pattern has already limited to digits or 一–五 (a quarter, 用三年时间): read as plans write it."""
    n = small_number(written)
    if n is None:
        raise ValueError(f"not a count: {written!r}")
    return n


_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Due:
    date: str | None  # ISO date
    open_ended: bool = False


@dataclass(frozen=True)
class _Found:
    written: str
    key: tuple[int, int, int]  # (year, month, day) of the due date, for ordering
    specific: int  # 1 when the form names a month, a year end or 前
    pos: int


# A period that opens an item, as the time it is done in: 1、上半年开工建设…, 第一季度（每项5分）：完成… (before
# a verb of doing or a label's punctuation; not a report on it: 上半年完成情况, 上半年经济运行平稳)
_OPENING_PERIOD = re.compile(
    r"^(?:[（(]?[\d一二三四五六七八九十]{1,3}[）)、.．]?)?(?P<period>上半年|下半年|第?[一二三四1-4]季度)"
    r"(?=[（(：:，,]|开工|完成|建成|启动|实施|开展|推进|建设|出台|制定)(?!完成情况)"
)
# A bracket closing an item that holds only its time limit: （2006年7月底前完成）, （年内持续推进）
_CLOSING_BRACKET = re.compile(r"[（(](?P<cell>[^（）()]{2,24})[）)][。.；;]?[|｜│┃]?$")  # a table cell's mark after it
_NOT_A_CELL = re.compile(r"牵头|负责|配合|责任|单位|部门|已|了")


# What a short token closing a flattened table row must not be to be its time-limit cell: a bare number or a
# decimal (a value column), a trend (持续下降, 逐年提高: the measure), or 数据 (a data column)
_NOT_CELL = re.compile(
    r"^(?:\d+\.\d+|\d+(?![\d年月日.—\-–～~至]))|^(?:持续|逐年|稳步)(?:下降|降低|减少|提高|提升|增长|增加|改善|好转|优化|向好)|数据")
# A time a 完成时限 cell gives: a year, a month, a part of the year
_CELL_TIME = re.compile(r"\d{4}年|\d{1,2}月|年底|年内|季度|上半年|下半年|长期|持续|常态化")


def cell_like(token: str) -> bool:
    """Whether a short token closing a table row flattened into one line is its 完成时限 cell (2023年底前,
    长期坚持, 立行立改), not a value or a trend: the row's columns are only told apart by what they hold."""
    if len(token) > 16 or _NOT_CELL.search(token):
        return False
    return _CELL_TIME.search(token) is not None or _STANDING.search(token) is not None


@lru_cache(maxsize=16)  # kept for the last few texts: a task's text is read again when its cell gives no date
def find_deadline(text: str) -> str | None:
    """The overall (latest) deadline written in a task's text, as written; None if there is none. A bracket
    closing the item that holds only a time limit is read as a 完成时限 cell is: whole, as written (ANNOTATION.md:
    the deadline as written)."""
    s = _SPACE.sub("", text)
    m = _CLOSING_BRACKET.search(s)
    if m and not _NOT_A_CELL.search(m.group("cell")):
        cell = _time_limit_cell(m.group("cell"))
        if cell is not None:
            return cell
    return _deadline_in(s)


#: how far past a task's end its paragraph is read for the due date it shares
MAX_PARAGRAPH_TAIL = 160
# A clause of a paragraph that sets the due date of what the paragraph asks (notices and meeting reports close a
# duty with the date its result is reported by: 于3月20日前将落实措施报省政府, 请…于1月底前报…, 每月28日前将…报送)
_TAIL_DUE = re.compile(r"(?:于|在|务必|请|要|须|必须|并|，|,|。|；)(?:[^。；;\n]{0,30}?)(?:前|以前|之前|内)")
# the rest of a clause of reporting after its date: 将落实措施报省政府, 报送至县应急局 (not 通报, 举报, 报道)
_REPORTED = re.compile(rf"[^。；;！!]*?(?<![通举情简公预])(?:{alternation(_WORDS['report_verbs'])})(?![道纸刊])")


# A due date that is a clause of its own opening a sentence (6月底前，各乡镇要…，县水利局要…): it governs every
# clause of the sentence
_FRAMING = re.compile(r"(?:^|[，,：:])(?P<due>[^，,。；;：:\n]{2,16}?(?:前|以前|之前|内))[，,]")


def context_deadline(text: str, start: int, end: int) -> str | None:
    """The due date a task without one of its own takes from around it: a date opening its sentence as a clause
    of its own (``6月底前，各乡镇要…，县水利局要完成…``), else the date its paragraph closes with
    (:func:`paragraph_deadline`)."""
    return sentence_deadline(text, start) or paragraph_deadline(text, end)


def sentence_deadline(text: str, start: int) -> str | None:
    """The due date written as a clause of its own at the head of the sentence the task at ``start`` continues
    (``会议要求，6月底前，各乡镇要…，|县水利局要…``); None when the task opens its sentence."""
    head_start = max(text.rfind(c, max(0, start - MAX_PARAGRAPH_TAIL), start) for c in "。；;！!\n") + 1
    head = text[head_start:start]
    if not head.strip():
        return None
    for m in _FRAMING.finditer(head):
        found = find_deadline(m.group("due"))
        if found and found == _SPACE.sub("", m.group("due")) and re.search(r"(?:前|以前|之前|内)$", found):
            return found
    return None


def paragraph_deadline(text: str, end: int) -> str | None:
    """The due date a task without one of its own shares with the rest of its paragraph: a notice writes a duty,
    then when its result is due (``各牵头单位要切实履行牵头抓落实责任，…，于3月20日前将落实措施报省政府。``).
    Read only up to the paragraph's end, and only a date set with 于/在/前/内 for reporting (将…报…, 报送, 提交), as
    such closing clauses are: the first; a later duty's own date is not shared."""
    stop = text.find("\n", end)
    tail = text[end : stop if stop >= 0 else len(text)]
    if not tail or len(tail) > MAX_PARAGRAPH_TAIL or _TAIL_DUE.search(tail) is None:
        return None
    for sentence in re.split(r"(?<=[。；;！!])", tail):
        found = find_deadline(sentence)
        if found and re.search(r"(?:前|以前|之前|内)$", found):
            at = _SPACE.sub("", sentence).find(found)
            if at >= 0 and _REPORTED.match(_SPACE.sub("", sentence), at + len(found)):
                return found
    return None


def _time_limit_cell(cell: str) -> str | None:
    """A bracket's text read as a 完成时限 cell: whole when it holds only a time limit (``2006年7月底前完成``,
    ``立行立改，长期坚持``); of several time limits with a date among them, the part holding the overall one
    (``立行立改，2023年12月31日前完成`` → ``2023年12月31日前完成``)."""
    parts = [p for p in re.split(r"[，,、；;]", cell) if p]
    limits = []
    for part in parts:
        inner = _deadline_in(part)
        rest = part.removeprefix(inner or "")
        if not inner or rest == part or not re.fullmatch(r"[\u4e00-\u9fff]{0,6}", rest):
            return None
        limits.append((part, inner))
    if not limits:
        return None
    overall = _deadline_in(cell)
    dated = [part for part, inner in limits if inner == overall and not _STANDING.search(inner)]
    return dated[-1] if dated and len(limits) > 1 else cell


# A heading that names a phase of the work and its time: （一）动员部署阶段（2023年3月1日—3月15日）, 第二阶段：2023年
# 4月至6月, （三）总结考核阶段（2011年12月）, 近期（2023—2024年）
_PHASE = re.compile(r"阶段|时期|近期|中期|远期|步骤|第[一二三四五六七八九十\d]步")
# a time-limit field inside a heading's mark: 完成时限：2023年12月底前 (up to the next field or the bracket's end)
_TIME_LABEL = re.compile(
    r"(?:完成时限|完成时间|完成期限|时间节点|时限要求|整改时限|时限)[：:](?P<value>[^；;，,。）)】〕]{2,16})"
)
_YEAR_SPAN = re.compile(r"(?:19|20)\d{2}年?(?:[—–\-~～至到]+(?:19|20)\d{2}年(?:度)?)")
_BRACKETED = re.compile(r"[（(](?P<cell>[^（）()]{2,24})[）)]")


def heading_period(title: str) -> str | None:
    """The time a heading gives the items under it, as written: a bracket holding only a time limit, or the
    date of a heading that names a phase of the work. A heading that only dates its subject (``二、2023年工作
    重点``) gives none."""
    s = _SPACE.sub("", title)
    for m in _BRACKETED.finditer(s):
        cell = m.group("cell")
        if _YEAR_SPAN.fullmatch(cell) and not _PHASE.search(s):
            continue  # 三年行动计划（2020—2022年）: the span of a plan the heading names, not a phase's time
        inner = _deadline_in(cell)
        if inner and not _NOT_A_CELL.search(cell) and re.fullmatch(r"[\u4e00-\u9fff]{0,4}", cell.replace(inner, "", 1)):
            return cell  # whole, as a 完成时限 cell: （3月底前完成）
    labelled = _TIME_LABEL.search(s)
    if labelled:  # （一）…（牵头单位：X；完成时限：2023年12月底前）: the time limit its mark gives
        return labelled.group("value")
    if _PHASE.search(s):
        return _deadline_in(s)
    return None


# A line that opens a phase without a heading's marker: 第一阶段：动员部署（2023年3月）, 集中整治阶段(4月—10月)
_PHASE_LINE = re.compile(r"^(?:第[一二三四五六七八九十\d]{1,2}阶段|[\u4e00-\u9fff、]{2,16}阶段)(?:[:：（(]|$)")
#: a phase line is a heading: this long at most
MAX_PHASE_LINE = 40


def phase_line(line: str) -> str | None:
    """The period of a line that opens a phase of the work with no heading marker (``第二阶段：集中整治（2023年4月
    —10月）``): it dates the paragraphs under it as a heading would; None for any other line."""
    s = _SPACE.sub("", line).rstrip("。.")
    if len(s) > MAX_PHASE_LINE or not _PHASE_LINE.match(s) or re.search(r"[。；;]", s):
        return None
    return heading_period(s)


def _deadline_in(s: str) -> str | None:
    """The overall deadline of ``s`` (whitespace removed)."""
    if not _MAY_DATE.search(s):  # most tasks name no date at all: one scan for a character says so
        return None
    dated = _dated(s) + _five_year(s) + _ranges(s)[0]
    if dated:
        best = max(dated, key=lambda f: (f.key, f.specific, f.pos))
        return (_later_in_year(s, dated, best) or _within_framing_year(s, best)
                or _whole_range(s, best.pos, best.written))
    relative = _relative(s)
    if relative:
        return _whole_range(s, *relative[-1])
    for pattern in (_NEXT_YEAR, _DURATION, _WITHIN, _WEEK, _IN_MONTH, _COUNTED_DONE, _NAMED_TERM, _IN_YEAR, _HOLIDAY,
                    _AFTER_SEASON, _EVENT, _STANDING, _STANDING_CLAUSE):
        found = [m for m in _scan(pattern, s) if not _in_book_title(s, m.start())]
        if found:
            return found[-1].group(0)
    opening = _OPENING_PERIOD.match(s)
    return opening.group("period") if opening else None


#: the patterns of :func:`_deadline_in`
_DEADLINE_PATTERNS = (_DATED, _RELATIVE, _RELATIVE_BARE, _RELATIVE_DONE, _PERIOD_DONE, _MONTH_END, _RECURRING, _RANGE,
                      _FIVE_YEAR_DUE, _NEXT_YEAR, _DURATION, _WITHIN, _WEEK, _IN_MONTH, _COUNTED_DONE, _NAMED_TERM,
                      _IN_YEAR, _HOLIDAY, _AFTER_SEASON, _EVENT, _STANDING, _STANDING_CLAUSE, _OPENING_PERIOD)


def _whole_range(s: str, pos: int, written: str) -> str:
    """A due date that ends a range of dates, with the range's start: ``6月26日至7月25日`` is written as one
    span of work (its due date is the end), ``即日起至7月25日`` is not a range of dates (7月25日)."""
    head = _RANGE_HEAD.search(s, max(0, pos - 16), pos)
    if head is None or not re.match(r"(?:19|20)\d{2}|\d{1,2}月", head.group(0)):
        return written
    return head.group(0) + written


def _within_framing_year(s: str, best: _Found) -> str | None:
    """The last relative date written after a bare year that opens its sentence as its frame (``2023年，全县要在
    10月底前完成…``): the year says when the sentence's work is done, its own date says by when."""
    if best.specific or s[max(0, best.pos - 1) : best.pos] not in ("", "。", "；", ";", "\n", "，", ","):
        return None
    if not s.startswith(("，", ","), best.pos + len(best.written)):
        return None
    later = [written for pos, written in _relative(s) if pos > best.pos]
    return later[-1] if later else None


def _later_in_year(s: str, dated: list[_Found], best: _Found) -> str | None:
    """A relative date written after a dated one, in that date's year, falling due later than every dated one
    (``于2023年3月25日、9月25日前报告进展，12月25日前报告全年落实情况`` → 12月25日前)."""
    out = None
    for pos, written in _relative(s):
        prior = [f for f in dated if f.pos < pos]
        if not prior or any(f.pos <= pos < f.pos + len(f.written) for f in dated):
            continue
        due = resolve(written, prior[-1].key[0]).date
        if due is not None and due > _iso(best.key):
            out = written
    return out


def _relative(s: str) -> list[tuple[int, str]]:
    """The relative dates of ``s`` (``6月底前``, ``在6月底``, ``每年5月底前``) in order, as written: a recurring
    form keeps its 每年/每月 and swallows the dates it holds."""
    recurring = [(m.start(), m.end()) for m in _scan(_RECURRING, s)]
    found = [(a, s[a:b]) for a, b in recurring]
    for pattern in (_RELATIVE, _RELATIVE_BARE, _RELATIVE_DONE, _PERIOD_DONE, _MONTH_END):
        for m in _scan(pattern, s):
            if not any(a <= m.start() < b for a, b in recurring):
                found.append((m.start(), m.group(0)))
    found.extend(_ranges(s)[1])
    found = [f for f in found if not _event_labelled(s, f[0])]
    if found:  # 一季度开工，年内完工: 年内 is as late as any of them
        found.extend((m.start(), m.group(0)) for m in _IN_YEAR.finditer(s))
    return sorted(f for f in found if not _in_book_title(s, f[0]))


def find_steps(text: str, year: int | None) -> list[tuple[str, str]]:
    """Every dated step a task's text sets, as written and resolved (``2019年6月前建立台账，2020年完成整治`` →
    both), in the order written: the overall deadline is one of them, and a window query must find a task by
    any of its steps. Relative forms (``6月底前``) count when the plan's year resolves them; dates that start
    something or serve as a base, and years inside a cited title, are no steps."""
    s = _SPACE.sub("", text)
    if not _MAY_DATE.search(s):  # no date, no step (find_steps's patterns are find_deadline's)
        return []
    dated = _dated(s)
    found = [(f.pos, f.written, _iso(f.key)) for f in dated]
    if year is not None:
        for m in _scan(_RELATIVE, s):
            inside = any(f.pos <= m.start() < f.pos + len(f.written) for f in dated)
            if inside or _in_book_title(s, m.start()):
                continue
            due = resolve(m.group(0), year).date
            if due:
                found.append((m.start(), m.group(0), due))
    out: list[tuple[str, str]] = []
    for _, written, due in sorted(found):
        if (written, due) not in out:
            out.append((written, due))
    return out


def _five_year(s: str) -> list[_Found]:
    """A five-year plan's end or span written as the due date (“十四五”末, “十三五”期间 → its last year's end),
    not as a base (比“十一五”末) nor inside a cited title."""
    out: list[_Found] = []
    for m in _scan(_FIVE_YEAR_DUE, s):
        if s[max(0, m.start() - 3) : m.start()].endswith(_NOT_BEFORE) or _in_book_title(s, m.start()):
            continue
        period = periods.five_year_period(m.group(0))
        if period is not None and not _NOT_AFTER.match(s[m.end() :]):
            out.append(_Found(m.group(0), (period[1], 12, 31), 0, m.start()))
    return out


def _ranges(s: str) -> tuple[list[_Found], list[tuple[int, str]]]:
    """The ranges of months or days written whole: dated ones (their start or end names the year) due at their
    end's date, and relative ones as written."""
    dated: list[_Found] = []
    relative: list[tuple[int, str]] = []
    for m in _scan(_RANGE, s):
        if (_in_book_title(s, m.start()) or s[max(0, m.start() - 2) : m.start()].endswith(("截至", "截止"))
                or _event_labelled(s, m.start())):
            continue
        year = m.group("y2") or m.group("y")
        if year is None:
            relative.append((m.start(), m.group(0)))
            continue
        due = _due_of(m, int(year) + (1 if m.group("next") else 0))
        if due is not None:
            dated.append(_Found(m.group(0), due, 1, m.start()))
    return dated, relative


def _dated(s: str) -> list[_Found]:
    """The dated forms of ``s``; a task's text is read for its deadline and then for its steps (the last
    texts' are kept)."""
    return list(_dated_in(s))


@lru_cache(maxsize=8)
def _dated_in(s: str) -> tuple[_Found, ...]:
    return tuple(_read_dated(s))


def _read_dated(s: str) -> list[_Found]:
    out: list[_Found] = []
    for m in _scan(_DATED, s):
        before = s[max(0, m.start() - 3) : m.start()]
        starts = before.endswith(_NOT_BEFORE) and not m.group("before")  # 自2019年6月前: 前 decides
        if starts or _NOT_AFTER.match(s[m.end() :]):
            continue
        if (_in_book_title(s, m.start()) or _a_label(s, m) or _an_event_day(s, m) or _a_reference(s, m)
                or _event_labelled(s, m.start())):
            continue
        due = _due_of(m, int(m.group("y")))
        if due is None:
            continue
        quarter = m.group("qn") or m.group("qa") or m.group("qq")
        specific = int(bool(m.group("ye") or m.group("m") or m.group("h") or quarter or m.group("before")))
        written = m.group(0)
        holiday = _HOLIDAY.match(s, m.end()) if written == m.group("y") + "年" else None
        if holiday:  # 2023年汛期前, 2024年春节前: the holiday of that year
            written, specific = written + holiday.group(0), 1
        out.append(_Found(written, due, specific, m.start()))
    return out


def _a_label(s: str, m: re.Match[str]) -> bool:
    """Whether a bare year (no month, end or 前) names the year of what follows it rather than a due date:
    ``做好2017年政府工作``, ``2017年是…之年``, ``完成2024年度…项目``."""
    if m.group(0) not in (m.group("y") + "年", m.group("y") + "年度"):
        return False
    named = s.startswith(_LABEL_NOUNS, m.end()) and s[max(0, m.start() - 1) : m.start()] not in ("到", "至", "于", "在")
    return governed_year(s, m.start()) or s.startswith(_LABEL_AFTER, m.end()) or named or _joined_label(s, m.start())


# The label of a time when something takes place, just before a date: 会议时间：, 报名时间为
_EVENT_LABEL = re.compile(
    rf"(?:^|[，,。；;\n])(?:{alternation(_WORDS['event_labels'])})(?:[：:]|为|是)?[^，,。；;\n]*$")


def _event_labelled(s: str, start: int) -> bool:
    """Whether the date at ``start`` stands in a clause opened by the label of an event's time (会议时间：
    2023年3月15日, 报名时间：5月1日至|5月10日): it says when something takes place, not when work is due."""
    return _EVENT_LABEL.search(s, max(0, start - 30), start) is not None


def _an_event_day(s: str, m: re.Match[str]) -> bool:
    """Whether a full date (its day written, no 前) opening a sentence dates something that happened in it
    (``2023年4月12日上午，县委书记主持召开专题会议``): a meeting or a visit, not the work's due date."""
    if not m.group("d") or m.group("before") or s[max(0, m.start() - 1) : m.start()] not in ("", "。", "；", ";", "\n"):
        return False
    return _EVENT_CLAUSE.match(s, m.end()) is not None


def _a_reference(s: str, m: re.Match[str]) -> bool:
    """Whether a date without 前 is what a verb of reference governs (``根据2023年第一季度调度情况``,
    ``结合2020年…目标任务``): the thing it dates is consulted or carried out, no due date is set."""
    return not m.group("before") and s[max(0, m.start() - 4) : m.start()].endswith(_REFERENCE_VERBS)


#: a bare year joined to the one before it (完成2021年度和2022年度…任务): the second is the same kind of label
_JOINED_YEAR = re.compile(r"(?:19|20)\d{2}年度?[和、及与]$")


def _joined_label(s: str, start: int) -> bool:
    """Whether the year at ``start`` follows ``和``/``、`` after a year a verb governs (完成|2021年度和|2022年度
    …任务): both years name the work's batches, neither dates it."""
    before = _JOINED_YEAR.search(s, max(0, start - 8), start)
    return before is not None and governed_year(s, before.start())


def governed_year(s: str, start: int) -> bool:
    """Whether the year written at ``s[start:]`` is governed by a verb that makes it the year of its object
    (完成|2024年度中央财政…项目, 明确|2023年金融指标): it names that thing, it dates no work."""
    return s[max(0, start - 4) : start].endswith(_LABEL_VERBS)


def _in_book_title(s: str, pos: int) -> bool:
    """Whether ``pos`` lies inside 《…》: a year in a cited title is not a deadline."""
    return s.rfind("《", 0, pos) > s.rfind("》", 0, pos)


def _due_of(m: re.Match[str], year: int) -> tuple[int, int, int] | None:
    """(year, month, day) the matched expression falls due on."""
    if m.group("m"):
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        last = calendar.monthrange(year, month)[1]
        day = int(m.group("d")) if m.group("d") else last
        if m.group("mq") in ("上旬",):
            day = 10
        elif m.group("mq") in ("中旬", "上中旬"):
            day = 20
        return (year, month, min(day, last))
    if m.group("h") == "上半年":
        return (year, 6, 30)
    quarter = _group(m, "qn") or _group(m, "qa") or _group(m, "qq")
    if quarter:
        month = 3 * _count(quarter)
        return (year, month, calendar.monthrange(year, month)[1])
    return (year, 12, 31)


def _group(m: re.Match[str], name: str) -> str | None:
    """A named group of ``m``, or None when the pattern has no such group."""
    return m.groupdict().get(name)


def resolve(deadline: str | None, year: int | None) -> Due:
    """Resolve a deadline as written, given the year the plan is for.

    ``年底前`` in a 2018 plan → 2018-12-31; ``2019年6月底前`` → 2019-06-30; ``2020年`` → 2020-12-31;
    ``用2年时间`` in a 2017 plan → 2018-12-31; ``2022年第三季度`` → 2022-09-30; ``次年3月`` in a 2021 plan →
    2022-03-31; ``长期实施``, ``每年``, ``持续推进`` → open-ended; ``按时间节点`` → nothing.
    """
    if not deadline:
        return Due(None)
    s = _SPACE.sub("", deadline).strip("()（）[]【】")  # a cell written (二季度)
    if _STANDING.search(s) or _STANDING_CELL.match(s):
        return Due(None, open_ended=True)
    span = _RANGE.fullmatch(s)  # 2023年3月-6月, 6月26日至7月25日: due at the end
    if span is not None:
        year_of = span.group("y2") or span.group("y") or year
        if year_of is None:
            return Due(None)
        due = _due_of(span, int(year_of) + (1 if span.group("next") else 0))
        return Due(_iso(due) if due else None)
    dated = _dated(s) + _five_year(s)
    if dated:  # 2021年—2025年: the latest; “十四五”末 → 2025-12-31
        return Due(_iso(max(f.key for f in dated)))
    m = _DATED.search(s)
    if m:
        due = _due_of(m, int(m.group("y")))
        return Due(_iso(due) if due else None)
    numeric = _NUMERIC_DATE.fullmatch(s)  # 2023.12, 2023-12-31, 2023/6/30前: a cell written in figures
    if numeric is not None:
        due = _due_of(numeric, int(numeric.group("y")))
        return Due(_iso(due) if due else None)
    bare = re.fullmatch(r"(?:19|20)\d{2}", s)  # a 完成时限 cell holding only a year
    if bare:
        return Due(_iso((int(s), 12, 31)))
    if year is None:
        return Due(None)
    if _IN_YEAR.fullmatch(s):
        return Due(_iso((year, 12, 31)))
    if re.match(r"(?:本|当|这个)?月|\d{1,2}日", s):  # 本月底前, 月底前, 25日前: the month of a notice, not dated
        return Due(None)
    if year is None:
        return Due(None)
    m = _NEXT_YEAR.search(s)
    if m:
        due = _due_of(m, year + 1)
        return Due(_iso(due) if due else None)
    m = _RELATIVE.search(s) or _RELATIVE_CELL.search(s)
    if m:
        due = _due_of(m, year)
        return Due(_iso(due) if due else None)
    m = _DURATION.search(s)
    if m:
        n = m.group("n") or m.group("n2")
        years = _count(n)
        return Due(_iso((year + years - 1, 12, 31)))
    return Due(None)


def resolve_task(deadline: str | None, text: str, year: int | None) -> Due:
    """The due date of a task whose deadline is ``deadline`` (as written, e.g. its 完成时限 cell): when the
    cell gives no date (长期实施, 按时间节点) but the task's own text does (``年底前完成…``), the text's
    date, so that a window query finds it; a standing cell stays open-ended."""
    due = resolve(deadline, year)
    if due.date is None:
        written = find_deadline(text)
        if written and written != deadline:
            found = resolve(written, year)
            if found.date:
                return Due(found.date, open_ended=due.open_ended)
    return due


def _iso(d: tuple[int, int, int]) -> str:
    return f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}"
