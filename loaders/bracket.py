"""District implementation plans: each obligation ends with a bracket naming its units.

Plans of a district (several per file, see :mod:`polkg.loaders.plans`) write their tasks as paragraphs or
numbered items, each closed by ``〔牵头单位：A、B；责任单位：C〕`` or ``〔责任单位：…〕`` (also in ``（…）`` or ``(…)``,
with full- or half-width punctuation), and now and then a bare ``（各责任单位负责）``. One bracket is one task:
its text runs from the previous task or heading (a numbered item keeps its heading sentence) up to the
bracket, and bracket-less paragraphs just before it belong to it. Headings and 工作目标 paragraphs without a
bracket are not tasks.

Units are split on ``、`` ``，`` ``；`` outside parentheses (``区经济信息化局（市工业集中区管委会）`` is one unit),
ranked over the whole bracket; the role comes from the label (牵头 → lead, 责任 → responsible, 配合/协办 →
assist). A sentence inside a bracket (``涉及各地具体工作任务均由各乡镇（街道）负责落实，不再单独列出``) is a
remark, not a unit: it is recognised by its length and its verbs (``data/plans.toml``) and kept in Task.notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from polkg import data
from polkg.graph.model import Extraction, Role, Span, Task, Unattributed
from polkg.loaders import engine, marks, plans, styles
from polkg.loaders.styles import Found, Para, clean
from polkg.loaders.text import brackets, compact, heading_level, split_top_level, trimmed, trimmed_span

#: at least this many bracketed paragraphs before the format is considered at all
MIN_BRACKETS = 3
#: what separates the units of a list (brackets protect their content)
UNIT_SEPARATORS = "、，,；;"
#: the note on a task whose unit is the subject of its sentence (a paragraph without a bracket)
SUBJECT_NOTE = "the unit is the subject of its sentence (no bracket)"
#: the note on an obligation standing under a heading that announces tasks (二、目标任务), naming no unit
TASK_SECTION_NOTE = "an obligation under a heading announcing tasks; no unit named"
#: punctuation left between a bracket and the next task
GLUE = "。；;，, "


@dataclass(frozen=True)
class BracketVocab:
    """The ``[brackets]`` table of ``data/plans.toml``."""

    prose: tuple[str, ...]
    prose_weak: tuple[str, ...]
    max_unit: int
    verbs: tuple[tuple[str, Role], ...]  # longest first
    max_verb_bracket: int
    markers: dict[str, Role]


@cache
def vocab() -> BracketVocab:
    raw = data.read("plans.toml")["brackets"]
    verbs: list[tuple[str, Role]] = sorted(raw["verbs"].items(), key=lambda p: len(p[0]), reverse=True)
    return BracketVocab(
        prose=tuple(raw["prose"]),
        prose_weak=tuple(raw["prose_weak"]),
        max_unit=int(raw["max_unit"]),
        verbs=tuple(verbs),
        max_verb_bracket=int(raw["max_verb_bracket"]),
        markers=dict(raw["markers"]),
    )


# ---------------------------------------------------------------- brackets and their units


def outer_brackets(s: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every outermost bracket in ``s`` (end past the closing bracket)."""
    return brackets(s, styles.OPEN, styles.CLOSE)


def verb_bracket(body: str) -> tuple[int, int, Role] | None:
    """``(start, end, role)`` of the unit in a bracket such as ``各责任单位负责``: a short unit name and a verb."""
    s = body.strip()
    if not s or len(compact(s)) > vocab().max_verb_bracket:
        return None
    lead = len(body) - len(body.lstrip())
    if s.startswith(("由", "请")):  # （由县城市管理局负责）
        s, lead = s[1:], lead + 1
    for verb, role in vocab().verbs:
        if s.endswith(verb):
            name = s[: -len(verb)]
            if styles.looks_like_unit(compact(name)):
                return lead, lead + len(name.rstrip()), role
    return None


def ends_sentence_at(s: str, end: int) -> bool:
    """Whether only final punctuation follows position ``end`` of ``s`` before the next sentence."""
    rest = s[end:].lstrip()
    return not rest.strip("。；;.") or rest[0] in "。；;."


def unit_brackets(s: str) -> list[tuple[int, int]]:
    """The brackets of ``s`` that name units: a labelled list anywhere, a ``（X负责）`` closing a sentence.
    (The last paragraphs' are kept: a paragraph is asked again as a heading and for its tasks.)"""
    return list(_unit_brackets(s))


@lru_cache(maxsize=8)
def _unit_brackets(s: str) -> tuple[tuple[int, int], ...]:
    return tuple((a, b) for a, b in outer_brackets(s)
                 if styles.unit_line(s[a + 1 : b - 1]) is not None
                 or (verb_bracket(s[a + 1 : b - 1]) and ends_sentence_at(s, b)))


@cache
def _prose_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The prose and weak prose words as one alternation each: one scan of a name instead of one ``in`` per
    word (every piece of every unit list is asked)."""
    v = vocab()
    return (re.compile("|".join(map(re.escape, v.prose)) or r"(?!)"),
            re.compile("|".join(map(re.escape, v.prose_weak)) or r"(?!)"))


def is_prose(name: str) -> bool:
    """A remark rather than a unit: too long for a name, or a sentence about the list (不再…列出, 均由…), or
    it says what someone does (负责, 落实, 组织实施) without ending like a unit name."""
    s = compact(name)
    prose, weak = _prose_words()
    if len(s) > vocab().max_unit or prose.search(s) or styles.is_editorial(s):
        return True
    return weak.search(s) is not None and not styles.looks_like_unit(s)


ROLE_MARK = re.compile(r"[（(]\s*(?P<mark>[^（）()]{1,6}?)\s*[）)]\s*$")


def role_marker(name: str, role: Role) -> tuple[int, Role]:
    """A unit's own role written after it, ``县发展改革局（牵头）``: where the name ends, and the role."""
    m = ROLE_MARK.search(name)
    if m and m.group("mark") in vocab().markers:
        return m.start(), vocab().markers[m.group("mark")]
    return len(name), role


def unit_list(s: str, offset: int, role: Role) -> tuple[list[Found], list[str]]:
    """Units of a list ``s`` (at ``offset`` in the file) and the remarks dropped from it.

    A sentence of the list (split on ``。``) that turns into prose is dropped from there on: in ``A、B。涉及…
    均由各乡镇负责落实，不再单独列出`` both pieces after ``。`` are one remark.
    """
    found: list[Found] = []
    remarks: list[str] = []
    for at, sentence in split_top_level(s, "。"):
        for pos, piece in split_top_level(sentence, UNIT_SEPARATORS):
            a, b = styles.strip_remarks(piece)
            cut, own_role = role_marker(piece[a:b], role)
            name = piece[a : a + cut]
            if not compact(name):
                continue
            if is_prose(name):
                remarks.append(compact(sentence[pos:]))
                # 涉及各地具体工作任务均由各乡镇（街道）负责落实: a unit of this item too
                found.extend(marks.note_units(sentence[pos:], offset + at + pos))
                break
            found.append(Found(compact(name), own_role, *trimmed(s, at + pos + a, at + pos + a + cut, offset)))
    return found, remarks


def bracket_units(body: str, offset: int) -> tuple[list[Found], list[str]]:
    """Units named in a bracket's content ``body`` (at ``offset`` in the file), with the remarks dropped.
    (The last brackets' are kept: a heading's bracket is read for its lead and again for its task.)"""
    found, remarks = _bracket_units(body, offset)
    return list(found), list(remarks)


@lru_cache(maxsize=8)
def _bracket_units(body: str, offset: int) -> tuple[tuple[Found, ...], tuple[str, ...]]:
    found, remarks = _read_bracket(body, offset)
    return tuple(found), tuple(remarks)


def _read_bracket(body: str, offset: int) -> tuple[list[Found], list[str]]:
    marks = list(styles.label_pattern().finditer(body))
    if not marks:
        verb = verb_bracket(body)
        if verb is None:
            return [], [compact(body)]
        a, b, role = verb
        span = trimmed_span(body, a, b, offset)
        return [Found(compact(body[a:b]), role, span.start, span.end)], []
    found: list[Found] = []
    remarks = [compact(body[: marks[0].start()])] if compact(body[: marks[0].start()]) else []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(body)
        units, dropped = unit_list(body[m.end() : end], offset + m.end(), styles.label_role(m.group(1)))
        found.extend(units)
        remarks.extend(dropped)
    return found, remarks


# ---------------------------------------------------------------- walking one plan


@dataclass
class PlanReader:
    """State while reading the paragraphs of one plan."""

    text: str
    doc: str
    plan: plans.Plan
    tasks: list[Task] = field(default_factory=list)
    unattributed: list[Unattributed] = field(default_factory=list)
    headings: list[tuple[int, str]] = field(default_factory=list)  # (depth, title)
    pending: list[Para] = field(default_factory=list)  # paragraphs waiting for a bracket
    #: (depth, units) of the headings above whose bracket names only a lead: the lead of every item under them
    leads: list[tuple[int, list[Found]]] = field(default_factory=list)
    #: units a bracket's standing remark (``以下均需各乡（镇）政府负责，不再列出``) gives every later item
    standing: list[Found] = field(default_factory=list)

    def section(self) -> list[str]:
        return [self.plan.title, *(t for _, t in self.headings)]

    def feed(self, para: Para) -> None:
        s = self.text[para.start : para.end]
        if "\t" in s:  # a table row (attachment 台账): never a task here
            self.flush()
            return
        brackets = unit_brackets(s)
        depth = heading_level(s)
        if depth is not None and not DECIMAL_OPENING.match(s):
            self.heading(para, depth, brackets[0][0] if brackets else len(s))
            if brackets:
                self.bracketed(para.start + styles.marker_end(s), para.end)
                self.heading_lead(s, depth, brackets, para.start)
            return
        if not brackets:
            self.pending.append(para)
            return
        start = self.pending[0].start if self.pending else para.start
        self.pending = []
        self.bracketed(start, para.end)

    def heading(self, para: Para, depth: int, bracket_at: int) -> None:
        """A heading closes what waited for a bracket; its first sentence becomes the section entry."""
        self.flush()
        s = self.text[para.start : para.end]
        cut = min(styles.first_sentence_end(s) or len(s), bracket_at)
        self.headings = [h for h in self.headings if h[0] < depth]
        self.leads = [x for x in self.leads if x[0] < depth]
        self.headings.append((depth, styles.heading_title(s[:cut])))
        rest = s[cut:]
        if not unit_brackets(s) and compact(rest):
            sp = trimmed_span(self.text, para.start + cut, para.end)
            self.pending.append(Para(sp.start, sp.end))

    def heading_lead(self, s: str, depth: int, found_at: list[tuple[int, int]], offset: int) -> None:
        """``（三）提升城市品质（牵头单位：市住建局）`` over items each closed by ``[责任单位：…]``: a heading's
        bracket that names only a lead, with nothing after it, leads the whole section."""
        a, b = found_at[-1]
        found, _ = bracket_units(s[a + 1 : b - 1], offset + a + 1)
        if found and all(f.role == "lead" for f in found) and not compact(s[b:]).strip(GLUE):
            self.leads.append((depth, found))

    def bracketed(self, start: int, end: int) -> None:
        """Each unit bracket in ``text[start:end]`` closes a task: the text since the previous one."""
        s = self.text[start:end]
        pos = 0
        for a, b in unit_brackets(s):
            lo, hi = trimmed(self.text, start + pos, start + a)  # offsets: a record only for a task
            while lo < hi and self.text[lo] in GLUE:
                lo += 1
            found, remarks = bracket_units(s[a + 1 : b - 1], start + a + 1)
            if lo < hi:
                self.tasks.append(self.task(Span(start=lo, end=hi), start + b, found, remarks))
            else:
                reason = "unit bracket with no task text before it"
                self.unattributed.append(self.orphan(start + a, start + b, reason))
            self.stand(s[a + 1 : b - 1], start + a + 1)
            pos = b
        lo, hi = trimmed(self.text, start + pos, end)
        if compact(self.text[lo:hi]).strip(GLUE):
            self.pending.append(Para(lo, hi))

    def stand(self, body: str, offset: int) -> None:
        """A bracket's standing remark (``以下均需X负责，不再列出``) names a unit of every item after it, as the
        engine reads it: plans write it once, in the first item's bracket, instead of repeating it."""
        standing, here = marks.standing_units(body, offset)
        if standing and not here:
            self.standing = standing

    def task(self, own: Span, quote_end: int, found: list[Found], remarks: list[str]) -> Task:
        section = [f for _, leads in self.leads for f in leads] if not any(f.role == "lead" for f in found) else []
        named = {f.mention for f in found}
        found = [*found, *(f for f in self.standing if f.mention not in named)]
        units = styles.mentions([*section, *found], by_role=bool(section and found))
        notes = [f"bracket remark, not a unit: {r}" for r in remarks]
        return Task(
            doc=self.doc,
            plan=self.plan.index,
            text=clean(self.text[own.start : own.end]),
            section=self.section(),
            span=own,
            quote=self.text[own.start : quote_end].strip(),
            units=units,
            unit_status="named" if units else "none",
            notes=notes if units else [*notes, "bracket names no unit"],
        )

    def flush(self) -> None:
        """Paragraphs that never got a bracket: a sentence whose subject is a unit (``X要…``, ``X负责…``,
        ``X会同Y…``, as 保障措施 write them) is that unit's obligation, read by the engine's subject rule;
        the rest are reported when they read like obligations after the first task."""
        for para in self.pending:
            s = self.text[para.start : para.end]
            named = self.subject_tasks(para) if self.tasks else []
            self.tasks.extend(named)
            if not named and self.headings and marks.task_section(self.headings[-1][1]) and marks.obligation_like(s):
                task = self.task(trimmed_span(self.text, para.start, para.end), para.end, [], [])
                task.notes = [TASK_SECTION_NOTE]  # 二、目标任务 / …: an orphan task
                self.tasks.append(task)
            elif not named and self.tasks and styles.starts_obligation(s):
                self.unattributed.append(self.orphan(para.start, para.end, "obligation without a unit bracket"))
        self.pending = []

    def subject_tasks(self, para: Para) -> list[Task]:
        out = []
        for a, b in engine.subject_pieces(self.text, para.start, para.end):
            own = marks.subject(self.text[a:b], a)
            form = own is not None and self.text[own.end - 1 : own.end] in "：:"  # 填报单位： a form's label
            if own is not None and own.found and not form:
                task = self.task(trimmed_span(self.text, a, b), b, own.found, [])
                task.notes.append(SUBJECT_NOTE)
                out.append(task)
        return out

    def orphan(self, start: int, end: int, reason: str) -> Unattributed:
        return Unattributed(doc=self.doc, reason=reason, span=Span(start=start, end=end), quote=self.text[start:end])


#: a paragraph opening with a decimal number (3.5万吨…), no heading
DECIMAL_OPENING = re.compile(r"\s*\d+[.．]\d")


def plan_paragraphs(text: str, plan: plans.Plan) -> list[Para]:
    """The paragraphs of one plan after its title (page-break rejoining never crosses into the next plan)."""
    start, end = plan.title_span.end, plan.span.end
    return [Para(p.start + start, p.end + start) for p in styles.paragraphs(text[start:end])]


def section_brackets(text: str, paras: list[Para]) -> bool:
    """Whether a heading holding only its title and a unit bracket stands over deeper numbered items
    (（十）提升城市美誉度（牵头单位：X） / 39.…（责任单位：Y）): the bracket is the section's, a scope this reader,
    one bracket one task, cannot give; the engine does."""
    levels = [heading_level(text[p.start : p.end]) for p in paras]  # each paragraph's read once
    for para, depth, below in zip(paras, levels, levels[1:], strict=False):  # each with the next one's level
        if depth is None:  # no heading: its brackets are not looked for
            continue
        s = text[para.start : para.end]
        found = unit_brackets(s)
        if not found or compact(s[found[-1][1] :]).strip(GLUE):
            continue
        if below is not None and below > depth:
            return True
    return False


class BracketLoader:
    name = "bracket"
    ceiling = 0.95  # the most score() gives

    def score(self, text: str) -> float:
        """High when many body paragraphs end in a labelled unit bracket."""
        label = styles.label_pattern()
        if not label.search(text):  # no unit label anywhere: no bracket holds one
            return 0.0
        paras = [p for p in styles.paragraphs(text) if "\t" not in text[p.start : p.end]]
        # a paragraph without a label has no labelled bracket: the bracket scan only where one may be
        n = sum(1 for p in paras
                if label.search(text, p.start, p.end) and styles.inline_brackets(text[p.start : p.end]))
        if n < MIN_BRACKETS:
            return 0.05 * n
        body = sum(1 for p in paras if len(compact(text[p.start : p.end])) >= styles.MIN_CUT)
        if not body:
            return 0.05 * n
        if styles.detect_convention(text):  # 分号前为牵头单位: a convention this reader does not apply; the engine does
            return 0.5
        if section_brackets(text, paras):  # a heading's bracket over the items below it: the engine reads scopes
            return 0.5
        return min(self.ceiling, 0.2 + 1.5 * n / body)

    def load(self, text: str, doc: str) -> Extraction:
        found = plans.split(text)
        tasks: list[Task] = []
        unattributed: list[Unattributed] = []
        for plan in found:
            reader = PlanReader(text, doc, plan)
            for para in plan_paragraphs(text, plan):
                reader.feed(para)
            reader.flush()
            tasks.extend(reader.tasks)
            unattributed.extend(reader.unattributed)
        return Extraction(
            doc=doc,
            file=doc,
            format=self.name,
            documents=[p.document(doc, self.name) for p in found],
            tasks=tasks,
            unattributed=unattributed,
        )


LOADER = BracketLoader()
