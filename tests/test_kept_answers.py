"""The shortcuts the extraction takes for speed (issue 13) give the answers the full readings give: answers kept per
line are placed at each offset asked and never shared with a caller that changes them; a line settled before it is
split, and a clause chain that stops growing early, read as the full reading does, over every line of the seed
corpus and the real-world plans."""

from __future__ import annotations

import re
from pathlib import Path

from polkg.loaders import marks
from polkg.loaders import table as cells
from polkg.loaders.text import first_prefix, split_top_level

ROOT = Path(__file__).resolve().parent.parent
PLANS = [*sorted((ROOT / "corpus").glob("*.txt")), *sorted((ROOT / "tests" / "realworld").glob("*.txt"))[:40]]


def _lines() -> list[str]:
    return [line.strip() for p in PLANS for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_a_kept_unit_list_is_placed_at_each_offset_asked() -> None:
    words = "县水利局、县财政局牵头"[:9]
    at_zero = marks.unit_names(words, 0, "responsible")
    at_hundred = marks.unit_names(words, 100, "responsible")
    assert at_zero is not None and at_hundred is not None
    assert [f.mention for f in at_zero] == ["县水利局", "县财政局"]
    assert [(f.start, f.end) for f in at_zero] == [(0, 4), (5, 9)]
    assert [(f.start, f.end) for f in at_hundred] == [(100, 104), (105, 109)]
    at_zero.clear()  # the caller's own list: the kept answer stays whole
    again = marks.unit_names(words, 7, "responsible")
    assert again is not None and [(f.start, f.end) for f in again] == [(7, 11), (12, 16)]


def test_kept_labels_are_the_callers_own() -> None:
    found = marks.labels("责任单位：县水利局；完成时限：2024年底")
    assert [x.kind for x in found] == ["responsible", "deadline"]
    found.clear()
    assert len(marks.labels("责任单位：县水利局；完成时限：2024年底")) == 2
    assert [x.kind for x in marks.labels("责任单位 县水利局、县财政局")] == ["responsible"]  # spaced, no colon
    assert marks.labels("加强河道巡查，及时清理垃圾") == []


def _people_in_full(s: str) -> list[str]:
    """:func:`marks.people` without its shortcut: every line split into names, each name checked."""
    names = [p.name for p in cells.split_people(re.sub(r"[|│┃║]", " ", s))]
    ok = names and all(2 <= len(n) <= 4 and marks._HAN_NAME.fullmatch(n) and not marks.styles.looks_like_unit(n)
                       and not (len(n) == 4 and n.startswith(marks.words().not_starts)) for n in names)
    return names if ok else []


def test_people_settled_before_splitting_as_after() -> None:
    lines = _lines()
    assert sum(bool(marks.people(s)) for s in lines) > 0  # (the lines hold some lists of people)
    assert [s for s in lines if marks.people(s) != _people_in_full(s)] == []


def _chain_in_full(body: str) -> marks.Mark | None:
    """:func:`marks._clause_chain` trying every run of clauses up to its longest, as it did before it stopped early."""
    sentence = re.split(r"[。；;！？!?]", body, maxsplit=1)[0]
    clauses = split_top_level(sentence, "，,")
    if len(clauses) < 3:
        return None
    by = clauses[0][1].rfind("由")
    cut = clauses[0][0] + by if by > 0 and clauses[0][1][by - 1] not in "自理缘经" else 0
    best = None
    for k in range(2, min(len(clauses), marks.MAX_CHAIN + 1)):
        mark = marks.clause_list(sentence[cut : clauses[k][0]].rstrip("，, "), cut)
        if mark is not None and mark.found:
            best = mark
    return best


def test_a_clause_chain_stopping_early_reads_as_the_full_one() -> None:
    written = ["污水处理厂项目由王某副市长负责，市住建局牵头，市生态环境局、市财政局配合，尽快完成前期工作。",
               "由县水利局牵头，县财政局、县自然资源局配合，各乡镇负责落实，2024年底前完成。",
               "县水利局牵头，县财政局配合，抓紧制定方案，县政府督查室跟踪督办。"]
    sentences = written + [s for line in _lines() for s in re.split(r"(?<=[。；;])", line) if "，" in s]
    chains = [(s, marks._clause_chain(s, 0)) for s in sentences]
    assert any(c is not None for _, c in chains)  # (some sentences open with a chain of role clauses)
    assert [s for s, c in chains if c != _chain_in_full(s)] == []


def test_first_prefix() -> None:
    assert first_prefix("各有关部门要", ("各有关", "各")) == "各有关"
    assert first_prefix("县各有关部门", ("各有关", "各"), 1) == "各有关"
    assert first_prefix("市政府", ("各有关", "各")) is None
