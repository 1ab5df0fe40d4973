"""A plan's own place from clues its text gives when its title, issuer and signature name none (issue 9, names):
a county's plan from before its county became a city (监利县, 监利市 since 2020), a county's plan naming only its
city, which has one county, an autonomous region's plan that calls itself 自治区; a table drawn with box
characters at the end of a plan signs for none of the places it lists. And a body no table knows, after a level
character, is the body of the plan's own place at that level."""

from __future__ import annotations

import pytest

from polkg.graph.resolve import Context, Resolver
from polkg.loaders import metadata

# tests/realworld/hw_hubei_jianli_kongqi2018_zzqd.txt (cut): a 2018 county plan; 监利县 became 监利市 in 2020
JIANLI = ("附件 监利县2018年环境空气质量综合整治方案职责清单 工作任务和内容 责任单位 配合单位 完成时间 负责全县环境空气"
          "质量达标整治工作的舆论宣传。\n县委宣传部\n负责制定监利县城区扬尘污染整治百日攻坚工作方案。\n县住建局\n"
          "县城管局 县公安局\n")
# tests/realworld/hx_anhui_nanling_gzbg2024_jy.txt (cut): a county's table naming its city (芜湖市) alone;
# 芜湖市 has one county, 南陵县 (its others are districts and 无为市)
NANLING = ("2024年《政府工作报告》重点工作目标任务分解表\n分管县领导 | 牵头单位 |\n"
           "保障芜职院现代物流智造学院秋季开学,支持芜湖市科技工程学校发展。 | 县教育局 |\n县各有关单位 |\n")
# tests/realworld/hz9_guangxi_xinkaigong2005.txt (cut): 自治区 as the region's own word; it names its cities
GUANGXI = ("由自治区重大项目建设推进领导小组通过加强统筹协调解决。\n各市、区直各有关部门应遵循自治区统筹推进新开工"
           "重大项目的工作机制。\n南宁市项目共6项,总投资48.7亿元;柳州市项目共4项;桂林市项目共3项。\n")
# tests/realworld/hv_henan_zhengzhou_ysjx.txt (cut): a city's plan (全市, 市水利局) whose last lines are a table
# of its counties' tasks
ZHENGZHOU = ("雨水集蓄利用任务责任一览表\n全市要抓住春季农田水利基本建设的时机。郑州市水利局负责统计。"
             "市政府督查室督查。\n│ 登封市 │ 4000 │王某某│大冶、颍阳等4个乡(镇) │建设塘、堰、坝5 │\n"
             "│ 新密市 │ 3600 │桑萌莉│苟堂、超化等3个乡(镇)、5个行政村 │建设塘、堰、坝5 │\n")


@pytest.mark.parametrize(("text", "place"), [
    (JIANLI, "监利县"),
    (NANLING, "南陵县"),
    (GUANGXI, "广西壮族自治区"),
    (ZHENGZHOU, "郑州市"),
])
def test_a_plans_place_from_its_texts_clues(text: str, place: str) -> None:
    found, why = metadata.explain_jurisdiction("", None, None, text)
    assert found == place, why


def test_a_former_county_is_a_countys_place_only_in_a_countys_words() -> None:
    """监利 named twice in a city's plan (全市, 市委) is no clue to a county's plan."""
    text = "全市推进。市委宣传部负责监利片区宣传,市公安局负责监利段交通。\n"
    assert metadata.explain_jurisdiction("", None, None, text)[0] != "监利县"


@pytest.mark.parametrize("text", [
    # tests/realworld/hd_hunan_pingjiang_anquan2019.txt (cut): 应急资源 is no 资源县
    "全县安全生产暨应急资源普查工作会议召开\n县应急管理局牵头开展应急资源普查,摸清应急资源底数。\n",
    # 合作 (合作市, 合作县 until 1998) in a county's words: a word, not the place
    "全县推进农民专业合作社发展。县农业农村局加强合作,县供销社深化合作。\n",
])
def test_a_short_form_that_is_an_ordinary_word_names_no_place(text: str) -> None:
    assert metadata.explain_jurisdiction("", None, None, text)[0] is None


def test_a_city_with_several_counties_gives_a_countys_plan_no_place() -> None:
    """十堰市 has 郧西县, 竹山县, 竹溪县 and 房县: a county's plan naming only 十堰市 could be any of them."""
    text = "各乡镇人民政府,县直各单位:\n县发改局牵头,落实十堰市优化营商环境的部署。县市场监管局配合。\n"
    assert metadata.explain_jurisdiction("", None, None, text)[0] is None


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    # tests/realworld/ho_hubei_baokang_cesuo.txt, hy_hubei_caidian_gzbg2023.txt
    ("县“厕所革命”指挥部办公室", ("district", "保康县"), "保康县“厕所革命”指挥部办公室"),
    ("区绩效考评机构", ("district", "武汉市蔡甸区"), "武汉市蔡甸区绩效考评机构"),
    ("市交通综合整治办公室", ("city", "大连市"), "大连市交通综合整治办公室"),
    # a county's plan naming its city's body: the city by the county's ancestor
    ("市创城指挥部", ("district", "宜宾市南溪区"), "宜宾市创城指挥部"),
    # no place known: kept as written
    ("市交通综合整治办公室", ("city", None), "市交通综合整治办公室"),
])
def test_a_body_no_table_knows_is_named_with_its_place(mention: str, ctx: tuple[str, str | None],
                                                       canonical: str) -> None:
    level, place = ctx
    unit = Resolver().resolve_unit(mention, Context(level=level, jurisdiction=place))  # type: ignore[arg-type]
    assert unit.canonical == canonical, unit.why


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    # every government's work safety committee and its office (hd_henan_dengfeng_jiaotong2021.txt)
    ("市安委会办公室", ("district", "登封市"), "登封市安全生产委员会办公室"),
    ("镇安委办", ("township", "徐闻县新寮镇"), "徐闻县新寮镇安全生产委员会办公室"),
    # a city's health commission is a 委员会, a county's a 局 (hq_anhui_xuancheng_ljfl_zhize.txt)
    ("卫生健康", ("city", "宣城市"), "宣城市卫生健康委员会"),
    ("卫生健康", ("district", "房县"), "房县卫生健康局"),
    ("供销", ("city", "宣城市"), "宣城市供销合作社联合社"),
    # the Party's systems in a list of systems: the Party committee's department
    ("宣传部门", ("city", "齐齐哈尔市"), "中共齐齐哈尔市委宣传部"),
    ("组织部门", ("city", "宣城市"), "中共宣城市委组织部"),
    # a count of groups names the kind of group; a 政府's group is its 人民政府's (hy_shaanxi_xian_aqjc2012.txt)
    ("市政府15个安全生产督查组", ("city", "西安市"), "西安市人民政府安全生产督查组"),
    ("市政府采购中心", ("city", "宜宾市"), "宜宾市政府采购中心"),
    # the police of a district of 北京, 上海, 天津: the municipal bureau's branch named without 区; 重庆's with it
    ("区公安分局", ("district", "上海市宝山区"), "上海市公安局宝山分局"),
    ("区公安分局", ("district", "天津市滨海新区"), "天津市公安局滨海分局"),
    ("区公安分局", ("district", "重庆市渝中区"), "重庆市公安局渝中区分局"),
    ("区公安分局", ("district", "乐山市市中区"), "乐山市公安局市中区分局"),
    # Beijing's 城管执法局 is its 城市管理综合行政执法局 (data/units.toml [[local]]); another city's keeps the name
    ("市城管执法局", ("province", "北京市"), "北京市城市管理综合行政执法局"),
    ("市城管执法局", ("city", "西安市"), "西安市城市管理执法局"),
    # a bare 开发区 of a place on the State Council's list is its 经济技术开发区, another's a 经济开发区
    ("丽水开发区管委会", ("city", "丽水市"), "丽水经济技术开发区管理委员会"),
    ("县开发区", ("district", "房县"), "房县经济开发区管理委员会"),
    # a park named with the township that runs it: the township's government (hq_jiangsu_zhonglou_gzbg2024.txt)
    ("高新园(邹区镇)", ("district", "常州市钟楼区"), "常州市钟楼区邹区镇人民政府"),
    # groups keep their scope and their body's name
    ("各开发区管委会", ("city", "西安市"), "各经济开发区管理委员会"),
    ("各级安委办", ("province", "山西省"), "山西省各级安委办"),
])
def test_how_chinese_administration_names_units_everywhere(mention: str, ctx: tuple[str, str],
                                                           canonical: str) -> None:
    level, place = ctx
    unit = Resolver().resolve_unit(mention, Context(level=level, jurisdiction=place))  # type: ignore[arg-type]
    assert unit.canonical == canonical, unit.why


@pytest.mark.parametrize(("mention", "ctx", "year", "canonical"), [
    # 建委 before the 2008 reform reached the places: the 建设委员会 (hz7_beijing_shunyi_aoyun2008.txt); after
    ("区建委", ("district", "北京市顺义区"), 2008, "北京市顺义区建设委员会"),
    ("市建委", ("city", "杭州市"), 2021, "杭州市城乡建设委员会"),
])
def test_a_name_by_the_plans_year(mention: str, ctx: tuple[str, str], year: int, canonical: str) -> None:
    level, place = ctx
    unit = Resolver().resolve_unit(mention, Context(level=level, jurisdiction=place, year=year))  # type: ignore[arg-type]
    assert unit.canonical == canonical, unit.why


def test_a_countys_plan_of_no_known_place_keeps_its_units_a_countys() -> None:
    """tests/realworld/hd_hunan_pingjiang_anquan2019.txt: a county's news (全县, 县委) that names its county
    nowhere; a bureau it names bare is a 县's (县应急管理局), never rewritten as a 区's."""
    from polkg.graph.build import context_of
    from tests.helpers import annotated
    d = annotated("全县安全生产工作会议召开\n县委常委、副县长出席会议。会议要求全县各乡镇、县直各单位落实责任,"
                  "应急管理局牵头开展隐患排查。\n")
    assert (d.jurisdiction, d.level, d.level_word) == (None, "district", "县")
    ctx = context_of(d)
    resolver = Resolver()
    assert resolver.resolve_unit("应急管理局", ctx).canonical == "县应急管理局"
    assert resolver.resolve_unit("政府督查室", ctx).canonical == "县人民政府督查室"
    assert resolver.resolve_unit("区发改局", ctx).canonical == "区发展和改革局"  # as written
