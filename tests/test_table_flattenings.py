"""Tables in flattenings the engine did not read yet (issue 8, section 2): each cell on a line closed by its
``|`` with rows parted by a mark or run on, rows whose merged cells shift the later ones, spaced-out names."""

from __future__ import annotations

from polkg.loaders.table import Cell as TableCell
from polkg.loaders.table import split_people
from tests.helpers import having, roles, snippet

# hz5_jiangsu_chongchuan_msss2023 (2023年区政府重点民生实事项目推进情况): each cell closed by its ``|``, the header
# run straight into the first row, rows ended by ``||`` or ``|``; 主要任务 and 全年目标任务 are one merged cell, so
# every later cell of a row stands one column left of its header.
CHONGCHUAN = """2023年区政府重点民生实事项目推进情况(1-11月)
序号 |
主要任务 |
全年目标任务 |
分管 领导 |
牵头 单位 |
责任主体与协同单位 |
1-10月推进情况 |
1-11月推进情况 |
是否达序 |
说明 |
24 |
优化提升50条背街后巷交通组织。 |
徐国江 |
城管局 |
市政局、相关街道 |
已进场施工,完成30%。 |
已进场施工,完成60%。 |
是 |
||
25 |
新增四分类“三定一督”达标小区210个。 |
徐国江 |
城管局 |
市政局、崇川经济开发区、各街道 |
已进场施工,正在推进点位选址、场地硬化,第一批451个厢房(亭房)正在加紧制作。 |
在46个小区,建成38个厢房,70个分类亭。 |
否 |
前期配合区相关部门对该项目招标质疑、投诉处置,项目于9月28才签订合同,滞后了2个月,后期将加快推进。 |
|
26 |
新建建筑垃圾中转站8个、建筑垃圾分类池20个。 |
徐国江 |
城管局 |
崇川经济开发区、相关街道 |
已建成建筑垃圾中转站3个、分类池10个;其余点位已启动建设流程。 |
已建成建筑垃圾中转站7个、分类池17个。 |
是 |
"""


def test_cells_closed_by_marks_are_rows_and_a_merged_cell_shifts_the_rest_back_by_content() -> None:
    x = snippet(CHONGCHUAN)
    first = having(x, "优化提升50条背街后巷交通组织")
    assert roles(first) == {"lead": ["城管局"], "responsible": ["市政局", "相关街道"], "assist": []}
    assert first.leaders == ["徐国江"]
    third = having(x, "新建建筑垃圾中转站8个")
    assert roles(third) == {"lead": ["城管局"], "responsible": ["崇川经济开发区", "相关街道"], "assist": []}
    assert len(x.tasks) == 3  # a progress cell (已进场施工,完成30%。) is nobody's task


# hx_anhui_nanling_gzbg2024_jy (2024年《政府工作报告》重点工作目标任务分解表): each cell closed by its ``|`` and no
# mark between rows: the next row starts at the next 序号; a leader cell 陆 明俞 悦 lost the space between names.
NANLING = """2024年《政府工作报告》重点工作目标任务分解表
序号 |
目标与任务 |
分 管 县领导 |
牵头责任单位 |
责任单位 |
80 |
实施中小学办学能力提升工程,推动义务教育优质均衡发展。 |
俞 悦 |
县教育局 |
县各有关单位 |
81 |
保障芜职院现代物流智造学院秋季开学,支持芜湖科技工程学校发展,探索职业教育赋能区域发展路径。 |
陆 明俞 悦 |
县教育局 |
县各有关单位 |
"""


def test_rows_run_on_without_a_mark_part_at_the_next_row_number() -> None:
    x = snippet(NANLING)
    second = having(x, "保障芜职院现代物流智造学院秋季开学")
    assert roles(second) == {"lead": ["县教育局"], "responsible": ["县各有关单位"], "assist": []}
    assert second.leaders == ["陆明", "俞悦"]
    assert having(x, "实施中小学办学能力提升工程").leaders == ["俞悦"]


def test_two_spaced_names_that_lost_the_space_between_them_are_two_names() -> None:
    assert [p.name for p in split_people("陆 明俞 悦")] == ["陆明", "俞悦"]
    assert [p.name for p in split_people("高 洁 钟勤建")] == ["高洁", "钟勤建"]


# rw_hunan_changsha_mbrw (长沙市目标任务分解): a cell then the others each after its ``|``; the 牵头单位 cell is
# broken over lines (长沙 / 先导 / 区管委会) and merged over its group's rows, the 责任单位 cell merged over the last
# three rows (each of them only a task cell and the row's closing mark).
CHANGSHA = """牵头单位
| 目 标 任 务
| 责 任 单 位
|
长沙
先导
区管委会
| 推进河西商业配套建设
| 商务局、高新区、岳麓区
|
继续开展岳麓山景区综合整治,启动坪塘工业基地生态修复和桃花岭景区、大王山公园建设,加快西湖文化园、洋湖湿地公园二期建设
| 环保局、城投集团、林业局、园林局、工信委、岳麓区和市直相关单位
|
市
发
改
委
| 地区生产总值增长13%
| 统计局和市直相关单位、各区县市、各园区
|
固定资产投资增长20%
|
单位地区生产总值综合能耗下降3.5%
|
"""


def test_a_row_missing_cells_takes_the_merged_cells_of_the_row_above() -> None:
    x = snippet(CHANGSHA)
    first = having(x, "推进河西商业配套建设")
    assert roles(first) == {"lead": ["长沙先导区管委会"], "responsible": ["商务局", "高新区", "岳麓区"], "assist": []}
    second = having(x, "继续开展岳麓山景区综合整治")
    assert roles(second)["lead"] == ["长沙先导区管委会"]
    assert roles(second)["responsible"][-2:] == ["岳麓区", "市直相关单位"]
    merged = {"lead": ["市发改委"], "responsible": ["统计局", "市直相关单位", "各区县市", "各园区"], "assist": []}
    assert roles(having(x, "地区生产总值增长13%")) == merged
    assert roles(having(x, "固定资产投资增长20%")) == merged
    assert roles(having(x, "单位地区生产总值综合能耗下降3.5%")) == merged


# hv_guangdong_wjw_zwgk2021 (广东省卫生健康委2021年政务公开工作重点任务台账): a department's own table names its
# divisions (责任处室), not units; 工作任务 is merged over rows 1–4, so those rows start with their 细化分工 cell.
GUANGDONG = """2021 年政务公开工作重点任务台账 |
序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |
1 | 做好常态化疫情防控信息发布 | 重点围绕散发疫情、隔离管控、流调溯源、精准防控等发布权威信息 | \
应急处、监督处、医政医管处、疾控处、基层处等按职责分工落实 | 长期推进 |
|
2 | 扎实做好疫苗接种信息公开和舆论引导工作 | 疾控处 | 长期推进 |
|
3 | 提高新冠肺炎疫情信息发布规范化水平,强化政府内部信息整合 | 宣传处会办公室 | 2021年8月前 |
|
4 | 做好爱国卫生运动、健康中国行动、健康广东行动的信息发布工作 | 规划信息处(爱卫办) | 长期推进 |
"""


def test_a_table_naming_divisions_is_read_and_a_merged_task_cell_shifts_the_rest() -> None:
    x = snippet(GUANGDONG)
    first = having(x, "重点围绕散发疫情、隔离管控、流调溯源")
    assert first.divisions == ["应急处", "监督处", "医政医管处", "疾控处", "基层处"] and first.deadline == "长期推进"
    second = having(x, "扎实做好疫苗接种信息公开和舆论引导工作")
    assert second.divisions == ["疾控处"] and second.deadline == "长期推进"
    assert having(x, "提高新冠肺炎疫情信息发布规范化水平").divisions == ["宣传处", "办公室"]
    assert having(x, "做好爱国卫生运动").deadline == "长期推进"


# hw_sichuan_mianyang_dczg55 (整改任务完成情况公示表): a web table one cell per paragraph, its labels broken over
# lines (责任 / 单位, 整改 / 时限) with blank lines between.
MIANYANG = """
反馈

问题

(整改任务)

四川省五大区域中,成都平原、川南、川东北等三个区域均存在大气环境质量改善不力问题。成都平原8个城市中,德阳、绵阳、乐山、雅安等4个市未完成2017年上半年PM2.5和优良天数比例目标任务。川南4个市中,自贡、宜宾、泸州等3个市2016年优良天数比例同比下降。川东北5个市中,广元、巴中等2个市2016年优良天数比例同比下降(省整改任务第五十五项)。

整改

时限

2020年12月

整改

目标

大气环境质量持续改善。

责任

单位

市生态环境局牵头,市发改委、市经信局、市住建委、市公安局、市交通运输局、市农业农村局、市市场监管局,各县市区()党委和人民政府、各园区党工委和管委会

联系

电话

0816-2221395
"""


def test_a_label_broken_over_lines_with_blank_lines_between_is_one_label() -> None:
    task = having(snippet(MIANYANG), "四川省五大区域中")
    named = roles(task)["lead"] + roles(task)["responsible"]
    assert {"市发改委", "市经信局", "市住建委", "市公安局", "各园区党工委和管委会"} <= set(named)
    assert task.deadline == "2020年12月"


def test_the_pdf_table_adapters_read_their_headers_with_the_engines_vocabulary() -> None:
    """One home for header words: a progress table's 牵头负责领导 and 责任处室 columns are read by the words every
    table's header is read by (styles.toml [table], [fields], [divisions]), as the plan table's are."""
    from polkg.loaders import plan_table, progress_table
    from polkg.loaders.table import split_row
    from polkg.loaders.text import Line

    def cells(s: str) -> list[TableCell]:
        return split_row(Line(0, len(s), s))

    got = progress_table.header(cells("\t具体工作任务\t牵头单位\t牵头负责领导\t责任处室\t工作推进情况"))
    assert got == {"task": 1, "lead": 2, "leaders": 3, "divisions": 4, "progress": 5}
    got = plan_table.header(cells("序号\t工作任务\t具体措施\t时间节点\t牵头单位\t责任单位\t配合单位"))
    assert got == {"number": 0, "name": 1, "measure": 2, "deadline": 3, "lead": 4, "responsible": 5, "assist": 6}


def test_an_empty_cell_written_as_such_takes_nothing_from_the_row_above() -> None:
    """Only a cell left out of a short row is merged with the one above; ``| 市水务局 | |`` has no helper."""
    x = snippet("""| 序号 | 工作任务 | 牵头单位 | 配合单位 | 备注 |
|---|---|---|---|---|
| 1 | 推进大气污染综合治理工作 | 市环保局 | 市公安局 | |
| 2 | 推进水污染综合治理工作 | 市水务局 | |
""")
    assert roles(having(x, "推进水污染综合治理工作")) == {"lead": ["市水务局"], "responsible": [], "assist": []}
