"""General causes of wrong canonical names on plans never seen (issue 9): county short names standing for their
governments, township plans' own offices, and abbreviations as plans write them."""

from __future__ import annotations

import pytest

from polkg.graph.resolve import Context, Resolver
from tests.helpers import annotated

DALI = Context(level="city", jurisdiction="大理白族自治州", year=2019)


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver()


@pytest.mark.parametrize(("mention", "canonical"), [
    ("漾濞", "漾濞彝族自治县人民政府"),  # 漾濞、永平、南涧3个县要全力做好脱贫摘帽工作
    ("永平", "永平县人民政府"),
    ("云龙", "云龙县人民政府"),  # 徐州市云龙区 too, but not inside 大理州
])
def test_a_countys_short_name_in_its_citys_plan_is_its_government(resolver: Resolver, mention: str,
                                                                    canonical: str) -> None:
    assert resolver.resolve_unit(mention, DALI).canonical == canonical


def test_a_short_name_outside_the_plans_place_is_not_a_government(resolver: Resolver) -> None:
    assert resolver.resolve_unit("永平", Context(level="city", jurisdiction="十堰市")).kind != "government"


TOWN_NOTICE = ("{head}\n\n各村（社区）、镇级相关部门：\n为确保水质持续向好，现对各村河湖巡查工作通知如下。\n"
               "一、镇河长制办公室负责统筹，各村落实。\n")


@pytest.mark.parametrize(("head", "jurisdiction"), [
    # a township's notice: its title opens with the township after its county's name
    ("达州市达川区石桥镇人民政府关于落实河长令相关工作的通知", "达州市达川区石桥镇"),
    # the township alone opens the title, the county signs the page header
    ("发文机关 枣庄市台儿庄区马兰屯镇\n马兰屯镇关于做好镇、村两级河长巡河工作的通知", "枣庄市台儿庄区马兰屯镇"),
])
def test_a_townships_own_notice_is_the_townships(head: str, jurisdiction: str) -> None:
    d = annotated(TOWN_NOTICE.format(head=head))
    assert (d.jurisdiction, d.level) == (jurisdiction, "township")


def test_a_county_plan_naming_a_township_first_stays_the_countys() -> None:
    d = annotated("房县人民政府关于城关镇老旧小区改造的通知\n各乡镇人民政府，县直各部门：\n全县推进。县住建局牵头。\n")
    assert d.jurisdiction == "房县"


def test_a_township_offices_take_the_township_and_its_county(resolver: Resolver) -> None:
    ctx = Context(level="township", jurisdiction="达州市达川区石桥镇", year=2022)
    assert resolver.resolve_unit("镇河湖长制办公室", ctx).canonical == "达州市达川区石桥镇河湖长制办公室"


@pytest.mark.parametrize(("mention", "year", "canonical"), [
    ("生态环境", 2019, "达州市生态环境局"),  # the reform's year: the new name written is the new bureau
    ("农业农村", 2019, "达州市农业农村局"),
    ("生态环境", 2017, "达州市环境保护局"),  # before it, the system's bureau had its old name
    ("环保", 2019, "达州市环境保护局"),
])
def test_a_bare_system_name_in_the_year_of_its_rename(resolver: Resolver, mention: str, year: int,
                                                      canonical: str) -> None:
    ctx = Context(level="city", jurisdiction="达州市", year=year)
    assert resolver.resolve_unit(mention, ctx).canonical == canonical


@pytest.mark.parametrize(("mention", "canonical"), [
    ("国家中医药局", "国家中医药管理局"),  # the standard short names of national administrations
    ("国家粮食和储备局", "国家粮食和物资储备局"),
    ("国家乡村振兴局", "国家乡村振兴局"),  # 国家 is part of the name, not a level to drop
    ("国家体育总局", "国家体育总局"),
    ("国家外汇局", "国家外汇管理局"),
    ("国家发展改革委", "国家发展和改革委员会"),
])
def test_national_administrations_keep_their_names(resolver: Resolver, mention: str, canonical: str) -> None:
    assert resolver.resolve_unit(mention, Context(level="province", jurisdiction="四川省")).canonical == canonical


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    ("四川能源监管办", Context(level="province", jurisdiction="四川省"), "国家能源局四川监管办公室"),
    ("省能源监管办", Context(level="city", jurisdiction="达州市"), "国家能源局四川监管办公室"),
    ("内蒙古电力监管办", Context(level="province", jurisdiction="内蒙古自治区", year=2013),
     "国家电力监管委员会内蒙古电力监管专员办公室"),
    ("四川证监局", Context(level="province", jurisdiction="四川省"), "中国证券监督管理委员会四川监管局"),
])
def test_a_central_organs_office_in_a_province(resolver: Resolver, mention: str, ctx: Context,
                                               canonical: str) -> None:
    assert resolver.resolve_unit(mention, ctx).canonical == canonical


SHIQIAO = Context(level="township", jurisdiction="达州市达川区石桥镇", year=2022)


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    ("区科技和经信局", Context(level="district", jurisdiction="武汉市蔡甸区"), "武汉市蔡甸区科技和经济信息化局"),
    ("市科信局", Context(level="district", jurisdiction="赤壁市"), "赤壁市科学技术和经济信息化局"),
    ("镇规建办", SHIQIAO, "达州市达川区石桥镇规划建设办公室"),
    ("市防火办", Context(level="city", jurisdiction="沈阳市"), "沈阳市森林防火指挥部办公室"),
    ("市森林防火指挥部办公室", Context(level="city", jurisdiction="沈阳市"), "沈阳市森林防火指挥部办公室"),
    # a township written after its county: the levels above it are its county's and city's
    ("市防火办", SHIQIAO, "达州市森林防火指挥部办公室"),
    ("区委宣传部", SHIQIAO, "中共达州市达川区委宣传部"),
    ("超限站", Context(level="township", jurisdiction="徐庄镇", year=2017), "徐庄超限检测站"),
    ("县文广旅局", Context(level="district", jurisdiction="房县", year=2022), "房县文化广电旅游局"),
])
def test_contracted_names_written_in_full(resolver: Resolver, mention: str, ctx: Context, canonical: str) -> None:
    assert resolver.resolve_unit(mention, ctx).canonical == canonical


def test_a_citys_short_name_in_its_provinces_plan_is_its_government(resolver: Resolver) -> None:
    sichuan = Context(level="province", jurisdiction="四川省", year=2019)
    assert resolver.resolve_unit("德阳", sichuan).canonical == "德阳市人民政府"
    assert resolver.resolve_unit("德阳", Context(level="province", jurisdiction="湖北省")).kind != "government"


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    ("航空港区管委会", Context(level="province", jurisdiction="河南省"), "郑州航空港经济综合实验区管理委员会"),
    ("济源示范区", Context(level="province", jurisdiction="河南省"), "济源产城融合示范区管理委员会"),
    ("省沈抚示范区管委会", Context(level="province", jurisdiction="辽宁省"), "辽宁沈抚改革创新示范区管理委员会"),
    ("寧東管委會", Context(level="city", jurisdiction="银川市"), "宁夏宁东能源化工基地管理委员会"),
    # another province's 航空港区 is not Zhengzhou's
    ("航空港区管委会", Context(level="city", jurisdiction="西安市"), "航空港区管理委员会"),
])
def test_zones_of_state_standing(resolver: Resolver, mention: str, ctx: Context, canonical: str) -> None:
    assert resolver.resolve_unit(mention, ctx).canonical == canonical


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    # 监察委 is the 监察委员会 of the plan's place, as 纪委 is its 纪律检查委员会
    ("县监察委", Context(level="district", jurisdiction="镇宁布依族苗族自治县"), "镇宁布依族苗族自治县监察委员会"),
    # 计生协 is the 计划生育协会 (省计生协 in 安徽省's health plan)
    ("省计生协", Context(level="province", jurisdiction="安徽省"), "安徽省计划生育协会"),
    # a bare 资源规划局 is the place's 自然资源和规划局 (浙江's counties)
    ("区资源规划局", Context(level="district", jurisdiction="杭州市临安区"), "杭州市临安区自然资源和规划局"),
    # a garrison is no government: 沈阳警备区 stays as written
    ("沈阳警备区", Context(level="city", jurisdiction="沈阳市"), "沈阳警备区"),
    ("县人武部", Context(level="district", jurisdiction="房县"), "房县人民武装部"),
    # 人行 is 人民银行 wherever it is written: a city's 中心支行, a county's 支行
    ("市人行", Context(level="city", jurisdiction="十堰市"), "中国人民银行十堰市中心支行"),
    ("人行", Context(level="city", jurisdiction="十堰市"), "中国人民银行十堰市中心支行"),
    ("县人行", Context(level="district", jurisdiction="房县"), "中国人民银行房县支行"),
    ("人行郑州中心支行", Context(level="province", jurisdiction="河南省"), "中国人民银行郑州中心支行"),
])
def test_standard_short_names_of_units(resolver: Resolver, mention: str, ctx: Context, canonical: str) -> None:
    assert resolver.resolve_unit(mention, ctx).canonical == canonical


@pytest.mark.parametrize(("mention", "canonical"), [
    # 经开区 abbreviates both a national 经济技术开发区 and a provincial 经济开发区; 达州's is no national zone
    # (data/units.toml [zones]): its 经济开发区
    ("经开区管委会", "达州经济开发区管理委员会"),
    ("达州经开区", "达州经济开发区管理委员会"),
    ("市经济技术开发区管委会", "达州经济技术开发区管理委员会"),
    ("高新区", "达州高新技术产业开发区管理委员会"),
])
def test_an_economic_zone_abbreviation_says_no_more_than_it_writes(resolver: Resolver, mention: str,
                                                                    canonical: str) -> None:
    assert resolver.resolve_unit(mention, Context(level="city", jurisdiction="达州市")).canonical == canonical
