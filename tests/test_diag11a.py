"""Shapes of dev round 11's plans (tests/realworld/hd_*) that the reader missed, each a general way plans write."""

from __future__ import annotations

from pathlib import Path

from polkg.graph.model import Extraction
from polkg.loaders import generic, marks
from tests.helpers import having, roles

REALWORLD = Path(__file__).resolve().parent / "realworld"


def plan(stem: str) -> Extraction:
    return generic.LOADER.load((REALWORLD / f"{stem}.txt").read_text(encoding="utf-8"), stem)


def test_a_bracket_closing_the_last_paragraph_of_a_report_leaves_earlier_subjects_their_own() -> None:
    # hd_guizhou_qiandongnan_kongchuo2013: 会议要求，各县级政府要…。 … 据悉，…学校建设。（政府办秘书八科、州教育局）
    x = plan("hd_guizhou_qiandongnan_kongchuo2013")
    assert roles(having(x, "会议要求,各县级政府要结合"))["responsible"] == ["各县级政府"]


def test_a_closing_mark_still_covers_the_paragraphs_that_name_no_one() -> None:
    text = ("关于加强工作的通知\n\n一、加强管理\n\n开展专项检查，摸清底数。\n\n"
            "建立长效机制，定期通报。（市教育局负责）\n")
    x = generic.LOADER.load(text, "plan")
    for start in ("开展专项检查", "建立长效机制"):
        assert roles(having(x, start))["responsible"] == ["市教育局"], start


def test_a_purpose_clause_after_an_enumerator_is_no_unit() -> None:
    # hd_xinjiang_wenquan_rjhj_dafu: 二是为了提高村队人居环境,…,农业农村局将积极…
    s = "二是为了提高村队人居环境,给村民创建良好的生活条件,农业农村局将积极和各乡镇场沟通。"
    mark = marks.subject(s, 0)
    assert mark is None or all(not f.mention.startswith("为") for f in mark.found)
    mark = marks.subject("一是城关镇加强巡查。", 0)
    assert mark is not None and [f.mention for f in mark.found] == ["城关镇"]


def test_an_excerpt_opening_inside_a_rectification_block_has_no_title() -> None:
    # hd_beijing_dczg2017_p3: page 3 opens with 整改目标：…; its block is a task, never the plan's title
    x = plan("hd_beijing_dczg2017_p3")
    assert x.documents[0].title == ""
    assert roles(having(x, "整改目标:整体提升餐饮行业管理水平"))["responsible"] == [
        "市环保局", "市商务委", "市食品药品监管局", "市工商局", "各区政府"]
