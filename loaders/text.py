"""Text helpers shared by the loaders: lines with offsets, headings, unit lists.

Source files are messy (tables flattened from PDF, spaced-out characters, full- and half-width
punctuation). These helpers never change the text they are given; they return offsets into it so that
every record can point back at its source.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple, cast

from polkg.graph.model import Extraction, Span, assign

WHITESPACE = re.compile(r"\s+")

#: item markers of any depth, outermost first (第一部分 / 第一章, 一、, （一）, 1., （1） / 1）, ①, 第一条): the one
#: list of how Chinese plans number their items
ITEM_MARKERS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^第[一二三四五六七八九十百零〇\d]{1,4}[部篇章编](?:分)?\s*"),
    re.compile(r"^第[一二三四五六七八九十百零〇\d]{1,4}节\s*"),
    re.compile(r"^[一二三四五六七八九十]{1,3}\s*[、.．，]\s*"),
    re.compile(r"^[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]\s*[、.．]?\s*"),
    re.compile(r"^第[一二三四五六七八九十百零〇\d]{1,4}条\s*"),
    # 2.5亿元 is a number, 2.50个小区新增… the second item counting its things (a count of things is whole); after
    # 、 a number opens the item's text (1、2017年底前…)
    re.compile(r"^\d{1,3}\s*(?:、|[.．](?!\d+(?!\d|个(?!百分点)|[台座所户家名项场处栋辆套间块])))\s*"),
    re.compile(r"^[（(]\s*\d{1,3}\s*[）)]\s*[、.．]?\s*|^\d{1,3}[）)]\s*"),
    re.compile(r"^[①-⑳]\s*"),
    re.compile(r"^[a-zA-Z][.．、)）]\s*"),
)
#: the five numbered levels of a plan's body (一、 （一） 1. （1） ①), as indexes into ITEM_MARKERS: what
#: :func:`heading_level` counts (0 for 一、 …)
HEADING_MARKERS = (2, 3, 5, 6, 7)
HEADING_PATTERNS: tuple[re.Pattern[str], ...] = tuple(ITEM_MARKERS[i] for i in HEADING_MARKERS)

OPEN_BRACKETS = "（(〔[【《“"
CLOSE_BRACKETS = "）)〕]】》”"


class Line(NamedTuple):
    """One line of the source: its text (without the newline) and where it starts and ends. (A named tuple:
    a plan has thousands of lines, read by many readers, and a frozen dataclass cost more to make.)"""

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


def rejoin(text: str, continues: Callable[[str, str], bool]) -> list[tuple[int, int]]:
    """``(start, end)`` of the paragraphs of ``text``: its non-empty lines (trimmed), a line joined to the
    paragraph before it when ``continues(paragraph so far, line)`` says a page break cut a sentence there.
    Each layout has its own rule; the joining itself lives only here."""
    out: list[tuple[int, int]] = []
    pos = 0
    for raw in text.splitlines(keepends=True):  # :func:`lines` without a record per line (every file's lines)
        body = raw.rstrip("\r\n")
        at, pos = pos, pos + len(raw)
        s = body.strip()
        if not s:
            continue
        start = at + len(body) - len(body.lstrip())  # the line's trimmed span, as offsets
        if out and continues(text[out[-1][0] : out[-1][1]], s):
            out[-1] = (out[-1][0], start + len(s))
        else:
            out.append((start, start + len(s)))
    return out


def first_prefix(s: str, words: tuple[str, ...], start: int = 0) -> str | None:
    """The first of ``words`` that ``s`` starts with at ``start``, else None. Most places start with none of a
    vocabulary's words: one call says so, where trying the words one by one cost one call each."""
    if not s.startswith(words, start):
        return None
    return next((w for w in words if s.startswith(w, start)), None)


def trimmed_span(text: str, start: int, end: int, offset: int = 0) -> Span:
    """The span ``[start, end)`` of ``text`` shrunk to exclude leading and trailing whitespace."""
    start, end = trimmed(text, start, end, offset)
    return Span(start=start, end=end)


def trimmed(text: str, start: int, end: int, offset: int = 0) -> tuple[int, int]:
    """:func:`trimmed_span` as offsets, where no record is kept (a validated Span costs more than the trimming)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start + offset, end + offset


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, escaped, longest first (so 的时间 wins over 时间, 牵头负责 over 牵头):
    one scan of a vocabulary instead of a search for each word."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def compact(s: str) -> str:
    """The string without any whitespace: ``环 境 保 护 厅`` → ``环境保护厅``. (``str.split`` splits on
    exactly the characters ``\\s`` matches, and is several times quicker than the regex. A printable string
    without a space holds no whitespace at all, every other blank being a separator or a control character:
    most names are such, and are returned as they are without a list made.)"""
    return s if s.isprintable() and " " not in s else "".join(s.split())


_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}


def small_number(s: str) -> int | None:
    """``12`` or ``十二``, ``四``, ``二十``: a count up to 99 as plans write it (``三个县``, ``12个乡镇``), else None.
    Counts come both ways in one plan, so a reader comparing a count with the names it sums up needs both."""
    if s.isdecimal():
        return int(s)
    tens, ten, ones = s.partition("十")
    if not ten:
        return _CN_DIGITS.get(s) if len(s) == 1 else None
    high = 1 if not tens else _CN_DIGITS.get(tens) if len(tens) == 1 else None
    low = 0 if not ones else _CN_DIGITS.get(ones) if len(ones) == 1 else None
    return None if high is None or low is None else high * 10 + low


def normalize(s: str) -> str:
    """NFKC (full-width letters and digits to half width) and no whitespace; for matching, not display."""
    return compact(unicodedata.normalize("NFKC", s))


#: the patterns of ITEM_MARKERS (with their depth) that can match a line starting with a given character,
#: in order (a decimal digit, ``\\d``, is looked up as "0"): a line starting otherwise, as most do, is
#: settled without a pattern tried, and a marker's first character tries only the patterns it can open
_MARKER_FIRST: dict[str, tuple[tuple[int, re.Pattern[str]], ...]] = {
    first: tuple((d, ITEM_MARKERS[d]) for d in depths)
    for chars, depths in (("第", (0, 1, 4)), ("一二三四五六七八九十", (2,)), ("（(", (3, 6)), ("0", (5, 6)),
                          ("".join(map(chr, range(ord("①"), ord("⑳") + 1))), (7,)),
                          ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", (8,)))
    for first in chars
}


def item_marker(line: str) -> tuple[int, int] | None:
    """``(depth, end)`` of the item marker at the very start of ``line``, with ``end`` the offset just past
    it; None when the line has no marker. A marker after leading spaces or markdown ``#``/``*`` is not
    read: the patterns are anchored with ``^``, which matches only at the start of the string even when
    matching starts later (the callers strip their lines first)."""
    if not line:
        return None
    candidates = _MARKER_FIRST.get("0" if line[0].isdecimal() else line[0])
    if candidates is None:
        return None
    for depth, pattern in candidates:
        m = pattern.match(line)
        if m:
            return depth, m.end()
    return None


def heading_level(line: str) -> int | None:
    """Depth of a numbered heading marker at the start of ``line`` (0 for 一、, 1 for （一）, 2 for 1., 3 for
    （1）, 4 for ①), else None: :func:`item_marker` read on the five body levels only."""
    marker = item_marker(line.strip())
    if marker is None or marker[0] not in HEADING_MARKERS:
        return None
    return HEADING_MARKERS.index(marker[0])


#: what may follow the 、 of a group such as 各市（县）、区人民政府 without starting a new unit (a level with its own
#: levels in brackets, 各市、县（市、区）政府, starts one: keys write 各市 + 县（市、区）政府)
_LEVEL_TAIL = re.compile(r"\s*[市县区旗](?:(?:人民政府|政府)\s*(?:[、，,；;。（(]|$)|\s*(?:[、，,；;。]|$))")
#: the levels before such a 、 when the group lists them bare: 各县、市、区政府, 各区、县人民政府
_LEVEL_HEAD = re.compile(r"^各[市县区旗](?:、[市县区旗])*$")


def joined_group(before: str, after: str) -> bool:
    """Whether the 、 between ``before`` and ``after`` is inside one group name: 各市（县）、区人民政府 and
    各县、市、区政府 (the governments of every county, city and district) are one unit each, never 各县 + 市 +
    区政府 (a bare level names no unit); 各县、区水务局 stays two."""
    head = compact(before)
    bracketed = head.startswith(("各", "有关", "相关")) and head.endswith(("）", ")"))
    return (bracketed or bool(_LEVEL_HEAD.match(head))) and bool(_LEVEL_TAIL.match(after))


def split_top_level(s: str, separators: str, keep: bool = False, quotes: bool = False) -> list[tuple[int, str]]:
    """Split ``s`` on any of ``separators`` that are not inside brackets (or quotes, with ``quotes``).

    Returns ``(offset, piece)`` pairs with the offset of each piece in ``s``; pieces keep their inner
    whitespace so that offsets stay exact, and empty pieces are dropped. With ``keep`` each piece keeps its
    separator (sentences keep their 。). ``省发展改革委（省能源局）、环境保护厅`` splits into two pieces, not three.
    """
    out: list[tuple[int, str]] = []
    depth = 0
    start = 0
    skip = "" if quotes else "“”"
    for mark in _marks(separators).finditer(s):  # only brackets and separators: most characters are neither
        i, ch = mark.start(), mark.group()
        if ch in OPEN_BRACKETS and ch not in skip:
            depth += 1
        elif ch in CLOSE_BRACKETS and ch not in skip:
            depth = max(0, depth - 1)
        elif ch in separators and depth == 0:
            end = i + 1 if keep else i
            if s[start:end].strip():
                out.append((start, s[start:end]))
            start = i + 1
    if s[start:].strip():
        out.append((start, s[start:]))
    return out


@cache
def _marks(separators: str) -> re.Pattern[str]:
    """Any bracket or any of ``separators``: the characters :func:`split_top_level` acts on."""
    return re.compile("[" + re.escape(OPEN_BRACKETS + CLOSE_BRACKETS + separators) + "]")


#: the brackets that enclose marks and aliases (not titles 《》 or quotes)
MARK_OPEN = "（(〔[【"
MARK_CLOSE = "）)〕]】"


def brackets(
    s: str, opening: str = MARK_OPEN, closing: str = MARK_CLOSE, open_end: bool = False
) -> list[tuple[int, int]]:
    """``(start, end)`` of every outermost bracket in ``s`` (``end`` past the closing bracket). Any opening
    bracket matches any closing one (``[X牵头，Y配合)``); with ``open_end`` a bracket never closed runs to
    the end of ``s`` (``end`` is then ``len(s) + 1``, as if a closing bracket followed)."""
    out: list[tuple[int, int]] = []
    depth, start = 0, 0
    for m in _bracket_marks(opening, closing).finditer(s):  # only the brackets: most characters are not
        i, ch = m.start(), m.group()
        if ch in opening:
            if depth == 0:
                start = i
            depth += 1
        elif ch in closing and depth > 0:
            depth -= 1
            if depth == 0:
                out.append((start, i + 1))
    if open_end and depth > 0 and len(s) - start > 1:
        out.append((start, len(s) + 1))
    return out


@cache
def _bracket_marks(opening: str, closing: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(opening + closing) + "]" if opening + closing else "(?!)")


_TRAILING_ALIAS = re.compile(r"[（(][^（）()]*[）)]$")


def ends_like(name: str, suffixes: tuple[str, ...] | list[str], min_len: int = 2) -> bool:
    """Whether ``name`` (whitespace ignored) ends like a unit: one of ``suffixes`` once trailing aliases
    are set aside (``省发展改革委（省能源局）`` ends in 委), and at least ``min_len`` characters long."""
    bare = compact(name)
    while _TRAILING_ALIAS.search(bare):
        bare = _TRAILING_ALIAS.sub("", bare)
    return len(bare) >= min_len and bare.endswith(tuple(suffixes))


def balance(s: str) -> int:
    """Opening minus closing brackets in ``s``: 0 for a balanced name such as ``区城市管理局（区整违办）``."""
    return sum(1 for c in s if c in MARK_OPEN) - sum(1 for c in s if c in MARK_CLOSE)


# ---------------------------------------------------------------- a normalised view with the same offsets

#: half-width punctuation read as its full-width form (the vocabularies are written full width)
_TO_FULL = {"(": "（", ")": "）", ":": "：", ";": "；", "!": "！", "?": "？", ",": "，"}


@cache
def t2s() -> Callable[[str], str] | None:
    """OpenCC's Traditional → Simplified converter, or None when the package is not installed: the one place
    polkg builds it (the readers' view, the targets' normalisation and the resolver's names all use it)."""
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a declared dependency
        return None
    converter = opencc.OpenCC("t2s")
    return cast(Callable[[str], str], converter.convert)


def _view_char(ch: str, convert: Callable[[str], str] | None) -> str:
    """One character as the readers see it: full-width ASCII to half width (digits, letters), a few
    half-width punctuation marks to full width, Traditional to Simplified; always one character."""
    if "\uff01" <= ch <= "\uff5e":
        half = chr(ord(ch) - 0xFEE0)
        return _TO_FULL.get(half, half)
    if ch in _TO_FULL:
        return _TO_FULL[ch]
    if ch == "\u3000":
        return " "
    if convert is not None and "\u4e00" <= ch <= "\u9fff":
        out = convert(ch)
        return out if len(out) == 1 else ch
    return ch


#: letters of tone-marked pinyin (the four tones of each vowel and of ü, ḿ ń ň ǹ)
_PINYIN_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹ"
#: a mirror portal's pronunciation aid, ``X態(tài)Y``: a bracket holding only one pinyin syllable
#: (lower-case Latin letters, one at least with a tone mark) directly after a CJK character
_PINYIN_DEBRIS = re.compile(
    rf"(?<=[\u4e00-\u9fff])[(（](?=[a-zü]*[{_PINYIN_TONED}])[a-zü{_PINYIN_TONED}]{{1,7}}[)）]"
)
_TONED = re.compile(f"[{_PINYIN_TONED}]")  # the regex engine scans a text 10× quicker than a set of them


@dataclass(frozen=True)
class Layout:
    """Where the view shows each character of a text with pinyin debris. The view keeps the text's length but
    closes the gaps the debris leaves inside a line (``省X態(tài)Y廳`` reads as blanks, then ``省X态Y厅``;
    the blanks gather at the line's start, so none falls inside a sentence, ``等10個(gè)部門`` or a list after
    its 、), so every reader sees names and marks whole; per view index: the source character
    shown (-1 for a blank), the source text it stands for (the character with its debris, "" for a blank), and
    where that text starts and ends in the source, to point spans back into it."""

    source: list[int]
    pieces: list[str]
    begin: list[int]
    end: list[int]


def layout(text: str) -> Layout | None:
    """The :class:`Layout` of ``text``, None when it has no pinyin debris (the view is then index for index)."""
    found = list(_PINYIN_DEBRIS.finditer(text)) if _TONED.search(text) else []
    if not found:
        return None
    cells: list[tuple[int, str, int, int]] = []  # (source index or -1, piece, begin, end) in source order
    at = 0
    for m in found:
        cells.extend((k, text[k], k, k + 1) for k in range(at, m.start()))
        k, piece, b, _ = cells[-1]
        cells[-1] = (k, piece + m.group(), b, m.end())
        cells.extend((-1, "", 0, 0) for _ in range(m.start(), m.end()))
        at = m.end()
    cells.extend((k, text[k], k, k + 1) for k in range(at, len(text)))
    out: list[tuple[int, str, int, int]] = []
    i = 0
    while i < len(cells):  # a line's characters and blanks: the blanks first, the characters closed up after them
        j = i
        while j < len(cells) and (cells[j][0] < 0 or text[cells[j][0]] != "\n"):
            j += 1
        if j == i:
            out.append(cells[i])
            i += 1
            continue
        run = cells[i:j]
        out.extend((-1, "", i, i) for c in run if c[0] < 0)
        out.extend(c for c in run if c[0] >= 0)
        i = j
    return Layout([c[0] for c in out], [c[1] for c in out], [c[2] for c in out], [c[3] for c in out])


#: a page-continuation note a printed page or a web relay carries (``[接上页]``, ``（续上页）``, ``[转下页]``): no
#: part of the text it interrupts, so the view reads it as blanks (a unit after it is no ``[接上页]交通运输厅``)
_PAGE_MARK = re.compile(r"[\[［【（(〔]\s*(?:接上页|续上页|接上表|续上表|转下页|接下页)\s*[\]］】）)〕]")


def view(text: str) -> str:
    """``text`` normalised for reading, with exactly the same length so that every offset into the view
    is an offset into ``text``: ``責任單位:（牽頭）`` reads as ``责任单位：（牵头）``. A comma between digits
    (``1,000``) stays half width. A mirror's pinyin debris (``區(qū)``) is left out, the characters after it
    closing up (:class:`Layout`): offsets inside such a run point into the source through :func:`layout`."""
    seen = _each_char_viewed(text)
    shown = layout(text)
    if shown is not None:
        seen = "".join([seen[k] if k >= 0 else " " for k in shown.source])
    seen = _PAGE_MARK.sub(lambda m: " " * len(m.group()), seen)
    numbers = [i for i in _all("，", seen) if 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()]
    markup = _markup_at(seen)
    if not numbers and not markup:
        return seen
    out = list(seen)
    for i in numbers:
        out[i] = ","  # 1,000 is a number
    for i in markup:
        out[i] = " "
    return "".join(out)


#: markdown markup a converter leaves around headings and bold lines (``## 三、主要任务``, ``**X办公厅**``); a
#: level-one ``# `` is kept: it marks the document's title (:func:`polkg.loaders.styles.plan_title`)
_MARKUP = re.compile(r"^[ \t]*#{2,6}(?=[ \t])|\*\*", re.MULTILINE)


def _markup_at(seen: str) -> list[int]:
    """Offsets of markdown heading marks and bold marks: read as blanks, so ``## 三、主要任务`` is a heading
    like ``三、主要任务`` and a bold line a plain one (a plan converted from PDF to markdown)."""
    if "#" not in seen and "**" not in seen:
        return []
    return [i for m in _MARKUP.finditer(seen) for i in range(m.start(), m.end())]


def _each_char_viewed(text: str) -> str:
    """Every character of ``text`` as :func:`_view_of` reads it. Most characters stay as they are: those
    that change are found by one regex scan (:func:`_changing`), and each is replaced throughout with one
    ``str.replace`` (C), unless a character becomes another that changes too (then one at a time)."""
    changed = {ch: _view_of(ch) for ch in set(_changing().findall(text))}
    if any(form in changed for form in changed.values()):
        return "".join([changed.get(ch, ch) for ch in text])
    for ch, form in changed.items():
        text = text.replace(ch, form)
    return text


@cache
def _changing() -> re.Pattern[str]:
    """Every character :func:`_view_char` changes, as a character class: of those it may change (full-width
    ASCII, the half-width marks, the ideographic space, the CJK characters), each it does change (each asked
    once per process: a Traditional character is one OpenCC turns into another single one)."""
    may = [*map(chr, range(0xFF01, 0xFF5F)), *_TO_FULL, "\u3000", *map(chr, range(0x4E00, 0xA000))]
    return re.compile("[" + re.escape("".join(ch for ch in may if _view_of(ch) != ch)) + "]")


@cache
def _view_of(ch: str) -> str:
    """:func:`_view_char` once per character and process (OpenCC's per-call cost was most of a view)."""
    return _view_char(ch, t2s())


def _all(ch: str, s: str) -> Iterator[int]:
    """Every index of ``ch`` in ``s``."""
    i = s.find(ch)
    while i >= 0:
        yield i
        i = s.find(ch, i + 1)


def restore(s: str, original: str | Sequence[str], seen: str, start: int, end: int) -> str:
    """``s``, a string read from ``seen[start:end]`` (the view, possibly with whitespace dropped), written
    with the characters of ``original`` at the same places: the text as the source wrote it. ``original`` may
    be a :class:`Layout`'s pieces (a character with its pinyin debris, "" for the view's blank after them)."""
    if original[start:end] == seen[start:end]:
        return s
    return _restored(s, original, seen, start, end)


def _restored(s: str, original: str | Sequence[str], seen: str, start: int, end: int) -> str:
    """:func:`restore` where ``original`` and ``seen`` are known to differ between ``start`` and ``end``.

    Each character of ``s`` is found in the view from where the one before was (a blank only in its place).
    When the view goes on as ``s`` does, each following character is found right after the one before: such
    a stretch is measured at once (:func:`_agreeing`) and written with the source's characters of it, its
    blanks as ``s`` has them, instead of one search a character."""
    out: list[str] = []
    pos, i, n = start, 0, len(s)
    while i < n:
        ch = s[i]
        if ch.isspace():
            if pos < end and seen[pos] == ch:  # whitespace read in its place
                out.append(original[pos] and ch)  # a blank the debris left is none: it is written with its character
                pos += 1
            else:
                out.append(ch)
            i += 1
            continue
        at = seen.find(ch, pos, end)
        if at < 0:
            out.append(ch)
            i += 1
            continue
        run = _agreeing(s, i, seen, at, end) if isinstance(original, str) else 1
        if run == 1 or not isinstance(original, str):
            out.append(original[at])
        else:
            piece, written = s[i : i + run], original[at : at + run]
            out.append(_spaced_as(piece, written) if WHITESPACE.search(piece) else written)
        i, pos = i + run, at + run
    return "".join(out)


def _spaced_as(piece: str, written: str) -> str:
    """``written`` (of ``piece``'s length) with the blanks of ``piece`` in their places: the source's
    characters, the blanks as read. Cut at each run of blanks (a few a piece), not joined a character at a time."""
    out: list[str] = []
    last = 0
    for m in WHITESPACE.finditer(piece):
        out += (written[last : m.start()], m.group())
        last = m.end()
    out.append(written[last:])
    return "".join(out)


def _agreeing(s: str, i: int, seen: str, at: int, end: int) -> int:
    """How many characters ``s`` from ``i`` and ``seen`` from ``at`` (before ``end``) have in common, at least
    one: the whole rest of ``s`` tried first (most often it is), then halved."""
    longest = min(len(s) - i, end - at)
    if seen.startswith(s[i : i + longest], at):
        return longest
    low, high = 1, longest - 1  # s[i] == seen[at]; s[i:i+longest] is not all there
    while low < high:
        mid = (low + high + 1) // 2
        if seen.startswith(s[i : i + mid], at):
            low = mid
        else:
            high = mid - 1
    return low


def _restorer(original: str | Sequence[str], seen: str) -> Callable[[str, int, int], str]:
    """:func:`restore` for many strings of one text: where the view differs from the source is found once
    (a task's check compared the whole rest of the text, twice copied, for every string restored)."""
    if not isinstance(original, str) or len(original) != len(seen):
        return lambda s, start, end: restore(s, original, seen, start, end)
    differ = _differences(original, seen)

    def back(s: str, start: int, end: int) -> str:
        i = bisect_left(differ, start)
        if i == len(differ) or differ[i] >= end:  # the same characters there: nothing to write back
            return s
        if differ[i] >= start + len(s) and seen.startswith(s, start):  # read as is, before any difference
            return s
        return _restored(s, original, seen, start, end)  # not compared again: the rest of the text, copied twice

    return back


def _differences(text: str, seen: str, block: int = 64) -> list[int]:
    """Where ``seen`` differs from ``text`` (of one length), in order: blocks are compared in C, characters
    only inside a block that differs."""
    out: list[int] = []
    for b in range(0, len(text), block):
        if text[b : b + block] != seen[b : b + block]:
            out.extend(i for i in range(b, min(b + block, len(text))) if text[i] != seen[i])
    return out


#: characters of a quote's opening used to find where it starts
QUOTE_HEAD = 8


def _written(name: str, text: str | Sequence[str], seen: str, near: int) -> str:
    """A name read from the view, in the source's characters: where the view has it from ``near`` on (a mark
    after the task's text), else anywhere."""
    at = seen.find(name, near)
    at = at if at >= 0 else seen.find(name)
    return "".join(text[at : at + len(name)]) if at >= 0 else name


def _source_span(span: Span, shown: Layout) -> Span:
    """A span of the view as a span of the source it was read from (pinyin debris closed up in the view)."""
    if span.end <= span.start or span.end > len(shown.end):
        return span
    return Span(start=shown.begin[span.start], end=shown.end[span.end - 1])


def restore_extraction(extraction: Extraction, source: str, seen: str) -> None:
    """Task texts, quotes and unit mentions of an extraction read from the view ``seen``, written back in
    the characters the source used (Traditional stays Traditional, ``(`` stays half width, pinyin debris
    kept), and their spans pointed into the source."""
    shown = layout(source)
    text: str | Sequence[str] = source if shown is None else shown.pieces
    _restore_texts(extraction, text, seen)
    if shown is not None:
        _source_spans(extraction, shown)


def _source_spans(extraction: Extraction, shown: Layout) -> None:
    """Every span of an extraction read from a view whose :class:`Layout` moved characters, in the source."""
    for task in extraction.tasks:
        task.span = _source_span(task.span, shown)
        for u in task.units:
            u.span = _source_span(u.span, shown) if u.span is not None else None
    for t in extraction.targets:
        t.span = _source_span(t.span, shown)
    for d in extraction.documents:
        d.span = _source_span(d.span, shown)
    for un in extraction.unattributed:
        un.span = _source_span(un.span, shown)


def _restore_texts(extraction: Extraction, text: str | Sequence[str], seen: str) -> None:
    """The texts of :func:`restore_extraction` (``text``: the source, or its layout's pieces)."""
    back = _restorer(text, seen)
    for task in extraction.tasks:  # strings for strings: set without validating them again (assign)
        a = task.span.start
        head = task.quote.strip()[:QUOTE_HEAD]
        q = seen.rfind(head, 0, a + len(head)) if head else -1  # a quote may open before the task's span
        assign(task, text=back(task.text, a, len(text)), quote=back(task.quote, q if q >= 0 else a, len(text)))
        for u in task.units:
            if u.span is not None:
                assign(u, mention=back(u.mention, u.span.start, u.span.end))
        # names tagged as written (黃河, 銀川), not as read; 龐家偉, 規財處: as the source wrote them
        leaders = [back(x, 0, len(text)) for x in task.leaders]
        assign(task, rivers=[back(x, a, len(text)) for x in task.rivers],
               regions=[back(x, a, len(text)) for x in task.regions],
               leaders=[_written(x, text, seen, a) for x in leaders],
               divisions=[_written(x, text, seen, a) for x in task.divisions],
               deadline=_written(task.deadline, text, seen, a) if task.deadline else task.deadline)
    for t in extraction.targets:
        t.text = back(t.text, t.span.start, len(text))
    for d in extraction.documents:  # a title as its source writes it (Traditional stays Traditional)
        head = d.title[:QUOTE_HEAD]
        at = seen.find(head) if head else -1
        d.title = back(d.title, at if at >= 0 else d.span.start, len(text))
    for un in extraction.unattributed:
        un.quote = back(un.quote, un.span.start, len(text))
