"""Table and label-list shapes whose reading sits in the engine (issue 8): a column of unit cells spread over
its own rows, cells broken over lines, one-line plans, label lines under a heading."""

from __future__ import annotations

from polkg.loaders import engine
from polkg.loaders.text import compact
from tests.helpers import having, roles, snippet

# rw_sichuan_meishan_minsheng2021 (2021年眉山市30件民生实事责任分工表): a table flattened column by column; the
# figures of the block above (0.13, 200, 50) are data, not 序号 cells, and one item cell runs past 60 characters.
MEISHAN = "\n".join([
    "青神县",
    "",
    "0.13",
    "",
    "200",
    "",
    "140",
    "",
    "100",
    "",
    "200",
    "",
    "50",
    "",
    "地区",
    "",
    "促进群众就业",
    "",
    "做好创业帮扶",
    "",
    "城镇失业人员再就业(人)",
    "",
    "就业困难人员就业(人)",
    "",
    "下岗失业人员再就业(人)",
    "",
    "★城镇新增就业(人)",
    "",
    "★城镇登记失业率控制在4.3%以内",
    "",
    "◆落实创业就业税收优惠政策,重点为符合条件的脱贫人口、失业人员、残疾人、高校毕业生、退役士兵等自"
    "主创业及招录上述人员的企业依法依规减免税费(亿元)",
    "",
    "对毕业5年内处于失业状态的高校毕业生及市域高校全日制在校大学生给予创业补贴、创业担保贷款等政策扶"
    "持",
    "",
    "责任",
    "",
    "单位",
    "",
    "市人力资源社会保障局",
    "",
    "市总工会",
    "",
    "市人力资源社会保障局",
    "",
    "市税务局",
    "",
    "市人力资源社会保障局、团市委",
])


def test_a_column_of_unit_cells_goes_to_its_own_rows_even_after_long_cells_and_figures() -> None:
    x = snippet(MEISHAN)
    assert roles(having(x, "◆落实创业就业税收优惠政策"))["responsible"] == ["市税务局"]
    assert roles(having(x, "对毕业5年内"))["responsible"] == ["市人力资源社会保障局", "团市委"]
    assert roles(having(x, "★城镇登记失业率"))["responsible"] == ["市人力资源社会保障局"]


# hx_zhejiang_haiyan_gzbg2022 (海盐县 政府工作报告2022年重点工作责任分解): the page served as one line, its line
# breaks turned into spaces; items follow a unit list or a heading, not a full stop.
HAIYAN = "\n".join([
    "各镇人民政府(街道办事处),县政府各部门、直属各单位: 《政府工作报告2022年重点工作责任分解"
    "》和《2022年县政府民生实事项目责任分解》已经县政府讨论确定,现印发给你们,请认真贯彻执行。 "
    "2022年是新一届政府的开局之年。各级各部门要高度重视,全面贯彻落实县第十五次党代会精神,深入推"
    "进“三个年”活动,聚焦聚力七大提升行动,加强组织领导,明确具体任务,细化工作方案,确保按时完成既"
    "定的目标任务,加快经济社会高质量发展,以优异成绩迎接党的二十大胜利召开。 海盐县人民政府办公室 "
    "2022年4月18日 (此件公开发布) 政府工作报告2022年重点工作责任分解 一、王丹县长牵头"
    "重点工作 1.全县生产总值增长7.5%左右;一般公共预算收入增长8.5%;城乡居民人均可支配收入"
    "与经济增长基本同步,收入倍差进一步缩小。 责任单位:县发改局(首位单位为牵头单位,下同)、县财政"
    "局、县税务局、县农业农村局 2.落实党政机关过紧日子的要求,节俭办一切事业,全县非刚性、非重点项"
    "目支出预算只减不增,严控“三公”经费和会议费、培训费,努力降低行政运行成本。 责任单位:县财政局"
    " 二、曹惠明常务副县长牵头重点工作 1.坚持县政府常务会议集体学法,加强重大行政决策事前论证和事"
    "后评估,发挥法律顾问作用,提高决策科学化民主化水平。 责任单位:县司法局",
])


def test_a_plan_served_on_one_line_is_read_item_by_item() -> None:
    x = snippet(HAIYAN)
    frugal = having(x, "落实党政机关过紧日子的要求")
    assert roles(frugal)["lead"] + roles(frugal)["responsible"] == ["县财政局"]
    assert frugal.leaders == ["王丹"]
    law = having(x, "坚持县政府常务会议集体学法")
    assert roles(law)["lead"] + roles(law)["responsible"] == ["县司法局"]
    assert law.leaders == ["曹惠明"]


# hw_anhui_shengji_hezhang_mingdan2021 (安徽省級總河長、副總河長、河長、湖長名單): label lines naming people and the
# units that help them, under headings naming a river or a lake (traditional characters, pinyin debris as served).
ANHUI = "\n".join([
    "一、省級總河長、副總河長",
    "總河長:鄭柵潔 省委書記 王清憲 省委副書記、省長",
    "副總河長:劉惠 省委常委、常務(wù)副省長 張曙光 省政府副省長",
    "二、省級河長",
    "(一)長江干流安徽段",
    "河長:鄭柵潔 省委書記副河長:張曙光 省政府副省長協(xié)助:省水利廳",
    "(二)淮河干流安徽段",
    "河長:王清憲 省委副書記、省長副河長:何樹山 省政府副省長協(xié)助:省生態(tài)環(h"
    "uán)境廳",
    "(三)新安江干流安徽段",
    "(八)天河湖",
    "湖長:周喜安 省政府副省長協(xié)助:省住房城鄉(xiāng)建設(shè)廳",
    "(河湖長制監(jiān)督舉報電話:0551-62128075,18805510616)",
])


def test_label_lines_under_a_heading_naming_a_river_are_one_task_of_its_chiefs() -> None:
    x = snippet(ANHUI)
    huai = having(x, "淮河干流安徽段")
    assert "河長" in huai.text
    assert huai.leaders == ["王清憲", "何樹山"]
    assert [(u.mention, u.role) for u in huai.units] == [("省生態(tài)環(huán)境廳", "assist")]
    chiefs = having(x, "總河長:鄭柵潔")
    assert chiefs.leaders == ["鄭柵潔", "王清憲", "劉惠", "張曙光"]
    last = having(x, "天河湖")
    assert last.leaders == ["周喜安"]


# hv_henan_zhengzhou_ysjx (郑州 雨水集蓄利用 方案, its 任务责任一览表): a box-drawn table, header and rows broken
# over two lines each, the first column naming the counties the rows are given to.
YSJX = "\n".join([
    "(五)认真做好统计、信息上报工作。项目区建设单位要把统计、信息工作纳入工作内容,确定专人负责这项"
    "工作。统计内容要统一格式,用电子邮件上报。统计数字和信息内容要做到真实可靠。",
    "(六)工程检查验收。4月下旬市政府组织召开一次流动现场会,对工程进度进行督促;7月底前进行阶段验"
    "收;11月底各县(市)、区组织自验,写出自验报告;12月底前全市进行检查验收,并写出验收报告上报"
    "市政府。",
    "附件:雨水集蓄利用任务责任一览表",
    "附件:",
    "雨水集蓄利用任务责任一览表",
    "┌──────┬─────┬───┬─────────────┬────────┐",
    "│县(市)、区│目标任务水│项 目 │ │ 备 注 │",
    "│ │ 窖(个) │责任人│工 程 地 点 │ │",
    "├──────┼─────┼───┼─────────────┼────────┤",
    "│ 登封市 │ 2200 │翟晓宾│大冶、颍阳、石道、宣化等4 │建设塘、堰、坝5 │",
    "│ │ │ │个乡(镇)、11个行政村 │处 │",
    "├──────┼─────┼───┼─────────────┼────────┤",
    "│ 新密市 │ 3600 │桑萌莉│苟堂、超化、平陌等3个乡( │建设塘、堰、坝5 │",
    "│ │ │ │镇)、5个行政村 │处 │",
])


def test_a_box_drawn_header_over_two_lines_is_one_header_and_its_rows_are_not_unit_lines() -> None:
    x = snippet(YSJX)
    dengfeng = having(x, "登封市 │ 2200 │翟晓宾")
    assert [(u.mention, u.role) for u in dengfeng.units] == [("登封市", "responsible")]
    assert dengfeng.leaders == ["翟晓宾"]
    stats = having(x, "项目区建设单位要把统计")
    assert [u.mention for u in stats.units] == ["项目区建设单位"]


# hz5_zhejiang_ningbo_jiangbei_msss2023 (宁波 江北区 2023年民生实事 目标任务与责任分解表, traditional characters
# with pinyin debris as served): one cell per line, the unit column before the task column, a unit's name broken
# over two lines (區新興產業 / 服務中心), a cell of two units (區綜合行政 / 執法局 / 區公建中心), rows numbered.
JIANGBEI = "\n".join([
    "2023年區(qū)政府民生實(shí)事候選項(xiàng)目目標(biāo)任務(wù)與責"
    "(zé)任分解表",
    "",
    "序號(hào)",
    "",
    "項(xiàng)目",
    "",
    "責(zé)任單位",
    "",
    "建設(shè)內(nèi)容",
    "",
    "總投資",
    "",
    "(萬(wàn)元)",
    "",
    "2023年",
    "",
    "目標(biāo)進(jìn)度",
    "",
    "1",
    "",
    "完善交通基礎(chǔ)設(shè)施",
    "",
    "區(qū)新興產(chǎn)業(yè)",
    "",
    "服務(wù)中心",
    "",
    "實(shí)施宏圖路(北環(huán)西路—金山路)、通惠路(長(zhǎng)陽(yáng)路—"
    "開元路)提升改造工程。",
    "",
    "48414",
    "",
    "一季度開工,宏圖路年內(nèi)完成工程量的50%,",
    "",
    "通惠路一標(biāo)段年內(nèi)完成工程量的75%,二標(biāo)段年內(nèi)完成工"
    "程量的30%。",
    "",
    "",
    "",
    "區(qū)住建局",
    "",
    "實(shí)施寺慈線路面提升及振興橋危橋改造工程。",
    "",
    "1000",
    "",
    "6月開工,年內(nèi)完工。",
    "",
    "2",
    "",
    "提升區(qū)域防洪能力",
    "",
    "區(qū)農(nóng)業(yè)農(nóng)村局",
    "",
    "實(shí)施洋市中心河道整治工程(北環(huán)路—洪發(fā)路)。",
    "",
    "19311",
    "",
    "6月開工",
    "",
    "",
    "",
    "區(qū)綜合行政",
    "",
    "執(zhí)法局",
    "",
    "區(qū)公建中心",
    "",
    "實(shí)施姚江、甬江江堤設(shè)施設(shè)備修復(fù)提升工程。",
    "",
    "4950",
    "",
    "7月底",
    "",
    "具備擋水條件",
    "",
    "",
    "",
    "慈城鎮(zhèn)",
    "",
    "實(shí)施保黎路下穿立交、太平橋、慈孝大道、觀莊下穿4座泵站改造,東大河整治工程開工。",
    "",
    "3200",
    "",
    "泵站改造3月開工,7月完工,東大河整治工程10月開工。",
    "",
])


def test_a_unit_cell_before_its_rows_text_opens_the_row_and_a_name_broken_over_lines_is_one_unit() -> None:
    x = snippet(JIANGBEI)
    road = having(x, "宏圖路(北環(huán)西路")
    assert [u.mention for u in road.units] == ["區(qū)新興產(chǎn)業(yè)服務(wù)中心"]
    bridge = having(x, "寺慈線路面提升")
    assert [u.mention for u in bridge.units] == ["區(qū)住建局"]
    river = having(x, "洋市中心河道整治工程")
    assert [u.mention for u in river.units] == ["區(qū)農(nóng)業(yè)農(nóng)村局"]
    dyke = having(x, "甬江江堤")
    assert [u.mention for u in dyke.units] == ["區(qū)綜合行政執(zhí)法局", "區(qū)公建中心"]


def test_the_cells_after_a_rows_text_are_its_columns_an_amount_and_a_progress_giving_its_deadline() -> None:
    x = snippet(JIANGBEI)
    assert having(x, "甬江江堤").deadline == "7月底"
    assert having(x, "洋市中心河道整治工程").deadline == "6月開工"
    texts = [compact(t.text) for t in x.tasks]
    assert not any(t in ("48414", "19311", "4950", "具備擋水條件", "提升區(qū)域防洪能力") for t in texts), texts


# rw_hainan_sanya_chuangwen_ducha (三亚 创文 督查 问题清单): a page saved as its HTML source, all on one line; a
# heading naming a site with its 责任单位 above the problems found there, one problem with a unit of its own.
SANYA = "\n".join([
    '<p class="ql-block"> 为高质量完成全国文明城市创建工作目标,12月11日,市'
    "委精神文明爱卫办督查组对景区景点进行专项检查,共发现各类问题15个,问题已在三亚市创文巩卫管理平"
    "台形成问题清单,发送至各责任单位,请各相关单位针对问题立行立改,举一反三,全面排查,同时将整改情"
    '况上传至平台,突出问题如下:</p> <p class="ql-block">一、南山风景区(责'
    '任单位:市旅文局)</p> <p class="ql-block">1.南山景区出入口沿线臻购优'
    '平价超市旁空地散养家禽。</p> <p class="ql-block">2.南山景区出口臻购优'
    '平价超市对面停车场宣传广告栏倾倒。</p> <p class="ql-block">3.南山景区'
    '出口臻购优平价超市对面停车场出入口周边垃圾多,存在卫生死角。</p> <p class="ql-'
    'block">4.南山景区出入口多家商户门前三包责任落实不到位,违规设置广告牌、乱搭遮阳伞。(责'
    '任单位:市综合行政执法局崖州分局)</p> <p class="ql-block">二、大小洞天'
    '风景区(责任单位:旅发集团)</p> <p class="ql-block">1.大小洞天景区游'
    '客中心对面石梯处窨井内烟头积存,存在卫生死角。</p> <p class="ql-block">'
    "2.大小洞天景区步道旁排水盖设施破损。</p>",
])


def test_a_page_in_html_on_one_line_is_read_block_by_block_and_a_sites_unit_covers_its_items() -> None:
    x = snippet(SANYA)
    assert [u.mention for u in having(x, "散养家禽").units] == ["市旅文局"]
    assert [u.mention for u in having(x, "乱搭遮阳伞").units] == ["市综合行政执法局崖州分局"]
    assert [u.mention for u in having(x, "排水盖设施破损").units] == ["旅发集团"]


def test_a_chief_label_whose_value_is_a_duty_is_no_chiefs_line() -> None:
    assert engine.chief_line("河长：负责组织领导相应河湖的管理和保护工作。", 0) is None
    chiefs = engine.chief_line("湖长：周喜安 省政府副省长协助：省水利厅", 0)
    assert chiefs is not None and chiefs.leaders == ["周喜安"]
    assert [(f.mention, f.role) for f in chiefs.found] == [("省水利厅", "assist")]


# A box-drawn row broken over two lines in its task and unit cells (constructed in the layout of the 郑州 table
# above: no excerpt of the development set wraps those cells): the second line goes on the row above.
BOX_WRAPPED = "\n".join([
    "│序号│工作任务│责任单位│完成时限│",
    "├──┼────┼────┼────┤",
    "│1 │加强大气污染│市生态环境局、│2023年底│",
    "│  │防治工作    │市发改委    │        │",
    "├──┼────┼────┼────┤",
    "│2 │推进河湖治理│市水利局│2023年底│",
])


def test_a_box_drawn_row_broken_over_two_lines_is_one_row() -> None:
    x = snippet(BOX_WRAPPED)
    assert len(x.tasks) == 2
    air = having(x, "加强大气污染")
    assert "防治工作" in air.text
    assert [u.mention for u in air.units] == ["市生态环境局", "市发改委"]
