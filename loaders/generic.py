"""The fallback reader: a plan in none of the known shapes still yields what can be found.

It tries every responsibility style we know (:mod:`polkg.loaders.styles`), paragraph by paragraph:

- a bracket holding a labelled list, ``（牵头单位：X；责任单位：Y）`` or ``〔责任单位：Y、Z〕``: the text before it
  is the task;
- a line ``责任单位：…`` / ``牵头单位：…；配合单位：…``: the paragraphs since the last such line are its tasks
  (as in :mod:`polkg.loaders.resp_lines`);
- clauses ``由X牵头，Y参与`` / ``X牵头，Y配合`` / ``X负责…``: a sentence that only names units attributes the
  text before it, a sentence that also says what to do is a task by itself;
- tables (tab-separated rows) whose header names role columns (牵头单位 / 责任单位 / 配合单位 / 完成时限).

What looks like an obligation or a unit list but cannot be attributed is reported in
``Extraction.unattributed``. A document convention (排在首位的为牵头单位) is honoured when declared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from polkg.graph.model import Extraction, Role, Span, Task, Unattributed
from polkg.loaders import engine, styles
from polkg.loaders.resp_lines import Reader, read_paragraphs
from polkg.loaders.styles import Found, clean
from polkg.loaders.text import compact, heading_level, trimmed_span

#: an attribution-only sentence (由X牵头，Y配合。) leaves at most this many characters besides units and verbs
MAX_RESIDUE = 4
SENTENCE = re.compile(r"[^。；;！？!?]*[。；;！？!?]?")
#: words that, with the units and verbs, make up an attribution-only sentence
GLUE = re.compile(r"[由请要求共同统一具体，,、。；;：:\s等]")


@dataclass(frozen=True)
class Column:
    """A table column: what it holds (``task``, ``deadline``, ``number`` or a role)."""

    kind: str
    role: Role | None = None


def column_kind(header: str) -> Column | None:
    """The meaning of a table header cell; role words win over task words (``责任单位`` is not a task)."""
    h = compact(header)
    v = styles.vocab()
    if not h:
        return None
    if h in v.number_columns:
        return Column("number")
    if "牵头" in h:
        return Column("role", "lead")
    if any(w in h for w in ("配合", "协办", "参与", "协助", "协作")):
        return Column("role", "assist")
    if "责任" in h or h.endswith(("单位", "部门")):
        return Column("role", "responsible")
    if any(w in h for w in v.deadline_columns):
        return Column("deadline")
    if any(w in h for w in v.task_columns):
        return Column("task")
    return None


def cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Absolute ``(start, end)`` of each tab-separated cell of the row ``text[start:end]``."""
    out: list[tuple[int, int]] = []
    pos = start
    for piece in text[start:end].split("\t"):
        out.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    return out


@dataclass
class GenericReader(Reader):
    """The resp_lines reader, taught brackets, clauses and tables."""

    columns: list[Column | None] | None = field(default=None)

    def on_heading(self, para: styles.Para, depth: int) -> None:
        """A numbered item that ends in a unit bracket is a task: its heading sentence opens the task text."""
        s = self.text[para.start : para.end]
        if not styles.inline_brackets(s):
            super().on_heading(para, depth)
            return
        cut = styles.first_sentence_end(s)
        super().on_heading(styles.Para(para.start, para.start + (cut or len(s))), depth)
        self.heading = None
        self.bracketed(para.start + styles.marker_end(s), para.end)

    def feed(self, para: styles.Para) -> None:
        s = self.text[para.start : para.end]
        if "\t" in s and self.table_row(para):
            return
        super().feed(para)

    def body(self, start: int, end: int) -> None:
        s = self.text[start:end]
        if styles.inline_brackets(s):
            self.flush(self.no_units)
            self.bracketed(start, end)
        elif not self.clauses(start, end):
            super().body(start, end)

    # -------------------------------------------------------- brackets

    def bracketed(self, start: int, end: int) -> None:
        """Each bracket with a labelled list closes a task: the text since the previous bracket."""
        s = self.text[start:end]
        pos = 0
        for a, b in styles.inline_brackets(s):
            found = styles.labelled(s[a + 1 : b - 1], start + a + 1, self.convention)
            sp = trimmed_span(self.text, start + pos, start + a)
            own = self.text[sp.start : sp.end].lstrip("。；;，, ")
            if compact(own):
                self.add(sp, self.text[sp.start : start + b], found)
            else:
                self.unattributed.append(self.orphan(start + a, start + b, "unit list with no task text before it"))
            pos = b
            if pos < len(s) and s[pos] in "。；;":
                pos += 1

    # -------------------------------------------------------- clauses

    def clauses(self, start: int, end: int) -> bool:
        """Tasks from 由X牵头 / X负责 clauses in the paragraph; False when it names nobody."""
        s = self.text[start:end]
        made = False
        task_from = 0
        for m in SENTENCE.finditer(s):
            if not m.group().strip():
                continue
            found = styles.clause_units(m.group(), start + m.start())
            if not found:
                continue
            if self.attribution_only(m.group(), found):
                sp = trimmed_span(self.text, start + task_from, start + m.start())
                if compact(self.text[sp.start : sp.end]):
                    self.add(sp, self.text[sp.start : start + m.end()], found)
                elif self.pending:
                    self.attribute_pending(found, start + m.start(), start + m.end())
                else:
                    self.unattributed.append(
                        self.orphan(start + m.start(), start + m.end(), "unit clause with no task")
                    )
            else:
                sp = trimmed_span(self.text, start + m.start(), start + m.end())
                self.add(sp, self.text[sp.start : sp.end], found)
            task_from = m.end()
            made = True
        return made

    def attribution_only(self, sentence: str, found: list[Found]) -> bool:
        """Whether the sentence says nothing but who acts (由X牵头，Y配合。)."""
        rest = sentence
        for f in found:
            rest = rest.replace(f.mention, "")
        for verb, _ in styles.vocab().verbs:
            rest = rest.replace(verb, "")
        return len(GLUE.sub("", compact(rest))) <= MAX_RESIDUE

    def attribute_pending(self, found: list[Found], start: int, end: int) -> None:
        for body in self.pending:
            sp = Span(start=body.start, end=body.end)
            self.add(sp, f"{self.text[body.start : body.end]}\n{self.text[start:end].strip()}", found)
        self.pending, self.seen_units = [], True

    # -------------------------------------------------------- tables

    def table_row(self, para: styles.Para) -> bool:
        """Read a tab-separated row: a header sets the columns, a data row is a task. False if not a table row."""
        row = cells(self.text, para.start, para.end)
        values = [self.text[a:b] for a, b in row]
        kinds = [column_kind(v) for v in values]
        if sum(1 for k in kinds if k and k.kind == "role") >= 1 and any(k and k.kind == "task" for k in kinds):
            self.flush(self.no_units)
            self.columns = kinds
            return True
        if self.columns is None:
            return False
        filled = [i for i, v in enumerate(values) if v.strip()]
        if len(filled) == 1 and heading_level(values[filled[0]]) is not None:
            self.on_heading(styles.Para(*row[filled[0]]), heading_level(values[filled[0]]) or 0)
            return True
        self.row_task(para, row)
        return True

    def row_task(self, para: styles.Para, row: list[tuple[int, int]]) -> None:
        assert self.columns is not None
        found: list[Found] = []
        texts: list[tuple[int, int]] = []
        deadline: str | None = None
        for (a, b), col in zip(row, self.columns, strict=False):
            if col is None or not self.text[a:b].strip():
                continue
            if col.kind == "role" and col.role is not None:
                found.extend(styles.unit_list(self.text[a:b], a, col.role))
            elif col.kind == "task":
                texts.append((a, b))
            elif col.kind == "deadline":
                deadline = compact(self.text[a:b])
        if not texts:
            self.unattributed.append(self.orphan(para.start, para.end, "table row without task text"))
            return
        a, b = texts[-1]
        section = self.section() + [clean(self.text[x:y]) for x, y in texts[:-1]]
        task = self.make(trimmed_span(self.text, a, b), self.text[para.start : para.end], found)
        task.section, task.deadline = section, deadline
        self.tasks.append(task)

    # -------------------------------------------------------- records

    def add(self, span: Span, quote: str, found: list[Found]) -> None:
        self.tasks.append(self.make(span, quote, found))
        self.seen_units = True

    def make(self, span: Span, quote: str, found: list[Found]) -> Task:
        units = styles.mentions(found)
        return Task(
            doc=self.doc,
            plan=0,
            text=clean(self.text[span.start : span.end]),
            section=self.section(),
            span=span,
            quote=quote.strip(),
            units=units,
            unit_status="named" if units else "none",
        )

    def orphan(self, start: int, end: int, reason: str) -> Unattributed:
        return Unattributed(doc=self.doc, reason=reason, span=Span(start=start, end=end), quote=self.text[start:end])


class GenericLoader:
    name = "generic"

    def score(self, text: str) -> float:
        """Always a little: it reads anything, but a dedicated loader that fits should win."""
        return 0.25 if text.strip() else 0.0

    def load(self, text: str, doc: str) -> Extraction:
        return engine.read(text, doc, self.name)


LOADER = GenericLoader()
