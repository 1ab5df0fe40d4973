"""Mirror portals serve Traditional pages with a tone-marked pinyin syllable in brackets after some characters
(``省生態(tài)環(huán)境廳``, ``自治區(qū)``): the reader's view blanks that debris so units, places and names read as
if it were not there, while spans still point into the text as served."""

from __future__ import annotations

from pathlib import Path

from polkg.loaders.text import view
from polkg.pipeline import Pipeline

REALWORLD = Path(__file__).resolve().parent / "realworld"


def test_the_view_blanks_a_pinyin_syllable_after_a_character() -> None:
    served = "省生態(tài)環(huán)境廳、自治區（qū）"
    seen = view(served)
    assert len(seen) == len(served)
    assert seen.replace(" ", "") == "省生态环境厅、自治区"


def test_the_view_keeps_brackets_that_are_not_pinyin_debris() -> None:
    # Latin without tone marks, a bracket not after a character, a mixed bracket: all kept as written
    for served in ("排放(PM)", "表(a)", "（tái）省", "区(qū1)", "区(qū县)"):
        assert " " not in view(served), served


#: a task of rw_neimenggu_air_draft_p5.txt, its mark as ho_national_gwyb_gansu2010.txt serves 負責 (負(fù)責(zé))
MIRRORED = ("一、嚴格考核問責(zé)。定期對各盟市環(huán)境質(zhì)量改善進行調(diào)度。"
            "(自治區(qū)環(huán)境保護廳負(fù)責(zé);相關(guān)部門配合)\n")


def test_units_of_a_mirrored_plan_read_through_the_debris(pipeline: Pipeline) -> None:
    ex = pipeline.extract_text(MIRRORED, "mirror")
    [task] = ex.tasks
    assert task.text == "一、嚴格考核問責(zé)。定期對各盟市環(huán)境質(zhì)量改善進行調(diào)度。"  # as served
    got = {(u.mention, u.role) for u in task.units}
    assert got == {("自治區(qū)環(huán)境保護廳", "responsible"), ("相關(guān)部門", "assist")}
    for u in task.units:  # spans point into the text as served, debris and all
        assert u.span is not None and MIRRORED[u.span.start:u.span.end] == u.mention
    assert MIRRORED[task.span.start:task.span.end] == task.text


def test_a_mirrored_plans_units_resolve_and_keep_their_spans(pipeline: Pipeline) -> None:
    path = REALWORLD / "rw_neimenggu_air_draft_p5.txt"
    text = path.read_text(encoding="utf-8")
    ex = pipeline.extract_file(path)
    units = [u for t in ex.tasks for u in t.units]
    assert ("自治區(qū)環(huán)境保護廳", "内蒙古自治区环境保护厅") in {(u.mention, u.canonical) for u in units}
    for t in ex.tasks:
        assert text[t.span.start:t.span.end] == t.text
        for u in t.units:
            assert u.span is not None and text[u.span.start:u.span.end] == u.mention
