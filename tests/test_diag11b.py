"""Shapes of dev round 11 plans (tests/realworld/hd_*) that the reader missed, each a general way plans write."""

from __future__ import annotations

from polkg.loaders import marks
from tests.helpers import having, read, roles


def test_a_generic_group_after_and_keeps_its_whole_ending() -> None:
    # hd_sichuan_lushan_tuigeng2017: 三是各乡镇和相关部门要密切配合 (the 门 of 部门 was cut: 相关部)
    found = marks.leading_units("各乡镇和相关部门要密切配合,整体推进", 0)
    assert [f.mention for f in found] == ["各乡镇", "相关部门"]
    assert found[-1].end == 8


def test_several_units_cooperating_closely_help_nobody_else() -> None:
    # hd_sichuan_lushan_tuigeng2017: 三是各乡镇和相关部门要密切配合,整体推进 (each other's help: responsible)
    m = marks.subject("各乡镇和相关部门要密切配合,整体推进。", 0)
    assert m is not None
    assert [(f.mention, f.role) for f in m.found] == [("各乡镇", "responsible"), ("相关部门", "responsible")]
    one = marks.subject("市财政局要密切配合。", 0)  # one unit helping: still the helper of the one before it
    assert one is not None and [f.role for f in one.found] == ["assist"]


def test_a_charge_mid_sentence_with_a_manner_word_names_who_acts() -> None:
    # hd_sichuan_lushan_tuigeng2017: …提出了整改措施,要求各有关乡镇积极行动起来,务必在今年9月30日前完成清林整地
    assert marks.modal_subject("要求各有关乡镇积极行动起来,务必在今年9月30日前完成清林整地")


def test_a_partner_group_after_a_verb_is_not_closed_into_the_subject() -> None:
    # ho_national_mee_sanding2018: (一)负责建立健全生态环境基本制度。会同有关部门拟订… (有关部门 assists)
    r = roles(having(read("ho_national_mee_sanding2018"), "负责建立健全生态环境基本制度"))
    assert r["assist"] == ["有关部门"] and "有关部门" not in r["responsible"]


def test_lushan_meeting_duties_name_the_townships() -> None:
    x = read("hd_sichuan_lushan_tuigeng2017")
    assert roles(having(x, "要求各有关乡镇积极行动起来"))["responsible"] == ["各有关乡镇"]
    assert roles(having(x, "三是各乡镇和相关部门要密切配合"))["responsible"] == ["各乡镇", "相关部门"]
