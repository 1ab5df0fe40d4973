"""Shared helpers for tables flattened from PDF into tab-separated lines.

What PDF extraction does to a table, and the helper that undoes it:

- one row per line, cells separated by tabs: :func:`split_row` gives each cell with its offsets;
- the header row is repeated on every page, with varying words and spaced-out characters
  (``牵 头 厅 领 导``): the table engine reads it with every table's vocabulary
  (:func:`polkg.loaders.tables.pdf_fields`);
- characters spaced out inside cells (``环 境 保 护 厅``, ``高 洁``): :func:`tidy`, :func:`split_list`
  and :func:`split_people` put them back together;
- merged cells come out empty on every row but the first: the caller decides what an empty cell means;
- cells shifted into a neighbouring column: :func:`align` puts each non-empty cell in the column whose
  content it fits, keeping their order;
- a row cut by a page break continues, after the repeated header, as a row whose text cell completes
  the sentence: :func:`ends_open` tells whether a text stops mid-sentence.

Nothing here changes the source text; every cell keeps offsets into it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from polkg.graph.model import Span
from polkg.loaders.text import Line, compact, ends_like, split_top_level, trimmed_span

#: whitespace between two characters of which at least one is not ASCII is layout, not a word break
_LAYOUT_SPACE = re.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")
_SPACES = re.compile(r"\s+")
EDGE_TAG = re.compile(r"\s*</?p>\s*")  # a tag at the start of a cell's content
EDGE_TAG_END = re.compile(r"\s*</?p>\s*$")  # and at its end
SENTENCE_END = "。；;！？!?．.）)」”》>"
LIST_SEPARATORS = "、，,;；/"
#: added to a cell's score for the column it sits in, so that content decides only when it disagrees
POSITION_BONUS = 0.5


@dataclass(frozen=True)
class Cell:
    """One cell of a row: its raw text and where it sits in the source."""

    start: int
    end: int
    raw: str

    @property
    def text(self) -> str:
        """The cell with layout whitespace removed (see :func:`tidy`)."""
        return tidy(self.raw)

    @property
    def empty(self) -> bool:
        return not self.raw.strip()

    @property
    def flat(self) -> str:
        """The cell with all whitespace removed (for matching, not display)."""
        return compact(self.raw)

    def span(self) -> Span:
        """Where the cell's content is: without the whitespace and the ``<p>``/``</p>`` tags around it (a
        provenance span points at the words, not at the markup of the PDF-to-text conversion)."""
        a, b = 0, len(self.raw)
        while "<" in self.raw and ((m := EDGE_TAG.match(self.raw, a, b)) or (m := EDGE_TAG_END.search(self.raw, a, b))):
            a, b = (m.end(), b) if m.start() == a else (a, m.start())
        return trimmed_span(self.raw, a, b, offset=self.start)

    def sub(self, a: int, b: int | None = None) -> Cell:
        """The part ``raw[a:b]`` of this cell, offsets kept."""
        b = len(self.raw) if b is None else b
        return Cell(self.start + a, self.start + b, self.raw[a:b])


def split_row(line: Line, sep: str = "\t") -> list[Cell]:
    """The cells of a tab-separated line, each with its offsets into the source text."""
    out: list[Cell] = []
    pos = 0
    for raw in line.text.split(sep):
        out.append(Cell(line.start + pos, line.start + pos + len(raw), raw))
        pos += len(raw) + len(sep)
    return out


def tidy(s: str) -> str:
    """Whitespace removed where it is layout: ``到 2020 年`` → ``到2020年``, ``环 境 保 护 厅`` → ``环境保护厅``;
    a single space kept between two ASCII words (``NGO 20``)."""
    return _SPACES.sub(" ", _LAYOUT_SPACE.sub("", s)).strip()


def ends_open(s: str) -> bool:
    """Whether ``s`` stops mid-sentence (no final punctuation): the rest is on the next page."""
    s = s.rstrip()
    return bool(s) and s[-1] not in SENTENCE_END


@dataclass(frozen=True)
class Piece:
    """One item of a list cell: its name (whitespace removed) and offsets within the cell text."""

    start: int
    end: int
    name: str


def _looks_complete(name: str, suffixes: Sequence[str], min_len: int) -> bool:
    return ends_like(name, tuple(suffixes), min_len)


#: compiled once: asked of every cell, name or clause
_WORD = re.compile(r"\S+")


def split_list(s: str, suffixes: Sequence[str], min_len: int = 2, separators: str = LIST_SEPARATORS) -> list[Piece]:
    """The items of a list cell such as ``水 处， 科 标 处、 土 壤 处`` → 水处, 科标处, 土壤处.

    Items are split on list punctuation outside brackets. Whitespace inside an item splits it only
    when every part is a complete name on its own (at least ``min_len`` characters, ending in one of
    ``suffixes``): ``生态处 环评处`` is two divisions, ``省发展 改革委`` and ``机关服 务中 心`` are one.
    """
    out: list[Piece] = []
    for start, end in _top_level(s, separators):
        words = [(m.start(), m.end()) for m in _WORD.finditer(s[start:end])]
        names = [s[start + a : start + b] for a, b in words]
        if len(words) > 1 and all(_looks_complete(n, suffixes, min_len) for n in names):
            out.extend(Piece(start + a, start + b, n) for (a, b), n in zip(words, names, strict=True))
        elif words:
            out.append(Piece(start + words[0][0], start + words[-1][1], compact(s[start:end])))
    return out


def _top_level(s: str, separators: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the stretches of ``s`` between separators that are not inside brackets."""
    return [(a, a + len(piece)) for a, piece in split_top_level(s, separators)]


def split_people(s: str) -> list[Piece]:
    """Person names in a cell: ``高 洁 钟勤建`` → 高洁, 钟勤建; ``赵乐晨 高 洁`` → 赵乐晨, 高洁.

    Names are separated by whitespace or list punctuation; a run of single characters is one
    spaced-out name (a run of four is two two-character names, the common case).
    """
    out: list[Piece] = []
    for start, end in _top_level(s, LIST_SEPARATORS):
        tokens = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", s[start:end])]
        tokens = _pairs(tokens)
        run: list[tuple[int, int]] = []
        for tok in [*tokens, None]:
            if tok is not None and tok[1] - tok[0] == 1:
                run.append(tok)
                continue
            out.extend(_spaced_name(s, run))
            run = []
            if tok is not None:
                out.append(Piece(tok[0], tok[1], "".join(s[tok[0] : tok[1]].split())))
    return out


def _pairs(tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two spaced-out two-character names whose middle space was lost (``陆 明俞 悦``: 陆明, 俞悦): four
    characters in pieces of one, two and one, read as two names of two."""
    if [b - a for a, b in tokens] != [1, 2, 1]:
        return tokens
    chars = [a + k for a, b in tokens for k in range(b - a)]
    return [(chars[0], chars[1] + 1), (chars[2], chars[3] + 1)]


def _spaced_name(s: str, run: list[tuple[int, int]]) -> list[Piece]:
    """One name from a run of single characters, or two when the run has four."""
    if not run:
        return []
    groups = [run[:2], run[2:]] if len(run) == 4 else [run]
    return [Piece(g[0][0], g[-1][1], "".join(s[a:b] for a, b in g)) for g in groups]


#: scores a raw cell text for a column: higher fits better, None means it cannot go there
Scorer = Callable[[str], float | None]


def align(cells: Sequence[Cell], scorers: Sequence[Scorer]) -> dict[int, Cell] | None:
    """Put each non-empty cell in a column, keeping their order, so that the total fit is best.

    ``scorers[j]`` scores a text for column ``j``; a cell also earns :data:`POSITION_BONUS` for the
    column it sits in, so a well-formed row keeps its layout and only cells whose content contradicts
    their column move (a leader's name that slid into the 推进情况 column, a row shifted left by one).
    Returns column → cell, or None when the cells cannot be placed (more cells than columns, or a cell
    no column accepts).
    """
    items = [(pos, c) for pos, c in enumerate(cells) if not c.empty]
    n, m = len(items), len(scorers)
    neg = float("-inf")
    # best[i][j]: best score placing items[i:] in columns j..m-1. Only j in i..m-(n-i) can be reached from
    # best[0][0] and hold a placement (cells keep their order, one per column): the others stay -inf
    # unscored, since scoring a cell is what a row costs
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    for j in range(m + 1):
        best[n][j] = 0.0
    fits: dict[tuple[int, int], float | None] = {}
    for i in range(n - 1, -1, -1):
        for j in range(m - (n - i), i - 1, -1):
            skip = best[i][j + 1]
            fit = fits[i, j] = scorers[j](items[i][1].raw)
            take = neg if fit is None else fit + (POSITION_BONUS if items[i][0] == j else 0.0) + best[i + 1][j + 1]
            best[i][j] = max(skip, take)
    if best[0][0] == neg:
        return None
    out: dict[int, Cell] = {}
    i = j = 0
    while i < n:
        fit = fits[i, j]
        bonus = POSITION_BONUS if items[i][0] == j else 0.0
        if fit is not None and best[i][j] == fit + bonus + best[i + 1][j + 1]:
            out[j] = items[i][1]
            i += 1
        j += 1
    return out
