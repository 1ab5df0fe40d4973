"""Progress tables: a department's quarterly report on the tasks it was assigned (工作推进情况调度表).

A cover letter (通报) is followed by a table flattened from PDF, one row per line, tab-separated:
``[一级标题] [二级标题] 具体工作任务 省级牵头部门 牵头厅领导 责任部门 推进情况``. Each row with its own
task text is one Task: the 牵头部门 cell gives the lead units, the 牵头厅领导 cell the leaders (people), the
责任部门 cell the department's internal divisions, and the 推进情况 cell Progress statements, each
attributed to the division named in its trailing ``(水处)``. The whole file is one plan whose title is the
table's title line; the cover letter belongs to it.

This module is an adapter: its header is read by the table engine's vocabulary, its cells are told apart by the
engine's PDF repairs (:mod:`polkg.loaders.tables`), and what a cell names is the engine's reading too: the lead
cell's units and their role (:func:`polkg.loaders.tables.row_units`, the role its header word names), the leaders
(:func:`polkg.loaders.tables.leader_cell`) and the divisions (:func:`polkg.loaders.tables.division_cell`). What is
its own is the layout: the heading columns, the 推进情况 statements and who reported each, and how the PDF damage
is undone:

- the header repeats on every page (words vary, characters spaced out): recognised and skipped;
- heading cells are empty on continuation rows: the 一级/二级 headings are inherited from the rows
  above (a heading repeated after a page break with slightly different wording keeps the first wording);
- cells shifted into a neighbouring column are put back by content (:func:`polkg.loaders.table.align`);
- a row cut by a page break continues right after the repeated header, with no units of its own and
  after a task text that stops mid-sentence: its text and progress are joined to the row above; a row
  with only progress text continues the row above's progress;
- an empty lead cell is a merged cell: ``unit_status="unknown"``, and the lead of the row above (same 一级
  section) is added with ``UnitMention.inherited=True`` — the table engine's rule for a merged unit cell
  (:func:`polkg.loaders.tables.merged_units`), so that the graph can still answer "what does X lead" while
  every such edge stays marked as not written on the row. Leaders and divisions are never inherited: each
  row names its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from polkg.graph.model import Document, Extraction, Progress, Span, Task, Unattributed, UnitMention
from polkg.loaders.table import Cell, Scorer, align, ends_open, split_row, tidy
from polkg.loaders.tables import (
    PROGRESS_SCORERS,
    division_cell,
    heading_scorer,
    is_divisions,
    is_people,
    is_prose,
    is_units,
    leader_cell,
    merged_units,
    pdf_fields,
    pdf_vocab,
    row_units,
)
from polkg.loaders.text import Line, compact, heading_level, lines

FIELDS = ("task", "lead", "leaders", "divisions", "progress")
HEADING_MARKER = re.compile(r"^[（(]?[一二三四五六七八九十]{1,4}[）)、.．]")
REPORTER_TAG = re.compile(r"[（(]\s*([^（）()\n]{1,14}?)\s*[）)]")
MARKUP = re.compile(r"</?p>")
QUARTER = re.compile(r"(\d{4})\s*年\s*第\s*([一二三四1-4])\s*季度")
HALF = re.compile(r"(\d{4})\s*年\s*([上下])\s*半\s*年")
YEAR = re.compile(r"(\d{4})\s*年")
CN_DIGIT = {"一": "1", "二": "2", "三": "3", "四": "4"}
#: a header cell is at most this long (whitespace removed); a header names at least this many fields
MAX_HEADER_CELL = 12
MIN_HEADER_FIELDS = 2
# ---------------------------------------------------------------- rows


@dataclass
class _Row:
    """A task row as read, possibly joined with its continuation after a page break."""

    lines: list[Line]
    section: list[str]
    h1: str | None  # marker of the 一级 heading, for lead inheritance
    task: list[Cell]
    lead: Cell | None
    leaders: Cell | None
    divisions: Cell | None
    progress: list[Cell] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def has_units(self) -> bool:
        return any(c is not None for c in (self.lead, self.leaders, self.divisions))


@dataclass
class _Reader:
    """Walks the lines of one file, keeping the header, the heading path and the rows read so far."""

    text: str
    doc: str
    title: str = ""
    columns: dict[str, int] = field(default_factory=dict)
    headings: list[tuple[str, str] | None] = field(default_factory=list)
    rows: list[_Row] = field(default_factory=list)
    unattributed: list[Unattributed] = field(default_factory=list)
    page_break: bool = False  # a repeated header came since the last row: the next row may finish it

    def read(self) -> None:
        before: list[Line] = []
        for line in lines(self.text):
            if "\t" not in line.text:
                if not self.columns and line.stripped:
                    before.append(line)
                continue
            cells = split_row(line)
            found = header(cells)
            if "task" in found:
                if not self.columns:
                    self.title = table_title(before)
                self.columns, self.page_break = found, True
                self.headings = self.headings or [None] * found["task"]
            elif self.columns:
                self.row(line, cells)

    def scorers(self) -> list[Scorer]:
        width = max(self.columns.values()) + 1
        by_index = {i: f for f, i in self.columns.items()}
        out: list[Scorer] = []
        for j in range(width):
            if j < self.columns["task"]:
                out.append(heading_scorer(j))
            else:
                out.append(PROGRESS_SCORERS.get(by_index.get(j, ""), lambda t: 0.0))
        return out

    def place(self, cells: list[Cell]) -> tuple[dict[str, Cell], list[Cell], bool]:
        """The row's cells by field, its heading cells by level, and whether cells had to move."""
        scorers = self.scorers()
        placed = align(cells, scorers)
        positional = {j: c for j, c in enumerate(cells) if not c.empty and j < len(scorers)}
        shifted = placed is not None and placed != positional
        use = placed if placed is not None else positional
        by_field = {f: use[i] for f, i in self.columns.items() if f in FIELDS and i in use}
        heads = [use[j] for j in range(self.columns["task"]) if j in use]
        return by_field, heads, shifted

    def update_headings(self, heads: list[Cell]) -> None:
        for cell in heads:
            label = compact(cell.raw)
            level = heading_level(label)
            if level is None or level >= len(self.headings):
                continue
            m = HEADING_MARKER.match(label)
            marker = m.group(0) if m else label
            current = self.headings[level]
            if current is None or current[0] != marker:
                self.headings[level] = (marker, label)
                self.headings[level + 1 :] = [None] * (len(self.headings) - level - 1)

    def row(self, line: Line, cells: list[Cell]) -> None:
        got, heads, shifted = self.place(cells)
        self.update_headings(heads)
        last = self.rows[-1] if self.rows else None
        task = got.get("task")
        units = [got.get("lead"), got.get("leaders"), got.get("divisions")]
        if task is None:
            if last is not None and "progress" in got and not any(units):
                last.progress.append(got["progress"])
                last.lines.append(line)
            elif got:
                self.unattributed.append(Unattributed(doc=self.doc, reason="table row without task text",
                                                      span=line.span(), quote=line.text))
            return
        if self.page_break and last is not None and not any(units) and ends_open(last.task[-1].raw):
            last.task.append(task)
            last.lines.append(line)
            last.notes.append("row cut by a page break; joined with its continuation")
            if "progress" in got:
                last.progress.append(got["progress"])
            self.page_break = False
            return
        h1 = self.headings[0][0] if self.headings and self.headings[0] else None
        new = _Row([line], self.section(), h1, [task], got.get("lead"), got.get("leaders"), got.get("divisions"))
        if "progress" in got:
            new.progress.append(got["progress"])
        if shifted:
            new.notes.append("cells shifted out of their columns; placed by content")
        self.rows.append(new)
        self.page_break = False

    def section(self) -> list[str]:
        return [self.title] + [h[1] for h in self.headings if h]


def header(cells: list[Cell]) -> dict[str, int]:
    """The fields of a progress table's header row, read by the table engine (:func:`polkg.loaders.tables.pdf_fields`):
    the (first) task column, the lead column, the leaders column, the column of the department's own divisions
    (责任部门 names the divisions that report, in a department's report on its tasks) and 推进情况; ``{}`` when
    fewer than two are found or a cell is longer than a header's."""
    if any(len(c.flat) > MAX_HEADER_CELL for c in cells):
        return {}
    got = pdf_fields(cells)
    pairs = [("task", got.get("name", got.get("measure"))), ("lead", got.get("lead")), ("leaders", got.get("leader")),
             ("divisions", got.get("division", got.get("responsible"))), ("progress", got.get("progress"))]
    found = {f: i for f, i in pairs if i is not None}
    return found if len(found) >= MIN_HEADER_FIELDS else {}


def table_title(before: list[Line]) -> str:
    """The table's own title: the last text line before the first header (e.g. ``…推进情况调度表``)."""
    for line in reversed(before):
        if len(compact(line.text)) >= 8:
            return tidy(line.text)
    return ""  # no title line: the caller falls back to the file stem


def report_period(text: str) -> str:
    """The period the report covers: ``2017年第二季度`` → ``2017-Q2``; 上半年 → ``-H1``; else the year."""
    if m := QUARTER.search(text):
        return f"{m.group(1)}-Q{CN_DIGIT.get(m.group(2), m.group(2))}"
    if m := HALF.search(text):
        return f"{m.group(1)}-H{1 if m.group(2) == '上' else 2}"
    m = YEAR.search(text)
    return str(m.group(1)) if m else "unknown"


# ---------------------------------------------------------------- progress statements


def progress_statements(parts: list[Cell], period: str) -> list[Progress]:
    """The statements of a 推进情况 cell (and its continuation), each ending in its reporter's ``(水处)``."""
    if not parts:
        return []
    joined = ""
    origin: list[int] = []  # origin[i]: source offset of joined[i]
    for cell in parts:
        if joined:
            joined += "\n"
            origin.append(origin[-1] + 1)
        joined += cell.raw
        origin.extend(range(cell.start, cell.end))
    out: list[Progress] = []
    begin = 0
    for m in REPORTER_TAG.finditer(joined):
        if not _is_reporter_tag(joined, m):
            continue
        out.extend(_statement(joined, origin, begin, m.start(), m.end(), compact(m.group(1)), period))
        begin = m.end()
    out.extend(_statement(joined, origin, begin, len(joined), len(joined), None, period))
    return out


def _is_reporter_tag(s: str, m: re.Match[str]) -> bool:
    """A bracket naming a division that closes a statement: after 。/； or at the end of the cell."""
    name = compact(m.group(1))
    if not name.endswith(pdf_vocab().division_suffixes):
        return False
    before = s[: m.start()].rstrip()
    after = s[m.end() :]
    return not before or before[-1] in "。；;.!！" or not after.strip() or after[:1].isspace()


def _statement(s: str, origin: list[int], a: int, b: int, end: int, reporter: str | None,
               period: str) -> list[Progress]:
    body = tidy(MARKUP.sub("", s[a:b]))
    if len(compact(body)) < 2:
        return []
    while a < b and s[a].isspace():
        a += 1
    return [Progress(text=body, period=period, reporter=reporter, span=Span(start=origin[a], end=origin[end - 1] + 1))]


# ---------------------------------------------------------------- tasks


def build_tasks(text: str, rows: list[_Row], doc: str, period: str) -> list[Task]:
    tasks: list[Task] = []
    previous: tuple[str | None, list[UnitMention]] = (None, [])
    for row in rows:
        divisions = division_cell(row.divisions.raw) if row.divisions else []
        units = row_units(text, {"lead": row.lead} if row.lead else {})
        status = "named" if units else "unknown"
        notes = list(row.notes)
        units, merged = merged_units(units, previous[1], previous[0] == row.h1)
        if merged:
            notes.append(merged)
        previous = (row.h1, units)
        first = row.task[0]
        tasks.append(Task(
            doc=doc, plan=0, text=tidy(" ".join(c.raw for c in row.task)), section=row.section,
            span=first.span(),  # a continuation after a page break is elsewhere: the quote holds both
            quote="\n".join(line.text for line in row.lines),
            units=units, unit_status=status,
            leaders=leader_cell(row.leaders.raw) if row.leaders else [],
            divisions=divisions, progress=by_sole_division(progress_statements(row.progress, period), divisions),
            notes=notes,
        ))
    return tasks


def by_sole_division(statements: list[Progress], divisions: list[str]) -> list[Progress]:
    """A statement without its own ``(水处)`` tag was reported by the row's 责任部门 when the row names only one
    division: the report is the division's answer for its row (002: 省安全监管局 … 大气处 | 配合推进燃煤锅炉淘汰工作…).
    With several divisions the reporter stays unknown rather than guessed."""
    if len(divisions) != 1:
        return statements
    return [p if p.reporter else p.model_copy(update={"reporter": divisions[0]}) for p in statements]


class ProgressTableLoader:
    name = "progress_table"
    ceiling = 0.95  # the most score() gives

    def score(self, text: str) -> float:
        """High when a tab-separated header names a leaders and a progress column (牵头厅领导 / 推进情况)."""
        if "\t" not in text:  # no table row at all
            return 0.0
        best = 0.0
        for line in lines(text):
            if "\t" not in line.text:
                continue
            found = header(split_row(line))
            if "progress" in found and "leaders" in found:
                return self.ceiling
            if "progress" in found and "task" in found and ("lead" in found or "divisions" in found):
                best = 0.75
        return best

    def load(self, text: str, doc: str) -> Extraction:
        for kept in (is_prose, is_units, is_divisions, is_people):
            kept.cache_clear()  # one file's cells at a time: no file is read faster for the one before it
        reader = _Reader(text, doc)
        reader.read()
        title = reader.title or doc
        period = report_period(title) if reader.title else report_period(text)
        whole = Document(doc=doc, plan=0, title=title, span=Span(start=0, end=len(text)))
        tasks = build_tasks(text, reader.rows, doc, period)
        return Extraction(doc=doc, file=doc, format=self.name, documents=[whole], tasks=tasks,
                          unattributed=reader.unattributed)


LOADER = ProgressTableLoader()
