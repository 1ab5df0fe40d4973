"""News of meetings and inspections inside plans (issue 8): who came along, took part or spoke commits nobody,
whoever it names; a line handing out roles (由X牵头，Y参加) stays a duty's units."""

from __future__ import annotations

from pathlib import Path

from polkg.loaders import engine, marks

REALWORLD = Path(__file__).resolve().parent / "realworld"


def test_who_came_along_took_part_or_spoke_is_news() -> None:
    # lines of hd_fujian_quanzhou_taishang_hezhang2018, hd_henan_dengfeng_jiaotong2021, hd_hunan_pingjiang_anquan2019,
    # hq_guangxi_mengshan_jiaotong2013
    said = [
        "7月4日下午,我区召开2018年全区河长制工作推进会,区管委会副主任、副总河长丁尚光出席并讲话,"
        "区环境与国土资源局局长、河长办主任詹蓉主持会议。",
        "区河长办全体成员及联络员,市检察院派驻区检察室,区市政公司、水务公司主要领导及相关工作人员,"
        "各乡镇总河长、流域河长及乡镇河长办工作人员参加。",
        "市交通运输局、应急管理局、公安交警大队等单位负责同志陪同督导。",
        "副县长艾志军出席,",
        "县政府办、安委办、应急管理局以及相关部门、乡镇负责人等参加。",
        "县工信局、招商局、住建局等部门主要负责同志参加调研。",
    ]
    assert [s for s in said if not marks.meeting_report(s)] == []


def test_a_line_handing_out_roles_or_asking_to_attend_stays_a_duty() -> None:
    duties = ["由市生态环境局牵头,市发展改革委、市工业和信息化局参加。",
              "各成员单位分管领导要按时参加综合整治办公室定期召开的工作会议,做到情况清楚、部署及时、落实到位。",
              "市交通运输局负责,市公安局配合,各乡镇参加。"]
    assert [s for s in duties if marks.meeting_report(s)] == []


def test_an_inspection_news_item_keeps_no_escort_as_a_task() -> None:
    text = (REALWORLD / "hd_henan_dengfeng_jiaotong2021.txt").read_text(encoding="utf-8")
    x = engine.read(text, "dengfeng")
    assert x.tasks, "the item's duties are still read"
    assert not [t.text for t in x.tasks if "陪同督导" in t.text]
