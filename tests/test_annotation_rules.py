"""The answer-key rules of ../shared/eval/ANNOTATION.md (and tests/realworld/CONVENTIONS.md where it refines them),
one test per rule, each on a real excerpt cut from a plan in tests/realworld (whole lines, from the line holding
``first`` to the line holding ``last``; never made-up text) and read by the whole pipeline, as `polkg extract`
reads a file. Each asserts what the document's hand-written key says for the rule."""

from __future__ import annotations

import pytest

from polkg.graph.model import Extraction
from polkg.loaders import marks
from polkg.loaders.text import compact, view
from polkg.pipeline import Pipeline
from tests.helpers import REALWORLD, having, roles


def excerpt(doc: str, first: str, last: str | None = None) -> str:
    """The lines of ``doc`` from the one holding ``first`` to the one holding ``last`` (default: that line)."""
    path = REALWORLD / f"{doc}.txt"
    if not path.exists():
        pytest.skip(f"{path.name} is not in tests/realworld")
    lines = path.read_text(encoding="utf-8").splitlines()
    a = next(i for i, line in enumerate(lines) if first in line)
    b = next(i for i, line in enumerate(lines) if i >= a and (last or first) in line)
    return "\n".join(lines[a : b + 1]) + "\n"


def read(pipeline: Pipeline, doc: str, first: str, last: str | None = None) -> Extraction:
    return pipeline.extract_text(excerpt(doc, first, last), doc)


# ---------------------------------------------------------------- what a task is


def test_notice_boilerplate_is_no_task(pipeline: Pipeline) -> None:
    """Cover notice: the transmittal to all recipients (印发给你们，请认真贯彻执行) is boilerplate, not a task."""
    x = read(pipeline, "hx_zhejiang_haiyan_gzbg2022", "现印发给你们")
    assert not [t for t in x.tasks if "印发给你们" in compact(t.text)]


def test_a_pure_heading_is_no_task_of_its_own(pipeline: Pipeline) -> None:
    """`（二）省审计厅牵头的工作` is a heading: its item is a task (the heading travels with it), the heading is
    no task of its own."""
    x = read(pipeline, "rw_shanxi_gov2008_responsibility", "(二)省审计厅牵头的工作", "协同单位:省直各部门")
    assert len(x.tasks) == 1
    assert compact(x.tasks[0].text).endswith("全面加强审计工作。")


# ---------------------------------------------------------------- unit names


def test_unit_names_keep_their_parentheses(pipeline: Pipeline) -> None:
    """Each unit exactly as written, spaces removed, parentheses kept: 省数据局(省营商局)."""
    x = read(pipeline, "hz7_liaoning_yingshang2025_zqyj", "2.提高相关领域立法质效")
    assert "省数据局(省营商局)" in roles(having(x, "提高相关领域立法质效"))["responsible"]


def test_spaces_inside_a_name_are_removed(pipeline: Pipeline) -> None:
    """`省乡村振兴 局` (a line broken in the source) is written 省乡村振兴局; 按职责分工负责 → responsible."""
    x = read(pipeline, "hy_hunan_xiangcun_jianshe2023", "省乡村振兴 局按职责分工负责")
    task = x.tasks[-1]
    assert roles(task)["lead"] == ["省自然资源厅"]
    assert roles(task)["responsible"] == ["省住房和城乡建设厅", "省农业农村厅", "省乡村振兴局"]


def test_a_trailing_generic_tail_is_dropped(pipeline: Pipeline) -> None:
    """A trailing `等有关部门` is dropped from the unit name, and the key keeps no group for it
    (hy_shandong_gangcheng_fgf2021: 责任单位：区司法局等有关部门 → 区司法局)."""
    x = read(pipeline, "hy_shandong_gangcheng_fgf2021", "3.规范行政备案事项管理")
    assert roles(having(x, "规范行政备案事项管理")) == {
        "lead": ["区政府办公室"], "responsible": ["区司法局"], "assist": []}


def test_a_generic_tail_inside_a_list_is_dropped_too(pipeline: Pipeline) -> None:
    """hz7_beijing_shunyi_aoyun2008: 配合部门：区文明办、区整治办、区环卫服务中心等相关部门、各镇政府、街道办事处."""
    x = read(pipeline, "hz7_beijing_shunyi_aoyun2008", "环境卫生保洁", "区环卫服务中心等相关部门")
    helpers = ["区文明办", "区整治办", "区环卫服务中心", "各镇政府", "街道办事处"]
    assert roles(having(x, "环境卫生保洁"))["assist"] == helpers


def test_a_trailing_deng_after_places_is_dropped(pipeline: Pipeline) -> None:
    """`马坡、北小营、南彩、牛栏山等相关镇政府`: each town as written, the trailing 等相关镇政府 dropped."""
    x = read(pipeline, "hz7_beijing_shunyi_aoyun2008", "(4)城中村整治", "牛栏山等相关镇政府")
    assert roles(having(x, "城中村整治"))["assist"][-4:] == ["马坡", "北小营", "南彩", "牛栏山"]


def test_the_role_a_unit_holds_is_no_part_of_its_name(pipeline: Pipeline) -> None:
    """`整改要求：由包片单位县气象局负责清除。` → 县气象局, exactly as the unit is written (hw_shaanxi_pingli)."""
    x = read(pipeline, "hw_shaanxi_pingli_shuangchuang_xuncha", "2、平利花园对面", "由包片单位县气象局负责清除")
    assert roles(having(x, "平利花园对面"))["responsible"] == ["县气象局"]


def test_generic_groups_are_kept_as_written(pipeline: Pipeline) -> None:
    """`协同单位：省直各部门和各市人民政府.`: each group kept as written (协同单位 → assist)."""
    x = read(pipeline, "rw_shanxi_gov2008_responsibility", "(二)省审计厅牵头的工作", "协同单位:省直各部门")
    assert roles(x.tasks[0])["assist"] == ["省直各部门", "各市人民政府"]


# ---------------------------------------------------------------- roles by the word


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("牵头单位", "lead"), ("牵头部门", "lead"), ("省级牵头部门", "lead"),
        ("责任单位", "responsible"), ("负责部门", "responsible"), ("主体责任单位", "responsible"),
        ("主要责任单位", "responsible"), ("协同责任单位", "responsible"), ("负责单位", "responsible"),
        ("配合单位", "assist"), ("参与单位", "assist"), ("协办单位", "assist"), ("协同单位", "assist"),
    ],
)
def test_role_labels_by_the_word(label: str, role: str) -> None:
    """ANNOTATION.md's role words as labels before a colon (负责部门 was read as a field of no role)."""
    found = marks.labels(view(label + "："))
    assert [x.kind for x in found] == [role]


def test_host_and_co_host(pipeline: Pipeline) -> None:
    """主办 → responsible, 协办 → assist: （省财政厅主办，省国税局、地税局协办）."""
    x = read(pipeline, "hy_heilongjiang_gzbg2013_fengong", "公共财政收入增长13%左右")
    assert roles(having(x, "公共财政收入增长13%左右")) == {
        "lead": [], "responsible": ["省财政厅"], "assist": ["省国税局", "地税局"]}


def test_lead_and_participants(pipeline: Pipeline) -> None:
    """牵头 → lead, 参与 → assist: 〔市生态环境局牵头，市发展和改革局、工业和信息化局、自然资源局参与，…〕."""
    x = read(pipeline, "rw_guangdong_chaozhou_air", "1.制定实施准入清单")
    task = having(x, "制定实施准入清单")
    assert roles(task)["lead"] == ["市生态环境局"]
    assert roles(task)["assist"][:3] == ["市发展和改革局", "工业和信息化局", "自然资源局"]


def test_a_heading_lead_covers_its_items(pipeline: Pipeline) -> None:
    """`（二）省审计厅牵头的工作`: the heading's lead leads the item under it."""
    x = read(pipeline, "rw_shanxi_gov2008_responsibility", "(二)省审计厅牵头的工作", "协同单位:省直各部门")
    assert roles(having(x, "全面加强审计工作"))["lead"] == ["省审计厅"]


def test_a_declared_convention_holds_from_where_it_is_written(pipeline: Pipeline) -> None:
    """`（列第一位者为牵头或汇总单位，下同）`: the first unit of each list after it leads."""
    x = read(pipeline, "hw_zhejiang_tongxiang_gzbg2020", "1.制定出台高质量发展", "责任单位:发改局、经信局、财政局")
    later = roles(having(x, "全面落实各级“五减”系列政策"))
    assert later["lead"] == ["发改局"]
    assert later["responsible"][:2] == ["经信局", "财政局"]


def test_the_unit_opening_a_duty_paragraph_is_responsible(pipeline: Pipeline) -> None:
    """`（1）市林业局。` / `负责火灾扑救的组织…`: the unit that opens the paragraph answers for its duties."""
    x = read(pipeline, "hy_liaoning_shenyang_senlin_fanghuo_zz", "(1)市林业局", "负责火灾扑救的组织")
    assert roles(having(x, "负责火灾扑救的组织")) == {"lead": [], "responsible": ["市林业局"], "assist": []}


def test_a_standing_line_applies_forward_only(pipeline: Pipeline) -> None:
    """`（牵头单位：县河长办，配合单位：各乡(镇)政府。以下均需各乡(镇)政府负责，不再列出）`: the item it closes
    keeps its own roles; every later item gets 各乡(镇)政府 as responsible (hw_jiangxi_hukou_hhz2024)."""
    x = read(pipeline, "hw_jiangxi_hukou_hhz2024", "(一)压实河湖长责任", "(二)强化河长办职能作用")
    assert roles(having(x, "压实河湖长责任")) == {"lead": ["县河长办"], "responsible": [], "assist": ["各乡(镇)政府"]}
    assert roles(having(x, "强化河长办职能作用"))["responsible"] == ["各乡(镇)政府"]


# ---------------------------------------------------------------- people and section lines


def test_a_person_answering_in_a_division_line_is_a_leader(pipeline: Pipeline) -> None:
    """`任务分工：吕维峰副省长负责，省农委总牵头。` under a heading: 吕维峰 a leader (never a unit), 省农委 the lead
    (总牵头), and the line covers the numbered items of the heading (hz5_heilongjiang_shidagongcheng2009)."""
    x = read(pipeline, "hz5_heilongjiang_shidagongcheng2009", "一、千亿斤粮食产能工程", "1.水利化工程")
    head = having(x, "坚持突出重点、分期实施")
    assert roles(head) == {"lead": ["省农委"], "responsible": [], "assist": []}
    assert head.leaders == ["吕维峰"]
    assert having(x, "1.水利化工程").leaders == ["吕维峰"]


def test_a_heading_person_is_a_leader(pipeline: Pipeline) -> None:
    """`一、孟学农省长负责的工作`: the governor is the items' leader, never a unit."""
    x = read(pipeline, "rw_shanxi_gov2008_responsibility", "一、孟学农省长负责的工作", "协同单位:省直各部门")
    task = having(x, "全面加强审计工作")
    assert task.leaders == ["孟学农"]
    assert "孟学农" not in str(roles(task))


# ---------------------------------------------------------------- deadlines


def test_a_bracket_holding_only_a_time_limit_is_the_deadline_as_written(pipeline: Pipeline) -> None:
    """`（2006年7月底前完成）`, `（年内适时进行）` close an item as a 完成时限 cell does: the deadline as written."""
    x = read(pipeline, "hu_xinjiang_pinganchangtong2006", "1.进一步明确各级人民政府", "3.组织开展对各地")
    assert having(x, "1.进一步明确各级人民政府").deadline == "2006年7月底前完成"
    assert having(x, "3.组织开展对各地").deadline == "年内适时进行"
    y = read(pipeline, "hz7_tianjin_gzbg2021_rwfg", "01 教育", "保障符合条件的随迁子女")
    assert having(y, "保障符合条件的随迁子女").deadline == "年内持续推进"


def test_of_several_deadlines_the_last_counts(pipeline: Pipeline) -> None:
    """`…要在8月底前完成…；11月底前各项整治工作要按期完成` → 11月底前 (ho_liaoning_dalian_jtzz2011)."""
    x = read(pipeline, "ho_liaoning_dalian_jtzz2011", "为迎接今年夏季达沃斯")
    assert having(x, "为迎接今年夏季达沃斯").deadline == "11月底前"


def test_a_period_opening_an_item_is_its_deadline(pipeline: Pipeline) -> None:
    """`1、上半年开工建设市儿童医院。` → 上半年 (hv_shaanxi_ankang_wsj_zrs2011); `第一季度(每项5分):完成…` → 第一季度
    (hv_shaanxi_yangling_swj_zrs2019): the period as written."""
    x = read(pipeline, "hv_shaanxi_ankang_wsj_zrs2011", "市卫生局", "1、上半年开工建设市儿童医院")
    assert having(x, "上半年开工建设市儿童医院").deadline == "上半年"
    y = read(pipeline, "hv_shaanxi_yangling_swj_zrs2019", "贯彻落实国务院《批复》", "第一季度(每项5分)")
    assert having(y, "第一季度(每项5分)").deadline == "第一季度"


def test_a_day_with_its_weekday_is_a_deadline_as_written(pipeline: Pipeline) -> None:
    """`于4月20日(星期五)前上报区督查组` → 4月20日(星期五)前 (hv_guangdong_sanshui_gzrw2007)."""
    x = read(pipeline, "hv_guangdong_sanshui_gzrw2007", "4月20日(星期五)前")
    assert having(x, "4月20日(星期五)前").deadline == "4月20日(星期五)前"
