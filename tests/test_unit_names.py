"""Every unit mention resolves to its one full official name (issue 9, names): the standard abbreviations of
every level, the 2018 reform renames by the plan's year, Party organs, offices, branches, people's
organisations, functional groups written with their own words, and bare names in a plan that knows its place.

Places are real (房县 in 十堰市, 湖北省; 西安市未央区; 杭州市临安区); the names are how plans of every province
write their units (the 简称 of 机构编制 notices), never one document's wording."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from polkg.contract import lines
from polkg.graph.resolve import Context, Resolver
from polkg.pipeline import Pipeline

COUNTY = Context(level="district", jurisdiction="房县", year=2021)
COUNTY_2016 = Context(level="district", jurisdiction="房县", year=2016)
CITY = Context(level="city", jurisdiction="十堰市", year=2021)
CITY_2012 = Context(level="city", jurisdiction="十堰市", year=2012)
PROVINCE = Context(level="province", jurisdiction="湖北省", year=2021)
DISTRICT = Context(level="district", jurisdiction="西安市未央区", year=2021)


@pytest.fixture
def resolver() -> Resolver:
    return Resolver()


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    # contracted forms of the standard departments
    ("市交委", CITY_2012, "十堰市交通委员会"),
    ("市交通运输委", CITY, "十堰市交通运输委员会"),
    ("县农委", COUNTY_2016, "房县农业委员会"),
    ("县市场局", COUNTY, "房县市场监督管理局"),
    ("省市场局", PROVINCE, "湖北省市场监督管理局"),
    ("县卫计局", COUNTY_2016, "房县卫生和计划生育局"),
    ("市卫计委", CITY_2012, "十堰市卫生和计划生育委员会"),
    ("县文广旅体局", COUNTY, "房县文化广电旅游体育局"),
    ("县文广新局", COUNTY_2016, "房县文化广电新闻出版局"),
    ("区供销联社", DISTRICT, "西安市未央区供销合作社联合社"),
    ("县国资局", COUNTY, "房县国有资产监督管理局"),
    ("县金融办", COUNTY, "房县人民政府金融工作办公室"),
    ("县人防办", COUNTY, "房县人民防空办公室"),
    ("省药监局", PROVINCE, "湖北省药品监督管理局"),
    ("省监狱局", PROVINCE, "湖北省监狱管理局"),
    ("区市监局", DISTRICT, "西安市未央区市场监督管理局"),
    ("县交运局", COUNTY, "房县交通运输局"),
    ("县审批局", COUNTY, "房县行政审批局"),
    ("县国资办", COUNTY, "房县国有资产监督管理办公室"),
    ("县文体局", COUNTY, "房县文化体育局"),
    ("县团委", COUNTY, "共青团房县委员会"),
    # offices of the government and of the Party committee
    ("县府办", COUNTY, "房县人民政府办公室"),
    ("县督查室", COUNTY, "房县人民政府督查室"),
    ("督查室", COUNTY, "房县人民政府督查室"),
    ("区委办", DISTRICT, "中共西安市未央区委办公室"),
    ("县委办", COUNTY, "中共房县县委办公室"),
    ("区委区政府督查室", DISTRICT, "中共西安市未央区委西安市未央区人民政府督查室"),
    ("县委", COUNTY, "中共房县委员会"),  # the committee itself: no second 县
    ("县委县政府", COUNTY, "中共房县委员会、房县人民政府"),  # two units written together: a group of both
    ("县编办", COUNTY, "中共房县县委机构编制委员会办公室"),
    ("市委编办", CITY, "中共十堰市委机构编制委员会办公室"),
    ("县委政法委", COUNTY, "中共房县县委政法委员会"),
    ("县政法委", COUNTY, "中共房县县委政法委员会"),
    ("县委网信办", COUNTY, "中共房县县委网络安全和信息化委员会办公室"),
    ("县委农办", COUNTY, "中共房县县委农村工作领导小组办公室"),
    ("县委政研室", COUNTY, "中共房县县委政策研究室"),
    ("区委老干部局", DISTRICT, "中共西安市未央区委老干部局"),
    ("区委巡察办", DISTRICT, "中共西安市未央区委巡察工作领导小组办公室"),
    ("区委督查落实办", DISTRICT, "中共西安市未央区委督查落实办公室"),
    ("市文明办", CITY, "十堰市精神文明建设委员会办公室"),
    ("市爱卫办", CITY, "十堰市爱国卫生运动委员会办公室"),
    # courts, procuratorates, armed forces departments, people's organisations
    ("县法院", COUNTY, "房县人民法院"),
    ("县检察院", COUNTY, "房县人民检察院"),
    ("县人武部", COUNTY, "房县人民武装部"),
    ("县文联", COUNTY, "房县文学艺术界联合会"),
    ("市侨联", CITY, "十堰市归国华侨联合会"),
    ("县红十字会", COUNTY, "房县红十字会"),
    # the traffic police are a brigade of the public security bureau
    ("县交警大队", COUNTY, "房县公安局交通警察大队"),
    ("县公安局交警大队", COUNTY, "房县公安局交通警察大队"),
    # a district's branch of the city bureau, written without the district's name
    ("医疗保障分局", Context(level="district", jurisdiction="杭州市临安区", year=2022), "杭州市医疗保障局临安分局"),
    ("规划和自然资源分局", Context(level="district", jurisdiction="杭州市临安区", year=2022),
     "杭州市规划和自然资源局临安分局"),
    # a city district's police are the city bureau's branch, named by the whole district; a county has its own
    ("区公安局", Context(level="district", jurisdiction="广元市朝天区", year=2021), "广元市公安局朝天区分局"),
    ("公安", Context(level="district", jurisdiction="广元市朝天区", year=2021), "广元市公安局朝天区分局"),
    ("区公安分局", Context(level="district", jurisdiction="重庆市渝中区", year=2021), "重庆市公安局渝中区分局"),
    ("县公安局", COUNTY, "房县公安局"),
    # a development zone is run by its management committee, its abbreviation written in full
    ("县开发区", Context(level="district", jurisdiction="灵璧县", year=2021), "灵璧经济开发区管理委员会"),
    ("达州高新区", Context(level="city", jurisdiction="达州市", year=2021), "达州高新技术产业开发区管理委员会"),
    # the offices of the river and forest chief systems
    ("县河长办", COUNTY, "房县河长制办公室"),
    ("县林长办", COUNTY, "房县林长制办公室"),
    ("区政府督查办", DISTRICT, "西安市未央区人民政府督查办公室"),
    ("县城乡建委", COUNTY_2016, "房县城乡建设委员会"),
    ("区住房城乡建委", DISTRICT, "西安市未央区住房和城乡建设委员会"),
    # the tax bureaus of before 2018, and the central bank's branches by level
    ("市国税局", CITY_2012, "十堰市国家税务局"),
    ("县地税局", COUNTY_2016, "房县地方税务局"),
    ("人民银行", Context(level="district", jurisdiction="桐乡市", year=2020), "中国人民银行桐乡市支行"),
    ("市人民银行", CITY, "中国人民银行十堰市中心支行"),
    # Party committees: an autonomous place's in full, 党委 for 委
    ("州委办公室", Context(level="city", jurisdiction="楚雄彝族自治州", year=2020), "中共楚雄彝族自治州委员会办公室"),
    ("自治区党委办公厅", Context(level="province", jurisdiction="内蒙古自治区", year=2020),
     "中共内蒙古自治区委员会办公厅"),
    ("县委人才办", COUNTY, "中共房县县委人才工作领导小组办公室"),
    ("市服务业局", CITY, "十堰市服务业发展局"),
    ("县宣传部", COUNTY, "中共房县县委宣传部"),
    ("县编委", COUNTY, "中共房县县委机构编制委员会"),
    # people's congresses, the CPPCC, the government's committees
    ("县人大办", COUNTY, "房县人大常委会办公室"),
    ("县政协", COUNTY, "中国人民政治协商会议房县委员会"),
    ("县政协办", COUNTY, "中国人民政治协商会议房县委员会办公室"),
    ("县关工委", COUNTY, "房县关心下一代工作委员会"),
    ("县老龄办", COUNTY, "房县老龄工作委员会办公室"),
    # 政数局 is no 市政 word; 乡村振兴办 no township's 村振兴办
    ("市政数局", CITY, "十堰市政务服务数据管理局"),
    ("乡村振兴办", Context(level="township", jurisdiction="徐庄镇", year=2021), "徐庄镇乡村振兴办公室"),
    ("县烟草局", COUNTY, "房县烟草专卖局"),
    ("县疾控中心", COUNTY, "房县疾病预防控制中心"),
    ("县人民医院", COUNTY, "房县人民医院"),
    ("县消防大队", COUNTY_2016, "房县公安消防大队"),
    ("县消防大队", COUNTY, "房县消防救援大队"),
    ("市旅游委", CITY_2012, "十堰市旅游发展委员会"),
    ("省直机关工委", PROVINCE, "中共湖北省直属机关工作委员会"),
    ("县委改革办", COUNTY, "中共房县县委全面深化改革委员会办公室"),
    # a township's and a street's own bodies
    ("镇党政办", Context(level="township", jurisdiction="徐庄镇", year=2020), "徐庄镇党政办公室"),
    ("镇人大", Context(level="township", jurisdiction="徐庄镇", year=2020), "徐庄镇人民代表大会"),
    ("镇中心学校", Context(level="township", jurisdiction="徐庄镇", year=2020), "徐庄镇中心学校"),
    ("街道办", Context(level="township", jurisdiction="新安街道", year=2020), "新安街道办事处"),
    ("街道党工委", Context(level="township", jurisdiction="新安街道", year=2020), "中共新安街道工作委员会"),
    ("超限站", Context(level="township", jurisdiction="徐庄镇", year=2017), "徐庄超限检测站"),  # the county's station
    # central organs by their full names; a national institute keeps its 中国
    ("中国环境科学研究院", PROVINCE, "中国环境科学研究院"),
    ("证监会", Context(level="national"), "中国证券监督管理委员会"),
    ("中宣部", PROVINCE, "中共中央宣传部"),
    ("团中央", Context(level="national"), "中国共产主义青年团中央委员会"),
    # banks and the grid company by their own naming
    ("县农发行", COUNTY, "中国农业发展银行房县支行"),
    ("县供电公司", COUNTY, "国网房县供电公司"),
    ("六安供电公司", Context(level="city", jurisdiction="六安市", year=2021), "国网六安供电公司"),
])
def test_abbreviations_at_every_level(resolver: Resolver, mention: str, ctx: Context, canonical: str) -> None:
    unit = resolver.resolve_unit(mention, ctx)
    assert unit.canonical == canonical
    assert unit.why and unit.why[-1] == f"canonical name {canonical!r}"


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    ("县环保局", COUNTY_2016, "房县环境保护局"),
    ("县环保局", COUNTY, "房县生态环境局"),
    ("省环保厅", Context(level="province", jurisdiction="湖北省", year=2018), "湖北省环境保护厅"),
    ("省环保厅", Context(level="province", jurisdiction="湖北省", year=2019), "湖北省生态环境厅"),
    ("市安监局", CITY, "十堰市应急管理局"),
    ("市安监局", CITY_2012, "十堰市安全生产监督管理局"),
    ("县工商局", COUNTY, "房县市场监督管理局"),
    ("县农业局", COUNTY_2016, "房县农业局"),
    ("县农业局", COUNTY, "房县农业农村局"),
])
def test_a_renamed_department_by_the_plans_year(resolver: Resolver, mention: str, ctx: Context,
                                                canonical: str) -> None:
    """The 2018 reform renamed 环保 to 生态环境 (and merged 工商, 质监, 食药监 …): a plan written after it that
    still says 环保局 means the bureau in office, the 生态环境局; one written before means the 环境保护局."""
    unit = resolver.resolve_unit(mention, ctx)
    assert unit.canonical == canonical
    if ctx.year and ctx.year >= 2020:
        assert any("renamed" in step or "merged" in step for step in unit.why)


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    # a functional group keeps the words it was written with, never another short form of the system
    ("应急管理部门", Context(level="district"), "应急管理部门"),
    ("各级应急管理部门", COUNTY, "房县各级应急管理部门"),
    ("各级交通部门", COUNTY, "房县各级交通部门"),
    # with a place known, a system's department is its current standard name, not a local variant
    ("交通部门", COUNTY, "房县交通运输局"),
    ("市场监管", COUNTY, "房县市场监督管理局"),
    ("消防", COUNTY, "房县消防救援大队"),
])
def test_functional_groups(resolver: Resolver, mention: str, ctx: Context, canonical: str) -> None:
    assert resolver.resolve_unit(mention, ctx).canonical == canonical


@pytest.mark.parametrize(("mention", "canonical"), [
    ("畜牧局", "房县畜牧局"),
    ("铁路建设办", "房县铁路建设办公室"),
    ("鐵路辦", "房县铁路办"),  # a Traditional mention gets a Simplified name
])
def test_a_bare_name_takes_the_plans_place(resolver: Resolver, mention: str, canonical: str) -> None:
    unit = resolver.resolve_unit(mention, COUNTY)
    assert (unit.canonical, unit.jurisdiction) == (canonical, "房县")


def test_a_si_is_a_ministrys_division_in_any_plan(resolver: Resolver) -> None:
    division = resolver.resolve_unit("发展改革委环资司", PROVINCE)
    assert (division.canonical, division.level) == ("国家发展和改革委员会环资司", "national")


def test_a_ministrys_office_and_a_bare_division_in_its_own_notice(resolver: Resolver) -> None:
    office = resolver.resolve_unit("生态环境部办公厅", Context(level="national"))
    assert office.canonical == "生态环境部办公厅" and office.kind == "division"
    own = resolver.resolve_unit("大气环境司", Context(level="national", issuer="生态环境部"))
    assert own.canonical == "生态环境部大气环境司"
    assert [x.unit.canonical for x in own.links if x.type == "PART_OF" and x.unit] == ["生态环境部"]


def test_a_traditional_plan_gets_simplified_names(pipeline: Pipeline, tmp_path: Path) -> None:
    """A plan published in Traditional characters names the same units: mentions stay as written, canonical
    names are Simplified, and a bare one is the plan's own county's."""
    plan = tmp_path / "fang.txt"
    plan.write_text("房縣2021年交通建設工作方案\n\n一、主要任務\n（一）加快鐵路建設。2021年底前完成。"
                    "（牽頭單位：縣鐵路辦；責任單位：縣發改局、縣委宣傳部）\n"
                    "（二）推進公路建設。（牽頭單位：縣交通運輸局；責任單位：鐵路辦）\n", encoding="utf-8")
    units = {u["mention"]: u["canonical"] for line in lines(pipeline.extract_file(plan))
             for u in json.loads(line).get("units", [])}
    assert units == {"縣鐵路辦": "房县铁路办", "縣發改局": "房县发展和改革局", "縣委宣傳部": "中共房县县委宣传部",
                     "縣交通運輸局": "房县交通运输局", "鐵路辦": "房县铁路办"}
