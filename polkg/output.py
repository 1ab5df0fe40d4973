"""Printing results as an aligned table, JSON or CSV (one shape for every command that prints rows)."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from typing import Any

FORMATS = ("table", "json", "jsonl", "csv")
CELL_MAX = 60


def width(s: str) -> int:
    """Display width in a terminal: CJK characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "、".join(cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def csv_cell(value: Any) -> str:
    """Lists and maps as JSON text in CSV: joining with 、 would be ambiguous, 、 occurs inside the text."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return cell(value)


def clip(s: str, limit: int = CELL_MAX) -> str:
    if width(s) <= limit:
        return s
    out, w = "", 0
    for ch in s:
        w += width(ch)
        if w > limit - 1:
            break
        out += ch
    return out + "…"


def render(columns: list[str], rows: list[list[Any]], fmt: str = "table") -> str:
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
    return table(columns, rows)


def table(columns: list[str], rows: list[list[Any]]) -> str:
    text = [[clip(" ".join(cell(v).split())) for v in r] for r in rows]  # tabs and newlines would break columns
    widths = [max([width(c)] + [width(r[i]) for r in text]) for i, c in enumerate(columns)]

    def line(cells: list[str]) -> str:
        return "  ".join(c + " " * (w - width(c)) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(columns), line(["-" * w for w in widths])]
    out += [line(r) for r in text]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
