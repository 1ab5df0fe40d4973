"""How a plan that never names its own place in its title, issuer or signature still gives it away (issue 9,
names8): the townships it names, read with its own level words (全县, 区住建局) and the short form of a county it
names (平利花园), and the zone of state standing whose units it lists."""

from __future__ import annotations

import pytest

from polkg.loaders import metadata

# tests/realworld/hw_shaanxi_pingli_shuangchuang_xuncha.txt (cut): 城关镇 is a township of 99 counties; the text
# names one of them by its short form (平利花园), and speaks as a county (县环卫站, 县气象局)
PINGLI = ("1、西大桥西侧河边堤岸警示牌沿线有垃圾死角和建筑垃圾。\n整改要求:由县环卫站负责清除上述地段垃圾死角。\n"
          "2、平利花园对面迎宾大道南围墙上有牛皮癣和野广告。\n整改要求:由包片单位县气象局负责清除。\n"
          "4、迎宾大道南侧沿线部分居户旱厕外露。\n整改要求:由城关镇负责组织拆除旱厕。\n"
          "5、由陈家坝沿线包片单位县职教中心、县消防大队、县委党校负责劝阻教育。\n")
# tests/realworld/hz5_zhejiang_ningbo_jiangbei_msss2023.txt (cut, simplified): one township, 慈城镇, which only
# 宁波市江北区 has, in a district's table (区住建局)
JIANGBEI = ("发布机构: 区府办 成文日期: 2023-02-03\n2023年区政府民生实事候选项目目标任务与责任分解表\n"
            "区住建局\n实施寺慈线路面提升及振兴桥危桥改造工程。\n区农业农村局\n实施洋市中心河道整治工程。\n"
            "慈城镇\n实施保黎路下穿立交、太平桥、慈孝大道泵站改造。\n")
# tests/realworld/ho_tianjin_dongli_bdbg2023.txt (cut; the page's place names were replaced by an advertisement):
# 金钟街道 is a street of 天津市东丽区 and a township of 曲靖市会泽县; the text speaks as a district (我区)
DONGLI = ("截至2023年2月27日,我区累计收到信访举报件789件。\n1 金钟街华粮道西侧南孙庄村老砖厂院内扬尘。"
          " 金钟街道 扬尘污染 经查,该企业已停产。\n2 金钟街道某企业噪声扰民。 金钟街道 噪声 区生态环境局已责令整改。\n")


@pytest.mark.parametrize(("text", "place"), [
    (PINGLI, "安康市平利县"),
    (JIANGBEI, "宁波市江北区"),
    (DONGLI, "天津市东丽区"),
])
def test_a_township_named_once_is_read_with_the_level_words_and_short_forms(text: str, place: str) -> None:
    found, why = metadata.explain_jurisdiction(text.splitlines()[0], None, None, text)
    assert found is not None and metadata.gazetteer.load().region(found) == place, why


def test_a_township_many_counties_have_and_no_other_clue_gives_no_place() -> None:
    text = "整改要求:由县环卫站负责清除。\n整改要求:由城关镇负责组织拆除旱厕。\n"
    assert metadata.explain_jurisdiction(text.splitlines()[0], None, None, text)[0] is None


# tests/realworld/hz8_yunnan_kunming_zhongxin.txt (cut): a city's plan (市园林绿化局, 全市) that names its lake only
# in the name of the bureau that keeps it; 滇池 lies in 昆明市 alone (data/waters.toml)
KUNMING = ("(十)提升“中国春城”城市美誉度(牵头单位:市园林绿化局)\n"
           "39. 持续壮大花卉产业。[责任单位:市农业农村局、市商务局、市林草局,各县(市)区人民政府]\n"
           "41. 推进湖泊保护治理。[责任单位:市滇池管理局、市水务局]\n")


def test_a_lake_that_lies_in_one_city_names_a_citys_plan() -> None:
    found, why = metadata.explain_jurisdiction(KUNMING.splitlines()[0], None, None, KUNMING)
    assert found == "昆明市", why


def test_a_lake_of_one_city_does_not_make_a_countys_plan_the_citys() -> None:
    text = "全县推进湖泊保护。\n县水务局牵头,县生态环境局配合,参照滇池治理经验。\n"
    assert metadata.explain_jurisdiction(text.splitlines()[0], None, None, text)[0] is None


def test_a_plan_of_a_zone_of_state_standing_governs_the_zone() -> None:
    """tests/realworld/hv_shaanxi_yangling_swj_zrs2019.txt: 杨凌示范区 is no administrative division; its bureaus
    (示范区水务局) are the zone's, by the zone's full name."""
    from polkg.graph.resolve import Context, Resolver
    title = "杨凌示范区水务局 2019年度(分季)目标责任书"
    text = f"{title}\n部门(单位):示范区水务局  责任人:王西宁\n建成国家水生态文明城市。\n"
    place, _ = metadata.explain_jurisdiction(title, None, None, text)
    assert (place, metadata.level_of(place, None, None)) == ("杨凌农业高新技术产业示范区", "city")
    unit = Resolver().resolve_unit("示范区水务局", Context(level="city", jurisdiction=place, year=2019))
    assert unit.canonical == "杨凌农业高新技术产业示范区水务局"


def test_an_addressee_line_read_as_a_title_names_no_place() -> None:
    """tests/realworld/ho_shaanxi_yangling_zdxm2016.txt lost its heading: its first line names whom the notice
    goes to (杨陵区人民政府), its signature the issuer (杨凌示范区管委会)."""
    title = "杨陵区人民政府,管委会各工作部门、各直属机构:"
    text = f"{title}\n示范区考核办、督查室要加大考核督查力度。\n杨凌示范区管委会\n2016年2月5日\n"
    assert metadata.explain_jurisdiction(title, "杨凌示范区管委会", None, text)[0] == "杨凌农业高新技术产业示范区"


@pytest.mark.parametrize(("mention", "jurisdiction", "canonical"), [
    # tests/realworld/hz5_anhui_chuzhou_zdgz2020.txt: 滁州's is a national 经济技术开发区 (data/units.toml [zones])
    ("滁州经开区管委会", "滁州市", "滁州经济技术开发区管理委员会"),
    # tests/realworld/hy_sichuan_dazhou_gzbg2021.txt, hy_sichuan_dazhou_jinshao2019.txt: 达州's a province's
    ("达州经开区", "达州市", "达州经济开发区管理委员会"),
    ("经开区管委会", "达州市", "达州经济开发区管理委员会"),
])
def test_a_jingkaiqu_is_written_in_full_by_the_national_list(mention: str, jurisdiction: str,
                                                             canonical: str) -> None:
    from polkg.graph.resolve import Context, Resolver
    unit = Resolver().resolve_unit(mention, Context(level="city", jurisdiction=jurisdiction, year=2020))
    assert unit.canonical == canonical


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    # tests/realworld/hz8_sichuan_yibin_tizhigaige.txt: an office of a government written with 政府 alone
    ("市政府法制办", ("city", "宜宾市"), "宜宾市人民政府法制办公室"),
    ("市政府研究室", ("city", "宜宾市"), "宜宾市人民政府研究室"),
    ("市政府采购中心", ("city", "宜宾市"), "宜宾市政府采购中心"),  # 政府采购 is a word
    # tests/realworld/ho_national_gwyb_gansu2010.txt: a central state company by its short name
    ("中石油集团", ("national", None), "中国石油天然气集团有限公司"),
    ("中石化", ("province", "甘肃省"), "中国石油化工集团有限公司"),
])
def test_governments_offices_and_central_companies_in_full(mention: str, ctx: tuple[str, str | None],
                                                           canonical: str) -> None:
    from polkg.graph.resolve import Context, Resolver
    level, place = ctx
    unit = Resolver().resolve_unit(mention, Context(level=level, jurisdiction=place, year=2016))  # type: ignore[arg-type]
    assert unit.canonical == canonical


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    # tests/realworld/hz7_beijing_shunyi_aoyun2008.txt: Beijing's 农委 is its 农村工作委员会, at every level
    ("区农委", ("district", "北京市顺义区"), "北京市顺义区农村工作委员会"),
    ("市农委", ("city", "西安市"), "西安市农业委员会"),
    # tests/realworld/hw_chongqing_aqsc2025_zbb.txt: the short name of the plan's own place before a department
    ("重庆地震局", ("province", "重庆市"), "重庆市地震局"),
    ("乐山环保局", ("district", "乐山市市中区"), "乐山市环境保护局"),
    ("重庆大学", ("province", "重庆市"), "重庆大学"),  # no department: kept as written
    ("乐山日报社", ("district", "乐山市市中区"), "乐山日报社"),
])
def test_local_names_and_the_plans_own_short_name(mention: str, ctx: tuple[str, str], canonical: str) -> None:
    from polkg.graph.resolve import Context, Resolver
    level, place = ctx
    unit = Resolver().resolve_unit(mention, Context(level=level, jurisdiction=place))  # type: ignore[arg-type]
    assert unit.canonical == canonical


def test_a_townships_notice_naming_its_township_once_is_that_townships() -> None:
    """tests/realworld/hu_guangdong_zhongshan_minzhong_jiaotong.txt (cut): 我镇, 全镇 and one township of the
    national list, which one place alone has (民众镇: 中山市)."""
    text = ("各村(社区居)委会、各有关单位:\n为进一步推进“文明交通行动计划”组织实施工作,结合我镇实际,特成立民众镇实施"
            "“文明交通行动计划”领导小组。\n1、协调全镇交通安全工作的正常运转。\n")
    assert metadata.explain_jurisdiction(text.splitlines()[0], None, None, text)[0] == "民众镇"


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    # tests/realworld/hu_guangdong_zhongshan_minzhong_jiaotong.txt: a brigade of the city's traffic detachment
    ("交警民众大队", ("township", "民众镇"), "中山市公安局交通警察支队民众大队"),
    # tests/realworld/ho_henan_dengfeng_xuzhuang_aqsc2017.txt, were its county known: a squadron of the county's
    ("交警六中队", ("district", "登封市"), "登封市公安局交通警察大队六中队"),
    ("交警六中队", ("district", None), "交警六中队"),  # no county known: as written
])
def test_traffic_police_brigades_and_squadrons(mention: str, ctx: tuple[str, str | None], canonical: str) -> None:
    from polkg.graph.resolve import Context, Resolver
    level, place = ctx
    unit = Resolver().resolve_unit(mention, Context(level=level, jurisdiction=place))  # type: ignore[arg-type]
    assert unit.canonical == canonical


@pytest.mark.parametrize(("mention", "canonical"), [
    # a one-character county's Party organs all carry 县 again, its divisions as its departments
    ("县委督查室", "中共房县县委督查室"),
    ("县委宣传部", "中共房县县委宣传部"),
    ("县档案馆", "房县档案馆"),
])
def test_a_one_character_countys_party_organs_and_archives(mention: str, canonical: str) -> None:
    from polkg.graph.resolve import Context, Resolver
    unit = Resolver().resolve_unit(mention, Context(level="district", jurisdiction="房县", year=2021))
    assert unit.canonical == canonical


@pytest.mark.parametrize(("mention", "canonical"), [
    # tests/realworld/ho_shaanxi_yangling_zdxm2016.txt: a zone has a 管理委员会, no 人民政府
    ("督查室", "杨凌农业高新技术产业示范区管理委员会督查室"),
    ("管委会", "杨凌农业高新技术产业示范区管理委员会"),
    ("示范区管委会", "杨凌农业高新技术产业示范区管理委员会"),
])
def test_a_zones_government_is_its_management_committee(mention: str, canonical: str) -> None:
    from polkg.graph.resolve import Context, Resolver
    ctx = Context(level="city", jurisdiction="杨凌农业高新技术产业示范区", year=2016)
    assert Resolver().resolve_unit(mention, ctx).canonical == canonical


@pytest.mark.parametrize(("mention", "ctx", "canonical"), [
    # tests/realworld/hq_anhui_xuancheng_ljfl_zhize.txt: a system named by a department's own stem is that
    # department, and a city's 发展和改革 its 委员会
    ("自然资源和规划部门", ("city", "宣城市"), "宣城市自然资源和规划局"),
    ("发展和改革部门", ("city", "宣城市"), "宣城市发展和改革委员会"),
    ("发展和改革部门", ("district", "房县"), "房县发展和改革局"),
    ("自然资源部门", ("city", "宣城市"), "宣城市自然资源局"),
])
def test_a_system_named_by_a_departments_own_stem(mention: str, ctx: tuple[str, str], canonical: str) -> None:
    from polkg.graph.resolve import Context, Resolver
    level, place = ctx
    unit = Resolver().resolve_unit(mention, Context(level=level, jurisdiction=place, year=2021))  # type: ignore[arg-type]
    assert unit.canonical == canonical


# tests/realworld/hq_henan_nanyang_yigaishuangyou_ducha2014.txt (cut, simplified): no title, no level words; it
# names 南阳市 three times and a district inside it once
NANYANG = ("7月1日至4日,市“一改双优”活动办公室组织力量,对城区7个重大项目推进落实情况进行督查。\n"
           "1.中关村南阳科技园项目(一期),要求6月底完成物探。责任单位:高新区。\n"
           "2.南阳市宛城区棚户区改造项目。责任单位:市城乡一体化示范区。\n"
           "3.南阳市中心城区道路提升。南阳市住建局牵头。\n")


def test_the_place_holding_every_place_named_and_named_most() -> None:
    from polkg.graph.resolve import Context, Resolver
    place, why = metadata.explain_jurisdiction("", None, None, NANYANG)
    assert place == "南阳市", why
    ctx = Context(level="city", jurisdiction=place)
    assert Resolver().resolve_unit("市城乡一体化示范区", ctx).canonical == "南阳市城乡一体化示范区管理委员会"


def test_places_in_two_cities_have_no_common_place_of_their_own() -> None:
    text = "南阳市推进改造。\n南阳市宛城区落实。\n郑州市配合。\n"
    assert metadata.explain_jurisdiction("", None, None, text)[0] != "南阳市"


@pytest.mark.parametrize(("mention", "year", "canonical"), [
    # tests/realworld/rw_beijing_vehicle_emission_p2.txt: a system written by its old name in a plan of no known
    # year is the old department, as 环保局 is; a later plan's the renamed one
    ("环保部门", None, "北京市环境保护局"),
    ("环保部门", 2021, "北京市生态环境局"),
    ("生态环境部门", None, "北京市生态环境局"),
    # 交通 is also the short form of 交通运输 (tests/realworld/hq_guangxi_mengshan_jiaotong2013.txt)
    ("交通部门", None, "北京市交通委员会"),
])
def test_a_system_written_by_its_old_name(mention: str, year: int | None, canonical: str) -> None:
    from polkg.graph.resolve import Context, Resolver
    unit = Resolver().resolve_unit(mention, Context(level="province", jurisdiction="北京市", year=year))
    assert unit.canonical == canonical


@pytest.mark.parametrize(("mention", "place", "canonical"), [
    # tests/realworld/hq_tianjin_szf_cwh15_ft.txt: the province's pilot free trade zone (data/units.toml [zones])
    ("自贸试验区", "天津市", "中国（天津）自由贸易试验区管理委员会"),
    ("自贸区", "成都市", "中国（四川）自由贸易试验区管理委员会"),
])
def test_a_provinces_free_trade_zone(mention: str, place: str, canonical: str) -> None:
    from polkg.graph.resolve import Context, Resolver
    unit = Resolver().resolve_unit(mention, Context(level="city", jurisdiction=place))
    assert unit.canonical == canonical
