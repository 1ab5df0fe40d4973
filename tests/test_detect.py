"""Format detection picks the right loader for every corpus document and every made-up fixture."""

from __future__ import annotations

import pytest

from polkg.loaders import registry
from tests.conftest import CORPUS, ROOT

FIXTURES = ROOT / "tests" / "fixtures"

EXPECTED = {
    CORPUS / "000_58d12171dcf85779.txt": "resp_lines",
    CORPUS / "001_ea7e1250e72a59c4.txt": "prose",
    CORPUS / "002_2b859586d1828755.txt": "progress_table",
    CORPUS / "003_47ae1d538206f907.txt": "plan_table",
    CORPUS / "004_0c71af0d61d8d2f3.txt": "bracket",
    FIXTURES / "bracket_yunling_county.txt": "bracket",
    FIXTURES / "city_resp_lines.txt": "generic",  # a short division: the engine reads role lines
    FIXTURES / "city_plain_lines.txt": "generic",
    FIXTURES / "city_styles.txt": "generic",  # several styles mixed, a small table among them
    FIXTURES / "plan_table_guizhou_water.txt": "plan_table",
    FIXTURES / "progress_city_h1.txt": "progress_table",
    FIXTURES / "prose_zhejiang_water.txt": "prose",
}


@pytest.mark.parametrize("path", sorted(EXPECTED), ids=lambda p: p.name)
def test_detects_the_right_loader(path) -> None:  # type: ignore[no-untyped-def]
    assert registry.detect(path.read_text(encoding="utf-8")).name == EXPECTED[path]


def test_text_in_no_known_shape_falls_back_to_generic() -> None:
    assert registry.detect("会议纪要\n\n今天天气很好。\n").name == "generic"
