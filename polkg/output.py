"""Printing results as an aligned table, JSON or CSV (one shape for every command that prints rows), and the
progress of a long load.

Tables fit the terminal: the widest columns give way first, and a clipped cell keeps its head and its tail
with any year in between (``乐山市市中区…2019…实施方案``) — plan titles differ by their year and their last words, so
clipping only the end made two plans look alike.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import sys
import unicodedata
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID

    from polkg.graph.model import Extraction

FORMATS = ("table", "json", "jsonl", "csv")
#: the widest a cell gets when the output is not a terminal (a pipe, a file) and --wide is not given
CELL_MAX = 60
MIN_COLUMN = 8
GAP = 2
YEAR = re.compile(r"(?:19|20)\d\d(?:\s*[—–~-]\s*(?:19|20)?\d\d)?\s*年?度?")


def width(s: str) -> int:
    """Display width in a terminal: CJK characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "、".join(cell(v) for v in value)
    if isinstance(value, dict) and ("_labels" in value or "_type" in value):
        return graph_item(value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def graph_item(value: dict[str, Any]) -> str:
    """A node (or a relationship) in a table cell by what names it, so that a path reads as a chain of names
    (乐山市市中区生态环境局、四川省生态环境厅) rather than as the properties of its nodes."""
    if "_type" in value:
        return f":{value['_type']}"
    for key in ("name", "title", "key", "id"):
        if value.get(key):
            return str(value[key])
    return ":" + ":".join(value["_labels"])


def csv_cell(value: Any) -> str:
    """Lists and maps as JSON text in CSV: joining with 、 would be ambiguous, 、 occurs inside the text."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return cell(value)


def head(s: str, limit: int) -> str:
    """The longest start of ``s`` that is at most ``limit`` columns wide."""
    out, w = "", 0
    for ch in s:
        w += width(ch)
        if w > limit:
            break
        out += ch
    return out


def tail(s: str, limit: int) -> str:
    return head(s[::-1], limit)[::-1]


def clip(s: str, limit: int = CELL_MAX, share: float = 0.4) -> str:
    """``s`` in at most ``limit`` columns: head…tail (the head takes ``share`` of the room), keeping the first
    year written in it whole (乐山市…2019…工作计划, …行动计划(2022—2023年)), since the year and the last words are
    what tell two plan titles apart. A ``…`` stands wherever something was left out."""
    if width(s) <= limit:
        return s
    if limit < 4:
        return head(s, limit)
    year = YEAR.search(s)
    if year is not None and width(year.group()) <= limit - 2:
        return around(s[: year.start()], year.group(), s[year.end() :], limit - width(year.group()), share)
    first = head(s, int((limit - 1) * share))
    return f"{first}…{tail(s, limit - 1 - width(first))}"


def around(before: str, middle: str, after: str, room: int, share: float) -> str:
    """``before`` + ``middle`` + ``after`` with ``before`` and ``after`` clipped to ``room`` columns in all."""
    if width(after) <= room * (1 - share):
        last, sep2 = after, ""
        first = before if width(before) <= room - width(after) else head(before, room - width(after) - 1)
    else:
        first = before if width(before) <= int(room * share) else head(before, int(room * share) - 1)
        rest = room - width(first) - (0 if first == before else 1)
        last, sep2 = (after, "") if width(after) <= rest else (tail(after, rest - 1), "…")
    sep1 = "" if first == before else "…"
    return f"{first}{sep1}{middle}{sep2}{last}"


#: where a clipped cell's head may end, tried in turn until the column's distinct values stay distinct
SHARES = (0.4, 0.2, 0.6, 0.1, 0.8)
#: columns with more distinct values than this (task texts) are clipped without that search
DISTINCT_MAX = 200


def clip_apart(values: list[str], limit: int) -> list[str] | None:
    """The column's values clipped to ``limit`` so that values that differ still differ, or None if no head/tail
    split does it (two plans of one district differ in the middle of their titles, not at the ends)."""
    wanted = len(set(values))
    for share in SHARES:
        out = [clip(v, limit, share) for v in values]
        if len(set(out)) == wanted:
            return out
    return None


def terminal_width() -> int | None:
    """Columns of the terminal the output goes to (``COLUMNS`` when set), or None for a pipe or a file."""
    if os.environ.get("COLUMNS") or sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


def apart(values: list[str], widths: list[int], i: int, natural: list[int]) -> list[str]:
    """Column ``i`` clipped so that two different values never print alike: a wider column when it must be,
    taking the room from the widest other column that can spare it (``widths`` is updated)."""
    if len(set(values)) > DISTINCT_MAX:
        return [clip(v, widths[i]) for v in values]
    while True:
        out = clip_apart(values, widths[i])
        if out is not None or widths[i] >= natural[i]:
            return out or values
        # only columns not laid out yet give room: an earlier column's cells are already clipped to its width
        donors = [j for j in range(i + 1, len(widths)) if widths[j] > MIN_COLUMN]
        if not donors:  # no room left in the terminal: the table's width wins over keeping values apart
            return [clip(v, widths[i]) for v in values]
        widths[max(donors, key=lambda j: widths[j])] -= 1
        widths[i] += 1


def whole_items(items: list[str], limit: int) -> str | None:
    """The first items of a list that fit ``limit`` columns with how many more there are (``a、b、…(+3)``), or
    None when not even one fits: a task id cut in the middle, or two run together, cannot be looked up."""
    for keep in range(len(items) - 1, 0, -1):
        s = f"{'、'.join(items[:keep])}、…(+{len(items) - keep})"
        if width(s) <= limit:
            return s
    return None


def fit(natural: list[int], floor: list[int], total: int) -> list[int]:
    """Column widths within ``total`` columns (gaps included): the widest column gives way first, none below its
    floor (its header, at most :data:`MIN_COLUMN`)."""
    widths = list(natural)
    room = total - GAP * (len(widths) - 1)
    while sum(widths) > room:
        i = max(range(len(widths)), key=lambda j: widths[j] - floor[j])
        if widths[i] <= floor[i]:
            break
        widths[i] -= 1
    return widths


def render(columns: list[str], rows: list[list[Any]], fmt: str = "table", max_width: int | None = None) -> str:
    """Rows as ``fmt``. Tables: ``max_width`` columns in all (a terminal's width), 0 for no clipping, None for
    cells of at most :data:`CELL_MAX` (a pipe)."""
    if fmt == "json":
        return json.dumps([dict(zip(columns, r, strict=True)) for r in rows], ensure_ascii=False, indent=1)
    if fmt == "jsonl":
        return "\n".join(json.dumps(dict(zip(columns, r, strict=True)), ensure_ascii=False) for r in rows)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([csv_cell(v) for v in r])
        return buf.getvalue().rstrip("\n")
    return table(columns, rows, max_width)


def table(columns: list[str], rows: list[list[Any]], max_width: int | None = None) -> str:
    text = [[" ".join(cell(v).split()) for v in r] for r in rows]  # tabs and newlines would break columns
    natural = [max([width(c)] + [width(r[i]) for r in text]) for i, c in enumerate(columns)]
    if max_width is None:
        widths = [min(w, CELL_MAX) for w in natural]
    elif max_width == 0:
        widths = natural
    else:
        widths = fit(natural, [min(width(c), w, MIN_COLUMN) for c, w in zip(columns, natural, strict=True)],
                     max_width)
    cells = [apart([r[i] for r in text], widths, i, natural) for i in range(len(columns))]
    # a later column may have taken room from an earlier one: every cell within its column's final width
    cells = [[v if width(v) <= w else clip(v, w) for v in col] for col, w in zip(cells, widths, strict=True)]
    for i, w in enumerate(widths):  # a clipped list keeps whole items (ids to pass on), not a head and a tail
        for j, r in enumerate(rows):
            if isinstance(r[i], list) and cells[i][j] != text[j][i]:
                cells[i][j] = whole_items([" ".join(cell(v).split()) for v in r[i]], w) or cells[i][j]
    columns = [clip(c, w) for c, w in zip(columns, widths, strict=True)]
    text = [[cells[i][j] for i in range(len(columns))] for j in range(len(text))]

    def line(cells: list[str]) -> str:
        return "  ".join(c + " " * (w - width(c)) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(columns), line(["-" * w for w in widths])]
    out += [line(r) for r in text]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


class LoadProgress:
    """The progress of a load on a terminal (a bar on stderr, gone when done; nothing in a pipe), and the
    per-file summary after it. Passed to :func:`polkg.api.load` as its ``on_file`` callback."""

    def __init__(self, console: Console | None = None) -> None:
        from rich.console import Console

        self.console = console or Console(stderr=True)
        self.rows: list[list[Any]] = []
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> LoadProgress:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()

    def __call__(self, done: int, total: int, extraction: Extraction) -> None:
        self.rows.append([extraction.file or extraction.doc, extraction.format, len(extraction.documents),
                          len(extraction.tasks), len(extraction.targets), len(extraction.unattributed)])
        if not self.console.is_terminal:
            return
        if self._bar is None:
            self._start(total)
        assert self._bar is not None and self._task is not None
        what = "writing the graph" if done == total else f"read {extraction.file or extraction.doc}"
        self._bar.update(self._task, completed=done, description=what)

    def _start(self, total: int) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._bar = Progress(TextColumn("loading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                             TextColumn("{task.description}"), console=self.console, transient=True)
        self._bar.start()
        self._task = self._bar.add_task("", total=total)

    def summary(self, max_width: int | None = None) -> str:
        """One line per file read: its format and what it gave."""
        columns = ["file", "format", "plans", "tasks", "targets", "unattributed"]
        return render(columns, self.rows, "table", max_width).rsplit("\n", 1)[0]
