"""The text toolkit's quick paths read exactly as the regex forms they replaced."""

from __future__ import annotations

import re
import sys

from polkg.loaders.text import brackets, compact, view

WHITESPACE = "".join(chr(c) for c in range(sys.maxunicode + 1) if re.match(r"\s", chr(c)))


def test_compact_drops_exactly_what_a_regex_calls_whitespace() -> None:
    kept = "环境\u200b保护厅，1,000"  # a zero-width space is not whitespace to either
    assert compact(WHITESPACE.join(kept)) == kept == re.sub(r"\s+", "", WHITESPACE.join(kept))
    assert compact(WHITESPACE) == ""


def test_view_keeps_a_comma_between_digits_only() -> None:
    assert view(",1,000，2，x,3") == "，1,000,2，x，3"
    assert view("1,") == "1，" and view(",") == "，"
    assert view("責任單位") == "责任单位" and view("責任單位") == "责任单位"  # read twice: the same


def test_brackets_nest_and_match_any_closing_bracket() -> None:
    s = "甲（乙(丙)丁]戊【己"
    assert brackets(s, "（(【", "）)]】") == [(1, 8)]
    assert brackets(s, "（(【", "）)]】", open_end=True) == [(1, 8), (9, len(s) + 1)]
    assert brackets("没有括号", "（", "）") == [] and brackets("a-b^c", "-", "^") == [(1, 4)]
