"""Table- and list-shaped plans never seen before (issue 8, the fourth hold-out's released plans): role words
in a closing mark, tables flattened one cell per line, headers in Traditional characters."""

from __future__ import annotations

from polkg.loaders import tables
from polkg.loaders.text import compact
from polkg.pipeline import Pipeline
from tests.helpers import having, roles, snippet

# hy_heilongjiang_gzbg2013_fengong (黑龙江省…重点工作责任分工的意见): 主办 / 协办 say who answers for an item and
# who helps, as 负责 / 配合 do.
ZHUBAN = """一、全省经济社会发展主要目标
  (一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)
  (三)全社会固定资产投资增长30%以上。(省发改委主办,省工信委、国土资源厅、住建厅协办)
"""


def test_zhuban_names_the_responsible_unit_and_xieban_the_helpers() -> None:
    x = snippet(ZHUBAN)
    second = having(x, "公共财政收入增长13%左右")
    assert roles(second) == {"lead": [], "responsible": ["省财政厅"], "assist": ["省国税局", "地税局"]}
    third = having(x, "全社会固定资产投资增长30%以上")
    assert roles(third)["responsible"] == ["省发改委"] and "住建厅" in roles(third)["assist"]


# hy_shaanxi_yangxian_msss2024_table (洋縣2024年十大民生實事項目清單): Traditional characters, one cell per line, each
# cell closed by its ``|``; the 建設地點 column names places, the 責任單位 column the unit, 建設時間 the deadline, and
# the row's text runs from its 項目名稱 to its 建設內容.
YANGXIAN = """附件:
|
洋縣2024年十大民生實事項目清單 |
||||||
|
序號 |
項目名稱 |
建設地點 |
建設時間 |
2024年建設內容 |
年度投資金額 (萬元) |
責任單位 |
|
1 |
洋縣中小學幼兒園基礎設施提升改造項目 |
相關鎮 (街道) |
2024 |
對馬暢中小、湑水中小、茅坪學校等學校運動場地進行改造。 |
300 |
教體局 |
|
2 |
城北小學門前道路建設項目 |
紙坊街道 |
2024 |
建成唐塔北路延伸段(城北小學門前)道路。 |
300 |
住建局 |
"""


def test_a_table_with_each_cell_closed_by_its_mark_is_read_row_by_row() -> None:
    x = snippet(YANGXIAN)
    first = having(x, "洋縣中小學幼兒園基礎設施提升改造項目")
    assert roles(first) == {"lead": [], "responsible": ["教體局"], "assist": []} and first.deadline == "2024"
    assert "運動場地進行改造" in first.text
    second = having(x, "城北小學門前道路建設項目")
    assert roles(second)["responsible"] == ["住建局"] and "紙坊街道" in second.text
    assert len(x.tasks) == 2


# hy_shaanxi_xian_aqjc2012 (市政府安全生产督查组分组表): a cell then the others each after its ``|``; the 分组 column is
# the one no header word names (备注 is a remark), so it is the task column; 督查单位 names the district inspected.
XIAN = """附件:
市政府安全生产督查组分组表
分 组
| 督查组牵头单位
| 督查单位
| 备 注
|
第一组
| 市安监局
| 雁塔区
|
|
第二组
| 市规划局
| 灞桥区
|
|
"""


def test_a_group_table_leads_each_group_and_names_the_inspected_district_as_no_role() -> None:
    x = snippet(XIAN)
    first = having(x, "第一组|市安监局|雁塔区")
    assert roles(first) == {"lead": ["市安监局"], "responsible": [], "assist": []}
    assert roles(having(x, "第二组"))["lead"] == ["市规划局"]
    assert len(x.tasks) == 2


# hy_hebei_shijiazhuang_xiaoyuan_shipin (中小学校食品安全管理 职责分工): the header on one line, then each cell on a
# line of its own with the unit before its duty: each unit answers for the duty below it, not the one above.
SHIJIAZHUANG = """中小学校食品安全管理
序号 涉及部门 职责分工
1
市教育局
负责校园食品安全管理工作。指导监督学校落实食品安全主体责任,建立健全食品安全相关管理制度。
2
市市场监督管理局
负责学校集中用餐食品安全的监督管理,依法查处涉及学校的食品安全违法行为。
3
市卫生健康委
负责组织开展校园食品安全风险监测;指导学校开展食源性疾病防控的知识教育。
"""


def test_a_unit_cell_before_its_duty_cell_answers_for_the_duty_below_it() -> None:
    x = snippet(SHIJIAZHUANG)
    assert roles(having(x, "负责校园食品安全管理工作"))["responsible"] == ["市教育局"]
    assert roles(having(x, "负责学校集中用餐食品安全"))["responsible"] == ["市市场监督管理局"]
    assert roles(having(x, "负责组织开展校园食品安全风险监测"))["responsible"] == ["市卫生健康委"]


# hy_jilin_shuihuanjing_gonggu2021 (吉林…水環境治理): a short plan of numbered items each closed by （X牽頭，Y參與）
# brackets is no orphan-heavy prose plan: the engine reads it, each item one task with its bracket's units.
JILIN = """二、重點任務
(一)實施水環境治理工程。
1.加快推進部分縣級及以上城市污水處理廠擴容改造。對污水處理能力不能滿足需要的城市生活污水處理廠應完成擴容工程,逐步解決因污水處理能力不足造成的城市生活污水溢流問題。污水處理廠下游應因地制宜建設人工濕地尾水淨化工程。(省住房城鄉建設廳、省生態環境廳牽頭,省發展改革委參與,各市、縣級政府負責落實。以下任務均需各地政府負責落實,不再列出)
2.加快推進鄉鎮污水處理設施建設。各地應結合實際,通過納入城鎮污水管網集中處理、建設污水處理設施或採用生態處理、轉運等方式,分類推進鄉鎮生活污水處理。新建鄉鎮污水處理設施要廠、網、站一並規劃、設計、建設、運維。鼓勵以縣為單位整縣推進鄉鎮污水處理設施運維。(省住房城鄉建設廳、省生態環境廳牽頭,省發展改革委等參與)
"""


def test_items_closed_by_role_brackets_are_not_read_as_orphan_prose() -> None:
    x = Pipeline().extract_text(JILIN, doc="jilin")
    second = having(x, "2.加快推進鄉鎮污水處理設施建設")
    assert roles(second)["lead"] == ["省住房城鄉建設廳", "省生態環境廳"]
    assert roles(second)["assist"] == ["省發展改革委"]


# hy_guizhou_msss2020_shijian (贵州…十件民生实事): a numbered list of measures; the one that opens with no verb
# (（5）新聘、续聘生态护林员15.2万名。) is a measure like its siblings.
GUIZHOU = """贵州将在2020年着力办好以下“十件民生实事”。
(1)建设100所公办幼儿园,在100所中小学实施“阳光校园·智慧教育”工程。
(2)为全省65岁以上老年人、4.5万名脱贫攻坚一线干部免费体检一次,为80万农村35—64岁妇女免费做“两癌”检查。
(3)对40万贫困劳动力开展技能培训,公益性岗位安置就业困难人员6万人。
(4)县乡公路路面改善提升工程建成4000公里、开工8000公里。
(5)新聘、续聘生态护林员15.2万名。
(6)选派1200名科技特派员赴基层开展农业技术服务,招募派遣1万名大学生到基层开展志愿服务。
"""


def test_an_item_without_an_opening_verb_in_a_list_of_measures_is_a_task() -> None:
    x = snippet(GUIZHOU)
    having(x, "新聘、续聘生态护林员15.2万名")
    having(x, "选派1200名科技特派员")


def test_an_indicators_value_or_trend_in_a_cell_is_no_deadline() -> None:
    """rw_anhui_luan_mlzb2025 (美丽六安主要指标): 现状值 / 2027年目标 cells such as ``持续下降`` and
    ``15.4(2022年数据)`` are an indicator's trend and value, not when the work is due; ``2020年底前`` and
    ``长期坚持`` still are."""
    assert tables.deadline_cell("持续下降") is None
    assert tables.deadline_cell("15.4(2022年数据)") is None
    assert tables.deadline_cell("2020年底前") == "2020年底前"
    assert tables.deadline_cell("长期坚持") == "长期坚持"
    assert tables.deadline_cell("2016—2017年底前") == "2016—2017年底前"  # a range of years, not a value


# hx_zhejiang_haiyan_gzbg2022: a portal's metadata rows above the notice are nobody's task.
PORTAL = """索引号: | 113304240025561412/2022-69894 | 成文日期: | 2022-04-18 |
文件编号: | 盐政办发〔2022〕16号 | 组配分类: | 政府工作报告 |
发布机构: | 县政府办公室 | 有效性: |
全县生产总值增长7.5%左右;一般公共预算收入增长8.5%。
责任单位:县发改局、县财政局
"""


def test_portal_metadata_rows_are_no_tasks() -> None:
    x = snippet(PORTAL)
    assert [compact(t.text)[:8] for t in x.tasks] == ["全县生产总值增长"]


# ho_henan_dengfeng_xuzhuang_aqsc2017 (徐庄镇安全生产专项整治): a task cell listing only what is inspected, with
# no duty in it, is read with its row (the month and the units say what is to be done, and when).
DENGFENG = """行业名称 | 时间安排 | 责任单位 |
网吧、KTV | 8月份 | 文化站 派出所工商质监所 |
景区(点)、文物设施、宗教场所、 | 9月份 | 生态办 |
"""


def test_a_task_cell_naming_only_objects_takes_its_whole_row() -> None:
    x = snippet(DENGFENG)
    row = having(x, "景区(点)、文物设施、宗教场所、 | 9月份 | 生态办")
    assert roles(row)["responsible"] == ["生态办"] and row.deadline == "9月份"


# hw_guangdong_gzbg2023_nync (广东…政府工作报告重点工作分工): groups of helpers split by commas before the verb that
# names their role: 省委网信办 and 省发展改革委… assist as 省通信管理局 does.
GUANGDONG = """促进数字经济和实体经济深度融合
工作措施:贯彻实施《广东省数字经济促进条例》。实施“广东强芯”工程,推动新型储能产业高质量发展。
部门分工:省工业和信息化厅牵头,省委网信办,省发展改革委、科技厅、商务厅,省通信管理局等配合。
"""


def test_bare_unit_groups_take_the_role_of_the_verb_after_them() -> None:
    x = snippet(GUANGDONG)
    task = having(x, "贯彻实施《广东省数字经济促进条例》")
    assert roles(task) == {"lead": ["省工业和信息化厅"], "responsible": [],
                           "assist": ["省委网信办", "省发展改革委", "科技厅", "商务厅", "省通信管理局"]}


# hw_anhui_qingyang_wjw_zrqd2023q4 (青阳县…重点工作责任清单): a space-separated row with fewer unit cells than role
# columns fills them in order: 县卫健委 leads, 各乡镇 is the 主体责任单位 (not a helper).
QINGYANG = """2023年县政府重点工作责任清单进展情况汇总表(10-12月)
序号 2023年重点工作任务 牵头领导 牵头责任单位 主体责任单位 配合责任单位
81 科学精准落实疫情防控优化措施,加强医疗资源建设,最大程度保护人民生命安全和身体健康。 吴蓓蓓 县卫健委 各乡镇
"""


def test_fewer_unit_cells_than_role_columns_fill_them_in_order() -> None:
    x = snippet(QINGYANG)
    task = having(x, "科学精准落实疫情防控优化措施")
    assert roles(task) == {"lead": ["县卫健委"], "responsible": ["各乡镇"], "assist": []}


# hy_sichuan_hehuzhang_gzyd_fenhao (四川…河湖长制工作要点分工): the convention is declared after the first bracket
# (分号前为牵头单位，下同) and holds from that line on: the unit before the semicolon leads.
FENHAO = """(一)清河
1.持续开展小水电分类整改
深入推进小水电分类整改及各专项清理方案落地落实,确保按期销号验收。〔责任单位:水利厅;省发展改革委(省能源局)、经济和信息化厅、财政厅,各市(州)〕(分号前为牵头单位,下同)
2.做好水电站生态流量泄放监管工作
优化升级各级监管平台,动态完善重点监管电站名录。〔责任单位:水利厅;省发展改革委、生态环境厅,各市(州)〕
3.规范河湖管理
进一步规范工作制度、完善整治标准。〔责任单位:水利厅;自然资源厅、生态环境厅〕
"""


def test_the_group_before_a_semicolon_leads_when_the_plan_says_so() -> None:
    x = Pipeline().extract_text(FENHAO, doc="fenhao")
    for words in ("深入推进小水电分类整改", "优化升级各级监管平台", "进一步规范工作制度"):
        task = having(x, words)
        assert roles(task)["lead"] == ["水利厅"]
    assert roles(having(x, "优化升级各级监管平台"))["responsible"][0] == "省发展改革委"
