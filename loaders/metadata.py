"""Document metadata: 文号, issuer, date, year, level, kind, jurisdiction and cited documents.

Chinese government documents state these facts in fixed places: the red header (``XX文件``) and the
文号 line under it, the cover title (``关于印发《…》的通知``), the signature block (issuer, then the
date ``2021年12月23日``), and the plan title (``…2018年作战计划``, ``…行动计划(2022—2023年)``).
A file may hold several plans (a bundle of district plans, or a cover letter and its attachment):
facts written once for the file (header, 文号, signature) are inherited by every plan that does not
state its own; region and kind come from each plan's own title.

Citations are every 《title》 and every ``X〔year〕n号`` in a plan's span; a title followed by its
number in brackets (``《…》（川委厅〔2016〕92号）``) is one citation. A plan does not cite itself: not
its own 文号, not its own title, not the titles of the other plans of the same file.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from polkg import data
from polkg.graph.model import Citation, Document, Extraction, Level, Span
from polkg.loaders.text import view
from polkg.nlp import gazetteer, periods

SPACE = re.compile(r"[\s*#]+")
DATE_LINE = re.compile(r"^[\s*]*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:印发|发布)?[\s*]*$", re.M)
#: a notice that issues a document: 关于印发〈Y〉的通知 cites Y under the notice's name
ISSUED = re.compile(r"印发[〈<《]?(.+?)[〉>》]?的通知$")
NUMBER = re.compile(r"(?P<pre>[\u4e00-\u9fff“”\"]{1,16})\s*[〔\[［]\s*(?P<y>\d{4})\s*[〕\]］]\s*(?P<n>\d+)\s*号")
NUMBER_LINE = re.compile(r"^[\s*]*([^\s〔\[［]{1,20}\s*[〔\[［]\s*\d{4}\s*[〕\]］]\s*\d+\s*号)[\s*]*$", re.M)
HEADER_LINE = re.compile(r"^[\s*]*(.{4,60}?)\s*文\s*件[\s*]*$", re.M)
# what may stand before a 文号 in running text without being part of its issuer prefix
NUMBER_PREFIX_STOP = re.compile(
    r".*(?:按照|根据|依据|依照|参照|对照|执行|贯彻|落实|印发|转发|精神|通知|文件|要求|规定|的|和|及|与|或|即|见|以|在|对|将|为|了)"
)
# an issuer named by its level only (市政府办公室 in the cover of a city's notice): the signature names it in full
SHORT_ISSUER = re.compile(r"^[省市县区](?:人民)?政府|^[省市县区]委")
#: a page's publication stamp on a line of its own at the head: 2017/1/26 11:31:00, 2019-12-13 16:36
STAMP_LINE = re.compile(r"^[\s*]*(20\d{2})[/\-.](\d{1,2})[/\-.](\d{1,2})"
                        r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?[\s*]*$", re.M)
TITLE_YEAR = re.compile(r"(?<![\d〔\[])(20\d{2})\s*(?:[—–\-~至到]\s*(20\d{2})\s*)?年")
REGION = re.compile(
    r"^(?P<p>[\u4e00-\u9fff]{2,6}?(?:省|自治区))?"
    r"(?P<c>[\u4e00-\u9fff]{2,3}?(?:市|地区|盟)|[\u4e00-\u9fff]{2,7}?自治州|[\u4e00-\u9fff]{2,3}?州)?"
    r"(?P<d>[\u4e00-\u9fff]{2,3}?(?:区|县|旗)|[\u4e00-\u9fff]{2,7}?自治县)?"
)


@dataclass(frozen=True)
class Kinds:
    ordered: list[str]
    issuing: list[str]
    municipalities: list[str]
    national: list[str]
    abbreviations: dict[str, str]


@cache
def kinds() -> Kinds:
    """The vocabulary of data/document_kinds.toml, loaded once."""
    raw = data.read("document_kinds.toml")
    places = raw["places"]
    return Kinds(raw["kinds"]["ordered"], raw["kinds"]["issuing"], places["municipalities"], places["national"],
                 dict(places["abbreviations"]))


@dataclass(frozen=True)
class Facts:
    """What the head and signature of a stretch of text say about the document."""

    number: str | None = None
    issuer: str | None = None
    date: str | None = None
    cover_title: str | None = None


def annotate(extraction: Extraction, text: str) -> None:
    """Fill each Document of ``extraction`` with what its text says about it. A text in Traditional characters
    is read in Simplified (the same length, so every span holds): its 文號, 關於…的通知 and 全縣 are the
    文号, cover and level words of any plan."""
    if gazetteer.TRADITIONAL.search(text):
        text = view(text)
    file_facts = facts(text)
    docs = extraction.documents
    for d in docs:
        own = facts(text[d.span.start : d.span.end])
        if d.title and d.title != d.doc and clean_title(d.title) != d.title:  # a number, a heading, a site's name
            retitle(extraction, d.plan, d.title, clean_title(d.title) or d.doc)
        if not d.title or d.title == d.doc:
            d.title = derive_title(text[d.span.start : d.span.end], own) or d.doc
        elif not plausible_title(d.title):
            retitle(extraction, d.plan, d.title, issued_title(own.cover_title or file_facts.cover_title))
        d.number = d.number or own.number or file_facts.number
        d.issuer = d.issuer or own.issuer or file_facts.issuer
        d.date = d.date or own.date or file_facts.date
        d.year = d.year or plan_year(d.title, d.date)
        own_text = plan_text(text, docs, d)
        d.jurisdiction = d.jurisdiction or jurisdiction(d.title, d.issuer, d.number, own_text)
        if d.level == "unknown":
            d.level = level_of(d.jurisdiction, d.issuer, d.number, d.title, own_text)
        if d.jurisdiction is None and d.level == "district":  # 全县, 县委: its units are a 县's, never a 区's
            d.level_word = _top_word(own_text)
        d.kind = d.kind or (own.cover_title and cover_kind(own.cover_title)) or kind_of(d.title)
        d.committees = d.committees or committees(own_text)
        d.short_names = d.short_names or short_names(own_text)
    titles = {_title_key(d.title) for d in docs} | {_title_key(file_facts.cover_title or "")}
    for d in docs:
        if not d.cites:
            d.cites = citations(text, d.span, own_number=d.number, own_titles=titles)


# a plan that sets up a committee names it in full once (市政府成立创建文明城市工作领导小组, 某省成立某河流域…攻坚
# 指挥部) and then writes 领导小组, 指挥部 alone
PLACE_ENDS = ("省", "自治区", "市", "州", "县", "区")
BODIES = ("领导小组", "协调小组", "工作小组", "指挥部", "工作专班")
SET_UP = re.compile(rf"(?:成立|组建|设立)了?(?P<name>[\u4e00-\u9fff“”]{{2,30}}?(?:{'|'.join(BODIES)}))")


def committees(text: str) -> list[str]:
    """The committees a plan sets up, by the name it gives them, with the place that sets them up when the
    clause names one right before 成立 (四川省成立…指挥部 → 四川省…指挥部)."""
    gaz = gazetteer.load()
    out: list[str] = []
    for m in SET_UP.finditer(text):
        name = m["name"].split("的")[-1]  # 以市长为组长的X领导小组: X领导小组
        if name.count("“") != name.count("”"):  # quotes belong to the name when they close in it (实施“…”领导小组)
            name = name.replace("“", "").replace("”", "")
        name = re.sub(r"^全[省市州县区]", "", name)  # 全市创建文明城市工作领导小组: the city's
        if re.match(r"(?:了|一个|专门|相应|相关|各级|由|以)", name) or name.startswith(tuple(BODIES)):
            continue
        before = re.split(r"[，。；：,;:\n]", text[max(0, m.start() - 12) : m.start()])[-1]
        place = next((before[-n:] for n in range(min(len(before), 8), 1, -1)
                      if gaz.region(before[-n:]) and before[-n:].endswith(PLACE_ENDS)), "")
        full = place + name if not name.startswith(place) else name
        if full not in out:
            out.append(full)
    return out


# a body a notice sets up and the short name it gives it: 成立农村牧区道路交通安全管理办公室（简称交管办）
SET_UP_SHORT = re.compile(rf"(?:成立|组建|设立)了?(?P<name>[\u4e00-\u9fff“”]{{2,30}}?"
                          rf"(?:{'|'.join(BODIES)}|办公室|委员会|中心))"
                          r"[（(](?:以下)?简称[“\"]?(?P<short>[\u4e00-\u9fff]{2,8})[”\"]?[）)]")


def short_names(text: str) -> dict[str, str]:
    """The short names a plan gives the bodies it sets up (成立X（简称交管办）): it writes 交管办 after, meaning X.
    Read across line breaks, as a notice's lines break anywhere (成\n立…)."""
    if "简" not in text or "称" not in text:  # no 简称 however the lines break: the text is not flattened
        return {}
    flat = re.sub(r"\s+", "", text)
    return {m["short"]: m["name"].split("的")[-1] for m in SET_UP_SHORT.finditer(flat)
            if m["short"] != m["name"]}


def plan_text(text: str, docs: list[Document], d: Document) -> str:
    """The text a plan's place and level are read from: its own span, with the head of the file before the
    first plan (a page's title above a table whose reader starts the plan at its first row), as the 文号 and
    the issuer written once for the file are every plan's."""
    first = min((x.span.start for x in docs), default=0)
    head = text[:first] if first <= d.span.start else ""
    return head + text[d.span.start : d.span.end]


#: what every DATE_LINE holds, opening with a digit (looked for at C speed)
_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def _date_line(text: str) -> re.Match[str] | None:
    """``DATE_LINE.search(text)``, not tried at every character before the first date: the first date line
    starts at the first date or in the blanks and asterisks right before it (DATE_LINE's opening)."""
    first = _DATE.search(text)
    if first is None:
        return None
    start = first.start()
    while start > 0 and (text[start - 1].isspace() or text[start - 1] == "*"):
        start -= 1
    return DATE_LINE.search(text, start)


def facts(text: str) -> Facts:
    """文号, issuer, date and cover title from the head and the first signature block of ``text``."""
    head = text[:3000]
    m = LABELLED_NUMBER.search(head) or NUMBER_LINE.search(head)
    number = compact(m.group(1)) if m else None
    date_m = _date_line(text)
    date_m = date_m or STAMP_LINE.search(head[:200])  # a page's time stamp 2017/1/26 11:31:00 above the text
    date = f"{int(date_m.group(1)):04d}-{int(date_m.group(2)):02d}-{int(date_m.group(3)):02d}" if date_m else None
    cover = cover_title(head)
    issuer = header_issuer(head) or (cover_issuer(head) if cover else None)
    if (issuer is None or SHORT_ISSUER.match(issuer)) and date_m and date_m.re is DATE_LINE:
        issuer = signature_issuer(text[: date_m.start()]) or issuer
    issuer = issuer or labelled_issuer(head)  # the page's publisher (often the 办公室 of the signing organ)
    issuer = issuer or reported_issuer(head)
    return Facts(number, issuer, date, cover)


# a news report's lead names who issued the plan it carries: 据中国政府网报道，国务院办公厅日前印发《…》
REPORTED = re.compile(r"(?:^|[，,。：:；;）)\s])"
                      r"(?P<organ>[\u4e00-\u9fff]{2,20}?(?:办公厅|办公室|人民政府|政府|部|委员会|委|局|厅|院))"
                      r"(?:日前|近日|近期|今天|今日|正式|联合)*印发(?:了)?《")


def reported_issuer(head: str) -> str | None:
    """The organ a news page's lead says issued the plan it reports (国务院办公厅日前印发《…》), for a page that
    carries no header, signature or publisher of the plan itself."""
    m = REPORTED.search(gazetteer.simplified(head[:400]))
    return m["organ"] if m else None


# the fields of a government disclosure page (政府信息公开: 发布机构, 发文字号 …), one to a line or in a table row
FIELD_SEP = r"\s*[:：|]?\s*\|?\s*"
NUMBER_TEXT = r"[^\s|:：〔\[［]{1,20}\s*[〔\[［]\s*\d{4}\s*[〕\]］]\s*\d+\s*号"
LABELLED_NUMBER = re.compile(rf"(?:发文字号|文号|发文号){FIELD_SEP}({NUMBER_TEXT})")
LABELLED_ISSUER = re.compile(rf"(?:发布机构|发文机关|发文单位|发布机关|发布单位){FIELD_SEP}"
                             r"([\u4e00-\u9fff][\u4e00-\u9fff ]{1,30})")

FIELD_LABEL = re.compile(r"文号|发文字号|成文日期|发布日期|索引号|有效性|公开方式|公开范围|主题分类|组配分类|生成日期")


def labelled_issuer(head: str) -> str | None:
    """The issuer a disclosure page names in its 发布机构 / 发文机关 field."""
    m = LABELLED_ISSUER.search(head)
    value = re.split(FIELD_LABEL, compact(m.group(1)))[0] if m else ""
    return value if len(value) >= 2 else None


def compact(s: str) -> str:
    return SPACE.sub("", s)


def header_issuer(head: str) -> str | None:
    """``四川省环境保护厅办公室文件`` → 四川省环境保护厅办公室 (the red header of the first lines)."""
    for line in head.splitlines()[:12]:
        m = HEADER_LINE.match(line)
        if m and not re.search(r"[，。：:、]", m.group(1)):
            return compact(m.group(1))
    return None


def _lines(head: str, most: int | None = None) -> list[str]:
    """The non-blank lines of ``head``, compacted; the first ``most`` of them (the rest are not compacted)."""
    out: list[str] = []
    for line in head.splitlines():
        if most is not None and len(out) >= most:
            break
        flat = compact(line)
        if flat:
            out.append(flat)
    return out


def cover_title(head: str) -> str | None:
    """The cover title ``关于…的通知`` of the first lines, joined when it is broken over several lines."""
    lines = _lines(head, 15)
    for i, line in enumerate(lines):
        k = line.find("关于")
        if k < 0 or k > 20:
            continue
        title = line[k:]
        for nxt in lines[i + 1 : i + 4]:
            if _ends_with_kind(title) or len(nxt) > 40:
                break
            title += nxt
        if not _ends_with_kind(title) and _cover_head(line, k):  # it runs into the next line (…的通知各市、县人民政府:)
            m = COVER.match("".join([line[k:], *lines[i + 1 : i + 4]]))
            title = m.group(0) if m else title
        return title if _ends_with_kind(title) else None
    return None


def _cover_head(line: str, k: int) -> bool:
    """Whether ``line`` opens a cover title at ``k`` (关于 after at most its issuer and 文号), not a sentence that
    says 关于 (大力推进《…》关于…): no punctuation or 《 before 关于 or in the short rest of the line."""
    return len(line) - k <= 40 and not re.search(r"[，。；：,;:《》“”、]", line)


#: a cover title read across the lines it is broken over, up to the first 的通知 / 的函 / 的意见
COVER = re.compile(r"关于[^，。；：,;:《》]{2,80}?的(?:通知|函|意见|通报|决定|批复)")


#: the tail of a 文号 on the line of an issuer: 〕72号, 72号
NUMBER_TAIL = re.compile(r"^[^\u4e00-\u9fff]*\d+\s*号")


def cover_issuer(head: str) -> str | None:
    """The issuer written before the cover title: ``四川省人民政府办公厅`` ⏎ ``关于印发…``."""
    lines = _lines(head, 15)
    for i, line in enumerate(lines):
        k = line.find("关于")
        before = NUMBER_TAIL.sub("", line[:k])  # the end of a 文号 broken over lines above: 72号山西省人民政府办公厅
        if k > 1 and len(before) > 1 and not re.search(r"[\d:：|，。《]", before):  # no field label, no sentence
            return before
        if (k == 0 and i > 0 and len(lines[i - 1]) <= 30 and not _ends_with_kind(lines[i - 1])
                and not re.search(r"[\d:：|]", lines[i - 1])):  # a 文号 or a dated field is no issuer
            return lines[i - 1]
    return None


def signature_issuer(before_date: str) -> str | None:
    """The one or two short lines right above the signature date."""
    lines = _last_lines(before_date, 2)
    picked: list[str] = []
    for line in reversed(lines[-2:]):
        if len(line) > 25 or re.search(r"[。：:，,；;）)]$", line) or re.search(r"\d", line):
            break  # a sentence, or an item of the list of attachments above the signature (3.2025年…)
        picked.insert(0, line)
    return "".join(picked) or None


def _last_lines(text: str, k: int) -> list[str]:
    """The last ``k`` non-blank lines of ``text``, whitespace removed, in order."""
    return list(reversed(_nonblank(reversed(text.splitlines()), k)))


def _nonblank(lines: Iterable[str], k: int) -> list[str]:
    """The first ``k`` of ``lines`` that are not blank, whitespace removed: only those are compacted (a
    signature or a frame needs a few lines at one end, not every line of the plan)."""
    out: list[str] = []
    for line in lines:
        flat = compact(line)
        if flat:
            out.append(flat)
            if len(out) == k:
                break
    return out


def _ends_with_kind(s: str) -> bool:
    return any(s.endswith(k) for k in kinds().ordered)


def derive_title(text: str, own: Facts) -> str | None:
    """A plan title read from the text when the loader left only the file stem.

    The plan a cover letter issues (关于印发《X》的通知 → X), else the cover title itself (a 通报),
    else the title after 附件, else the first lines up to a kind word (乐山市市中区…⏎实施方案).
    """
    cover = own.cover_title
    if cover:
        m = re.match(rf"关于(?:{'|'.join(kinds().issuing)})(.+?)(?:意见)?的(?:通知|函)$", cover)
        inner = m.group(1) if m else None
        if inner and inner.startswith("《") and inner.endswith("》"):
            inner = inner[1:-1]
        return inner or cover
    lines = _lines(text[:2000])
    for i, line in enumerate(lines):
        if re.match(r"^附件\d*[:：]?$", line) and i + 1 < len(lines):
            return clean_title(_joined_title(lines[i + 1 : i + 3]) or "")
    return clean_title(_joined_title(lines[:2]) or "")


#: what a title never is: a number or a date (20, 2017/1/26 11:31:00, 2021年3月5日), a numbered heading (五、…,
#: （三）…, 3.…, 2.2…), a role line or an addressee or a field (牵头单位:…, 各乡镇人民政府:, 索引号:), a table's row
NOT_TITLE = re.compile(
    r"^[\d\s/\-.:：年月日号]*$"
    r"|^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*[、.．](?!\d))"
    r"|^(?:牵头单位|责任单位|配合单位|主办单位|协办单位|牵头部门|责任部门)[:：]"
    r"|[:：]$|\|"
    r"|^(?:索引号|发布机构|发文机关|成文日期|发布日期|发布时间|主题分类|文号|发文字号)")
#: a disclosure page's label before the title it gives: 标题:|X, 文件名称|X
FIELD_LABEL_TITLE = re.compile(r"^[|｜]*(?:标题|文件名称|名称|题目)[:：|｜]+")
#: the extension of a saved file's name written as its title (大气污染防治2021年行动计划.pdf)
FILE_EXT = re.compile(r"\.(?:pdf|docx?|wps|txt|html?|shtml|xlsx?|et|ofd)$", re.I)
#: a site's name after a page title: 《…的通知-欧洲杯网络平台》, …工作要点_某县人民政府网, …|某省生态环境厅
SITE_SEP = re.compile(r"\s*(?:[-_|｜]|——)\s*")
#: a news lead that reports a plan: 潮州印发《X》。全文如下:, 《X》正式印发 — the plan is X
LEAD = re.compile(r"(?:印发|发布|出台|公布|下发)了?《(?P<a>[^《》]+)》"
                  r"|《(?P<b>[^《》]+)》(?:正式)?(?:印发|发布|出台|公布)")


def clean_title(line: str) -> str | None:
    """The title a line a loader took for one writes, or None where it is no title: a plan's title names a plan
    kind (方案, 计划, 要点, 清单, 通知 …, see data/document_kinds.toml); a file's extension and a site's name after
    -, _ or | are dropped; a news lead's title is the 《…》 it reports; numbers, dates, numbered headings, role
    lines, addressees and table rows are none."""
    t = FILE_EXT.sub("", compact(line))
    if t != compact(line) and not _title_shape(t):  # a file's name names a plan or nothing (附件1.pdf)
        return None
    t = FIELD_LABEL_TITLE.sub("", t)
    cells = [c for c in re.split(r"[|｜]", t) if c and not re.fullmatch(r"[-:：\s]+", c)]
    if "|" in t and len(cells) == 1:  # one cell of a table row: 文件名称|X|||, X|
        t = cells[0]
    elif len(cells) > 1:  # a table's row: its title cell, else no title (序号|重点工作|责任单位|…)
        return next((c for c in cells if _title_shape(c)), None)
    lead = LEAD.search(t) if re.search(r"[，。,:：!！]", t) else None
    if lead and _title_shape(lead["a"] or lead["b"]):
        return str(lead["a"] or lead["b"])
    for sep in SITE_SEP.finditer(t):
        if sep.start() > 0 and _title_shape(t[: sep.start()]):
            return t[: sep.start()]
    if not re.search(r"[\u4e00-\u9fff]{2}", t) or NOT_TITLE.search(t):
        return None
    return line if t == compact(line) else t


def _title_shape(t: str) -> bool:
    """Whether ``t`` ends like a plan's title: in a kind word, before a bracketed period or draft mark."""
    return _ends_with_kind(re.sub(r"[(（][^()（）]*[)）]$", "", t))


def plausible_title(title: str) -> bool:
    """A plan title ends in a document kind and is not a sentence, a cover line (关于…的通知) or an issuer."""
    t = _strip_draft(compact(title))
    return (_ends_with_kind(t) and not re.search(r"[，。；：:,;]", t) and not t.startswith("关于")
            and not t.endswith(("的通知", "的函")))


def issued_title(cover: str | None) -> str | None:
    """The plan a cover letter issues: 关于印发《X》的通知 → X; None for any other cover."""
    m = re.match(rf"关于(?:{'|'.join(kinds().issuing)})(.+?)的(?:通知|函)$", cover or "")
    title = m.group(1).removeprefix("《").removesuffix("》") if m else None
    return title if title and plausible_title(title) else None


def retitle(extraction: Extraction, plan: int, old: str, new: str | None) -> None:
    """Give plan ``plan`` the title ``new`` (a loader took a sentence or an issuer for it), in its tasks'
    section paths too."""
    if not new:
        return
    for d in extraction.documents:
        if d.plan == plan:
            d.title = new
    for t in extraction.tasks:
        if t.plan == plan and t.section[:1] == [old]:
            t.section = [new, *t.section[1:]]


def _joined_title(lines: list[str]) -> str | None:
    if not lines:
        return None
    title = lines[0]
    if not _ends_with_kind(_strip_draft(title)) and len(lines) > 1 and len(lines[1]) <= 20:
        title += lines[1]
    return title if len(title) <= 80 else None


def _strip_draft(title: str) -> str:
    """The title without a trailing draft mark: …作战计划(征求意见稿) → …作战计划."""
    return re.sub(r"[(（][^()（）]*稿[)）]$", "", title)


def plan_year(title: str, date: str | None) -> int | None:
    """The year a plan is for: the (first) year its title names, or the first year of the five-year plan
    period it names (“十二五” → 2011), else the year it was issued."""
    own = _outside_quotes(title)
    for m in TITLE_YEAR.finditer(own):
        return int(m.group(1))
    period = periods.five_year_period(own)
    if period:
        return period[0]
    if date:
        return int(date[:4])
    cited = TITLE_YEAR.search(title) if kind_of(own) is None else None
    return int(cited.group(1)) if cited else None  # 研究《2022年区政府工作报告…》: undated news of the plan, its year


def _outside_quotes(title: str) -> str:
    """The title without cited titles inside it (a 通报 about 《…2016年…方案》 is not for 2016)."""
    stripped = re.sub(r"《[^《》]*》", "", title)
    return stripped if stripped.strip() else title


def cover_kind(cover: str) -> str | None:
    """The kind of a document whose own text opens with its cover title: a 通报 is a 通报, but a notice
    that issues a plan (关于印发《X行动计划》的通知) stands for the plan, a 行动计划."""
    m = re.match(rf"关于(?:{'|'.join(kinds().issuing)})(.+?)(?:意见)?的(?:通知|函)$", cover)
    return kind_of(m.group(1).removeprefix("《").removesuffix("》")) if m else kind_of(cover)


def kind_of(title: str) -> str | None:
    """The document kind the title ends in, read outside any cited 《title》: 分工方案, 通报, 作战计划 ..."""
    t = _strip_draft(compact(_outside_quotes(title)))
    best: tuple[int, int, str] | None = None
    for rank, k in enumerate(kinds().ordered):
        i = t.rfind(k)
        if i >= 0:
            key = (i + len(k), -rank, k)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best else None


def region(name: str) -> tuple[str | None, str | None, str | None]:
    """(province, city, district) named at the start of ``name``: 乐山市市中区… → (None, 乐山市, 市中区)."""
    s = compact(name).lstrip("《〈<“\"")
    for city in kinds().municipalities:
        if s.startswith(city):
            return city, None, None
    m = REGION.match(s)
    if not m:
        return None, None, None
    return m.group("p"), m.group("c"), m.group("d")


def jurisdiction(title: str, issuer: str | None, number: str | None, text: str = "") -> str | None:
    """The region a plan governs, by its official name (房县, 北京市通州区, 楚雄彝族自治州, 四川省).

    Read, first found wins: the places of the title (outside cited 《titles》), of the issuer, of the
    frame of the text (red header, cover, signature: short lines at its ends); then the place words of the
    whole text (the most named place at the level that 全县 / 县委 / 县政府 / 县发改局 … point to); then the
    province a 文号 abbreviation stands for (川 → 四川省). A national document has none."""
    return explain_jurisdiction(title, issuer, number, text)[0]


def explain_jurisdiction(title: str, issuer: str | None, number: str | None,
                         text: str = "") -> tuple[str | None, str]:
    """:func:`jurisdiction` and the reason for it, for ``polkg resolve --in``. A township's own plan (its
    title or issuer opens with the township, after its county's name or alone: 达州市达川区石桥镇人民政府关于…,
    发文机关 马兰屯镇) is the township's, named with its county (达州市达川区石桥镇), once the county is known."""
    place, why = _explain_jurisdiction(title, issuer, number, text)
    if place and region_level_of(place) == "district":
        for what, source in (("title", title), ("issuer", issuer or "")):
            town = _own_township(place, gazetteer.simplified(source))
            if town:
                return place + town, f"{why}; the {what} opens with its township {town}"
    return place, why


def state_zone(name: str) -> str | None:
    """The zone of state standing (杨凌农业高新技术产业示范区, 两江新区 …: no administrative division, run by a
    管理委员会 of city standing) that ``name`` opens with, by its full name; its plans govern the zone."""
    s = compact(name).lstrip("《〈<“\"")
    for zone in data.read("units.toml")["zone"]:
        if any(s.startswith(form) for form in zone["forms"]):
            return str(zone["name"])
    return None


def region_level_of(place: str) -> str | None:
    """The gazetteer's level of a place written in full, None if it does not know it."""
    gaz = gazetteer.load()
    known = gaz.region(place)
    return gaz.places[known].level if known else None


# a township after its county's name (or alone) at the head of a title or issuer: 达川区石桥镇人民政府关于
OWN_TOWN = re.compile(r"([\u4e00-\u9fff]{2,4}?(?:镇|乡|街道))(?:人民政府|政府|党委|办事处|关于|$)")


def _own_township(county: str, source: str) -> str | None:
    """The township of ``county`` that ``source`` opens with, alone or after the county's name, by the national
    township list (data/townships.tsv)."""
    s = compact(source).lstrip("《〈<“\"")
    gaz = gazetteer.load()
    known = gaz.region(county)
    if not known:
        return None
    heads = [0, *(cut for cut in range(2, min(len(s), 12) + 1) if gaz.region(s[:cut], known) == known)]
    for at in heads:
        m = OWN_TOWN.match(s, at)
        if m and not NOT_TOWN.search(m[1]) and gaz.township_county(m[1], [known]) == known:
            return m[1]
    return None


def _explain_jurisdiction(title: str, issuer: str | None, number: str | None,
                          text: str = "") -> tuple[str | None, str]:
    if national(issuer, number) or national(gazetteer.simplified(title), None):
        return None, "a national organ's document (issuer, 文号 国… or a title opening with ministries)"
    gaz = gazetteer.load()
    title, issuer = without_people(gazetteer.simplified(title)), without_people(gazetteer.simplified(issuer or ""))
    body = without_people(gazetteer.simplified(text[:20000]))
    if ADDRESSEE_TITLE.search(title):  # 杨陵区人民政府，管委会各工作部门…：names whom the notice goes to
        title = ""
    around = _Named(body)  # the places the text names: a name shared by several is read against them
    for what, source in (("title", VENUE.sub("", _outside_quotes(title))), ("issuer", issuer)):
        place = _deepest(gaz.places_in(source, around), body)
        if place:
            return gaz.official(place), f"the innermost place named in the {what} {source!r}: {place}"
    for what, name in (("title", title), ("issuer", issuer)):  # 自治区人民政府…: an autonomous region's own word
        region_named = _own_region(name, body)
        if region_named:
            return region_named, (f"the {what} opens with 自治区, the word an autonomous region writes for itself; "
                                  f"the text names {region_named} or places in it")
    for what, name in (("title", title), ("issuer", issuer)):  # a place by a name it had (吴江市, now 吴江区)
        p, c, d = region(name)
        if ((p or c or d) and not NOT_A_PLACE.match(name) and (p is None or p in gaz.places)
                and was_a_place(d or c or p or "")):
            return "".join(x for x in (p, c, d) if x), f"the place the {what} opens with (by its suffixes)"
    for what, name in (("title", title), ("issuer", issuer)):  # 杨凌示范区水务局…: a zone of state standing
        zone = state_zone(name)
        if zone:
            return zone, f"the {what} opens with {zone}, a zone of state standing (data/units.toml [[zone]])"
    place = _credit_code_place(body[:3000])
    if place:
        return gaz.official(place), f"the unified social credit code of the issuing organ names the division {place}"
    place = _deepest(gaz.places_in(_frame(body), around))
    if place:  # a city named in the signature of a district's notice: the district its words point to
        inner = _named_most(body, inside=place)
        why = f"; the text's level words point below it, to {inner}, the most named there" if inner else ""
        return gaz.official(inner or place), f"the place named in the header or signature lines: {place}{why}"
    place, why = _number_place(number, body)
    if place:
        return gaz.official(place), why
    own_town = _township_named(body)
    if own_town:
        return own_town, f"the text speaks as a township's (我乡, 全镇, 镇党委 …) and names {own_town} most"
    place = _named_most(body)
    if place:
        return gaz.official(place), f"the most named place at the level of the text's words (全县, 县委 …): {place}"
    place = _branch_place(body)
    if place:
        return gaz.official(place), (f"the text speaks as a county's or district's and names {place} only inside a "
                                     "city bureau's branch (市X局Y分局) or a road's section (Y段)")
    place, towns = _townships_county(body)
    if place:
        return gaz.official(place), f"the county of the townships the text names ({'、'.join(towns[:4])}): {place}"
    place = _common_place(body)
    if place:
        return gaz.official(place), f"every place the text names lies in {place}, which it names most"
    place = _city_only_county(body)
    if place:
        return gaz.official(place), f"the text speaks as a county's (全县, 县委 …) and names {place}'s city alone, " \
                                    "which has that one county"
    region_named = _own_region("自治区", body) if REGION_WORD.search(body) else None
    if region_named:
        return region_named, f"the text speaks as an autonomous region's (自治区人民政府, 自治区直 …) and names " \
                             f"{region_named} or places in it"
    place = _water_place(body)
    if place:
        return gaz.official(place), f"the text names a lake or river that lies in {place} alone, at its words' level"
    place = _source_place(body[:3000])
    word = _top_word(body)
    if place and (word is None or gaz.places[place].level in LEVEL_OF_WORD[word]):  # a province's paper on a city: no
        return gaz.official(place), f"the page's source (来源) is named after {place}"
    if number and number[0] in kinds().abbreviations:
        return kinds().abbreviations[number[0]], f"the 文号 {number} opens with the abbreviation {number[0]}"
    for what, name in (("title", title), ("issuer", issuer)):  # a town's own plan: 徐庄镇2017年度…工作计划
        town = TOWNSHIP.match(compact(name))
        if town:
            return town[1], f"the township the {what} opens with: {town[1]}"
    return None, "no place in the title, issuer, header, signature or text"


# where a meeting a news title reports sat (…座谈会在贵阳召开): a venue, not the place the meeting governs
VENUE = re.compile(r"在[\u4e00-\u9fff]{2,8}?(?:召开|举行|举办)")


# the source field of a news or government page (来源：安康日报, 来源: 某县人民政府办公室)
SOURCE = re.compile(r"来源\s*[:：]\s*([\u4e00-\u9fff]{2,16})")


def _source_place(head: str) -> str | None:
    """The place a page's source is named after (安康日报 → 安康市), when the text names no place of its own: a
    city's paper reports on its city. A short form counts only for one prefecture-level city (光明日报 is no
    paper of 光明区)."""
    gaz = gazetteer.load()
    for m in SOURCE.finditer(head):
        place = _deepest(gaz.places_in(m[1]))
        if place:
            return place
        for size in (3, 2):
            found = gaz.short.get(m[1][:size]) or gaz.forms.get(m[1][:size]) or []
            if len(found) == 1 and gaz.places[found[0]].level == "city":
                return found[0]
    return None


# a 文号's issuer prefix: the place's name or its first character, then the organ (遂府办发, 乐政发, 巫山府发)
NUMBER_ORGAN = re.compile(r"^([\u4e00-\u9fff]{1,3}?)[市县区]?(府|政|委|办|发|函|党|字)")


# a government organ's unified social credit code (GB 32100: 1 机构编制 + 1 机关, the six-digit division code, the
# organisation code, a check character), which disclosure pages print in the 索引号 of every document
CREDIT_CODE = re.compile(r"(?<![0-9A-Z])11(\d{6})[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])")


def _credit_code_place(head: str) -> str | None:
    """The division whose code a government organ's credit code in the head of the page carries."""
    gaz = gazetteer.load()
    for m in CREDIT_CODE.finditer(head):
        if m.group(1) in gaz.codes:
            return gaz.codes[m.group(1)]
    return None


class _Named:
    """The places a text names, read when first iterated (most plans name their place without ambiguity)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __iter__(self) -> Iterator[str]:
        return iter(_places(self.text))


@lru_cache(maxsize=4)
def _places(text: str) -> tuple[str, ...]:
    """The places ``text`` names (:meth:`Gazetteer.places_in`), read once per text: several clues ask."""
    return tuple(gazetteer.load().places_in(text))


def _number_place(number: str | None, text: str) -> tuple[str | None, str]:
    """The place a plan's own 文号 names: 遂府办发 is 遂宁市's, 巫山府发 巫山县's. Its prefix opens the names of
    several places (乐: 乐山市, 乐清市, 乐昌市 …); the one the text names wins, else the only one at the level the
    text's own words point to (市直, 全市 → a city) when the number is a government's or a party committee's
    (府, 政, 委: a bureau's 环办 says less). A province's one-character abbreviation (川办发) is left to
    the table of abbreviations."""
    m = NUMBER_ORGAN.match(gazetteer.simplified(number or ""))
    if m is None or m.group(1)[0] in "国省市县区州中" or (len(m.group(1)) == 1 and m.group(1) in kinds().abbreviations):
        return None, ""
    prefix = m.group(1)
    gaz = gazetteer.load()
    found = [p for p, place in gaz.places.items() if place.level in DEPTH and _bare(gaz.official(p)).startswith(prefix)
             and (len(prefix) > 1 or len(_bare(gaz.official(p))) >= 2)]
    if not found:
        return None, ""
    named = Counter(a for p in (*_places(text), *_short_forms(text)) for a in gaz.ancestors(p) if a in found)
    if named:
        best = named.most_common(1)[0][0]
        return best, f"the 文号 {number} opens with {prefix}, the first of {best}, which the text names"
    word = _top_word(text) if m.group(2) in "府政委" else None  # a government's or party committee's own number
    fits = [p for p in found if word and gaz.places[p].level in LEVEL_OF_WORD[word]
            and (gaz.places[p].level != "district" or gaz.official(p).endswith(word))]
    if len(fits) == 1:
        return fits[0], (f"the 文号 {number} opens with {prefix}: of the places whose name opens so, the only "
                         f"one at the level of the text's words ({word}): {fits[0]}")
    return None, ""


def _bare(name: str) -> str:
    """A place's name without its division word: 遂宁市 → 遂宁, 巫山县 → 巫山, 房县 → 房."""
    return re.sub(r"(?:自治州|自治县|自治旗|地区|省|市|县|区|州|旗|盟)$", "", name)


def _level_words(text: str) -> Counter[str]:
    """The level words of a text (全县, 县委, 市政府, 区直, 县发改局 …) by level character; 自治区 is a province's
    word (自治区人民政府, 自治区直), not a district's."""
    text = text.replace("自治区", "省")
    return Counter(m.group(1) or m.group(2) or m.group(3) for m in LEVEL_WORD.finditer(text))


def _top_word(text: str) -> str | None:
    """The level word a text uses most (全县, 县委, 县发改局 → 县)."""
    words = _level_words(text[:20000])
    top = words.most_common(1)
    return top[0][0] if top else None


def national(issuer: str | None, number: str | None) -> bool:
    """Issued by a national organ (国务院办公厅, 生态环境部 …) or under a 国… 文号; a title that opens with
    ministries (住房城乡建设部 环境保护部关于印发…) is theirs."""
    issuer = gazetteer.simplified(issuer or "")
    return bool(any(issuer.startswith(n) for n in kinds().national) or MINISTRIES.match(issuer)
                or NATIONAL_NUMBER.search(issuer)
                or (number and gazetteer.simplified(number).startswith("国")))


NATIONAL_NUMBER = re.compile(r"(?<!全)国(?:办)?(?:发|函|发明电)\s*[〔\[［]")  # 国办发〔2008〕60号
MINISTRIES = re.compile(r"^(?:(?:(?![省市县区州旗委])[\u4e00-\u9fff]){2,10}?部(?:办公厅)?)+(?:关于|$)")


def _deepest(places: list[str], text: str = "") -> str | None:
    """Of the places named together, the innermost one (四川省 … 乐山市市中区 → 乐山市市中区); of several
    unrelated ones at the same depth, the one ``text`` names most (a news dateline 成都 before 遂宁市), else
    the first."""
    gaz = gazetteer.load()
    known = [p for p in places if gaz.places[p].level in DEPTH]
    if not known:
        return None
    depth = max(DEPTH[gaz.places[p].level] for p in known)
    deepest = list(dict.fromkeys(p for p in known if DEPTH[gaz.places[p].level] == depth))
    if len(deepest) > 1 and text:
        named = Counter(_places(text))
        return max(deepest, key=lambda p: (named[p], -deepest.index(p)))
    return deepest[0]


TEXT_LEVEL: dict[str, Level] = {"省": "province", "州": "city", "市": "city", "盟": "city", "县": "district",
                                "区": "district", "旗": "district"}
NOT_A_PLACE = re.compile(r"^(?:关于|第|对|在|全|我|本|各)")
DEPTH = {"province": 1, "city": 2, "district": 3}
WORD_DEPTH = {"省": 1, "州": 2, "市": 2, "盟": 2, "县": 3, "区": 3, "旗": 3}
# 全县, 本市, 县委, 市政府, 区直, 盟行署 …, and a unit named by its level (市环保局牵头, 、县发改局); 市政局,
# 市场监管局, 市容局 and 区域… open with a word, not a level (a district's 市政局 is its own)
LEVEL_WORD = re.compile(r"(?:全|我|本)([省市州盟县区旗])|([省市州盟县区旗])(?:委|政府|人民政府|直|行署)"
                        r"|(?:^|(?<=[^\u4e00-\u9fff]))([省市州盟县区])(?!政(?!府|协)|场|容|域)[\u4e00-\u9fff]{1,8}?(?:局|委|厅)")
LEVEL_UNIT = re.compile(r"[省市州盟县区旗][\u4e00-\u9fff]{1,8}?(?:局|委|厅|办)")
LEVEL_OF_WORD = {"省": ("province",), "州": ("city",), "市": ("city", "district"), "盟": ("city",),
                 "县": ("district",), "区": ("district",), "旗": ("district",)}


# the addressee line (各镇人民政府，县政府各部门，嘉鱼经济开发区、武汉新港潘湾工业园：) names whom a notice goes to,
# among them bodies named after other places, never its issuer
ADDRESSEES = re.compile(r"^各.*[:：]$")
# an addressee line taken for a title where the page lost its heading (…，管委会各工作部门、各直属机构：)
ADDRESSEE_TITLE = re.compile(r"[，,、]各[\u4e00-\u9fff、，,（）()]*[:：]$|^各.*[:：]$")


@cache
def _people(comrade: bool = True) -> re.Pattern[str]:
    """A person's name: after a label or post of data/styles.toml (责任人：王西宁, 副县长钟宇龙) or, with
    ``comrade``, before 同志. A text without 同志 is scanned without that branch, and the labels alone open with
    literal characters, which the engine looks for at C speed; with it, a lookahead on the labels' first
    characters spares trying every label at every position (8× quicker in all)."""
    styles = data.read("styles.toml")
    labels = sorted({*styles["fields"]["leader"], *styles["clauses"]["posts"]} - {"同志", "负责同志"}, key=len,
                    reverse=True)
    after = rf"(?:{'|'.join(map(re.escape, labels))})[:：\s]*(?P<a>[\u4e00-\u9fff]{{2,3}})"
    if not comrade:
        return re.compile(after)
    first = re.escape("".join(sorted({x[0] for x in labels})))
    return re.compile(rf"(?=[{first}]){after}|(?P<b>[\u4e00-\u9fff]{{2,3}})同志")


def without_people(text: str) -> str:
    """``text`` with people's names blanked (same length): a signature's 责任人：王西宁 or 王西宁同志 names a
    person, never a place (西宁市), so it must not vote for the plan's jurisdiction."""
    def blank(m: re.Match[str]) -> str:
        at = m.start("a") if m["a"] else m.start("b")
        name = m["a"] or m["b"]
        whole = m.group()
        cut = at - m.start()
        return whole[:cut] + "\u3000" * len(name) + whole[cut + len(name):]
    return _people("同志" in text).sub(blank, text)


def _frame(text: str) -> str:
    """The short lines that open and close a document (red header, cover title, signature), not its tasks."""
    lines = text.splitlines()
    ends = (*_nonblank(lines, 6), *reversed(_nonblank(reversed(lines), 4)))
    frame = [x for x in ends if len(x) <= 40 and not re.search(r"[。；;]", x) and not ADDRESSEES.search(x)
             and not TABLE_ROW.search(x)]
    return "\n".join(VENUE.sub("", PERSON_FIELD.sub("", x)) for x in frame)


#: a table drawn with box characters (│ 新密市 │ 3600 │…): its rows list places, they sign for none
TABLE_ROW = re.compile(r"[│┃║┆]")
#: a person's field in a header or signature (责任人：王西宁, 签发人：…): a name, never a place (王西宁 is no 西宁)
PERSON_FIELD = re.compile(r"(?<=人)[：:][\u4e00-\u9fff·]{2,4}")


def _named_most(text: str, inside: str | None = None) -> str | None:
    """The place a text names most at the level its own words point to (全县, 县委, 县政府 → a county):
    a plan says 全县 and names its county; it names other places less often. With ``inside``, only a place
    below that one."""
    gaz = gazetteer.load()
    words = _level_words(text)
    named = Counter(_places(text))
    top = DEPTH.get(gaz.places[inside].level, 0) if inside else 0
    # the word named most; on a tie the deeper level (a county's plan names its city's 市生态环境局 as often
    # as its own 县水利局, a city's plan names no single county's bureau)
    for word, _ in sorted(words.items(), key=lambda kv: (kv[1], WORD_DEPTH[kv[0]]), reverse=True)[:1]:
        fits: Counter[str] = Counter()
        for p, n in named.items():  # a county named stands for its city too (连江县 in a 福州 plan)
            for a in gaz.ancestors(p):
                level = gaz.places[a].level
                municipality = word == "市" and a in kinds().municipalities  # 重庆市: a province-level city
                fitting = level in LEVEL_OF_WORD[word] or municipality
                if (fitting and (level != "district" or gaz.official(a).endswith(word))
                        and (inside is None or (DEPTH.get(level, 0) > top and inside in gaz.ancestors(a)))):
                    fits[a] += n
        if fits:
            return fits.most_common(1)[0][0]
        if inside is None and word in ("县", "区"):  # none named in full: its short form named often (吉水二中 …);
            # a district's short form is often a word (新建, 平安): only where it names a zone (崇川经济开发区)
            short = Counter(p for p in _short_forms(text, zones=word == "区") if gaz.official(p).endswith(word))
            best = short.most_common(1)
            if best and best[0][1] >= 2:
                return best[0][0]
            if word == "县":
                return _former_county(text)
    return None


#: a county-level place written inside a city bureau's branch (市生态环境局咸安分局, 市公安局榆树市分局) or a road's
#: section (107国道咸安绕城段, 京港澳高速咸安段): the short form or the full name, group 1 or group 2
BRANCH_PLACE = re.compile(r"(?<=局)([\u4e00-\u9fff]{2,5}?)分局"
                          r"|(?<=国道|省道|高速|公路)([\u4e00-\u9fff]{2,5}?)(?:绕城|城区)?段")


def _branch_place(text: str) -> str | None:
    """The county or district a plan speaking as one (全区, 区委, 区发改局) names only inside a unit's or a road's
    name: a city bureau's branch in it (市生态环境局咸安分局: each district has its own) or a road's section
    through it. Only where one place is so named, at least once in a branch or twice in all."""
    word = _top_word(text)
    if word not in ("县", "区", "旗"):  # a city's plan (全市) names its counties' branches, no own place
        return None
    gaz = gazetteer.load()
    branches: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for m in BRANCH_PLACE.finditer(text):
        written = m[1] or m[2]  # 咸安, 榆树市: the place whole between the bureau and 分局, the road and 段
        found = gaz.forms.get(written) or gaz.short.get(written) or []
        if len(found) == 1 and gaz.places[found[0]].level == "district" and written not in ordinary_words():
            named[found[0]] += 1
            branches[found[0]] += bool(m[1])
    if len(named) != 1:
        return None
    place, n = named.most_common(1)[0]
    return place if gaz.official(place).endswith(word) and (branches[place] or n >= 2) else None


def _former_county(text: str) -> str | None:
    """A county's plan from before its county became a county-level city (监利县, a 市 since 2020): its text
    says 全县, 县委, names the place by its short form (监利) at least twice, more than any other, and writes its
    former name (监利县) at least once; named so, as it was then."""
    gaz = gazetteer.load()
    short = Counter(p for p in _short_forms(text)
                    if gaz.places[p].level == "district" and gaz.official(p).endswith("市"))
    best = short.most_common(2)
    if not best or best[0][1] < 2 or (len(best) > 1 and best[1][1] == best[0][1]):
        return None
    former = _bare(gaz.official(best[0][0])) + "县"
    return former if former in text and former_county(former) else None


#: a development zone is named after its place: 崇川经济开发区 is 崇川区's
ZONE_AFTER = re.compile(r"经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|开发区|工业园区")


def _short_forms(text: str, zones: bool = False) -> list[str]:
    """The county-level places whose short form (吉水 for 吉水县) occurs in ``text``, once per occurrence
    and only where the short form names one place; with ``zones``, only where a zone's name follows it."""
    gaz = gazetteer.load()
    # a unit named by its level (县自然资源局) holds no place: 资源 in it is not 资源县
    text = LEVEL_UNIT.sub(lambda m: "\u3000" * len(m.group()), text)
    words = ordinary_words()
    out = []
    for size in (2, 3):
        for i in range(len(text) - size + 1):
            found = gaz.short.get(text[i : i + size])
            if (found and len(found) == 1 and text[i : i + size] not in words and not gaz.inside_name(text, i, i + size)
                    and (not zones or ZONE_AFTER.match(text, i + size))):
                out.append(found[0])
    return out


@cache
def ordinary_words() -> frozenset[str]:
    """Short forms of places that are ordinary words of plans (资源, 合作, 平安: data/regions.toml [short] words):
    running text that writes them says nothing about a plan's own place."""
    return frozenset(data.read("regions.toml")["short"].get("words", []))


# a township, town or street opening a title or issuer, not a unit of it (徐庄镇2017年度…, 中子镇：构建…)
TOWNSHIP = re.compile(r"^([\u4e00-\u9fff]{2,4}?(?:镇|乡|街道))"
                      r"(?!办|政府|人民|党|卫生|派出|中心|[\u4e00-\u9fff]{0,2}[站所])")


# a township's own words: 全镇, 我乡, 本街道, 镇党委, 乡政府, 街道党工委
TOWN_WORD = re.compile(r"(?:全|我|本)(?:镇|乡|街道)|(?<![\u4e00-\u9fff])(?:镇|乡)(?:党委|政府|人民政府|人大|安委会)"
                       r"|(?<=[，。、；：,;:\n])(?:镇|乡)(?:党委|政府|人民政府|人大|安委会)|街道(?:党工委|办事处)")
# a township's name in running text: two or three characters and 镇/乡/街道, the most written of the candidates
TOWN_NAME = re.compile(r"(?=([\u4e00-\u9fff]{2,3}?(?:镇|乡|街道)))")
# 城镇 and 新城镇 are words (城镇化), 慈城镇 a town
NOT_TOWN = re.compile(r"^[各全本我该每等和及与并在对向由的乡镇]"
                      r"|(?:乡镇|[新古老旧小大特重]城镇|集镇|村镇|小镇|重镇|名镇|古镇|强镇|大镇|城乡|下乡|家乡|返乡)")


def _township_named(text: str) -> str | None:
    """The township whose own text this is: the text speaks as a township (全镇, 我乡, 镇党委 more often than
    as a county: 全县, 县委) and names one township of the national list (杜村乡) at least twice, more than any
    other, or names only one, which one county alone has."""
    town_words = len(TOWN_WORD.findall(text))
    if town_words < 2 or town_words < _level_words(text).total():
        return None
    listed = gazetteer.townships()  # a real township's name (data/townships.tsv), not 确杜村乡 or 小城镇
    names = Counter(m.group(1) for m in TOWN_NAME.finditer(text)
                    if not NOT_TOWN.search(m.group(1)) and m.group(1) in listed)
    ranked = names.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    if len(ranked) == 1 and len(set(listed[ranked[0][0]])) == 1:  # named once, but the only one and one
        return ranked[0][0]  # county's alone (民众镇 in a notice that says 我镇, 全镇)
    return None


def former_county(name: str) -> bool:
    """A county-level place by a name it had before it became a district or a city (吴江市, now 苏州市吴江区;
    临安市, now 杭州市临安区): its name without 市/县 is the short form of county-level places only."""
    m = re.fullmatch(r"([\u4e00-\u9fff]{2,4})[市县]", name)
    if m is None:
        return False
    gaz = gazetteer.load()
    found = gaz.short.get(m.group(1)) or gaz.forms.get(m.group(1)) or []
    return bool(found) and all(gaz.places[p].level == "district" for p in found)


def _own_region(name: str, text: str) -> str | None:
    """The autonomous region a title or issuer opening with the bare word 自治区 (自治区人民政府, 自治区创建…领导小组)
    is: the one the text names most, itself or by places inside it (伊犁哈萨克自治州 is in 新疆)."""
    if not compact(name).startswith("自治区"):
        return None
    gaz = gazetteer.load()
    named = Counter(a for p in _places(text) for a in gaz.ancestors(p)
                    if gaz.places[a].level == "province" and gaz.official(a).endswith("自治区"))
    best = named.most_common(2)
    if best and (len(best) == 1 or best[0][1] > best[1][1]):
        return gaz.official(best[0][0])
    return None


def was_a_place(name: str) -> bool:
    """A name the gazetteer knows as a place, now or by a former name (吴江市): a title that opens with
    农村牧区 or 重点区域 names none."""
    return name not in ("自治区", "自治州", "自治县") and bool(name) and (
        gazetteer.load().region(name) is not None or former_county(name) or name.endswith(("省", "自治区")))


def _townships_county(text: str) -> tuple[str | None, list[str]]:
    """The county-level division whose townships the text names (锦城街道、锦北街道、昌化镇 → 杭州市临安区): a
    county's plan lists its own townships; at least two of them, more than of any other county, and the text's
    level words not a city's or a province's (a city's plan names townships of several counties)."""
    word = _top_word(text)
    if word in ("省", "州", "盟"):
        return None, []
    gaz = gazetteer.load()
    listed = gazetteer.townships()
    towns = list(dict.fromkeys(m.group(1) for m in TOWN_NAME.finditer(text)
                               if m.group(1) in listed and not NOT_TOWN.search(m.group(1))))
    votes: Counter[str] = Counter()
    for town in towns:
        votes.update({gaz.codes[c] for c in listed[town] if c in gaz.codes})
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        best = _one_townships_county(text, votes, word)
        return (best, [t for t in towns if any(gaz.codes.get(c) == best for c in listed[t])]) if best else (None, [])
    best = ranked[0][0]
    if word == "市" and not gaz.official(best).endswith("市"):  # a city's words: only a county-level city
        return None, []
    return best, [t for t in towns if any(gaz.codes.get(c) == best for c in listed[t])]


def _common_place(text: str) -> str | None:
    """The deepest place that holds every place the text names, where the text names it itself at least twice
    (南阳市 three times and 宛城区 once: 南阳市) and its level words, if any, fit it: a plan names its own place
    and places inside it."""
    gaz = gazetteer.load()
    named = [p for p in _places(text) if gaz.places[p].level in DEPTH]
    if len(named) < 2:
        return None
    common = set(gaz.ancestors(named[0]))
    for p in named[1:]:
        common &= set(gaz.ancestors(p))
    if not common:
        return None
    deepest = max(common, key=lambda p: DEPTH.get(gaz.places[p].level, 0))
    word = _top_word(text)
    level = gaz.places[deepest].level
    fits = word is None or level in LEVEL_OF_WORD[word] or (word == "市" and deepest in kinds().municipalities)
    return deepest if named.count(deepest) >= 2 and fits and level in DEPTH else None


#: 自治区 as an autonomous region's word for itself (自治区人民政府, 全自治区), not the end of its name (壮族自治区,
#: 西藏自治区, 维吾尔自治区, 内蒙古自治区)
REGION_WORD = re.compile(r"(?<![族藏尔古])自治区")


def _city_only_county(text: str) -> str | None:
    """The county a plan speaking as a county's (全县, 县委, 县发改局) means when it names its city (芜湖市) and
    no county-level place: the city's one county (县, 自治县), where it has only one (芜湖市: 南陵县)."""
    if _top_word(text) != "县":
        return None
    gaz = gazetteer.load()
    named = {p for p in _places(text) if gaz.places[p].level in DEPTH}
    cities = {p for p in named if gaz.places[p].level == "city"}
    if len(cities) != 1 or any(gaz.places[p].level == "district" for p in named):
        return None
    city = cities.pop()
    counties = [p for p, place in gaz.places.items() if place.parent == city and place.level == "district"
                and p.endswith("县")]
    return counties[0] if len(counties) == 1 else None


def _water_place(text: str) -> str | None:
    """The one city or county that every lake or river the text names lies in (data/waters.toml ``through``:
    滇池 → 昆明市), at the level of the text's own words (市滇池管理局, 全市 → a city): a city's plan names its
    lake and the bureau that keeps it. None where the text names waters of several places or none."""
    word = _top_word(text)
    if word is None:
        return None
    gaz = gazetteer.load()
    found = set()
    for water in gaz.waters.values():
        if water.weak or len(water.through) != 1 or not any(f in text for f in (water.name, *water.aliases)):
            continue
        place = gaz.region(water.through[0])
        if place and gaz.places[place].level in LEVEL_OF_WORD[word] and (
                gaz.places[place].level != "district" or gaz.official(place).endswith(word)):
            found.add(place)
    return next(iter(found)) if len(found) == 1 else None


def _one_townships_county(text: str, counties: Counter[str], word: str | None) -> str | None:
    """Of the counties a township named fewer times belongs to (城关镇: 99 of them; 金钟街道: 天津市东丽区 and
    曲靖市会泽县), the one the text's own words fit (区住建局 → a 区; 县环卫站 → a 县 or 自治县), and when
    several fit, the one whose short form the text also names (平利花园 → 平利县). A plan naming its own
    township once is corroborated so; a lone township of many counties with no such clue names no place."""
    if word not in ("县", "区", "旗", "市"):
        return None
    gaz = gazetteer.load()
    fitting = [c for c in counties if gaz.official(c).endswith(word)]
    if len(fitting) == 1:
        return fitting[0]
    shorts = set(_short_forms(text)) & set(fitting)
    return next(iter(shorts)) if len(shorts) == 1 else None


def level_of(place: str | None, issuer: str | None, number: str | None, title: str = "", text: str = "") -> Level:
    """national, province, city or district (county level: 区, 县, 自治县, 旗, 县级市), from the place; a
    plan whose place is unknown has the level its own words say (全州, 州直 → city; 全县, 县委 → district)."""
    if national(issuer, number) or national(title, None):
        return "national"
    if not place:
        word = _top_word(text)
        return TEXT_LEVEL.get(word, "unknown") if word else "unknown"
    if TOWNSHIP.fullmatch(place) or place.endswith(("镇", "乡", "街道")):  # 杜村乡, 达州市达川区石桥镇
        return "township"
    gaz = gazetteer.load()
    known = gaz.region(place)
    if known and gaz.places[known].level in DEPTH:
        return gaz.places[known].level  # type: ignore[return-value]
    if state_zone(place) == place:
        return "city"
    if former_county(place):
        return "district"
    p, c, d = region(place)
    if d:
        return "district"
    if c:
        return "city"
    return "province" if p or place in kinds().municipalities or place.endswith("省") else "unknown"


def _title_key(title: str) -> str:
    return citation_key(title)


#: compiled once: asked of every cell, name or clause
_TITLE_MARKS = re.compile(r"[《》〈〉<>“”\"'‘’\s]")


def citation_key(title: str) -> str:
    """One key for the ways one document's title is written: full-width or half-width brackets ((试行) and
    （试行）), 〈〉 or <> inside, with or without 中华人民共和国, a law's customary short name (环保法)."""
    key = _TITLE_MARKS.sub("", unicodedata.normalize("NFKC", title))
    rules = data.read("citations.toml")
    for prefix in rules["law_prefixes"]:
        key = key.removeprefix(prefix)
    return str(rules["law_aliases"].get(key, key))


def not_a_document(text: str, start: int, end: int, title: str) -> bool:
    """Whether 《title》 at ``text[start:end]`` names a certificate, a gazetteer volume or a work (a film, a
    show) rather than a document a plan can cite: see ``data/citations.toml``."""
    rules = data.read("citations.toml")["not_documents"]
    if title.endswith(tuple(rules["suffixes"])):
        return True
    clause = re.split(r"[，。；：,;:\n]", text[max(0, start - 40) : start])[-1]
    if any(v in clause for v in rules["verbs"]):
        return True
    after = re.match(r"(?:[、和及与]*《[^《》]{1,60}》)*[、和及与]?[^，。；]{0,12}", text[end : end + 120])
    return after is not None and any(w in after.group(0) for w in rules["works"])


def citations(text: str, span: Span, own_number: str | None, own_titles: set[str]) -> list[Citation]:
    """Every 《title》 and 文号 cited in ``text[span]``, pairing a title with the number bracketed after it."""
    out: list[Citation] = []
    seen: set[tuple[str | None, str | None]] = set()
    used: set[int] = set()
    same: dict[str, Citation] = {}  # a short name (以下简称《…》) or an issued title (印发〈Y〉的通知) → the citation
    for start, end, title in book_titles(text, span.start, span.end):
        key = citation_key(title)
        if text[max(0, start - 3) : start].endswith(("简称", "称")):
            if out:
                same.setdefault(key, out[-1])
            continue
        if key in own_titles or not_a_document(text, start, end, title):
            continue
        number, cite_end = None, end
        m = re.match(r"\s*[（(]\s*", text[end : end + 4])
        if m:
            n = NUMBER.match(text, end + m.end())
            if n and re.match(r"\s*[）)]", text[n.end() : n.end() + 3]):
                number, cite_end = _number_text(n), n.end()
                used.add(n.start("y"))
        title = data.read("citations.toml")["law_aliases"].get(title, title)  # 环保法 → 环境保护法
        cite = Citation(title=title, number=number, span=Span(start=start, end=cite_end))
        _add(out, seen, cite)
        if issued := ISSUED.search(title):
            same.setdefault(citation_key(issued.group(1)), cite)
    for n in numbers(text, span.start, span.end):
        number = _number_text(n)
        if n.start("y") in used or number == own_number:
            continue
        start = n.end() - len(n.group(0)) + (len(n.group("pre")) - len(_prefix(n.group("pre"))))
        _add(out, seen, Citation(number=number, span=Span(start=start, end=n.end())))
    return one_name(out, same)


#: where a 文号's year opens: a 文号 is looked for only just before one
NUMBER_BRACKET = re.compile(r"[〔\[［]")
#: the longest issuer prefix :data:`NUMBER` takes
NUMBER_PRE = 16


def numbers(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``NUMBER.finditer(text, start, end)``, found quicker: a 文号's issuer prefix (at most
    :data:`NUMBER_PRE` characters, no whitespace) stands right before the spaces and the bracket that open
    its year, so :data:`NUMBER` is tried only at those few places, in order (the regex alone tried 16
    prefix lengths at every character of the text)."""
    pos = start
    for b in NUMBER_BRACKET.finditer(text, start, end):
        gap = b.start()
        while gap > pos and text[gap - 1].isspace():
            gap -= 1
        for p in range(max(pos, gap - NUMBER_PRE), gap):
            m = NUMBER.match(text, p, end)
            if m:
                yield m
                pos = m.end()
                break


def one_name(cites: list[Citation], same: dict[str, Citation]) -> list[Citation]:
    """Each cited document once, under its fullest name: a short name or an issued title becomes the
    citation it stands for, and a title cited with its number once drops its number-less mentions."""
    out: list[Citation] = []
    seen: set[tuple[str | None, str | None]] = set()
    for c in cites:
        target = same.get(citation_key(c.title)) if c.title and not c.number else None
        _add(out, seen, c.model_copy(update={"title": target.title, "number": target.number}) if target else c)
    numbered = {citation_key(c.title) for c in out if c.number and c.title}
    return [c for c in out if c.number or citation_key(c.title or "") not in numbered]


def _add(out: list[Citation], seen: set[tuple[str | None, str | None]], c: Citation) -> None:
    key = (citation_key(c.title) if c.title else None, c.number)
    if key not in seen:
        seen.add(key)
        out.append(c)


def _prefix(pre: str) -> str:
    """The issuer abbreviation of a 文号 written in running text: 按照川办发 → 川办发."""
    m = NUMBER_PREFIX_STOP.match(pre)
    return pre[m.end() :] if m else pre


def _number_text(n: re.Match[str]) -> str:
    return f"{_prefix(compact(n.group('pre')))}〔{n.group('y')}〕{n.group('n')}号"


TITLE_MARKS = re.compile("[《》]")


def book_titles(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Outermost 《…》 in ``text[start:end]`` as (start, end, title without the marks, whitespace removed)."""
    out: list[tuple[int, int, str]] = []
    depth, open_at = 0, -1
    for mark in TITLE_MARKS.finditer(text, start, end):  # only the marks: most characters are none
        i, ch = mark.start(), mark.group()
        if ch == "《":
            if depth == 0:
                open_at = i
            depth += 1
        elif ch == "》" and depth:
            depth -= 1
            if depth == 0:
                raw = text[open_at + 1 : i]
                title = compact(raw)
                if title and "\t" not in raw and "\n\n" not in raw and len(title) <= 100:
                    out.append((open_at, i + 1, title))
    return out
