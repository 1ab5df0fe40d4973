"""Responsibility divisions: task paragraphs, each followed by a line ``责任单位：A、B，C、D。``.

A 责任分工方案 restates a plan paragraph by paragraph and names the units after each. Such a document often
declares how to read its lists (``排在首位的为牵头单位``: the group before the first ``，`` leads, the rest are
responsible); the convention is detected (:func:`polkg.loaders.styles.detect_convention`) and recorded on
the Document. Without a declaration every unit is responsible, in list order.

This module is an adapter: it keeps the layout (which paragraphs a unit line serves, headings, page breaks);
what a unit line says — each unit's role under the document's convention, leaders, a time limit — is the
engine's reading of a labelled list (:func:`polkg.loaders.marks.labelled`), as for a unit line in any plan. It
reads the normalised view the pipeline gives it (full-width punctuation, same offsets).

Each paragraph since the previous unit line or heading is one task of the line that follows it (a line
may serve several paragraphs); a heading followed directly by a unit line is itself the task. Paragraphs
cut by a page break are rejoined. Task.section is the plan title and the heading path (一、 / （一） / 1. / （1）).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from polkg.graph.model import Document, Extraction, Span, Task, Unattributed
from polkg.loaders import marks, styles
from polkg.loaders.marks import Mark
from polkg.loaders.styles import Para, clean, heading_title
from polkg.loaders.text import heading_level, lines, trimmed_span

#: a document needs at least this many stand-alone unit lines to be read as a responsibility division
MIN_LINES = 3


@dataclass
class Body:
    """A paragraph waiting for its unit line, with the section it sits in."""

    start: int
    end: int
    section: list[str]


@dataclass
class Reader:
    """State while walking the paragraphs of one document."""

    text: str
    doc: str
    title: str
    convention: str | None
    tasks: list[Task] = field(default_factory=list)
    unattributed: list[Unattributed] = field(default_factory=list)
    headings: list[tuple[int, str]] = field(default_factory=list)  # (depth, title)
    pending: list[Body] = field(default_factory=list)
    heading: Body | None = None  # the last heading, a task if a unit line follows it directly
    seen_units: bool = False
    #: report obligation-like paragraphs without units even before the first unit line
    report_early: bool = False
    #: why a paragraph left without units is reported
    no_units: str = "paragraph without a unit line"

    def section(self) -> list[str]:
        return [self.title, *(t for _, t in self.headings)]

    def feed(self, para: Para) -> None:
        s = self.text[para.start : para.end]
        if styles.unit_line(s):
            self.on_units(para)
            return
        depth = heading_level(s)
        if depth is not None and not re.match(r"\s*\d+[.．]\d", s):
            self.on_heading(para, depth)
            return
        self.body(para.start, para.end)

    def body(self, start: int, end: int) -> None:
        """A body paragraph: it waits for the unit line that follows it."""
        self.pending.append(Body(start, end, self.section()))

    def on_heading(self, para: Para, depth: int) -> None:
        """A heading closes the paragraphs before it; text after its first sentence is a body paragraph."""
        self.flush(self.no_units)
        s = self.text[para.start : para.end]
        cut = styles.first_sentence_end(s)
        head_end = para.start + cut if cut is not None else para.end
        parent = self.section()
        self.headings = [h for h in self.headings if h[0] < depth]
        self.headings.append((depth, heading_title(self.text[para.start : head_end])))
        item = trimmed_span(self.text, para.start + styles.marker_end(s), para.end)
        self.heading = Body(item.start, item.end, parent)
        if cut is not None:
            sp = trimmed_span(self.text, head_end, para.end)
            self.heading = None
            self.body(sp.start, sp.end)

    def on_units(self, para: Para) -> None:
        s = self.text[para.start : para.end]
        # the engine's reading of a labelled list: roles, the document's convention, leaders and a time limit
        mark = marks.labelled(s, para.start, self.convention, lead_at=len(s) - len(s.lstrip(" \t（(〔【["))) or Mark()
        bodies = [b for b in self.pending if styles.ends_sentence(self.text[b.start : b.end])] or self.pending
        if not bodies and self.heading is not None:
            bodies = [self.heading]
        if not bodies:
            self.unattributed.append(
                Unattributed(doc=self.doc, reason="unit line with no task text before it", span=_span(para), quote=s)
            )
        for body in bodies:
            self.tasks.append(self.task(body, para, mark))
        self.pending, self.heading, self.seen_units = [], None, True

    def task(self, body: Body, unit_para: Para, mark: Mark) -> Task:
        own = self.text[body.start : body.end]
        units = styles.mentions(mark.found)
        line = self.text[unit_para.start : unit_para.end].strip()
        return Task(
            doc=self.doc,
            plan=0,
            text=clean(own),
            section=body.section,
            span=Span(start=body.start, end=body.end),
            quote=f"{own}\n{line}",
            units=units,
            unit_status="named" if units else "none",
            leaders=list(mark.leaders),
            deadline=mark.deadline,
            notes=[] if units else ["unit line names no unit"],
        )

    def flush(self, reason: str) -> None:
        """Paragraphs that never got a unit line: reported when they read like obligations."""
        for body in self.pending:
            s = self.text[body.start : body.end]
            if (self.seen_units or self.report_early) and styles.starts_obligation(s):
                self.unattributed.append(
                    Unattributed(doc=self.doc, reason=reason, span=Span(start=body.start, end=body.end), quote=s)
                )
        self.pending = []


def _span(para: Para) -> Span:
    return Span(start=para.start, end=para.end)


class RespLinesLoader:
    name = "resp_lines"
    ceiling = 0.95  # the most score() gives

    def score(self, text: str) -> float:
        """High when many lines are stand-alone unit lists (``责任单位：…`` at the start of a line)."""
        n = sum(1 for ln in lines(text) if ln.stripped and styles.unit_line(ln.stripped) and "\t" not in ln.text)
        if n < MIN_LINES:
            return 0.1 * n
        return min(self.ceiling, 0.5 + n / 50)

    def load(self, text: str, doc: str) -> Extraction:
        return read_paragraphs(text, doc, self.name, Reader)


MakeReader = Callable[[str, str, str, str | None], "Reader"]  # (text, doc, title, convention) -> reader


def read_paragraphs(text: str, doc: str, fmt: str, make_reader: MakeReader) -> Extraction:
    """One plan whose paragraphs after the title are fed to a reader (this loader's or a subclass)."""
    title, title_span = styles.plan_title(text)
    convention = styles.detect_convention(text)
    document = Document(doc=doc, plan=0, title=title, span=Span(start=title_span.start, end=len(text)),
                        convention=convention, format=fmt)
    reader = make_reader(text, doc, title, convention)
    for para in styles.paragraphs(text):
        if para.start >= title_span.end:
            reader.feed(para)
    reader.flush(reader.no_units)
    return Extraction(doc=doc, file=doc, format=fmt, documents=[document], tasks=reader.tasks,
                      unattributed=reader.unattributed)


LOADER = RespLinesLoader()
