"""Quantitative targets in plan text: a number the plan commits to, with its metric, unit and direction.

The text is read in a normalised view (NFKC, Traditional as Simplified, spaces dropped, tabs and newlines
kept as boundaries) that maps every character back to its offset in the source, so each target keeps an
exact span; where spaces stood (a gap in the view) they still separate table cells.

What counts as a target: a number with a unit (``82.6%``, ``6500万吨``, ``5.3万辆次``, ``每小时20蒸吨``),
a dimensionless level after 提高到/达到 (``0.492``), a water-quality class after 稳定在/达到 (``III类``
→ 3), an attainment year (``2021年甲市、乙市达标`` → 2021), and the target columns of indicator tables
(指标 / 2020年 / 2025年 / 属性, flattened with tabs, pipes, spaces or one cell per line). Not targets
(``not_targets`` in data/metrics.toml): numbers in cited titles 《…》 and in report columns (推进情况),
states and findings (现有5个, 督察发现问题53个), time limits and notice periods (30天内, 5个工作日), counts of
the plan's own work items (主要指标(30项)), fines and progress shares.

The year a target is due comes from, in order: a year written before it in its clause (up to ；/。);
a deadline written after it in that clause (``…10吨/日项目的建设，2019年年底前建成运行``); a year earlier
in its sentence (a baseline such as ``比2015年``/``在2010年的基础上`` never counts); 今年/全年 in its
sentence (the plan's year); a year that opens its section (``二、工作目标\n到2020年，…``) or a period a
heading names (``“十四五”时期``); and last the plan's own period (:func:`plan_due_year`): a one-year
plan's year for all its numbers, the end of a longer period for its goal sections. A threshold that only
delimits scope (``40蒸吨/小时以下燃煤锅炉``, ``岸线5公里``) has no due year.

The metric is the noun phrase the number measures, normalised to data/metrics.toml's name where it is a
standard indicator."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress
from typing import TYPE_CHECKING

from ahocorasick_rs import AhoCorasick

from polkg import data
from polkg.graph.model import Direction, Span, Target
from polkg.loaders.text import heading_level, t2s
from polkg.nlp import deadlines, periods

if TYPE_CHECKING:
    from polkg.nlp.tagger import Tagger

YEAR_EXPR = re.compile(
    r"(?:(?P<y0>20\d{2})[—–\-~至到](?=20\d{2}年))?(?P<y>20\d{2})年(?P<q>年?底|年?末|\d{1,2}月(?:底|末)?)?(?P<b>前|以前|之前)?"
)
FIVE_YEAR_PLAN = re.compile(r"“?(十三五|十四五|十五五)”?(?:末期|末|时期|期间|期末)")
BASELINE = re.compile(
    r"(?:比|较|同比|与|相比)(?P<y>(?:19|20)\d{2})年|(?:在|以)?(?P<y2>(?:19|20)\d{2})年(?:底|末)?(?:的)?(?:基础上|为基准年?|为基数)"
    r"|(?:比|较|与|相比)“?(?P<f>十[一二三四五六]五)”?(?:末|期末)"  # 比“十三五”末下降10%: the period's last year
)
# a clause that only states the base of the change the next one names (与2020年相比，…减少5%; 以2020年为基数，…)
BASE_CLAUSE = re.compile(
    r"^(?:与|同|和|以|在)?(?:(?:19|20)\d{2}年|“?十[一二三四五六]五”?末)(?:底|末)?(?:的)?(?:相比|比较|为基数|为基准年?|基础上)$"
)
PREVIOUS_YEAR = re.compile(r"(?:比|较)上(?:一)?年(?:度)?|同比")  # 比上年增长8%: measured from the year before
# a year in a column or field that names when the work is due: 计划完工时间:2011年, 完成时限:2023年
DUE_LABEL = re.compile(r"(?:完工|完成|竣工|建成|投用|投运)(?:时间|时限|期限|日期|年限)[:]?$")
NOT_DUE_AFTER = re.compile(r"起|开始|以来|已|相比|—|-|(?:的)?基础上|为基准|为基数")  # a start or a baseline
THIS_YEAR = re.compile(r"今年|全年|年内|本年度?|当年")  # the plan's own year, in a one-year plan or a work report
# a due date of the plan's own year written without it (年底前, 10月底前, 6月30日前, 上半年): its sentence's
# numbers fall due in that year, as 今年's do — not last year's (去年年底) nor next year's (明年6月底前), nor a
# recurring one (每年6月底前)
PLAN_YEAR_DATE = re.compile(
    r"(?<![去明前上次翌每\d])年(?:底|末)(?:前|以前|之前)?|(?<![\d年每])\d{1,2}月(?:底|末|\d{1,2}日)?(?:前|以前|之前)"
    r"|(?<![去明前次翌每])[上下]半年"
)
ATTAINMENT = re.compile(
    r"(?P<y>20\d{2})年(?P<places>(?:[\u4e00-\u9fff]{2,6}、)*[\u4e00-\u9fff]{2,6}[市州县区])(?:空气质量|环境空气质量)?达标"
)
WATER_CLASS = re.compile(
    r"(?P<verb>稳定在|稳定|达到|达|保持在|保持|恢复到|优于)(?:或优于)?(?<![A-Za-z劣])(?P<cls>III|II|IV|I|V)类"
    r"(?!\)?(?:水质)?(?:的)?比例)"
)
CLASS_VALUE = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
DIMENSIONLESS = re.compile(
    r"(?:提高到|提升到|达到|降到|降至|控制在)(?P<v>\d+\.\d+|\d+)(?=[,;。、\n\t)]|以内|以下|以上|左右|$)"
)  # an index with no unit before 以内/左右 (上年=100)
# a year's plan, work points or key work list (2018年作战计划, 市政府2020年重点工作)
ONE_YEAR_PLAN = re.compile(
    r"(?<![\d—–\-~至])(?P<y>20\d{2})年(?:度)?[^\n,，。;；\d月]{0,15}?(?:计划|方案|要点|重点工作)"
)
TITLE_YEAR = re.compile(
    r"(?<![\d—–\-~～至到])(?P<y>20\d{2})年(?![—–\-~～至到]|第?[一二三四1-4]季度|[上下]半年|\d{1,2}月)"
)
BARE_TITLE_YEAR = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?P<y>20\d{2})(?=[\u4e00-\u9fff])(?![年月日])")
TITLE_LIKE = re.compile(r"计划|方案|要点|安排|报告|规划|分工|分解|清单|实事|目标|任务|工程|纲要|意见")
# the plan a cover letter issues or a report names (现将《…》印发给你们, 公布了《…》), not one it only cites
ISSUED = re.compile(r"(?:现将|印发|公布|制定|发布|出台|审议通过|批准)了?(?:《([^《》]{4,60})》|“([^“”]{4,40})”)")
GOAL_HEADING = re.compile(r"目标|指标")
# a line that leads into a list of goals: …主要指标——, 主要目标如下:, 具体目标:
GOAL_LEAD_IN = re.compile(r"(?:目标|指标)(?:任务)?(?:如下)?(?:——|—|:|如下)$")
# what may come before a goal year that heads its paragraph: nothing, a citation, the plan stating its goals, the
# field they are for (在学有所教方面,)
GOAL_YEAR_LEAD = re.compile(
    r"^$|^(?:根据|按照|依据)?《[^《》]*》(?:明确|提出)?,?$|(?:明确|提出|要求|指出|目标是?|目标为|规划|方面)[,:]?$"
)
# a goal year heading its sentence: 到2025年, / 力争到2020年底, / 目标到2030年,
GOAL_YEAR = re.compile(r"(?:力争|确保|目标|预计)?(?:到|至)(?P<y>20\d{2})年(?:底|末)?(?=,)|^(?P<y2>20\d{2})年(?=,)")
# what every match of GOAL_YEAR holds (a year's last digit, 年, 底/末, the comma), opening with a digit: searched
# for at C speed, while GOAL_YEAR, opening with optional words, is tried at every position of every line
GOAL_YEAR_TAIL = re.compile(r"\d年[底末]?,")
# plans that are for one year by nature
ONE_YEAR_KIND = re.compile(r"政府工作报告|工作要点|民生实事|为民办(?:\d+[项件])?实事|民生工程")
YEAR_OF_KIND = re.compile(rf"(?P<y>20\d{{2}})年度?[^\n,;。\d]{{0,12}}?(?:{ONE_YEAR_KIND.pattern})")
# the year a text speaks for when its metadata names none: a year it states (2018年是…, 做好2022年…) or
# the date it was published (2017/1/26, 发表时间:2018-4-17, 13.03.2015)
HEAD_YEAR = re.compile(
    # (not a past year, 对2020年已达标的, nor a base, 在2010年的基础上)
    r"(?<![\d—–\-~～至到比较])(?P<y>20\d{2})年(?![—–\-~～至到\d]|以来|起|底|末|已|的?基础上|为基)"
    r"|(?<!\d)(?P<d>20\d{2})[-/.]\d{1,2}[-/.]\d{1,2}|(?<![\d/-])\d{1,2}\.\d{1,2}\.(?P<e>20\d{2})"
)
# a campaign's own period, stated where the plan opens (从2019年5月1日至10月31日在全市开展…, 时间为2023年3月至12月, 自
# 2023年4月起至2023年10月底集中开展…): the months of one campaign, not a span of years
CAMPAIGN = re.compile(
    r"(?:从|自|于|时间为|时间:)(?P<a>20\d{2})年\d{1,2}月(?:\d{1,2}日)?(?:起)?(?:至|到|—|-|～)(?:(?P<b>20\d{2})年)?"
    r"\d{1,2}月(?:\d{1,2}日|底|末)?(?:止)?[^。\n]{0,30}?(?:开展|组织|实施|集中|进行|在全)"
)
#: how far into a plan its campaign period is looked for
CAMPAIGN_HEAD = 800
# a report of progress states what was done: its numbers fall due in no year of their own
A_REPORT = re.compile(r"通报|情况|总结|公示|公告|汇报")
NOT_A_PLAN = re.compile(r"公示|公告|总结")  # a notice's or a review's year is not the year targets fall due
SLOGAN_COUNT = re.compile(r"\d+个$")
UNNAMED = "未命名指标"
SUB_BOUNDARY = ";。\n\t|"  # a clause that carries its own deadline (a pipe, like a tab, ends a table cell)
SENTENCE_BOUNDARY = "。\n\t|"
CLAUSE_BOUNDARY = ",;:。\n\t|"
FILLERS = re.compile(
    r"^(?:力争|确保|争取|全省|全区|全市|全县|全州|全域|全面|实现|基本|进一步|使|并|其中|分别|要|应|到|至|在|以上|左右|或|的|\()+"
)


@dataclass(frozen=True)
class Norm:
    """The normalised text and, for each of its characters, the offset of its source character."""

    s: str
    pos: list[int]
    #: the indexes ``i`` of ``s`` where ``pos[i] - pos[i - 1] > 1`` (source characters were dropped before
    #: ``s[i]``), in order; None: not listed (found from ``pos`` when asked)
    dropped_before: list[int] | None = None

    def gaps(self) -> list[int]:
        """:attr:`dropped_before`, found from the offsets when normalisation did not list them."""
        if self.dropped_before is not None:
            return self.dropped_before
        pos = self.pos
        return [i for i in range(1, len(pos)) if pos[i] - pos[i - 1] > 1]

    def span(self, start: int, end: int, offset: int) -> Span:
        a = self.pos[start] if start < len(self.pos) else self.pos[-1] + 1
        b = self.pos[end - 1] + 1 if end > start else a
        return Span(start=a + offset, end=b + offset)


@dataclass(frozen=True)
class Vocab:
    units: list[str]
    counts: frozenset[str]
    same_unit: dict[str, str]
    not_targets: dict[str, tuple[str, ...]]
    noun_after: dict[str, tuple[str, ...]]
    words: dict[str, list[str]]
    metrics: list[tuple[str, list[str], list[str]]]  # (name, aliases, exact aliases)
    report_columns: list[str]
    people: tuple[str, ...] = ()  # who a bare 万 counts (80万农村妇女)


@cache
def vocab() -> Vocab:
    """The metric vocabulary of data/metrics.toml, loaded once."""
    raw = data.read("metrics.toml")
    units = sorted(raw["units"]["written"], key=len, reverse=True)
    metrics = [(m["name"], list(m.get("aliases", [])), list(m.get("exact", []))) for m in raw["metric"]]
    not_targets = {k: tuple(v) for k, v in raw["not_targets"].items()}
    noun_after = {k: tuple(v) for k, v in raw["noun_after"].items()}
    return Vocab(units, frozenset(raw["units"]["counts"]), dict(raw["units"].get("same", {})), not_targets, noun_after,
                 raw["direction"], metrics, list(raw.get("tables", {}).get("report_columns", [])),
                 tuple(raw["units"].get("people_after_wan", [])))


@cache
def _number_re() -> re.Pattern[str]:
    units = "|".join(re.escape(u) for u in vocab().units)
    people = "|".join(re.escape(w) for w in vocab().people)
    wan = f"|万(?={people})" if people else ""  # a bare 万 only when people follow: 40万贫困劳动力
    # the number's first digit opens the pattern and the lookbehind follows it (not before the digit preceded
    # by a letter, a dot or a digit): a pattern that opens with a character class is searched for that class at
    # C speed, one that opens with a lookbehind is tried at every position of the plan (twice as slow)
    return re.compile(rf"(?P<v>\d(?<![A-Za-z_{{.\d].)\d*(?:\.\d+)?)(?P<u>{units}{wan})(?![A-Za-z])")


def normalise(text: str) -> Norm:
    """NFKC each character, drop spaces, keep tabs and newlines (cell and line boundaries).

    Most characters of a plan are already normal: only the distinct characters that change are looked
    up (once each): one regex scan finds them (:func:`_changing`). Each is replaced throughout in one
    ``str.replace``, and offsets move only where a character is dropped or becomes several (a space, ⅱ):
    only there is the offset map cut.
    """
    changed = {c: form for c in set(_changing().findall(text)) if (form := _norm_char(c)) != c}
    if not changed:
        return Norm(text, list(range(len(text))), [])
    if any(_norm_char(c) != c for form in changed.values() for c in form):  # a form that changes again
        return _normalise_each(text, changed)
    out = text
    for c, form in changed.items():
        out = out.replace(c, form)
    moving = [c for c, form in changed.items() if len(form) != 1]
    if not moving:
        return Norm(out, list(range(len(text))), [])
    where = re.compile("[" + "".join(map(re.escape, moving)) + "]")
    if not any(changed[c] for c in moving):
        return _dropping(text, out, where)
    pos: list[int] = []
    cuts: list[int] = []
    last = 0
    for m in where.finditer(text):
        i = m.start()
        pos.extend(range(last, i))
        form = changed[text[i]]
        if form:
            pos.extend([i] * len(form))
        elif pos and (not cuts or cuts[-1] != len(pos)):  # dropped: the next character kept follows a cut
            cuts.append(len(pos))
        last = i + 1
    pos.extend(range(last, len(text)))
    if cuts and cuts[-1] >= len(out):  # dropped at the end: nothing kept after them
        cuts.pop()
    return Norm(out, pos, cuts)


def _dropping(text: str, out: str, where: re.Pattern[str]) -> Norm:
    """:func:`normalise` when the only characters that move are dropped ones (spaces, as most often): the
    kept offsets are taken in C (``itertools.compress``), and where a drop cut the text is listed."""
    at = [m.start() for m in where.finditer(text)]
    keep = bytearray(b"\x01") * len(text)
    for i in at:
        keep[i] = 0
    after = [i - k for k, i in enumerate(at)]  # the index in ``out`` of the next character kept
    cuts = [j for k, j in enumerate(after) if j and (k == 0 or after[k - 1] != j)]
    if cuts and cuts[-1] >= len(out):  # dropped at the end: nothing kept after them
        cuts.pop()
    return Norm(out, list(compress(range(len(text)), keep)), cuts)


@cache
def _changing() -> re.Pattern[str]:
    """Every character :func:`_norm_char` changes, as one character class: each of the Basic Multilingual
    Plane asked once per process, and every character beyond it (rare) taken as one that may change."""
    # only a character NFKC changes, a space or an ideograph (which t2s may change) can change: the rest is
    # settled by a C test, not a call of _norm_char (a tenth of a second at start otherwise)
    bmp = "".join(c for c in map(chr, range(0x10000))
                  if (not unicodedata.is_normalized("NFKC", c) or c.isspace() or "\u4e00" <= c <= "\u9fff")
                  and _norm_char(c) != c)
    return re.compile("[" + re.escape(bmp) + "\U00010000-\U0010FFFF]")


def _normalise_each(text: str, changed: dict[str, str]) -> Norm:
    """:func:`normalise` one changed character at a time, left to right."""
    out: list[str] = []
    pos: list[int] = []
    last = 0
    for m in re.finditer("|".join(map(re.escape, changed)), text):
        i = m.start()
        out.append(text[last:i])
        pos.extend(range(last, i))
        c = changed[text[i]]
        out.append(c)
        pos.extend([i] * len(c))
        last = i + 1
    out.append(text[last:])
    pos.extend(range(last, len(text)))
    return Norm("".join(out), pos)


@cache
def _norm_char(ch: str) -> str:
    """One character as the normalised view writes it: NFKC, Traditional read as Simplified (減少 is
    减少), spaces dropped, tabs and newlines kept."""
    if ch in "\t\n":
        return ch
    out = "".join(c for c in unicodedata.normalize("NFKC", ch) if not c.isspace())
    convert = t2s()
    if convert is not None and len(out) == 1 and "\u4e00" <= out <= "\u9fff":
        simple = convert(out)
        return simple if len(simple) == 1 else out
    return out


@dataclass
class _Hit:
    start: int  # in the normalised text
    end: int
    value: float
    unit: str
    kind: str = "number"  # number / class / attainment
    metric: str | None = None
    region: str | None = None
    year: int | None = None  # a table column's year (2025年目标)
    direction: Direction | None = None  # a table cell's own comparator (≤35, 22以上)
    row: int | None = None  # where a table value's row (its indicator cell) starts
    goal: bool = False  # a value of a target column that names no year (目标值): due when the plan's period ends


def find_targets(
    text: str, offset: int, doc: str, plan: int, year: int | None, title: str = "", cover: str = ""
) -> list[Target]:
    """Targets stated in ``text`` (which starts at ``offset`` in the source file).

    ``year`` is the plan's year, ``title`` its title and ``cover`` the text of the file just before the
    plan (a cover letter, the first line of a title split over two). A target without any year of its
    own falls due at the end of the plan's period (:func:`plan_due_year`).
    """
    n = normalise(text)
    cover_lines = [line for line in normalise(cover[-1000:]).s.split("\n") if line.strip()][-3:]
    named = normalise(title).s  # once: the title is read three ways
    if year is None:
        year = head_year("\n".join([named, *cover_lines, n.s[:400]]))
    due = plan_due_year(named, "\n".join([*reversed(cover_lines), n.s[:3000]]), year)
    if due is None and year is not None and _not_a_plan(named, n.s[:3000]):
        due = (year, True)  # a notice, a meeting report, a news item: what it sets falls due in its own year
    hidden = _hidden_ranges(n.s)
    scopes = _goal_year_lines(n.s) + _this_year_sentences(n.s, year) + _section_years(n.s) + _headed_periods(n.s)
    if due is not None:
        # a one-year plan's numbers are all for its year; a longer period's end only for its goals
        scopes.extend([(0, len(n.s), due[0])] if due[1] else [(a, b, due[0]) for a, b in _goal_sections(n.s)])
    out: list[Target] = []
    previous: tuple[int, str] = (-1, "")  # (sentence start, metric) of the last target
    moved: tuple[int, Direction | None] = (-1, None)  # (sentence start, direction) of the last target
    tagged: dict[str, tuple[list[str], str | None]] = {}  # values of one clause share its tags
    last_end = -1
    for group in _groups(n, hidden):
        sentence = _bounds(n.s, group[0].start, group[0].end, SENTENCE_BOUNDARY)[0]
        prior = moved[1] if moved[0] == sentence else None
        found, last_end = _targets_of(group, n, scopes, last_end, due[0] if due else None, prior), group[-1].end
        if found:
            moved = (sentence, found[-1].direction)
        for t in found:
            if t.metric == UNNAMED and previous[0] == sentence:
                t.metric = previous[1]  # 煤炭消费总量削减到6500万吨以内，比2016年下降12%
            previous = (sentence, t.metric)
            span = Span(start=t.span.start + offset, end=t.span.end + offset)
            quote = text[t.span.start : t.span.end]
            if quote not in tagged:
                tags = _tagger().tag(quote)
                tagged[quote] = (list(tags.topics), "、".join(tags.regions) or None)
            topics, regions = tagged[quote]
            out.append(t.model_copy(update={"doc": doc, "plan": plan, "span": span, "text": quote,
                                            "topics": list(topics), "region": t.region or regions}))
    return out


def head_year(head: str) -> int | None:
    """The year a text without a dated title speaks for: the first year its head states outside cited
    titles (报告指出,2022年县政府将…; 2018年是…开局之年) or the date it was published (2017/1/26), so that a
    news report of a work report or a livelihood list gives its 今年 and its list a year."""
    m = HEAD_YEAR.search(re.sub(r"《[^《》]*》", "", head))
    return int(m.group("y") or m.group("d") or m.group("e")) if m else None


def plan_due_year(title: str, head: str, year: int | None) -> tuple[int, bool] | None:
    """The year a plan's targets fall due when a clause names none, and whether it holds for the whole
    plan: the end of the period its title names (``(2021—2023年)`` → 2023, ``“十四五”``/``第十四个五年
    规划`` → 2025) for the targets of its goal sections, or the single year of a one-year plan
    (``2016年《政府工作报告》量化指标任务分工``, ``2018年作战计划`` in its head) for all of them.

    A report (通报, 推进情况) has no period of its own; nor has a plan whose title names no period.
    """
    for candidate in _title_candidates(title, head):
        for source in (_outside_titles(candidate), candidate):
            due = _period_end(source)
            if due is not None:
                return due
    if year is not None and any(int(m.group("y")) == year for m in ONE_YEAR_PLAN.finditer(head)):
        return year, True
    if ONE_YEAR_KIND.search(head[:400]):
        named = YEAR_OF_KIND.search(head[:400])  # 海南省2022年为民办实事事项
        own = year if year is not None else int(named.group("y")) if named else None
        return (own, True) if own is not None else None
    campaign = CAMPAIGN.search(head[:CAMPAIGN_HEAD])
    if campaign is not None:  # 从2019年5月1日至10月31日在全市开展…专项行动: its numbers fall due when it ends
        return int(campaign.group("b") or campaign.group("a")), True
    return None


# what makes a text a plan for several years: a span of years, a five-year plan, a span of effort (用3年时间)
LONG_PLAN = re.compile(
    r"20\d{2}\s*年?\s*[—–\-~～至到]\s*20\d{2}|十[一二三四五六]五|五年|三年|两年|(?:用|通过|经过)[\d一二三四五]年"
)


def _not_a_plan(title: str, head: str) -> bool:
    """Whether a text is a notice, a meeting report or a news item rather than a plan: its title (else its first
    line) names no plan (方案, 规划, 清单, 实事…) and its head no period of several years. What it asks for falls
    due in the year it was written; a plan's numbers fall due at the end of the period it names, or its key
    leaves them undated."""
    named = title or next((line for line in head.split("\n") if line.strip()), "")
    if heading_level(named) is not None or any(p in named for p in PIPES):
        return False  # an excerpt opening with a heading or a metadata row: what it is cannot be told
    if TITLE_LIKE.search(named) or A_REPORT.search(named):
        return False
    return LONG_PLAN.search(named + head[:600]) is None


def _title_candidates(title: str, head: str) -> list[str]:
    """The plan's title, if it reads as one, then the title-like lines of its head and the plan a cover
    letter issues (现将《2020年区政府重点工作目标安排》印发给你们): short, no sentence punctuation, a plan word."""
    lines = [title, *head.split("\n")[:20]]
    lines += [m.group(1) or m.group(2) for m in ISSUED.finditer(head[:600])]
    return [t for t in lines if TITLE_LIKE.search(t) and len(t) <= 70 and not re.search(r"[,;。:]", t)
            and not NOT_A_PLAN.search(t)]


def _period_end(title: str) -> tuple[int, bool] | None:
    end = periods.span_end(title)
    if end is not None:
        return end, False
    period = periods.five_year_period(title)
    if period:
        return period[1], False
    years = {int(m.group("y")) for m in TITLE_YEAR.finditer(title)}
    if not years:  # 《2021全面推进乡村振兴…任务分工方案》: a title opening with its year written without 年
        bare = BARE_TITLE_YEAR.match(title)
        years = {int(bare.group("y"))} if bare else years
    return (years.pop(), True) if len(years) == 1 else None


def _goal_sections(s: str) -> list[tuple[int, int]]:
    """Stretches under a heading that names goals or indicators (工作目标, 主要指标, 约束性指标 …), down to
    the next heading of the same or a higher level, and under a line that leads into a list of them
    (…明确了“十四五”社会发展与公共服务主要指标——, 主要目标如下:), down to the next heading."""
    out = [(a, b) for a, b, _ in _under_headings(s, lambda h: 1 if GOAL_HEADING.search(h[:20]) else None)]
    return out + _under_lead_ins(s)


def _under_lead_ins(s: str) -> list[tuple[int, int]]:
    """(start, end) of the lines after a goal lead-in line (a line naming 目标/指标 that ends in ——, : or
    如下), down to the next heading."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    pos = 0
    for line, level in zip(s.split("\n"), _line_levels(s), strict=True):
        body = line.strip("\t")
        if level is not None and start is not None:
            out.append((start, pos))
            start = None
        if start is None and GOAL_LEAD_IN.search(body):
            start = pos + len(line) + 1
        pos += len(line) + 1
    if start is not None and start < len(s):
        out.append((start, len(s)))
    return out


def _goal_year_lines(s: str) -> list[tuple[int, int, int]]:
    """(start, end, year) of what a goal year heads: ``到2025年,`` opening a paragraph, or after only what
    introduces the goals (方案明确, 根据《…》), dates the rest of its paragraph (到2025年,农村人居环境显著
    提升。…农村生活污水治理率达到65%以上); a paragraph that opens with it dates the paragraphs after it as
    well, down to the next heading or the next goal year. Met in the middle of a task's sentences (…加快建设
    轨道交通,到2020年,成都市形成…), it dates its own sentence only."""
    out: list[tuple[int, int, int]] = []
    carried: tuple[int, int] | None = None  # (start, year) of a goal year that opened its paragraph
    pos = 0
    for line, level in zip(s.split("\n"), _line_levels(s), strict=True):  # the levels read once per text
        end = pos + len(line)
        if level is not None:
            if carried is not None:
                out.append((carried[0], pos, carried[1]))
            carried = None
        may = GOAL_YEAR_TAIL.search(line) is not None  # most lines hold none: settled at C speed
        found = [m for m in GOAL_YEAR.finditer(line) if not _in_title(line, m.start())] if may else []
        if found:
            if carried is not None:
                out.append((carried[0], pos + found[0].start(), carried[1]))
                carried = None
            for m, nxt in zip(found, [*found[1:], None], strict=True):
                if GOAL_YEAR_LEAD.search(line[: m.start()].strip("\t")):
                    out.append((pos + m.start(), pos + nxt.start() if nxt else end, _goal_year(m)))
            if GOAL_YEAR.match(line.strip("\t")):
                carried = (end, _goal_year(found[-1]))
        pos = end + 1
    if carried is not None:
        out.append((carried[0], len(s), carried[1]))
    return out


def _headed_periods(s: str) -> list[tuple[int, int, int]]:
    """Stretches under a heading that names a period (一、省政府工作报告“十四五”时期重点工作 → 2025), with
    the period's end year."""
    return _under_headings(s, _heading_period)


def _under_headings(s: str, mark: Callable[[str], int | None]) -> list[tuple[int, int, int]]:
    """(start, end, value) of the stretches under the headings ``mark`` gives a value, each down to the
    next heading of the same or a higher level; the innermost marked heading's value holds."""
    out: list[tuple[int, int, int]] = []
    stack: list[tuple[int, int | None]] = []  # (level, value) of the open headings
    current: tuple[int, int] | None = None  # (start, value) of the open stretch
    pos = 0
    for line, level in zip(s.split("\n"), _line_levels(s), strict=True):
        if level is not None:
            body = line.strip("\t")
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, mark(body)))
            value = next((v for _, v in reversed(stack) if v is not None), None)
            if current is not None and current[1] != value:
                out.append((current[0], pos, current[1]))
                current = None
            if value is not None and current is None:
                current = (pos, value)
        pos += len(line) + 1
    if current is not None:
        out.append((current[0], len(s), current[1]))
    return out


@lru_cache(maxsize=4)
def _line_levels(s: str) -> tuple[int | None, ...]:
    """The heading level of each line of ``s`` (tabs stripped), None for a line that is no heading: read
    once per text, though three scopes (goals, periods, years) walk its headings."""
    return tuple(heading_level(body) if (body := line.strip("\t")) else None for line in s.split("\n"))


def _outside_titles(title: str) -> str:
    """A title without the documents it cites: 关于印发《…(2018—2020年)》的2019年工作要点 is for 2019."""
    return re.sub(r"《[^《》]*》", "", title)


def _hidden_ranges(s: str) -> list[tuple[int, int]]:
    """Stretches that hold no targets: cited titles 《…》 and report columns of progress tables."""
    out = [(m.start(), m.end()) for m in re.finditer(r"《[^《》]*》", s)]
    report = set(vocab().report_columns)
    skip: set[int] = set()
    pos = 0
    for line in s.split("\n"):
        cells = line.split("\t")
        if len(cells) >= 3 and any(c in report for c in cells):
            skip = {i for i, c in enumerate(cells) if c in report}
        elif len(cells) < 3 and line.strip():
            skip = set()  # prose again: the table has ended
        if not skip:  # most lines are outside a progress table: no cell to walk
            pos += len(line) + 1
            continue
        start = pos
        for i, c in enumerate(cells):
            if i in skip:
                out.append((start, start + len(c)))
            start += len(c) + 1
        pos += len(line) + 1
    return out


def _section_years(s: str) -> list[tuple[int, int, int]]:
    """(start, end, year) of sections whose opening line starts with a year: ``二、工作目标\\n到2020年，…``.

    A heading ends the previous scope; the line right after a heading (or the heading's own cells) may
    open a new one, and consecutive lines that each start with a year continue the chain.
    """
    out: list[tuple[int, int, int]] = []
    pos = 0
    open_year: int | None = None
    scope_start = 0
    may_open = False
    for line, level in zip(s.split("\n"), _line_levels(s), strict=True):
        body = line.strip("\t")
        if not body:
            pos += len(line) + 1
            continue
        if level is not None:
            if open_year is not None:
                out.append((scope_start, pos, open_year))
            open_year, may_open = _opening_year(_after_heading(line)), True
            scope_start = pos
        elif may_open:
            y = _opening_year(body)
            if y is not None:
                if open_year is not None and y != open_year:
                    out.append((scope_start, pos, open_year))
                    scope_start = pos
                open_year = y
            else:
                may_open = False
        pos += len(line) + 1
    if open_year is not None:
        out.append((scope_start, len(s), open_year))
    return out


def _after_heading(line: str) -> str:
    """The text of a heading line after its heading cells and its short title."""
    cells = [c for c in line.split("\t") if c]
    rest = [c for c in cells if heading_level(c) is None]
    if rest:
        return rest[0]
    last = cells[-1] if cells else ""
    m = _A_YEAR.search(last)
    return last[m.start() :] if m and m.start() <= 15 and not re.search(r"[,，。]", last[: m.start()]) else ""


def _heading_period(heading: str) -> int | None:
    """The end of the period a heading names: 一、省政府工作报告“十四五”时期重点工作 → 2025."""
    period = periods.five_year_period(heading)
    return period[1] if period else None


def _this_year_sentences(s: str, year: int | None) -> list[tuple[int, int, int]]:
    """Sentences that speak of 今年/全年/年内 or set a date of the plan's year without writing it (年底前,
    10月底前): their numbers fall due in the plan's own year."""
    if year is None:
        return []
    found = [*THIS_YEAR.finditer(s), *(m for m in PLAN_YEAR_DATE.finditer(s) if not _next_or_last_year(s, m.start()))]
    return [(*_bounds(s, m.start(), m.end(), SENTENCE_BOUNDARY), year) for m in found]


def _next_or_last_year(s: str, start: int) -> bool:
    """Whether a month's date is written after 明年/去年/次年 (明年6月底前): not the plan's own year."""
    return s[max(0, start - 3) : start].endswith(("明年", "去年", "次年", "翌年", "上年", "每年"))


_OPENING_YEAR = re.compile(r"(?:到|至|截至|力争|确保)?(20\d{2})年(?!起|开始|以来)")
_LATIN_BRACKET = re.compile(r"\([^()]*[A-Za-z0-9$][^()]*\)")
_MARKUP_CHARS = re.compile(r"[$_{}]")


#: compiled once: asked of every cell, name or clause
_A_YEAR = re.compile(r"(?:到|至)?20\d{2}年")
_DECIMAL = re.compile(r"\d{1,2}\.\d{1,2}")
_QUALIFIER_OPENING = re.compile(r"^(?:及以上|以上|及以下|以下|左右|以内)?[、,;]?")


def _opening_year(s: str) -> int | None:
    m = _OPENING_YEAR.match(s)
    return int(m.group(1)) if m else None


def _goal_year(m: re.Match[str]) -> int:
    return int(m.group("y") or m.group("y2"))


def _in_title(s: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a cited title 《…》."""
    return s.rfind("《", 0, pos) > s.rfind("》", 0, pos)


def _groups(n: Norm, hidden: list[tuple[int, int]]) -> list[list[_Hit]]:
    """Every value, grouped when values are listed with 、 (分别达到92%、85%以上)."""
    s = n.s
    hits = _hits(n)
    if hits and hidden:  # each position marked once, each hit looked up once (not every range for every hit)
        low, high = min(h.start for h in hits), max(h.start for h in hits) + 1
        mask = bytearray(high - low)
        for a, b in hidden:
            a, b = max(a, low), min(b, high)
            if a < b:
                mask[a - low : b - low] = b"\x01" * (b - a)
        hits = [h for h in hits if not mask[h.start - low]]
    hits.sort(key=lambda h: h.start)
    groups: list[list[_Hit]] = []
    for h in hits:
        if groups and groups[-1][-1].kind == h.kind == "number" and s[groups[-1][-1].end : h.start] in "、和与及":
            groups[-1].append(h)
        else:
            groups.append([h])
    return groups


def _hits(n: Norm) -> list[_Hit]:
    s = n.s
    v = vocab()
    cells = _cells(n)
    out: list[_Hit] = _table_hits(cells, s) + _column_table_hits(cells)
    taken: list[tuple[int, int]] = [(h.start, h.end) for h in out]
    for m in ATTAINMENT.finditer(s):
        out.append(_Hit(m.start(), m.end(), float(m.group("y")), "年", "attainment",
                        metric=f"{m.group('places')}空气质量达标", region=m.group("places")))
        taken.append((m.start(), m.end()))
    items: set[int] | None = None  # the numbers of the text's list items (1. 2. 3.), read when needed
    for m in _number_re().finditer(s):
        unit = v.same_unit.get(m.group("u"), m.group("u"))
        if _not_a_target(s, m.start(), m.end(), unit):
            continue
        if unit == "蒸吨" and s[: m.start()].endswith("每小时"):
            unit = "蒸吨/小时"
        start, value = m.start("v"), m.group("v")
        marker = LIST_NUMBER.match(s, start)
        if marker is not None and (start == 0 or s[start - 1] in "\n\t") and _CJK.match(s, m.end()):
            if items is None:
                items = {int(k) for k in ITEM_NUMBERS.findall(s)}
            if {int(marker.group(1)) - 1, int(marker.group(1)) + 1} & items:
                start, value = marker.end(), value[marker.end() - start :]  # 2.50个小区新增…: item 2, 50 of them
        out.append(_Hit(start, m.end(), float(value), unit))
    out.extend(_shared_unit_hits(s, [h for h in out if h.kind == "number"]))
    for m in DIMENSIONLESS.finditer(s):
        out.append(_Hit(m.start("v"), m.end("v"), float(m.group("v")), ""))
    for m in WATER_CLASS.finditer(s):
        out.append(_Hit(m.start("cls"), m.end(), float(CLASS_VALUE[m.group("cls")]), "类", "class"))
    kept = [h for h in out if h.kind in ("attainment", "table") or not any(a <= h.start < b for a, b in taken)]
    return [h for h in kept if h.kind != "base"]


# an item's number glued to the value it opens with (2.50个小区新增…, 4.460个居村…): read at a line's start only
# (when the list's other items are numbered so: 1.… 3.…)
LIST_NUMBER = re.compile(r"(\d{1,2})[.．](?=\d)")
ITEM_NUMBERS = re.compile(r"(?m)^[ \t]*(\d{1,2})[.．、]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# 15张家乡40: a township whose name starts with the unit; 城乡/城镇 (30个城乡养老机构) are ordinary words
PLACE_AFTER_UNIT = re.compile(r"(?![的乡镇村个])(?!城[乡镇])[\u4e00-\u9fff]{1,2}(?:乡|镇)(?!村|政府|区)")
SHARED_UNIT = re.compile(r"(?<![\d.A-Za-z])(?P<v>\d+(?:\.\d+)?)(?:和|、|与|及)")
TABLE_INDICATOR = re.compile(r"^(?:(?:主要)?指标(?:名称|内容|项)?|名称|目标名称|目标项目)$")
TABLE_ROW = re.compile(r"^(?:\d{1,2}[.、]?)?(?P<name>[^\d(].{1,40}?)\((?P<u>[^()]{1,12})\)$")
TABLE_NAME = re.compile(r"^(?:\d{1,2}[.、]?)?[^\d(,;。][^,;。]{1,30}$")
TABLE_VALUE = re.compile(
    r"^(?P<cmp>≤|≥|<=|>=|<|>|不高于|不超过|不低于|低于|高于|超过|力争达到|力争|达到)?"
    r"(?P<v>\d+(?:\.\d+)?)%?(?P<after>以上|以下|以内|左右)?(?:\([^()]*\))?$"
)
TABLE_YEAR_COLUMN = re.compile(r"^(?P<y>20\d{2})年?(?:底|末)?(?:规划|预期|计划)?(?:目标值?|预期值?|规划值?|目标|值)?$")
TABLE_BASE_COLUMN = re.compile(r"现状|基期|基准|基数|现值")
# a target column that names no year (目标值, 规划目标, 预期目标值): the plan's own due year
TABLE_TARGET_COLUMN = re.compile(r"^(?:规划|预期|计划|工作)?目标值?$|^预期值$|^规划值$")
#: the year of a target column that names none (its due year is the plan's)
NO_YEAR = 0
# a cell left empty in a value column (—, /, 无): no value, the next column goes on
EMPTY_CELL = re.compile(r"^(?:—{1,2}|-{1,2}|/|／|无|\\)$")
TABLE_UNIT_COLUMN = re.compile(r"^(?:单位|计量单位)$")


PIPES = ("|", "│", "┃")


def _cells(n: Norm) -> list[tuple[int, str]]:
    """Every cell of the text with its offset: a table flattened with tabs, pipes, spaces (a gap in the
    normalised view) or one cell per line."""
    out: list[tuple[int, str]] = []
    gaps = n.gaps()  # spaces stood there in the source
    for m in re.finditer(r"[^\n\t|│┃]+", n.s):
        start = m.start()
        if n.s[start - 1 : start] in PIPES and n.s[m.end() : m.end() + 1] in PIPES:
            out.append((start, m.group(0)))  # | 名 称 |: a cell between marks, its spaces inside it
            continue
        k = bisect_right(gaps, start)
        while k < len(gaps) and gaps[k] < m.end():
            out.append((start, n.s[start : gaps[k]]))
            start = gaps[k]
            k += 1
        out.append((start, n.s[start : m.end()]))
    return out


def _table_hits(cells: list[tuple[int, str]], s: str = "") -> list[_Hit]:
    """Values of indicator tables: a row ``指标名(单位) | 现状值 | 目标值 …`` under a header whose columns
    name years (指标 / 2020年 / 2025年 / 属性, 现状值 / 2027年目标), in any flattening.

    A column of the present state (现状值, 基期, the first of several bare years) holds no target; a
    target column's year is the due year; a cell's own comparator (≤35, >90, 22以上, 力争达到60) is its
    direction."""
    out: list[_Hit] = []
    columns: list[int | None] = []  # for each value column after the indicator: its year, None = not a target
    header = -1  # where the last header naming its value columns stood
    for i, (pos, cell) in enumerate(cells):
        if TABLE_INDICATOR.match(cell):
            found = _value_columns([c for _, c in cells[i + 1 : i + 9]])
            columns, header = (found, pos) if found else (columns, header)
            continue
        row = _table_row(cells, i)
        if row is None and columns and pos - header <= UNITLESS_REACH:
            row = _unitless_row(cells, i, s)
        if row is None:
            continue
        name, unit, first = row
        values = cells[first : first + max(1, len(columns))]
        for k, (p, c) in enumerate(values):
            if EMPTY_CELL.match(c):
                continue
            v = TABLE_VALUE.match(c)
            if not v:
                break
            year = columns[k] if k < len(columns) else None
            kind = "base" if columns and year is None else "table"  # the present state: no target, no number
            out.append(_Hit(p + v.start("v"), p + len(c), float(v.group("v")), unit, kind,
                            metric=canonical_metric(_clean(name)), year=year or None, goal=year == NO_YEAR,
                            direction=_row_direction(name, v.group("cmp") or "", v.group("after") or ""), row=pos))
    return out


#: how far after its header (in characters) a row of an indicator table may name no unit
UNITLESS_REACH = 2000
# the unit an indicator's name implies when its cell names none
IMPLIED_UNITS = (("率", "%"), ("比例", "%"), ("比重", "%"), ("起数", "起"), ("次数", "次"), ("人数", "人"),
                 ("个数", "个"), ("天数", "天"), ("事件", "起"))
TOTAL_ROW = re.compile(r"^(?:全市|全省|全区|全县|全州|全盟|合计|总计)$")
HEADER_UNIT = re.compile(r"\((?P<u>[^()]{1,8})\)$")


def _column_table_hits(cells: list[tuple[int, str]]) -> list[_Hit]:
    """Values of a table with one column per indicator (民生实事 分工表): header cells ``名称(单位)`` one
    after another, then the whole area's row (全市 | 完成年度目标任务 | 2.2 | 2400 …) whose values take
    the headers in order. A value with its own unit (4.3%以内) is its header's own; the rows of the parts
    (市本级, 东坡区 …) are breakdowns, and a bare number between the headers and the row ends the table."""
    units = _unit_set()
    out: list[_Hit] = []
    headers: list[tuple[str, str]] = []
    for i, (_, cell) in enumerate(cells):
        m = HEADER_UNIT.search(cell) if cell.endswith(")") else None  # the pattern ends a cell with )
        if m and m.group("u") in units and m.start() > 0:
            headers.append((cell[: m.start()], vocab().same_unit.get(m.group("u"), m.group("u"))))
        elif TABLE_VALUE.match(cell):
            headers = []
        elif TOTAL_ROW.match(cell) and len(headers) >= 2:
            out.extend(_total_row(cells, i + 1, headers))
            headers = []
    return out


def _total_row(cells: list[tuple[int, str]], first: int, headers: list[tuple[str, str]]) -> list[_Hit]:
    """The values of a whole area's row, each on the next header (after up to two label cells)."""
    j = first
    while j < min(first + 2, len(cells)) and not TABLE_VALUE.match(cells[j][1]):
        j += 1
    out: list[_Hit] = []
    k = 0
    while j < len(cells) and k < len(headers):
        p, c = cells[j]
        v = TABLE_VALUE.match(c)
        if v is None:
            break
        if "%" in c:  # its header states it already (控制在4.3%以内): no second target
            out.append(_Hit(p, p + len(c), float(v.group("v")), "%", "base"))
        else:
            name, unit = headers[k]
            k += 1
            out.append(_Hit(p + v.start("v"), p + len(c), float(v.group("v")), unit, "table",
                            metric=canonical_metric(_clean(name.lstrip("★◆●▲"))),
                            direction=_cell_direction(v.group("cmp") or "", v.group("after") or ""), row=p))
        j += 1
    return out if sum(h.kind == "table" for h in out) >= 2 else []


def _unitless_row(cells: list[tuple[int, str]], i: int, s: str) -> tuple[str, str, int] | None:
    """(indicator, unit, index of its value) for a row of an indicator table whose indicator names no unit
    (``较大火灾事故起数 | 0``): the unit its name implies (…率 → %, …起数 → 起), else none."""
    cell = cells[i][1]
    if i + 1 >= len(cells) or not TABLE_NAME.match(cell) or not TABLE_VALUE.match(cells[i + 1][1]):
        return None
    if "\n" in s[cells[i][0] : cells[i + 1][0]]:
        return None  # the value opens the next line: a row number, not this row's value
    if re.fullmatch(r"[\d.．、]+", cell) or not _CJK.search(cell) or cell in _unit_set():
        return None  # a row number, or the unit column of a row already read
    implied = next((u for tail, u in IMPLIED_UNITS if cell.endswith(tail)), "")
    return cell, implied, i + 1


def _table_row(cells: list[tuple[int, str]], i: int) -> tuple[str, str, int] | None:
    """(indicator, unit, index of the first value cell) when cell ``i`` opens an indicator row: either
    ``指标名(单位)`` followed by a value, or ``指标名 | 单位 | value`` (a table with a unit column)."""
    cell = cells[i][1]
    m = TABLE_ROW.match(cell) if cell.endswith(")") else None  # the pattern ends a cell with )
    units = _unit_set()
    if m and m.group("u") in units:
        return m.group("name"), vocab().same_unit.get(m.group("u"), m.group("u")), i + 1
    unit_cell = i + 2 < len(cells) and cells[i + 1][1] in units and TABLE_VALUE.match(cells[i + 2][1])
    if unit_cell and TABLE_NAME.match(cell):
        return cell, vocab().same_unit.get(cells[i + 1][1], cells[i + 1][1]), i + 2
    return None


@cache
def _unit_set() -> frozenset[str]:
    """The written units as a set: a cell is looked up in it, not compared with every unit in turn."""
    return frozenset(vocab().units)


def _value_columns(labels: list[str]) -> list[int | None]:
    """The years of the value columns of a table header (the labels after its indicator column)."""
    cols: list[tuple[str, int | None]] = []
    for label in labels:
        m = TABLE_YEAR_COLUMN.match(label)
        if m:
            cols.append((label, int(m.group("y"))))
        elif TABLE_BASE_COLUMN.search(label):
            cols.append((label, None))
        elif TABLE_TARGET_COLUMN.match(label):
            cols.append((label, NO_YEAR))
        elif TABLE_UNIT_COLUMN.match(label) and not cols:
            continue
        else:
            break
    years = [(label, y) for label, y in cols if y is not None]
    if len(years) >= 2 and not any("目标" in label or "预期" in label for label, _ in years):
        first = years[0][1]  # 2020年 / 2025年: the first year is where the plan starts
        return [None if y == first else y for _, y in cols]
    return [y for _, y in cols] if years else []


def _row_direction(name: str, cmp: str, after: str) -> Direction:
    """The direction of an indicator table's value: its cell's comparator, else the change its indicator names
    (单位地区生产总值能耗降低（%）| 13.5: a decrease by 13.5%; 地区生产总值增长（%）| 6: a rise)."""
    direction = _cell_direction(cmp, after)
    if direction != "reach":
        return direction
    words = vocab().words
    head = re.sub(r"[(（][^()（）]*[)）]$", "", name)
    if head.endswith(tuple(words["decrease_by"])):
        return "decrease"
    if head.endswith(tuple(words["increase_by"])) and not head.endswith(("提升", "提高")):
        return "increase"
    return direction


def _cell_direction(cmp: str, after: str) -> Direction:
    if cmp in ("≤", "<", "<=") or after in ("以下", "以内") or cmp.startswith(("不高于", "不超过", "低于")):
        return "at_most"
    if cmp in ("≥", ">", ">=") or after == "以上" or cmp.startswith(("不低于", "高于", "超过")):
        return "at_least"
    return "reach"


def _shared_unit_hits(s: str, hits: list[_Hit]) -> list[_Hit]:
    """Bare numbers that share the unit of the next one after 分别: 分别不高于53和32微克/立方米 → 53."""
    out: list[_Hit] = []
    for h in hits:
        m = SHARED_UNIT.search(s, max(0, h.start - 30), h.start)
        while m is not None and m.end() == h.start and "分别" in s[max(0, m.start() - 12) : m.start()]:
            out.append(_Hit(m.start("v"), m.end("v"), float(m.group("v")), h.unit))
            m = SHARED_UNIT.search(s, max(0, m.start() - 30), m.start())
            if m is not None and m.end() != out[-1].start:
                break
    return out


def _not_a_target(s: str, start: int, end: int, unit: str) -> bool:
    """Whether the number at ``s[start:end]`` states something other than a commitment (see the
    ``not_targets`` table of data/metrics.toml)."""
    no = vocab().not_targets
    before = s[max(0, start - 8) : start]
    if before.endswith(no["before"]) or s.startswith(no["after"], end) or _slogan_count(s, start, end, unit):
        return True
    if unit in no["time_units"] and s.startswith(no["time_limit_after"], end):
        return True
    if unit in no["scope_units"] and (s.startswith(no["scope_after"], end) or end >= len(s)):
        return True  # 3岁以下婴幼儿, 5年以上: who or what is meant, not a level
    if unit in no["decimal_only_units"] and not _DECIMAL.fullmatch(s[start : end - len(unit)]):
        return True  # 2025年, 用3年时间, 1.2025年: a date, a duration, a list marker
    if unit in no["age_units"] and not before.endswith(no["age_before"]):
        return True  # 20-64岁女性
    if len(unit) == 1 and "\u4e00" <= unit <= "\u9fff" and PLACE_AFTER_UNIT.match(s, end):
        return True  # 15张家乡40: the 张 is the first character of a township's name
    if unit in vocab().counts:
        if s.startswith(no["count_of_time"], end) or s.startswith(no["work_items_after"], end):
            return True
        if before.endswith("(") and s.startswith(")", end):  # 主要指标(30项): a heading's count of items
            return True
    return "元" in unit and (s.startswith(no["fine_after"], end) or before.endswith("处"))


def _slogan_count(s: str, start: int, end: int, unit: str) -> bool:
    """A count of rules written with their number (“6个100%”, the 六个百分之百 of site dust control): neither
    the 6 (a count followed by a number) nor the 100% (a number after such a count) is a target."""
    counted = unit == "个" and end < len(s) and s[end].isdigit()
    return counted or bool(SLOGAN_COUNT.search(s[max(0, start - 6) : start]))


def _bounds(s: str, start: int, end: int, boundary: str) -> tuple[int, int]:
    # the last boundary before start: looked for close by first (a character the plan never writes, as a tab
    # in prose, was looked for back to the plan's start), the whole head only when none is close
    near = max(0, start - BOUNDS_NEAR)
    a = _last_of(s, near, start, boundary)
    if a < 0 and near > 0:
        a = _last_of(s, 0, near, boundary)
    a += 1
    if end >= 0:  # the first boundary at or after end: one regex scan
        m = _boundary(boundary).search(s, end)
        return a, m.start() if m else len(s)
    ends = [i for i in (s.find(c, end) for c in boundary) if i >= 0]
    return a, min(ends) if ends else len(s)


def _last_of(s: str, start: int, end: int, chars: str) -> int:
    """The index of the last of ``chars`` in ``s[start:end]`` (``start`` ≥ 0; ``end`` as a slice reads it,
    as ``str.rfind`` does), else -1: one regex scan of the reversed stretch, not one ``rfind`` a character."""
    window = s[start:end]
    m = _boundary(chars).search(window[::-1])
    return -1 if m is None else start + len(window) - 1 - m.start()


#: how far back :func:`_bounds` first looks for a boundary
BOUNDS_NEAR = 200


@cache
def _boundary(chars: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(chars) + "]")


def _targets_of(
    group: list[_Hit], n: Norm, scopes: list[tuple[int, int, int]], last_end: int, plan_end: int | None = None,
    prior: Direction | None = None,
) -> list[Target]:
    """The targets of one group of values; span is relative to the text, doc and plan are filled by the caller.

    ``last_end`` is where the previous value ended: in 压减粗钢420万吨、水泥300万吨 the second value's
    verb is the clause's (压减) but what it measures starts after the first value (水泥). ``prior`` is the
    direction of the value before it in its sentence, which a clause striving past it keeps (增长9.5%，力争达到10%)."""
    s = n.s
    first, last = group[0], group[-1]
    if first.kind == "table":
        return [_table_target(h, n, scopes, plan_end) for h in group]
    c0, c1 = _bounds(s, first.start, last.end, CLAUSE_BOUNDARY)
    pre = s[c0 : first.start]
    sentence = _bounds(s, c0, c0, SENTENCE_BOUNDARY)[0]
    earlier = _bounds(s, c0 - 1, c0 - 1, SENTENCE_BOUNDARY)[0]
    breakdown = pre.startswith("其中") and _reports(s[earlier:c0])
    if _reports(pre) or breakdown or _report_sentence(s, sentence, first.start):
        return []  # 督察发现…问题53个。其中永年区16个、…: the breakdown of a finding is a finding
    post = _post(n, last.end)
    direction, threshold = _direction(pre, post, last)
    if prior in ("increase", "decrease") and direction == "reach" and _strives(pre):
        direction = prior  # 增长9.5%，力争达到10%: the second figure is a rise too
    baseline = BASELINE.search(pre) or _base_clause(s, c0)
    due = None if threshold else _year(s, first.start, last.end, scopes)
    if first.kind == "attainment":
        due = int(first.value)
    own = s[max(c0, last_end) : first.start] if last_end > c0 else pre
    own = _QUALIFIER_OPENING.sub("", own)
    subjects = _subjects(own, group, s, last.end) if _clean(own) else _subjects(pre, group, s, last.end)
    span = n.span(c0, c1, 0)
    years = _listed_years(s[sentence : first.start], len(group)) if due is not None else None
    out: list[Target] = []
    for i, (h, subject) in enumerate(zip(group, subjects, strict=True)):
        metric = h.metric or canonical_metric(subject)
        year = years[i] if years else due
        out.append(Target(
            doc="", plan=0, text="", metric=metric, value=h.value, unit=h.unit,
            direction=direction, baseline_year=_baseline_year(baseline, pre, year),
            year=year,
            region=h.region, span=span,
        ))
    return out


# years listed before 分别 (2021年、2022年、2023年分别完成…; 到2022年底和2023年底…分别达到85%和90%)
_LISTED_YEARS = re.compile(
    r"(?:20\d{2}年(?:底|末)?(?:(?:[、和及与]|,)(?:到|至)?20\d{2}年(?:底|末)?)+|20\d{2}年?(?:[—–\-~～]|至|到)20\d{2}年)(?=.*分别)"
)


def _listed_years(before: str, count: int) -> list[int] | None:
    """The years of a list the sentence gives before 分别, one for each of ``count`` values in their order, or
    None: a plan writing a target for each year of its period writes the years once and the values once."""
    found = [m for m in _LISTED_YEARS.finditer(before) if not _in_title(before, m.start())]
    if not found:
        return None
    years = [int(y) for y in re.findall(r"20\d{2}(?=年|[—–\-~～至到])", found[-1].group(0))]
    if len(years) == 2 and re.search(r"20\d{2}年?(?:[—–\-~～]|至|到)20\d{2}年", found[-1].group(0)):
        years = list(range(years[0], years[1] + 1))  # 2023—2025年分别…: each year of the span
    return years if len(years) == count else None


def _strives(pre: str) -> bool:
    """Whether a clause holds nothing before its value but striving (力争达到, 争取): it carries on the clause
    before it."""
    for word in sorted(vocab().words["strive"], key=len, reverse=True):
        if pre.startswith(word):
            return FILLERS.sub("", pre[len(word) :]) == ""
    return False


def _report_sentence(s: str, start: int, end: int) -> bool:
    """Whether the sentence at ``start`` opens with a report's words (截至目前，…; 目前…) and says nothing of what
    must be done before the value at ``end``: its figures are a state."""
    if not s.startswith(tuple(vocab().not_targets["report_openings"]), start):
        return False
    before = s[start:end]
    return not any(w in before for w in vocab().not_targets["commitment_words"]) and not RELATIVE_DATE.search(before)


def _base_clause(s: str, c0: int) -> re.Match[str] | None:
    """The base a clause of its own states for the change the next clause names: 与2020年相比，…减少5%."""
    if c0 < 2 or s[c0 - 1] not in ",，":
        return None
    a, _ = _bounds(s, c0 - 2, c0 - 1, CLAUSE_BOUNDARY)
    clause = s[a : c0 - 1]
    if not BASE_CLAUSE.match(re.sub(r"^(?:到|至)?20\d{2}年,?", "", clause)):
        return None
    return BASELINE.search(clause)


def _baseline_year(baseline: re.Match[str] | None, pre: str, due: int | None) -> int | None:
    """The year a change is measured from: the one written (比2015年), or the year before the due year when the
    clause compares with the previous year (比上年, 较上年, 同比)."""
    if baseline is not None:
        if baseline.group("f"):
            period = periods.five_year_period(baseline.group("f"))
            return period[1] if period else None
        return int(baseline.group("y") or baseline.group("y2"))
    return due - 1 if due is not None and PREVIOUS_YEAR.search(pre) else None


def _table_target(h: _Hit, n: Norm, scopes: list[tuple[int, int, int]], plan_end: int | None = None) -> Target:
    """A value of an indicator table: its row's metric, its column's year (else the plan's), its cell's
    comparator; the span runs from the row's start to the value."""
    year = h.year if h.year is not None else _year(n.s, h.start, h.end, scopes)
    if year is None and h.goal:  # 指标 | 基期值 | 目标值: the plan's goal for the end of its period
        year = plan_end
    return Target(doc="", plan=0, text="", metric=h.metric or UNNAMED, value=h.value, unit=h.unit,
                  direction=h.direction or "reach", year=year, span=n.span(h.row or h.start, h.end, 0))


def _reports(pre: str) -> bool:
    """Whether the clause before a value reports a finding or a state (督察发现…, 目前…, 已达…)."""
    return any(w in pre for w in vocab().not_targets["report_before"])


def _post(n: Norm, end: int) -> str:
    """What follows a value, with a parenthetical aside skipped (30万吨(或…30万吨标准煤)及以上的企业), up
    to a column gap: in ``1000万人以上 人力资源社会保障部`` the unit after the space is the next cell."""
    s = n.s
    rest = s[end : end + 40]
    if rest.startswith("("):
        close = rest.find(")")
        rest = rest[close + 1 :] if close >= 0 else rest
    elif rest.startswith(")"):
        rest = rest[1:]
    else:
        words = vocab().words
        for w in (*words["after_at_least"], *words["after_at_most"], "左右"):
            i = end + len(w)
            if not s.startswith(w, end) or i >= len(s):
                continue
            if n.pos[i - 1] - n.pos[end] == len(w) - 1 and n.pos[i] - n.pos[i - 1] > 1:
                return w  # 以上 written tight, then a gap: the cell ends there
    return rest


def _last_word(pre: str, words: list[str]) -> tuple[int, str] | None:
    """The word of ``words`` that ends last in ``pre`` (the longest when several end there: 不低于 over
    低于); 达标 is not 达, and neither 负增长 nor 增加值 nor 增长率 is a rise.

    One compiled pattern per word list, searched in the reversed text: its first match is the word
    that ends last, and the alternation, longest first, picks the longest of those.
    """
    pattern = _reversed_words(tuple(words))
    rev = pre[::-1]
    pos = 0
    while (m := pattern.search(rev, pos)) is not None:
        w = m.group(0)[::-1]
        start = len(pre) - m.end()
        after = pre[start + len(w) : start + len(w) + 1]
        noun = (w in ("增长", "增加") and pre[start - 1 : start] == "负") or after in vocab().noun_after.get(w, ())
        if not noun:
            return start, w
        pos = m.start() + 1
    return None


@cache
def _reversed_words(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w[::-1]) for w in sorted(set(words), key=len, reverse=True)))


def _direction(pre: str, post: str, hit: _Hit) -> tuple[Direction, bool]:
    """The direction of a value and whether it is a scope threshold rather than a commitment."""
    w = vocab().words
    after: Direction | None = None
    tail = post
    for word in w["after_at_least"]:
        if post.startswith(word):
            after, tail = "at_least", post[len(word) :]
            break
    for word in w["after_at_most"]:
        if post.startswith(word):
            after, tail = "at_most", post[len(word) :]
            break
    distance = hit.unit in w["distance_units"] and any(pre.endswith(c) for c in w["distance_context"])
    attributive = bool(tail) and (tail[0] == "的" or "\u4e00" <= tail[0] <= "\u9fff") and not tail.startswith("左右")
    counted = hit.unit in vocab().counts  # 打造3个以上的示范村 is a target, 20蒸吨以下的锅炉 a scope
    attains = after == "at_least" and _attains(tail)  # 50平方公里以上建设用地面积达到…要求: what is to be reached
    threshold = hit.unit not in ("%", "个百分点") and (
        distance or (after is not None and attributive and not counted and not attains)
    )
    if hit.unit not in ("%", "个百分点", "倍"):  # 改造提升农村公路200公里: the work's amount, not a rise
        for word in w["upgrade"]:
            pre = pre.replace(word, "□" * len(word))
    strong = _last_word(pre, w["decrease_by"] + w["increase_by"] + w["at_least"] + w["at_most"])
    if strong:
        i, word = strong
        then = _last_word(pre[i + len(word) :], w["level"])  # 提高并稳定在70%: the level is what counts
        at = pre.endswith("在") and i + len(word) < len(pre)  # 稳步提升、产量在120亿斤以上: a level
        level = pre[i + len(word) : i + len(word) + 1] in ("到", "至") or then is not None or at
        if distance and word in w["decrease_by"] + w["increase_by"]:
            return "at_most", True  # 着力化解…岸线3公里范围的尾矿库: a distance changes nothing, it bounds an area
        if word in w["decrease_by"]:
            return ("decrease" if not level else after or "at_most"), threshold
        if word in w["increase_by"]:
            return ("increase" if not level else after or "reach"), threshold
        if word in w["at_least"]:
            return "at_least", threshold or (word in ("超过", "大于", "高于") and tail.startswith("的"))
        return "at_most", threshold or (word in ("低于", "小于") and tail.startswith("的"))
    if after:
        return after, threshold
    if distance:
        return "at_most", True
    return "reach", threshold


def _attains(tail: str) -> bool:
    """Whether what a value qualifies (``以上`` + noun) goes on, in its clause, to reach a standard: 50平方公里
    以上建设用地面积达到海绵城市建设目标要求 commits to an amount; 20蒸吨以下的锅炉 and 日处理量达1000立方米以上的
    (设施)达到…标准 only name a scope."""
    clause = re.split(r"[,;:。\n\t|]", tail, maxsplit=1)[0]
    return not clause.startswith("的") and _last_word(clause, vocab().words["level"]) is not None


def _year(s: str, start: int, end: int, scopes: list[tuple[int, int, int]]) -> int | None:
    a, b = _bounds(s, start, end, SUB_BOUNDARY)
    before = _years(s, a, start)
    if before:
        return before[-1][1]
    for _pos, y, deadline in _years(s, end, b):
        if deadline:
            return y
    a2, _ = _bounds(s, start, end, SENTENCE_BOUNDARY)
    before = _years(s, a2, start)
    if before:
        return before[-1][1]
    for lo, hi, y in scopes:
        if lo <= start < hi:
            return y
    return None


def _years(s: str, a: int, b: int) -> list[tuple[int, int, bool]]:
    """(position, year, written as a deadline) of the due years written in ``s[a:b]``."""
    seg = s[a:b]
    out: list[tuple[int, int, bool]] = []
    if "年" not in seg and "五" not in seg:  # every year holds 年, every five-year plan 五: most clauses neither
        return out
    for m in YEAR_EXPR.finditer(seg):
        lead = seg[max(0, m.start() - 2) : m.start()]
        if lead.endswith(("比", "较", "自", "从", "与")) or NOT_DUE_AFTER.match(seg[m.end() :]):
            continue
        if not (m.group("q") or m.group("b")) and deadlines.governed_year(seg, m.start()):
            continue  # 完成2024年度…项目22.99万亩: the project's year, not when it is due
        if seg.rfind("《", 0, m.start()) > seg.rfind("》", 0, m.start()):
            continue
        if m.group("y0") and seg[max(0, m.start() - 1) : m.start()] == "(" and seg.startswith(")", m.end()):
            continue  # 三年行动(2024-2027年): the span of a programme the clause names, not when its numbers are due
        labelled = bool(DUE_LABEL.search(seg[max(0, m.start() - 8) : m.start()]))
        deadline = bool(m.group("b") or (m.group("q") and "底" in m.group("q")) or labelled)
        out.append((a + m.start(), int(m.group("y")), deadline))
    for m in FIVE_YEAR_PLAN.finditer(seg):
        if seg[max(0, m.start() - 2) : m.start()].endswith(("比", "较", "与", "相比")):
            continue  # 比“十三五”末下降10%: a base, not when it is due
        period = periods.five_year_period(m.group(1))
        if period:
            out.append((a + m.start(), period[1], False))
    out.sort()
    return out


def _subjects(pre: str, group: list[_Hit], s: str, end: int) -> list[str]:
    """What each value of the group measures, as written (before canonicalisation).

    The subject is what precedes the verb (优良天数比率|达到|90%); when nothing does, what follows it
    (新建|污水处理设施|3800立方米/日), and for a count what is counted (完成12家|钢铁企业…改造).
    """
    words = vocab().words
    verbs = [w for k in ("decrease_by", "increase_by", "at_least", "at_most", "reach") for w in words[k]]
    cut = _last_word(pre, verbs)
    head, tail = (pre[: cut[0]], pre[cut[0] + len(cut[1]) :]) if cut else (pre, "")
    while (c := _last_word(head, verbs)) and c[0] + len(c[1]) == len(head):
        head = head[: c[0]]  # a run of verbs: 稳定达到
    subject = _clean(head) or _clean(tail)
    if group[0].kind == "class":
        return [f"{subject}水质类别"]
    if len(group) > 1:
        parts = [p for p in re.split(r"、|和|及|与", subject.replace("分别", "")) if p]
        return _shared_metric(parts) if len(parts) == len(group) else [subject] * len(group)
    after = _after_noun(s, end, group[0].unit in vocab().counts)
    if after and (group[0].unit in vocab().counts or len(subject) < 2 or subject.endswith(_action_verbs())):
        return [after]  # 中央财政安排|1000亿元|专项奖补资金, 完成|12家|钢铁企业…改造
    return [subject]


def _after_noun(s: str, end: int, counted: bool) -> str:
    """The noun phrase a number qualifies when it stands before it: 2万吨/日的|危险废物集中处置项目,
    3个以上的|示范村; for a count, whatever follows (完成12家|钢铁企业焦炉干熄焦技术改造)."""
    rest = s[end : end + 40]
    for w in ("及以上", "以上", "及以下", "以下", "左右", "以内"):
        if rest.startswith(w):
            rest = rest[len(w) :]
            break
    if not counted and not (rest[:1] == "的" or "\u4e00" <= rest[:1] <= "\u9fff" or rest[:1] == "“"):
        return ""
    rest = rest.lstrip("的")
    stop = min([i for i in (rest.find(c) for c in CLAUSE_BOUNDARY + "、的") if i >= 0] or [len(rest)])
    if rest[stop : stop + 1] == ":":
        return ""  # the label of the next field (…15个班 计划完工时间:2011年), not what is counted
    phrase = _clean(rest[:stop])[:24]
    return phrase if len(phrase) >= 2 else ""


def _shared_metric(parts: list[str]) -> list[str]:
    """The metric of each value listed with 分别: 二氧化硫、氮氧化物 are two metrics; in PM2.5和PM10年均浓度
    the last part's measure is shared (PM2.5年均浓度); in 中心城区和乡镇污水处理率 the first part is a
    place and the metric is the last part's (污水处理率)."""
    last = parts[-1]
    code = re.match(r"[A-Za-z][A-Za-z0-9.]*", last)
    out: list[str] = []
    for p in parts[:-1]:
        if canonical_metric(p) in _metric_names():
            out.append(p)
        elif code and re.fullmatch(r"[A-Za-z][A-Za-z0-9.]*", p):
            out.append(p + last[code.end() :])
        elif _names_a_measure(last):
            out.append(last)
        else:
            out.append(p)
    return [*out, last]


def _names_a_measure(phrase: str) -> bool:
    """Whether a phrase ends in the head noun of a measure (…率, …比例, …浓度, …总量) or is a known metric."""
    return canonical_metric(phrase) in _metric_names() or bool(re.search(MEASURE_HEAD, phrase))


@cache
def _metric_names() -> frozenset[str]:
    return frozenset(name for name, _, _ in vocab().metrics)


@cache
def _action_verbs() -> tuple[str, ...]:
    return tuple(data.read("metrics.toml")["metric_words"]["action_verbs"])


@cache
def _lead_words() -> re.Pattern[str]:
    lead = data.read("metrics.toml")["metric_words"]["lead"]
    return re.compile(rf"^(?:{'|'.join(sorted(lead, key=len, reverse=True))})+")


RELATIVE_DATE = re.compile(r"(?:\d{1,2}月|年)(?:底|末)?(?:前|以前|之前)")
LIST_MARKER = re.compile(r"^(?:\(?[一二三四五六七八九十]{1,3}[)、.]|\(?\d{1,2}[)、.](?!\d)|\d{1,2}(?=[\u4e00-\u9fff]))")
MEASURE_HEAD = r"(?:率|比例|比重|浓度|总量|排放量|用量|强度|密度|面积|人数|天数|次数|规模|能力|指数|系数|盖度|占比)$"


def _clean(phrase: str) -> str:
    """A metric phrase without list markers (1. / (一)), dates, comparison bases, code-like asides (PM2.5),
    the clause's opening action (配合市上加快推进) and filler words."""
    p = RELATIVE_DATE.sub("", phrase)  # first: the 12 of 12月底前 is no list marker
    p = LIST_MARKER.sub("", p)
    p = BASELINE.sub("", p)
    p = YEAR_EXPR.sub("", p)
    p = RELATIVE_DATE.sub("", p)
    p = FIVE_YEAR_PLAN.sub("", p)
    p = _LATIN_BRACKET.sub("", p)
    p = _MARKUP_CHARS.sub("", p)
    for _ in range(3):
        q = _lead_words().sub("", FILLERS.sub("", p))
        if q == p:
            break
        p = q
    return p.removesuffix("每小时").rstrip("的为要应将均")


def canonical_metric(phrase: str) -> str:
    """The vocabulary's name for a metric phrase; the cleaned phrase itself when none fits."""
    p = phrase.strip()
    for name, _aliases, exact in vocab().metrics:
        if p in exact:
            return name
    automaton, order = _metric_aliases()
    found = {order[i] for i, _, _ in automaton.find_matches_as_indexes(p, True)}
    if found:  # the longest alias the phrase holds, the first of a tie in the vocabulary's order
        return min(found, key=lambda x: (-x[0], x[1]))[2]
    return p or UNNAMED


@cache
def _metric_aliases() -> tuple[AhoCorasick, list[tuple[int, int, str]]]:
    """Every alias of the metric vocabulary in one automaton (a phrase was searched for each in turn), with
    (length, place in the vocabulary, metric) for each: the first place of an alias written twice."""
    first: dict[str, tuple[int, int, str]] = {}
    for name, aliases, _ in vocab().metrics:
        for a in aliases:
            first.setdefault(a, (len(a), len(first), name))
    return AhoCorasick(list(first)), list(first.values())


@cache
def _tagger() -> Tagger:
    """The pipeline's tagger, built once: it names the topics and the places of a target's clause."""
    from polkg.nlp.tagger import Tagger

    return Tagger()
