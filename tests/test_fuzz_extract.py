"""Damaged plans through extraction (the quick share of ``benchmarks/fuzz_extract.py``): every kind of damage
that harness makes, once, on the start of a real prose plan and of a real table plan. Whatever the damage,
extraction ends without an exception and what it reads keeps the scorer's contract (spans inside the text,
non-empty unit mentions, roles lead/responsible/assist)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from benchmarks.fuzz_extract import MUTATIONS, contract_errors
from polkg.pipeline import Pipeline
from tests.conftest import CORPUS

ROOT = Path(__file__).resolve().parent.parent


def _around_first_pipe(path: Path) -> str:
    """3,000 characters of a Markdown table plan from its header row on (its ``|`` become tabs or spaces)."""
    text = path.read_text(encoding="utf-8")
    at = text.index("\n|")
    return text[at : at + 3000]


#: a prose plan with unit brackets, a tab-separated table plan and a Markdown table plan
SEEDS = {
    "prose": sorted(CORPUS.glob("*.txt"))[0].read_text(encoding="utf-8")[:3000],
    "table": (ROOT / "tests/fixtures/plan_table_guizhou_water.txt").read_text(encoding="utf-8")[:3000],
    "pipes": _around_first_pipe(ROOT / "tests/realworld/he_hubei_sanxia_swrfz2008.txt"),
}


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_damaged_plan_extracts_within_contract(mutation: str) -> None:
    for name, text in SEEDS.items():
        damaged = MUTATIONS[mutation](text, random.Random(f"{name}:{mutation}"))
        x = Pipeline().extract_text(damaged, name)
        assert contract_errors(x, damaged) == [], (name, mutation)
