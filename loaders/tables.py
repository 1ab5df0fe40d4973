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
from dataclasses import dataclass, field
from functools import cache

from polkg import data
from polkg.graph.model import Role, Span
from polkg.loaders import marks, styles
from polkg.loaders.styles import Found, Para
from polkg.loaders.table import split_people
from polkg.loaders.text import balance, compact, item_marker, rejoin, trimmed_span
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
    }


def column_kind(header: str) -> Column | None:
    """The meaning of a header cell; leaders and roles win over task words (``责任单位`` is not a task)."""
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
        return Column("task", name=h.endswith("名称"))
    return None


def implied_task(kinds: list[Column | None], cells: list[str]) -> list[Column | None]:
    """A header row of short labels with a unit column but no task word (``行业 | 时间安排 | 责任单位``): its
    one unnamed column holds what is to be done, as the task column of any plan's table does (with several
    unnamed columns, which one is the task is a guess: none is taken; a 备注 column is a remark, never the task)."""
    short = all(0 < len(c) <= MAX_IMPLIED_HEADER and not any(p in c for p in "，。；：,;:") for c in cells)
    has_role = any(k is not None and k.kind == "role" for k in kinds)
    unnamed = [i for i, k in enumerate(kinds) if k is None and not any(x in cells[i] for x in _words()["other"])]
    if not short or not has_role or any(k is not None and k.kind == "task" for k in kinds) or len(unnamed) != 1:
        return kinds
    at = unnamed[0]
    return [*kinds[:at], Column("task"), *kinds[at + 1 :]]


def is_header(kinds: list[Column | None]) -> bool:
    has_role = any(k is not None and k.kind in ("role", "leader", "division") for k in kinds)  # 责任处室 alone too
    return has_role and any(k is not None and k.kind == "task" for k in kinds)


@dataclass
class Table:
    """The header of the table being read, and the row before (to tell filled-down cells)."""

    sep: str | None  # None: columns separated by spaces
    kinds: list[Column | None]
    prev: list[str] = field(default_factory=list)


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


def row_of(text: str, para: Para, table: Table | None) -> Row | None:
    """The paragraph as a table row (header, heading or record), or None when it is not one."""
    s = text[para.start : para.end]
    if _RULE.match(s) and any(c in s for c in "|│┃║─━═-"):
        return Row() if table is not None or "|" in s or "│" in s else None
    sep = separator_of(s)
    if sep is None and table is not None and table.sep is not None and s.count(table.sep) >= 2:
        sep = table.sep  # a row with one cell filled (a wrapped cell's rest, a section title)
    if sep is not None:
        cells = split_cells(text, para, sep)
        kinds = [column_kind(text[a:b]) for a, b in cells]
        if table is None:
            kinds = implied_task(kinds, [compact(text[a:b]) for a, b in cells])
        if is_header(kinds):
            return Row(header=Table(sep, kinds))
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


def continues(s: str) -> bool:
    """Whether a line that is not a row still sits inside a table: a section heading (``一、…``) or a
    page number (``—5—``) between rows; prose ends the table."""
    flat = compact(s)
    return len(flat) <= MAX_SECTION_ROW and not any(c in flat for c in "。；")


# ---------------------------------------------------------------- records


def record(text: str, cells: list[Cell], table: Table, end: int) -> Row:
    source, table = table, merged_lead(text, cells, table)
    table = _blank_columns_dropped(text, cells, table) if table is source else table
    values = [compact(text[a:b]) for a, b in cells]
    filled = [i for i, v in enumerate(values) if v]
    if not filled:
        return Row()
    wrapped = wrapped_cell(table, values, filled)
    if wrapped is not None:
        source.prev[wrapped] = table.prev[wrapped] = table.prev[wrapped] + values[wrapped]
        return Row(more=trimmed_span(text, *cells[wrapped]))
    if len(filled) == 1 or all(table.kinds[i] is None or table.kinds[i].kind != "task"  # type: ignore[union-attr]
                                for i in filled if i < len(table.kinds)):
        only = values[filled[0]]
        marker = item_marker(only)
        if len(filled) == 1 and (marker is not None or len(only) <= 30):
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
            row.found.extend(styles.unit_list(text[a:b], a, col.role))
        elif col.kind == "leader":
            row.leaders.extend(p.name for p in split_people(text[a:b]) if len(p.name) > 1)
        elif col.kind == "division":
            row.divisions.extend(division_names(text[a:b]))
        elif col.kind == "deadline":
            row.deadline = deadline_of_cell(values[i])
        elif col.kind == "task":
            texts.append((a, b))
    source.prev = table.prev = values
    # the last task column is the task; earlier ones (重点任务 before 具体措施) are its section
    # (a 项目名称 before 建设内容 names the row's own project: the row's text starts there)
    named = [c for c in texts[:-1] if _column_at(table, cells, c).name]
    row.section = [styles.heading_title(text[a:b]) for a, b in texts[:-1] if (a, b) not in named]
    own = texts[-1:]
    if not own:
        return Row()
    end_of_task = _detail_end(table, cells, values, cells.index(own[0]))
    last = max(b for (a, b), v in zip(cells, values, strict=True) if v)
    task_cell = values[cells.index(own[0])]
    # (a longer cell naming only objects, no duty, as well: 学校、医院、商场、车站、)
    objects = len(task_cell) <= MAX_OBJECT_TASK and not marks.obligation_like(task_cell)
    named_only = len(task_cell) <= MAX_NAME_TASK or objects
    short = named_only and not re.search("[，。；,;]", task_cell)
    # a task cell that only names a field (危险化学品 | 3月份 | 应急站): the row as a whole says what is to be done
    first = named[0][0] if named else own[0][0]
    row.text = trimmed_span(text, first, last if short and last > own[-1][1] else end_of_task)
    row.body = "".join(text[a:b] for a, b in own)
    if row.deadline is None:  # no 完成时限 column: the latest deadline written anywhere in the row
        row.deadline = deadlines.find_deadline(" ".join([text[a:b] for a, b in own] + other))
    return row


def _detail_end(table: Table, cells: list[Cell], values: list[str], i: int) -> int:
    """Where the task cell ``i`` ends, with the unnamed columns right after it that come before any unit,
    division or deadline column (``工作任务 | 细化分工 | 责任处室``: the detail is the task's too); unnamed
    columns after those (进展情况, 备注) are not."""
    end = cells[i][1]
    for j in range(i + 1, len(cells)):
        if (table.kinds[j] if j < len(table.kinds) else None) is not None:
            return end
        if values[j]:
            end = cells[j][1]
    return cells[i][1]  # no named column after it: nothing says those cells are the task's


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


def wrapped_cell(table: Table, values: list[str], filled: list[int]) -> int | None:
    """The task column, when a row fills only that column, has no number and the row above's task cell stops
    mid-sentence: the cell wrapped onto a row of its own (``|  | 加装电梯50部。 |  |``)."""
    if len(filled) != 1 or filled[0] >= len(table.kinds) or filled[0] >= len(table.prev):
        return None
    col, above = table.kinds[filled[0]], table.prev[filled[0]]
    if col is None or col.kind != "task" or not above or above[-1] in "。；;！？!?）)":
        return None
    return None if item_marker(values[filled[0]]) is not None else filled[0]


def _blank_columns_dropped(text: str, cells: list[Cell], table: Table) -> Table:
    """A numbered row with fewer cells than its header, where the header has columns that name nothing
    (细化分工, 备注): a flattening that leaves out empty or merged cells left those out, so the row's cells fill
    the columns that mean something (trailing ones first) when its deadline cell then reads as one."""
    missing = len(table.kinds) - len(cells)
    if missing <= 0 or not cells or not re.fullmatch(r"[\d.．、]+", compact(text[cells[0][0] : cells[0][1]])):
        return table
    kinds = list(table.kinds)
    while missing > 0 and kinds and kinds[-1] is None:
        kinds.pop()
        missing -= 1
    blank = [i for i, k in enumerate(kinds) if k is None]
    if missing <= 0 or len(blank) < missing:
        return table
    kinds = [k for i, k in enumerate(kinds) if i not in blank[-missing:]]
    at = next((i for i, k in enumerate(kinds) if k is not None and k.kind == "deadline"), None)
    cell = text[cells[at][0] : cells[at][1]] if at is not None and at < len(cells) else ""
    if deadline_cell(cell) is None and deadlines.find_deadline(cell) is None:
        return table
    return Table(table.sep, kinds, table.prev)


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


@cache
def _divisions() -> Divisions:
    raw = data.read("styles.toml")
    d = raw["divisions"]
    roles = tuple(sorted(raw["editorial"]["trailing"], key=len, reverse=True))
    return Divisions(tuple(d["labels"]), tuple(d["columns"]), tuple(d["endings"]), int(d["max_bare"]),
                     tuple(d["not_bare"]), roles)


def division_names(cell: str) -> list[str]:
    """The divisions of a cell or a label's value, in order: ``规财处牵头，水处、环科院配合`` → 规财处, 水处,
    环科院 (role words dropped: inside a department who leads is the first named)."""
    out: list[str] = []
    for piece in re.split(r"[，,、；;。/\s]+", cell):
        name = piece if balance(piece) == 0 else piece.strip("（）()〔〕[]【】")  # 规划信息处(爱卫办) keeps its own
        a, b = styles.strip_remarks(name)  # 基层处等按职责分工落实: the words after the names are no division
        name = name[a:b].strip() or name
        for word in _divisions().roles:
            if name.endswith(word) and len(name) > len(word):
                name = name[: -len(word)]
                break
        if len(name) >= 2 and name not in out:
            out.append(name)
    return out


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


def space_header(s: str) -> list[Column | None] | None:
    """The columns of a header whose cells are separated only by spaces (``序号 工 作 任 务 牵头负责部门``)."""
    flat = compact(s)
    if len(flat) > MAX_HEADER or any(c in flat for c in "。，；：,;:") or " " not in s.strip():
        return None
    kinds: list[Column | None] = []
    pos = 0
    words = _header_words()
    while pos < len(flat):
        hit = next((w for w in words if flat.startswith(w, pos)), None)
        if hit is None:
            pos += 1
            continue
        kinds.append(column_kind(hit))
        pos += len(hit)
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
        if any(k.kind == "deadline" for k in tail_cols) and row.deadline is None and _deadline_like(tok):
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
        if row.deadline is None and _deadline_like(text[x:y]):
            row.deadline = compact(text[x:y])
    return hi - n


def trailing_columns(kinds: list[Column | None]) -> int:
    """How many columns stand after the last unit or deadline column (上半年推进情况, 备注: free text)."""
    last = max((i for i, k in enumerate(kinds) if k is not None and k.kind in ("role", "deadline")), default=None)
    return 0 if last is None else len(kinds) - 1 - last


def fragment(s: str) -> bool:
    """A piece of a narrow table cell: one to three Chinese characters and nothing else."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{1,3}", s.strip()))


def deadline_of_cell(value: str) -> str | None:
    """What a 完成时限 / 进度安排 cell gives as the deadline: a short cell as written (``2020年底前``, ``立行立改,
    长期坚持``); a schedule of several steps (``2023年6月底前完成方案，12月底前全部完成``) its overall one."""
    if len(value) <= MAX_DEADLINE_CELL:
        return value
    return deadlines.find_deadline(value) or value


def deadline_cell(s: str, column: bool = False) -> str | None:
    """A line or cell that holds only a deadline (``2020年12月``, ``年底前``, ``长期坚持``); under a 完成时限
    column (``column``) a bare year too (``2020``)."""
    flat = compact(s)
    if column and re.fullmatch(r"(?:19|20)\d{2}", flat):
        return flat
    if len(flat) <= 16 and _deadline_like(flat) and not any(c in flat for c in "，。；"):
        return flat
    return None


#: an indicator's value (``15.4（2022年数据）``) or trend (``持续下降``) in a cell: no deadline
_NOT_DEADLINE = re.compile(
    r"^(?:\d+\.\d+|\d+(?![\d年月日.—\-–～~至]))|^(?:持续|逐年|稳步)(?:下降|降低|减少|提高|提升|增长|增加|改善|好转|优化|向好)|数据")


def _deadline_like(tok: str) -> bool:
    if _NOT_DEADLINE.search(tok):
        return False
    return bool(re.search(r"\d{4}年|\d{1,2}月|年底|年内|长期|持续|季度|上半年|下半年", tok)) and len(tok) <= 16


def paragraphs(text: str) -> list[Para]:
    """The paragraphs of a text: a line cut mid-sentence by a page break continues on the next line, but
    never into a table row, an item, a label, a number or a unit list (a table flattened one cell per
    line looks like cut prose)."""
    return cell_rows(text, [Para(a, b) for a, b in rejoin(text, _continues)])


def _pipe_kind(s: str) -> str:
    """How a line of a table flattened one cell per line between ``|`` marks stands: ``bare`` (the mark
    alone), ``left`` (``| 市安监局``), ``right`` (``教體局 |``), ``text`` (no mark) or ``other``."""
    s = s.strip()
    n = s.count("|")
    if s == "|":
        return "bare"
    if n == 0:
        return "text"
    if n == 1 and s.startswith("|"):
        return "left"
    if n == 1 and s.endswith("|"):
        return "right"
    return "other"


def cell_rows(text: str, paras: list[Para]) -> list[Para]:
    """The lines of one table row flattened one cell per line between ``|`` marks joined into one paragraph,
    so the row is read like any pipe-separated row. Portals write two such shapes: a cell then the others
    each after its mark (``第一组`` / ``| 市安监局`` / ``| 雁塔区`` / ``|``), and each cell closed by its mark
    (``|`` / ``1 |`` / ``教體局 |``). Rows of the first shape are joined only when every row of the run has as
    many cells as the others: a row missing its first cells (merged over rows) is left to the engine's
    one-cell-per-line reading, which knows merged cells."""
    kinds = [_pipe_kind(text[p.start : p.end]) for p in paras]
    rows: list[tuple[int, int]] = []
    i = 0
    while i < len(paras):
        j = _row_end(kinds, i)
        rows.append((i, j))
        i = j + 1
    rows = _even_runs(kinds, rows)
    return [Para(paras[i].start, paras[j].end) for i, j in rows]


def _row_end(kinds: list[str], i: int) -> int:
    """The index of the last line of the cell-per-line row starting at line ``i`` (``i`` when none starts there)."""
    nxt = kinds[i + 1] if i + 1 < len(kinds) else ""
    j = i
    if kinds[i] == "text" and nxt == "left":  # 第一组 / | 市安监局 / | 雁塔区 / | / |
        while j + 1 < len(kinds) and kinds[j + 1] == "left":
            j += 1
        while j + 1 < len(kinds) and kinds[j + 1] == "bare":
            j += 1
    elif kinds[i] == "bare" and nxt == "right":  # | / 1 | / 教體局 |
        while j + 1 < len(kinds) and kinds[j + 1] == "right":
            j += 1
    return j if j - i >= 2 else i  # at least two cells


def _even_runs(kinds: list[str], rows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``rows`` with each run of adjacent joined rows of the ``| cell`` shape split back into lines when its
    rows hold different numbers of cells."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []

    def flush() -> None:
        counts = {j - i for i, j in run}
        out.extend(run if len(counts) <= 1 else [(x, x) for i, j in run for x in range(i, j + 1)])
        run.clear()

    for i, j in rows:
        if j > i and kinds[i] == "text":
            run.append((i, j))
            continue
        flush()
        out.append((i, j))
    flush()
    return out


def _continues(prev: str, s: str) -> bool:
    last = prev.splitlines()[-1]
    broken = len(prev.splitlines()) > 1 and len(compact(s)) <= MAX_LAST_FRAGMENT  # 长沙/先导/区管委会
    whole = len(last.strip()) > 2 and marks.is_unit(last)  # 市残联 / 市妇联: units on lines of their own
    header = len(compact(prev)) <= MAX_CELL_HEADER and column_kind(compact(prev)) is not None
    if fragment(last) and not whole and not header and (fragment(s) or broken) and len(compact(prev)) < MAX_FRAGMENTS:
        return True  # 市政 / 府办 / 公厅 (and 完成 / 时限): a narrow cell broken over lines, until it is a header
    if not styles.continues(prev, s) or item_marker(s) is not None or re.fullmatch(r"\d{1,3}", s):
        return False
    flat = compact(s)
    if flat in marks.words().labels or (column_kind(flat) is not None and len(flat) <= MAX_CELL_HEADER):
        return False
    if marks.labels(s) and marks.labels(s)[0].start == 0:
        return False
    return not (marks.unit_names(prev, 0, "responsible") or _unit_line(s))


def _unit_line(s: str) -> bool:
    """A line naming units (a unit cell of its own), not the rest of a sentence that ends like one (``进加装电梯
    50部。``: a count is no unit's name)."""
    found = marks.unit_names(s, 0, "responsible")
    return bool(found) and not any(re.search(r"\d", f.mention) for f in found or [])
