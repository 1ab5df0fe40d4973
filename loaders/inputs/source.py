"""The text handed to the readers, and the map from its offsets back to the file.

A :class:`Builder` appends paragraphs and table rows and records an :class:`Origin` for each; the result
is a :class:`Source`. Tables become tab-separated lines, one per row, header row first, because that is
the shape every table reader in :mod:`polkg.loaders` already takes (:mod:`polkg.loaders.table`): a cell's
own newlines and tabs become spaces, and a vertically merged cell is filled down with the value above,
its :attr:`Origin.inherited` set so the units read from it are marked ``inherited`` like the progress
table's.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

_CELL_SPACE = re.compile(r"[\t\r\n\f\v\u2028\u2029]+")


@dataclass(frozen=True)
class Origin:
    """Where ``text[start:end]`` came from: 1-based page, paragraph, table, row and column, where known."""

    start: int
    end: int
    page: int | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None
    inherited: bool = False  # filled down from a vertically merged cell above

    def describe(self) -> str:
        """``page 3, table 1 row 4 column 2`` — the words ``polkg show`` prints."""
        parts = []
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.paragraph is not None:
            parts.append(f"paragraph {self.paragraph}")
        if self.table is not None:
            parts.append(f"table {self.table} row {self.row} column {self.column}")
        if self.inherited:
            parts.append("(merged cell, value of the row above)")
        return ", ".join(parts)


@dataclass
class Source:
    """One input file as text: what the readers get, what it was, and the map back to it."""

    path: Path
    kind: str  # text, pdf, docx, html
    text: str
    encoding: str | None = None
    origins: list[Origin] = field(default_factory=list)  # sorted by start, not overlapping
    warnings: list[str] = field(default_factory=list)

    @cached_property
    def _starts(self) -> list[int]:
        return [o.start for o in self.origins]

    def at(self, offset: int) -> Origin | None:
        """The origin of the character at ``offset`` (None in plain text, or between pieces); O(log n)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.origins[i].end:
            return self.origins[i]
        return None


@dataclass(frozen=True)
class GridCell:
    """One cell of a table as laid out in the file, before it becomes a column of a text row."""

    text: str
    inherited: bool = False  # continuation of a vertically merged cell: text is the value above


@dataclass
class Builder:
    """Accumulates text with origins; one paragraph or table row per line."""

    parts: list[str] = field(default_factory=list)
    origins: list[Origin] = field(default_factory=list)
    length: int = 0
    tables: int = 0

    def paragraph(self, text: str, page: int | None = None, paragraph: int | None = None) -> None:
        """Append one paragraph (its own line breaks kept, tabs made spaces so no paragraph looks like a row)."""
        text = text.replace("\t", " ").strip("\n")
        if not text.strip():
            return
        self.origins.append(Origin(self.length, self.length + len(text), page=page, paragraph=paragraph))
        self._append(text)

    def table(self, rows: list[list[GridCell]], pages: list[int] | None = None) -> None:
        """Append a table, one tab-separated line per row (``pages[i]``: the page of row i); empty rows dropped."""
        kept = [(r, row) for r, row in enumerate(rows) if any(c.text.strip() for c in row)]
        if not kept:
            return
        self.tables += 1
        for i, row in kept:
            page = pages[i] if pages else None
            pos = self.length
            texts = [cell_text(c.text) for c in row]
            for col, (cell, text) in enumerate(zip(row, texts, strict=True), start=1):
                self.origins.append(Origin(pos, pos + len(text), page=page, table=self.tables, row=i + 1,
                                           column=col, inherited=cell.inherited and bool(text)))
                pos += len(text) + 1
            self._append("\t".join(texts))

    def _append(self, line: str) -> None:
        self.parts.append(line)
        self.parts.append("\n")
        self.length += len(line) + 1

    def text(self) -> str:
        return "".join(self.parts)

    def source(self, path: Path, kind: str) -> Source:
        return Source(path=path, kind=kind, text=self.text(), origins=self.origins)


def cell_text(s: str) -> str:
    """A cell on one line: its line breaks and tabs become single spaces (a unit per line stays a list)."""
    return _CELL_SPACE.sub(" ", s).strip()


def fill_down(grid: list[list[GridCell | None]]) -> list[list[GridCell]]:
    """Resolve a grid where None marks the continuation of a vertically merged cell: the value above,
    flagged inherited. A None with nothing above becomes an empty cell."""
    out: list[list[GridCell]] = []
    for r, row in enumerate(grid):
        new: list[GridCell] = []
        for c, cell in enumerate(row):
            if cell is not None:
                new.append(cell)
            elif r > 0 and c < len(out[r - 1]) and out[r - 1][c].text:
                new.append(GridCell(out[r - 1][c].text, inherited=True))
            else:
                new.append(GridCell(""))
        out.append(new)
    return out
