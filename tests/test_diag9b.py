"""Shapes of hold-out 9's plans (tests/realworld/hz9_*) that the reader missed, each a general way plans write."""

from __future__ import annotations

from pathlib import Path

from polkg.graph.model import Extraction
from polkg.loaders import bracket, generic, marks
from tests.helpers import having, roles

REALWORLD = Path(__file__).resolve().parent / "realworld"


def bracket_plan(stem: str) -> Extraction:
    return bracket.LOADER.load((REALWORLD / f"{stem}.txt").read_text(encoding="utf-8"), stem)


def test_a_bracket_standing_remark_names_a_unit_of_every_later_item() -> None:
    # (牵头单位:县水利局、各乡〔镇〕人民政府。配合单位:…。以下均需各乡〔镇〕人民政府负责,不再列出) on item 1
    x = bracket_plan("hz9_jiangxi_dean_hhz2023")
    first = roles(having(x, "水工程建设与管理"))
    assert first["lead"] == ["县水利局", "各乡〔镇〕人民政府"] and first["responsible"] == []
    for start in ("饮用水源保护", "河湖水域整治"):
        assert roles(having(x, start))["responsible"] == ["各乡〔镇〕人民政府"], start


def test_the_work_before_by_is_no_part_of_the_unit() -> None:
    # hz9_guangxi_xinkaigong2005: 区直项目由区直主管部门负责组织;市属项目由各市人民政府负责组织。
    pairs = (("区直项目由区直主管部门负责组织", "区直主管部门"), ("市属项目由各市人民政府负责组织", "各市人民政府"))
    for sentence, unit in pairs:
        mark = marks.subject(sentence, 0)
        assert mark is not None and [f.mention for f in mark.found] == [unit]
    mark = marks.subject("自由贸易试验区管委会负责", 0)  # the 由 of 自由 splits nothing
    assert mark is not None and [f.mention for f in mark.found] == ["自由贸易试验区管委会"]


def test_a_quantified_level_before_a_unit_naming_its_own_scope_is_a_unit_of_its_own() -> None:
    # hz9_guangxi_xinkaigong2005: 各市、区直各有关部门应遵循…; 各县、区人民政府 still shares its ending
    assert names("各市、区直各有关部门") == ["各市", "区直各有关部门"]
    assert names("各市、各有关部门") == ["各市", "各有关部门"]
    assert names("各县、区人民政府") == ["各县、区人民政府"]


def test_a_place_whose_parties_are_told_to_act_is_not_the_actor() -> None:
    # hz9_heilongjiang_zhaozhou_duchazg: 3.要求园区及县内的涉水企业,加强排污情况管控
    assert marks.subject("要求园区及县内的涉水企业,加强排污情况管控", 0) is None
    mark = marks.subject("要求县生态环境局内部加强管控", 0)
    assert mark is not None and [f.mention for f in mark.found] == ["县生态环境局"]


def names(s: str) -> list[str]:
    return [f.mention for f in marks.unit_names(s, 0, "responsible") or []]


def test_a_livelihood_item_that_waives_a_fee_is_an_obligation() -> None:
    # hz9_sichuan_msss30_2022 (Traditional): 減免非民族自治地區40萬名普惠性幼兒園在園家庭經濟困難兒童…保教費。
    x = generic.LOADER.load((REALWORLD / "hz9_sichuan_msss30_2022.txt").read_text(encoding="utf-8"), "msss30")
    assert having(x, "減免非民族自治地區40萬名普惠性幼兒園").units == []


def test_a_news_line_saying_who_met_is_no_task() -> None:
    # lines of hz9_chongqing_shizhu_ljfl2022, hz9_jilin_yushu_sxyd2020, hz9_jiangsu_changzhou_cwhy20
    said = ["副县长石华出席会议。", "副市长闫伟出席会议并讲话。",
            "县生活垃圾分类工作领导小组成员单位相关负责人参加会议。",
            "2023年7月5日上午,市长盛蕾在市行政中心清风厅主持召开市政府第20次常务会议,纪要如下:",
            "讯(记者 李玉霞)3月23日,我县召开生活垃圾分类工作领导小组2022年第1次会议,进一步推进全县生活垃圾分类工作。"]
    assert all(marks.meeting_report(s) for s in said)
    x = generic.LOADER.load((REALWORLD / "hz9_chongqing_shizhu_ljfl2022.txt").read_text(encoding="utf-8"), "shizhu")
    assert not [t for t in x.tasks if "出席会议" in t.text or "参加会议" in t.text]
    # a duty to attend or hold meetings stays one (ho_liaoning_dalian_jtzz2011, hw_jilin_siping_tiedong_dczg10)
    duties = ["各成员单位分管领导要按时参加综合整治办公室定期召开的工作会议,做到情况清楚、部署及时、落实到位。",
              "区委区政府及各乡镇针对环保整改问题不定期召开任务推进会议,压实责任。"]
    assert not any(marks.meeting_report(s) for s in duties)
