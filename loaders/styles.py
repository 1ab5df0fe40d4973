"""Responsibility phrases shared by the loaders: who must act, in the ways Chinese plans write it.

Plans name units in a handful of styles: a line or bracket ``责任单位：A、B，C`` or ``牵头单位：X；配合单位：Y``,
a clause in running text (``由X牵头，Y参与``, ``X牵头、Y配合``, ``X负责…``), or table columns. Unit lists carry
editorial remarks that are not units (``（排在首位的为牵头单位，下同）``, ``…负责落实``). Some documents declare a
convention for their lists ("the units before the first comma lead"); it is detected, never assumed.

Also here: paragraphs rejoined across PDF page breaks, heading titles, and the plan title, which both the
``resp_lines`` and the ``generic`` loader need. Everything returns offsets into the original text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from polkg import data
from polkg.graph.model import Role, Span, UnitMention
from polkg.loaders.text import (
    Line,
    brackets,
    compact,
    ends_like,
    heading_level,
    item_marker,
    joined_group,
    lines,
    rejoin,
    trimmed,
)
from polkg.nlp import gazetteer

#: the value of Document.convention when the first group of each unit list leads
FIRST_LEADS = "first group leads"
#: ... and the document says the other units only take part (其他为参与单位): they assist
FIRST_LEADS_REST_ASSIST = "first group leads, the rest assist"
#: ... the document says the first *unit* leads (列第一位的为牵头部门, 第一个为牵头单位)
FIRST_UNIT_LEADS = "first unit leads"
FIRST_UNIT_LEADS_REST_ASSIST = "first unit leads, the rest assist"
CONVENTIONS = (FIRST_LEADS, FIRST_LEADS_REST_ASSIST, FIRST_UNIT_LEADS, FIRST_UNIT_LEADS_REST_ASSIST)

ROLES: tuple[Role, ...] = ("lead", "responsible", "assist")
OPEN = "（(〔[【"
CLOSE = "）)〕]】"
GROUP_SEP = "，,；;"
UNIT_SEP = "、"
SENTENCE_END = "。；;！？!?"
BREAK = re.compile(r"\s*\n\s*")
#: a paragraph that lacks final punctuation continues after a page break only if it is at least this long
MIN_CUT = 20
#: a sentence shorter than this is a label or a title, not an obligation
MIN_OBLIGATION = 10
#: a unit named in a list is at most this long (longer pieces are prose that slipped into the list)
MAX_UNIT = 40
#: how far after a convention's declaration its ``下同`` may stand (``列第一位的为牵头或汇总单位，下同``)
SAME_BELOW_REACH = 20
#: a title line this short (实施方案) is the tail of a title broken across two lines
MAX_TITLE_TAIL = 8
#: a first line longer than this is text, not a title
MAX_FIRST_TITLE = 60
PLAN_KINDS = (
    "方案", "计划", "意见", "规划", "办法", "要点", "清单", "通知", "细则", "纲要", "规定", "分解表", "分工表",
)
#: a unit named in running text is at most this long
MAX_CLAUSE_UNIT = 25


@dataclass(frozen=True)
class Vocab:
    """The words in ``data/styles.toml``."""

    labels: tuple[tuple[str, Role], ...]  # longest first
    verbs: tuple[tuple[str, Role], ...]  # longest first
    first_leads: tuple[re.Pattern[str], ...]
    rest_assist: tuple[re.Pattern[str], ...]  # ... and the others only take part (其他为参与单位)
    editorial: tuple[str, ...]
    trailing: tuple[str, ...]
    suffixes: tuple[str, ...]
    task_columns: tuple[str, ...]
    deadline_columns: tuple[str, ...]
    number_columns: tuple[str, ...]
    obligation_verbs: tuple[str, ...]
    clause_words: tuple[str, ...]
    joining_verbs: tuple[str, ...]  # longest first
    place_ends: str
    glue_ends: tuple[str, ...]
    glue_levels: str
    glue_not_starts: tuple[str, ...]
    glue_free_ends: tuple[str, ...]
    sub_unit_ends: tuple[str, ...]
    connectives: tuple[str, ...]  # longest first


def _by_role(table: dict[str, list[str]]) -> tuple[tuple[str, Role], ...]:
    pairs = [(word, role) for role in ROLES for word in table.get(role, [])]
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


@cache
def vocab() -> Vocab:
    raw = data.read("styles.toml")
    return Vocab(
        labels=_by_role(raw["labels"]),
        verbs=_by_role(raw["verbs"]),
        first_leads=tuple(re.compile(p) for p in raw["convention"]["first_leads"]),
        rest_assist=tuple(re.compile(p) for p in raw["convention"].get("rest_assist", [])),
        editorial=tuple(raw["editorial"]["markers"]),
        trailing=tuple(sorted(raw["editorial"]["trailing"], key=len, reverse=True)),
        suffixes=tuple(sorted(raw["units"]["suffixes"], key=len, reverse=True)),
        task_columns=tuple(raw["table"]["task"]),
        deadline_columns=tuple(raw["table"]["deadline"]),
        number_columns=tuple(raw["table"]["number"]),
        obligation_verbs=tuple(raw["obligation"]["verbs"]),
        clause_words=tuple(raw["units"]["clause_words"]),
        joining_verbs=tuple(sorted(raw["units"]["joining_verbs"], key=len, reverse=True)),
        place_ends=raw["units"]["place_ends"],
        glue_ends=tuple(raw["units"]["glue_ends"]),
        glue_levels=raw["units"]["glue_levels"],
        glue_not_starts=tuple(raw["units"]["glue_not_starts"]),
        glue_free_ends=tuple(raw["units"]["glue_free_ends"]),
        sub_unit_ends=tuple(raw["units"]["sub_unit_ends"]),
        connectives=tuple(sorted(raw["units"]["connectives"], key=len, reverse=True)),
    )


@cache
def label_pattern() -> re.Pattern[str]:
    """``责任单位：`` / ``牵头部门:`` …: a role label and its colon."""
    words = "|".join(re.escape(w) for w, _ in vocab().labels)
    return re.compile(rf"({words})\s*[：:]")


def label_role(word: str) -> Role:
    return dict(vocab().labels)[word]


# ---------------------------------------------------------------- conventions


def detect_convention(text: str) -> str | None:
    """:data:`FIRST_LEADS` when the document says its first-listed units lead (排在首位的为牵头单位)."""
    flat = compact(text)
    found = next((m for p in vocab().first_leads if (m := p.search(flat))), None)
    if found is None:
        return None
    rest = any(p.search(flat) for p in vocab().rest_assist)
    if "第一" in found.group() or found.group().startswith("首"):  # 列第一位的 / 第一个 / 首位单位: one unit
        return FIRST_UNIT_LEADS_REST_ASSIST if rest else FIRST_UNIT_LEADS
    return FIRST_LEADS_REST_ASSIST if rest else FIRST_LEADS


def convention_start(text: str) -> int:
    """Where a convention declared with ``下同`` (same below) starts to hold: the line that declares it
    (``责任单位：A、B（第一责任单位为牵头单位，下同）``); lists above it were written without it. 0 when
    the declaration has no ``下同`` (a note anywhere in the document states how all its lists read)."""
    for p in vocab().first_leads:
        m = p.search(text)
        if m is not None:
            tail = re.split(r"[。\n]", text[m.end() : m.end() + SAME_BELOW_REACH], maxsplit=1)[0]
            return text.rfind("\n", 0, m.start()) + 1 if "下同" in tail else 0
    return 0


def convention_roles(convention: str | None, role: Role) -> tuple[bool, bool, Role]:
    """``(first leads, by unit rather than group, role of the rest)`` for a bare list under ``convention``."""
    if convention not in CONVENTIONS:
        return False, False, role
    rest: Role = "assist" if convention and convention.endswith("assist") else role
    return True, convention in (FIRST_UNIT_LEADS, FIRST_UNIT_LEADS_REST_ASSIST), rest


# ---------------------------------------------------------------- unit lists


@dataclass(frozen=True)
class Found:
    """A unit found in the text: as written (whitespace removed), its role and absolute span."""

    mention: str
    role: Role
    start: int
    end: int


def mentions(found: Iterable[Found], by_role: bool = False) -> list[UnitMention]:
    """Unit mentions ranked in the order written; a unit named twice keeps its first place (with ``by_role``, its
    first place in each role: a section's lead the item lists again among its 责任单位 holds both)."""
    out: list[UnitMention] = []
    seen: set[tuple[str, str]] = set()
    for f in found:
        key = (f.mention, f.role if by_role else "")
        if key in seen:
            continue
        seen.add(key)
        span = Span(start=f.start, end=f.end)
        out.append(UnitMention(mention=f.mention, role=f.role, rank=len(out) + 1, span=span))
    return out


def spaced_list(s: str) -> bool:
    """Whether whitespace separates the units of ``s`` (a table cell ``公安厅 环境保护厅``), as opposed to
    spacing out the characters of one name (``环 境 保 护 厅``). A list written with ``、`` or ``，`` breaks its lines
    where the page ends, not between units (``县交通运`` / ``输局、县水务局``): there only blanks separate."""
    written = any(ch in UNIT_SEP or ch in GROUP_SEP for ch in s)
    tokens = [t for t in (s.replace("\n", "") if written else s).split() if t[0] not in OPEN]
    return len(tokens) > 1 and all(len(t) >= 2 for t in tokens)


def pieces(s: str, spaces: bool = False) -> list[tuple[int, int, int]]:
    """``(start, end, group)`` of each list item in ``s``: items split on ``、`` (and on whitespace with
    ``spaces``), groups on ``，；``, sentences on ``。``; separators inside brackets do not split
    (``省发展改革委（省能源局）``)."""
    out: list[tuple[int, int, int]] = []
    depth, start, group = 0, 0, 0
    for i, ch in enumerate(s + "、"):
        gap = spaces and ch.isspace() and s[i:].lstrip()[:1] not in tuple(OPEN)
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
        elif ch in UNIT_SEP and joined_group(s[start:i], s[i + 1 :]):
            continue
        elif depth == 0 and (gap or ch in UNIT_SEP or ch in GROUP_SEP or ch in "。"):
            if s[start:i].strip():
                out.append((start, i, group))
            start = i + 1
            if ch in GROUP_SEP or ch == "。":
                group += 1
    return out


def is_editorial(s: str) -> bool:
    """A remark rather than a unit: it contains an editorial word, a comma (a sentence, not a name), or a
    colon (another field of the mark, ``数据提供单位：市统计局``)."""
    return _editorial().search(s) is not None


@cache
def _editorial() -> re.Pattern[str]:
    """:func:`is_editorial`'s words and marks as one pattern (one scan in C, not a search for each)."""
    return re.compile("|".join(map(re.escape, [*vocab().editorial, *"，,；;：:"])) or "(?!)")


def strip_remarks(s: str) -> tuple[int, int]:
    """The part of ``s`` that names the unit: editorial parentheticals and trailing verbs cut off.

    Returns ``(start, end)`` within ``s``; ``各市（州）负责落实（排在首位的…，下同）`` keeps ``各市（州）``.
    """
    end = len(s.rstrip().rstrip("。.；;"))
    changed = True
    while changed:
        changed = False
        body = s[:end].rstrip()
        if body and body[-1] in CLOSE:
            open_at = matching_open(body)
            if open_at is not None and is_editorial(body[open_at + 1 : -1]):
                end, changed = open_at, True
                continue
        trailing = vocab().trailing
        if not body.endswith(trailing):  # most names end in no trailing verb: one check in C
            continue
        for word in trailing:
            if body.endswith(word) and len(compact(body)) > len(word):
                end, changed = len(body) - len(word), True
                break
    start = len(s) - len(s.lstrip())
    return start + connective(s[start:end]), end


def connective(s: str) -> int:
    """The length of a connective opening ``s`` before a name (``即县水务局``, ``同时县生态环境局``), else 0: the
    word links the clause to the one before, it is no part of the name."""
    word = opening_connective(s)
    if word is None or not looks_like_unit(compact(s[len(word) :])):
        return 0
    return len(word) + len(s[len(word) :]) - len(s[len(word) :].lstrip())


def opening_connective(s: str) -> str | None:
    """The connective ``s`` opens with, unless its word is the head of a place's name (即墨区, 且末县: a place
    the gazetteer finds in ``s`` that it no longer finds without the word)."""
    word = next((w for w in vocab().connectives if s.startswith(w)), None)
    if word is None:
        return None
    places = gazetteer.load().places_in
    return None if set(places(s[:8])) - set(places(s[len(word) : 8])) else word


def matching_open(s: str) -> int | None:
    """Index of the bracket that opens the one closing ``s``."""
    depth = 0
    for i in range(len(s) - 1, -1, -1):
        if s[i] in CLOSE:
            depth += 1
        elif s[i] in OPEN:
            depth -= 1
            if depth == 0:
                return i
    return None


def unit_list(s: str, offset: int, role: Role, first_leads: bool = False, first_unit: bool = False) -> list[Found]:
    """Units named in a list ``s`` (which starts at ``offset`` in the file).

    With ``first_leads`` the units before the first ``，`` lead and the rest get ``role``; otherwise all get
    ``role``. Remarks (``不再列出``, ``（下同）``) are dropped.
    """
    out: list[Found] = []
    first_group: int | None = None
    for start, end, group in pieces(s, spaces=spaced_list(s)):
        a, b = strip_remarks(s[start:end])
        name = s[start + a : start + b]
        mention = compact(name)
        if not mention or len(mention) > MAX_UNIT or is_editorial(mention) or clause_like(mention):
            continue
        if first_group is None:
            first_group = group
        first = group == first_group and not (first_unit and out)  # 第一个: one unit, not the group
        this_role: Role = "lead" if first_leads and first else role
        for k, (p, q) in enumerate(glued(name, looks_like_unit)):  # 县交通局县公安局: each name a unit
            part_role = role if k and first_unit else this_role  # 第一个 leads: the first name only
            out.append(Found(compact(name[p:q]), part_role, *trimmed(s, start + a + p, start + a + q, offset)))
    return role_marked(out)


def glued(piece: str, unit: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The names of one list piece written with no separator between them, as spans of ``piece``; one span
    (the whole) when it is one name. Two names are cut at a verb between them (``市住建局指导各县区住建部门``,
    ``joining_verbs``), or where a name ending like an organ (局, 委, 公司 …) is followed by one written with
    its level (``县交通局县公安局``, ``区委区政府``), or by a body never a sub-unit of it (``文体旅局晋陵公司``):
    a flattened table's cells run together. Each side must be a unit by itself, as ``unit`` judges
    (``区委组织部``: 部 is none); ``各地各部门`` stays one group, as plans mean it."""
    v = vocab()
    for verb in v.joining_verbs:
        i = piece.find(verb, 2)
        while i != -1:
            right, left = piece[i + len(verb) :], compact(piece[:i])
            if left[-1:] not in v.place_ends and unit(left) and _whole_unit(right, unit):
                return [(0, i), *((i + len(verb) + p, i + len(verb) + q) for p, q in glued(right, unit))]
            i = piece.find(verb, i + 1)
    for i in range(2, len(piece) - 2):
        if i == 2 and not (piece[1] == "委" and piece[0] in v.glue_levels):
            continue  # 区委区政府: the committee and the government (区委组织部 is one name: no level after 区委)
        if not piece.endswith(v.glue_ends, 0, i):  # (told before the piece is cut there: most places end no organ)
            continue
        left, right = piece[:i], piece[i:]
        if not _glue_start(right) or not unit(compact(left)):
            continue
        rest = glued(right, unit)
        if _whole_unit(right, unit) or len(rest) > 1:
            return [(0, i), *((i + p, i + q) for p, q in rest)]
    return [(0, len(piece))]


def _whole_unit(name: str, unit: Callable[[str], bool]) -> bool:
    """A unit name by itself, not a bare ending (单位, 部门) nor a bare level group (各县)."""
    core = compact(name)
    return unit(core) and core not in vocab().suffixes and not (len(core) == 2 and core[0] == "各")


def _glue_start(right: str) -> bool:
    """Whether a second name can start at ``right`` after a glued organ name (see :func:`glued`)."""
    v = vocab()
    core = compact(right)
    if len(core) < 3 or core.endswith(v.sub_unit_ends) or core.startswith(v.glue_not_starts):
        return False
    return core[0] in v.glue_levels or (len(core) >= 4 and core.endswith(v.glue_free_ends))


#: a role verb in brackets after a unit in a list (县水利局（牵头）、县环保局)
_ROLE_BRACKET = re.compile(r"[（(](?P<verb>[\u4e00-\u9fff]{2,4})[）)]$")


def role_marked(found: list[Found]) -> list[Found]:
    """Units written with their role in brackets after them (``噶尔县人民政府（牵头）``): the unit, in that role."""
    out: list[Found] = []
    for f in found:
        m = _ROLE_BRACKET.search(f.mention)
        role = next((r for v, r in vocab().verbs if m is not None and m.group("verb") == v), None)
        if m is None or role is None or m.start() < 2:
            out.append(f)
            continue
        out.append(Found(f.mention[: m.start()], role, f.start, f.end - (len(f.mention) - m.start())))
    return out


def unit_line(s: str) -> re.Match[str] | None:
    """A line that is only a unit list: ``责任单位：…`` (optionally in a bracket) at the start of the line."""
    m = _LINE_OPENING.match(s)
    return label_pattern().match(s, m.end()) if m else None


#: what may stand before a unit line's label: blanks and an opening bracket
_LINE_OPENING = re.compile(r"\s*[（(〔【\[]?\s*")


def inline_brackets(s: str) -> list[tuple[int, int]]:
    """Every bracket in ``s`` (outermost) that holds a labelled unit list, in order."""
    return [(a, b) for a, b in brackets(s, OPEN, CLOSE) if unit_line(s[a + 1 : b - 1]) is not None]


# ---------------------------------------------------------------- clauses in running text

CLAUSE_SEP = "，,；;。：:"


def looks_like_unit(name: str) -> bool:
    """A short phrase ending in a unit suffix (局, 委, 政府, 部门, …), ignoring a final parenthetical, that is no
    clause (a unit name never says 包括, 面积, 万元, 推进: such a phrase only happens to end like one)."""
    short = 1 < len(name) <= MAX_CLAUSE_UNIT
    return short and ends_like(name.removesuffix("等"), vocab().suffixes, 1) and not clause_like(name)


def clause_like(name: str) -> bool:
    """Whether ``name`` holds a word no unit name holds (a verb of the duty, a measure, an amount)."""
    return _clause_words().search(name) is not None


@cache
def _clause_words() -> re.Pattern[str]:
    """:func:`clause_like`'s words as one pattern (one scan in C, not a search for each)."""
    return re.compile("|".join(map(re.escape, vocab().clause_words)) or "(?!)")


# ---------------------------------------------------------------- paragraphs and headings


@dataclass
class Para:
    """A paragraph: one line, or several when a sentence was cut by a page break (spans are absolute)."""

    start: int
    end: int


def clean(s: str) -> str:
    """Display text: line breaks inside a rejoined paragraph removed."""
    return BREAK.sub("", s).strip()


def ends_sentence(s: str) -> bool:
    """Whether ``s`` ends with final punctuation (or a closing bracket, as unit brackets often do)."""
    return s.rstrip().rstrip('”’"*').endswith(tuple(SENTENCE_END + "：:）)〕】"))


def cut_mid_sentence(s: str) -> bool:
    """A paragraph that a page break cut: long prose (it has a comma or a full stop) without final punctuation."""
    body = compact(s)
    return (
        len(body) >= MIN_CUT
        and not ends_sentence(body)
        and any(c in body for c in "，,。；;、")
        and unit_line(body) is None
    )


def paragraphs(text: str) -> list[Para]:
    """Non-empty lines of ``text`` as paragraphs; a paragraph cut mid-sentence continues in the next line
    unless that line is a heading, a unit line or a table row. (The last texts' are kept: detection and the
    reader that takes the text both ask.)"""
    return list(_paragraphs(text))


@lru_cache(maxsize=4)
def _paragraphs(text: str) -> tuple[Para, ...]:
    return tuple(Para(a, b) for a, b in rejoin(text, continues))


def continues(prev: str, s: str) -> bool:
    """Whether line ``s`` continues the paragraph ``prev`` that a page break cut mid-sentence."""
    return (
        cut_mid_sentence(prev)
        and heading_level(s) is None
        and not re.match(r"\d{1,3}\s", s)
        and unit_line(s) is None
        and not any(c in s or c in prev for c in "\t|│┃║")
    )


def heading_title(s: str) -> str:
    """A heading as a section entry: whitespace removed, its final full stop dropped."""
    return compact(s).rstrip("。.：:")


def marker_end(s: str) -> int:
    """Index just past the heading marker (一、 / （一） / 1. …) at the start of ``s``; 0 if there is none."""
    marker = item_marker(s)
    return marker[1] if marker is not None and heading_level(s) is not None else 0


def first_sentence_end(s: str) -> int | None:
    """Index just past the first sentence end of ``s``, when more text follows it."""
    for i, ch in enumerate(s):
        if ch in "。；;！？!?" and s[i + 1 :].strip():
            return i + 1
    return None


#: a first line with at least this many cell separators is a table row, never the plan's title
MIN_ROW_SEPARATORS = 2


def plan_title(text: str) -> tuple[str, Span]:
    """The plan's title and span: the line after an early ``附件`` line when the file is a cover letter with
    its attachment, else the first line that ends in a plan kind (方案, 计划, 意见, …), joined with the line
    before it when the title was broken, else the first line."""
    first_list = label_pattern().search(text)
    limit = min(len(text) * 0.4, first_list.start() if first_list else len(text))
    rows = _head_rows(text, limit)
    for i, ln in enumerate(rows[:-1]):
        if ln.start < limit and re.fullmatch(r"附\s*件\s*\d*[：:]?", ln.stripped):
            return clean_title(rows[i + 1].stripped), rows[i + 1].span()
    for ln in rows[:TITLE_ROWS]:  # a markdown document's title: ``# 四川省…行动计划(2022—2023年)``
        if ln.stripped.startswith("# ") and heading_level(ln.stripped[2:]) is None:
            return clean_title(ln.stripped[2:]), ln.span()
    for i, ln in enumerate(rows[:TITLE_ROWS]):
        s = compact(ln.stripped)
        if not s.endswith(PLAN_KINDS) or ends_sentence(s) or s.count("《") != s.count("》"):
            continue  # 发布于国办发〔2008〕60号《通知: a title cut short is no title
        prev = rows[i - 1] if i > 0 else None
        if prev is not None and len(s) <= MAX_TITLE_TAIL and not any(c in prev.stripped for c in "，。；：:,"):
            return clean_title(prev.stripped + ln.stripped), Span(start=prev.span().start, end=ln.span().end)
        return clean_title(ln.stripped), ln.span()
    first = rows[0] if rows else None
    if first is None:
        return "", Span(start=0, end=0)
    header = compact(first.text).rstrip("：:") in dict(vocab().labels)  # 牵头单位: a header cell, no title
    header = header or sum(first.text.count(c) for c in "|\t│┃║") >= MIN_ROW_SEPARATORS  # a table's header row
    header = header or re.fullmatch(r"[^|]{1,12}\|", compact(first.text)) is not None  # 序号 |: a cell, closed
    header = header or _field_line(first.text)  # 整改目标：…: an excerpt opening inside a record
    if header or heading_level(first.stripped) is not None or len(compact(first.text)) > MAX_FIRST_TITLE:
        return "", Span(start=0, end=0)  # an excerpt that starts with its items has no title line
    return clean_title(first.stripped), first.span()


#: the lines :func:`plan_title` reads a title among
TITLE_ROWS = 40


def _head_rows(text: str, limit: float) -> list[Line]:
    """The non-empty lines :func:`plan_title` may read: at least the first :data:`TITLE_ROWS` + 1, and every one
    starting before ``limit`` with the line after it. Not the whole plan's lines: a title is in its head."""
    rows: list[Line] = []
    for ln in lines(text):
        if ln.stripped:
            rows.append(ln)
            if len(rows) > TITLE_ROWS and ln.start >= limit:
                break
    return rows


def _field_line(s: str) -> bool:
    """A line opening with a record's text label (``整改目标：…``, ``整改措施：``): a page or excerpt that starts
    inside a rectification block, never a title (titles carry no label)."""
    label = re.match(r"\s*([\u4e00-\u9fff]{2,6})\s*[：:]", s)
    return label is not None and label.group(1) in _record_labels()


@cache
def _record_labels() -> frozenset[str]:
    return frozenset(data.read("styles.toml")["fields"]["task"])


def clean_title(s: str) -> str:
    return compact(s)


def starts_obligation(s: str) -> bool:
    """A sentence that opens with an action verb (实施, 加强, 推进, …): it commits someone to something."""
    body = compact(s)
    return len(body) >= MIN_OBLIGATION and body.startswith(vocab().obligation_verbs)
