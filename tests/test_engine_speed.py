"""Speed-only shortcuts of the engine read exactly what the long way reads (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from polkg.loaders import engine, marks, tables
from polkg.loaders.text import split_top_level, view

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


def _runs_apart(s: str, ends: list[int]) -> list[object]:
    return [repr(marks._clause_run(s[:end], 7)) for end in ends]


@pytest.mark.parametrize("sentence", [
    "由王某某副市长负责，市住建局牵头，市财政局、市自然资源局配合，尽快完成老旧小区改造",
    "市生态环境局牵头，各区政府，市水务局配合，12月底前完成，并建立长效机制",
    "区农业农村局负责 区财政局配合，下同，持续推进，确保按期完成",
])
def test_clause_runs_in_one_pass_read_each_cut_as_alone(sentence: str) -> None:
    """A chain's runs up to each clause, read in one pass, are what reading each cut alone gives."""
    clauses = split_top_level(sentence, "，,")
    ends = [len(sentence[: a].rstrip("，, ")) for a, _ in clauses[1:]]
    assert [repr(r) for r in marks._clause_runs(sentence[: ends[-1]], 7, ends)] == _runs_apart(sentence, ends)
    assert any(r is not None and r[0].found for r in marks._clause_runs(sentence[: ends[-1]], 7, ends))


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
