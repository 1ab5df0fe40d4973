"""Word (.docx) files: paragraphs in order with their automatic numbering, and tables as rows and cells.

Read from the document XML through python-docx so that merged cells are seen for what they are: a
horizontally merged cell (``gridSpan``) fills one column and leaves the ones it spans empty; a vertical
merge (``vMerge`` continue) repeats the value above, flagged inherited. Numbering that Word generates
(``一、``, ``（一）``, ``1.``) is not in the text runs; it is rendered from ``numbering.xml``, because the
readers find sections and tasks by those markers.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from polkg.errors import PolkgError
from polkg.loaders.inputs.source import Builder, GridCell, Source, fill_down

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DIGITS = "零一二三四五六七八九"


def read(path: Path, data: bytes) -> Source:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises many types for a broken package
        raise PolkgError(f"not a readable DOCX ({type(e).__name__}); open and save it again in Word") from None
    numbering = Numbering.of(document)
    out = Builder()
    paragraph = 0
    for child in blocks(document.element.body):
        if child.tag == f"{W}p":
            paragraph += 1
            out.paragraph(numbering.label(child) + paragraph_text(child), paragraph=paragraph)
        elif child.tag == f"{W}tbl":
            out.table(table_rows(child))
    return out.source(path, "docx")


def blocks(parent: Any) -> Iterator[Any]:
    """The paragraphs and tables of the body in order, including those inside content controls (``w:sdt``)."""
    for child in parent.iterchildren():
        if child.tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from blocks(content)
        elif child.tag == f"{W}customXml":
            yield from blocks(child)


def paragraph_text(p: Any) -> str:
    """The text of a ``w:p``: runs, tabs as spaces, breaks as newlines; field codes and deleted text left out."""
    parts: list[str] = []
    for el in p.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}delText"):
        if el.tag == f"{W}t":
            parts.append(el.text or "")
        elif el.tag == f"{W}tab":
            parts.append(" ")
        elif el.tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
    return "".join(parts)


def cell_text(tc: Any) -> str:
    """A cell's paragraphs (and nested tables' text) joined by newlines; the row writer makes them spaces."""
    return "\n".join(paragraph_text(p) for p in tc.iter(f"{W}p"))


def table_rows(tbl: Any) -> list[list[GridCell]]:
    """The grid of a ``w:tbl``: one entry per grid column, vertical merges filled down."""
    grid: list[list[GridCell | None]] = []
    for tr in tbl.iterchildren(f"{W}tr"):
        row: list[GridCell | None] = [GridCell("")] * _grid_before(tr)
        for tc in tr.iterchildren(f"{W}tc"):
            span, merge = _cell_props(tc)
            row.append(None if merge == "continue" else GridCell(cell_text(tc)))
            row.extend([GridCell("")] * (span - 1))
        grid.append(row)
    return fill_down(grid)


def _grid_before(tr: Any) -> int:
    el = tr.find(f"{W}trPr/{W}gridBefore")
    return int(el.get(f"{W}val", "0")) if el is not None else 0


def _cell_props(tc: Any) -> tuple[int, str | None]:
    """(columns spanned, vMerge state: 'restart', 'continue' or None)."""
    span_el = tc.find(f"{W}tcPr/{W}gridSpan")
    span = int(span_el.get(f"{W}val", "1")) if span_el is not None else 1
    merge_el = tc.find(f"{W}tcPr/{W}vMerge")
    merge = None if merge_el is None else merge_el.get(f"{W}val", "continue")
    return max(span, 1), merge


@dataclass
class Level:
    fmt: str
    text: str
    start: int


@dataclass
class Numbering:
    """Word's automatic list numbering, rendered as the text a reader would see."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # numId → ilvl → level
    style_num: dict[str, tuple[str, int]] = field(default_factory=dict)  # styleId → (numId, ilvl)
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, document: Any) -> Numbering:
        out = cls()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return out
        abstract = {a.get(f"{W}abstractNumId"): _levels(a) for a in root.iterchildren(f"{W}abstractNum")}
        for num in root.iterchildren(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is not None:
                out.levels[num.get(f"{W}numId")] = abstract.get(ref.get(f"{W}val"), {})
        for style in document.styles.element.iterchildren(f"{W}style"):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                out.style_num[style.get(f"{W}styleId")] = _num_pr(num_pr)
        return out

    def label(self, p: Any) -> str:
        """The number Word shows before paragraph ``p`` (``一、``, ``（二）``), or ``""``."""
        num_pr = p.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            num_id, ilvl = _num_pr(num_pr)
        else:
            style = p.find(f"{W}pPr/{W}pStyle")
            found = self.style_num.get(style.get(f"{W}val")) if style is not None else None
            if found is None:
                return ""
            num_id, ilvl = found
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        count = self.counters.setdefault(num_id, [0] * 9)
        count[ilvl] = count[ilvl] + 1 if count[ilvl] else levels[ilvl].start
        for deeper in range(ilvl + 1, 9):
            count[deeper] = 0
        text = levels[ilvl].text
        for lvl in range(ilvl + 1):
            value = count[lvl] or (levels[lvl].start if lvl in levels else 1)
            fmt = levels[lvl].fmt if lvl in levels else "decimal"
            text = text.replace(f"%{lvl + 1}", render_number(value, fmt))
        return text if levels[ilvl].fmt != "bullet" else ""


def _levels(abstract: Any) -> dict[int, Level]:
    out: dict[int, Level] = {}
    for lvl in abstract.iterchildren(f"{W}lvl"):
        fmt = lvl.find(f"{W}numFmt")
        text = lvl.find(f"{W}lvlText")
        start = lvl.find(f"{W}start")
        out[int(lvl.get(f"{W}ilvl", "0"))] = Level(
            fmt=fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
            text=text.get(f"{W}val", "") if text is not None else "",
            start=int(start.get(f"{W}val", "1")) if start is not None else 1,
        )
    return out


def _num_pr(num_pr: Any) -> tuple[str, int]:
    num_id = num_pr.find(f"{W}numId")
    ilvl = num_pr.find(f"{W}ilvl")
    return (num_id.get(f"{W}val") if num_id is not None else "",
            int(ilvl.get(f"{W}val", "0")) if ilvl is not None else 0)


def render_number(n: int, fmt: str) -> str:
    """``n`` in a Word number format: chineseCounting 12 → 十二, decimalEnclosedCircle 3 → ③."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional", "japaneseCounting",
               "chineseLegalSimplified", "taiwaneseCounting"):
        return chinese_number(n)
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    return str(n)


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (the numbers headings use)."""
    if n < 10:
        return _DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                       (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + sym, n - value
    return out
