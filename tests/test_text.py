"""The text toolkit's quick paths read exactly as the regex forms they replaced."""

from __future__ import annotations

import random
import re
import sys

from polkg.loaders.marks import unit_names
from polkg.loaders.text import (
    CLOSE_BRACKETS,
    ITEM_MARKERS,
    OPEN_BRACKETS,
    _changing,
    _view_of,
    brackets,
    compact,
    item_marker,
    small_number,
    split_top_level,
    view,
)

WHITESPACE = "".join(chr(c) for c in range(sys.maxunicode + 1) if re.match(r"\s", chr(c)))


def test_compact_drops_exactly_what_a_regex_calls_whitespace() -> None:
    kept = "环境\u200b保护厅，1,000"  # a zero-width space is not whitespace to either
    assert compact(WHITESPACE.join(kept)) == kept == re.sub(r"\s+", "", WHITESPACE.join(kept))
    assert compact(WHITESPACE) == ""


def test_compact_quick_path_misses_no_single_blank() -> None:
    """A name returned as it is (printable, no space) must hold none: each blank alone in a name is dropped."""
    for blank in WHITESPACE:
        assert compact(f"环境{blank}保护厅") == "环境保护厅", hex(ord(blank))
    assert compact("环境保护厅") == "环境保护厅"


def test_view_keeps_a_comma_between_digits_only() -> None:
    assert view(",1,000，2，x,3") == "，1,000,2，x，3"
    assert view("1,") == "1，" and view(",") == "，"
    assert view("責任單位") == "责任单位" and view("責任單位") == "责任单位"  # read twice: the same


def test_brackets_nest_and_match_any_closing_bracket() -> None:
    s = "甲（乙(丙)丁]戊【己"
    assert brackets(s, "（(【", "）)]】") == [(1, 8)]
    assert brackets(s, "（(【", "）)]】", open_end=True) == [(1, 8), (9, len(s) + 1)]
    assert brackets("没有括号", "（", "）") == [] and brackets("a-b^c", "-", "^") == [(1, 4)]


def _marker_by_every_pattern(line: str) -> tuple[int, int] | None:
    """item_marker as it was: every pattern tried in turn (from after any leading blanks or markdown)."""
    lead = len(line) - len(line.lstrip(" \t\u3000#*"))
    for depth, pattern in enumerate(ITEM_MARKERS):
        m = pattern.match(line, lead)
        if m:
            return depth, m.end()
    return None


def test_item_marker_first_character_test_misses_no_marker() -> None:
    """The quick test on a line's first character agrees with trying every pattern, for any character: a
    marker pattern that starts with a new character fails here until the quick test knows it."""
    for code in range(0x10000):
        c = chr(code)
        for line in (c + "、二", c + "）三", c + ". 四", c + "章 五"):
            assert item_marker(line) == _marker_by_every_pattern(line), repr(line)
    for line in ("一、总体要求", "（三）加强", "第二章 目标", "12. 推进", "⑤ 完成", "b) 推进",
                 "  一、空格", "# 一、标题", "加强"):
        assert item_marker(line) == _marker_by_every_pattern(line), line


def test_view_scans_for_exactly_the_characters_it_changes() -> None:
    """The view replaces only what one regex scan finds: it must find every character the view writes
    otherwise, and none it keeps (a kept one found would send every text down the slow path)."""
    changing = _changing()
    for code in range(0x10000):
        c = chr(code)
        assert (_view_of(c) != c) == bool(changing.match(c)), hex(code)
    text = "責任單位(牽頭):１２３，Ａ　b，1,000"
    assert view(text) == "".join(_view_of(c) for c in text).replace("1，000", "1,000")


def _split_every_character(s: str, separators: str, keep: bool, quotes: bool) -> list[tuple[int, str]]:
    """split_top_level as it was: a walk over every character."""
    out: list[tuple[int, str]] = []
    depth, start, skip = 0, 0, "" if quotes else "“”"
    for i, ch in enumerate(s):
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


def test_split_top_level_visiting_only_marks_splits_as_every_character_did() -> None:
    rng = random.Random(3)
    alphabet = "ab （）()“”、，；。 []【】《》〔〕"
    for _ in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        for separators in ("、", "，；", "、“", "。"):
            for keep in (False, True):
                for quotes in (False, True):
                    assert split_top_level(s, separators, keep, quotes) == _split_every_character(
                        s, separators, keep, quotes), (s, separators)


def _restored_one_by_one(s: str, original: str, seen: str, start: int, end: int) -> str:
    """The restoring loop as first written: every character of ``s`` searched for alone."""
    out: list[str] = []
    pos = start
    for ch in s:
        at = seen.find(ch, pos, end) if not ch.isspace() else -1
        if ch.isspace() and pos < end and seen[pos] == ch:
            out.append(original[pos] and ch)
            pos += 1
            continue
        if at < 0:
            out.append(ch)
            continue
        out.append(original[at])
        pos = at + 1
    return "".join(out)


def test_restoring_a_stretch_at_once_writes_what_one_character_at_a_time_wrote() -> None:
    """Sentences of real plans read from their view (Traditional, full-width, joined across lines, blanks
    dropped or kept) are written back in the source's characters as the one-by-one loop wrote them."""
    from polkg.loaders.text import _restored
    from tests.helpers import REALWORLD

    rng = random.Random(7)
    checked = 0
    for path in sorted(REALWORLD.glob("*.txt"))[:120]:
        text = path.read_text(encoding="utf-8")
        seen = view(text)
        if seen == text:
            continue
        for _ in range(12):
            a = rng.randrange(len(seen))
            b = min(len(seen), a + rng.randrange(1, 200))
            for s in (seen[a:b], compact(seen[a:b]), seen[a:b].replace("\n", ""), seen[a:b][::-1]):
                assert _restored(s, text, seen, a, len(seen)) == _restored_one_by_one(s, text, seen, a, len(seen))
                checked += 1
    assert checked > 500


def test_small_numbers_come_in_both_scripts() -> None:
    """``三个县``, ``12个乡镇``, ``二十个街道``: counts a reader checks against the names they sum up."""
    assert [small_number(s) for s in ("3", "12", "四", "十", "十二", "二十", "二十三", "百", "四五")] == [
        3, 12, 4, 10, 12, 20, 23, None, None]


def test_a_count_in_chinese_numerals_is_checked_not_a_crash() -> None:
    """A Xining district plan's heading ``建好“四个区”`` once raised ValueError (the count was given to ``int``)
    and lost the whole extraction; places summed up by a Chinese count are read like those with digits."""
    assert "建好“" not in [f.mention for f in unit_names("建好“四个区", 0, "responsible") or []]
    found = unit_names("五华、盘龙、官渡、西山四个区", 0, "responsible") or []
    assert [f.mention for f in found] == ["五华", "盘龙", "官渡", "西山"]
