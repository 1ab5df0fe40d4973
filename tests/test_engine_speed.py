"""Speed-only shortcuts of the engine read exactly what the long way reads (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from polkg.loaders import engine, tables
from polkg.loaders.text import view

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", ["corpus/004_0c71af0d61d8d2f3.txt",
                                  "tests/realworld/hd_jilin_changchun_lajifenlei2019.txt",
                                  "tests/realworld/hd_jiangsu_gulou_zyrw2024.txt"])
def test_paragraphs_to_an_end_are_those_of_the_text_cut_there(name: str) -> None:
    """A bundle's plans take their paragraphs from the whole text's; cut at any line's end (also where a line
    below joins the paragraph, or a table row runs on past the cut), they are the paragraphs of the text up to it."""
    text = view((ROOT / name).read_text(encoding="utf-8"))
    whole = tables.paragraphs(text)
    ends = [i for i, ch in enumerate(text) if ch == "\n"]
    inside = [e for e in ends if any(p.start < e < p.end for p in whole)]  # a paragraph (or row) runs on past it
    assert inside or "004" not in name  # (the bundle's lines broken mid-sentence: the cuts the whole cannot give)
    for end in ends[:: max(1, len(ends) // 30)] + inside[:: max(1, len(inside) // 10)]:
        assert engine._paragraphs_to(text, end, whole) == tables.paragraphs(text[:end])
    assert engine._paragraphs_to(text, len(text), None) == whole


def test_helpers_read_only_where_a_helper_word_is_give_what_every_clause_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    """``written_duties(helpers=True)`` skips a text holding no role verb but responsible's, 作为 or 会同: over the
    corpus's paragraphs, what it finds is what reading every clause finds."""
    import re

    texts = [line for name in sorted((ROOT / "corpus").glob("*.txt"))
             for line in view(name.read_text(encoding="utf-8")).splitlines() if line.strip()]
    quick = [engine.written_duties(s, 0, helpers=True) for s in texts]
    monkeypatch.setattr(engine, "_helper_words", lambda: re.compile(""))  # every text read clause by clause
    assert quick == [engine.written_duties(s, 0, helpers=True) for s in texts]
    assert any(quick) and sum(1 for s in texts if engine._helper_words().search(s)) == len(texts)
