"""Shapes of dev round 12 plans (tests/realworld/he_*, half B) the reader missed, each a general way plans write."""

from __future__ import annotations

from polkg.loaders import engine, marks, tables
from polkg.nlp import deadlines
from polkg.nlp.targets import find_targets
from tests.helpers import having, read, roles


def test_a_role_line_whose_units_lead_each_their_own_part() -> None:
    # he_zhejiang_lishui_gzbg2023: 责任单位：市人力社保局、市农业农村局分别牵头 (分别: each leads, the name ends at 局)
    found = marks.explicit_roles("市人力社保局、市农业农村局分别牵头", 0, "responsible")
    assert found is not None
    assert [(f.mention, f.role) for f in found] == [("市人力社保局", "lead"), ("市农业农村局", "lead")]
    r = roles(having(read("he_zhejiang_lishui_gzbg2023"), "城乡居民收入增速保持全省领先"))
    assert r["lead"] == ["市人力社保局", "市农业农村局"]


def test_a_bare_unit_bracket_opening_a_sentence_closes_the_sentences_before_it() -> None:
    # he_hunan_spaq2023: …源頭防治行動。(省生態環境廳)落實耕地分類管理制度…。(省農業農村廳)
    x = read("he_hunan_spaq2023")
    assert roles(having(x, "加強耕地土壤污染源頭防控"))["responsible"] == ["省生態環境廳"]
    assert roles(having(x, "落實耕地分類管理制度"))["responsible"] == ["省農業農村廳"]


def test_a_header_glued_with_no_separator_names_its_columns() -> None:
    # he_shaanxi_xian_fgfzfa2022: the cell borders dropped, the header runs together
    kinds = tables.glued_header("序号陕西省《工作要点》部署任务西安市落实措施牵头单位责任单位完成时限备注")
    assert kinds is not None
    assert [(k.kind, k.role) for k in kinds if k is not None and k.kind in ("role", "deadline")] == [
        ("role", "lead"),
        ("role", "responsible"),
        ("deadline", None),
    ]
    assert tables.glued_header("牵头单位要加强统筹责任单位要抓好落实") is None  # a sentence, no header


def test_glued_unit_cells_split_at_unit_names_and_part_at_the_last_touching_names() -> None:
    kinds = tables.glued_header("序号工作任务牵头单位责任单位完成时限")
    assert kinds is not None
    row = "(2)大力清理整治变相许可。市行政审批局市司法局市级相关单位,各区县政府、西咸新区管委会2022年11月底"
    tail = tables.glued_tail(row, 0, kinds)
    assert tail is not None
    cut, found, deadline, leaders = tail
    assert row[:cut].endswith("许可。") and deadline == "2022年11月底" and leaders == []
    assert [(f.mention, f.role) for f in found] == [
        ("市行政审批局", "lead"),
        ("市司法局", "lead"),
        ("市级相关单位", "responsible"),
        ("各区县政府", "responsible"),
        ("西咸新区管委会", "responsible"),
    ]
    assert tables.glued_tail("(3)加强督查。各区县要按月报送进展。", 0, kinds) is None


def test_xian_glued_rows_read_their_cells_and_keep_the_own_duty_inside() -> None:
    x = read("he_shaanxi_xian_fgfzfa2022")
    row = having(x, "全面准确依法编制市、区(县)行政许可事项清单")
    assert roles(row)["lead"] == ["市行政审批局", "市司法局"]
    assert roles(row)["responsible"] == ["市级相关单位", "各区县政府", "西咸新区管委会"]
    assert row.deadline == "2022年9月底"
    assert roles(having(x, "市审改办要坚持每月调度"))["responsible"] == ["市审改办"]
    assert not [t for t in x.tasks if t.text.startswith("序号")]  # the header is no task


def test_a_number_broken_over_lines_with_its_digits_spaced_joins_its_sentence() -> None:
    # he_shanxi_rjhj2018_pdf: 全省新建污水管网7 / 0 0公―2―里.( 省住房城乡建设厅牵头)
    text = "全省新建污水管网7\n0 0公里.( 省住房城乡建设厅牵头)\n"
    assert [text[p.start : p.end] for p in tables.paragraphs(text)] == [text.strip()]
    assert len(tables.paragraphs("完成率100\n2 加快建设\n")) == 2  # a row number opens the next line


def test_a_latin_full_stop_between_words_ends_a_sentence_but_no_numbering_mark() -> None:
    assert [b for _, b in engine._sentences("加快管网建设.太原市要加快推进.")] == [7, 16]
    assert len(engine._sentences("1.加快管网建设")) == 1
    assert len(engine._sentences("二.重点任务")) == 1


def test_a_lead_only_mark_leads_each_unit_acting_in_the_item() -> None:
    # he_shanxi_rjhj2018_pdf: (一)加快…建设.太原市要….大同、晋中两市要….各县(市)要….(省住房城乡建设厅牵头)
    x = read("he_shanxi_rjhj2018_pdf")
    first = roles(having(x, "加快生活污水处理设施和配套管网建设"))
    assert first["lead"] == ["省住房城乡建设厅"] and first["responsible"] == ["太原市"]
    assert roles(having(x, "大同、晋中两市要完成新建"))["responsible"] == ["大同", "晋中两市"]
    assert roles(having(x, "各县(市)要重点加快推进污水"))["lead"] == ["省住房城乡建设厅"]
    whole = having(x, "全省新建污水管网7\n0 0公")  # the number broken over lines is read whole
    assert roles(whole) == {"lead": ["省住房城乡建设厅"], "responsible": [], "assist": []}


def test_a_year_joined_to_a_governed_year_labels_the_work_too() -> None:
    # he_xizang_zhouzhuanfang_lgxq2022: 确保年内完成2021年度和2022年度城镇老旧小区改造工作任务 (both years name batches)
    assert deadlines.find_deadline("确保年内完成2021年度和2022年度城镇老旧小区改造工作任务。") == "年内"
    assert deadlines.find_deadline("2021年和2022年底前完成。") == "2022年底前"  # a date, not a label


def test_class_hours_are_a_unit_of_a_target() -> None:
    # he_hebei_ljfl_yaodian2022_news: 每學期安排不少于2課時生活垃圾分類教育 (traditional, read through Simplified)
    text = "每學期安排不少于2課時生活垃圾分類教育學習。"
    got = {(t.value, t.unit, t.direction) for t in find_targets(text, 0, "d", 0, 2022)}
    assert (2.0, "课时", "at_least") in got
    assert {t.unit for t in find_targets("每年培训不少于40学时。", 0, "d", 0, 2022)} == {"学时"}
