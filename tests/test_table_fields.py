"""The per-task fields a table or a labelled block gives (issue 8): deadlines, divisions and leaders, in the
flattenings real plans reach polkg in (one cell per line, headers broken over lines, label lines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from polkg.loaders import plan_table, tables
from polkg.loaders.table import split_row
from polkg.loaders.text import Line, compact
from polkg.pipeline import Pipeline
from tests.helpers import having, roles, snippet

# hy_chongqing_yuzhong_wufei2021 (渝中区“无废城市”建设试点目标任务分解): one cell per line, the 完成时限 header broken
# over two lines, quarter columns after it, and a bare year in the 完成时限 cell of each row.
ONE_CELL_PER_LINE = """渝中区“无废城市”建设试点目标任务分解

序号

试点任务

细化措施

工作绩效目标

责任单位

配合单位

完成

时限

一季度

二季度

三季度

四季度

一、持续强化规划引领

1

推进生活垃圾分类规划

建立简便易行的分类投放方式,引导居民自觉、科学地开展生活垃圾分类。

区城市管理局

区住房城市建委、区机关事务局

2020

2

加强对生活垃圾分类投放、收集、运输、贮存、处置各环节的管理和配套设施建设,健全有害垃圾收运处置体系。

区城市管理局

区生态环境局、区住房城市建委

2020
"""


def test_a_bare_year_under_a_deadline_column_is_the_rows_deadline_not_a_row_number() -> None:
    x = snippet(ONE_CELL_PER_LINE)
    first = having(x, "建立简便易行的分类投放方式")
    second = having(x, "加强对生活垃圾分类投放")
    assert (first.deadline, second.deadline) == ("2020", "2020")
    assert [u.mention for u in second.units] == ["区城市管理局", "区生态环境局", "区住房城市建委"]


def test_a_header_cell_broken_over_lines_is_a_header_not_a_task() -> None:
    x = snippet(ONE_CELL_PER_LINE)
    assert not [t.text for t in x.tasks if "时限" in t.text or "季度" in t.text]


# rw_heilongjiang_hbt_internal_division (黑龙江省环境保护厅, Traditional as the portal serves it): the department's own
# split of each item (廳內分工) names its divisions; they go to `divisions` in order, never to the units.
INTERNAL_SPLIT = """黑龍江省生態環境保護“十三五”規劃
重點工作任務廳內分工方案
一、約束性指標分工安排
2.氨氮排放總量五年累計減少7%。(省環保廳牽頭)廳內分工:規財處牽頭,水處、環科院配合。
3.地表水質量達到或好于Ⅲ類水體比例達到59.7%。(省環保廳牽頭)廳內分工:水處牽頭,監測站、環科院配合。
4.消除地表水質量劣V類水體。(省環保廳牽頭)廳內分工:水處牽頭,環評處、監測站、環科院、環監局配合。5.二氧化硫排放總量五年累計減少11%。(省環保廳牽頭)廳內分工:規財處牽頭,大氣處、環科院配合。
"""


def test_a_departments_own_split_names_divisions_not_units(pipeline: Pipeline) -> None:
    x = pipeline.extract_text(INTERNAL_SPLIT, doc="snippet")
    got = {compact(t.text)[:6]: (t.divisions, [(u.mention, u.role) for u in t.units]) for t in x.tasks}
    assert got == {
        "2.氨氮排放": (["規財處", "水處", "環科院"], [("省環保廳", "lead")]),
        "3.地表水質": (["水處", "監測站", "環科院"], [("省環保廳", "lead")]),
        "4.消除地表": (["水處", "環評處", "監測站", "環科院", "環監局"], [("省環保廳", "lead")]),
        "5.二氧化硫": (["規財處", "大氣處", "環科院"], [("省環保廳", "lead")]),
    }


def test_a_bare_division_as_a_subject_is_a_division(pipeline: Pipeline) -> None:
    """The same notice's cover: 規財處要加強工作統籌 is the issuer's division at work, not a unit of the plan."""
    text = ("廳機關各有關處(室)、直屬各有關單位:\n"
            "各部門、各單位要及時對任務實施情況進行評估;規財處要加強工作統籌,適時對規劃實施情況進行調度、評估和督促檢查。\n")
    task = next(t for t in pipeline.extract_text(text, doc="snippet").tasks if "統籌" in t.text)
    assert (task.divisions, task.units) == (["規財處"], [])


def test_a_division_column_gives_divisions() -> None:
    """A table whose 责任处室 column names the department's divisions (as tab-separated rows)."""
    text = ("序号\t工作任务\t牵头单位\t责任处室\t完成时限\n"
            "1\t开展重点行业挥发性有机物综合治理。\t省生态环境厅\t大气处、执法局\t2023年底前\n")
    task = having(snippet(text), "挥发性有机物综合治理")
    assert (task.divisions, [u.mention for u in task.units], task.deadline) == (
        ["大气处", "执法局"], ["省生态环境厅"], "2023年底前")


# hx_jiangsu_rudong_csaq2020: a table flattened one cell per line, its header cells indented, a merged first cell
# broken into two-character lines; the unit cells hold a group (县有关部门和单位) and a unit with its role written in
# (县自然资源局牵头): values, never a new header.
RUDONG = """2020年—2022年如东县关于推进城市安全发展的任务分工清单表

主要任务

            任务清单

       牵头单位

            配合单位

加强

城市

安全

源头

治理

强化

规划

引领

1.将安全发展要求落实到城市经济社会发展总体规划中。对不符合产业政策和规划布局、达不到安全标准的企业和项目,一律不予立项、审批。

县发改委、行政审批局

县有关部门和单位

2.将安全发展要求落实到国土空间规划中。科学设置居民生活区、商业区、工业区、港区、风景区以及其他功能区的空间布局。加强建设项目实施前的评估论证。

县自然资源局牵头

县发改委、住建局、交通运输局等部门
"""


def test_unit_cells_of_a_column_wise_table_keep_their_columns_roles() -> None:
    x = snippet(RUDONG)
    first = having(x, "将安全发展要求落实到城市经济社会发展总体规划中")
    second = having(x, "将安全发展要求落实到国土空间规划中")
    assert roles(first) == {"lead": ["县发改委", "行政审批局"], "responsible": [], "assist": ["县有关部门和单位"]}
    assert roles(second) == {"lead": ["县自然资源局"], "responsible": [],
                             "assist": ["县发改委", "住建局", "交通运输局"]}


def test_a_unit_or_a_group_is_never_a_column_header() -> None:
    assert tables.column_kind("县自然资源局牵头") is None
    assert tables.column_kind("县有关部门和单位") is None
    assert tables.column_kind("各乡镇") is None
    assert tables.column_kind("牵头单位") == tables.Column("role", "lead")
    assert tables.column_kind("协同责任单位") == tables.Column("role", "responsible")


def test_a_schedule_cell_gives_its_overall_deadline_and_a_short_cell_stays_as_written() -> None:
    """进度安排 is a deadline column; its cell may hold several steps (the last is the overall deadline)."""
    text = ("序号\t重点任务\t实施主体\t进度安排\n"
            "1\t推进城镇污水处理提质增效。\t县住建局\t2023年6月底前完成排查方案，2023年12月底前全部完成整治\n"
            "2\t开展入河排污口排查整治。\t县生态环境局\t立行立改,长期坚持\n")
    x = snippet(text)
    first, second = having(x, "城镇污水处理提质增效"), having(x, "入河排污口排查整治")
    assert (first.deadline, roles(first)["responsible"]) == ("2023年12月底前", ["县住建局"])
    assert second.deadline == "立行立改,长期坚持"


# ---------------------------------------------------------------- leaders, in every flattening
# The same two rows of a 任务清单 (a 责任领导 / 责任人 column between the units and the deadline) as a converter may
# flatten them: labelled lines, one cell per line, columns separated by spaces.

LABEL_LINES = """某区重点工作任务清单
工作任务：完成老旧小区改造120个。
牵头单位：区住建局
责任领导：张三
完成时限：2023年底前

工作任务：新建城市公园3座。
牵头单位：区城管局
责任领导：李四
完成时限：6月底前
"""

CELL_PER_LINE = """某区重点工作任务清单

序号

工作任务

责任单位

责任人

完成时限

1

完成老旧小区改造120个。

区住建局

张三

2023年底前

2

新建城市公园3座。

区城管局

李四

6月底前
"""

SPACED = """某区重点工作任务清单
序号  工作任务  责任单位  责任领导  完成时限
1  完成老旧小区改造120个。  区住建局  张三  2023年底前
2  新建城市公园3座。  区城管局  李四  6月底前
"""


def test_a_short_label_line_with_its_value_is_a_field_not_a_header() -> None:
    assert tables.column_kind("责任领导：张三") is None
    x = snippet(LABEL_LINES)
    assert [(t.leaders, t.deadline) for t in x.tasks] == [(["张三"], "2023年底前"), (["李四"], "6月底前")]


def test_leaders_of_a_table_flattened_one_cell_per_line_stop_at_the_deadline_cell() -> None:
    x = snippet(CELL_PER_LINE)
    assert [(t.leaders, t.deadline) for t in x.tasks] == [(["张三"], "2023年底前"), (["李四"], "6月底前")]


def test_leaders_of_a_space_separated_table() -> None:
    x = snippet(SPACED)
    got = [([u.mention for u in t.units], t.leaders, t.deadline) for t in x.tasks]
    assert got == [(["区住建局"], ["张三"], "2023年底前"), (["区城管局"], ["李四"], "6月底前")]


# ---------------------------------------------------------------- multi-line headers and wrapped cells


def test_a_two_row_header_names_the_columns_under_a_merged_cell() -> None:
    """责任单位 merged over 牵头单位 | 配合单位 (the second header row opens with empty cells)."""
    text = ("某区任务分工表\n序号\t工作任务\t责任单位\t\t完成时限\n\t\t牵头单位\t配合单位\t\n"
            "1\t完成老旧小区改造120个。\t区住建局\t区财政局\t2023年底前\n"
            "2\t新建城市公园3座。\t区城管局\t区自然资源局\t6月底前\n")
    x = snippet(text)
    assert [(roles(t)["lead"], roles(t)["assist"], t.deadline) for t in x.tasks] == [
        (["区住建局"], ["区财政局"], "2023年底前"), (["区城管局"], ["区自然资源局"], "6月底前")]


def test_a_task_cell_wrapped_onto_a_row_of_its_own_goes_on_in_the_row_above() -> None:
    text = ("某区任务分工表\n| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n"
            "| 1 | 完成老旧小区改造120个，同步推进 | 区住建局 | 区财政局 | 2023年底前 |\n"
            "|  | 加装电梯50部。 |  |  |  |\n"
            "| 2 | 新建城市公园3座。 | 区城管局 | 区自然资源局 | 6月底前 |\n")
    x = snippet(text)
    assert [(t.text, roles(t)["lead"]) for t in x.tasks] == [
        ("完成老旧小区改造120个，同步推进加装电梯50部。", ["区住建局"]), ("新建城市公园3座。", ["区城管局"])]


def test_a_task_cell_wrapped_in_a_table_flattened_one_cell_per_line() -> None:
    """The rest of a sentence ending in a count (加装电梯50部。) is no unit cell."""
    text = ("某区任务分工表\n\n序号\n\n工作任务\n\n牵头单位\n\n配合单位\n\n完成时限\n\n1\n\n"
            "完成老旧小区改造120个，同步推进小区雨污分流、二次供水设施改造和加\n装电梯50部。\n\n区住建局\n\n区财政局\n\n"
            "2023年底前\n")
    t = having(snippet(text), "完成老旧小区改造120个")
    got = (compact(t.text)[-8:], roles(t)["lead"], roles(t)["assist"])
    assert got == ("加装电梯50部。", ["区住建局"], ["区财政局"])


def test_a_rectification_blocks_deadline_on_lines_of_its_own_covers_the_block(pipeline: Pipeline) -> None:
    """hw_sichuan_mianyang_dczg55: a 公示表 flattened one field per line, its labels broken over lines (整改 / 时限),
    the deadline on a line of its own; the contact number under 联系电话 is nobody's task."""
    path = Path(__file__).resolve().parent / "realworld" / "hw_sichuan_mianyang_dczg55.txt"
    if not path.exists():
        pytest.skip("hw_sichuan_mianyang_dczg55 is not in tests/realworld")
    x = pipeline.extract_text(path.read_text("utf-8"), doc="hw_sichuan_mianyang_dczg55")
    assert having(x, "四川省五大区域中,成都平原、川南、川东北").deadline == "2020年12月"
    assert having(x, "成立绵阳市大气").deadline == "2020年12月"
    assert not [t.text for t in x.tasks if t.text.strip() in ("2020年12月", "0816-2221395")]


def test_space_separated_columns_with_a_spaced_out_leader_and_free_text_after_the_units(pipeline: Pipeline) -> None:
    """hw_anhui_qingyang_wjw_zrqd2023q4: 牵头领导 (a name spaced out: 汪  峰) before three unit columns, then 工作评价,
    进展情况 and 进度安排 columns of free text."""
    path = Path(__file__).resolve().parent / "realworld" / "hw_anhui_qingyang_wjw_zrqd2023q4.txt"
    if not path.exists():
        pytest.skip("hw_anhui_qingyang_wjw_zrqd2023q4 is not in tests/realworld")
    x = pipeline.extract_text(path.read_text("utf-8"), doc="hw_anhui_qingyang_wjw_zrqd2023q4")
    row = having(x, "新增托育机构2所以上")
    assert (roles(row), row.leaders) == (
        {"lead": ["县卫健委"], "responsible": ["有关乡镇"], "assist": ["县直有关单位"]}, ["吴蓓蓓"])
    assert having(x, "科学精准落实疫情防控优化措施").leaders == ["汪峰", "吴蓓蓓"]


# hw_jiangsu_suzhou_gzrw2011 (苏州市2011年政府工作任务分解表): one cell per line, two text columns
# (名称 | 工作任务) before the unit column; a row's text cells are one task.
SUZHOU = """苏州市2011年政府工作任务分解表

序号

名称

工作任务

主要责任单位

经济社会发展主要预期目标分解(15项)

1

地区生产总值

地区生产总值增长12%

市发改委、统计局

2

财政收入

地方财政一般预算收入增长12%以上

市财政局、国税局、地税局
"""


def test_the_text_cells_of_a_numbered_row_are_one_task() -> None:
    x = snippet(SUZHOU)
    got = [(compact(t.text), [u.mention for u in t.units]) for t in x.tasks if "增长12%" in t.text]
    assert got == [("地区生产总值地区生产总值增长12%", ["市发改委", "统计局"]),
                   ("财政收入地方财政一般预算收入增长12%以上", ["市财政局", "国税局", "地税局"])]
    assert not [t for t in x.tasks if compact(t.text) in ("名称", "地区生产总值", "财政收入")]


# hw_shaanxi_pingli_shuangchuang_xuncha: an inspection list, each problem followed by its 整改要求 record, which names
# who fixes it (由X负责…) and by when.
PINGLI = """平利县创建国家卫生县城巡查问题通报
1、西大桥西侧河边堤岸警示牌沿线有垃圾死角和建筑垃圾。
整改要求:由县环卫站负责清除上述地段垃圾死角和建筑垃圾。
5、陈家坝药妇沟口至西大桥入口沿线商户出店占道经营问题较为突出。
整改要求:按照先劝阻、再强制,先教育、再处罚的要求,由陈家坝沿线包片单位县职教中心、县消防大队负责对各自片区内的商户进行劝导,本月底以前完成整治。
"""


def test_a_problem_takes_the_units_and_deadline_its_rectification_record_names() -> None:
    x = snippet(PINGLI)
    first = having(x, "西大桥西侧河边堤岸警示牌沿线有垃圾死角")
    fifth = having(x, "陈家坝药妇沟口至西大桥入口沿线商户")
    assert roles(first)["responsible"] == ["县环卫站"]
    assert "县消防大队" in roles(fifth)["responsible"] and fifth.deadline == "本月底以前"


def test_header_synonyms_of_divisions_people_and_work() -> None:
    assert tables.column_kind("承办科室") == tables.Column("division")
    assert tables.column_kind("责任主体及责任人") == tables.Column("role", "responsible", people=True)
    assert tables.column_kind("重点工作") == tables.Column("task")
    assert tables.column_kind("进度安排") == tables.Column("deadline")
    assert tables.column_kind("实施主体") == tables.Column("role", "responsible")


def test_the_plan_table_adapter_reads_headers_with_the_table_engines_vocabulary() -> None:
    """One home for header words: a plan table whose header says 办结时限 and 协同单位 is read like any other."""
    row = "序号\t重点任务\t具体措施\t办结时限\t牵头单位\t协同单位"
    cells = split_row(Line(0, len(row), row))
    assert plan_table.header(cells) == {"number": 0, "name": 1, "measure": 2, "deadline": 3, "lead": 4, "assist": 5}


# hz5_jiangxi_nanchangxian_msss2024 (民生实事 list): each project heading is followed by label lines, the last a
# 任务目标 opening with the year; the project heading is the task and takes that year as its deadline. A year met
# later inside a record's text (分解下达…年度工作任务) stays a detail.
_PROJECT_BLOCKS = """一、新建120个社区养老服务站项目

牵头领导:王某某

牵头单位:县民政局

责任单位:各乡镇

任务目标:2031年计划在城区、工业园区等区域内共建成120个社区养老服务站

二、推进智慧菜场建设

牵头单位:县商务局

工作措施:完善菜场管理制度,分解下达各乡镇2031年重点工作任务。
"""


def test_a_project_heading_takes_the_year_its_task_goal_line_opens_with() -> None:
    x = snippet(_PROJECT_BLOCKS)
    assert having(x, "新建120个社区养老服务站项目").deadline == "2031年"
    assert having(x, "推进智慧菜场建设").deadline is None


# hz5_jiangsu_chongchuan_msss2023 (区政府重点民生实事项目推进情况): each cell closed by its own ``|`` mark, the leader
# header broken by a stray space (``分管 领导``) and a yes/no column (``是 |``) after the progress cells.
CLOSED_CELLS = """序号 |
主要任务 |
分管 领导 |
牵头 单位 |
责任主体与协同单位 |
1-10月推进情况 |
是否达序 |
24 |
优化提升50条背街后巷交通组织。 |
徐国江 |
城管局 |
市政局、相关街道 |
已进场施工,完成30%。 |
是 |
||
"""


def test_a_yes_no_cell_is_nobodys_name_and_a_cells_closing_mark_is_not_part_of_a_name() -> None:
    from polkg.loaders import marks

    assert tables.column_kind("分管 领导") == tables.Column("leader")
    assert tables.column_kind("牵头 单位") == tables.Column("role", "lead")
    assert [marks.people(s) for s in ("是 |", "否|", "徐国江 |")] == [[], [], ["徐国江"]]
    task = having(snippet(CLOSED_CELLS), "背街后巷")
    assert task.leaders == ["徐国江"]


# hd_xizang_ali_dczg112 (阿里地区中央环境保护督察反馈意见整改任务完成情况公示表): one cell per line, the row's
# 责任单位 / 责任人 standing BEFORE its 整改目标 / 整改措施 (hz8_xizang_gaer_dczg152 puts them after; real 整改
# tables put their columns in any order), the person a three-character name under its label.
UNITS_BEFORE_MEASURES = """阿里地区中央环境保护督察反馈意见（11-2）整改任务完成情况公示表

反馈问题

（整改任务）

自治区住房城乡建设厅推进大气污染防治工作不力。住房城乡建设厅直至督察组进驻前才印发施工扬尘控制工作方案,导致全区施工扬尘控制工作严重滞后。

责任单位

阿里地区行署

责任人

{person}

联系电话

2821312

整改目标

制定《全区房屋建筑市政基础设施工程施工现场扬尘防治措施》并严格落实。

整改措施

各级住房城乡建设部门要健全施工扬尘治理监管措施,从源头上保证各项防尘措施到位。
"""


@pytest.mark.parametrize("person", ["段晓勇", "洛桑丹增"])
def test_a_blocks_person_answers_for_its_measures_whether_named_before_or_after_them(person: str) -> None:
    x = snippet(UNITS_BEFORE_MEASURES.format(person=person))
    goal = having(x, "制定《全区房屋建筑")
    assert roles(goal)["responsible"] == ["阿里地区行署"]
    assert goal.leaders == [person]
    assert having(x, "健全施工扬尘治理监管措施").leaders == [person]


def test_a_whole_label_keeps_a_three_character_name_below_it_as_its_value() -> None:
    text = "责任人\n\n段晓勇\n\n联系电话\n\n2821312\n\n牵头\n\n单位\n\n市环保局\n"
    paras = [compact(text[p.start : p.end]) for p in tables.paragraphs(text)]
    assert paras == ["责任人", "段晓勇", "联系电话", "2821312", "牵头单位", "市环保局"]
