"""A lead written on a section heading covers the items under it (issue 8, prose side): ANNOTATION.md's "a lead on a
heading applies to every item in its scope", for a heading whose mark names only a lead (``（牵头单位：X）``,
``（X牵头）``) over items that carry their own ``[责任单位：…]``. Real text from tests/realworld."""

from __future__ import annotations

from polkg.loaders import bracket
from tests.helpers import REALWORLD, having, roles, snippet


def test_a_lead_only_heading_mark_leads_each_item_of_a_bracket_plan() -> None:
    """hz8_yunnan_kunming_zhongxin (read by the bracket reader): ``(十)提升“中国春城”城市美誉度(牵头单位:市园林绿化局)``
    over items 39–41 each closed by ``[责任单位:…]``; where an item lists the lead again among its units, it holds
    both roles."""
    text = (REALWORLD / "hz8_yunnan_kunming_zhongxin.txt").read_text(encoding="utf-8")
    x = bracket.LOADER.load(text, "hz8_yunnan_kunming_zhongxin")
    first = having(x, "持续壮大花卉产业")
    assert roles(first) == {"lead": ["市园林绿化局"], "responsible": ["市农业农村局", "市商务局", "市林草局",
                                                                      "各县(市)区人民政府"], "assist": []}
    second = having(x, "绿化美化人居环境")
    assert roles(second)["lead"] == ["市园林绿化局"]
    assert "市园林绿化局" in roles(second)["responsible"]


def test_a_lead_only_heading_mark_leads_each_item_in_the_engine() -> None:
    x = snippet(
        "（十）提升“中国春城”城市美誉度（牵头单位：市园林绿化局）\n"
        "39. 持续壮大花卉产业。推进斗南花卉小镇建设。[责任单位：市农业农村局、市商务局]\n"
        "40. 绿化美化人居环境。积极梳理城市可建绿地。[责任单位：各县(市)区人民政府，市园林绿化局]\n"
        "（十一）加快城市更新。\n"
        "41. 推进老旧小区改造。[责任单位：市住房城乡建设局]\n"
    )
    expected = {"lead": ["市园林绿化局"], "responsible": ["市农业农村局", "市商务局"], "assist": []}
    assert roles(having(x, "持续壮大花卉产业")) == expected
    assert roles(having(x, "绿化美化人居环境"))["responsible"] == ["各县(市)区人民政府", "市园林绿化局"]
    assert roles(having(x, "推进老旧小区改造")) == {"lead": [], "responsible": ["市住房城乡建设局"], "assist": []}


def test_a_heading_mark_with_other_roles_leads_and_falls_back() -> None:
    """A heading's mark naming responsible units too: its lead leads every item below (issue 8: heading lead +
    item responsible), its responsible units go only to items naming nobody."""
    x = snippet(
        "（一）加强城市管理（牵头单位：市城管局；责任单位：市公安局）\n"
        "1. 整治占道经营。[责任单位：各区政府]\n"
        "2. 规范户外广告设置。\n"
    )
    assert roles(having(x, "整治占道经营")) == {"lead": ["市城管局"], "responsible": ["各区政府"], "assist": []}
    assert roles(having(x, "规范户外广告设置")) == {"lead": ["市城管局"], "responsible": ["市公安局"], "assist": []}
