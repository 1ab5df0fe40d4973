"""Prose action plans: obligations written as running sentences that mostly name no unit.

Provincial 行动计划 like 001 list their tasks as paragraphs under 主要任务 and 重点工程: "(一)积极应对气候变化。
启动达峰行动,探索四川路径。制定…行动方案,实施…行动。…". Each sentence (split on 。 and ；) is one
obligation; a numbered item's first short sentence is its heading, and short parallel sentences such as
"启动达峰行动,探索四川路径。" are sub-headings. Items of a 重点工程 chapter are one task each (the item's
heading names the project). Framing chapters (总体要求, 工作目标, 保障措施, …) yield tasks only where a clause
names a unit (由X牵头, X负责, X要…, X牵头、Y配合). A task that names nobody is kept with
``unit_status="none"``: an orphan obligation is a finding.

PDF page breaks leave a paragraph cut mid-sentence, continued after a blank line; such paragraphs are
rejoined, and every span still points into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from polkg import data
from polkg.graph.model import Document, Extraction, Role, Span, Task, UnitMention
from polkg.loaders import styles
from polkg.loaders.text import compact, ends_like, heading_level, rejoin, split_top_level, trimmed_span

SENTENCE_END = "。；;！？!?"
#: a bracket closing an item's line with its units' roles: （X、Y牵头，Z参与） / （X负责）
_ROLE_BRACKET = re.compile(
    r"[（(〔][^（）()〔〕\n]{2,80}?(?:牵头|负责|配合|参与)[^（）()〔〕\n]{0,60}[）)〕][。.]?[ \t　]*$", re.MULTILINE)
PARA_END = SENTENCE_END + "：:"
CLAUSE_SEP = "，,；;。：:"
OPEN = "（(〔[【《“"
CLOSE = "）)〕]】》”"
MARKUP = re.compile(r"\*\*|^#+\s*")
BREAK = re.compile(r"\s*\n\s*")  # a line or page break inside a rejoined paragraph
LIST_TAIL = re.compile(r"等(?:部门|单位|机构)?$")
#: a paragraph shorter than this that lacks final punctuation is a title line, not a cut sentence
MIN_CUT_PARA = 20
#: an item's first sentence at most this long (and without a comma) is the item's heading
MAX_HEADING = 30
#: ``is_unit`` rejects anything longer once compacted; scans for a subject stop here, so they stay linear
MAX_SUBJECT = 60


@dataclass(frozen=True)
class Vocab:
    """The words in ``data/prose.toml``."""

    framing: tuple[str, ...]
    projects: tuple[str, ...]
    task_words: tuple[str, ...]
    suffixes: tuple[str, ...]
    not_endings: tuple[str, ...]
    not_starts: tuple[str, ...]
    roles: dict[str, Role]
    together: tuple[str, ...]
    markers: tuple[str, ...]
    verbs: tuple[str, ...]


@cache
def _verbs() -> re.Pattern[str]:
    """The role and joining verbs, longest first, as one pattern: matched at every character of a clause."""
    v = vocab()
    return re.compile("|".join(map(re.escape, sorted(set(v.roles) | set(v.together), key=len, reverse=True))))


@cache
def vocab() -> Vocab:
    raw = data.read("prose.toml")
    roles: dict[str, Role] = {}
    for role in ("lead", "responsible", "assist"):
        for verb in raw["roles"][role]:
            roles[verb] = role
    sections, score = raw["sections"], raw["score"]
    return Vocab(
        framing=tuple(sections["framing"]),
        projects=tuple(sections["projects"]),
        task_words=tuple(sections["tasks"]),
        suffixes=tuple(raw["units"]["suffixes"]),
        not_endings=tuple(raw["units"]["not_endings"]),
        not_starts=tuple(raw["units"]["not_starts"]) + tuple(score["verbs"]),
        roles=roles,
        together=tuple(raw["roles"]["together"]),
        markers=tuple(score["markers"]),
        verbs=tuple(score["verbs"]),
    )


# ---------------------------------------------------------------- paragraphs


@dataclass
class Para:
    """A paragraph: one line, or several when a sentence was cut by a page break."""

    start: int
    end: int
    first: str  # the first line, stripped
    heading: bool = False


def clean(s: str) -> str:
    """Display text: markdown markup and line breaks gone, other whitespace kept."""
    return MARKUP.sub("", BREAK.sub("", s)).strip()


def is_heading_line(s: str) -> bool:
    """A markdown heading, a bold-only line, or a numbered line short enough to be only a heading."""
    if s.startswith("#") or (s.startswith("**") and s.endswith("**")):
        return True
    if heading_level(s) is None:
        return False
    body = compact(strip_marker(clean(s))).rstrip("。")
    return len(body) <= MAX_HEADING and not any(c in body for c in "，,。；;")


def ends_sentence(s: str) -> bool:
    """Whether a paragraph ends with final punctuation (possibly followed by a closing quote), or with a
    closing bracket (a unit bracket often ends an item without a full stop)."""
    return clean(s).rstrip("”’\"*").endswith(tuple(PARA_END + "）)〕】"))


def paragraphs(text: str) -> list[Para]:
    """Paragraphs of ``text``; a long paragraph without final punctuation continues in the next one."""
    out = []
    for a, b in rejoin(text, continues):
        first = text[a:b].splitlines()[0].strip()
        out.append(Para(a, b, first, is_heading_line(first)))
    settle_one_line_items(out)
    return out


def continues(prev: str, s: str) -> bool:
    """A line continues a paragraph that a page break cut: neither is a heading, and the paragraph is long
    and lacks final punctuation."""
    return (
        not is_heading_line(prev.splitlines()[0].strip())
        and not is_heading_line(s)
        and heading_level(s) is None
        and not ends_sentence(prev)
        and len(compact(prev)) >= MIN_CUT_PARA
    )


def settle_one_line_items(paras: list[Para]) -> None:
    """A plain numbered line ending in 。 is a heading only when something is filed under it; followed
    directly by a sibling or a higher heading it is a one-sentence item (``1.推进燃煤锅炉淘汰。``)."""
    for k, p in enumerate(paras):
        depth = heading_level(p.first)
        if not p.heading or depth is None or p.first.startswith(("#", "**")) or not p.first.endswith("。"):
            continue
        nxt = paras[k + 1] if k + 1 < len(paras) else None
        nxt_depth = heading_level(clean(nxt.first)) if nxt else None
        if nxt is None or (nxt_depth is not None and nxt_depth <= depth):
            p.heading = False


MARKER = re.compile(
    r"[#*\s]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d)|[①-⑳])[*\s]*"
)


def strip_marker(s: str) -> str:
    """``(一) 积极应对…`` → ``积极应对…``."""
    m = MARKER.match(s)
    return s[m.end() :] if m else s


def marker_end(text: str, start: int, end: int) -> int:
    """Offset just after the numbering marker (and markup) at ``start``."""
    m = MARKER.match(text, start, end)
    return m.end() if m else start


# ---------------------------------------------------------------- sentences and units


def split_outside_brackets(text: str, start: int, end: int, separators: str, keep: bool) -> list[tuple[int, int]]:
    """``text[start:end]`` cut after (``keep``) or at any of ``separators`` that is not inside brackets or quotes."""
    pieces = split_top_level(text[start:end], separators, keep=keep, quotes=True)
    return [(start + a, start + a + len(piece)) for a, piece in pieces]


def sentences(text: str, start: int, end: int) -> list[Span]:
    """Spans of the sentences in ``text[start:end]``, split on 。 and ； outside brackets and quotes."""
    spans = [trimmed_span(text, a, b) for a, b in split_outside_brackets(text, start, end, SENTENCE_END, keep=True)]
    return [sp for sp in spans if compact(text[sp.start : sp.end]).strip("*")]


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comma-separated clauses of a sentence, outside brackets, as offset pairs (separators excluded)."""
    return split_outside_brackets(text, start, end, CLAUSE_SEP, keep=False)


def is_unit(s: str) -> bool:
    """Whether ``s`` (a clause's subject) reads as a unit or a list of units."""
    v = vocab()
    if "\t" in s:  # a table cell boundary: the table loaders read those
        return False
    s = compact(s)
    if not 2 <= len(s) <= 60 or "的" in s or s.startswith(v.not_starts):
        return False
    return ends_like(s, v.suffixes) and not ends_like(s, v.not_endings)


def split_units(text: str, start: int, end: int, role: Role) -> list[UnitMention]:
    """The units of a subject such as ``各级A、B、C等部门``: one mention per item, ``等部门`` set aside."""
    out: list[UnitMention] = []
    bounds = split_outside_brackets(text, start, end, "、", keep=False)
    for k, (a, b) in enumerate(bounds):
        mention = compact(text[a:b])
        if k == len(bounds) - 1 and len(bounds) > 1:
            mention = LIST_TAIL.sub("", mention)
        if mention:
            out.append(UnitMention(mention=mention, role=role, rank=1, span=trimmed_span(text, a, b)))
    return out


def subject_end(text: str, start: int, end: int) -> int:
    """The offset past which no prefix ``text[start:i]`` can be a unit (over MAX_SUBJECT characters once
    compacted): the bound that keeps every subject scan linear in a clause's length."""
    seen = 0
    for i in range(start, end):
        seen += not text[i].isspace()
        if seen > MAX_SUBJECT:
            return i
    return end


def clause_units(text: str, start: int, end: int) -> list[UnitMention]:
    """Units named by one clause: ``由X牵头``, ``X负责…``, ``X要…``, ``Y配合``, ``X会同Y…``."""
    v = vocab()
    while start < end and text[start].isspace():
        start += 1
    if text.startswith("由", start):
        start += 1
    verbs = _verbs()
    depth = 0
    for i in range(start, min(end, subject_end(text, start, end) + 1)):
        depth += (text[i] in OPEN) - (text[i] in CLOSE)
        found = verbs.match(text, i)
        if found is None or depth != 0 or i < start + 2 or not is_unit(text[start:i]):
            continue
        verb = found.group()
        if verb in v.together:
            return split_units(text, start, i, "lead") + together_units(text, i + len(verb), end)
        return split_units(text, start, i, v.roles[verb])
    return []


def together_units(text: str, start: int, end: int) -> list[UnitMention]:
    """The partners after 会同: the longest stretch that reads as units, marked as assisting."""
    for i in range(min(end, subject_end(text, start, end) + 1), start + 1, -1):
        if is_unit(text[start:i]) and (i == end or not is_unit(text[start : i + 1])):
            return split_units(text, start, i, "assist")
    return []


#: compiled once: asked of every cell, name or clause
_BRACKETED = re.compile(r"[（(]([^（）()]+)[）)]")


def sentence_units(text: str, span: Span) -> list[UnitMention]:
    """Units named anywhere in a sentence, in order, ranked 1…n."""
    found: list[UnitMention] = []
    for a, b in clauses(text, span.start, span.end):
        found.extend(clause_units(text, a, b))
        for m in _BRACKETED.finditer(text[a:b]):
            for c, d in clauses(text, a + m.start(1), a + m.end(1)):
                found.extend(clause_units(text, c, d))
    return [u.model_copy(update={"rank": k}) for k, u in enumerate(found, 1)]


def is_subheading(s: str) -> bool:
    """Short parallel clauses such as ``启动达峰行动,探索四川路径。``: a sub-heading, not a task."""
    parts = [p for p in re.split(r"[，,]", compact(s).rstrip("。").replace("“", "").replace("”", "")) if p]
    return len(parts) == 2 and all(4 <= len(p) <= 7 for p in parts)


def is_item_heading(s: str) -> bool:
    body = compact(s).rstrip("。")
    return len(body) <= MAX_HEADING and not any(c in body for c in "，,；;")


# ---------------------------------------------------------------- the document walk


@dataclass
class Walk:
    """State while reading the paragraphs in order: the heading stack and the tasks found."""

    text: str
    doc: str
    title: str
    stack: list[tuple[int, str]] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)

    def pop_to(self, depth: int) -> None:
        """Close the headings at ``depth`` and below."""
        while self.stack and self.stack[-1][0] >= depth:
            self.stack.pop()

    def push(self, depth: int, title: str) -> None:
        self.pop_to(depth)
        self.stack.append((depth, title))

    def zone(self) -> str:
        """``framing``, ``projects`` or ``tasks``: what the current chapter holds."""
        v = vocab()
        heads = [t for _, t in self.stack]
        if not heads or any(w in h for h in heads for w in v.framing):
            return "framing"
        if any(w in h for h in heads for w in v.projects):
            return "projects"
        return "tasks"

    def section(self) -> list[str]:
        return [self.title] + [t for _, t in self.stack]

    def add(self, span: Span, units: list[UnitMention]) -> None:
        quote = self.text[span.start : span.end]
        body = quote
        for m in re.finditer(r"[（(][^（）()]+[）)]\s*[。；;]?$", quote):
            if any(u.span and span.start + m.start() <= u.span.start for u in units):
                body = quote[: m.start()]
        self.tasks.append(
            Task(
                doc=self.doc,
                plan=0,
                text=clean(body) or clean(quote),
                section=self.section(),
                span=span,
                quote=quote.strip(),
                units=units,
                unit_status="named" if units else "none",
            )
        )

    def heading(self, para: Para) -> None:
        depth = heading_level(clean(para.first))
        title = compact(clean(self.text[para.start : para.end])).rstrip("。")
        if depth is None:
            self.stack.clear()  # a title line: a new part of the file begins
        else:
            self.push(depth, title)

    def item(self, para: Para, depth: int) -> None:
        """A numbered paragraph: a project (one task) or a heading sentence followed by task sentences."""
        start = marker_end(self.text, para.start, para.end)
        sents = sentences(self.text, start, para.end)
        marker = compact(clean(self.text[para.start : start]))
        if len(sents) > 1 and is_item_heading(self.text[sents[0].start : sents[0].end]):
            self.push(depth, marker + compact(clean(self.text[sents[0].start : sents[0].end])).rstrip("。"))
            rest = sents[1:]
        else:
            self.pop_to(depth)
            rest = sents
        if self.zone() == "projects":
            span = trimmed_span(self.text, start, para.end)
            units = [u for s in sents for u in sentence_units(self.text, s)]
            self.add(span, [u.model_copy(update={"rank": k}) for k, u in enumerate(units, 1)])
            return
        self.body(rest, depth)

    def body(self, sents: list[Span], depth: int) -> None:
        """Task sentences; sub-heading sentences go into the section path of those after them."""
        zone = self.zone()
        for s in sents:
            sentence = self.text[s.start : s.end]
            if is_subheading(sentence):
                self.push(depth + 1, compact(clean(sentence)).rstrip("。"))
                continue
            units = sentence_units(self.text, s)
            if units or zone != "framing":
                self.add(s, units)
        self.pop_to(depth + 1)


def plan_title(text: str, paras: list[Para]) -> str:
    """The plan's title: the first markdown ``#`` heading without a number, else the title every layout
    reads (:func:`polkg.loaders.styles.plan_title`)."""
    heads = [p for p in paras if p.heading and heading_level(clean(p.first)) is None]
    for p in heads:
        if p.first.startswith("# "):
            return compact(clean(p.first))
    return styles.plan_title(text)[0]


class ProseLoader:
    name = "prose"
    ceiling = 1.0  # the most score() gives

    def score(self, text: str) -> float:
        """High for plans with 主要任务-like chapters of action sentences and few unit lines or brackets."""
        v = vocab()
        size = max(len(text), 1)
        markers = sum(text.count(w) for w in v.markers) + text.count("〔牵头") + text.count("〔责任")
        markers += len(_ROLE_BRACKET.findall(text))  # items closed by （X牵头，Y参与）: the engine's layout
        if markers * 1000 / size / 0.5 >= 1:  # the penalty below is 0 whatever the lines: no need to split them
            return 0.0
        body = [ln for ln in text.splitlines() if ln.strip()]
        tabbed = sum("\t" in ln for ln in body) / max(len(body), 1)
        penalty = max(0.0, 1 - markers * 1000 / size / 0.5) * max(0.0, 1 - tabbed * 5)
        if not penalty:  # unit markers or table rows throughout: no prose plan, whatever its sentences
            return 0.0
        sents = [s for s in re.split(f"[{SENTENCE_END}]", text) if s.strip()]
        verbs = sum(any(w in s for w in v.verbs) for s in sents) / max(len(sents), 1)
        headings = [ln for ln in body if is_heading_line(ln.strip())]
        has_tasks = any(w in h for h in headings for w in v.task_words)
        return round((0.45 * has_tasks + 0.45 * verbs + 0.1) * penalty, 3)

    def load(self, text: str, doc: str) -> Extraction:
        paras = paragraphs(text)
        title = plan_title(text, paras)
        walk = Walk(text, doc, title)
        for k, p in enumerate(paras):
            depth = heading_level(clean(p.first))
            if p.heading:
                walk.heading(p)
            elif depth is not None:
                walk.item(p, depth)
            elif not is_intro(paras, k):
                walk.body(sentences(text, p.start, p.end), 99)
        whole = Document(doc=doc, plan=0, title=title, span=Span(start=0, end=len(text)))
        return Extraction(doc=doc, file=doc, format=self.name, documents=[whole], tasks=walk.tasks)


def is_intro(paras: list[Para], k: int) -> bool:
    """A chapter's lead-in paragraph: right after a heading and right before the chapter's numbered items."""
    before = paras[k - 1] if k else None
    after = paras[k + 1] if k + 1 < len(paras) else None
    if before is None or after is None or not before.heading or after.heading:
        return False
    item_depth = heading_level(clean(after.first))
    head_depth = heading_level(clean(before.first))
    return item_depth is not None and (head_depth is None or head_depth < item_depth)


LOADER = ProseLoader()
