"""Units in reports of meetings: a speaker charging a group, its numbered duties after (issue 8)."""

from __future__ import annotations

from polkg.loaders import marks
from tests.helpers import having, read, roles


def test_the_group_a_speaker_charges_owns_the_duties_listed_right_after() -> None:
    # hd_sichuan_lushan_tuigeng2017: 县政府副县长张开义要求各乡镇一要高度重视…;二要…: 各乡镇 acts, 张开义 speaks
    r = roles(having(read("hd_sichuan_lushan_tuigeng2017"), "张开义要求各乡镇一要高度重视"))
    assert r["responsible"] == ["各乡镇"]


def test_a_speaker_charging_nobody_before_the_list_names_no_unit() -> None:
    # hd_henan_dengfeng_jiaotong2021: 胡优良要求:一要加强领导 (a speaker's list of musts, no group addressed)
    assert marks.addressed_enumeration("胡优良要求:一要加强领导", 0) is None
    assert marks.addressed_enumeration("会议要求严格落实一要加强领导", 0) is None
    m = marks.addressed_enumeration("县政府副县长张开义要求各乡镇一要高度重视,清醒认识", 0)
    assert m is not None and [(f.mention, f.start) for f in m.found] == [("各乡镇", 11)]


def test_a_bare_township_level_word_is_the_subject_of_its_duty() -> None:
    # hd_neimenggu_sunitezuoqi_saihan2016: 一是要抓紧施工进度。苏木要集中力量,明确职责 (苏木: Inner Mongolia's township)
    x = read("hd_neimenggu_sunitezuoqi_saihan2016")
    assert roles(having(x, "苏木要集中力量"))["responsible"] == ["苏木"]
    m = marks.subject("街道要落实属地责任,加强巡查。", 0)  # the urban township, written alike
    assert m is not None and [(f.mention, f.role) for f in m.found] == [("街道", "responsible")]
    assert marks.subject("街道两侧要保持整洁。", 0) is None  # the street itself: no unit
