"""The scope of a responsibility mark (issue 8): a role line or mark standing where it covers more than one item
gives its units to every item it covers and to no other, decided by where it stands among the numbered items
and headings. Real plans from tests/realworld where one shows the shape."""

from __future__ import annotations

from polkg.loaders import registry
from polkg.loaders.text import view
from tests.helpers import REALWORLD, having, read, roles, snippet

CHANGCHUN = ["市公安局", "市社会治安综合治理委员会办公室", "市安全生产监督管理局", "市质量技术监督局", "市粮食局",
             "市工商行政管理局", "市卫生局", "市畜牧业局", "市市政公用局", "市水利局", "市食品药品监督管理局"]


def test_role_line_closing_a_flattened_section_covers_all_its_items() -> None:
    """A page served as one line: 59.… 60.… 63.… 主要责任部门：X、Y。 八、…: the role line stood on a line of its
    own after the items, so it covers items 59–63 (not only 63), and nothing of section 八."""
    x = read("hw_jilin_changchun_jihua_p4")
    for words in ("保障肉品食用安全", "进一步加强对城乡结合部集贸市场监管", "加强对自备集中式供水",
                  "以中药材和中药饮片市场整治为重点", "完成消防特勤二大队"):
        assert roles(having(x, words))["responsible"] == CHANGCHUN, words
    for words in ("城区空气环境质量优良级天数", "强化燃煤烟尘污染防治"):
        assert having(x, words).units == [], words
    assert not any("主要责任部门" in t.text for t in x.tasks)


def test_heading_lead_covers_items_with_their_own_units() -> None:
    """（十）提升“中国春城”城市美誉度（牵头单位：市园林绿化局） / 39.…（责任单位：…）: the heading's lead leads every
    item under it, each item keeping its own responsible units; the heading is a section title, no task."""
    x = read("hz8_yunnan_kunming_zhongxin")
    flowers = roles(having(x, "持续壮大花卉产业"))
    assert flowers["lead"] == ["市园林绿化局"]
    assert flowers["responsible"] == ["市农业农村局", "市商务局", "市林草局", "各县(市)区人民政府"]
    for words in ("绿化美化人居环境", "加快公园城市建设"):
        assert roles(having(x, words))["lead"] == ["市园林绿化局"], words
    assert not any(t.text.strip().endswith("城市美誉度") for t in x.tasks)


def test_bracket_reader_leaves_a_section_bracket_to_the_engine() -> None:
    """The bracket reader makes one task of each bracket; a heading's bracket over deeper items is a scope it
    cannot give, so the engine reads the plan."""
    text = view((REALWORLD / "hz8_yunnan_kunming_zhongxin.txt").read_text(encoding="utf-8"))
    assert registry.detect(text).name == "generic"


def test_overall_lead_stays_over_an_item_with_its_own_lead() -> None:
    """一、千亿斤粮食产能工程 / 任务分工：吕维峰副省长负责，省农委总牵头。 / 1.…省水利厅牵头: 总牵头 is over the whole
    section, so the item's own lead joins it rather than replacing it."""
    x = read("hz5_heilongjiang_shidagongcheng2009")
    water = roles(having(x, "突出抓好尼尔基引嫩扩建一期"))
    assert water["lead"] == ["省农委", "省水利厅"]
    assert "省发改委" in water["assist"]


ROLE_LINE_OPENS = (
    "某市大气污染防治工作方案\n\n"
    "一、工业污染治理\n"
    "责任单位：市生态环境局、市工业和信息化局\n"
    "1.全面推进钢铁行业超低排放改造，2019年底前完成。\n"
    "2.开展工业炉窑专项整治，淘汰一批落后产能。\n"
    "二、移动源污染治理\n"
    "牵头单位：市公安局\n"
    "（一）加强柴油货车监管，开展路检路查。（市交通运输局负责）\n"
    "（二）推广新能源汽车，更新公交车辆。\n"
)


def test_role_line_opening_a_section_covers_its_items() -> None:
    """A role line right under a heading, before its numbered items, is the section's: every item under it
    takes its units (the title above is no task), an item's own responsible unit joins the section's lead,
    and the next section's items are not covered."""
    x = snippet(ROLE_LINE_OPENS)
    industry = ["市生态环境局", "市工业和信息化局"]
    assert roles(having(x, "全面推进钢铁行业超低排放改造"))["responsible"] == industry
    assert roles(having(x, "开展工业炉窑专项整治"))["responsible"] == industry
    assert roles(having(x, "加强柴油货车监管")) == {"lead": ["市公安局"], "responsible": ["市交通运输局"],
                                                 "assist": []}
    assert roles(having(x, "推广新能源汽车")) == {"lead": ["市公安局"], "responsible": [], "assist": []}
    assert not any(t.text.strip() in ("一、工业污染治理", "二、移动源污染治理") for t in x.tasks)
