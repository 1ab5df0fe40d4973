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
