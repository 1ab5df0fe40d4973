"""Canonical names that hang on the place and the year (issue 9, names7): per-province department names, the
交通 reform, committees a plan sets up, a county's own bodies named bare, and level words that are no level."""

from __future__ import annotations

import pytest

from polkg.graph.resolve import Context, Resolver
from polkg.loaders import metadata
from tests.helpers import annotated_file


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver()


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    # after the 2009–2010 reform a city's or county's 交通局 is its 交通运输局 ...
    ("市交通局", Context(level="city", jurisdiction="滁州市", year=2020), "滁州市交通运输局"),
    ("交通局", Context(level="district", jurisdiction="洋县", year=2024), "洋县交通运输局"),
    # ... before it, the 交通局 it was
    ("市交通局", Context(level="city", jurisdiction="滁州市", year=2005), "滁州市交通局"),
    # 北京 and 重庆 kept 交通局 in their districts
    ("区交通局", Context(level="district", jurisdiction="重庆市渝中区", year=2021), "重庆市渝中区交通局"),
    ("区交通局", Context(level="district", jurisdiction="北京市通州区", year=2021), "北京市通州区交通局"),
])
def test_the_transport_reform_renames_a_bureau_where_it_happened(resolver: Resolver, mention: str, ctx: Context,
                                                                 canonical: str) -> None:
    assert resolver.resolve_unit(mention, ctx).canonical == canonical


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    ("省大数据局", Context(level="province", jurisdiction="浙江省", year=2020), "浙江省大数据发展管理局"),
    ("省大数据局", Context(level="province", jurisdiction="贵州省", year=2020), "贵州省大数据发展管理局"),
    ("大数据局", Context(level="district", jurisdiction="新密市", year=2021), "新密市大数据管理局"),
    # a province that named it so keeps the name as written
    ("省大数据局", Context(level="province", jurisdiction="山东省", year=2020), "山东省大数据局"),
])
def test_a_province_names_its_own_departments(resolver: Resolver, mention: str, ctx: Context,
                                              canonical: str) -> None:
    unit = resolver.resolve_unit(mention, ctx)
    assert unit.canonical == canonical
    assert unit.system == "数据"


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    ("审批服务局", Context(level="district", jurisdiction="贺兰县", year=2021), "贺兰县行政审批服务局"),
    ("督查督办局", Context(level="district", jurisdiction="镇宁布依族苗族自治县"), "镇宁布依族苗族自治县督查督办局"),
    ("区住房城市建委", Context(level="district", jurisdiction="重庆市渝中区", year=2021),
     "重庆市渝中区住房和城乡建设委员会"),
])
def test_abbreviations_as_plans_write_them(resolver: Resolver, mention: str, ctx: Context, canonical: str) -> None:
    assert resolver.resolve_unit(mention, ctx).canonical == canonical


def test_a_committee_alone_is_the_one_the_plan_sets_up(resolver: Resolver) -> None:
    text = ("市政府成立机动车排放污染控制工作协调小组，由分管副市长担任组长。协调小组办公室设在市交通委。\n"
            "5月13日，四川省成立琼江流域水污染防治攻坚指挥部。指挥部主要任务是统筹协调。")
    assert metadata.committees(text) == ["机动车排放污染控制工作协调小组", "四川省琼江流域水污染防治攻坚指挥部"]
    beijing = Context(level="province", jurisdiction="北京市", committees=tuple(metadata.committees(text)))
    assert resolver.resolve_unit("协调小组办公室", beijing).canonical == "北京市机动车排放污染控制工作协调小组办公室"
    nowhere = Context(committees=tuple(metadata.committees(text)))
    assert resolver.resolve_unit("指挥部", nowhere).canonical == "四川省琼江流域水污染防治攻坚指挥部"
    # a plan that sets up none: which 协调小组 is not known, it is kept as written
    assert resolver.resolve_unit("协调小组办公室", Context(level="province", jurisdiction="北京市")).canonical \
        == "协调小组办公室"


def test_a_plan_sets_up_its_committees_in_the_text() -> None:
    doc = annotated_file("rw_beijing_vehicle_emission_p2")
    assert "机动车排放污染控制工作协调小组" in doc.committees


def test_a_countys_bare_management_committee_is_its_own(resolver: Resolver) -> None:
    xinmi = Context(level="district", jurisdiction="新密市", year=2021)
    assert resolver.resolve_unit("伏羲山管委会", xinmi).canonical == "新密市伏羲山管理委员会"
    # a place's own zone keeps its place; a city's plan names its districts' zones bare
    assert resolver.resolve_unit("伏羲山管委会", Context(level="city", jurisdiction="郑州市")).canonical \
        == "伏羲山管理委员会"


def test_a_district_named_by_its_zone_is_the_plans_place() -> None:
    """A district's plan whose title says only 区政府 and whose tables name 市政局 (a word, not a city's level) and
    崇川经济开发区 (a zone named after its district) is 崇川区's."""
    doc = annotated_file("hz5_jiangsu_chongchuan_msss2023")
    assert doc.level == "district"
    assert doc.jurisdiction == "南通市崇川区"


@pytest.mark.parametrize(("mention", "canonical"), [
    # a county's townships by their short names in its unit lists (马坡、南彩、胜利…负责)
    ("马坡", "北京市顺义区马坡镇人民政府"),  # 马坡地区: the 镇 under its second name
    ("南彩", "北京市顺义区南彩镇人民政府"),
    # 北京市's streets are its district governments' agencies
    ("胜利", "北京市顺义区人民政府胜利街道办事处"),
    ("光明街道办事处", "北京市顺义区人民政府光明街道办事处"),
    # a name that is no township of the county stays what it is
    ("仁寿", "仁寿"),
])
def test_a_townships_short_name_in_its_countys_plan(resolver: Resolver, mention: str, canonical: str) -> None:
    assert resolver.resolve_unit(mention, Context(level="district", jurisdiction="北京市顺义区", year=2008)).canonical \
        == canonical


def test_a_street_elsewhere_is_named_without_its_government(resolver: Resolver) -> None:
    linan = Context(level="district", jurisdiction="杭州市临安区", year=2022)
    assert resolver.resolve_unit("锦城街道", linan).canonical == "杭州市临安区锦城街道办事处"


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    ("区城管监察大队", Context(level="district", jurisdiction="北京市顺义区"), "北京市顺义区城市管理监察大队"),
    ("区环卫服务中心", Context(level="district", jurisdiction="北京市顺义区"), "北京市顺义区环境卫生服务中心"),
    ("县环卫站", Context(level="district", jurisdiction="平利县"), "平利县环境卫生管理站"),
    ("区绿化办", Context(level="district", jurisdiction="北京市顺义区"), "北京市顺义区绿化委员会办公室"),
    ("省委军民融合办", Context(level="province", jurisdiction="辽宁省", year=2024),
     "中共辽宁省委军民融合发展委员会办公室"),
    ("区住房保障房屋管理局", Context(level="district", jurisdiction="上海市宝山区"),
     "上海市宝山区住房保障和房屋管理局"),
    # a city commission's branch in a district (北京市规划委员会顺义分局)
    ("市规划委顺义分局", Context(level="district", jurisdiction="北京市顺义区"), "北京市规划委员会顺义分局"),
    # the 数据局 of the 2023 reform is no 大数据局
    ("省数据局", Context(level="province", jurisdiction="辽宁省", year=2025), "辽宁省数据局"),
])
def test_abbreviations_inside_names_and_bodies_of_every_level(resolver: Resolver, mention: str, ctx: Context,
                                                              canonical: str) -> None:
    assert resolver.resolve_unit(mention, ctx).canonical == canonical


def test_a_news_page_names_its_city_by_its_source() -> None:
    """An interview with 市卫生局's head, on a page whose source line reads 来源:安康日报, is about 安康市."""
    doc = annotated_file("hv_shaanxi_ankang_wsj_zrs2011")
    assert doc.jurisdiction == "安康市"
    assert metadata._source_place("来源：光明日报") is None  # a national paper is no 光明区's


def test_a_party_committee_before_its_governments_office_shares_the_office(resolver: Resolver) -> None:
    """自治区党委、政府办公厅牵头: the two general offices, not the Party committee itself."""
    nm = Context(level="province", jurisdiction="内蒙古自治区", year=2018)
    units = resolver.resolve_units(["自治區(qū)黨委", "政府辦公廳", "相關(guān)部門"], nm)
    assert [u.canonical for u in units[:2]] == ["中共内蒙古自治区委员会办公厅", "内蒙古自治区人民政府办公厅"]
    # the committee and the government themselves, when no office follows
    assert [u.canonical for u in resolver.resolve_units(["自治区党委", "自治区政府"], nm)] == [
        "中共内蒙古自治区委员会", "内蒙古自治区人民政府"]
