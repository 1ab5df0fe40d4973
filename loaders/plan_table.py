"""Plan tables: 序号 / 重点工作任务 / 具体工作措施 / 完成时限 / 牵头部门 / 主体责任单位 / 协办单位.

A 作战计划 or 工作计划 often is one table flattened from PDF into tab-separated lines: a cover letter, the
plan title, then the table, its header repeated on every page with varying words (主体责任 / 主要责任单位 /
责任单位 ...). Each row with a measure is one task: the 具体工作措施 cell is its text, 完成时限 its deadline,
牵头部门 its leads, 主体/主要责任单位 its responsible units and 协办单位 its assisting units. What PDF
extraction does to such a table, and how it is undone here:

- several units in one cell separated by spaces, while a single name may itself be spaced out
  (``省大气 水 土壤污染防治…成员单位``): a token closes a unit only when it ends like a unit name, and a
  parenthesised alias attaches to the unit before it (:func:`split_units`);
- continuation rows without 序号 that carry their own measure and units are separate tasks; a row that only
  finishes the previous measure after a page break (no units, no deadline) is joined to it;
- a section heading (``一、…``) may sit in any of the first cells, or open the measure cell: it goes to the
  section path, not the task text;
- cells shift: a deadline and a lead written in one cell (``长期实施 住房城乡建设厅``) push the later cells one
  column right; a deadline-like value in a unit column is the deadline; a measure in the task-name column
  is the measure (:func:`assign`);
- ``<p>`` tags are dropped from the text, other markup (``PM _{2.5}``) is kept as written.

Task.section is the plan title and the heading rows. The cover letter before the table belongs to the one
plan, whose title is the line above the first header.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from polkg import data
from polkg.graph.model import Document, Extraction, Role, Span, Task, Unattributed, UnitMention
from polkg.loaders import tables
from polkg.loaders.table import Cell, ends_open, split_row, tidy
from polkg.loaders.text import HEADING_PATTERNS, Line, balance, compact, ends_like, joined_group, lines

ROLES: dict[str, Role] = {"lead": "lead", "responsible": "responsible", "assist": "assist"}
#: fields that come after the measure, in the order a well-formed row has them
TAIL_FIELDS = ("deadline", "lead", "responsible", "assist")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*\s*/?>")
_TOP_HEADING = HEADING_PATTERNS[0]  # 一、 …: the section rows of a plan table
_SUB_HEADING = HEADING_PATTERNS[1]  # （一） …: a sub-section row
_SENTENCE_PUNCT = "。，；;"
_LIST_SEPARATORS = "、，,;；/"


@dataclass(frozen=True)
class Vocab:
    """The words in ``data/plan_table.toml``."""

    deadline: re.Pattern[str]
    suffixes: tuple[str, ...]


@cache
def vocab() -> Vocab:
    raw = data.read("plan_table.toml")
    deadline = re.compile("(?:" + "|".join(raw["deadline"]["patterns"]) + ")")
    return Vocab(deadline, tuple(raw["units"]["suffixes"]))


EMPTY = Cell(0, 0, "")


def clean(s: str) -> str:
    """Readable task text: tags such as ``<p>`` dropped, layout whitespace removed, markup kept."""
    return tidy(_TAG.sub(" ", s))


def header(cells: list[Cell]) -> dict[str, int]:
    """Which column holds which field when ``cells`` are a header row, else ``{}``.

    The longest header word found in a cell decides its field. A header has a deadline column, a lead
    column and a measure (or task) column; without a separate measure column the task column is it.
    """
    found = _fields(cells)
    if "measure" not in found and "name" in found:
        found["measure"] = found.pop("name")
    if not {"deadline", "lead", "measure"} <= found.keys():
        return {}
    return found


def _fields(cells: list[Cell]) -> dict[str, int]:
    """The plan-table fields of a row's cells, read by the table engine's header vocabulary
    (:func:`polkg.loaders.tables.column_kind`): 序号, the task columns (the first the task's name, the last its
    measure), 完成时限 and the role columns; the first column of each field counts."""
    found: dict[str, int] = {}
    tasks: list[int] = []
    for i, cell in enumerate(cells):
        col = tables.column_kind(cell.flat) if cell.flat else None
        if col is None:
            continue
        name = col.role if col.kind == "role" else col.kind
        if col.kind == "task":
            tasks.append(i)
        elif name in ("number", "deadline", "lead", "responsible", "assist") and name not in found:
            found[name] = i
    if tasks:
        found["measure"] = tasks[-1]
        if len(tasks) > 1:
            found["name"] = tasks[0]
    return found


def is_deadline(s: str) -> bool:
    """Whether ``s`` (whitespace removed) is wholly a 完成时限 value: 年底前, 6月底前, 长期实施, 按…要求."""
    return bool(s) and vocab().deadline.fullmatch(compact(s)) is not None


def deadline_prefix(cell: Cell) -> tuple[Cell, Cell] | None:
    """``(deadline, rest)`` when a cell starts with a deadline followed by units (``长期实施 住房城乡建设厅``)."""
    words = [m for m in re.finditer(r"\S+", cell.raw)]
    for k in range(len(words) - 1, 0, -1):
        head = cell.raw[words[0].start() : words[k - 1].end()]
        if is_deadline(head):
            return cell.sub(words[0].start(), words[k - 1].end()), cell.sub(words[k].start())
    return None


def is_unit_name(name: str) -> bool:
    """Whether a (whitespace-free) name ends like a unit, ignoring a trailing parenthesised alias."""
    return ends_like(name, vocab().suffixes)


def split_units(cell: Cell) -> list[Cell]:
    """The units named in a cell, each as a sub-cell with its offsets.

    List punctuation always separates. Whitespace separates only between complete unit names: a token
    that ends in a unit suffix closes a unit, a token that does not is a spaced-out fragment and joins
    the next (``省大气 水 土壤污染防治…成员单位`` is one unit). A parenthesised token attaches to the unit
    before it (``省发展改革委 (省能源局) 省安全监管局`` is two units).
    """
    out: list[Cell] = []
    for piece in _top_level(cell):
        current: Cell | None = None
        depth = 0
        for m in re.finditer(r"\S+", piece.raw):
            token = piece.sub(m.start(), m.end())
            attach = depth > 0 or token.raw[0] in "（("
            depth = max(0, depth + balance(token.raw))
            if attach and current is None and out and out[-1].end <= piece.start + m.start():
                current = out.pop()
            if current is None:
                current = token
            else:
                current = Cell(current.start, token.end, piece.raw[current.start - piece.start : m.end()])
            if depth == 0 and is_unit_name(current.flat):
                out.append(current)
                current = None
        if current is not None:
            out.append(current)
    return out


def _top_level(cell: Cell) -> Iterator[Cell]:
    """The parts of a cell between list separators that are not inside brackets."""
    depth = begin = 0
    for i, ch in enumerate(cell.raw):
        if ch in "（(〔[【《":
            depth += 1
        elif ch in "）)〕]】》":
            depth = max(0, depth - 1)
        elif ch == "、" and joined_group(cell.raw[begin:i], cell.raw[i + 1 :]):
            continue
        elif ch in _LIST_SEPARATORS and depth == 0:
            if cell.raw[begin:i].strip():
                yield cell.sub(begin, i)
            begin = i + 1
    if cell.raw[begin:].strip():
        yield cell.sub(begin)


def split_heading(cell: Cell) -> tuple[str | None, Cell]:
    """A section heading (``三、…``) at the start of a cell, and what follows it in the cell.

    A heading that fills the cell leaves nothing; one followed by a space and a sentence (a measure that
    PDF extraction glued to the heading row) leaves that sentence.
    """
    raw = cell.raw.strip()
    if not _TOP_HEADING.match(raw):
        return None, cell
    lead = len(cell.raw) - len(cell.raw.lstrip())
    m = re.search(r"\s+", raw)
    if m:
        rest = raw[m.end() :]
        if len(rest) >= 12 or any(p in rest for p in _SENTENCE_PUNCT):
            return compact(raw[: m.start()]), cell.sub(lead + m.end())
    return compact(raw), EMPTY


def sub_heading(cells: list[Cell]) -> str | None:
    """A second-level heading (``（一）…``) when it is the only thing on its row."""
    filled = [c for c in cells if not c.empty]
    if len(filled) == 1 and _SUB_HEADING.match(filled[0].raw.strip()) and len(filled[0].flat) <= 40:
        return filled[0].flat
    return None


def sentence_like(s: str) -> bool:
    """A measure rather than a task name: a sentence with punctuation."""
    return any(p in s for p in _SENTENCE_PUNCT)


@dataclass
class Row:
    """One table row read into fields."""

    number: str = ""
    name: Cell = EMPTY
    measure: Cell = EMPTY
    fields: dict[str, Cell] = field(default_factory=dict)  # deadline, lead, responsible, assist
    notes: list[str] = field(default_factory=list)


def assign(tail: list[Cell], order: list[str]) -> tuple[dict[str, Cell], list[str]]:
    """Put the cells after the measure into the fields ``order`` names (deadline, lead, ...), by content.

    Positionally first; then a deadline cell that also holds units (``长期实施 住房城乡建设厅``) is split in
    two and the later cells move one column right (the row was squeezed left), unless the lead cell next
    to it is empty; a unit name where the deadline should be moves right when the row has room (the
    deadline cell was left out); a deadline-like value in a unit column is the deadline when that is empty.
    """
    notes: list[str] = []
    items: list[Cell] = []
    i = 0
    while i < len(tail):
        cell = tail[i]
        here = order[len(items)] if len(items) < len(order) else None
        split = deadline_prefix(cell) if here == "deadline" and not is_deadline(cell.raw) else None
        if split is not None:
            items.extend(split)
            notes.append("deadline and lead in one cell")
            i += 2 if i + 1 < len(tail) and tail[i + 1].empty else 1
            continue
        items.append(cell)
        i += 1
    if "deadline" in order:
        k = order.index("deadline")
        at = items[k] if k < len(items) else EMPTY
        room = len(items) < len(order) or items[-1].empty
        if not at.empty and not is_deadline(at.raw) and is_unit_name(at.flat) and room:
            items.insert(k, EMPTY)
            notes.append("deadline cell missing: units moved right")
    out = {f: c for f, c in zip(order, items, strict=False) if not c.empty}
    extra = [c.flat for c in items[len(order) :] if not c.empty]
    if extra:
        notes.append("cells beyond the last column ignored: " + " | ".join(extra))
    if "deadline" in order and "deadline" not in out:
        for f in order:
            if f != "deadline" and f in out and is_deadline(out[f].raw):
                out["deadline"] = out.pop(f)
                notes.append(f"deadline found in the {f} column")
                break
    return out, notes


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
            units=mentions(fields),
            unit_status="named" if any(f in ROLES for f in fields) else "unknown",
            deadline=fields["deadline"].flat if "deadline" in fields else None,
            notes=list(notes),
        )

    def extend(self, body: Cell, fields: dict[str, Cell], notes: list[str]) -> None:
        """Join a continuation row to the last task: its text, span and (if it had none) its fields."""
        last = self.tasks[-1]
        last.text = last.text + clean(body.raw)
        last.span = Span(start=last.span.start, end=body.span().end)
        last.notes = [*last.notes, "measure continued after a page break", *notes]
        if fields:
            last.units = mentions(fields)
            last.unit_status = "named" if any(f in ROLES for f in fields) else "unknown"
            last.deadline = fields["deadline"].flat if "deadline" in fields else last.deadline
            self.has_fields[len(self.tasks) - 1] = True
        last.quote = self.text[last.span.start : _end(last.span, fields)]


def _end(span: Span, fields: dict[str, Cell]) -> int:
    return max([span.end, *(c.span().end for c in fields.values())])


def mentions(fields: dict[str, Cell]) -> list[UnitMention]:
    """The units of a row's lead, responsible and assist cells, in that order, ranked."""
    out: list[UnitMention] = []
    for f, role in ROLES.items():
        if f not in fields:
            continue
        for unit in split_units(fields[f]):
            out.append(UnitMention(mention=unit.flat, role=role, rank=len(out) + 1, span=unit.span()))
    return out


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
        headers = sum(1 for line in all_lines if "\t" in line.text and header(split_row(line)))
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
