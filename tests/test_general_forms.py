"""Due dates and targets as Chinese plans in general write them, on real excerpts of plans the development set
does not hold (tests/fixtures/general_*.toml: each excerpt verbatim with its source URL, the expected reading
written by hand before the readers ran on it)."""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from polkg.loaders.text import view
from polkg.nlp.deadlines import find_deadline, resolve
from polkg.nlp.targets import find_targets, vocab

FIXTURES = Path(__file__).parent / "fixtures"


def _cases(name: str) -> list[dict[str, Any]]:
    with (FIXTURES / name).open("rb") as f:
        return list(tomllib.load(f)["case"])


DEADLINES = _cases("general_deadlines.toml")
TARGETS = _cases("general_targets.toml")


@pytest.mark.parametrize("case", DEADLINES, ids=[c["form"] for c in DEADLINES])
def test_deadline_forms_of_real_plans(case: dict[str, Any]) -> None:
    """Read as the pipeline reads (the Simplified view of the text; the written form is restored from it)."""
    expected = case.get("deadline")
    assert find_deadline(view(case["text"])) == (view(expected) if expected else None)


def _key(value: float, unit: str, direction: str, baseline: int | None) -> tuple[float, str, str, int | None]:
    return float(value), vocab().same_unit.get(unit, unit), direction, baseline


@pytest.mark.parametrize("case", TARGETS, ids=[c["title"] for c in TARGETS])
def test_targets_of_real_plans(case: dict[str, Any]) -> None:
    """Every hand-written target is read with its value, unit, direction, baseline and (where the excerpt
    dates it) due year."""
    got = find_targets(case["text"], 0, "doc", 0, case.get("year"), case.get("title", ""))
    pool = Counter((_key(t.value, t.unit, t.direction, t.baseline_year), t.year) for t in got)
    missing = []
    for e in case["targets"]:
        key = _key(e["value"], e["unit"], e["direction"], e.get("baseline_year"))
        match = next((k for k in pool if pool[k] and k[0] == key and ("year" not in e or k[1] == e["year"])), None)
        if match is None:
            missing.append((*key, e.get("year")))
        else:
            pool[match] -= 1
    assert missing == []


def test_a_change_on_the_year_before_is_measured_from_it() -> None:
    """同比/比上年: the baseline is the year before the due year (tests/realworld/hy_jiangsu_suqian_suyu_daqi2018_ft,
    its gold key says the same)."""
    text = ("2018年全區pm2.5濃度下降到52μg/m3及以下,空氣質量優良天數比例上升到65%及以上,"
            "二氧化硫、氮氧化物同比分別削減8.2%、7.6%。")
    got = {t.value: (t.direction, t.year, t.baseline_year) for t in find_targets(text, 0, "doc", 0, 2018)}
    assert got[8.2] == got[7.6] == ("decrease", 2018, 2017)
    assert got[52] == ("at_most", 2018, None)


def test_an_indicator_table_of_a_five_year_plan_saved_as_html() -> None:
    """指标名称 / 2020年 / 2025年 / 属性: the 2025 column holds the targets, the 2020 column the base (达州 林业)."""
    from polkg.pipeline import Pipeline

    ex = Pipeline().extract_file(FIXTURES / "general_dazhou_forestry.html")
    got = {(t.value, t.unit, t.direction, t.year) for t in ex.targets}
    assert {(46.3, "%", "reach", 2025), (5000.0, "万立方米", "reach", 2025)} <= got
    assert not any(t.value in (45.31, 4606.24) for t in ex.targets)


@pytest.mark.parametrize(
    ("written", "year", "due"),
    [("6月26日至7月25日", 2021, "2021-07-25"), ("9月至明年3月", 2017, "2018-03-31"),
     ("2010年9月10日至9月17日", None, "2010-09-17"), ("“十四五”期间", None, "2025-12-31"),
     ("通过2年努力", 2023, "2024-12-31")],
)
def test_a_range_falls_due_at_its_end_and_a_period_at_its_last_year(written: str, year: int | None, due: str) -> None:
    assert resolve(written, year).date == due
