"""The gazetteers: region and water-body canonical names, the topic taxonomy and the static graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from polkg.graph import ids
from polkg.nlp.gazetteer import Gazetteer, load

ROOT = Path(__file__).resolve().parent.parent

SCORED_TOPICS = {
    "VOCs", "PM2.5", "dust", "straw", "vehicles", "coal", "black_odorous_water", "drinking_water",
    "phosphorus", "livestock", "sludge", "solid_waste", "soil", "wetland", "climate",
}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load()


@pytest.mark.parametrize(("written", "canonical"), [
    ("雅安", "雅安市"),
    ("雅安市", "雅安市"),
    ("凉山", "凉山彝族自治州"),
    ("凉山州", "凉山彝族自治州"),
    ("长宁", "宜宾市长宁县"),
    ("乐山市市中区", "乐山市市中区"),
    ("四川省乐山市", "乐山市"),
    ("苏稽", "苏稽镇"),
    ("乐山市市中区苏稽镇", "苏稽镇"),
    ("成都平原", "成都平原经济区"),
    ("川南地区", "川南经济区"),
    ("川 西 北", "川西北生态示范区"),
    ("乐山市工业集中区", "乐山市工业集中区"),
    ("四川", "四川省"),
])
def test_region_canonical(gaz: Gazetteer, written: str, canonical: str) -> None:
    assert gaz.region(written) == canonical


def test_region_shared_name_needs_jurisdiction(gaz: Gazetteer) -> None:
    # 乐山 and 内江 both have a 市中区: without context the name is ambiguous.
    assert gaz.region("市中区") is None
    assert gaz.region("市中区", jurisdiction="乐山市") == "乐山市市中区"
    assert gaz.region("市中区", jurisdiction="乐山市市中区") == "乐山市市中区"
    assert gaz.region("市中区", jurisdiction="内江") == "内江市市中区"
    assert gaz.region("市中区", jurisdiction="苏稽镇") == "乐山市市中区"


def test_region_unknown(gaz: Gazetteer) -> None:
    assert gaz.region("各市（州）") is None
    assert gaz.region("相关市") is None
    assert gaz.region("各乡镇") is None


def test_townships_and_area_members(gaz: Gazetteer) -> None:
    towns = gaz.townships_of("乐山市市中区")
    assert {"苏稽镇", "杨湾乡", "罗汉镇", "青平镇", "张公桥街道"} <= set(towns)
    assert gaz.townships_of("内江市市中区") == []
    assert gaz.members_of("川南") == ["自贡市", "泸州市", "内江市", "宜宾市"]
    assert len(gaz.members_of("成都平原")) == 8


@pytest.mark.parametrize(("written", "canonical"), [
    ("岷江干流", "岷江"), ("岷江流域", "岷江"), ("长江上游", "长江"), ("新津南河", "南河"),
    ("紫坪铺水库", "紫坪铺水库"),
])
def test_water_canonical(gaz: Gazetteer, written: str, canonical: str) -> None:
    assert gaz.water(written) == canonical


def test_yangtze_economic_belt_is_not_the_river(gaz: Gazetteer) -> None:
    assert gaz.water("长江经济带") is None
    assert gaz.region("长江经济带") == "长江经济带"


@pytest.mark.parametrize(("written", "key"), [
    ("VOC<sub>s</sub>", "VOCs"), ("VOCs", "VOCs"), ("挥发性有机物", "VOCs"),
    ("$PM_{2.5}$", "PM2.5"), ("PM _{2.5}", "PM2.5"), ("ＰＭ２.５", "PM2.5"), ("细颗粒物", "PM2.5"),
    ("扬尘", "dust"), ("散煤", "coal"), ("黑臭水体", "black_odorous_water"), ("水源地", "drinking_water"),
    ("总磷", "phosphorus"), ("畜禽", "livestock"), ("危险废物", "solid_waste"), ("污染地块", "soil"),
    ("温室气体", "climate"), ("工业炉窑", "industrial_kilns"), ("餐饮油烟", "cooking_fumes"),
    ("重污染天气", "heavy_pollution"), ("臭氧", "ozone"), ("噪声", "noise"), ("农村生活污水", "rural_sewage"),
])
def test_topic_synonyms(gaz: Gazetteer, written: str, key: str) -> None:
    assert gaz.topic(written) == key


def test_taxonomy_covers_scored_keys(gaz: Gazetteer) -> None:
    assert set(gaz.topics) >= SCORED_TOPICS
    for key in SCORED_TOPICS:
        assert gaz.topics[key].synonyms, key
    for t in gaz.topics.values():
        assert t.broader is None or t.broader in gaz.topics


def test_static_graph_hierarchy(gaz: Gazetteer) -> None:
    g = gaz.static_graph()
    part_of = {(e.src, e.dst) for e in g.edges.values() if e.type == "PART_OF"}
    sichuan = ids.region_id("四川省")
    cities = {s for s, d in part_of if d == sichuan}
    assert len(cities) == 21
    districts = {s for s, d in part_of if d in cities}
    assert len(districts) == 183
    assert (ids.region_id("乐山市市中区"), ids.region_id("乐山市")) in part_of
    assert (ids.region_id("苏稽镇"), ids.region_id("乐山市市中区")) in part_of
    includes = {(e.src, e.dst) for e in g.edges.values() if e.type == "INCLUDES"}
    assert (ids.region_id("成都平原经济区"), ids.region_id("雅安市")) in includes
    node = g.nodes[ids.region_id("雅安市")]
    assert node.props["level"] == "city" and "雅安" in node.props["aliases"]  # type: ignore[operator]


def test_static_graph_river_network(gaz: Gazetteer) -> None:
    g = gaz.static_graph()
    into = {e.src: e.dst for e in g.edges.values() if e.type == "TRIBUTARY_OF"}
    chain = [ids.water_id("青衣江")]
    while chain[-1] in into:
        chain.append(into[chain[-1]])
    assert chain == [ids.water_id(n) for n in ("青衣江", "大渡河", "岷江", "长江")]
    for river in ("府河", "沱江", "嘉陵江", "涪江", "渠江", "金沙江", "安宁河", "磨池河"):
        w, seen = ids.water_id(river), set()
        while w in into and w not in seen:
            seen.add(w)
            w = into[w]
        assert w == ids.water_id("长江"), river
    assert g.nodes[ids.water_id("岷江")].extra_labels == ("River",)
    assert g.nodes[ids.water_id("紫坪铺水库")].props["type"] == "reservoir"


def test_static_graph_edges_point_at_nodes(gaz: Gazetteer) -> None:
    g = gaz.static_graph()
    for e in g.edges.values():
        assert e.src in g.nodes and e.dst in g.nodes, (e.type, e.src, e.dst)
    flows = {(e.src, e.dst) for e in g.edges.values() if e.type == "FLOWS_THROUGH"}
    assert (ids.water_id("府河"), ids.region_id("成都市")) in flows
    assert (ids.water_id("南河"), ids.region_id("成都市新津区")) in flows
    assert any(e.type == "BROADER" for e in g.edges.values())
    assert g.nodes[ids.topic_id("VOCs")].props["synonyms"]


# -- national layer: prefecture-level divisions of other provinces ----------------------------------------


@pytest.mark.parametrize(("written", "canonical"), [
    ("深圳", "深圳市"), ("东莞市", "东莞市"), ("广东省佛山市", "佛山市"), ("黔东南", "黔东南苗族侗族自治州"),
    ("黔东南州", "黔东南苗族侗族自治州"), ("延边", "延边朝鲜族自治州"), ("大兴安岭", "大兴安岭地区"),
    ("锡林郭勒", "锡林郭勒盟"), ("吉林市", "吉林市"), ("海南州", "海南藏族自治州"),
    ("粤东西北地区", "粤东西北"), ("粤北", "粤北"), ("苏南地区", "苏南"),
])
def test_prefecture_canonical(gaz: Gazetteer, written: str, canonical: str) -> None:
    assert gaz.region(written) == canonical


def test_every_prefecture_level_division(gaz: Gazetteer) -> None:
    cities = [p for p in gaz.places.values() if p.level == "city"]
    assert len(cities) == 333  # 民政部 2022: 293 地级市, 7 地区, 30 自治州, 3 盟
    assert all(gaz.places[c.parent or ""].level == "province" for c in cities)
    by_province: dict[str, int] = {}
    for c in cities:
        by_province[c.parent or ""] = by_province.get(c.parent or "", 0) + 1
    assert (by_province["广东省"], by_province["四川省"], by_province["新疆维吾尔自治区"]) == (21, 21, 14)
    assert gaz.ancestors("深圳市") == ["深圳市", "广东省"]


def test_shared_short_forms_stay_with_the_province_or_river(gaz: Gazetteer) -> None:
    # 吉林 and 海南 are the provinces; 黑河 the river; 兴安 sits inside 小兴安岭: none is a city on its own.
    assert gaz.region("吉林") == "吉林省"
    assert gaz.region("海南") == "海南省"
    assert gaz.region("黑河") is None and gaz.water("黑河") == "黑河"
    assert gaz.region("兴安") is None
    assert {"朝阳", "日照", "保定", "丽水"} <= gaz.weak
    shared = {k: v for k, v in gaz.forms.items() if len(v) > 1 and k not in {"市中区", "通江"}}
    # only the full names of county-level divisions are shared (朝阳区 of 北京 and of 长春): read in context
    assert all(all(gaz.places[p].level == "district" and p.endswith(k) for p in v) for k, v in shared.items()), \
        "a new shared name"
    assert gaz.region("通州区") is None
    assert gaz.region("通州区", "北京市") == "北京市通州区"
    assert gaz.region("通州区", "南通市") == "南通市通州区"


def test_provincial_planning_regions(gaz: Gazetteer) -> None:
    assert gaz.members_of("粤北") == ["韶关市", "河源市", "梅州市", "清远市", "云浮市"]
    assert set(gaz.members_of("粤东西北")) == {*gaz.members_of("粤东"), *gaz.members_of("粤西"),
                                               *gaz.members_of("粤北")}
    assert len(gaz.members_of("珠三角")) == 9
    assert not set(gaz.members_of("珠三角")) & set(gaz.members_of("粤东西北"))
    for area in ("粤东西北", "苏北", "豫北", "关中", "长株潭"):
        assert all(gaz.places[m].level == "city" for m in gaz.members_of(area)), area


@pytest.mark.parametrize(("text", "regions"), [
    ("支持深圳、佛山、东莞率先开展试点", ["深圳", "佛山", "东莞"]),
    ("推动粤东西北地区承接产业转移，加强粤北生态屏障建设", ["粤东西北", "粤北"]),
    ("确保定期开展监测，延长日照时数观测", []),  # 保定 and 日照 are weak: here ordinary words
    ("建设美丽水体，整治入海口", []),
    ("保定、廊坊联合开展执法", ["保定", "廊坊"]),  # a weak name inside a list of places
    ("黔东南州、红河州生态保护", ["黔东南州", "红河州"]),
])
def test_tagger_finds_prefectures(text: str, regions: list[str]) -> None:
    from polkg.nlp.tagger import Tagger
    assert Tagger().tag(text).regions == regions


# -- every division of China to county level (data/divisions.tsv) -----------------------------------------


@pytest.mark.parametrize(("written", "jurisdiction", "canonical"), [
    ("房县", None, "十堰市房县"), ("渝中区", None, "重庆市渝中区"), ("仙桃市", None, "湖北省仙桃市"),
    ("乐东县", None, "海南省乐东黎族自治县"), ("楚雄州", None, "楚雄彝族自治州"), ("通州", "北京市", "北京市通州区"),
    ("临夏州", None, "临夏回族自治州"), ("十堰市房县", None, "十堰市房县"),
])
def test_every_county_of_china(gaz: Gazetteer, written: str, jurisdiction: str | None, canonical: str) -> None:
    assert gaz.region(written, jurisdiction) == canonical
    assert gaz.ancestors(canonical)[-1].endswith(("省", "市", "自治区"))


def test_county_short_forms_outside_the_hand_kept_list_are_never_tagged() -> None:
    from polkg.nlp.tagger import Tagger
    # 延长 (延长县) and 合作 (合作市) are ordinary words here; 城区 and 郊区 are never places alone
    assert Tagger().tag("延长日照时数，加强合作，整治城区和郊区").regions == []
    assert Tagger().tag("房县、竹山县联合执法").regions == ["房县", "竹山县"]


@pytest.mark.parametrize(("written", "canonical"), [
    # an autonomous county is written with 县/旗 after its place name, the peoples' names dropped: the place
    # name ends where the first people's name begins (张家川 + 回族, not 张家 + 川回族)
    ("张家川县", "天水市张家川回族自治县"), ("阿克塞县", "酒泉市阿克塞哈萨克族自治县"),
    ("积石山县", "临夏回族自治州积石山保安族东乡族撒拉族自治县"), ("莫力达瓦旗", "呼伦贝尔市莫力达瓦达斡尔族自治旗"),
    ("前郭尔罗斯县", "松原市前郭尔罗斯蒙古族自治县"), ("木垒县", "昌吉回族自治州木垒哈萨克自治县"),
    ("东乡县", "临夏回族自治州东乡族自治县"), ("鄂伦春旗", "呼伦贝尔市鄂伦春自治旗"),
    # 水 of 陵水 is also the people 水族: the place name is never shorter than two characters
    ("陵水县", "海南省陵水黎族自治县"), ("白沙县", "海南省白沙黎族自治县"),
])
def test_autonomous_counties_by_their_usual_names(gaz: Gazetteer, written: str, canonical: str) -> None:
    assert gaz.region(written) == canonical
    assert gaz.places_in(f"{written}2021年农村人居环境整治工作方案") == [canonical]


@pytest.mark.parametrize(("text", "places"), [
    # a two-character county (沁县, 房县) is also part of words (完成县城, 清单县级): inside a sentence it is a place
    # when its government, its party committee or a year follows it
    ("关于印发沁县2025年政府工作报告任务分解的通知", ["长治市沁县"]),
    ("中共沁县县委沁县人民政府关于加强耕地保护的意见", ["长治市沁县", "长治市沁县"]),
    ("关于印发房县2021年大气污染防治攻坚战实施方案的通知", ["十堰市房县"]),
    ("完成县城改造，清单县级部门落实", []),
])
def test_a_two_character_county_inside_a_sentence(gaz: Gazetteer, text: str, places: list[str]) -> None:
    assert gaz.places_in(text) == places


def test_a_county_head_title_is_no_county() -> None:
    """代县长 is an acting county head (a Liaoning county's meeting report), not 代县 of Shanxi; 代县长城 still is."""
    text = (ROOT / "tests" / "realworld" / "hf_liaoning_fumeng_cwh66.txt").read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if "代县长" in x)
    assert "忻州市代县" not in load().places_in(line)
    assert load().places_in("代县长城保护") == ["忻州市代县"]
