"""The table engine: rows of a task table, in any flattening, as records for the obligation reader.

A table reaches polkg as text in one of several flattenings: tab-separated lines (what the document
converters in front of the pipeline produce: one row per line, a header row, merged cells filled down),
markdown pipes (``| 序号 | 工作任务 | 牵头单位 |``, with its ``|---|`` rule), box-drawing characters
(``│``), or columns separated only by spaces (``1 新增城镇就业1万人 人力资源社会保障局``). Whatever the
flattening, a header row says what each column holds (:func:`column_kind`: 序号, the task text, a role —
牵头单位 / 责任单位 / 配合单位 / 参与单位 / 协同责任单位 —, a leader — 责任领导 / 牵头负责领导 —, a deadline —
完成时限 / 时间节点 —), in any order; every later row is one record: its task text, its units by role,
leaders and deadline. Rows whose only text is a heading (``一、…``) are section rows.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise
from typing import NamedTuple

from polkg import data
from polkg.graph.model import Role, Span, UnitMention
from polkg.loaders import marks, styles
from polkg.loaders.styles import Found, Para
from polkg.loaders.table import Cell as TableCell
from polkg.loaders.table import Piece, Scorer, align, split_list, split_people, tidy
from polkg.loaders.text import (
    HEADING_PATTERNS,
    balance,
    compact,
    ends_like,
    heading_level,
    item_marker,
    rejoin,
    trimmed_span,
)
from polkg.nlp import deadlines

#: characters that separate cells, by flattening
SEPARATORS = ("\t", "|", "│", "┃", "║")
#: a rule line of a drawn or markdown table
_RULE = re.compile(r"^[\s|│┃║:：\-—─━═┼╋╬├┤┌┐└┘┬┴+=]*$")
_TOKEN = re.compile(r"\S+")
#: a section row or page number inside a table is at most this long
MAX_SECTION_ROW = 40
#: a narrow cell broken over lines is rejoined up to this many characters; its last line may be this long
MAX_FRAGMENTS = 12
MAX_LAST_FRAGMENT = 4
#: a header cell on a line of its own is at most this long
MAX_CELL_HEADER = 8
#: a header cell on a line of its own closed by its ``|`` is at most this long
MAX_HEADER_CELL = 12
#: a division's name in a 责任处室 cell is at most this long (规划信息处, 医政医管处)
MAX_DIVISION = 8
#: a line holding only a unit list is at most this long
MAX_UNIT_LINE = 120
#: a space-separated header is short and holds no sentence punctuation
MAX_HEADER = 80
#: a header cell at most this long (a label, not text) may be the implied task column of a header row
MAX_IMPLIED_HEADER = 10
#: a 完成时限 cell at most this long is a deadline as written; a longer one is a schedule of steps
MAX_DEADLINE_CELL = 16
#: a task cell at most this long without punctuation names a field or an object, not a whole duty
MAX_NAME_TASK = 12
#: a task cell at most this long that holds no duty word names objects (学校、医院、商场、车站、)
MAX_OBJECT_TASK = 24


@dataclass(frozen=True)
class Column:
    """What a column holds: ``number``, ``task``, ``deadline``, ``leader``, ``role`` (with its role)."""

    kind: str
    role: Role | None = None
    people: bool = False  # 牵头单位及主要负责人: the cells hold units and the people answering for them
    name: bool = False  # 项目名称: a task column naming the row's project, part of its text beside 建设内容


@cache
def _words() -> dict[str, tuple[str, ...]]:
    raw = data.read("styles.toml")
    return {
        "number": tuple(raw["table"]["number"]),
        "task": tuple(raw["table"]["task"]),
        "deadline": tuple(raw["table"]["deadline"]) + tuple(raw["fields"]["deadline"]),
        "leader": tuple(raw["fields"]["leader"]),
        "other": tuple(raw["fields"]["other"]),
        "objects": tuple(raw["table"]["objects"]),
        "progress": tuple(raw["table"]["progress"]),
        "record": tuple(raw["table"]["record"]),
    }


#: a header made only of the names of government levels (县（市）、区, 县（市、区）, 乡镇（街道）)
_LEVELS = re.compile(r"(?=.*[、（(])(?:省|市|州|盟|县|区|旗|乡|镇|街道|乡镇|[（()）、])+")


@lru_cache(maxsize=1 << 14)
def column_kind(header: str) -> Column | None:
    """The meaning of a header cell; leaders and roles win over task words (``责任单位`` is not a task).
    Kept per cell text: every row of a table is asked whether it is a header, by detection and by the reader."""
    h = compact(header)
    w = _words()
    if not h:
        return None
    if h in w["number"]:
        return Column("number")
    if h in _divisions().columns or h.endswith(("处室", "科室", "股室")):  # 责任处室: internal divisions, not units
        return Column("division")
    if h in w["objects"]:
        return Column("object")  # 督查单位 in a 督查组分组表: what is inspected, nobody's role
    if any(x in h for x in w["other"]):
        return None
    both = re.match(r"^(?P<unit>.+?(?:单位|部门|主体))(?:及|和|与|、)(?:其)?(?:主要)?(?:负责人|责任人|领导)$", h)
    if both:  # 牵头单位及主要负责人: a unit column whose cells also name people
        unit = column_kind(both.group("unit"))
        if unit is not None and unit.kind == "role":
            return Column("role", unit.role, people=True)
    if re.search(r"[：:].", h):
        return None  # 责任领导：张三: a label with its value, not a column's name
    if _LEVELS.fullmatch(h):  # 县（市）、区, 乡镇（街道）: a column of the governments each row is given to
        return Column("role", "responsible")
    if h.startswith("各") or any(x in h for x in ("有关", "相关", "、", "等")):
        return None  # 县有关部门和单位, 各乡镇: a group of units (a cell's value), not a column's name
    role_word = re.search("牵头|配合|协办|参与|协助|负责|责任", h)
    names_column = role_word is not None and h[role_word.end() :].endswith(("单位", "部门", "主体", "领导"))
    if role_word is not None and role_word.start() >= 2 and not names_column and marks.is_unit(h[: role_word.start()]):
        return None  # 县自然资源局牵头: a unit with its role (a cell's value); 督查组牵头单位 still names a column
    if any(x in h for x in w["leader"]) or h.endswith(("领导", "责任人", "负责人")):
        return Column("leader")
    if h.endswith(("任务", "措施", "内容", "事项")):  # 责任任务 is a task, not a role
        return Column("task")
    if "牵头" in h:
        return Column("role", "lead")
    if any(x in h for x in ("配合", "协办", "参与", "协助", "协作")) or h in ("协同单位", "协同部门"):
        return Column("role", "assist")
    if "责任" in h or h.endswith(("单位", "部门", "主体")):  # 实施主体: who carries it out
        return Column("role", "responsible")
    if any(x in h for x in w["deadline"]):
        return Column("deadline")
    if any(x in h for x in w["task"]):
        return Column("task", name=h.endswith("名称") or h in w["record"])
    return None


def implied_task(kinds: list[Column | None], cells: list[str]) -> list[Column | None]:
    """A header row of short labels with a unit column but no task word (``行业 | 时间安排 | 责任单位``): its
    one unnamed column holds what is to be done, as the task column of any plan's table does (with several
    unnamed columns, which one is the task is a guess: none is taken; a 备注 column is a remark, never the task)."""
    short = all(0 < len(c) <= MAX_IMPLIED_HEADER and not any(p in c for p in "，。；：,;:") for c in cells)
    has_role = any(k is not None and k.kind == "role" for k in kinds)
    unnamed = [i for i, k in enumerate(kinds) if k is None and not any(x in cells[i] for x in _words()["other"])]
    if short and has_role and len(unnamed) > 1 and not any(k is not None and k.kind == "task" for k in kinds):
        named = [i for i in unnamed if cells[i] in _PROJECT]  # (several unnamed: the project's column names the row)
        if len(named) == 1:
            return [*kinds[: named[0]], Column("task", name=True), *kinds[named[0] + 1 :]]
    if not short or not has_role or any(k is not None and k.kind == "task" for k in kinds) or len(unnamed) != 1:
        return kinds
    at = unnamed[0]
    return [*kinds[:at], Column("task"), *kinds[at + 1 :]]


#: an unnamed header cell that names each row's project (项目 | 目标 | 分解情况 | 责任单位), as 项目名称 does
_PROJECT = ("项目",)


def is_header(kinds: list[Column | None]) -> bool:
    """A role, leader or 责任处室 column (a department's own table names its divisions) and a task column."""
    has_role = any(k is not None and k.kind in ("role", "leader", "division") for k in kinds)
    return has_role and any(k is not None and k.kind == "task" for k in kinds)


@dataclass
class Table:
    """The header of the table being read, and the row before (to tell filled-down cells)."""

    sep: str | None  # None: columns separated by spaces
    kinds: list[Column | None]
    prev: list[str] = field(default_factory=list)
    #: the units of each role column of the last record, for a row whose cell there is merged with it
    above: dict[int, list[Found]] = field(default_factory=dict)
    #: the people of each leader column of the last record, likewise (an empty 责任领导 cell under a merged one)
    above_people: dict[int, list[str]] = field(default_factory=dict)
    bottom: str = ""  # the second line of a header broken over two lines (read with the first)
    ruled: bool = True  # whether a rule line (├──┼──┤) stands since the last record: a box's rows are parted by one


@dataclass
class Row:
    """One row: a header, a section heading, or a record."""

    header: Table | None = None
    heading: tuple[int, str] | None = None
    more: Span | None = None  # the rest of the row above's task cell, wrapped onto a row of its own
    text: Span | None = None
    body: str = ""
    found: list[Found] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)
    divisions: list[str] = field(default_factory=list)
    deadline: str | None = None
    section: list[str] = field(default_factory=list)
    end: int = 0


Cell = tuple[int, int]  # absolute offsets


def split_cells(text: str, para: Para, sep: str) -> list[Cell]:
    """Absolute ``(start, end)`` of each cell of a separated row (outer pipes of ``| a | b |`` dropped)."""
    start = para.start
    line = text.rfind("\n", 0, start) + 1
    if sep == "\t" and not text[line:start].strip(" \t"):
        start = line  # leading empty cells (a row under merged cells) keep their columns
    s = text[start : para.end]
    out: list[Cell] = []
    pos = 0
    for piece in s.split(sep):
        out.append((start + pos, start + pos + len(piece)))
        pos += len(piece) + 1
    if sep != "\t" and out and not s[: out[0][1] - start].strip():
        out = out[1:]
    if sep != "\t" and out and not text[out[-1][0] : out[-1][1]].strip():
        out = out[:-1]
    return out


def separator_of(s: str) -> str | None:
    for sep in SEPARATORS:
        if s.count(sep) >= 1 and len([c for c in s.split(sep) if c.strip()]) >= 2:
            return sep
    return None


def row_of(text: str, para: Para, table: Table | None, upcoming: str = "") -> Row | None:
    """The paragraph as a table row (header, heading or record), or None when it is not one; ``upcoming`` (the
    next line) may hold the rest of a header whose cells broke over two lines."""
    s = text[para.start : para.end]
    if _RULE.match(s) and any(c in s for c in "|│┃║─━═-"):
        if table is not None:
            table.ruled = True
        return Row() if table is not None or "|" in s or "│" in s else None
    sep = separator_of(s)
    if sep is None and table is not None and table.sep is not None and s.count(table.sep) >= 2:
        sep = table.sep  # a row with one cell filled (a wrapped cell's rest, a section title)
    if sep is None and table is not None and table.sep == "|" and _closed_cell(s):
        sep = table.sep  # 新建公厕10座 / |: a row of one cell, the others merged with the row above
    if sep is not None:
        cells = split_cells(text, para, sep)
        kinds = [column_kind(text[a:b]) for a, b in cells]
        if table is None:
            kinds = implied_task(kinds, [compact(text[a:b]) for a, b in cells])
        broken = two_line_header(s, upcoming, sep) if table is None else None
        if broken is not None:
            return Row(header=Table(sep, broken, bottom=upcoming.strip()))
        if is_header(kinds):
            return Row(header=Table(sep, kinds))
        if table is not None and table.bottom and s.strip() == table.bottom:
            table.bottom = ""
            return Row()  # the header's second line, already read
        if table is not None and table.sep == sep and sub_header(kinds, cells, text):
            # 责任单位 over 牵头单位 | 配合单位: the second header row names the columns under a merged cell
            merged = [k if k is not None else (table.kinds[i] if i < len(table.kinds) else None)
                      for i, k in enumerate(kinds)]
            return Row(header=Table(sep, merged + table.kinds[len(merged) :]))
        if table is None or table.sep is None:
            return None
        return record(text, cells, table, para.end)
    if table is None:
        kinds_line = space_header(s)
        return Row(header=Table(None, kinds_line)) if kinds_line else None
    if table.sep is None:
        return space_row(text, para, table)
    return None


def two_line_header(s: str, nxt: str, sep: str) -> list[Column | None] | None:
    """A header drawn in a box whose cells broke over two lines (``│县（市）、区│目标任务水│项 目 │`` over
    ``│ │ 窖（个） │责任人│``): the columns of the cells joined one by one, when both lines have as many cells
    and the joined cells make a header."""
    if sep == "\t" or not nxt.strip().startswith(sep) or not s.strip().startswith(sep):
        return None
    top, bottom = s.strip().strip(sep).split(sep), nxt.strip().strip(sep).split(sep)
    if len(top) != len(bottom) or len(top) < 2 or not any(c.strip() for c in top) or all(c.strip() for c in bottom):
        return None  # (a second line with every cell filled is the first row, not the header's rest)
    if any(len(compact(cell)) > MAX_CELL_HEADER for cell in bottom):
        return None  # a row's cells, not the rest of header words
    kinds = [column_kind(compact(a) + compact(b)) for a, b in zip(top, bottom, strict=True)]
    return kinds if is_header(kinds) else None


def _closed_cell(s: str) -> bool:
    """One cell on its line(s) and then the row's closing ``|`` on a line of its own."""
    head, _, tail = s.rstrip().rpartition("\n")
    return bool(head.strip()) and "|" not in head and bool(tail.strip()) and not tail.strip("| ")


def continues(s: str) -> bool:
    """Whether a line that is not a row still sits inside a table: a section heading (``一、…``) or a
    page number (``—5—``) between rows; prose ends the table."""
    flat = compact(s)
    return len(flat) <= MAX_SECTION_ROW and not any(c in flat for c in "。；")


# ---------------------------------------------------------------- records


def record(text: str, cells: list[Cell], table: Table, end: int) -> Row:
    ruled, table.ruled = table.ruled, False
    if not ruled and table.sep in BOX and table.prev and len(cells) == len(table.kinds):
        more = box_more(text, cells, table)
        if more is not None:
            return more
    source, table = table, widened(merged_lead(text, cells, table), len(cells))
    short = len(cells) < len(table.kinds) and table.sep == "|"  # cells merged with the row above left out
    cells, written = placed(text, cells, table.kinds)
    values = [compact(text[a:b]) for a, b in cells]
    filled = [i for i, v in enumerate(values) if v]
    if not filled:
        return Row()
    wrapped = None if short and len(filled) == 1 else wrapped_cell(table, values, filled)
    if wrapped is not None:
        source.prev[wrapped] = table.prev[wrapped] = table.prev[wrapped] + values[wrapped]
        return Row(more=trimmed_span(text, *cells[wrapped]))
    going = going_on(table, values, filled) if len(cells) <= len(table.kinds) else None
    if going is not None:  # |  | 聚焦农产品精深加工。 |  | 区工业和信息化局 |: the row above's cells go on
        source.prev[going] = table.prev[going] = table.prev[going] + values[going]
        end_cell = (cells[-1][1], cells[-1][1])  # (a row's empty cells at its end may be left out)
        more = box_more(text, cells + [end_cell] * (len(table.kinds) - len(cells)), table)
        if more is not None:
            return more
    if len(filled) == 1 or all(table.kinds[i] is None or table.kinds[i].kind != "task"  # type: ignore[union-attr]
                                for i in filled if i < len(table.kinds)):
        only = values[filled[0]]
        marker = item_marker(only)
        merged = short and marker is None and _is_task(table, filled[0]) and marks.obligation_like(only)
        if len(filled) == 1 and not merged and (marker is not None or len(only) <= 30):
            return Row(heading=(marker[0] if marker else 0, styles.heading_title(only)))
    row = Row(end=end)
    texts: list[Cell] = []
    other: list[str] = []  # cells that are neither roles nor the task (实施计划, 进度安排): deadlines live there too
    for i, (a, b) in enumerate(cells):
        col = table.kinds[i] if i < len(table.kinds) else None
        if col is None and values[i]:
            other.append(text[a:b])
        if col is None or not values[i]:
            continue
        if col.kind == "role" and col.role is not None and col.people:
            people = [p.name for p in split_people(text[a:b]) if marks.people(p.name)]
            row.leaders.extend(people)
            row.found.extend(f for f in styles.unit_list(text[a:b], a, col.role) if f.mention not in people)
        elif col.kind == "role" and col.role is not None:
            found = cell_units(text, a, b, col.role)
            row.found.extend(found)
            source.above[i + len(source.kinds) - len(table.kinds)] = found
        elif col.kind == "leader":
            people = leader_cell(text[a:b])
            row.leaders.extend(people)
            source.above_people[i + len(source.kinds) - len(table.kinds)] = people
        elif col.kind == "division":
            row.divisions.extend(division_names(text[a:b]))
        elif col.kind == "deadline":
            row.deadline = deadline_of_cell(values[i])
        elif col.kind == "task":
            texts.append((a, b))
    source.prev = table.prev = values
    if short:  # a role column with no cell in a short row: its cell is merged with the row above's
        row.found.extend(f for i, k in enumerate(table.kinds) if k is not None and k.kind == "role" and i not in written
                         for f in source.above.get(i + len(source.kinds) - len(table.kinds), []))
        shift = len(source.kinds) - len(table.kinds)
        row.leaders.extend(p for i, k in enumerate(table.kinds) if k is not None and k.kind == "leader"
                           and i not in written for p in source.above_people.get(i + shift, []))
    # the last task column is the task; earlier ones (重点任务 before 具体措施) are its section
    # (a 项目名称 before 建设内容 names the row's own project: the row's text starts there)
    named = [c for c in texts[:-1] if _column_at(table, cells, c).name]
    row.section = [styles.heading_title(text[a:b]) for a, b in texts[:-1] if (a, b) not in named]
    own = texts[-1:]
    if not own:
        return Row()
    last = max(b for (a, b), v in zip(cells, values, strict=True) if v)
    task_cell = values[cells.index(own[0])]
    # (a longer cell naming only objects, no duty, as well: 学校、医院、商场、车站、)
    objects = len(task_cell) <= MAX_OBJECT_TASK and not marks.obligation_like(task_cell)
    # (a document's title, 《某市某条例》 | 立法预备: the thing the row's other cells say to do)
    objects = objects or re.fullmatch(r"《[^《》]+》", task_cell) is not None
    named_only = len(task_cell) <= MAX_NAME_TASK or objects
    short = named_only and not re.search("[，。；,;]", task_cell)
    # a task cell that only names a field (危险化学品 | 3月份 | 应急站): the row as a whole says what is to be done
    first = named[0][0] if named else own[0][0]
    if short:  # 某县 │ 2200 │张三: the row from its first cell (its 序号 set aside)
        numbers = {i for i, k in enumerate(table.kinds) if k is not None and k.kind == "number"}
        starts = [a for i, ((a, _), v) in enumerate(zip(cells, values, strict=True)) if v and i not in numbers]
        first = min([first, *starts])
    row.text = trimmed_span(text, first, last if short and last > own[-1][1] else own[-1][1])
    row.body = "".join(text[a:b] for a, b in own)
    if row.deadline is None:  # no 完成时限 column: the latest deadline written anywhere in the row
        row.deadline = deadlines.find_deadline(" ".join([text[a:b] for a, b in own] + other))
    return row


def placed(text: str, cells: list[Cell], kinds: list[Column | None]) -> tuple[list[Cell], set[int]]:
    """The cells of a row with fewer cells than its header, each in the column its content fits (a cell merged
    over two columns, ``主要任务 | 全年目标任务``, shifts the later ones left): the row as written when every
    cell fits where it stands, else the best placement keeping their order (:func:`polkg.loaders.table.align`);
    a column no cell is placed in gets an empty cell. Also the columns a cell was written in (an empty cell
    written as such is nobody's merged cell)."""
    written = set(range(len(cells)))
    if len(cells) >= len(kinds):
        return cells, written
    scorers = [_fit(k) for k in kinds]
    if all(scorers[i](text[a:b]) is not None for i, (a, b) in enumerate(cells) if compact(text[a:b])):
        return cells, written
    found = align([TableCell(a, b, text[a:b]) for a, b in cells], scorers)
    if found is None:
        return cells, written
    end = cells[-1][1]
    return [(found[j].start, found[j].end) if j in found else (end, end) for j in range(len(kinds))], set(found)


def _fit(col: Column | None) -> Scorer:
    """How well a cell's text fits a column of this kind: None when it cannot stand there."""
    kind = col.kind if col is not None else None

    def fit(raw: str) -> float | None:
        v = compact(raw.replace("|", ""))
        if kind == "number":
            return 1.0 if re.fullmatch(r"[\d.．、]{1,4}", v) else None
        if kind == "leader":
            return 1.0 if marks.people(v) else None
        if kind == "role":
            return 1.0 if marks.unit_names(v, 0, "responsible") else None
        if kind == "deadline":
            return 1.0 if deadline_cell(v, column=True) else None
        if kind == "division":
            return 1.0 if _divisions_only(v) else None
        if kind == "task":
            return None if marks.people(v) or marks.unit_names(v, 0, "responsible") or _divisions_only(v) else 1.0
        return 0.2

    return fit


def _divisions_only(v: str) -> bool:
    """A cell naming only internal divisions (疾控处, 宣传处会办公室, 规划信息处(爱卫办))."""
    names = division_names(re.sub(r"[（(][^）)]*[）)]", "", v))
    ends = (*_divisions().endings, "室")
    return bool(names) and len(v) <= MAX_UNIT_LINE and all(len(n) <= MAX_DIVISION and n.endswith(ends) for n in names)


def _is_task(table: Table, i: int) -> bool:
    col = table.kinds[i] if i < len(table.kinds) else None
    return col is not None and col.kind == "task"


def cell_units(text: str, a: int, b: int, role: Role) -> list[Found]:
    """The units of a role cell (``和`` between two units parting them, as in a list); a name broken over lines
    of a few characters (市政 / 府办 / 公厅, 长沙 / 先导 / 区管委会) is one."""
    lines = [line for line in text[a:b].strip().splitlines() if line.strip()]
    if len(lines) > 1 and all(fragment(line) for line in lines[:-1]) and len(lines[-1].strip()) <= MAX_LAST_FRAGMENT:
        span = trimmed_span(text, a, b)
        name = compact(text[span.start : span.end])
        if marks.is_unit(name):
            return [Found(name, role, span.start, span.end)]
    return _spaced_names(text, marks.unit_names(text[a:b], a, role) or styles.unit_list(text[a:b], a, role))


def _spaced_names(text: str, found: list[Found]) -> list[Found]:
    """Two units a cell lists with only a space between them that are one name broken by the space (``住房城乡
    建设厅``: a PDF's spaced-out characters): joined when together, not apart, they are a department's name as
    plans write it (``data/units.toml``: :func:`marks.known_name`)."""
    out: list[Found] = []
    for f in found:
        last = out[-1] if out else None
        if (last is not None and last.role == f.role and not text[last.end : f.start].strip()
                and _one_name(last.mention, f.mention)):
            out[-1] = Found(compact(text[last.start : f.end]), f.role, last.start, f.end)
            continue
        out.append(f)
    return out


def _one_name(a: str, b: str) -> bool:
    return marks.known_name(a + b) and not marks.known_name(a) and not marks.known_name(b)


def row_units(text: str, cells: Mapping[str, TableCell]) -> list[UnitMention]:
    """The units of a PDF table row's role cells (``cells`` by the role :func:`pdf_fields` names their column:
    lead, responsible, assist, in that order), each cell split as any table's unit cell is (:func:`cell_units`)
    and ranked as every mark's units are: the one reading of a unit cell the layout adapters share."""
    found = [f for role in styles.ROLES if role in cells
             for f in cell_units(text, cells[role].start, cells[role].end, role)]
    return styles.mentions(found, by_role=True)


def merged_units(units: list[UnitMention], above: list[UnitMention],
                 same_block: bool) -> tuple[list[UnitMention], str | None]:
    """A PDF table row's units when its unit cell is empty, and the note saying so (``None`` when it is not).

    A row whose unit cell is empty lies under a cell merged with the row above (PDF extraction keeps the merged
    text on its first row only), so it gets the units of the row above — marked ``inherited``, since they are
    not written on this row — but only inside the same block (a heading row ends a merge). The rule lives in
    the table engine, beside its own fill-down of short rows' role cells, so that every PDF layout adapter
    reads a merged unit cell alike."""
    if units:
        return units, None
    got = [u.model_copy(update={"inherited": True}) for u in above] if same_block else []
    return got, "lead cell empty (merged cell)" + ("; lead of the row above added as inherited" if got
                                                   else "; no row above to inherit from")


def _column_at(table: Table, cells: list[Cell], cell: Cell) -> Column:
    i = cells.index(cell)
    col = table.kinds[i] if i < len(table.kinds) else None
    return col if col is not None else Column("task")


def sub_header(kinds: list[Column | None], cells: list[Cell], text: str) -> bool:
    """A second header row: every filled cell names a column and one at least a role (牵头单位 | 配合单位 under a
    责任单位 merged over both)."""
    filled = [k for (a, b), k in zip(cells, kinds, strict=True) if compact(text[a:b])]
    return bool(filled) and all(k is not None for k in filled) and any(
        k is not None and k.kind in ("role", "leader", "division") for k in filled)


#: the column marks of a box-drawn table
BOX = ("│", "┃", "║")


def box_more(text: str, cells: list[Cell], table: Table) -> Row | None:
    """A line of a box-drawn row that broke over lines (no rule above it, its first cell empty): the rest of the
    row above's cells, its task cell's text and its time-limit cell going on, its unit and leader cells adding to
    the row's."""
    values = [compact(text[a:b]) for a, b in cells]
    if values[0] or not any(values):
        return None
    row = Row()
    for (a, b), v, col in zip(cells, values, table.kinds, strict=True):
        if not v or col is None:
            continue
        if col.kind == "task" and row.more is None:
            row.more = trimmed_span(text, a, b)
        elif col.kind == "role" and col.role is not None:
            row.found.extend(cell_units(text, a, b, col.role))
        elif col.kind == "leader":
            row.leaders.extend(leader_cell(text[a:b]))
        elif col.kind == "deadline":  # 2023年12 / 月底前: the time-limit cell goes on
            row.deadline = v
    return row


def wrapped_cell(table: Table, values: list[str], filled: list[int]) -> int | None:
    """The task column, when a row fills only that column, has no number and the row above's task cell stops
    mid-sentence: the cell wrapped onto a row of its own (``|  | 加装电梯50部。 |  |``)."""
    if len(filled) != 1 or filled[0] >= len(table.kinds) or filled[0] >= len(table.prev):
        return None
    col, above = table.kinds[filled[0]], table.prev[filled[0]]
    if col is None or col.kind != "task" or not above or above[-1] in "。；;！？!?）)":
        return None
    return None if item_marker(values[filled[0]]) is not None else filled[0]


def leader_cell(cell: str) -> list[str]:
    """The people of a leader cell: names (``钱 宇``, ``高 洁、钟勤建``), a rank written with a name set aside
    (``洛桑丹增（副县长）``, ``副厅长 李华强``), or posts as written (``分管副县长``)."""
    return [p for p in marks.leaders(cell) if len(p) > 1]


def going_on(table: Table, values: list[str], filled: list[int]) -> int | None:
    """The task column, when a row has no number, its task cell goes on from a row above cut at a comma
    (``加快构建…产业体系，`` / ``聚焦农产品精深加工。``) and its other cells name only units or people: the lines of
    one row broken over rows (their units the row's too). A row whose text starts afresh is a row of its own."""
    kinds = table.kinds
    if not kinds or kinds[0] is None or kinds[0].kind != "number" or values[0] or len(filled) < 2:
        return None
    task = next((i for i in filled if _is_task(table, i)), None)
    if task is None or task >= len(table.prev) or not table.prev[task] or table.prev[task][-1] not in "，,、：:":
        return None
    others = [kinds[i] for i in filled if i != task]
    if any(k is None or k.kind not in ("role", "leader") for k in others) or item_marker(values[task]) is not None:
        return None
    return task


def widened(table: Table, n: int) -> Table:
    """A row with more cells than its header (a header cell merged over several columns, ``分解情况`` over the
    item, its number and the towns' shares): the header's last run of unit, leader and deadline columns stands at
    the row's end, the columns before it as they are, the extra cells in between naming nothing."""
    extra = n - len(table.kinds)
    tail = 0
    while tail < len(table.kinds) and (k := table.kinds[-1 - tail]) is not None and k.kind in _PEOPLE_COLUMNS:
        tail += 1
    if extra <= 0 or tail == 0 or tail == len(table.kinds):
        return table
    at = len(table.kinds) - tail
    return Table(table.sep, [*table.kinds[:at], *[None] * extra, *table.kinds[at:]], table.prev)


#: the columns a row's units, people and deadline stand in
_PEOPLE_COLUMNS = ("role", "leader", "deadline", "division")


def merged_lead(text: str, cells: list[Cell], table: Table) -> Table:
    """A row with fewer cells than its header whose first cell is a row number (``2 | 特困供养… | …`` under
    ``大类 | 序号 | 工作任务 | …``): the cells missing are the leading ones merged from the row above (a category
    column), so the row aligns with the header from the right."""
    missing = len(table.kinds) - len(cells)
    if missing <= 0 or not cells or not re.fullmatch(r"[\d.．、]+", compact(text[cells[0][0] : cells[0][1]])):
        return table
    number_at = next((i for i, k in enumerate(table.kinds) if k is not None and k.kind == "number"), None)
    if number_at != missing:
        return table
    return Table(table.sep, table.kinds[missing:], table.prev)


# ---------------------------------------------------------------- internal divisions


@dataclass(frozen=True)
class Divisions:
    """The words of ``[divisions]`` in ``data/styles.toml``."""

    labels: tuple[str, ...]
    columns: tuple[str, ...]
    endings: tuple[str, ...]
    max_bare: int
    not_bare: tuple[str, ...]
    roles: tuple[str, ...]
    cell_endings: tuple[str, ...]  # more endings, read only where the place says the names are divisions

    @property
    def in_cells(self) -> tuple[str, ...]:
        """What a division's name ends in where a column or a reporter tag already says it names divisions."""
        return self.endings + self.cell_endings


@cache
def _divisions() -> Divisions:
    raw = data.read("styles.toml")
    d = raw["divisions"]
    roles = tuple(sorted(raw["editorial"]["trailing"], key=len, reverse=True))
    return Divisions(tuple(d["labels"]), tuple(d["columns"]), tuple(d["endings"]), int(d["max_bare"]),
                     tuple(d["not_bare"]), roles, tuple(d["cell_endings"]))


def division_names(cell: str) -> list[str]:
    """The divisions of a cell or a label's value, in order: ``规财处牵头，水处、环科院配合`` → 规财处, 水处,
    环科院 (role words dropped: inside a department who leads is the first named); ``宣传处会办公室`` → 宣传处,
    办公室 (会同: together with); ``疾控处、基层处等按职责分工落实`` → 疾控处, 基层处."""
    out: list[str] = []
    for piece in re.split(r"[，,、；;。/\s]+|(?<=[处科股室])会同?", cell):
        name = piece if balance(piece) == 0 else piece.strip("（）()〔〕[]【】")  # 规划信息处(爱卫办) keeps its own
        name = re.sub(r"(?<=[处科股室])等.*$", "", name)  # 基层处等按职责分工落实: the list's tail, no name
        for word in _divisions().roles:
            if name.endswith(word) and len(name) > len(word):
                name = name[: -len(word)]
                break
        if len(name) >= 2 and name not in out:
            out.append(name)
    return out


def division_cell(raw: str) -> list[str]:
    """The divisions of a PDF table's cell (``水 处， 科 标 处``, ``机关服 务中 心``): its spaced-out characters put
    back as the PDF repairs do (:func:`polkg.loaders.table.split_list`), then read as any list of divisions is
    (:func:`division_names`)."""
    return division_names("、".join(p.name for p in split_list(raw, pdf_vocab().division_suffixes)))


@cache
def _division_label() -> re.Pattern[str]:
    """``厅内分工：…`` up to the end of its sentence, from the division labels of the vocabulary."""
    words = "|".join(sorted(_divisions().labels, key=len, reverse=True))
    return re.compile(rf"(?:{words})[:：]\s*(?P<names>[^。；;\n]{{2,80}})[。；;]?")


def division_field(s: str) -> tuple[int, int, list[str]] | None:
    """``(start, end, divisions)`` of a department's own split of an item written in its text
    (``…(省环保厅牵头)厅内分工：规财处牵头，水处、环科院配合。``): the label up to the end of its sentence."""
    m = _division_label().search(s)
    if m is None:
        return None
    names = division_names(m.group("names"))
    return (m.start(), m.end(), names) if names else None


def bare_division(name: str) -> bool:
    """A unit written as a bare internal division (规财处, 大气处, 安监股): no place or parent before it."""
    d = _divisions()
    flat = compact(name)
    if len(flat) > d.max_bare or not flat.endswith(d.endings) or flat.endswith(d.not_bare):
        return False
    return not re.match(r"^[省市县区州镇乡]", flat) and not re.search(r"[局委厅办府部院]", flat[:-1])


# ---------------------------------------------------------------- space-separated columns


@cache
def _header_words() -> list[str]:
    w = _words()
    raw = data.read("styles.toml")
    words = [*w["number"], *w["task"], *w["deadline"], *w["leader"], *w["other"]]
    for role in styles.ROLES:
        words.extend(raw["labels"][role])
    words.extend(["牵头负责部门", "牵头负责单位", "负责部门", "负责单位", "责任单位", "完成时限", "备注",
                  "配合责任单位", "协同责任单位", "参与责任单位", "工作评价", "进展情况"])
    return sorted(set(words), key=len, reverse=True)


@cache
def _header_word_at() -> re.Pattern[str]:
    """The first of :func:`_header_words` (longest first) that starts at a place: one pattern, where trying each
    word there cost a glued line's every character times every word."""
    return re.compile("|".join(re.escape(w) for w in _header_words()))


def space_header(s: str) -> list[Column | None] | None:
    """The columns of a header whose cells are separated only by spaces (``序号 工 作 任 务 牵头负责部门``)."""
    flat = compact(s)
    if len(flat) > MAX_HEADER or any(c in flat for c in "。，；：,;:") or " " not in s.strip():
        return None
    # each next header word, longest first where several start at one place: one search, not every word
    # tried at every character
    kinds = [column_kind(m.group()) for m in _header_word_at().finditer(flat)]
    if is_header(kinds) and len(kinds) >= 2:
        return kinds
    # 序号 涉及部门 职责分工: words the list lacks, each a cell that still names its column (…部门, …职责)
    cells = [column_kind(t) for t in s.split()]
    return cells if len(cells) >= 2 and all(k is not None for k in cells) and is_header(cells) else None


def space_row(text: str, para: Para, table: Table) -> Row | None:
    """A row of a space-separated table: leading columns take one token each, unit and deadline columns
    take the trailing tokens that fit them, the task text is what lies between."""
    s = text[para.start : para.end]
    toks = [(para.start + m.start(), para.start + m.end()) for m in _TOKEN.finditer(s)]
    kinds = table.kinds
    task_at = next(i for i, k in enumerate(kinds) if k is not None and k.kind == "task")
    first = kinds[0]
    if first is not None and first.kind == "number" and not re.fullmatch(r"[\d.．、]+", text[toks[0][0] : toks[0][1]]):
        return None
    if len(toks) < 2:
        return None
    row = Row(end=para.end)
    lo = 0
    for _j in range(task_at):
        if lo < len(toks) - 1:
            lo += 1
    tail_cols = [k for k in kinds[task_at + 1 :] if k is not None]
    hi = len(toks)
    hi = _skip_free_cells(text, toks, lo, hi, free_columns(kinds), row)
    unit_toks: list[Cell] = []
    while hi - 1 > lo:
        a, b = toks[hi - 1]
        tok = text[a:b]
        spaced = len(tok) == 1 and hi - 2 > lo and toks[hi - 2][1] - toks[hi - 2][0] == 1  # 汪  峰: one name
        if any(k.kind == "deadline" for k in tail_cols) and row.deadline is None and deadlines.cell_like(tok):
            row.deadline = compact(tok)
        elif any(k.kind == "leader" for k in tail_cols) and spaced:
            row.leaders[:0] = [text[toks[hi - 2][0] : toks[hi - 2][1]] + tok]
            hi -= 1
        elif any(k.kind == "leader" for k in tail_cols) and marks.people(tok):
            row.leaders[:0] = marks.people(tok)  # 张三 in a 责任领导 column between the units and the deadline
        elif any(k.kind == "role" for k in tail_cols) and marks.unit_names(tok, a, "responsible"):
            unit_toks.insert(0, (a, b))
        else:
            break
        hi -= 1
    roles = [k.role for k in tail_cols if k.kind == "role" and k.role is not None]
    for n, (a, b) in enumerate(unit_toks):
        if len(unit_toks) <= len(roles):
            role = roles[n]  # one cell per role column (the last ones empty, or broken onto the lines below)
        else:
            role = roles[0] if n == 0 or len(roles) == 1 else roles[-1]
        row.found.extend(marks.unit_names(text[a:b], a, role) or [])
    if hi <= lo:
        return None
    row.text = trimmed_span(text, toks[lo][0], toks[hi - 1][1])
    row.body = text[row.text.start : row.text.end]
    return row


def row_text_goes_on(above: str, s: str, table: Table) -> bool:
    """A line under a space-separated row of a numbered table that is no row of its own (no number, no cells
    after its text) while the row's text stopped mid-sentence: the rest of that text cell, wrapped
    (``1 加快构建…，聚焦农产品 区农业农村局 … 2024年12月底前`` / ``精深加工产业，实现三产融合发展。``)."""
    first = table.kinds[0] if table.kinds else None
    flat = compact(s)
    if first is None or first.kind != "number" or not above or above[-1] in "。；;！？!?":
        return False
    if re.match(r"[\d.．、]+", flat) or item_marker(flat) is not None or len(flat) > MAX_SECTION_ROW * 4:
        return False
    return " " not in s.strip()  # (a line of several cells is a row)


def free_columns(kinds: list[Column | None]) -> int:
    """How many columns stand after the last unit or leader column (工作评价, 进展情况, 进度安排, 备注)."""
    last = max((i for i, k in enumerate(kinds) if k is not None and k.kind in ("role", "leader")), default=None)
    return 0 if last is None else len(kinds) - 1 - last


def _skip_free_cells(text: str, toks: list[Cell], lo: int, hi: int, after: int, row: Row) -> int:
    """``hi`` moved left past the cells of the columns after the units (``… 县直有关单位 已完成 完成…备案工作
    按省、市工作要求，开展…``): tokens naming no unit, at most one per such column, and only when a unit stands
    right before them; a deadline among them is the row's."""
    n = 0
    while n < after and hi - n - 1 > lo and not marks.unit_names(text[toks[hi - n - 1][0] : toks[hi - n - 1][1]], 0,
                                                                   "responsible"):
        n += 1
    if n == 0 or hi - n - 1 <= lo:
        return hi
    a, b = toks[hi - n - 1]
    if not marks.unit_names(text[a:b], a, "responsible"):
        return hi
    for x, y in toks[hi - n : hi]:
        if row.deadline is None and deadlines.cell_like(text[x:y]):
            row.deadline = compact(text[x:y])
    return hi - n


def trailing_columns(kinds: list[Column | None]) -> int:
    """How many columns stand after the last unit or deadline column (上半年推进情况, 备注: free text)."""
    last = max((i for i, k in enumerate(kinds) if k is not None and k.kind in ("role", "deadline")), default=None)
    return 0 if last is None else len(kinds) - 1 - last


def fragment(s: str) -> bool:
    """A piece of a narrow table cell: one to three Chinese characters and nothing else."""
    s = s.strip()
    return len(s) <= 3 and _FRAGMENT.fullmatch(s) is not None


_FRAGMENT = re.compile(r"[\u4e00-\u9fff]{1,3}")


def deadline_of_cell(value: str) -> str | None:
    """What a 完成时限 / 进度安排 cell gives as the deadline: a short cell as written (``2020年底前``, ``立行立改,
    长期坚持``); a schedule of several steps (``2023年6月底前完成方案，12月底前全部完成``) its overall one."""
    if len(value) <= MAX_DEADLINE_CELL:
        return value
    return deadlines.find_deadline(value) or value


def deadline_cell(s: str, column: bool = False) -> str | None:
    """A line or cell that holds only a deadline (``2020年12月``, ``年底前``, ``长期坚持``); under a 完成时限
    column (``column``) a bare year too (``2020``), and a time limit given by reference (``按时间节点``, ``按…要求``:
    ``data/table_repairs.toml``). The one test of a time-limit cell, for the engine's tables and the PDF layouts'
    repairs alike (:func:`is_deadline`); a unit's name run on after the time (``长期实施住房城乡建设厅``) is none."""
    flat = compact(s)
    if column and re.fullmatch(r"(?:19|20)\d{2}", flat):
        return flat
    if deadlines.cell_like(flat) and not any(c in flat for c in "，。；") and not _unit_after(flat):
        return flat
    if column and pdf_vocab().deadline.fullmatch(flat):  # 按时间节点, 按国家要求: no date, a time limit all the same
        return flat
    return None


def _unit_after(flat: str) -> bool:
    """A time limit with a unit's name right after it (``长期实施住房城乡建设厅``: a deadline cell and a unit cell
    run together), which no 完成时限 cell is."""
    due = deadlines.find_deadline(flat)
    at = flat.find(due) if due else -1
    return at >= 0 and marks.is_unit(flat[at + len(due or "") :])


def paragraphs(text: str) -> list[Para]:
    """The paragraphs of a text: a line cut mid-sentence by a page break continues on the next line, but
    never into a table row, an item, a label, a number or a unit list (a table flattened one cell per
    line looks like cut prose)."""
    return cell_rows(text, [p for a, b in rejoin(text, _continues) for p in _html_blocks(text, a, b)])


#: a block tag of a page saved as its HTML source (<p class="…">, </p>, <br/>, <div>, </li>): a line break
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|h[1-6]|tr|section|article)\b[^<>]{0,200}>", re.IGNORECASE)


def _html_blocks(text: str, a: int, b: int) -> list[Para]:
    """The paragraphs of a line holding a page's HTML source (a whole page on one line): the text between its
    block tags, each a paragraph of its own; any other line as it is."""
    if "<" not in text[a:b] or _BLOCK_TAG.search(text, a, b) is None:
        return [Para(a, b)]
    out: list[Para] = []
    pos = a
    for m in [*_BLOCK_TAG.finditer(text, a, b), None]:
        end = m.start() if m is not None else b
        sp = trimmed_span(text, pos, end)
        if sp.end > sp.start:
            out.append(Para(sp.start, sp.end))
        pos = m.end() if m is not None else b
    return out


def _pipe_kind(s: str) -> str:
    """How a line of a table flattened one cell per line between ``|`` marks stands: ``bare`` (the mark
    alone), ``left`` (``| 市安监局``), ``right`` (``教體局 |``), ``text`` (no mark) or ``other``."""
    s = s.strip()
    n = s.count("|")
    if s and not s.strip("|"):  # ``|``, or ``||`` (an empty last cell and the row's end)
        return "bare"
    if n == 0:
        return "text"
    if n == 1 and s.startswith("|"):
        return "left"
    if n == 1 and s.endswith("|"):
        return "text" if _paragraph_line(s) else "right"
    return "other"


#: a line closed by ``|`` holding at least this many sentences, and this many characters, is a paragraph
PARAGRAPH_SENTENCES, PARAGRAPH_CHARS = 4, 200


def _paragraph_line(s: str) -> bool:
    """Whether a line closed by a mark holds a whole paragraph (``会议指出,…。…。…。 |``): news portals close every
    line of a page with `` |``, title and body alike, and a body of several sentences is no table cell (a cell
    closed by its mark holds a number, a name, or an item of one to three sentences)."""
    return s.count("。") >= PARAGRAPH_SENTENCES and len(s) >= PARAGRAPH_CHARS


def cell_rows(text: str, paras: list[Para]) -> list[Para]:
    """The lines of one table row flattened one cell per line between ``|`` marks joined into one paragraph,
    so the row is read like any pipe-separated row. Portals write two such shapes: a cell then the others
    each after its mark (``第一组`` / ``| 市安监局`` / ``| 雁塔区`` / ``|``), and each cell closed by its mark
    (``1 |`` / ``教體局 |``), rows parted by a mark on a line of its own (``|``, or ``||`` after an empty last
    cell) before or after them, the header row run straight into the first row (``说明 |`` / ``24 |``). A row
    missing cells (merged with the row above) is joined all the same: :func:`record` places its cells by
    content and fills the merged ones down."""
    lines = [text[p.start : p.end] for p in paras]
    kinds = [_pipe_kind(s) for s in lines]
    rows: list[tuple[int, int]] = []
    i = 0
    left = False  # whether the last row was of the ``| cell`` shape
    while i < len(paras):
        j = _row_end(kinds, i, lines)
        if j == i and left and kinds[i] == "text" and i + 1 < len(kinds) and kinds[i + 1] == "bare":
            j = i + 1  # 新建公厕10座 / |: a row whose other cells are merged with the row above's
        if j > i and kinds[i] == "bare":
            rows.append((i, i))  # the mark before a row parts it from the row above: no cell of its own
            i += 1
        left = (j > i and kinds[i] == "text") or (left and kinds[i] == "bare")
        rows.append((i, j))
        i = j + 1
    return [Para(paras[i].start, paras[j].end) for i, j in rows]


def _row_end(kinds: list[str], i: int, lines: list[str]) -> int:
    """The index of the last line of the cell-per-line row starting at line ``i`` (``i`` when none starts there)."""
    nxt = kinds[i + 1] if i + 1 < len(kinds) else ""
    j = i
    if kinds[i] == "text" and nxt == "left":  # 第一组 / | 市安监局 / | 雁塔区 / | / |
        while j + 1 < len(kinds) and kinds[j + 1] == "left":
            j += 1
        while j + 1 < len(kinds) and kinds[j + 1] == "bare":
            j += 1
    elif kinds[i] == "bare" and nxt == "right":  # | / 1 | / 教體局 |
        j += 1
        while j + 1 < len(kinds) and kinds[j + 1] == "right":
            j += 1
    elif kinds[i] == "right":  # 序号 | / … / 说明 | / 24 | / … / 是 | / ||, or rows run on: … / 80 | / … / 81 |
        number = _row_number(lines[i])
        while j + 1 < len(kinds) and kinds[j + 1] == "right" and not _header_ends(lines[i : j + 1], lines[j + 1]):
            if number is not None and _row_number(lines[j + 1]) == number + 1:
                break  # the next row's 序号
            j += 1
    return j if j - i >= 2 else i  # at least two cells


def _row_number(line: str) -> int | None:
    flat = compact(line).rstrip("|")
    return int(flat) if re.fullmatch(r"\d{1,3}", flat) else None


def _header_ends(cells: list[str], nxt: str) -> bool:
    """Whether the cells so far are a header row and ``nxt`` (a row number) opens the first row under it."""
    if _row_number(nxt) is None:
        return False
    flat = [compact(c).rstrip("|") for c in cells]
    labels = all(len(c) <= MAX_HEADER_CELL and not any(p in c for p in "，。；,;") for c in flat)
    return labels and is_header([column_kind(c) for c in flat])


#: a number a PDF's text broke over lines with its digits spaced out (``新建管网7`` / ``0 0公里``, ``2`` / ``0 1 8年``)
_SPACED_DIGITS = re.compile(r"\d \d")


def _continues(prev: str, s: str) -> bool:
    """Whether line ``s`` continues the paragraph ``prev`` (see :func:`paragraphs`). Asked of every line pair of
    every file: the cheap tests come first, the costly ones (is this a unit, a person, a label) only when the
    answer still hangs on them."""
    last = prev.splitlines()[-1]
    if broken_unit(prev, s):
        return True
    if last[-1:].isdigit() and _SPACED_DIGITS.match(s):
        return True
    frag_prev = fragment(prev)
    if frag_prev and fragment(s) and column_kind(compact(prev) + compact(s)) is not None and not _whole_label(prev, s):
        return True  # 责任 / 单位, 整改 / 时限: a header cell or label broken over lines (a blank line between)
    if frag_prev and column_kind(compact(prev)) is None and _header_rest(s, compact(prev) + compact(s)):
        return True  # 区政府 / 分管领导: a header cell whose head is a level, broken over lines
    if _cell_note(prev, s):
        return True  # 高新园 / （邹区镇）, 应急管理局 / （安委办）: the bracket a narrow cell put on a line of its own
    if _fragment_cell(prev, last, s):
        return True  # 市政 / 府办 / 公厅 (and 完成 / 时限): a narrow cell broken over lines, until it is a header
    if not styles.continues(prev, s) or item_marker(s) is not None or re.fullmatch(r"\d{1,3}", s):
        return False
    if _spaced_row(last):
        return False  # 1 加快构建… 区农业农村局 区发展改革局 2024年12月底前: a table's row, its text's rest below
    flat = compact(s)
    if flat in marks.words().labels or (column_kind(flat) is not None and len(flat) <= MAX_CELL_HEADER):
        return False
    found = marks.labels(s)
    if found and found[0].start == 0:
        return False
    return not (marks.unit_names(prev, 0, "responsible") or _unit_line(s))


def _fragment_cell(prev: str, last: str, s: str) -> bool:
    """Whether ``s`` goes on a narrow cell's piece ``last`` (市政 / 府办 / 公厅): a fragment after a fragment, or a
    short line after a paragraph of several (长沙 / 先导 / 区管委会), unless ``last`` is whole already, a unit
    (市残联) or a header cell, or a leader's name with a unit below it (王旭锋 / 发改局)."""
    if not fragment(last) or len(compact(prev)) >= MAX_FRAGMENTS:
        return False
    if not (fragment(s) or (len(prev.splitlines()) > 1 and len(compact(s)) <= MAX_LAST_FRAGMENT)):
        return False
    if len(last.strip()) > 2 and marks.is_unit(last):
        return False  # 市残联 / 市妇联: units on lines of their own
    if len(compact(prev)) <= MAX_CELL_HEADER and column_kind(compact(prev)) is not None:
        return False
    return not ("\n" not in prev.strip() and bool(marks.people(last)) and len(compact(s)) > 2
                and marks.is_unit(compact(s)))


def _whole_label(prev: str, s: str) -> bool:
    """A label already whole on its line (``责任人``) with a short value below it (``段晓勇``, a three-character
    name): the value, not the label's rest; ``牵头`` / ``单位`` still joins, ``牵头单位`` being a label too."""
    labels = marks.words().labels
    return compact(prev) in labels and compact(prev) + compact(s) not in labels


def _header_rest(s: str, joined: str) -> bool:
    """Whether ``s`` ends a header cell begun on the line before (``区政府`` / ``分管领导``: 区政府分管领导)."""
    flat = compact(s)
    return len(flat) <= MAX_CELL_HEADER and column_kind(flat) is not None and column_kind(joined) is not None


#: a line that is only a short bracketed note (（邹区镇）, （安委办）): no item marker, no number
_NOTE_LINE = re.compile(r"[（(][\u4e00-\u9fff、]{2,10}[）)]")


def _cell_note(prev: str, s: str) -> bool:
    """A bracketed unit on a line of its own right after a short cell naming something: the rest of that cell
    (``高新园`` / ``（邹区镇）`` is 高新园（邹区镇）, a body with its other name); ``（本文有删减）`` under a date is
    none."""
    note = compact(s)
    if _NOTE_LINE.fullmatch(note) is None:
        return False
    last = compact(prev.splitlines()[-1])
    return (marks.is_unit(note[1:-1])
            and _NAME_PIECE.fullmatch(last) is not None and len(last) <= MAX_HEADER_CELL and column_kind(last) is None)


def _spaced_row(line: str) -> bool:
    """A line of a space-separated table: a row number, its text, then short cells (a unit, a deadline) last."""
    toks = line.split()
    if len(toks) < 3 or not re.fullmatch(r"\d{1,3}", toks[0]):
        return False
    tail = toks[-1]
    return len(tail) <= MAX_HEADER_CELL * 2 and (
        deadlines.cell_like(tail) or bool(marks.unit_names(tail, 0, "responsible")))


def broken_unit(prev: str, s: str) -> bool:
    """A unit's name broken over two lines of a narrow cell (区新兴产业 / 服务中心, 区综合行政 / 执法局): a short
    line that is no unit, no header and no label, and with the next short line makes one unit's name."""
    a, b = compact(prev), compact(s)
    pieces = _NAME_PIECE.fullmatch(a) and _NAME_PIECE.fullmatch(b)
    if not pieces or len(a) > MAX_CELL_HEADER or len(b) > MAX_CELL_HEADER:
        return False
    if any(x in marks.words().labels or column_kind(x) is not None for x in (a, b)) or marks.is_unit(a):
        return False
    if not _NAME_START.match(a):  # a name starts at its place or level (区新兴产业); 具备挡水条件 is a cell's rest
        return False
    return marks.is_unit(a + b)


#: the start of a unit's name: its place or level within the first few characters
_NAME_START = re.compile(r"^[\u4e00-\u9fff]{0,4}?[省市县区州旗镇乡]")
#: a piece of a unit's name on a line of its own
_NAME_PIECE = re.compile(r"[\u4e00-\u9fff（）()]{2,}")


def _unit_line(s: str) -> bool:
    """A line naming units (a unit cell of its own), not the rest of a sentence that ends like one (``进加装电梯
    50部。``: a count is no unit's name)."""
    found = marks.unit_names(s, 0, "responsible")
    return bool(found) and not any(re.search(r"\d", f.mention) for f in found or [])


# ---------------------------------------------------------------- tables flattened from PDF (tab-separated)
#
# The two PDF table adapters (:mod:`polkg.loaders.plan_table`, :mod:`polkg.loaders.progress_table`) read their
# rows through what follows: the header read by the same vocabulary as every table's (:func:`column_kind`), and
# the repairs of what PDF extraction does to a table (cells shifted or squeezed into a neighbour, a deadline and
# a unit in one cell, headings glued to a measure, spaced-out unit names).

#: what a PDF table's cells hold, by content (``data/table_repairs.toml``)
@dataclass(frozen=True)
class PdfVocab:
    deadline: re.Pattern[str]  # a whole 完成时限 cell
    division_suffixes: tuple[str, ...]  # those of internal divisions: styles.toml [divisions], the one list
    leader_words: tuple[str, ...]  # a leaders cell naming a group (各分管厅领导)


@cache
def pdf_vocab() -> PdfVocab:
    raw = data.read("table_repairs.toml")
    names = raw["names"]
    return PdfVocab(
        deadline=re.compile("(?:" + "|".join(raw["deadline"]["patterns"]) + ")"),
        division_suffixes=_divisions().in_cells,
        leader_words=tuple(names["leader_words"]),
    )


_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*\s*/?>")
_TOP_HEADING = HEADING_PATTERNS[0]  # 一、 …: the section rows of a plan table
_SUB_HEADING = HEADING_PATTERNS[1]  # （一） …: a sub-section row
_SENTENCE_PUNCT = "。，；;"
EMPTY_CELL = TableCell(0, 0, "")
#: a cell longer than this (whitespace removed) is running text, not a name list
MAX_NAME_CELL = 40


def clean(s: str) -> str:
    """Readable task text: tags such as ``<p>`` dropped, layout whitespace removed, markup kept."""
    return tidy(_TAG.sub(" ", s))


def pdf_fields(cells: Sequence[TableCell]) -> dict[str, int]:
    """The fields of a tab-separated row's cells, by :func:`column_kind` (the first column of each field counts):
    ``number``, ``deadline``, the roles (``lead``, ``responsible``, ``assist``), ``leader``, ``division``, the
    task columns (``measure`` the last, ``name`` the first when there are several) and ``progress`` (推进情况, a
    column no other word names). Each adapter keeps the fields its layout has."""
    found: dict[str, int] = {}
    tasks: list[int] = []
    for i, cell in enumerate(cells):
        flat = cell.flat  # compacted once, not for every word looked for in it
        col = column_kind(flat) if flat else None
        if col is None:
            if flat and "progress" not in found and any(w in flat for w in _words()["progress"]):
                found["progress"] = i
            continue
        name = col.role if col.kind == "role" and col.role is not None else col.kind
        if col.kind == "task":
            tasks.append(i)
        elif name not in found:
            found[name] = i
    if tasks:
        found["measure"] = tasks[-1]
        if len(tasks) > 1:
            found["name"] = tasks[0]
    return found


def is_deadline(s: str) -> bool:
    """Whether ``s`` (whitespace removed) is wholly a 完成时限 value: 年底前, 6月底前, 长期实施, 按…要求
    (:func:`deadline_cell` under a deadline column)."""
    return bool(s) and deadline_cell(s, column=True) is not None


def deadline_prefix(cell: TableCell) -> tuple[TableCell, TableCell] | None:
    """``(deadline, rest)`` when a cell starts with a deadline followed by units (``长期实施 住房城乡建设厅``)."""
    words = [m for m in re.finditer(r"\S+", cell.raw)]
    for k in range(len(words) - 1, 0, -1):
        head = cell.raw[words[0].start() : words[k - 1].end()]
        if is_deadline(head):
            return cell.sub(words[0].start(), words[k - 1].end()), cell.sub(words[k].start())
    return None


def split_heading(cell: TableCell) -> tuple[str | None, TableCell]:
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
    return compact(raw), EMPTY_CELL


def sub_heading(cells: list[TableCell]) -> str | None:
    """A second-level heading (``（一）…``) when it is the only thing on its row."""
    filled = [c for c in cells if not c.empty]
    if len(filled) == 1 and _SUB_HEADING.match(filled[0].raw.strip()) and len(filled[0].flat) <= 40:
        return filled[0].flat
    return None


def sentence_like(s: str) -> bool:
    """A measure rather than a task name: a sentence with punctuation."""
    return any(p in s for p in _SENTENCE_PUNCT)



def assign(tail: list[TableCell], order: list[str]) -> tuple[dict[str, TableCell], list[str]]:
    """Put the cells after the measure into the fields ``order`` names (deadline, lead, ...), by content.

    Positionally first; then a deadline cell that also holds units (``长期实施 住房城乡建设厅``) is split in
    two and the later cells move one column right (the row was squeezed left), unless the lead cell next
    to it is empty; a unit name where the deadline should be moves right when the row has room (the
    deadline cell was left out); a deadline-like value in a unit column is the deadline when that is empty.
    """
    notes: list[str] = []
    items: list[TableCell] = []
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
        at = items[k] if k < len(items) else EMPTY_CELL
        room = len(items) < len(order) or items[-1].empty
        if not at.empty and not is_deadline(at.raw) and marks.unit_names(at.flat, 0, "responsible") and room:
            items.insert(k, EMPTY_CELL)
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


#: what a cell looks like is asked of each cell once per column it might go in (see :func:`align`): the
#: answers for a file's recent cells are kept
CELL_CACHE = 4096


@lru_cache(maxsize=CELL_CACHE)
def is_prose(t: str) -> bool:
    """Running text (a task or a progress report) rather than a name list."""
    flat = compact(t)
    return len(flat) > MAX_NAME_CELL or "。" in flat or flat.endswith(("；", ";"))


def _names_end_with(pieces: list[Piece], suffixes: tuple[str, ...]) -> bool:
    return bool(pieces) and all(ends_like(p.name, suffixes, 1) for p in pieces)


@lru_cache(maxsize=CELL_CACHE)
def is_units(t: str) -> bool:
    """A cell naming only units, as the engine's table reader tells a unit cell (:func:`_fit`), and not only a
    department's divisions (大气处 is one to the unit reader too)."""
    return not is_prose(t) and _fit(_UNIT_COLUMN)(t) is not None and not _divisions_only(compact(t))


_UNIT_COLUMN = Column("role", "lead")


@lru_cache(maxsize=CELL_CACHE)
def is_divisions(t: str) -> bool:
    v = pdf_vocab()
    return not is_prose(t) and _names_end_with(split_list(t, v.division_suffixes), v.division_suffixes)


@lru_cache(maxsize=CELL_CACHE)
def is_people(t: str) -> bool:
    """Person names (2–4 characters each, spaced out as a PDF leaves them; none a unit to the engine's reader nor a
    division), or a group such as 各分管厅领导."""
    v = pdf_vocab()
    if is_prose(t):
        return False
    if any(w in t for w in v.leader_words):
        return True
    names = [p.name for p in split_people(t)]
    return bool(names) and all(2 <= len(n) <= 4 and not marks.is_unit(n) and not n.endswith(v.division_suffixes)
                               for n in names)


def heading_scorer(level: int) -> Scorer:
    """A heading column takes headings of its level, or a bare row number (a 序号 column)."""

    def score(t: str) -> float | None:
        flat = compact(t)
        if heading_level(flat) == level:
            return 2.0
        return 0.5 if flat.isdigit() and len(flat) <= 3 else None

    return score


def task_scorer(t: str) -> float | None:
    if is_prose(t):
        return 1.0
    return None if is_people(t) or is_units(t) or is_divisions(t) else 0.3


PROGRESS_SCORERS: dict[str, Scorer] = {
    "task": task_scorer,
    "lead": lambda t: 1.0 if is_units(t) else None,
    "leaders": lambda t: 1.0 if is_people(t) else None,
    "divisions": lambda t: 1.0 if is_divisions(t) else None,
    "progress": lambda t: 1.0 if is_prose(t) else 0.2,
}


# ---------------------------------------------------------------- a space-separated table run on over its lines
#
# A table copied out of a PDF or a page as one long line (or a few), its cells parted by single spaces:
# ``…职责清单 工作任务和内容 责任单位 配合单位 完成时间 负责全县…曝光. 县委宣传部 持续开展 负责大气…工作.
# 县委县政府 督查室 持续开展 …``. The header stands inside the line; each row is its text cell (sentences,
# however many tokens) followed by its short cells (units, a deadline); the next sentence-like token opens the
# next row.

#: what a run-on table's header names at least (its unit column): lines without it are passed over at once
_RUN_ROLE = re.compile(r"(?:单位|部门|领导|责任人) ")
#: header cells in a row at least this many to read a run-on table
MIN_RUN_HEADER = 3
#: a token longer than this (or holding a sentence's punctuation) is a row's text, never a short cell
MAX_RUN_CELL = 16
#: a piece of a unit's name broken by a space (县交通 运输局, 县委县政府 督查室) is at most this long
MAX_RUN_PIECE = 5


def _run_header(text: str, para: Para) -> tuple[list[Column | None], int] | None:
    """The columns of a header standing inside a line (at least :data:`MIN_RUN_HEADER` header cells in a row,
    a role and a task among them), and where the header ends; None when the line holds none."""
    toks = list(_TOKEN.finditer(text, para.start, para.end))
    for i in range(len(toks)):
        kinds: list[Column | None] = []
        j = i
        while j < len(toks) and len(toks[j].group()) <= MAX_HEADER_CELL:
            kind = column_kind(toks[j].group())
            if kind is None or (kind.kind == "number" and kinds):
                break
            kinds.append(kind)
            j += 1
        # (the first row's text right after the header)
        if len(kinds) >= MIN_RUN_HEADER and is_header(kinds) and j < len(toks) and _texty(toks[j].group()):
            return kinds, toks[j - 1].end()
    return None


def _texty(tok: str) -> bool:
    return len(tok) > MAX_RUN_CELL or re.search(r"[，。；,;.．]", tok) is not None


def run_on_rows(text: str, paras: list[Para]) -> tuple[int, int, list[Row]] | None:
    """The rows of a space-separated table run on over the paragraphs from the first holding its header (its
    index, the index past its last paragraph, then a header row and the records), or None when no paragraph
    holds one. The table goes on over the paragraphs holding short cells of its own (a unit, a deadline); a
    heading or a paragraph of prose ends it."""
    for k, para in enumerate(paras):
        s = text[para.start : para.end]
        if "\t" in s or "|" in s or " " not in s.strip() or _RUN_ROLE.search(s) is None:
            continue
        found = _run_header(text, para)
        if found is None:
            continue
        kinds, at = found
        end = k + 1
        while end < len(paras) and _run_goes_on(text, paras[end]):
            end += 1
        toks = [(m.start(), m.end()) for p in paras[k:end] for m in _TOKEN.finditer(text, max(p.start, at), p.end)]
        rows = _run_records(text, toks, kinds)
        return (k, end, [Row(header=Table(None, kinds)), *rows]) if len(rows) >= 2 else None
    return None


def _run_goes_on(text: str, para: Para) -> bool:
    """Whether a paragraph after a run-on table's header still holds its cells: no heading, and a short token
    naming a unit or a deadline among its words (``县委宣传部 持续开展 负责…``)."""
    s = text[para.start : para.end]
    if item_marker(s.strip()) is not None or "\t" in s or "|" in s:
        return False
    for m in _TOKEN.finditer(s):
        tok = m.group()
        if not _texty(tok) and (deadlines.cell_like(tok) or marks.unit_names(tok, 0, "responsible")):
            return True
    return False


def _run_records(text: str, toks: list[Cell], kinds: list[Column | None]) -> list[Row]:
    """Each row: its text tokens, then its short cells up to the next text token."""
    rows: list[Row] = []
    body: list[Cell] = []
    cells: list[Cell] = []
    for tok in toks:
        if _texty(text[tok[0] : tok[1]]) and cells:
            rows.append(_run_record(text, body, cells, kinds))
            body, cells = [], []
        (cells if body and (cells or not _texty(text[tok[0] : tok[1]])) else body).append(tok)
    if body:
        rows.append(_run_record(text, body, cells, kinds))
    return rows


def _run_record(text: str, body: list[Cell], cells: list[Cell], kinds: list[Column | None]) -> Row:
    row = Row(end=(cells or body)[-1][1])
    row.text = trimmed_span(text, body[0][0], body[-1][1])
    row.body = text[row.text.start : row.text.end]
    roles = [k.role for k in kinds if k is not None and k.kind == "role" and k.role is not None] or ["responsible"]
    units: list[list[Found]] = []
    rest: list[str] = []
    pos = 0
    while pos < len(cells):
        a, b = cells[pos]
        nxt = cells[pos + 1] if pos + 1 < len(cells) else None
        if nxt is not None and _broken_name(text[a:b], text[nxt[0] : nxt[1]]):  # 县交通 运输局: one name
            units.append([Found(compact(text[a : nxt[1]]), "responsible", a, nxt[1])])
            pos += 2
            continue
        found = marks.unit_names(text[a:b], a, "responsible") if not deadlines.cell_like(text[a:b]) else None
        if found:
            units.append(found)
        else:
            rest.append(text[a:b])
        pos += 1
    for n, found in enumerate(units):
        role = roles[min(n, len(roles) - 1)]
        row.found.extend(Found(f.mention, role, f.start, f.end) for f in found)
    due = "".join(rest)
    row.deadline = (deadlines.find_deadline(due) or deadline_cell(due)) if due else None
    return row


def _broken_name(a: str, b: str) -> bool:
    """Two tokens that are one unit's name broken by a space: the first opens with its place or level, the
    second is a short rest that opens with none (县委县政府 督查室; never 县公安局 县交警大队)."""
    return (len(b) <= MAX_RUN_PIECE and _NAME_START.match(a) is not None and _NAME_START.match(b) is None
            and marks.is_unit(a + b) and not deadlines.cell_like(a))


# ---------------------------------------------------------------- tables flattened with no separator at all


def glued_header(s: str) -> list[Column | None] | None:
    """The columns of a header whose cells ran together with no separator at all (``序号…部署任务…落实措施
    牵头单位责任单位完成时限备注``, a table copied from a page whose cell borders were dropped): read only when two
    names of unit or date columns stand right against each other, which no sentence does."""
    flat = compact(s)
    if flat != s.strip() or separator_of(s) is not None or len(flat) > MAX_HEADER:
        return None  # (spaces or separators: :func:`space_header`, :func:`row_of`)
    if any(c in flat for c in "。，；：,;:"):
        return None
    hits: list[tuple[int, int, Column | None]] = []
    pos = 0
    words = _header_word_at()
    while pos < len(flat):
        m = words.match(flat, pos)
        if m is None:
            pos += 1
            continue
        hit = m.group()
        hits.append((pos, pos + len(hit), column_kind(hit)))
        pos += len(hit)
    kinds = [k for _, _, k in hits]
    touching = any(
        b == c and _unit_or_date(x) and _unit_or_date(y) for (_, b, x), (c, _, y) in pairwise(hits)
    )
    return kinds if touching and is_header(kinds) else None


def glued_header_before_rows(s: str) -> tuple[list[Column | None], int] | None:
    """A glued header running into its table's first row (``序号项目内容责任领导牵头单位配合单位1推进…``): its
    columns and where the row starts (at its number)."""
    m = re.match(rf"\s*(\D{{6,{MAX_HEADER}}}?)(?=\d{{1,3}}[.．、]?[\u4e00-\u9fff])", s)
    kinds = glued_header(m.group(1)) if m else None
    return (kinds, m.end(1)) if m and kinds is not None else None


def _unit_or_date(k: Column | None) -> bool:
    return k is not None and k.kind in ("role", "deadline")


#: a date closing a glued row (``…西咸新区管委会2022年9月底``): the 完成时限 cell
_GLUED_DEADLINE = re.compile(
    r"(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:底|末|初|中旬|上旬|下旬|\d{1,2}日)?|底|年底|内|上半年|下半年)?|年底|年内|长期)"
    r"(?:前|之前)?$"
)
#: where a name of a government level opens the next unit of a glued cell (市行政审批局 | 市司法局)
_LEVEL_OPENERS = "省市州盟县区旗乡镇"
#: the most units a glued row's unit cells hold, and the most characters they run to
MAX_GLUED_UNITS = 12
MAX_GLUED_RUN = 120


class GluedRow(NamedTuple):
    """A row of a glued table read: where its cells start, their units, its deadline and its leaders."""

    cut: int
    found: list[Found]
    deadline: str | None
    leaders: list[str]


def glued_tail(s: str, offset: int, kinds: list[Column | None], people: Collection[str] = ()) -> GluedRow | None:
    """A row of a glued table: its text, then its unit cells and its date with nothing between them (``…进行督办。
    市行政审批局市司法局市级相关单位,各区县政府、西咸新区管委会2022年9月底``). Where a leader column comes before the
    unit columns the cells open with a person (``…服务。张菁民政局各街道``: 张菁 is the row's leader), whose name
    also tells where the cells start when no full stop ends the text before them. None when what follows the
    row's last sentence is not unit names only. ``people``: the leaders of the table's rows read before."""
    roles = [k.role for k in kinds if k is not None and k.kind == "role" and k.role is not None]
    if not roles:
        return None
    leader = _leader_before_units(kinds)
    stripped = s.rstrip()
    m = _GLUED_DEADLINE.search(stripped)
    end = m.start() if m else len(stripped)
    due = compact(m.group()) if m else None
    stop = max(stripped.rfind(c, 0, end) for c in "。；;！？!?")
    if stop >= 0 and compact(stripped[stop + 1 : end]):
        cells = _glued_cells(stripped, stop + 1, end, roles, leader, people, offset)
        if cells is not None:
            return GluedRow(stop + 1, cells[0], due, cells[1])
    if not leader:
        return None
    for at in range(stop + 1, end - 3):  # no full stop before the cells: the person's name opens them
        cells = _glued_cells(stripped, at, end, roles, leader, people, offset, person=True)
        if cells is not None and compact(stripped[:at]):
            return GluedRow(at, cells[0], due, cells[1])
    return None


def _leader_before_units(kinds: list[Column | None]) -> bool:
    """Whether a leader column (责任领导) stands before the table's first unit column."""
    order = [k.kind for k in kinds if k is not None and k.kind in ("leader", "role")]
    return bool(order) and order[0] == "leader"


def _glued_cells(
    s: str, a: int, b: int, roles: list[Role], leader: bool, people: Collection[str], offset: int,
    person: bool = False,
) -> tuple[list[Found], list[str]] | None:
    """The units and leaders of the cells ``s[a:b]``: with a leader column first, a person's name may open them
    (:func:`marks.glued_person`); with ``person`` it must."""
    lead = len(s[a:b]) - len(s[a:b].lstrip())
    named = marks.glued_person(s[a + lead : b], _run_units, people) if leader else None
    if named is not None:
        people_at, spans = named
        found = _glued_roles(s, [(a + lead + x, a + lead + y) for x, y in spans], roles, offset)
        return found, [s[a + lead + x : a + lead + y] for x, y in people_at]
    if person:
        return None
    names = _run_units(s[a:b])
    if names is None:
        return None
    found = _glued_roles(s, [(a + x, a + y) for x, y in names], roles, offset)
    return (found, []) if found else None


def _run_units(s: str) -> list[tuple[int, int]] | None:
    if len(s) > MAX_GLUED_RUN:
        return None  # a sentence, not cells (and no search over every way to cut it)
    names = _glued_units(s, 0, len(s))
    return names if names and len(names) <= MAX_GLUED_UNITS else None


def glued_rows(s: str, kinds: list[Column | None], people: Collection[str] = ()) -> list[int]:
    """Where each next row starts in a paragraph holding several rows of a glued table, each row's cells running
    into the next row's number (``…居家上门服务。张菁民政局各街道4优化养老服务…``): the number after the last one read,
    right after the unit cells a row ends in."""
    first = re.match(r"\s*(\d{1,3})", s)
    number = int(first.group(1)) if first else None
    cuts: list[int] = []
    start = 0
    for m in _NEXT_ROW.finditer(s):
        n = int(m.group(1))
        if (number is not None and n != number + 1) or glued_tail(s[start : m.start()], 0, kinds, people) is None:
            continue
        cuts.append(m.start())
        start, number = m.start(), n
    return cuts


#: a row number glued between the last unit cell of a row and the next row's text (各街道4优化养老服务), never a
#: count or a date (23000名, 2022年)
_NEXT_ROW = re.compile(
    r"(?<=[\u4e00-\u9fff）)\n])(\d{1,3})[.．、]?(?![年月日个名所家项万亿元座条处])(?=[\u4e00-\u9fff])"
)


def _glued_units(s: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """The units of the span ``a:b``, listed with 、，, or run together; None when a piece names no unit."""
    out: list[tuple[int, int]] = []
    pos = a
    for piece in re.split(r"([、，,])", s[a:b]):
        if piece in ("、", "，", ","):
            pos += 1
            continue
        lead = len(piece) - len(piece.lstrip())
        names = _split_glued(piece.strip())
        if names is None:
            return None
        out.extend((pos + lead + x, pos + lead + y) for x, y in names)
        pos += len(piece)
    return out


def _split_glued(s: str) -> list[tuple[int, int]] | None:
    """Unit names written one after another (``市行政审批局市司法局``, ``民政局住建局各街道``): cut where a name ends
    and the next opens with a level (市, 区, 县…), with 各 or with a department's own name; ``各区县政府`` stays
    whole (a 各 group is never cut off as a name); names the organ endings part (``文体旅局晋陵公司``) as
    :func:`styles.glued` parts them."""
    for i in range(2, len(s) - 1):
        opens = ((i >= 3 and s[i] in _LEVEL_OPENERS) or s[i] == "各" or marks.known_head(s[i:])
                 or marks.known_name(s[:i]))
        if opens and not s.startswith("各") and balance(s[:i]) == 0 and _cell_unit(s[:i]):
            rest = _split_glued(s[i:])
            if rest is not None:
                return [(0, i), *((x + i, y + i) for x, y in rest)]
    spans = styles.glued(s, marks.is_unit)
    if len(spans) > 1 and all(_cell_unit(s[x:y]) for x, y in spans):
        return spans
    return [(0, len(s))] if s and _cell_unit(s) else None


def _cell_unit(s: str) -> bool:
    """A unit name, or a body with the unit it stands for in brackets after it (``高新园（邹区镇）``)."""
    m = re.fullmatch(r"[\u4e00-\u9fff]{2,10}[（(]([^（）()]{2,12})[）)]", s)
    return marks.is_unit(s) or (m is not None and marks.is_unit(m.group(1)))


def _glued_roles(s: str, names: list[tuple[int, int]], roles: list[Role], offset: int) -> list[Found]:
    """Each unit with its column's role: cells run together where two names touch with no mark between them.
    Where the names are listed too (、，), the last touching places part the columns (the first cell holds the
    rest: ``市行政审批局市司法局市级相关单位,各区县政府``); where every name touches, each column before the last
    holds one unit, as 牵头单位 names one (``民政局高新园各街道``: 民政局 leads, the rest assist)."""
    touching = [k for k in range(1, len(names)) if names[k][0] == names[k - 1][1]]
    if len(touching) == len(names) - 1:
        cuts = list(range(1, min(len(roles), len(names))))
    else:
        cuts = touching[len(touching) - (len(roles) - 1) :] if len(roles) > 1 else []
    out: list[Found] = []
    for k, (x, y) in enumerate(names):
        role = roles[min(sum(1 for c in cuts if c <= k), len(roles) - 1)]
        out.append(Found(compact(s[x:y]), role, offset + x, offset + y))
    return out
