"""Tables and labelled blocks in flattenings the real plans of hold-out 8 showed: a rectification table
flattened into ``label | value |`` lines (its unit cell a labelled list of its own, its 责任人 a post and a
name), each read by the one table engine. Each test reads a real document of tests/realworld or a snippet
written like one."""

from __future__ import annotations

import pytest

from polkg.loaders import marks
from polkg.loaders.tables import leader_cell
from polkg.loaders.text import compact
from tests.helpers import having, read, roles, snippet


def test_a_label_cell_closed_by_its_own_cell_mark() -> None:
    """``整改目标 | X |``: the mark closing the value's cell is no part of it, so the line is a label and its
    value; a unit cell holding its own labelled list (``牵头单位:X 责任单位:Y``) is that list, not a header row;
    the 责任人 written after their posts (``区交通运输厅党组成员、副厅长 李华强``) is the person."""
    x = read("hz8_xizang_jtt_dczg1202")
    for words in ("健全完善交通行业生态环境保护责任落实工作机制", "建立交通建设领域问题整改包保机制"):
        task = having(x, words)
        got = roles(task)
        assert got["lead"] == ["自治区交通运输厅"]
        assert got["responsible"] == ["各地(市)委", "行署(政府)"]
        assert task.leaders == ["李华强"]
    assert marks.cell_label("整改目标 | 健全完善工作机制。 |") == "整改目标 ： 健全完善工作机制。  "
    assert marks.cell_label("责任单位 | 完成时限 |") is None


def test_a_person_written_with_a_rank_is_the_person() -> None:
    """Ranks before or after a name (``副厅长 李华强``, ``王某 副县长``) are set aside; posts alone stay whole."""
    assert marks.leaders("区交通运输厅党组成员、副厅长 李华强") == ["李华强"]
    assert marks.leaders("王某 副县长") == ["王某"]
    assert marks.leaders("县委书记 张三、县长 李四") == ["张三", "李四"]
    assert marks.leaders("县长、副县长") == ["县长、副县长"]
    assert marks.leaders("分管副县长") == ["分管副县长"]


def test_a_lead_on_a_heading_leads_the_numbered_items_under_it() -> None:
    """``（十）提升…美誉度（牵头单位：X）`` / ``39. …［责任单位：Y、Z］``: X leads every item under the heading,
    beside the units each item names (an item's own 责任单位 carry the work out under that lead)."""
    x = read("hz8_yunnan_kunming_zhongxin")
    for words in ("持续壮大花卉产业", "绿化美化人居环境", "加快公园城市建设"):
        assert roles(having(x, words))["lead"] == ["市园林绿化局"]
    assert roles(having(x, "持续壮大花卉产业"))["responsible"][0] == "市农业农村局"


def test_a_table_flattened_one_cell_per_line_with_a_leader_column() -> None:
    """(real text, hq_jiangsu_zhonglou_gzbg2024) ``区政府`` / ``分管领导`` is one header cell broken over lines;
    a leader's name then a unit on the next line are two cells (``王旭锋`` / ``发改局``), never one name; a bracket
    on a line of its own after a short cell is that cell's (``高新园`` / ``（邹区镇）``: one unit)."""
    x = snippet(
        "2024年《政府工作报告》主要目标任务责任分解表\n序号\n目标名称\n工 作 标 准\n区政府\n分管领导\n"
        "牵头单位\n配合单位\n1\n全区经济社会发展的主要预期目标\n（1）地区生产总值增长6%左右。\n王旭锋\n发改局\n"
        "经开区\n高新园\n（邹区镇）\n各街道\n统计局\n（2）一般公共预算收入增长3%以上。\n财政局\n"
        "（3）社会消费品零售总额增长6%左右。\n吴 伟\n商务局\n"
        "（7）安全生产形势平稳向好。\n应急管理局\n（安委办）\n区安委会各成员单位\n"
    )
    first = having(x, "地区生产总值增长6%左右")
    assert roles(first) == {"lead": ["发改局"], "responsible": [],
                            "assist": ["经开区", "高新园（邹区镇）", "各街道", "统计局"]}
    assert first.leaders == ["王旭锋"]
    assert roles(having(x, "社会消费品零售总额")) == {"lead": ["商务局"], "responsible": [], "assist": []}
    assert roles(having(x, "安全生产形势平稳向好"))["lead"] == ["应急管理局（安委办）"]
    assert not any("区政府" in u.mention for t in x.tasks for u in t.units)


def test_a_bracketed_note_under_a_signature_date_is_no_cell() -> None:
    """``国务院办公厅`` / ``2016年4月6日`` / ``（本文有删减）``: the note is the page's, not the rest of a cell, so
    the signature still ends the notice and names no unit of the item above it (rw_national_gwyb_quota2016)."""
    x = read("rw_national_gwyb_quota2016")
    assert roles(having(x, "国办将加强跟踪督办"))["responsible"] == ["国办"]


def test_a_space_separated_table_run_on_over_one_line() -> None:
    """(real text, hw_hubei_jianli_kongqi2018_zzqd) a table copied as one line, its cells parted by spaces: the
    header stands inside the line (``工作任务和内容 责任单位 配合单位 完成时间``), each row is its text then its short
    cells, a unit's name broken by a space is one unit (``县委县政府 督查室``, ``县交通 运输局``), and the deadline
    cell's words after the date are no part of it (``7月底前制定 扬尘治理方案``)."""
    x = snippet(
        "附件 监利县2018年环境空气质量综合整治方案职责清单 工作任务和内容 责任单位 配合单位 完成时间 "
        "负责全县环境空气质量达标整治工作的舆论宣传,利用电台、电视、门户网站等媒体,开展全县环境空气质量达标整治工作的专题宣传和"
        "跟踪报道,对大气污染问题和违法排污企业进行公开曝光.\n\n"
        "县委宣传部 持续开展 负责大气污染综合治理工作任务的督导和检查考核工作. 县委县政府 督查室 持续开展 "
        "负责制定监利县城区扬尘污染整治百日攻坚工作方案,督促拆迁项目单位落实扬尘污染防治工作. "
        "县五城办 7月底前制定 扬尘治理方案 "
        "负责抓好砂石场的扬尘污染防治、交通建设项目(道路工程等施工工地)和道路运输扬尘的污染防治工作,督导建设单位落实各项治理措施,"
        "减少扬尘污染,加快推广新能源汽车. 县交通 运输局 12月底前完成新能源汽车更换\n"
        "二、保障措施\n县生态环境局负责督查考核。\n"
    )
    assert len([t for t in x.tasks if "督查考核" not in t.text]) == 4
    first = having(x, "负责全县环境空气质量达标整治工作的舆论宣传")
    assert roles(first)["responsible"] == ["县委宣传部"] and first.deadline == "持续开展"
    assert roles(having(x, "检查考核工作"))["responsible"] == ["县委县政府督查室"]
    third = having(x, "百日攻坚工作方案")
    assert roles(third)["responsible"] == ["县五城办"] and third.deadline == "7月底前"
    assert roles(having(x, "加快推广新能源汽车"))["responsible"] == ["县交通运输局"]
    assert "县生态环境局" in roles(having(x, "负责督查考核"))["responsible"]  # the prose after it is no row


def test_a_second_line_of_a_row_shares_its_merged_unit_cell() -> None:
    """(real text, rw_sichuan_dazhu_minsheng) ``5`` / ``开工建设县老年养护楼。`` / ``县民政局`` / ``5月底前动工`` /
    ``开工建设老年大学。`` / ``12月底前``: the second text line of row 5 has no unit cell of its own (merged with the
    one above), so it is 县民政局's, with its own deadline, never the next row's units."""
    x = snippet(
        "2016年民生实事目标任务分解表\n\n序号\n\n民生实事\n\n责任单位\n\n完成时限\n\n4\n\n建成县残疾人综合服务中心。\n\n"
        "县残联\n\n5月底前动工\n\n5\n\n开工建设县老年养护楼。\n\n县民政局\n\n5月底前动工\n\n开工建设老年大学。\n\n"
        "12月底前\n\n6\n\n迁建县政务服务中心。\n\n县政务服务中心\n\n县代建中心\n\n12月底前\n"
    )
    second = having(x, "开工建设老年大学")
    assert roles(second)["responsible"] == ["县民政局"] and second.deadline == "12月底前"
    assert having(x, "开工建设县老年养护楼").deadline == "5月底前动工"
    assert roles(having(x, "迁建县政务服务中心"))["responsible"] == ["县政务服务中心", "县代建中心"]


#: a rectification block of hz8_xizang_jtt_dczg1202 (real text), label cell and value cell of each row
_BLOCK = [
    ("整改目标", "健全完善交通行业生态环境保护责任落实工作机制,压实生态环境保护责任,常态化开展专项整治。"),
    ("整改措施", "建立交通建设领域问题整改包保机制,限时完成整改工作。(立行立改,2023 年 12 月 31 日前完成)"),
    ("牵头部门 (责任单位)", "牵头单位:自治区交通运输厅 责任单位:自治区交通运输厅,各地(市)委 、行署(政府)"),
    ("责任人", "区交通运输厅党组成员、副厅长 李华强"),
    ("联系电话", "0891-6811170"),
]


@pytest.mark.parametrize("row", [
    "{} | {} |", "| {} | {} |", "│{}│{}│", "{}\t{}", "{}:{}", "{}\n\n{}\n",
])
def test_a_rectification_block_in_any_flattening(row: str) -> None:
    """The same labelled block flattened as pipes (closed or not), markdown, box-drawing, tab-separated, colons, or
    each cell on a line of its own: one reading, the units of the unit cell (its label's other name in brackets
    set aside), the person of the 责任人 cell, the contact line nobody's task."""
    title = "中央生态环境保护督察反馈意见(12-02)整改措施完成情况公示表\n"
    x = snippet(title + "\n".join(row.format(*r) for r in _BLOCK))
    for words in ("健全完善交通行业生态环境保护责任落实工作机制", "建立交通建设领域问题整改包保机制"):
        task = having(x, words)
        assert roles(task) == {"lead": ["自治区交通运输厅"], "responsible": ["各地(市)委", "行署(政府)"], "assist": []}
        assert task.leaders == ["李华强"]
    assert not any("0891" in t.text for t in x.tasks)


@pytest.mark.parametrize("sep", ["\t", " | ", "│"])
def test_a_rectification_list_as_a_table_is_one_record_per_row(sep: str) -> None:
    """``序号 | 反馈问题 | 整改目标 | 整改措施 | 责任单位 | 责任人``: a row is one record, its text from the problem to
    the measures (a key may quote any of them), its units, its 责任人 a leader (real text, hz8_xizang_gaer_dczg152)."""
    header = ["序号", "反馈问题", "整改目标", "整改措施", "责任单位", "责任人"]
    row = ["1", "噶尔县境内某公路共设置29处取弃土场,平均4.3公里设1处取弃土场。",
           "依法查处存在的生态环境问题,开展责任追究,全面规范项目建设,完成临时用地生态恢复治理。",
           "按照“谁破坏谁治理”原则,责令施工单位严格按照《临时用地复垦方案》,按时完成生态恢复治理。",
           "噶尔县人民政府", "洛桑丹增"]
    x = snippet("反馈意见(15-2)整改措施完成情况公示表\n" + sep.join(header) + "\n" + sep.join(row) + "\n")
    task = having(x, "依法查处存在的生态环境问题")
    assert "噶尔县境内某公路" in task.text and "责令施工单位" in task.text
    assert roles(task)["responsible"] == ["噶尔县人民政府"] and task.leaders == ["洛桑丹增"]


#: two blocks of rw_jiangxi_dczg2017 (real lines), each with its 整改措施 numbered below a label of their own
_JX_A = ["问题1:景德镇市。", "整改时限:2020年6月底。", "责任单位:景德镇市政府。", "整改措施:",
         "1、加快棚户区改造步伐,制定详实的江维电化社区棚户区改造方案,"
         "力争用3-5年时间完成园区卫生防护距离内居民搬迁工作。",
         "2、出台江维电化社区棚改房屋征收方案(2016年2月已出台),一期位于城市外环线旁的安置房建设已启动。"]
_JX_B = ["问题2:赣州市。", "整改目标: 2017年底前完成定南县精细化工产业基地卫生防护距离内居民搬迁。",
         "整改时限:2018年底。", "责任单位:赣州市政府。", "整改措施:",
         "1、2017年底前,对定南县精细化工产业基地1家企业卫生防护距离内居民进行搬迁;对另1家企业实施转产或由政府收购。",
         "2、对信丰县工业园区排查出来的8家企业卫生防护距离内居民,分五个阶段完成搬迁工作。"]


def test_a_block_whose_units_stand_before_its_measures() -> None:
    """``问题2：… / 整改时限：… / 责任单位：X / 整改措施： / 1、… 2、…``: the block's units and deadline go to every
    numbered measure below them, up to the next block's label (``问题2：`` with its number is a block's label);
    ``1、2017年底前…`` is an item whose text opens with a year, not the number 1.2017."""
    x = snippet("\n".join(["整改措施清单", *_JX_A, *_JX_B]))
    for words in ("加快棚户区改造步伐", "出台江维电化社区棚改房屋征收方案"):
        task = having(x, words)
        assert roles(task)["responsible"] == ["景德镇市政府"] and task.deadline == "2020年6月底"
    for words in ("对定南县精细化工产业基地1家企业", "对信丰县工业园区排查出来的8家企业"):
        task = having(x, words)
        assert roles(task)["responsible"] == ["赣州市政府"] and task.deadline == "2018年底"
    assert compact(having(x, "对定南县精细化工产业基地1家企业").text).startswith("1、2017年底前")


def test_a_leader_line_names_people_with_their_ranks() -> None:
    """``责任人`` / ``区交通运输厅党组成员、副厅长 李华强`` on lines of their own (each cell on a line): the person."""
    x = snippet("\n\n".join([
        "整改目标", "健全完善交通行业生态环境保护责任落实工作机制,压实生态环境保护责任,常态化开展专项整治。",
        "责任单位", "自治区交通运输厅", "责任人", "区交通运输厅党组成员、副厅长 李华强"]))
    assert having(x, "健全完善交通行业生态环境保护责任落实工作机制").leaders == ["李华强"]


@pytest.mark.parametrize("row", ["{}", "| {} |"])
def test_a_row_broken_over_two_rows_at_a_comma(row: str) -> None:
    """A row whose text cell broke after a comma onto a row with no number (``1 | 加快构建…产业体系, | X | Y`` /
    `` | 聚焦农产品精深加工产业,… | | Z``) is one row: its text goes on and the units on the second line are the
    row's too; the next numbered row is its own (real text, rw_liaoning_liaozhong_gzbg2024)."""
    rows = [["序号", "主要工作举措", "牵头单位", "配合单位"],
            ["1", "加快构建具有辽中特色的现代化产业体系,", "区农业农村局", "区发展改革局、区工业和信息化局"],
            ["", "聚焦农产品精深加工产业,加快推进肉鸡、肉牛、淡水鱼全产业链规划布局和对外招商,实现三产融合发展。", "",
             "沈阳近海经济区管委会"],
            ["2", "加快安徽节源、沈发废弃油脂等在建项目的建设进度。", "沈阳近海经济区管委会",
             "自然资源分局、生态环境分局"]]
    sep = "\t" if row == "{}" else " | "
    x = snippet("2024年政府工作报告主要工作任务分解表\n" + "\n".join(row.format(sep.join(r)) for r in rows) + "\n")
    first = having(x, "加快构建具有辽中特色的现代化产业体系")
    assert "实现三产融合发展" in first.text
    assert roles(first) == {"lead": ["区农业农村局"], "responsible": [],
                            "assist": ["区发展改革局", "区工业和信息化局", "沈阳近海经济区管委会"]}
    assert roles(having(x, "加快安徽节源"))["lead"] == ["沈阳近海经济区管委会"]


def test_a_row_naming_a_document_reads_as_the_whole_row() -> None:
    """``1 | 《重庆市突发事件应对条例》 | 立法预备 | 市应急管理局 | |``: a title cell names the thing, the other cells
    say what is done with it (real text, hw_chongqing_aqsc2025_zbb), whatever verbs the title holds (应对)."""
    x = snippet("二、重要立法和标准制定事项\n序号 | 名 称 | 2025年目标 | 责任单位 | 备注 |\n"
                "1 | 《重庆市突发事件应对条例》 | 立法预备 | 市应急管理局 | |\n"
                "2 | 《重庆市安全生产风险分级管控和隐患排查治理办法》 | 立法预备 | 市应急管理局 | |\n")
    for words in ("《重庆市突发事件应对条例》|立法预备", "《重庆市安全生产风险分级管控和隐患排查治理办法》|立法预备"):
        assert roles(having(x, words))["responsible"] == ["市应急管理局"]


def test_a_leader_cell_with_a_rank_is_the_person() -> None:
    """A 责任领导 cell ``洛桑丹增(副县长)``: the person, the rank in brackets set aside; spaced names are one name."""
    assert leader_cell("洛桑丹增(副县长)") == ["洛桑丹增"]
    assert leader_cell("钱 宇") == ["钱宇"]
    assert leader_cell("分管副县长") == ["分管副县长"]
    x = snippet("整改清单\n序号\t反馈问题\t整改措施\t责任单位\t责任领导\n"
                "1\t噶尔县境内某公路共设置29处取弃土场。\t按照“谁破坏谁治理”原则,责令施工单位按时完成生态恢复治理。\t"
                "噶尔县人民政府\t洛桑丹增(副县长)\n")
    assert having(x, "责令施工单位按时完成生态恢复治理").leaders == ["洛桑丹增"]


def test_a_header_cell_merged_over_several_columns() -> None:
    """``项 目 | 目标 | 分 解 情 况 | 责任领导 | 责任单位 | 责任人`` over rows of eight cells (分解情况 spans the item,
    its figure and the towns' shares): the unit and leader columns stand at the row's end, the 项目 column names
    the row (the one unnamed column that does), and a short row under merged cells keeps the unit and the people
    of the row above (rw_sichuan_zhaohua_minsheng)."""
    x = read("rw_sichuan_zhaohua_minsheng")
    for words in ("城镇新增就业人数(人) | 1300", "城镇失业人员再就业(人) | 250"):
        task = having(x, words)
        assert roles(task)["responsible"] == ["区人社局"]
        assert task.leaders == ["刘强", "陈宗"]


def test_a_space_separated_row_whose_text_wraps_onto_the_next_line() -> None:
    """``1 加快构建…,聚焦农产品 区农业农村局 区发展改革局 2024年12月底前`` / ``精深加工产业,实现三产融合发展。``: the
    line below is the rest of the row's text cell (never glued onto its deadline cell), the row keeps its units
    (real text, rw_liaoning_liaozhong_gzbg2024)."""
    x = snippet("2024年政府工作报告主要工作任务分解表\n序号 主要工作举措 牵头单位 配合单位 完成时限\n"
                "1 加快构建具有辽中特色的现代化产业体系,聚焦农产品 区农业农村局 区发展改革局 2024年12月底前\n"
                "精深加工产业,实现三产融合发展。\n"
                "2 加快安徽节源、沈发废弃油脂等在建项目的建设进度。 沈阳近海经济区管委会 自然资源分局 2024年6月底前\n")
    first = having(x, "加快构建具有辽中特色的现代化产业体系")
    assert "实现三产融合发展" in first.text and first.deadline == "2024年12月底前"
    assert roles(first) == {"lead": ["区农业农村局"], "responsible": [], "assist": ["区发展改革局"]}


_GAER = ["反馈问题:噶尔县境内某公路共设置29处取弃土场,平均4.3公里设1处取弃土场。",
         "整改措施:按照“谁破坏谁治理”原则,责令施工单位严格按照《临时用地复垦方案》,按时完成生态恢复治理。"]


def test_a_label_naming_units_and_their_people() -> None:
    """``责任单位及责任人：噶尔县人民政府 洛桑丹增``: the unit, and the person as a leader (real text of
    hz8_xizang_gaer_dczg152 in a labelled block)."""
    x = snippet("\n".join(["整改措施完成情况公示表", *_GAER, "责任单位及责任人:噶尔县人民政府 洛桑丹增"]))
    task = having(x, "责令施工单位严格按照")
    assert roles(task)["responsible"] == ["噶尔县人民政府"] and task.leaders == ["洛桑丹增"]


def test_a_role_in_brackets_after_a_unit() -> None:
    """``责任单位：噶尔县人民政府（牵头）、噶尔县自然资源局``: the bracket gives its unit's role, never its name."""
    x = snippet("\n".join(["整改措施完成情况公示表", *_GAER, "责任单位:噶尔县人民政府(牵头)、噶尔县自然资源局"]))
    assert roles(having(x, "责令施工单位严格按照")) == {
        "lead": ["噶尔县人民政府"], "responsible": ["噶尔县自然资源局"], "assist": []}


def test_a_role_line_after_numbered_items_of_a_plan_served_as_one_line() -> None:
    """``…60.… 61.… 63.…消除火灾隐患。 主要责任部门：市公安局、…`` (a plan on one line): the role line after the
    items is read as it would stand on a line of its own, covering the numbered siblings before it
    (hw_jilin_changchun_jihua_p4)."""
    x = read("hw_jilin_changchun_jihua_p4")
    for words in ("进一步加强对城乡结合部集贸市场监管", "加强对自备集中式供水", "完成消防特勤二大队"):
        got = roles(having(x, words))["responsible"]
        assert got[0] == "市公安局" and "市食品药品监督管理局" in got
