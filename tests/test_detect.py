"""Format detection picks the right loader for every corpus document and every made-up fixture."""

from __future__ import annotations

import pytest

from polkg.loaders import registry
from polkg.loaders.text import view
from tests.conftest import CORPUS, ROOT

FIXTURES = ROOT / "tests" / "fixtures"

EXPECTED = {
    CORPUS / "000_58d12171dcf85779.txt": "resp_lines",
    CORPUS / "001_ea7e1250e72a59c4.txt": "generic",  # an action plan naming few units: the engine's
    CORPUS / "002_2b859586d1828755.txt": "progress_table",
    CORPUS / "003_47ae1d538206f907.txt": "plan_table",
    CORPUS / "004_0c71af0d61d8d2f3.txt": "bracket",
    FIXTURES / "bracket_yunling_county.txt": "bracket",
    FIXTURES / "city_resp_lines.txt": "generic",  # a short division: the engine reads role lines
    FIXTURES / "city_plain_lines.txt": "generic",
    FIXTURES / "city_styles.txt": "generic",  # several styles mixed, a small table among them
    FIXTURES / "plan_table_guizhou_water.txt": "plan_table",
    FIXTURES / "progress_city_h1.txt": "progress_table",
    FIXTURES / "prose_zhejiang_water.txt": "generic",
}


@pytest.mark.parametrize("path", sorted(EXPECTED), ids=lambda p: p.name)
def test_detects_the_right_loader(path) -> None:  # type: ignore[no-untyped-def]
    assert registry.detect(path.read_text(encoding="utf-8")).name == EXPECTED[path]


def test_text_in_no_known_shape_falls_back_to_generic() -> None:
    assert registry.detect("会议纪要\n\n今天天气很好。\n").name == "generic"


def _every_scorer(text: str) -> str:
    """Detection as it was before ceilings: every loader scored, the best (the first of a tie) taken."""
    scored = [(loader.score(text), -i, loader.name) for i, loader in enumerate(registry.loaders())]
    best, _, name = max(scored)
    return name if best >= registry.MIN_SCORE else "generic"


def test_no_loader_scores_above_its_ceiling_so_skipping_picks_the_same() -> None:
    """Detection skips a loader whose ceiling cannot beat the best score so far; that is exact only while
    no scorer gives more than its ceiling, on any plan we have."""
    paths = [*EXPECTED, *sorted((ROOT / "tests" / "realworld").glob("*.txt"))]
    for path in paths:
        text = view(path.read_text(encoding="utf-8"))
        for loader in registry.loaders():
            assert loader.score(text) <= loader.ceiling, (path.name, loader.name)
        assert registry.detect(text).name == _every_scorer(text), path.name
