"""PDF files through pdfplumber: the text layer in reading order, tables as rows and cells, page numbers.

What a PDF does to a plan, and how it is undone here:

- a paragraph is broken into lines at the right margin: a line that reaches the margin continues on the
  next one, unless the next one is indented or starts a heading;
- tables are drawn with ruling lines: pdfplumber finds each cell, so a table reaches the readers as real
  rows and cells, not flattened text; a cell spanning rows (merged vertically) is filled down, flagged
  inherited; a cell spanning columns leaves the ones it covers empty;
- a table cut by a page break goes on at the top of the next page with the same columns: its rows join
  the table on the page before;
- page numbers (``- 3 -``, ``—3—``, ``第3页``) between pages are dropped.

A PDF with no text layer (a scan) is refused with what to do: OCR it first.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from polkg.errors import PolkgError
from polkg.loaders.inputs.source import Builder, GridCell, Source, fill_down
from polkg.loaders.text import heading_level

_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–－~]*\s*\d{1,4}\s*[-—–－~]*|第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)\s*$"
)
#: a line ending within this many character widths of the right margin was wrapped, not ended
_WRAP_SLACK = 1.5
#: a line starting this many character widths right of the left margin starts a new paragraph
_INDENT = 1.2
OCR_HINT = "run OCR first, e.g. ocrmypdf -l chi_sim FILE out.pdf"


@dataclass
class _Table:
    grid: list[list[GridCell | None]]
    pages: list[int]
    columns: int


@dataclass
class _Page:
    items: list[tuple[float, str | _Table]] = field(default_factory=list)  # (top, paragraph text or table)


def read(path: Path, data: bytes) -> Source:
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [_page(page, n) for n, page in enumerate(pdf.pages, start=1)]
            chars = sum(len(page.chars) for page in pdf.pages)
    except Exception as e:  # pdfminer raises many types (wrapped by pdfplumber) for one cause: a bad file
        if "Password" in f"{type(e).__name__} {e!r}":
            raise PolkgError("the PDF is encrypted: save an unprotected copy first") from None
        why = (str(e).splitlines() or [type(e).__name__])[0]
        raise PolkgError(f"not a readable PDF ({why}); it may be damaged or truncated") from None
    if chars == 0:
        raise PolkgError(f"the PDF has no text layer (a scan?): {OCR_HINT}")
    return _assemble(path, pages)


def _page(page: Any, number: int) -> _Page:
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    outside = page.filter(lambda obj: not any(_inside(obj, b) for b in boxes))
    lines = [ln for ln in outside.extract_text_lines(strip=True) if ln["text"].strip()]
    out = _Page()
    for top, text in _paragraphs(lines, page.width):
        out.items.append((top, text))
    for t in tables:
        out.items.append((t.bbox[1], _table(t, number)))
    out.items.sort(key=lambda item: item[0])
    return out


def _inside(obj: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    x = (obj.get("x0", 0) + obj.get("x1", 0)) / 2
    y = (obj.get("top", 0) + obj.get("bottom", 0)) / 2
    return bool(box[0] <= x <= box[2] and box[1] <= y <= box[3])


def _paragraphs(lines: list[dict[str, Any]], width: float) -> list[tuple[float, str]]:
    """Lines joined into paragraphs where the PDF wrapped them at the right margin."""
    lines = [ln for ln in lines if not _PAGE_NUMBER.match(ln["text"])]
    if not lines:
        return []
    left = min(ln["x0"] for ln in lines)
    right = max(ln["x1"] for ln in lines)
    out: list[tuple[float, str]] = []
    prev: dict[str, Any] | None = None
    for ln in lines:
        size = _char_size(ln)
        starts_new = (
            prev is None
            or prev["x1"] < right - _WRAP_SLACK * _char_size(prev)
            or ln["x0"] > left + _INDENT * size
            or heading_level(ln["text"]) is not None
        )
        if starts_new:
            out.append((ln["top"], ln["text"]))
        else:
            top, text = out[-1]
            out[-1] = (top, text + _joiner(text, ln["text"]) + ln["text"])
        prev = ln
    return out


def _char_size(line: dict[str, Any]) -> float:
    chars = line.get("chars") or []
    if not chars:
        return 10.0
    return float(sum(c["x1"] - c["x0"] for c in chars) / len(chars)) or 10.0


def _joiner(before: str, after: str) -> str:
    """A space between two ASCII words wrapped apart, nothing between Chinese characters."""
    def word(ch: str) -> bool:
        return ch.isascii() and ch.isalnum()

    return " " if word(before[-1:]) and word(after[:1]) else ""


def _table(t: Any, page: int) -> _Table:
    """The table as a grid: None where a cell merged from above continues (filled down later)."""
    texts = t.extract()
    xs = sorted({c[0] for c in t.cells})
    grid: list[list[GridCell | None]] = []
    for row, values in zip(t.rows, texts, strict=True):
        out: list[GridCell | None] = []
        for col, (bbox, value) in enumerate(zip(row.cells, values, strict=True)):
            if bbox is not None:
                out.append(GridCell(_unwrap(value or "")))
            elif _spanned_from_left(row.cells, xs[col] if col < len(xs) else 0.0):
                out.append(GridCell(""))
            else:
                out.append(None)
        grid.append(out)
    return _Table(grid, [page] * len(grid), len(xs))


def _unwrap(value: str) -> str:
    """A cell's text with the PDF's line wraps undone (a cell's lines are one text cut at the cell's width)."""
    lines = [ln.strip() for ln in value.split("\n") if ln.strip()]
    out = lines[0] if lines else ""
    for ln in lines[1:]:
        out += _joiner(out, ln) + ln
    return out


def _spanned_from_left(cells: list[Any], x: float) -> bool:
    return any(c is not None and c[0] < x < c[2] for c in cells)


def _assemble(path: Path, pages: list[_Page]) -> Source:
    """Pages to one text: a table that opens a page and has the columns of the table that closed the page
    before continues it."""
    items: list[tuple[int, str | _Table]] = []
    for number, page in enumerate(pages, start=1):
        for i, (_, item) in enumerate(page.items):
            last = items[-1][1] if items else None
            if (i == 0 and isinstance(item, _Table) and isinstance(last, _Table)
                    and last.columns == item.columns and last.pages[-1] == number - 1):
                last.grid.extend(item.grid)
                last.pages.extend(item.pages)
                continue
            items.append((number, item))
    out = Builder()
    for number, item in items:
        if isinstance(item, _Table):
            out.table(fill_down(item.grid), pages=item.pages)
        else:
            out.paragraph(item, page=number)
    return out.source(path, "pdf")
