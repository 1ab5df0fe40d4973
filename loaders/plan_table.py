"""Plan tables: 序号 / 重点工作任务 / 具体工作措施 / 完成时限 / 牵头部门 / 主体责任单位 / 协办单位.

A 作战计划 or 工作计划 often is one table flattened from PDF into tab-separated lines: a cover letter, the
plan title, then the table, its header repeated on every page with varying words (主体责任 / 主要责任单位 /
责任单位 ...). Each row with a measure is one task: the 具体工作措施 cell is its text, 完成时限 its deadline,
牵头部门 its leads, 主体/主要责任单位 its responsible units and 协办单位 its assisting units. This module is an
adapter: the header is read by the table engine's vocabulary and the PDF repairs live in the engine
(:mod:`polkg.loaders.tables`); what PDF extraction does to such a table, and how it is undone:

- several units in one cell separated by spaces, while a single name may itself be spaced out
  (``省大气 水 土壤污染防治…成员单位``): the cell is split as every table's unit cell is
  (:func:`polkg.loaders.tables.cell_units`), each column's role is the one its header word names
  (:func:`polkg.loaders.tables.column_kind`) and a 完成时限 cell's deadline is the engine's
  (:func:`polkg.loaders.tables.deadline_of_cell`);
- continuation rows without 序号 that carry their own measure and units are separate tasks; a row that only
  finishes the previous measure after a page break (no units, no deadline) is joined to it;
- a section heading (``一、…``) may sit in any of the first cells, or open the measure cell: it goes to the
  section path, not the task text;
- cells shift: a deadline and a lead written in one cell (``长期实施 住房城乡建设厅``) push the later cells one
  column right; a deadline-like value in a unit column is the deadline; a measure in the task-name column
  is the measure (:func:`polkg.loaders.tables.assign`);
- ``<p>`` tags are dropped from the text, other markup (``PM _{2.5}``) is kept as written.

Task.section is the plan title and the heading rows. The cover letter before the table belongs to the one
plan, whose title is the line above the first header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from polkg.graph.model import Document, Extraction, Span, Task, Unattributed
from polkg.loaders.styles import ROLES
from polkg.loaders.table import Cell, ends_open, split_row
from polkg.loaders.tables import (
    EMPTY_CELL,
    assign,
    clean,
    deadline_of_cell,
    deadline_prefix,
    is_deadline,
    pdf_fields,
    row_units,
    sentence_like,
    split_heading,
    sub_heading,
)
from polkg.loaders.text import Line, lines

#: fields that come after the measure, in the order a well-formed row has them
TAIL_FIELDS = ("deadline", *ROLES)
#: the fields of a plan table's header (:func:`polkg.loaders.tables.pdf_fields`)
FIELDS = ("number", "name", "measure", *TAIL_FIELDS)
EMPTY = EMPTY_CELL


def header(cells: list[Cell]) -> dict[str, int]:
    """Which column holds which field when ``cells`` are a header row, else ``{}``: the table engine's reading
    of the header (:func:`polkg.loaders.tables.pdf_fields`). A header has a deadline column, a lead column and a
    measure (or task) column; without a separate measure column the task column is it."""
    found = {f: i for f, i in pdf_fields(cells).items() if f in FIELDS}
    if "measure" not in found and "name" in found:
        found["measure"] = found.pop("name")
    if not {"deadline", "lead", "measure"} <= found.keys():
        return {}
    return found


@dataclass
class Row:
    """One table row read into fields."""

    number: str = ""
    name: Cell = EMPTY
    measure: Cell = EMPTY
    fields: dict[str, Cell] = field(default_factory=dict)  # deadline, lead, responsible, assist
    notes: list[str] = field(default_factory=list)


@dataclass
class Reader:
    """State while walking the lines of one plan table."""

    text: str
    doc: str
    title: str
    cols: dict[str, int] = field(default_factory=dict)
    headings: list[str] = field(default_factory=list)  # 一、 heading, then （一） heading
    tasks: list[Task] = field(default_factory=list)
    unattributed: list[Unattributed] = field(default_factory=list)
    #: whether each task's row had a deadline or units, for joining a row continued after a page break
    has_fields: dict[int, bool] = field(default_factory=dict)

    def section(self) -> list[str]:
        return [self.title, *self.headings]

    def enter(self, heading: str, depth: int) -> None:
        """Make ``heading`` the current heading at ``depth`` (0 for 一、, 1 for （一）)."""
        self.headings = [*self.headings[:depth], heading] if depth <= len(self.headings) else [heading]

    def feed(self, line: Line) -> None:
        if "\t" not in line.text:
            found, _ = split_heading(Cell(line.start, line.end, line.text))
            if found and self.cols:
                self.enter(found, 0)
            return
        cells = split_row(line)
        cols = header(cells)
        if cols:
            self.cols = cols
            return
        if self.cols:
            self.row(line, cells)

    def row(self, line: Line, cells: list[Cell]) -> None:
        row = self.read(cells)
        fields = row.fields
        units = {f: c for f, c in fields.items() if f in ROLES}
        if row.measure.empty and (row.name.empty or not units):
            if fields:
                self.unattributed.append(
                    Unattributed(
                        doc=self.doc,
                        reason="table row with units but no measure",
                        span=line.span(),
                        quote=line.text.strip(),
                    )
                )
            return
        body = row.measure if not row.measure.empty else row.name
        if not row.number and self.continues(fields):
            self.extend(body, fields, row.notes)
            return
        self.tasks.append(self.task(body, fields, row.notes))

    def read(self, cells: list[Cell]) -> Row:
        """The fields of a row: headings moved to the section, a measure found in the task column."""
        cols = self.cols
        order = sorted((f for f in (*TAIL_FIELDS,) if f in cols), key=lambda f: cols[f])
        first_tail = min(cols[f] for f in order)
        cells = [*cells, *([EMPTY] * (max(cols.values()) + 1 - len(cells)))]
        sub = sub_heading(cells)
        if sub is not None:
            self.enter(sub, 1)
            return Row()
        for i in range(first_tail):
            found, rest = split_heading(cells[i])
            if found:
                self.enter(found, 0)
                cells[i] = rest
        row = Row(number=cells[cols["number"]].flat if "number" in cols else "")
        row.name = cells[cols["name"]] if "name" in cols else EMPTY
        row.measure = cells[cols["measure"]]
        tail = cells[first_tail:]
        squeezed = row.measure.empty or is_deadline(row.measure.raw) or deadline_prefix(row.measure) is not None
        if squeezed and not row.name.empty and sentence_like(row.name.raw):
            tail = cells[cols["measure"] :]
            row.measure, row.name = row.name, EMPTY
            row.notes.append("measure in the task column: row shifted left")
        row.fields, notes = assign(tail, order)
        row.notes.extend(notes)
        return row

    def continues(self, fields: dict[str, Cell]) -> bool:
        """Whether a row without 序号 finishes the previous task's measure (cut by a page break)."""
        if not self.tasks:
            return False
        last = self.tasks[-1]
        return ends_open(last.text) and (not fields or not self.has_fields.get(len(self.tasks) - 1, False))

    def task(self, body: Cell, fields: dict[str, Cell], notes: list[str]) -> Task:
        span = body.span()
        self.has_fields[len(self.tasks)] = bool(fields)
        return Task(
            doc=self.doc,
            plan=0,
            text=clean(body.raw),
            section=self.section(),
            span=span,
            quote=self.text[span.start : _end(span, fields)],
            units=row_units(self.text, fields),
            unit_status="named" if any(f in ROLES for f in fields) else "unknown",
            deadline=deadline_of_cell(fields["deadline"].flat) if "deadline" in fields else None,
            notes=list(notes),
        )

    def extend(self, body: Cell, fields: dict[str, Cell], notes: list[str]) -> None:
        """Join a continuation row to the last task: its text, span and (if it had none) its fields."""
        last = self.tasks[-1]
        last.text = last.text + clean(body.raw)
        last.span = Span(start=last.span.start, end=body.span().end)
        last.notes = [*last.notes, "measure continued after a page break", *notes]
        if fields:
            last.units = row_units(self.text, fields)
            last.unit_status = "named" if any(f in ROLES for f in fields) else "unknown"
            last.deadline = deadline_of_cell(fields["deadline"].flat) if "deadline" in fields else last.deadline
            self.has_fields[len(self.tasks) - 1] = True
        last.quote = self.text[last.span.start : _end(last.span, fields)]


def _end(span: Span, fields: dict[str, Cell]) -> int:
    return max([span.end, *(c.span().end for c in fields.values())])


def plan_title(text: str) -> str:
    """The line above the first header row (skipping 附件 and blank lines), else the first line."""
    previous: list[str] = []
    for line in lines(text):
        if "\t" in line.text and header(split_row(line)):
            break
        s = line.text.strip()
        if s and "\t" not in s and not re.fullmatch(r"附\s*件\s*\d*[:：]?", s):
            previous.append(s)
    else:
        previous = previous[:1]
    return clean(previous[-1]) if previous else ""


class PlanTableLoader:
    name = "plan_table"
    ceiling = 0.9  # the most score() gives

    def score(self, text: str) -> float:
        """High when a tab-separated header has measure, deadline and lead columns and table rows make up
        much of the text; a small table inside a prose plan is left to the generic loader, which reads every
        style a mixed document uses."""
        if "\t" not in text:  # no table row at all (the cheap test first: most plans are prose)
            return 0.0
        all_lines = [line for line in lines(text) if line.text.strip()]
        # only none, one or several headers matter: the count stops at two (each header is a row parsed)
        rows = (line for line in all_lines if "\t" in line.text and header(split_row(line)))
        headers = sum(1 for _ in islice(rows, 2))
        if headers == 0:
            return 0.0
        base = 0.9 if headers >= 2 else 0.7
        share = sum(1 for line in all_lines if "\t" in line.text) / len(all_lines)
        return base * min(1.0, share / TABLE_SHARE)

    def load(self, text: str, doc: str) -> Extraction:
        title = plan_title(text) or doc
        reader = Reader(text=text, doc=doc, title=title)
        for line in lines(text):
            reader.feed(line)
        whole = Document(doc=doc, plan=0, title=title, span=Span(start=0, end=len(text)))
        return Extraction(
            doc=doc, file=doc, format=self.name, documents=[whole], tasks=reader.tasks, unattributed=reader.unattributed
        )


#: share of non-empty lines that are table rows above which a document counts as a table document
TABLE_SHARE = 0.5

LOADER = PlanTableLoader()
