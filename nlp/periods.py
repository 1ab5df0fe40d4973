"""The periods plans are written for, read one way for the whole program: a span of years (``2021—2023年``)
and a five-year plan (``“十四五”``, ``第十四个五年规划``).

:mod:`polkg.loaders.metadata` takes a plan's year from them (the first year), :mod:`polkg.nlp.targets` the year
its targets fall due (the last).
"""

from __future__ import annotations

import re

#: a span of years: 2021—2023年, 2021年至2023年, 2018-2020年
PERIOD = re.compile(r"(?<!\d)(?P<a>20\d{2})年?[—–\-~～至到]+(?P<b>20\d{2})年")
#: a five-year plan by its short name (十四五) or in full (第十四个五年); the 11th (十一五) to the 16th (十六五)
FIVE_YEAR = re.compile(r"十([一二三四五六])五|第十([一二三四五六])个五年")
NUMERALS = "一二三四五六"


def five_year_period(text: str) -> tuple[int, int] | None:
    """(first, last) year of the first five-year plan ``text`` names: “十二五” → (2011, 2015), 第十四个五年 →
    (2021, 2025). The 11th plan (十一五) began in 2006, each one five years after the one before."""
    m = FIVE_YEAR.search(text)
    if m is None:
        return None
    first = 2006 + 5 * NUMERALS.index(m.group(1) or m.group(2))
    return first, first + 4


def span_end(text: str) -> int | None:
    """The last year of the first span of years ``text`` names (2021—2023年 → 2023)."""
    m = PERIOD.search(text)
    return int(m.group("b")) if m else None
