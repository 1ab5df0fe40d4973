"""The tagger on real sentences of the corpus and on small fixtures."""

from __future__ import annotations

import re

import pytest

from polkg.nlp.tagger import Mentions, Tagger, _pipeline, normalise
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger()


def sentence(doc: str, needle: str) -> str:
    """The sentence (up to 。 or a line end) of a corpus file that contains ``needle``."""
    text = next(CORPUS.glob(f"{doc}_*.txt")).read_text(encoding="utf-8")
    i = text.index(needle)
    start = max(text.rfind("。", 0, i), text.rfind("\n", 0, i)) + 1
    ends = [j for j in (text.find("。", i), text.find("\n", i)) if j >= 0]
    return text[start : min(ends) + 1]


def test_rivers_and_city_in_a_list(tagger: Tagger) -> None:
    m = tagger.tag(sentence("000", "新津南河"))
    assert {"府河", "新津南河", "江安河", "毛河", "茫溪河", "岷江"} <= set(m.rivers)
    assert m.regions == ["成都市", "眉山市", "乐山市"]
    m = tagger.tag(sentence("000", "达州市州河"))
    assert {"凯江", "州河"} <= set(m.rivers) and "达州市" in m.regions
    assert "州河" not in tagger.tag("各市州河长要加强巡河").rivers  # 州 of 市州 + 河 of 河长


def test_township_short_names_in_a_list(tagger: Tagger) -> None:
    m = tagger.tag(sentence("004", "苏稽、牟子"))
    assert m.regions[-4:] == ["苏稽", "牟子", "水口", "杨湾"]


def test_weak_names_outside_a_list(tagger: Tagger) -> None:
    # 水口 in 取排水口 is a water outlet, 安谷 in 安谷电站 a power station: not places.
    assert "水口" not in tagger.tag(sentence("002", "取排水口")).regions
    m = tagger.tag(sentence("004", "大渡河安谷"))
    assert "安谷" not in m.regions
    assert {"大渡河", "青衣江"} <= set(m.rivers)


def test_yangtze_belt_is_a_region(tagger: Tagger) -> None:
    m = tagger.tag("推动长江经济带发展，加强长江干流和岷江干流保护")
    assert m.regions == ["长江经济带"]
    assert m.rivers == ["长江", "岷江"]
    only_belt = tagger.tag("落实长江经济带发展战略")
    assert only_belt.rivers == [] and only_belt.regions == ["长江经济带"]


def test_markup_topics_on_corpus(tagger: Tagger) -> None:
    assert "VOCs" in tagger.tag(sentence("001", "VOC<sub>s</sub>")).topics
    assert "PM2.5" in tagger.tag(sentence("001", "PM_{2.5}")).topics
    assert "PM2.5" in tagger.tag(sentence("003", "PM _{2.5}")).topics


def test_names_in_cited_titles_are_skipped(tagger: Tagger) -> None:
    s = sentence("002", "《四川省岷江、沱江")
    assert "《四川省岷江" in re.sub(r"\s+", "", s)
    m = tagger.tag(s)
    assert "岷江" not in m.rivers and "沱江" not in m.rivers


def test_area_written_with_generic_word(tagger: Tagger) -> None:
    m = tagger.tag(sentence("003", "川南地区"))
    assert {"川南", "川东北"} <= set(m.regions)


def test_generic_groups_and_province_not_listed(tagger: Tagger) -> None:
    m = tagger.tag("各市（州）、相关市、各乡镇和全省要加强四川省秸秆禁烧，雅安、乐山市工业集中区配合")
    assert m == Mentions(topics=["straw"], rivers=[], regions=["雅安", "乐山市工业集中区"])


def test_topics_blocked_by_longer_phrase(tagger: Tagger) -> None:
    assert "open_burning" not in tagger.tag("建设生活垃圾焚烧发电厂").topics
    assert "open_burning" in tagger.tag("严禁露天焚烧").topics
    assert "soil" not in tagger.tag("治理坡耕地水土流失").topics


def test_normalise_keeps_offsets() -> None:
    text = "加强 VOC<sub>s</sub> 治理"
    n = normalise(text)
    assert n.text == "加强vocs治理"
    assert text[n.origin[n.text.index("治")]] == "治"


def test_pipeline_built_once() -> None:
    assert Tagger()._p is Tagger()._p is _pipeline()


def test_whole_corpus_rivers_reach_known_names(tagger: Tagger) -> None:
    """Every line of the corpus tags without error, and the main rivers of the plans are found."""
    found: set[str] = set()
    for path in sorted(CORPUS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            found.update(tagger.tag(line).rivers)
    assert {"岷江", "沱江", "嘉陵江", "大渡河", "青衣江", "长江", "金沙江", "泸沽湖", "紫坪铺水库"} <= found


def test_matcher_finds_what_spacy_phrase_matcher_finds() -> None:
    """The compiled matcher replaced spaCy's PhraseMatcher over a blank zh pipeline (one token per character):
    on every line of the corpus and the real-world plans it reports the same spans with the same labels, and a
    blocking phrase before a topic on the same span (that order decides their tie; spaCy's order of other
    labels on one span follows its hash table, and the tagger keeps them in separate lists)."""
    spacy = pytest.importorskip("spacy")
    from spacy.matcher import PhraseMatcher

    from polkg.nlp.tagger import Matcher, match_text
    from tests.conftest import ROOT

    by_label: dict[str, list[str]] = {}
    for form, labels in _pipeline().matcher.labels.items():
        for label in labels:
            by_label.setdefault(label, []).append(form)
    by_label["TOPIC"].append("长江")  # a phrase under every label: their order on one span
    by_label["BLOCK"].append("长江")
    vocabularies = [(label, by_label[label]) for label in ("TOPIC", "BLOCK", "PLACE", "WATER")]
    matcher = Matcher(vocabularies)
    nlp = spacy.blank("zh")
    reference = PhraseMatcher(nlp.vocab)
    for label, forms in vocabularies:
        reference.add(label, [nlp.make_doc(f) for f in forms])
    files = [*CORPUS.glob("*.txt"), *(ROOT / "tests" / "realworld").glob("*.txt")]
    lines = [match_text(line) for p in sorted(files) for line in p.read_text(encoding="utf-8").splitlines()]
    checked = 0
    for line in lines:
        want = [(nlp.vocab.strings[k], s, e) for k, s, e in reference(nlp.make_doc(line))]
        got = [(s.label_, s.start, s.end) for s in matcher(line)]
        assert sorted(got) == sorted(want), line
        topics = ("TOPIC", "BLOCK")
        assert [h for h in got if h[0] in topics] == [h for h in want if h[0] in topics], line
        checked += len(want)
    assert checked > 1000


def test_place_heading_a_unit_school_or_road_is_not_a_mention(tagger: Tagger) -> None:
    # real sentences of tests/realworld (海南 民生实事, 吉水 政府工作报告, 上海静安 重点工作)
    assert tagger.tag("海南省教育厅负责初中教室照明改造和全省中小学生视力监测两个项目;").regions == []
    assert tagger.tag("由安徽局党组追究责任单位和相关责任人的责任").regions == []
    assert tagger.tag("完成吉水二中迁建项目", "吉安市吉水县").regions == []
    assert tagger.tag("启动大竹县第十二小学建设", "达州市大竹县").regions == []
    assert tagger.tag("做强南京西路片区").regions == []
    assert tagger.tag("落实静安区单元规划", "上海市静安区").regions == ["静安区"]
    assert tagger.tag("乐山市、雅安市发展改革委配合").regions == ["乐山市"]


def test_traditional_text_reported_as_written(tagger: Tagger) -> None:
    m = tagger.tag("石嘴山紅崖子黃河公路大橋、國道344線吳忠至靈武段等項目")
    assert m.rivers == ["黃河"]
    assert m.regions[:1] == ["石嘴山"] and {"吳忠", "靈武"} <= set(m.regions)


def test_main_rivers_of_other_provinces(tagger: Tagger) -> None:
    m = tagger.tag("贵州省政府决定在乌江、沅水、都柳江、牛栏江-横江、南盘江、北盘江、红水河、赤水河等八大水系")
    assert m.rivers == ["乌江", "沅水", "都柳江", "牛栏江", "横江", "南盘江", "北盘江", "红水河", "赤水河"]
    assert tagger.tag("湟水河、大通河流域综合治理").rivers == ["湟水河", "大通河"]
    # a weak name is an ordinary word outside a list; a name that is also a place reads as the place
    assert tagger.tag("维修河道和堤防").rivers == []
    assert tagger.tag("黑龙江省生态环境厅").rivers == []


def test_county_short_forms_only_in_a_list_or_route(tagger: Tagger) -> None:
    assert tagger.tag("辛集、新乐积极创建省级文明城市").regions == ["辛集", "新乐"]
    assert tagger.tag("建设武汉至天门高速公路").regions == ["武汉", "天门"]
    assert tagger.tag("抢抓国家大力支持武汉振兴的机遇").regions == ["武汉"]  # 振兴 is 振兴区 short, here a verb
    assert tagger.tag("推进武汉天河机场三期").regions == ["武汉"]  # 天河 (天河区 short) glued to 武汉, and an airport


def test_own_township_and_county_short_form(tagger: Tagger) -> None:
    # a township plan names itself (中子镇 is not in the gazetteer); a county plan writes itself short
    assert tagger.tag("成立中子镇安全生产专项工作领导小组", "中子镇").regions == ["中子镇"]
    assert tagger.tag("加快构建具有辽中特色的现代化产业体系", "沈阳市辽中区").regions == ["辽中"]
    assert tagger.tag("加快构建具有辽中特色的现代化产业体系").regions == []  # a weak short form elsewhere
    assert tagger.tag("生态局东安分局排查工业污水", "牡丹江市东安区").regions == []  # a unit's name


def test_water_body_over_county_short_form(tagger: Tagger) -> None:
    # 太湖 is also the short form of 太湖县 (安徽): a weak place, so the lake wins
    assert tagger.tag("加强太湖沿岸生态修复，推进环太湖地区面源污染治理和湿地保护。").rivers == ["太湖"]


def test_topic_only_where_the_task_names_it(tagger: Tagger) -> None:
    # real sentences of tests/realworld: farmland as land (not soil), pigs as farm output, charging posts and
    # bus stops as infrastructure, and a topic inside the name of a leading group, do not make the task about it
    assert tagger.tag("从耕地资源向整个国土资源拓展,宜粮则粮。稳定生猪生产长效性支持政策").topics == []
    assert tagger.tag("建成加气站294座、充换电站107座、充电桩18 8万个").topics == []
    assert tagger.tag("(3)改造提升火車站站前廣場,實施城區立體停車場、公交車站、充電樁建設。").topics == []
    group = "1.成立绵阳市大气 、水、土壤污染防治“三大战役”领导小组,由市人民政府主要领导任组长"
    assert "soil" not in tagger.tag(group).topics
    # the concept itself still counts (corpus 000, 004)
    assert tagger.tag("全省受污染耕地安全利用率达到90%左右").topics == ["soil"]
    assert tagger.tag("完成全省耕地土壤环境质量类别划定").topics == ["soil"]
    assert tagger.tag("推进生猪、牛羊畜禽粪污资源化利用").topics == ["livestock"]
    # and its other usual writings (tests/realworld: 电煤消耗总量控制)
    assert tagger.tag("实施电力、钢铁等行业主要污染物排放总量和电煤消耗总量控制").topics == ["coal"]
    found = tagger.tag("加强挥发性有机污染物治理,严禁焚烧秸杆,规范渣土车运输").topics
    assert {"VOCs", "straw", "vehicles"} <= set(found)


def test_place_in_a_dateline_title_or_organisation_is_not_a_mention(tagger: Tagger) -> None:
    # real sentences of tests/realworld: a news dateline, an official's title, a company, a school
    assert tagger.tag("央广网贵阳9月3日消息(记者陈屹)近日,记者从贵州省政府办公厅获悉").regions == []
    assert tagger.tag("9月17日,锦州市代市长于学利对海洋督察整改工作做出批示").regions == []
    assert tagger.tag("开封供电公司牵头,负责组织开展对供电安全领域的专项整治工作。").regions == []
    assert tagger.tag("保障芜职院现代物流智造学院秋季开学,支持芜湖科技工程学校发展").regions == []
    assert tagger.tag("海南省教育厅、海南省旅文厅共同负责为全省小学配备AED").regions == []
    assert tagger.tag("推进成都市城市布局优化").regions == ["成都市"]
    assert tagger.tag("完成青阳县托幼中心备案工作").regions == []
    assert tagger.tag("建设成都国际消费中心城市").regions == ["成都"]


def test_county_written_after_its_city_is_the_county(tagger: Tagger) -> None:
    # real sentences of tests/realworld: the mention is the most specific place, when its own name is unique
    m = tagger.tag("积极协调巴中平昌县、通川区做好巴河及其它干、支流入境联防联控工作")
    assert m.regions == ["平昌县", "通川区"]
    m = tagger.tag("統籌協調遂寧市、資陽市,遂寧市安居區、安岳縣、樂至縣瓊江流域水污染防治攻堅工作")
    assert m.regions == ["遂寧市", "資陽市", "安居區", "安岳縣", "樂至縣"]


def test_townships_the_gazetteer_does_not_list(tagger: Tagger) -> None:
    # real sentences of tests/realworld: a township, town or sub-district is named as such, after a place, a
    # separator or a verb; generic words (各乡镇, 特色小镇, 城乡, 镇政府, 我镇, 整镇) and villages are not read
    m = tagger.tag("积极协调巴中平昌县、通川区做好巴河及其它干、支流入境联防联控工作,从而实现石桥镇境内巴河的共建")
    assert "石桥镇" in m.regions
    assert tagger.tag("区政府明确由区生态环境局、金钟街道负责核查处理。").regions == ["金钟街道"]
    assert tagger.tag("取消横州市粪污资源化利用整县推进项目中马岭镇粪污集中处理中心").regions == ["横州市", "马岭镇"]
    m = tagger.tag("加快建設銀川東線公路(永寧縣望洪鎮—興慶區掌政鎮)等項目;")
    assert {"望洪鎮", "掌政鎮"} <= set(m.regions)
    assert tagger.tag("2025年,成安县商城镇生产团结西干渠镇、村两级河长巡查522次").regions == ["成安县", "商城镇"]
    assert tagger.tag("加强对“原石桥镇、道让、洛车、永进、新场、八一、沿河、香隆”等").regions[:1] == ["石桥镇"]
    assert tagger.tag("实施《设施改造》等10件土官镇民生实事").regions == ["土官镇"]
    assert tagger.tag("区委和街道党工委要加强领导").regions == []
    assert tagger.tag("大力支持蘭州新區建設").regions == ["蘭州新區"]
    assert tagger.tag("加快建设以中新知识城、南沙科学城为极点").regions == ["中新知识城", "南沙科学城"]
    assert tagger.tag("加快開展寧東至濱河新區快速通道等項目前期工作").regions == ["濱河新區"]
    assert tagger.tag("编制新区规划,支持国家高新区和城市新区建设").regions == []
    assert tagger.tag("3、新安街道办事处。加强环境保护宣传力度").regions == []  # a unit
    assert tagger.tag("打造整镇连片现代粮食基地;硬化村组道路,改造机关新村老旧小区").regions == []
    generic = "各乡镇要落实属地责任,推进特色小镇和美丽乡村建设,建设城乡一体化,镇政府负责。我镇打造县、乡、村三级体系"
    assert tagger.tag(generic).regions == []


def test_water_bodies_the_gazetteer_does_not_list(tagger: Tagger) -> None:
    # real sentences of tests/realworld: a reservoir, river or lake named by its own name
    assert tagger.tag("加快推进土地滩水库建设。").rivers == ["土地滩水库"]
    assert tagger.tag("启动建设东柳河城区段综合治理工程和东湖湿地公园。").rivers == ["东柳河"]
    assert tagger.tag("(五)龍感湖湖長:李建中 省政府副省長").rivers == ["龍感湖"]
    assert tagger.tag("(八)天河湖湖長:周喜安 省政府副省長").rivers == ["天河湖"]
    assert tagger.tag("建设幸福河湖,落实河湖长制,保护江河湖泊,推进江湖治理").rivers == []
    assert tagger.tag("深化河湖水系连通运行管理").rivers == []  # corpus 004
    assert "巴河" in tagger.tag("积极协调巴中平昌县、通川区做好巴河及其它干、支流入境联防联控工作").rivers
    generic = "加强小型水库、病险水库除险加固,整治江河湖泊和沟渠,拓宽融资渠道,保护母亲河,清理河道"
    assert tagger.tag(generic).rivers == []


def test_match_text_replaces_exactly_what_translating_each_character_gives() -> None:
    """match_text replaces only the characters one regex scan finds: the scan must find every character
    whose matching form differs, and the result must be the per-character translation."""
    from polkg.nlp import tagger

    changing = tagger._changing()
    for code in range(0x10000):
        c = chr(code)
        assert (tagger._FORMS[code] != c) == bool(changing.match(c)), hex(code)
    for text in ("VOC<sub>s</sub>排放（ＰＭ２.５）", "$PM_{2.5}$ 浓度 下降", "𝐀𝐁 ⅱ 黃河", ""):
        assert tagger.match_text(text) == tagger.MARKUP.sub("", text.translate(tagger._FORMS))


def test_water_bodies_confirmed_by_their_list(tagger: Tagger) -> None:
    # real sentences of tests/realworld: a list of water bodies is confirmed once, by its last name or a known one
    assert tagger.tag("年内完成应山河、广水河管理范围矢量数据采集。").rivers == ["应山河", "广水河"]
    assert tagger.tag("實施姚江、甬江江堤設施設備修復提升工程。").rivers == ["姚江", "甬江"]
    assert tagger.tag("改造先锋河和大沽排污河中心城区段,实施河道清淤。").rivers == ["先锋河", "大沽排污河"]
    assert tagger.tag("实施滹沱河生态综合整治,磁河、木刀沟改造及生态恢复工程。").rivers == ["滹沱河", "磁河", "木刀沟"]
    ditches = "鸿雁渠、一干渠、新二干、老二干、三干渠、青年渠、岳胡庄输水渠、倪屯输水渠涉及乡镇"
    assert tagger.tag(ditches).rivers == ["三干渠", "青年渠", "岳胡庄输水渠", "倪屯输水渠"]  # 新二干 breaks the run
    # two names by form with nothing to confirm them are not enough (沿河、沿江 are words)
    assert tagger.tag("推进沿河、沿江绿化带建设").rivers == []


def test_water_bodies_ending_in_a_generic_word(tagger: Tagger) -> None:
    assert tagger.tag("東大河整治工程開工。").rivers == ["東大河"]
    assert tagger.tag("完成京杭大运河综合整治").rivers == ["京杭大运河"]
    assert tagger.tag("重点打造周汉河以南、河阳路以北4平方公里的先导区").rivers == ["周汉河"]
    for words in ("以河湖综合治理为重点", "持续改善河湖水环境", "推进运河综合治理", "整治小河沟渠", "推进过江通道建设",
                  "强力推进重要江河湖水域岸线保护", "重点河湖生态流量保障目标满足程度达到90%以上"):
        assert tagger.tag(words).rivers == [], words


def test_water_body_heading_the_name_of_a_thing_is_not_a_mention(tagger: Tagger) -> None:
    assert tagger.tag("多次发文,提出长江路存在重大火灾隐患").rivers == []
    for thing in ("建设黄河大道", "汉江集团", "长江证券", "漓江学院", "长江委"):
        assert tagger.tag(thing).rivers == [], thing
    assert tagger.tag("加快吴忠利青黄河大桥前期工作").rivers == ["黄河"]  # a bridge over the river
    assert tagger.tag("长江路段水质").rivers == ["长江"]


def test_urban_areas_and_development_zones_by_their_kind_word(tagger: Tagger) -> None:
    assert tagger.tag("推进罗源湾片区、长乐片区无废园区建设").regions == ["罗源湾片区", "长乐片区"]
    assert tagger.tag("2025年兴国经开区安全生产").regions == ["兴国经开区"]
    assert tagger.tag("突出抓好东部兴凯湖和三江平原防洪").regions == ["三江平原"]
    for words in ("完成全市垃圾分类片区建设任务", "重点开展片区改造", "打造活力新区", "修编经济开发区规划"):
        assert tagger.tag(words).regions == [], words


def test_words_where_a_township_name_would_stand(tagger: Tagger) -> None:
    # real sentences of tests/realworld: levels, a title and ordinary words before 镇 / 街道
    assert tagger.tag("要求镇、村两级河长按照所负责的河道巡河").regions == []
    assert tagger.tag("卓江生镇长指出,要细化工作计划表").regions == []
    assert tagger.tag("组织领导街道成立微网格划分工作领导小组").regions == []
    assert tagger.tag("全市实现90%以上街镇垃圾分类实效达标").regions == []
    assert tagger.tag("三、实施保障镇财政每年安排专项经费150万元").regions == []


def test_places_in_lists_routes_and_named_areas(tagger: Tagger) -> None:
    assert tagger.tag("推进宁陕、平利两县公立医院改革试点").regions == ["宁陕", "平利"]
    assert tagger.tag("开工建设古交-娄烦-方山高速").regions == ["古交", "娄烦", "方山"]
    assert tagger.tag("在城六区限制新建经营场所").regions == ["城六区"]
    assert tagger.tag("不断彰显“农科水韵、生态杨凌”鲜明特色").regions == ["杨凌"]
    assert tagger.tag("第十一组|市国资委|高陵县").regions == ["高陵县"]  # 高陵区 since 2014
    assert tagger.tag("龍江森工集團、伊春森工集團、省監獄管理局").regions == []


def test_four_character_townships_and_words_before_them(tagger: Tagger) -> None:
    m = tagger.tag("在互助县南门峡磨尔沟村、互助县哈拉直沟乡魏家堡村开展示范")
    assert "哈拉直沟乡" in m.regions
    for words in ("打造舒适宜居的文明苏木镇为目标", "计划投资1700万元进行镇初中的二期附属工程建设", "打造中国最美茶乡"):
        assert tagger.tag(words).regions == [], words


def test_county_named_like_a_river_in_a_list_of_places(tagger: Tagger) -> None:
    m = tagger.tag("开工建设东部绥滨、八五九、二九○、虎林、饶河等灌区5个渠首工程")
    assert (m.rivers, m.regions) == ([], ["虎林", "饶河"])
    assert tagger.tag("合肥、巢湖流域治理").rivers == ["巢湖"]
    assert tagger.tag("太湖、巢湖治理").rivers == ["太湖", "巢湖"]


def test_place_beginning_the_name_of_a_gorge_or_canal_is_not_a_mention(tagger: Tagger) -> None:
    m = tagger.tag("完成杨凌宝鸡峡支渠-韦漆渭河流水系连通水生态修复工程")
    assert "宝鸡" not in m.regions and "杨凌" in m.regions
    assert tagger.tag("宝鸡市、咸阳市").regions == ["宝鸡市", "咸阳市"]
