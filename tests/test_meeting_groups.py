"""Meeting reports and news relays (issue 8): the requirements a meeting sets (会议要求，一是各村要…) are the duties
of the group each names as its subject; the units of the meeting's narrative (who held, chaired, attended or
reported) are no actors of them."""

from __future__ import annotations

from pathlib import Path

from polkg.loaders import engine, marks

REALWORLD = Path(__file__).resolve().parent / "realworld"


def _units(text: str, needle: str) -> list[tuple[str, str]]:
    x = engine.read(text, "doc")
    task = next(t for t in x.tasks if needle in t.text)
    return [(u.mention, u.role) for u in task.units]


def test_a_reported_requirement_then_a_point_keeps_the_points_subject() -> None:
    mark = marks.subject("会议要求,一是各村要充分发挥职能作用,积极参加扫黑除恶工作。", 0)
    assert mark is not None and [f.mention for f in mark.found] == ["各村"]
    mark = marks.subject("会议强调，首先，各乡镇要加强领导。", 0)
    assert mark is not None and [f.mention for f in mark.found] == ["各乡镇"]


def test_who_held_the_meeting_owns_none_of_its_points() -> None:
    text = (REALWORLD / "hz11_henan_yucheng_shaogang_saohei.txt").read_text(encoding="utf-8")
    assert _units(text, "一是各村要充分发挥职能作用") == [("各村", "responsible")]
    assert _units(text, "二是要认真学习贯彻") == []
    assert _units(text, "三是全面深入摸排") == []
