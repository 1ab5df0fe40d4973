"""Issue 9, hold-out 11's categories: a district plan whose place is written only inside a city bureau's
branch or a road's section; nationwide companies' branches, the central bank's and the financial regulator's
offices, and the Party committee's financial office, by their registered or official names."""

from __future__ import annotations

import pytest

from polkg.graph.model import Level
from polkg.graph.resolve import Context, Resolver
from tests.helpers import annotated

# the shape of hz11_hubei_xianan: a district's 政府工作报告 split into tasks, no place but in two names
DISTRICT_PLAN = ("2023年区《政府工作报告》确定的重点工作任务责任分解方案\n"
                 "1.持续改善空气质量。（牵头单位：{branch}；责任单位：区交通运输局）\n"
                 "2.推进{road}建设。（牵头单位：区交通运输局）\n3.全区新增就业3000人。（牵头单位：区人社局）\n")


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver()


@pytest.mark.parametrize(("branch", "road", "jurisdiction"), [
    ("市生态环境局咸安分局", "107国道咸安绕城段", "咸宁市咸安区"),  # a branch and a road's section
    ("市生态环境局内乡分局", "县城道路", "内乡县"),  # a branch alone
])
def test_a_district_plan_placed_by_a_branch_it_names(branch: str, road: str, jurisdiction: str) -> None:
    text = DISTRICT_PLAN.format(branch=branch, road=road).replace("区", "县" if "县" in jurisdiction else "区")
    text = text.replace(branch.replace("区", "县"), branch)
    assert annotated(text).jurisdiction == jurisdiction


def test_a_road_section_alone_once_is_no_place() -> None:
    text = DISTRICT_PLAN.format(branch="区生态环境局", road="107国道咸安绕城段")
    assert annotated(text).jurisdiction is None


def test_a_road_between_villages_names_no_county() -> None:
    # 大竹山 ends like 竹山 (竹山县): a section between two villages is no place's
    text = DISTRICT_PLAN.format(branch="区生态环境局", road="双溪至大竹山段、高速咸安段、国道咸安段")
    assert annotated(text).jurisdiction == "咸宁市咸安区"
    assert annotated(DISTRICT_PLAN.format(branch="区生态环境局", road="双溪至大竹山段")).jurisdiction is None


ANKANG = Context(level="city", jurisdiction="安康市", year=2018)


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    ("电信安康分公司", ANKANG, "中国电信股份有限公司安康分公司"),
    ("安康移动分公司", ANKANG, "中国移动通信集团陕西有限公司安康分公司"),
    ("联通安康分公司", ANKANG, "中国联合网络通信有限公司安康市分公司"),
    ("铁塔安康分公司", ANKANG, "中国铁塔股份有限公司安康市分公司"),
    ("地电安康分公司", ANKANG, "陕西省地方电力（集团）有限公司安康供电分公司"),  # 陕西's own companies
    ("广电网络安康分公司", ANKANG, "陕西广电网络传媒（集团）股份有限公司安康分公司"),
    ("县电信公司", Context(level="district", jurisdiction="房县", year=2023), "中国电信股份有限公司房县分公司"),
])
def test_a_companys_branch_by_its_registered_name(resolver: Resolver, mention: str, ctx: Context,
                                                  canonical: str) -> None:
    assert resolver.resolve_unit(mention, ctx).canonical == canonical


def test_another_provinces_plan_has_no_shaanxi_company(resolver: Resolver) -> None:
    ctx = Context(level="city", jurisdiction="十堰市", year=2018)
    assert "陕西" not in resolver.resolve_unit("地电十堰分公司", ctx).canonical


LIAONING = Context(level="province", jurisdiction="辽宁省", year=2026)


@pytest.mark.parametrize(("mention", "canonical"), [
    ("人民银行辽宁省分行", "中国人民银行辽宁省分行"),
    ("辽宁金融监管局", "国家金融监督管理总局辽宁监管局"),  # the state regulator's office (2023 reform)
    ("省金融监管局", "辽宁省地方金融监督管理局"),  # the province's own bureau
    ("省委金融办", "中共辽宁省委金融委员会办公室"),
])
def test_financial_bodies_by_their_official_names(resolver: Resolver, mention: str, canonical: str) -> None:
    assert resolver.resolve_unit(mention, LIAONING).canonical == canonical


def test_a_science_and_economy_bureau_abbreviated(resolver: Resolver) -> None:
    ctx = Context(level="district", jurisdiction="咸宁市咸安区", year=2023)
    assert resolver.resolve_unit("区科经局", ctx).canonical == "咸宁市咸安区科学技术和经济信息化局"


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    # a city district's zone is named after its city too; a county's after the county alone
    ("立山经济开发区", Context(level="district", jurisdiction="鞍山市立山区", year=2023),
     "鞍山立山经济开发区管理委员会"),
    ("经开区", Context(level="district", jurisdiction="常州市钟楼区", year=2024), "常州钟楼经济开发区管理委员会"),
    ("嘉鱼经济开发区", Context(level="district", jurisdiction="嘉鱼县", year=2021), "嘉鱼经济开发区管理委员会"),
    # a local zone named bare in a city's plan is the city's; a 高新区's proper name is kept
    ("恒口示范区管委会", ANKANG, "安康市恒口示范区管理委员会"),
    ("中新苏滁高新区管委会", Context(level="city", jurisdiction="滁州市", year=2020),
     "中新苏滁高新技术产业开发区管理委员会"),
])
def test_zones_named_after_their_place(resolver: Resolver, mention: str, ctx: Context, canonical: str) -> None:
    assert resolver.resolve_unit(mention, ctx).canonical == canonical


def test_a_meetings_venue_in_a_news_title_is_not_its_place() -> None:
    text = ("全省自然资源重点工作调度座谈会在贵阳召开\n"
            "会议要求，全省自然资源系统要加快推进国土空间规划。贵州省各市州要落实耕地保护责任。全省要严守红线。\n")
    assert annotated(text).jurisdiction == "贵州省"


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    ("安康供电局", ANKANG, "国网安康供电公司"),  # State Grid's company, by its older name
    ("昆明供电局", ANKANG, "昆明供电局"),  # China Southern Grid's keeps its name
    ("村建所", Context(level="township", jurisdiction="广元市昭化区射箭乡", year=2018),
     "广元市昭化区射箭乡村镇建设管理所"),
])
def test_grid_companies_and_township_stations(resolver: Resolver, mention: str, ctx: Context,
                                              canonical: str) -> None:
    assert resolver.resolve_unit(mention, ctx).canonical == canonical


@pytest.mark.parametrize(("mention", "canonical"), [
    ("省粮食和储备局", "辽宁省粮食和物资储备局"),
    ("省高院", "辽宁省高级人民法院"),
    ("省社科院", "辽宁省社会科学院"),
    ("省农科院", "辽宁省农业科学院"),
    ("省中医药局", "辽宁省中医药管理局"),
])
def test_a_provinces_own_bodies_abbreviated(resolver: Resolver, mention: str, canonical: str) -> None:
    assert resolver.resolve_unit(mention, LIAONING).canonical == canonical


@pytest.mark.parametrize(("place", "level", "canonical"), [
    ("嵊泗县", "district", "嵊泗县文化和广电旅游体育局"),  # 浙江's own name (data/units.toml [[local]])
    ("丽水市", "city", "丽水市文化和广电旅游体育局"),
    ("房县", "district", "房县文化广电旅游体育局"),
])
def test_a_provinces_own_name_for_a_bureau(resolver: Resolver, place: str, level: Level, canonical: str) -> None:
    prefix = "县" if level == "district" else "市"
    ctx = Context(level=level, jurisdiction=place, year=2023)
    assert resolver.resolve_unit(f"{prefix}文广旅体局", ctx).canonical == canonical


FANGXIAN = Context(level="district", jurisdiction="房县", year=2023)


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    ("县防汛办", FANGXIAN, "房县防汛抗旱指挥部办公室"),
    ("县防指", FANGXIAN, "房县防汛抗旱指挥部"),
    ("县食安办", FANGXIAN, "房县食品安全委员会办公室"),
    ("县禁毒办", FANGXIAN, "房县禁毒委员会办公室"),
    ("县综治中心", FANGXIAN, "房县社会治安综合治理中心"),
    ("县森防办", FANGXIAN, "房县森林防灭火指挥部办公室"),  # renamed in 2019
    ("县森防办", Context(level="district", jurisdiction="房县", year=2015), "房县森林防火指挥部办公室"),
])
def test_standing_committees_and_their_offices(resolver: Resolver, mention: str, ctx: Context,
                                               canonical: str) -> None:
    assert resolver.resolve_unit(mention, ctx).canonical == canonical


SHIYAN = Context(level="city", jurisdiction="十堰市", year=2023)


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    ("市政协", SHIYAN, "中国人民政治协商会议十堰市委员会"),  # 市政 opens 市政局, not 市政协
    ("市政局", FANGXIAN, "房县市政局"),
    ("国务院办公厅", SHIYAN, "国务院办公厅"),  # a central organ in a city's plan is no city's
    ("国务院台办", SHIYAN, "国务院台湾事务办公室"),
    ("市外办", SHIYAN, "十堰市人民政府外事办公室"),
    ("市委台办", SHIYAN, "中共十堰市委台湾工作办公室"),
    ("市社科联", SHIYAN, "十堰市社会科学界联合会"),
    ("市公积金中心", SHIYAN, "十堰市住房公积金管理中心"),
    ("市邮政分公司", SHIYAN, "中国邮政集团有限公司十堰市分公司"),  # never 邮政分有限公司
    ("市农行", SHIYAN, "中国农业银行股份有限公司十堰分行"),
    ("县工行", FANGXIAN, "中国工商银行股份有限公司房县支行"),
    ("十堰金融监管分局", SHIYAN, "国家金融监督管理总局十堰监管分局"),
    ("市金融监管局", SHIYAN, "十堰市地方金融监督管理局"),
])
def test_common_short_names_of_a_city(resolver: Resolver, mention: str, ctx: Context, canonical: str) -> None:
    assert resolver.resolve_unit(mention, ctx).canonical == canonical


@pytest.mark.parametrize(("mention", "canonical"), [
    ("镇团委", "共青团房县城关镇委员会"),
    ("镇农技站", "房县城关镇农业技术推广站"),
    ("镇农经站", "房县城关镇农村经营管理站"),
    ("镇计生办", "房县城关镇计划生育办公室"),
])
def test_a_townships_own_bodies(resolver: Resolver, mention: str, canonical: str) -> None:
    ctx = Context(level="township", jurisdiction="房县城关镇", year=2023)
    assert resolver.resolve_unit(mention, ctx).canonical == canonical


HUBEI = Context(level="province", jurisdiction="湖北省", year=2023)


@pytest.mark.parametrize(("mention", "canonical"), [
    ("省委国安办", "中共湖北省委国家安全委员会办公室"),
    ("省委依法治省办", "中共湖北省委全面依法治省委员会办公室"),
    ("省委直属机关工委", "中共湖北省委直属机关工作委员会"),
    ("省委教育工委", "中共湖北省委教育工作委员会"),
    ("省贸促会", "中国国际贸易促进委员会湖北省委员会"),
    ("省地方志办", "湖北省地方志编纂委员会办公室"),
    ("长江委", "水利部长江水利委员会"),  # a river basin commission, no province's
])
def test_a_provinces_party_commissions_and_central_bodies(resolver: Resolver, mention: str, canonical: str) -> None:
    assert resolver.resolve_unit(mention, HUBEI).canonical == canonical


def test_a_citys_plan_naming_one_countys_branch_is_not_that_countys() -> None:
    text = ("重点工作任务责任分解方案\n1.全市空气质量持续改善。（牵头单位：市生态环境局；责任单位：市交通运输局）\n"
            "2.推进污水处理厂建设。（牵头单位：市住建局、市公安局榆树分局）\n3.全市新增就业3000人。（牵头单位：市人社局）\n")
    assert annotated(text).jurisdiction is None


@pytest.mark.parametrize("mention", ["两办督查室", "市两办督查室", "市委市政府督查室"])
def test_the_two_offices_joint_inspection_office(resolver: Resolver, mention: str) -> None:
    ctx = Context(level="city", jurisdiction="安康市", year=2023)
    assert resolver.resolve_unit(mention, ctx).canonical == "中共安康市委安康市人民政府督查室"
