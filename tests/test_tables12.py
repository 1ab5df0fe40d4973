"""Shapes of dev round 12 plans (tests/realworld/he_*, half B) the reader missed, each a general way plans write."""

from __future__ import annotations

from polkg.loaders import marks
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
