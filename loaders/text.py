"""Text helpers shared by the loaders: lines with offsets, headings, unit lists.

Source files are messy (tables flattened from PDF, spaced-out characters, full- and half-width
punctuation). These helpers never change the text they are given; they return offsets into it so that
every record can point back at its source.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from polkg.graph.model import Span

WHITESPACE = re.compile(r"\s+")

# Heading markers, outermost first: 一、  （一）  1.  （1）  ①
HEADING_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]"),
    re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]"),
    re.compile(r"^\d{1,2}[.．、](?!\d)"),
    re.compile(r"^[（(]\d{1,2}[）)]"),
    re.compile(r"^[①-⑳]"),
)

OPEN_BRACKETS = "（(〔[【《“"
CLOSE_BRACKETS = "）)〕]】》”"


@dataclass(frozen=True)
class Line:
    """One line of the source: its text (without the newline) and where it starts and ends."""

    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()

    def span(self) -> Span:
        """The span of the line without its surrounding whitespace."""
        return trimmed_span(self.text, 0, len(self.text), offset=self.start)


def lines(text: str) -> Iterator[Line]:
    """Every line of ``text`` with its offsets (``\\r\\n`` and ``\\n`` both end a line)."""
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        yield Line(pos, pos + len(body), body)
        pos += len(raw)


def trimmed_span(text: str, start: int, end: int, offset: int = 0) -> Span:
    """The span ``[start, end)`` of ``text`` shrunk to exclude leading and trailing whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start=start + offset, end=end + offset)


def compact(s: str) -> str:
    """The string without any whitespace: ``环 境 保 护 厅`` → ``环境保护厅``."""
    return WHITESPACE.sub("", s)


def normalize(s: str) -> str:
    """NFKC (full-width letters and digits to half width) and no whitespace; for matching, not display."""
    return compact(unicodedata.normalize("NFKC", s))


def heading_level(line: str) -> int | None:
    """Depth of a heading marker at the start of ``line`` (0 for 一、, 1 for （一）, ...), else None."""
    s = line.strip().lstrip("#* ").strip()
    for depth, pattern in enumerate(HEADING_PATTERNS):
        if pattern.match(s):
            return depth
    return None


#: what may follow the 、 of a group such as 各市（县）、区人民政府 without starting a new unit
_LEVEL_TAIL = re.compile(r"\s*[市县区旗](?:人民政府|政府)?\s*(?:[、，,；;。]|$)")


def joined_group(before: str, after: str) -> bool:
    """Whether the 、 between ``before`` and ``after`` is inside one group name: 各市（县）、区人民政府 (the
    governments of every city, county and district) is one unit, not 各市（县） and 区人民政府."""
    head = compact(before)
    return head.startswith("各") and head.endswith(("）", ")")) and bool(_LEVEL_TAIL.match(after))


def split_top_level(s: str, separators: str) -> list[tuple[int, str]]:
    """Split ``s`` on any of ``separators`` that are not inside brackets.

    Returns ``(offset, piece)`` pairs with the offset of each piece in ``s``; pieces keep their inner
    whitespace so that offsets stay exact, and empty pieces are dropped.
    ``省发展改革委（省能源局）、环境保护厅`` splits into two pieces, not three.
    """
    out: list[tuple[int, str]] = []
    depth = 0
    start = 0
    for i, ch in enumerate(s):
        if ch in OPEN_BRACKETS and ch != "“":
            depth += 1
        elif ch in CLOSE_BRACKETS and ch != "”":
            depth = max(0, depth - 1)
        elif ch in separators and depth == 0:
            if s[start:i].strip():
                out.append((start, s[start:i]))
            start = i + 1
    if s[start:].strip():
        out.append((start, s[start:]))
    return out
