"""One node per real unit anywhere in China (issue 9): the document's jurisdiction and level, departments of
every level and province, party organs, branches, ministries' divisions, renames — and, on the corpus, no
duplicate unit node and no alias shared by units of different places."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from polkg.cli import cli
from polkg.graph.batch import GraphBatch
from polkg.graph.build import GraphBuilder
from polkg.graph.resolve import Context, Resolver
from polkg.loaders.metadata import jurisdiction
from polkg.pipeline import Pipeline
from tests.conftest import CORPUS, ROOT
from tests.helpers import annotated

COUNTY = Context(level="district", jurisdiction="房县", year=2021)
CITY = Context(level="city", jurisdiction="十堰市", year=2021)

# A county plan written the way county plans are: its county named once in the title, units by level prefix.
COUNTY_PLAN = """房县人民政府办公室文件

房政办发〔2021〕12号

房县2021年大气污染防治攻坚战实施方案

一、主要任务
（一）开展工业炉窑治理。2021年底前完成。〔牵头单位：县发改局；责任单位：县生态环境分局、县经信局〕
（二）加强宣传。全县各乡镇要加强宣传。〔牵头单位：县委宣传部；责任单位：各乡镇〕

房县人民政府办公室
2021年3月2日
"""


@pytest.fixture
def resolver() -> Resolver:
    return Resolver()


# -- 1. the document's jurisdiction and level --------------------------------------------------------------


def test_a_county_plan_is_a_county_plan() -> None:
    d = annotated(COUNTY_PLAN)
    assert (d.jurisdiction, d.level, d.year) == ("房县", "district", 2021)


@pytest.mark.parametrize(("text", "jurisdiction", "level"), [
    # the city named only in the title
    ("十堰市2021年水污染防治工作方案\n一、任务\n市发展和改革委员会负责。\n", "十堰市", "city"),
    # a district of a municipality, the district in brackets after the city's planning name
    ("北京城市副中心（通州区）任务分工方案\n牵头单位：区水务局\n", "北京市通州区", "district"),
    # an autonomous prefecture by its short form; a county-level city by its own name
    ("楚雄州贯彻落实整改措施清单\n州生态环境局负责\n", "楚雄彝族自治州", "city"),
    ("永城市贯彻《河南省优化营商环境条例》责任分工方案\n市发展改革委负责\n", "永城市", "district"),
    # no place in the title: the county the text names, at the level its own words (全县, 县委) point to
    ("一、民生实事任务分解表\n全县新建学校3所。县教育局负责。县委、县政府督办。大竹县城区新增停车位。\n",
     "大竹县", "district"),
    # traditional characters
    ("黑龍江省環境保護廳\n重點工作任務廳內分工方案\n", "黑龙江省", "province"),
])
def test_jurisdiction_from_the_document(text: str, jurisdiction: str, level: str) -> None:
    d = annotated(text)
    assert (d.jurisdiction, d.level) == (jurisdiction, level)


def test_a_ministries_notice_is_national() -> None:
    d = annotated("住房城乡建设部环境保护部关于印发城市黑臭水体整治工作指南的通知\n各省、自治区住房城乡建设厅：\n")
    assert (d.jurisdiction, d.level) == (None, "national")
    d = annotated("國務院辦公廳主要職責內設機構和人員編制規定\n發布於國辦發〔2008〕60號《通知\n")
    assert (d.jurisdiction, d.level) == (None, "national")


def test_a_plan_naming_no_place_has_the_level_of_its_own_words() -> None:
    d = annotated("关于进一步提升全州优化营商环境的工作方案\n聚焦我州营商环境薄弱环节。州直各部门要落实。\n")
    assert (d.jurisdiction, d.level) == (None, "city")


def test_county_units_in_a_county_plan(pipeline: Pipeline) -> None:
    ex = pipeline.extract_text(COUNTY_PLAN, doc="fang")
    names = {u.mention: u.canonical for t in ex.tasks for u in t.units}
    assert names["县发改局"] == "房县发展和改革局"  # never 区发展和改革局, never without the county
    assert names["县经信局"] == "房县经济和信息化局"
    assert names["县委宣传部"] == "中共房县县委宣传部"
    assert names["县生态环境分局"] == "十堰市生态环境局房县分局"


def test_an_unknown_county_keeps_its_written_level(resolver: Resolver) -> None:
    unit = resolver.resolve_unit("县发改局", Context(level="district"))
    assert unit.canonical == "县发展和改革局"


def test_resolve_in_a_document_explains_the_jurisdiction(tmp_path: Path) -> None:
    plan = tmp_path / "fang.txt"
    plan.write_text(COUNTY_PLAN, "utf-8")
    result = CliRunner().invoke(cli, ["resolve", "县发改局", "--in", str(plan), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert (out["canonical"], out["level"], out["jurisdiction"]) == ("房县发展和改革局", "district", "房县")
    assert "county level" in out["why"][0] and "title" in out["why"][0]
    missing = CliRunner().invoke(cli, ["resolve", "县发改局", "--in", str(tmp_path / "none.txt")])
    assert missing.exit_code != 0 and "Traceback" not in missing.output


# -- 3. departments at every level ---------------------------------------------------------------------------


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    ("市发展和改革委员会", CITY, "十堰市发展和改革委员会"),
    ("十堰市工信委", CITY, "十堰市工业和信息化委员会"),
    ("市住建局", CITY, "十堰市住房和城乡建设局"),
    ("市城管局", CITY, "十堰市城市管理局"),
    ("市国资委", CITY, "十堰市人民政府国有资产监督管理委员会"),
    ("市税务局", CITY, "国家税务总局十堰市税务局"),
    ("县自然资源和规划局", COUNTY, "房县自然资源和规划局"),
    ("县行政审批局", COUNTY, "房县行政审批局"),
    ("县应急局", COUNTY, "房县应急管理局"),
    ("县市场监管局", COUNTY, "房县市场监督管理局"),
    ("区公安分局", Context(level="district", jurisdiction="乐山市市中区"), "乐山市公安局市中区分局"),
    ("发展改革委", Context(level="national"), "国家发展和改革委员会"),
    ("国办", Context(level="national"), "国务院办公厅"),
    ("区交通局", Context(level="district", jurisdiction="北京市通州区"), "北京市通州区交通局"),
    ("市环保局", Context(level="province", jurisdiction="天津市", year=2005), "天津市环境保护局"),
    ("省財政廳", Context(level="province", jurisdiction="浙江省"), "浙江省财政厅"),
    ("省外汇管理局", Context(level="province", jurisdiction="安徽省"), "国家外汇管理局安徽省分局"),
    ("人行合肥中心支行", Context(level="province", jurisdiction="安徽省"), "中国人民银行合肥中心支行"),
    ("高新区管委会", Context(level="city", jurisdiction="福州市"), "福州高新技术产业开发区管理委员会"),
    ("团市委", CITY, "共青团十堰市委员会"),
    ("市残联", CITY, "十堰市残疾人联合会"),
    ("凤城镇", Context(level="district", jurisdiction="连江县"), "连江县凤城镇人民政府"),
    ("市生态环境局成安县分局", Context(level="district", jurisdiction="成安县"), "邯郸市生态环境局成安县分局"),
])
def test_departments_of_every_level(resolver: Resolver, mention: str, ctx: Context, canonical: str) -> None:
    assert resolver.resolve_unit(mention, ctx).canonical == canonical


def test_a_branch_is_part_of_the_city_bureau(resolver: Resolver) -> None:
    branch = resolver.resolve_unit("区公安分局", Context(level="district", jurisdiction="乐山市市中区"))
    (link,) = [x for x in branch.links if x.type == "PART_OF"]
    assert link.unit is not None and link.unit.canonical == "乐山市公安局" and link.unit.level == "city"


def test_a_ministrys_division_is_part_of_the_ministry(resolver: Resolver) -> None:
    division = resolver.resolve_unit("生态环境部大气环境司", Context(level="province", jurisdiction="四川省"))
    assert division.kind == "division"
    assert [x.unit.canonical for x in division.links if x.type == "PART_OF" and x.unit] == ["生态环境部"]


def test_abbreviations_mean_what_they_meant_in_the_documents_year(resolver: Resolver) -> None:
    jilin = Context(level="province", jurisdiction="吉林省")
    assert resolver.resolve_unit("省广电局", jilin.__class__(**{**jilin.__dict__, "year": 2012})).canonical == \
        "吉林省广播电影电视局"
    assert resolver.resolve_unit("省广电局", Context(level="province", jurisdiction="吉林省", year=2020)).canonical \
        == "吉林省广播电视局"


def test_renames_are_dated_at_every_level(resolver: Resolver) -> None:
    """A plan of before the reform names the old unit, which the renamed one succeeds (a plan of after it names
    the new one: tests/test_unit_names.py)."""
    county, city = replace(COUNTY, year=2017), replace(CITY, year=2017)
    for mention, ctx, successor in [
        ("县环保局", county, "房县生态环境局"), ("市安监局", city, "十堰市应急管理局"),
        ("省工商局", Context(level="province", jurisdiction="湖北省"), "湖北省市场监督管理局"),
        ("县农业局", county, "房县农业农村局"), ("国家林业局", Context(level="national"), "国家林业和草原局"),
    ]:
        unit = resolver.resolve_unit(mention, ctx)
        after = [(x.unit.canonical, dict(x.props)["date"]) for x in unit.links if x.type == "SUCCEEDED_BY" and x.unit]
        assert [name for name, _ in after] == [successor], mention
        assert all(date[:4].isdigit() for _, date in after)


# -- 4. groups keep their scope --------------------------------------------------------------------------------


def test_a_lists_scope_holds_for_its_bare_system_names(resolver: Resolver) -> None:
    province = Context(level="province", jurisdiction="四川省", year=2022)
    every = resolver.resolve_units(["各级发展改革", "财政", "林草"], province)
    # a group keeps the words it was written with (林草, not 林业和草原)
    assert [u.canonical for u in every] == ["四川省各级发展改革部门", "四川省各级财政部门", "四川省各级林草部门"]
    assert all(u.kind == "group" and u.level == "unknown" for u in every)  # every level, not the province's
    own = resolver.resolve_units(["省级发展改革", "财政", "生态环境"], province)
    assert [u.canonical for u in own] == ["四川省发展和改革委员会", "四川省财政厅", "四川省生态环境厅"]


# -- 5./6. the corpus: no duplicate node, no alias across places -------------------------------------------------


@pytest.fixture(scope="module")
def corpus_batch() -> GraphBatch:
    pipeline = Pipeline()
    builder = GraphBuilder(pipeline.resolver)
    for path in sorted(CORPUS.glob("*.txt")):
        builder.add(pipeline.extract_file(path))
    return builder.batch()


def test_no_unit_node_of_the_corpus_duplicates_another(corpus_batch: GraphBatch) -> None:
    resolver = Resolver()
    units = [n for n in corpus_batch.nodes.values() if n.label == "Unit"]
    by_place: dict[tuple[object, object, object], dict[str, str]] = defaultdict(dict)
    for n in units:
        p = n.props
        if p.get("kind") not in ("department", "division", "government"):
            continue
        ctx = Context(level=p.get("level") or "unknown", jurisdiction=p.get("jurisdiction"))  # type: ignore[arg-type]
        again = resolver.resolve_unit(str(p["name"]), ctx).id  # names that resolve alike are one unit
        key = (p.get("system"), p.get("level"), p.get("jurisdiction"))
        other = by_place[key].setdefault(again, n.id)
        assert other == n.id, f"{other} and {n.id} are one unit"
    names = {str(n.props["name"]) for n in units}
    assert not {"四川省环境保护厅总队", "四川省生态环境部门", "省委省国资委省安全监管局"} & names
    assert "四川省环境保护厅监察总队" in names


def test_no_alias_is_shared_by_units_of_different_places(corpus_batch: GraphBatch) -> None:
    owners: dict[str, set[object]] = defaultdict(set)
    for n in corpus_batch.nodes.values():
        if n.label == "Unit" and n.props.get("kind") != "group":
            for alias in n.props.get("aliases") or []:  # type: ignore[union-attr]
                owners[str(alias)].add(n.props.get("jurisdiction"))
    shared = {a: places for a, places in owners.items() if len(places) > 1}
    assert not shared


def test_every_level_group_is_not_a_province(corpus_batch: GraphBatch) -> None:
    groups = [n.props for n in corpus_batch.nodes.values() if n.label == "Unit" and "各级" in str(n.props["name"])]
    assert groups and all(g.get("level") != "province" for g in groups)


def test_the_corpus_canonical_key_covers_every_unit_mention(pipeline: Pipeline) -> None:
    """tests/corpus_canon (written by hand) names every distinct unit mention of corpus/ with its full name."""
    import re
    import unicodedata

    def key(s: str) -> str:
        s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).rstrip("。.;；")
        return re.sub(r"\([^()]*\)", "", s)

    canon: dict[tuple[str, str], set[str]] = {}
    for path in (ROOT / "tests" / "corpus_canon").glob("*.canon.jsonl"):
        for line in path.read_text("utf-8").splitlines():
            g = json.loads(line)
            canon[(g["doc"], key(g["mention"]))] = {key(c) for c in g["canonical"]}
    wrong = []
    for path in sorted(CORPUS.glob("*.txt")):
        for t in pipeline.extract_file(path).tasks:
            for u in t.units:
                accepted = canon.get((t.doc, key(u.mention)))
                assert accepted is not None, (t.doc, u.mention)
                if key(u.canonical or "") not in accepted:
                    wrong.append((u.mention, u.canonical))
    assert not wrong


@pytest.mark.parametrize("mention", ["市", "市市", "区区局", "省委省", "（）", "市（州）", "局", "县县", "团市", "分局",
                                     "市局分局", "国家", "中国", "高新区", "两市市委宣传部"])
def test_odd_mentions_never_break_the_resolver(resolver: Resolver, mention: str) -> None:
    for ctx in (COUNTY, CITY, Context(), Context(level="national")):
        assert resolver.resolve_unit(mention, ctx).canonical


def test_an_alias_written_alike_in_two_places_is_kept_with_its_place(resolver: Resolver) -> None:
    chengdu = resolver.resolve_unit("市发改委", Context(level="city", jurisdiction="成都市"))
    dalian = resolver.resolve_unit("市发改委", Context(level="city", jurisdiction="大连市"))
    batch = resolver.unit_graph([chengdu, dalian])
    aliases = {str(batch.nodes[u.id].props["name"]): set(batch.nodes[u.id].props["aliases"])  # type: ignore[arg-type]
               for u in (chengdu, dalian)}
    assert "成都市发改委" in aliases["成都市发展和改革委员会"] and "大连市发改委" in aliases["大连市发展和改革委员会"]
    assert not aliases["成都市发展和改革委员会"] & aliases["大连市发展和改革委员会"]


def test_a_committee_named_once_is_meant_by_its_bare_word_after(resolver: Resolver) -> None:
    beijing = Context(level="province", jurisdiction="北京市")
    full = resolver.resolve_unit("机动车排放污染控制工作协调小组", beijing)
    assert full.canonical == "北京市机动车排放污染控制工作协调小组"
    office = resolver.resolve_unit("协调小组办公室", beijing)
    assert office.canonical == "北京市机动车排放污染控制工作协调小组办公室"
    assert resolver.resolve_unit("领导小组办公室", beijing).kind == "other"  # no 领导小组 named: not guessed


def test_we_is_the_issuer(resolver: Resolver) -> None:
    ctx = Context(level="city", jurisdiction="宿迁市", issuer="宿迁市生态环境局")
    assert resolver.resolve_unit("我单位", ctx).canonical == "宿迁市生态环境局"


# -- round 2: rules found on plans never seen before ------------------------------------------------------

LINGBI = Context(level="district", jurisdiction="灵璧县", year=2021)


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    # pinyin readings after each character, as pages for learners print them
    ("國(guó)家發(fā)展和改革委員會(huì)", Context(level="national"), "国家发展和改革委员会"),
    ("人民银行", Context(level="national"), "中国人民银行"),
    ("银保监会", Context(level="national"), "中国银行保险监督管理委员会"),
    # state companies by their registered form; one named by neither place nor a standard short form stays
    ("县城投公司", Context(level="district", jurisdiction="连江县"), "连江县城市建设投资开发有限公司"),
    ("县建发公司", Context(level="district", jurisdiction="连江县"), "连江县建设发展有限公司"),
    ("城投集团", Context(level="city", jurisdiction="长沙市"), "长沙市城市建设投资开发集团有限公司"),
    ("省金融控股公司", Context(level="province", jurisdiction="浙江省"), "浙江省金融控股有限公司"),
    ("国兴集团", Context(level="district", jurisdiction="连江县"), "国兴集团"),
    # a county's own development zone, named after the county without 县
    ("经济开发区管委会", LINGBI, "灵璧经济开发区管理委员会"),
    ("县经济开发区管委会", Context(level="district", jurisdiction="巴马瑶族自治县"), "巴马经济开发区管理委员会"),
    # Chongqing's central districts have a branch of the municipal 规划和自然资源局, not a bureau of their own
    ("区规资局", Context(level="district", jurisdiction="重庆市渝中区"), "重庆市规划和自然资源局渝中区分局"),
    ("区规资局", Context(level="district", jurisdiction="重庆市铜梁区"), "重庆市铜梁区规划和自然资源局"),
    # 市政 is a word, not the city: a county's 市政公用事业服务中心
    ("市政公用事业服务中心", Context(level="district", jurisdiction="成安县"), "成安县市政公用事业服务中心"),
    ("市政府办公室", CITY, "十堰市人民政府办公室"),
    # 办 after a stem of four characters is 办公室; contracted offices stay as written
    ("县重大项目办", LINGBI, "灵璧县重大项目办公室"),
    ("县应急办", LINGBI, "灵璧县应急办"),
    # a bureau's branch written with the district's short name in a district plan is the city bureau's
    ("生态局东安分局", Context(level="district", jurisdiction="牡丹江市东安区"), "牡丹江市生态环境局东安分局"),
    # a street's or town's government written in full, in its district's plan
    ("新安街道办事处", Context(level="district", jurisdiction="牡丹江市东安区"), "牡丹江市东安区新安街道办事处"),
    # a township's own plan: its bare stations and offices are the township's
    ("文化站", Context(level="township", jurisdiction="徐庄镇"), "徐庄镇文化站"),
    ("镇应急办", Context(level="township", jurisdiction="徐庄镇"), "徐庄镇应急办"),
])
def test_units_of_plans_never_seen(resolver: Resolver, mention: str, ctx: Context, canonical: str) -> None:
    unit = resolver.resolve_unit(mention, ctx)
    assert unit.canonical == canonical
    assert unit.why


def test_a_state_company_is_a_company(resolver: Resolver) -> None:
    unit = resolver.resolve_unit("县城投公司", Context(level="district", jurisdiction="连江县"))
    assert (unit.kind, unit.level, unit.jurisdiction) == ("company", "district", "连江县")


@pytest.mark.parametrize(("text", "jurisdiction", "level"), [
    # a township's own plan
    ("徐庄镇2017年度安全生产专项整治工作计划\n经镇政府研究决定。\n", "徐庄镇", "township"),
    # 会同 is also the verb 'together with': never the county 会同县 inside a sentence
    ("关于民生实事项目进展情况的通报\n县发改委要会同县督查落实办对相关工作进行督导。全县推进。\n", None, "district"),
    # a county plan naming its city's bureau as often as its own: the county
    ("整改任务销号的公示\n市生态环境局成安县分局、县水利局负责。成安县商城、成安县河道、临漳县、魏县。\n", "成安县",
     "district"),
])
def test_jurisdiction_of_plans_never_seen(text: str, jurisdiction: str | None, level: str) -> None:
    d = annotated(text)
    assert (d.jurisdiction, d.level) == (jurisdiction, level)


# tests/realworld/hy_chongqing_yuzhong_wufei2021.txt, its first three rows: the table reader's plan begins at
# its first task, below the page's title
YUZHONG = (
    '渝中区“无废城市”建设试点目标任务分解\n\n日期: 2021-11-02\n字体:\n'
    '\n渝中区“无废城市”建设试点目标任务分解\n\n序号\n\n试点任务\n\n细化措施\n\n'
    '工作绩效目标\n\n责任单位\n\n配合单位\n\n完成\n\n时限\n\n一季度\n\n二季度\n\n'
    '三季度\n\n四季度\n\n一、持续强化规划引领\n\n1\n\n推进生活垃圾分类规划\n\n'
    '建立简便易行的分类投放方式,引导居民自觉、科学地开展生活垃圾分类。\n\n\n\n\n\n\n'
    '区城市管理局\n\n区住房城市建委、区机关事务局\n\n2020\n\n2\n\n'
    '加强对生活垃圾分类投放、收集、运输、贮存、处置各环节的管理和配套设施建设,健全有'
    '害垃圾收运处置体系。规范大件垃圾投放,合理配置(改造)分类收运设施设备。\n'
    '\n\n\n\n\n\n区城市管理局\n\n区生态环境局、区住房城市建委\n\n2020\n\n3\n\n'
    '制定机关企事业单位、公共场所等公共机构分类评估实施办法。\n\n\n\n\n\n\n'
    '区机关事务局\n\n区城市管理局\n\n2020\n\n'
)


def test_a_plan_below_the_files_title_has_the_place_of_that_title(pipeline: Pipeline) -> None:
    ex = pipeline.extract_text(YUZHONG, doc="yuzhong")
    d = ex.documents[0]
    assert (d.jurisdiction, d.level) == ("重庆市渝中区", "district")
    assert {u.canonical for t in ex.tasks for u in t.units} >= {"重庆市渝中区城市管理局", "重庆市渝中区机关事务管理局"}


# tests/realworld/rw_shandong_jinan_shizhong_jzqk2019.txt: a disclosure page's 索引号 opens with the issuing organ's
# unified social credit code (11 + the division code 370103 + …), and 市中区 is the name of four districts
JINAN_SHIZHONG = ("2019年第二季度《政府工作报告》主要工作任务落实情况表\n{index}\n市中区政府办公室\n2019-07-15\n\n"
                  "序号\t工作任务\t责任单位\t落实情况\n1\t推进大观园片区招商。\t区投促局\t济南铁路烟草公司已明确入驻。\n")


@pytest.mark.parametrize("index", ["113701037059525546-A/2019-4422282", "索引号：2019-4422282"])
def test_a_shared_district_name_is_read_against_the_other_clues(index: str) -> None:
    d = annotated(JINAN_SHIZHONG.format(index=index))
    assert (d.jurisdiction, d.level) == ("济南市市中区", "district")


# tests/realworld/hx_anhui_qingyang_ducun_yjzx.txt (its opening): a township's own text, which says 我乡 and 乡党委
DUCUN = ("一、制定背景\n为进一步明确杜村乡应急管理中心责任,提高防范应对各类突发事件能力,"
         "结合我乡实际,制定杜村乡应急管理中心责任清单。\n二、起草过程\n《清单》由安监站负责起草,经分管领导审核,乡党委政府研究后,由党委政府主要领导签发后印发各村。\n"
         "三、工作目标\n认真贯彻落实党中央、国务院及上级、本级党委、政府和乡安委会关于安全生产的决策部署和指示精神。\n")


@pytest.mark.parametrize(("text", "jurisdiction", "level"), [
    (DUCUN, "杜村乡", "township"),
    # a county's plan names its townships, and says 全县: the county's (杜村乡 and 蓉城镇 are 青阳县's), not a
    # township's
    ("一、任务\n全县推进农村改厕。县农业农村局牵头。杜村乡、蓉城镇、蓉城镇、新河镇落实。县委、县政府督办。\n",
     "青阳县", "district"),
])
def test_a_townships_text_names_its_township(text: str, jurisdiction: str | None, level: str) -> None:
    d = annotated(text)
    assert (d.jurisdiction, d.level) == (jurisdiction, level)


@pytest.mark.parametrize(("text", "jurisdiction", "level", "number"), [
    # a plan in Traditional characters: its 文號 (號, 辦) and its level words (全縣, 縣委) read as in Simplified
    ("遂府辦發〔2019〕12號\n\n關於印發2019年大氣污染防治實施方案的通知\n各縣（區）人民政府，市直有關部門：\n一、任務\n"
     "市發改委牽頭，市生態環境局配合。全市推進。\n", "遂宁市", "city", "遂府办发〔2019〕12号"),
    ("農村人居環境整治工作方案\n一、任務\n縣住建局牽頭，縣農業農村局配合。全縣推進。縣政府督查室督辦。縣委、縣政府。\n",
     None, "district", None),
])
def test_a_plan_in_traditional_characters(text: str, jurisdiction: str | None, level: str, number: str | None) -> None:
    d = annotated(text)
    assert (d.jurisdiction, d.level, d.number) == (jurisdiction, level, number)


DISCLOSED = ("\n关于印发2021年农村人居环境整治工作方案的通知\n各乡镇人民政府，县直各部门：\n"
             "一、任务\n县住建局牵头。全县推进。\n")


@pytest.mark.parametrize(("head", "issuer"), [
    # a disclosure page's fields (发布机构, 发文字号), one to a line or in a table row
    ("索引号：2021-00123\n发布机构：巫山县人民政府办公室\n发文字号：巫山府办发〔2021〕23号\n成文日期：2021-03-01\n",
     "巫山县人民政府办公室"),
    ("索引号 | 2021-00123 | 发布机构 | 县政府办公室 |\n发文字号 | 巫山府办发〔2021〕23号 | 成文日期 | 2021-03-01 |\n",
     "县政府办公室"),
])
def test_the_fields_of_a_disclosure_page(head: str, issuer: str) -> None:
    d = annotated(head + DISCLOSED)
    assert (d.number, d.issuer, d.jurisdiction, d.level) == ("巫山府办发〔2021〕23号", issuer, "巫山县", "district")


@pytest.mark.parametrize(("mention", "canonical"), [
    # a county-level city's 市 is the city itself, and 府 is its government (市府办 = 市政府办公室)
    ("市府办", "乐清市人民政府办公室"), ("市政府办", "乐清市人民政府办公室"), ("市政府", "乐清市人民政府"),
])
def test_a_county_level_citys_government(resolver: Resolver, mention: str, canonical: str) -> None:
    unit = resolver.resolve_unit(mention, Context(level="district", jurisdiction="乐清市", year=2021))
    assert (unit.canonical, unit.level, unit.jurisdiction) == (canonical, "district", "乐清市")


@pytest.mark.parametrize(("text", "jurisdiction", "level"), [
    # a county-level city since made a district (吴江市 → 苏州市吴江区, 2012): the plan's own name, county level
    ("吴江市2010年环境保护工作要点\n市环保局牵头。全市推进。\n", "吴江市", "district"),
    # a title that opens with a word ending in 区 (农村牧区) names no place; a league speaks of 全盟, 盟委
    ("农村牧区人居环境整治方案\n盟生态环境局牵头。全盟推进。盟委、盟行署督办。锡林郭勒盟各旗县市落实。\n",
     "锡林郭勒盟", "city"),
])
def test_a_place_by_its_suffix_is_a_place_that_is_or_was(text: str, jurisdiction: str, level: str) -> None:
    d = annotated(text)
    assert (d.jurisdiction, d.level) == (jurisdiction, level)


# tests/realworld/rw_zhejiang_linan_msss2022.txt, its head and first row (cut): a district's table that never
# names its district, only its streets and towns, which are 杭州市临安区's (data/townships.tsv)
LINAN = ("发布单位 | 区政府 | 发文日期 | 2022-07-14 |\n序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |\n"
         "1 | 新建成公办中小学、幼儿园7所。 | 11月底前天目山镇中心幼儿园竣工交付。 | 教育局 | 发改局、住建局、财政局,"
         "锦城街道、锦北街道、锦南街道、青山湖街道、昌化镇、天目山镇 |\n")


def test_a_plan_that_names_only_its_townships_is_their_countys() -> None:
    d = annotated(LINAN)
    assert (d.jurisdiction, d.level) == ("杭州市临安区", "district")


def test_the_signature_is_the_organ_above_the_date_not_the_list_above_it() -> None:
    """tests/realworld/hx_shanxi_qinxian_gzbg2025.txt: a cover letter lists its attachments right above its
    signature; 沁县, two characters, is a place only where it stands alone."""
    text = ("县示范区管委会,各乡、镇人民政府,县直各有关单位:\n经县政府同意,现将任务分解印发给你们。\n"
            "附件:1.2025年县《政府工作报告》任务清单\n2.2025年十五件民盼实事任务分解\n3.2025年县政府重点工作备忘录任务分解\n"
            "沁县人民政府办公室\n2025年5月18日\n(此件公开发布)\n附件1\n2025年县政府工作报告任务清单\n"
            "一、县示范区管委会牵头工作(8项)\n1.建设3个劳动密集型产业园。\n")
    d = annotated(text)
    assert (d.issuer, d.jurisdiction, d.level) == ("沁县人民政府办公室", "沁县", "district")


@pytest.mark.parametrize(("text", "jurisdiction", "level"), [
    # in an autonomous region, 自治区人民政府 and 自治区直 are the region's words (a province's), not a district's:
    # a county of 广西 that cites its region's government is still a county
    ("农村人居环境整治方案\n根据自治区人民政府、自治区人民政府办公厅、自治区党委政府的要求，县住建局牵头，"
     "县农业农村局配合。全县推进。巴马县各乡镇落实。金城江区、金城江区配合。\n", "巴马瑶族自治县", "district"),
    ("农村人居环境整治方案\n根据自治区人民政府、自治区人民政府办公厅的要求，各市人民政府、自治区直各部门落实。"
     "自治区住房城乡建设厅牵头。南宁市、柳州市配合。\n", "广西壮族自治区", "province"),
])
def test_an_autonomous_regions_words_are_a_provinces(text: str, jurisdiction: str, level: str) -> None:
    d = annotated(text)
    assert (d.jurisdiction, d.level) == (jurisdiction, level)


NOTICE = ("{number}\n\n关于印发2019年大气污染防治实施方案的通知\n各县（区）人民政府，市直有关部门：\n现印发给你们。\n"
          "一、任务\n市发改委牵头，市生态环境局配合。{more}\n")


@pytest.mark.parametrize(("number", "more", "jurisdiction", "level"), [
    # the 文号 is all that names the place: 遂 opens the name of one prefecture-level city, and the text's
    # words (市直, 市发改委) say the plan is a city's
    ("遂府办发〔2019〕12号", "全市推进。", "遂宁市", "city"),
    # 乐 opens many places' names: the one the text names (乐清 in 温州市生态环境局乐清分局) is the plan's, a
    # county-level city, not the prefecture that text names too
    ("乐政办发〔2021〕3号", "温州市生态环境局乐清分局、柳市镇配合。全市推进。", "乐清市", "district"),
    # a county's 文号 carries its two-character name
    ("巫山府发〔2020〕5号", "县水利局负责。全县推进。", "巫山县", "district"),
])
def test_a_place_named_only_by_the_number(number: str, more: str, jurisdiction: str, level: str) -> None:
    d = annotated(NOTICE.format(number=number, more=more))
    assert (d.jurisdiction, d.level, d.number, d.issuer) == (jurisdiction, level, number, None)


RIVER_PLAN = ("大宁河流域水生态保护修复工作方案\n一、工作任务\n"
              "（一）加强大宁河干流治理。县水利局牵头，县生态环境局配合。\n"
              "（二）大宁河支流整治。县农业农村局负责。大宁河沿岸乡镇落实。\n（三）大宁河库区清漂。县交通局负责。全县推进。\n")


@pytest.mark.parametrize(("text", "jurisdiction", "level"), [
    # 大宁 in 大宁河 is a river's name, not the county 大宁县: a county's short form inside the name of a river,
    # a mountain or a road does not vote for the plan's place
    (RIVER_PLAN, None, "district"),
    (RIVER_PLAN + "巫山县大昌镇、巫山县双龙镇配合。\n", "巫山县", "district"),
    # a city's short form in road names (南京路, 北京路) is no city: the city the plan names is its own
    ("道路交通整治工作方案\n市公安局负责南京路、北京路、南京路口整治。市城管局配合。全市推进。青岛市各区落实。\n",
     "青岛市", "city"),
    # nor is a university, a bank or a road named after another city (北京大学, 南京银行, 北京东路)
    ("人才引进工作方案\n市人社局负责与北京大学、北京大学、南京银行、北京东路商圈合作。全市推进。青岛市各区落实。\n",
     "青岛市", "city"),
])
def test_a_place_inside_another_proper_name_does_not_vote(text: str, jurisdiction: str | None, level: str) -> None:
    d = annotated(text)
    assert (d.jurisdiction, d.level) == (jurisdiction, level)


@pytest.mark.parametrize(("text", "jurisdiction", "level"), [
    # the addressee line names bodies after other places (武汉新港…): the county is the one its text names
    ("县人民政府办公室关于重点工作责任分解的通知\n各镇人民政府，县政府各部门，嘉鱼经济开发区、武汉新港潘湾工业园：\n"
     "经县人民政府同意，现将涉及嘉鱼的重点事项分解。县财政局、县税务局负责。嘉鱼的工作。\n", "嘉鱼县", "district"),
    # 资源 inside 县自然资源局 is no short form of 资源县: a county plan that names no place says so
    ("县政府副县长在县自然资源局主持召开调度例会。\n县自然资源局全体干部参加。县财政局负责。\n", None, "district"),
])
def test_a_place_is_read_only_where_a_place_is_written(text: str, jurisdiction: str | None, level: str) -> None:
    d = annotated(text)
    assert (d.jurisdiction, d.level) == (jurisdiction, level)


def test_a_province_read_by_its_suffix_is_a_real_province() -> None:
    """An issuer misread from a sentence (为深入贯彻省市《…》) opens with no province: 为深入贯彻省 is none."""
    assert jurisdiction("关于印发《如东县关于推进城市安全发展的任务分工》的通知",
                        "为深入贯彻省市《关于推进城市安全发展的实施意见》", None) is None


def test_a_five_year_plan_is_for_its_first_year() -> None:
    from polkg.loaders.metadata import plan_year

    assert plan_year("吉林省“十二五”规划重点工作分工", None) == 2011
    assert plan_year("“十四五”生态环境保护规划", "2022-03-01") == 2021
    assert plan_year("2020年工作要点（“十三五”收官）", None) == 2020


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    # Inner Mongolia's banners and leagues are level prefixes like 县 and 市
    ("旗发改委", Context(level="district", jurisdiction="鄂托克旗"), "鄂托克旗发展和改革委员会"),
    ("盟生态环境局", Context(level="city", jurisdiction="锡林郭勒盟"), "锡林郭勒盟生态环境局"),
    # a plan two cities issue together names the issuing city's departments as 两市…
    ("两市文化和旅游局", Context(level="city", jurisdiction="济南市"), "济南市文化和旅游局"),
    ("两市市委宣传部", Context(level="city", jurisdiction="济南市"), "中共济南市委宣传部"),
])
def test_banners_leagues_and_joint_plans(resolver: Resolver, mention: str, ctx: Context, canonical: str) -> None:
    assert resolver.resolve_unit(mention, ctx).canonical == canonical


@pytest.mark.parametrize(("mention", "town", "canonical"), [
    # a township's plan: 县X局 is the county's, and the county is the one the township belongs to (中子镇 is a
    # town of 广元市朝天区, 洣水镇 of 衡东县: data/townships.tsv); a name many counties share (徐庄镇) has none
    ("区应急局", "中子镇", "广元市朝天区应急管理局"),
    ("县应急局", "洣水镇", "衡东县应急管理局"),
    ("县应急局", "徐庄镇", "县应急管理局"),
    ("镇应急办", "中子镇", "中子镇应急办"),
])
def test_a_townships_county_from_the_national_township_list(resolver: Resolver, mention: str, town: str,
                                                            canonical: str) -> None:
    assert resolver.resolve_unit(mention, Context(level="township", jurisdiction=town)).canonical == canonical


def test_the_township_list_names_each_townships_county() -> None:
    from polkg.nlp.gazetteer import load
    gaz = load()
    assert (gaz.township_county("中子镇"), gaz.township_county("洣水镇")) == ("广元市朝天区", "衡阳市衡东县")
    assert gaz.township_county("徐庄镇") is None  # four counties have one
    assert gaz.township_county("徐庄镇", near=["郑州市登封市"]) == "郑州市登封市"


def test_a_townships_plan_names_its_countys_departments_by_system(resolver: Resolver) -> None:
    unit = resolver.resolve_unit("公安", Context(level="township", jurisdiction="中子镇"))
    assert unit.level == "district" and not unit.canonical.startswith("中子镇")  # a township has no 公安


@pytest.mark.parametrize(("mention", "canonical"), [
    ("安监所", "徐庄安监所"),  # a county bureau's station: named by the township's name alone
    ("派出所", "徐庄派出所"),
    ("工商质监所", "徐庄工商质监所"),
    ("民政所", "徐庄镇民政所"),  # the township's own offices keep its full name
    ("卫生院", "徐庄镇卫生院"),
    ("文化站", "徐庄镇文化站"),
])
def test_stations_in_a_townships_plan(resolver: Resolver, mention: str, canonical: str) -> None:
    assert resolver.resolve_unit(mention, Context(level="township", jurisdiction="徐庄镇")).canonical == canonical


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    ("区政府办", Context(level="district", jurisdiction="西安市未央区"), "西安市未央区人民政府办公室"),
    ("公安消防支队", Context(level="city", jurisdiction="开封市"), "开封市公安消防支队"),
    ("县消防救援大队", COUNTY, "房县消防救援大队"),
    ("供销合作总社", Context(level="national"), "中华全国供销合作总社"),
])
def test_offices_fire_services_and_national_bodies(resolver: Resolver, mention: str, ctx: Context,
                                                   canonical: str) -> None:
    assert resolver.resolve_unit(mention, ctx).canonical == canonical


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    # a park named bare in a county's plan is the county's
    ("新材料产业园", Context(level="district", jurisdiction="金乡县"), "金乡县新材料产业园"),
    # a zone whose name opens with its place keeps that name; a bare one takes the plan's place
    ("嘉鱼经济开发区", Context(level="district", jurisdiction="嘉鱼县"), "嘉鱼经济开发区管理委员会"),
    ("城乡一体化示范区", Context(level="city", jurisdiction="平顶山市"), "平顶山市城乡一体化示范区管理委员会"),
])
def test_parks_and_zones(resolver: Resolver, mention: str, ctx: Context, canonical: str) -> None:
    assert resolver.resolve_unit(mention, ctx).canonical == canonical


@pytest.mark.parametrize(("mention", "canonical"), [
    # an unknown body's 管委会 is written in full, and so is a zone's abbreviation before it
    ("长沙先导区管委会", "长沙先导区管理委员会"),
    ("咸宁高新区管委会", "咸宁高新技术产业开发区管理委员会"),
])
def test_an_unknown_bodys_management_committee_is_written_in_full(resolver: Resolver, mention: str,
                                                                  canonical: str) -> None:
    assert resolver.resolve_unit(mention, Context(level="city", jurisdiction="长沙市")).canonical == canonical
