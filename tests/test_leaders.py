"""People and posts as leaders (issue 8: ``牵头负责领导：`` is a person, so a leader): the heads a sentence gives a
working body, river and lake chiefs' lists, a heading naming the post whose duties follow. Real excerpts from
tests/realworld."""

from __future__ import annotations

from polkg.loaders import marks, metadata
from tests.helpers import REALWORLD, having, read, snippet


def test_heads_named_inside_a_sentence_are_its_leaders() -> None:
    """``街道成立微网格划分工作领导小组,组长:金红,副组长:许华、张建峰…;同时成立工作专班,专班主任:黄巍峰,副主任:…``
    (hu_shanghai_xiayang_wangge): every head named, under a heading whose title is the item's first line."""
    x = read("hu_shanghai_xiayang_wangge")
    got = having(x, "街道成立微网格划分工作领导小组").leaders
    assert got == ["金红", "许华", "张建峰", "黄巍峰", "邹梅", "盛钢", "姚雯", "陈丽敏", "张成中", "谢明", "张翼"]


def test_a_head_label_takes_names_never_posts_or_units() -> None:
    """``组长：县长`` names a post, not a person; a head line at a paragraph's start is the line reader's
    (``副组长:颜 勋、曹晓芬(常务)…`` in a group list keyed as no task)."""
    assert [n for n, _ in marks.named_people("成立领导小组，组长：县长，副组长：分管副县长。")] == []
    assert [n for n, _ in marks.named_people("成立工作专班，主任：县水利局，负责…")] == []
    assert [n for n, _ in marks.named_people("副组长:颜 勋、曹晓芬(常务)、刘建红")] == []


def test_river_chiefs_of_a_list_with_their_ranks() -> None:
    """``湖長:李建中 省政府副省長協(xié)助:…`` (hw_anhui_shengji_hezhang_mingdan2021, Traditional with pinyin debris):
    the chief's name, his rank set aside, never the 协助 label after it (``省长协助：`` names nobody)."""
    x = read("hw_anhui_shengji_hezhang_mingdan2021")
    assert having(x, "龍感湖").leaders == ["李建中"]
    assert having(x, "天河湖").leaders == ["周喜安"]
    assert marks.named_people("河长：周喜安 省政府副省长协助：省水利厅") == []


def test_a_heading_naming_a_post_s_duties_gives_its_items_that_leader() -> None:
    """``二、县级河湖长主要履行以下职责`` / ``（一）审定并组织实施…`` (hu_hubei_laifeng_hehuzhang): the post answers
    for each item; a heading on the post alone (``四、河湖长主要职责``) only explains it."""
    x = read("hu_hubei_laifeng_hehuzhang")
    assert having(x, "审定并组织实施责任河湖").leaders == ["县级河湖长"]
    assert marks.heading_leader("河湖长主要职责") is None
    assert marks.heading_leader("安全生产工作职责") is None


def test_posts_opening_a_clause_inside_an_item_are_its_leaders() -> None:
    """``…,主要领导要亲自把关`` (hy_ningxia_helan_msss2021), ``实行…动态监管,县政府领导将定期召开…``
    (hx_shanxi_qinxian_gzbg2025), ``总河长、副总河长负责…`` (hu_jiangxi_dayu_hehuzhang2024, Traditional): the post
    answering for a clause of the item, never a unit; ``协助省政府领导同志`` is what a unit does, nobody's post."""
    assert "主要领导" in having(read("hy_ningxia_helan_msss2021"), "各单位、各部门要高度重视民生项目").leaders
    assert "县政府领导" in having(read("hx_shanxi_qinxian_gzbg2025"), "实行“月度盘点+季度研判”").leaders
    assert set(having(read("hu_jiangxi_dayu_hehuzhang2024"), "總河長、副總河長負責").leaders) == {"總河長", "副總河長"}
    got = marks.clause_posts("一是建立整改落实的责任制度。主要领导负总责,党组成员按照分工分别牵头协调。")
    assert [p for p, _ in got] == ["主要领导", "党组成员"]
    assert marks.clause_posts("负责省政府会议的准备工作，协助省政府领导同志组织…") == []


def test_a_post_inside_an_item_does_not_cut_it() -> None:
    """``一是建立整改落实的责任制度。主要领导负总责,…`` (ho_anhui_ciq_zhenggai2009): the post is the item's leader,
    its sentence no new item (the key keeps them together)."""
    x = read("ho_anhui_ciq_zhenggai2009")
    assert {"主要领导", "党组成员"} <= set(having(x, "一是建立整改落实的责任制度。主要领导负总责").leaders)


def test_a_person_alone_in_a_clause_of_a_task_split_line() -> None:
    """``任务分工:吕维峰副省长负责,省农委总牵头。`` (hz5_heilongjiang_shidagongcheng2009): the vice-governor is the
    leader, the commission the lead; neither is read as a unit named ``吕维峰副省长`` or ``省农委总``."""
    x = read("hz5_heilongjiang_shidagongcheng2009")
    task = having(x, "坚持突出重点、分期实施、统筹推进")
    assert task.leaders == ["吕维峰"]
    assert [(u.mention, u.role) for u in task.units] == [("省农委", "lead")]
    assert having(x, "突出抓好尼尔基引嫩扩建一期").leaders == ["吕维峰"]  # 总牵头: over the heading's items too


def test_people_a_post_is_given_to() -> None:
    """``办公室主任由勞慶蓉同志兼任,副主任由諶春梅、龐家偉擔任`` (rw_guangxi_beihai_nankang_kaiken): each person the
    post is given to; a post or a unit given it names nobody."""
    got = marks.named_people("办公室主任由劳庆蓉同志兼任，副主任由谌春梅、庞家伟担任。")
    assert [n for n, _ in got if n != "劳庆蓉"] == ["谌春梅", "庞家伟"]
    assert marks.named_people("组长由县长担任，副组长由分管副县长、县水利局局长担任，由专人担任联络员") == []


def test_the_header_of_a_responsibility_book_covers_every_item() -> None:
    """``部门(单位):示范区水务局  责任人:王西宁`` heading a 目标责任书 (hv_shaanxi_yangling_swj_zrs2019): the unit is
    responsible for every item below and the person named is their leader; ``部门(单位)`` is a label, no unit."""
    x = read("hv_shaanxi_yangling_swj_zrs2019")
    task = having(x, "建成国家水生态文明城市")
    assert [(u.mention, u.role) for u in task.units] == [("示范区水务局", "responsible")]
    assert task.leaders == ["王西宁"]
    assert [x.kind for x in marks.labels("责任单位（部门）：市水务局 责任人：张三")] == ["responsible", "leader"]


def test_posts_a_plan_names_as_answering_inside_a_sentence() -> None:
    """``…,镇领导班子成员为…各自分管领域的责任人`` (ho_hunan_hengdong_mishui_aqsc2024), ``…,镇党委书记担任总河长``
    (hz5_hubei_guangshui_taiping_hzz2025), ``各成员单位联系人要做好沟通联系`` (ho_liaoning_dalian_jtzz2011)."""
    assert "镇领导班子成员" in having(read("ho_hunan_hengdong_mishui_aqsc2024"), "镇领导班子成员为安全生产").leaders
    assert having(read("hz5_hubei_guangshui_taiping_hzz2025"), "建立镇村两级河湖长工作架构").leaders == ["镇党委书记"]
    got = marks.clause_posts("各成员单位分管领导要按时参加会议。各成员单位联系人要做好沟通联系")
    assert [p for p, _ in got] == ["各成员单位分管领导", "各成员单位联系人"]


def test_a_post_opening_a_later_sentence_joins_the_item_it_stands_in() -> None:
    """``一、州长是…总负责人…。副州长在州长的统一领导下,对…全面负责。`` (hw_yunnan_wenshan_aqsc_lingdao2005): one
    item answered by both posts; the second sentence is no item of its own."""
    x = read("hw_yunnan_wenshan_aqsc_lingdao2005")
    assert having(x, "州长是州人民政府安全生产工作的总负责人").leaders == ["州长", "副州长"]


def test_a_post_that_undergoes_the_act_is_not_its_leader() -> None:
    """``该市(州)的“河长”将被“总河长”约谈`` (rw_guizhou_hezhang2014): the chief after 被 acts, the one before it
    does not."""
    x = read("rw_guizhou_hezhang2014")
    assert having(x, "如果未完成流域环境保护年度目标任务").leaders == ["“总河长”"]
    assert marks.clause_posts("如果未完成任务，镇级河长将被通报。") == []


def test_a_rank_or_comrade_after_a_leader_s_name_is_no_part_of_it() -> None:
    """``责任人：张三（局长）``, ``责任人：李明同志``: the person; a post written whole (``主要负责同志``) stays."""
    x = snippet("一、加强河道保洁\n定期清理河道垃圾，确保河面清洁。\n责任单位：县水利局\n责任人：张三（局长）\n")
    assert x.tasks[0].leaders == ["张三"]
    assert marks.leaders("李明同志") == ["李明"]
    assert marks.leaders("主要负责同志") == ["主要负责同志"]
    assert marks.leaders("主要领导/分管领导") == ["主要领导", "分管领导"]  # two posts


def test_a_post_in_brackets_after_a_unit_is_its_leader() -> None:
    """``（责任单位：区住建委（分管副区长）、区水务局）``: the unit is 区住建委, the post its leader; a unit in brackets
    (``省发展改革委（省能源局）``) stays with its unit."""
    x = snippet("1.推进污水处理厂建设。（责任单位：区住建委（分管副区长）、区水务局）\n")
    task = x.tasks[0]
    assert [u.mention for u in task.units] == ["区住建委", "区水务局"] and task.leaders == ["分管副区长"]
    y = snippet("1.推进污水处理厂建设。（责任单位：省发展改革委（省能源局））\n")
    assert [u.mention for u in y.tasks[0].units] == ["省发展改革委（省能源局）"] and y.tasks[0].leaders == []


def test_a_head_line_with_a_spaced_post_and_ranks_in_brackets() -> None:
    """``组 长:李健华(党委委员、副镇长)`` / ``副组长:何毅(交警民众大队大队长)``
    (hu_guangdong_zhongshan_minzhong_jiaotong): the people, their ranks set aside; a post as the head names nobody."""
    assert marks.duty_head("组 长:李健华(党委委员、副镇长)") == ["李健华"]
    assert marks.duty_head("副组长:何毅(交警民众大队大队长)") == ["何毅"]
    assert marks.duty_head("组长：县长") == []


def test_a_leader_s_name_in_the_header_is_no_place() -> None:
    """``部门(单位):示范区水务局  责任人:王西宁`` (hv_shaanxi_yangling_swj_zrs2019): 王西宁 is a person, the plan is
    no 西宁市 plan."""
    text = (REALWORLD / "hv_shaanxi_yangling_swj_zrs2019.txt").read_text(encoding="utf-8")
    place, _ = metadata.explain_jurisdiction(text.splitlines()[0], None, None, text)
    assert place != "西宁市"


def test_a_person_named_as_the_one_answering_in_running_text() -> None:
    """A post then a name then what the person is or does as the one answering (``县长王某为第一责任人``,
    ``县长钱某任总指挥``, ``副县长李某亲自抓``), and a comrade asked to act (``请张某同志具体负责``): the people;
    a speech reported (``书记某某要求``) and 村书记和主任 (a post, then 任 of 主任) name nobody new."""
    assert [n for n, _ in marks.named_people("县长王海为第一责任人，县应急局负责。", posts=False)] == ["王海"]
    assert [n for n, _ in marks.named_people("县委书记赵刚、县长钱勇任总指挥，县应急局负责。", posts=False)] == [
        "赵刚", "钱勇"]
    assert [n for n, _ in marks.named_people("分管副县长李明亲自抓，县商务局负责。", posts=False)] == ["李明"]
    asked = "开展垃圾分类。请张伟同志具体负责，县住建局牵头。"
    assert [n for n, _ in marks.named_people(asked, posts=False)] == ["张伟"]
    assert [n for n, _ in marks.named_people("让50%的村书记和主任成为带头人。", posts=False)] == []


def test_a_rank_fused_to_a_leader_s_name_is_no_part_of_it() -> None:
    """``牵头领导：王刚副县长`` (no space between name and rank, as 责任人 cells often are): the person; a post
    written whole (``常务副县长``, ``镇党委书记``, ``第一书记``) stays a post."""
    x = snippet("1.问题：河道采砂管理不到位。\n整改措施：开展专项整治。\n牵头领导：王刚副县长\n责任单位：县水利局\n")
    assert x.tasks[0].leaders == ["王刚"]
    assert marks.leaders("周波局长") == ["周波"]
    assert marks.leaders("常务副县长") == ["常务副县长"]
    assert marks.leaders("镇党委书记") == ["镇党委书记"]
    assert marks.leaders("第一书记") == ["第一书记"]


def test_a_post_standing_as_the_one_answering() -> None:
    """``区长作为第一责任人，对全区工作负总责``: the post's holder answers for the item, as with 是 and 为."""
    x = snippet("一、工作要求\n（一）层层落实。区长作为第一责任人，对全区工作负总责。\n")
    assert x.tasks[0].leaders == ["区长"]


def test_a_row_of_a_space_separated_rectification_list() -> None:
    """``2  秸秆焚烧屡禁不止  加强巡查  刘杰  县农业农村局  立行立改``: the measure (a verb first, never a person's
    name) is the task's, the person its leader, 立行立改 its deadline."""
    x = snippet("某县问题整改清单\n\n序号  问题  整改措施  责任领导  责任单位  整改时限\n"
                "1  县城污水管网不完善  新建污水管网10公里  陈华  县住建局  2019年12月\n"
                "2  秸秆焚烧屡禁不止  加强巡查  刘杰  县农业农村局  立行立改\n")
    task = having(x, "秸秆焚烧屡禁不止")
    assert task.leaders == ["刘杰"] and task.deadline == "立行立改" and "加强巡查" in task.text


def test_a_time_limit_sentence_after_the_item_s_mark_is_its_deadline() -> None:
    """``（二）推进农村卫生厕所改造。责任单位：县农业农村局。完成时限：2022年6月底前。`` (and after ``X负责。``):
    the time limit closes the same item, never a task of its own."""
    x = snippet("一、工作任务\n（一）推进农村卫生厕所改造。责任单位：县农业农村局。完成时限：2022年6月底前。\n"
                "（二）推进农村电网改造。县供电公司负责。完成时限：2022年9月底前。\n")
    assert [(t.deadline, [u.mention for u in t.units]) for t in x.tasks] == [
        ("2022年6月底前", ["县农业农村局"]), ("2022年9月底前", ["县供电公司"])]


def test_a_short_duty_title_closed_by_its_fields_is_a_task() -> None:
    """``（二）强化宣传。责任单位：…，责任领导：副县长 杨帆，完成时限：2022年底。``: a four-character title that
    opens with a verb of duty is the task, its fields its unit, leader and deadline (``（二）赣州市。`` above a block
    stays a title)."""
    x = snippet("一、工作任务\n（一）加强宣传工作。县委宣传部负责。\n"
                "（二）强化宣传。责任单位：县委宣传部，责任领导：副县长 杨帆，完成时限：2022年底。\n")
    task = having(x, "强化宣传。")
    assert task.leaders == ["杨帆"] and task.deadline == "2022年底"


def test_a_post_given_to_other_posts_names_no_mixed_leader() -> None:
    """``县级总河长由县委书记、县长担任``: who holds a post, not a post acting; never the leader
    ``县级总河长由县委书记``."""
    x = snippet("一、工作任务\n（一）建立河长体系。县级总河长由县委书记、县长担任，副总河长由分管副县长担任。\n")
    assert not any("由" in leader for leader in x.tasks[0].leaders)
