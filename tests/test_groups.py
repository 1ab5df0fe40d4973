"""Groups as subjects (issue 8, groups side): role-word groups whose word carries the role, groups a subject
steers, units a clause urges, a subject singled out, a subject with the time it acts by. Real excerpts from
tests/realworld; each test failed before the rule it checks."""

from __future__ import annotations

from polkg.loaders import marks
from tests.helpers import having, roles, snippet


def test_an_elliptical_pair_of_role_groups_is_split_by_role() -> None:
    """hw_jiangsu_changzhou_gzbg2023_tz (Traditional as served): ``各牽頭和責任單位要…`` is 各牵头[单位] (lead) and
    责任单位 (responsible), not one unit; a pair of one role stays one group as written (hq_gansu_zhangjiachuan)."""
    x = snippet("一、工作要求\n各牽頭和責任單位要強化目標協同、任務協同、措施協同、政策協同,形成推動工作的整體合力。\n")
    assert roles(having(x, "強化目標協同")) == {"lead": ["各牽頭"], "responsible": ["責任單位"], "assist": []}
    x = snippet("一、工作要求\n各牵头单位和相关责任单位要认真对照工作安排,加快推进各项工作。\n")
    assert roles(having(x, "认真对照")) == {"lead": ["各牵头单位"], "responsible": ["相关责任单位"], "assist": []}
    one = marks.subject("各协作和配合单位要积极主动与牵头单位衔接联系，按时完成任务。", 0)
    assert one is not None and [f.mention for f in one.found] == ["各协作和配合单位"]


def test_a_group_the_subject_steers_takes_the_role_its_label_names() -> None:
    """hw_hubei_jiayu_gzbg2024_tz: ``特别是牵头单位要统筹相关责任单位制定细化方案`` → 牵头单位 lead, 相关责任单位
    responsible; a group not named by a role (各有关部门) is not added."""
    x = snippet("三、工作要求\n特别是牵头单位要统筹相关责任单位制定细化方案,明确工作目标、具体措施、完成时限。\n")
    assert roles(having(x, "统筹相关责任单位")) == {
        "lead": ["牵头单位"], "responsible": ["相关责任单位"], "assist": []}
    mark = marks.subject("市发改委要统筹协调各有关部门加快推进项目建设。", 0)
    assert mark is not None and [f.mention for f in mark.found] == ["市发改委"]


def test_a_subject_singled_out_before_a_comma_is_that_duty_s_unit() -> None:
    """hw_hubei_wuhan_gzbg2022_tz: ``…。特别是牵头单位,要强化责任担当,统筹相关责任单位…。各责任单位要于2022年2月
    15日前,将…报送`` — three duties: the singled-out group's own, then the report of 各责任单位 (a subject with the
    date it acts by, not a clause of time before a subject)."""
    x = snippet(
        "一、加强工作统筹,科学制订办理方案。各责任单位要对承办的责任事项逐个进行研究,制订具体细化的工作方案。"
        "特别是牵头单位,要强化责任担当,统筹相关责任单位科学制订工作方案,确保全年目标任务落实落细。"
        "各责任单位要于2022年2月15日前,将制订的办理方案报送市人民政府督查室。\n"
    )
    assert roles(having(x, "特别是牵头单位")) == {"lead": ["牵头单位"], "responsible": ["相关责任单位"], "assist": []}
    assert roles(having(x, "将制订的办理方案报送")) == {"lead": [], "responsible": ["各责任单位"], "assist": []}
    checked = marks.subject("检查结束后，督查室负责通报。", 0)
    assert checked is not None and [f.mention for f in checked.found] == ["督查室"]


def test_units_a_clause_urges_are_responsible_for_what_follows() -> None:
    """hq_qinghai_haidong_jibencaoyuan2023 and hq_jiangsu_suzhou_dongqian_duban: ``…,督促各县区、各相关部门切实提高
    政治站位`` and ``…,并督促属地社区、街道务必压实责任``: the urged units act; an item opening with 督促 and no
    modal (hw_yunnan_wenshan: 督促分管部门、行业建立…) is its writer's own oversight."""
    x = snippet(
        "一、会议情况\n8月2日,海东市召开基本草原优化和完善工作推进会议,传达工作方案,介绍相关事宜,"
        "督促各县区、各相关部门切实提高政治站位,增强做好基本草原优化和完善工作的责任感和主动性。\n"
    )
    assert roles(having(x, "切实提高政治站位"))["responsible"] == ["各县区", "各相关部门"]
    mark = marks.subject("并督促属地社区、街道务必压实责任、倒排工期、跟踪进展。", 0)
    assert mark is not None and [(f.mention, f.role) for f in mark.found] == [
        ("属地社区", "responsible"), ("街道", "responsible")]
    assert marks.subject("督促分管部门、行业建立健全安全生产责任制。", 0) is None
    assert marks.unit_names("街道", 0, "responsible") is None  # a level's bare name alone is no unit


def test_an_enumerated_measure_names_its_unit_mid_sentence() -> None:
    """hq_shanghai_cgzf_diaodu2023 and hq_sichuan_zitong_shuihuanjing2022: ``二是落实《…》,各单位要落实…`` and
    ``二是要强化举措,提高整改效率,各主管部门和乡镇要组建工作专班`` — the measure is the unit's (a level's bare name
    after 和 closes the list, as after 、)."""
    x = snippet(
        "二、会议要求\n二是落实《关于推进上海“摊”服务地图建设应用和设摊经营执法保障的实施方案》,各单位要落实数据采集"
        "工作要求,扎实做好特色集市、外摆位、疏导点、管控点服务保障工作;\n"
    )
    assert roles(having(x, "数据采集工作要求"))["responsible"] == ["各单位"]
    x = snippet("二、整改措施\n二是要强化举措,提高整改效率,各主管部门和乡镇要组建工作专班,"
                "针对分解出的问题逐项整改到位;\n")
    assert roles(having(x, "组建工作专班"))["responsible"] == ["各主管部门", "乡镇"]


def test_a_clause_naming_the_kind_of_work_stands_before_its_subject() -> None:
    """hq_hunan_gzbg2020_fgyj_tz: ``三要形成工作合力。涉及跨领域、多部门参与的工作,牵头部门要发挥主导作用,主动协调,
    其他责任部门要积极配合、共同推进。`` — one measure: 牵头部门 leads, 其他责任部门 assists."""
    x = snippet(
        "一、工作要求\n三要形成工作合力。涉及跨领域、多部门参与的工作,牵头部门要发挥主导作用,主动协调,其他责任部门要"
        "积极配合、共同推进。四要完善督办机制。结合组织开展省政府综合大督查、专项督查,推动各项重点工作落到实处、取得实效。\n"
    )
    task = having(x, "三要形成工作合力")
    assert "其他责任部门" in task.text
    assert roles(task) == {"lead": ["牵头部门"], "responsible": [], "assist": ["其他责任部门"]}


def test_some_of_a_group_after_a_matter_is_a_duty_of_their_own() -> None:
    """hw_hubei_wuhan_gzbg2022_tz: ``各责任单位要…。对于一些办理难度大、涉及面广的责任事项,相关责任单位要及时报告…``:
    the matter named first, then those of the group it concerns — their own duty, not 各责任单位's going on."""
    x = snippet(
        "二、层层压实责任,积极推进办理工作。各责任单位要按照“一把手”负总责的要求,明确专门责任部门和具体责任人。"
        "对于一些办理难度大、涉及面广的责任事项,相关责任单位要及时报告推进落实过程中存在的困难和问题,"
        "提请市人民政府分管负责同志研究协调解决。\n"
    )
    assert roles(having(x, "相关责任单位要及时报告"))["responsible"] == ["相关责任单位"]


def test_a_subject_then_from_when_it_acts_is_still_the_subject() -> None:
    """hw_hubei_wuhan_gzbg2022_tz: ``各牵头单位从2022年第二季度起,要在每个季度第1个月的20日前,将…报市人民政府督查室``:
    the group reports; the office it reports to is no unit of the duty."""
    mark = marks.subject("各牵头单位从2022年第二季度起,要在每个季度第1个月的20日前,将上季度的责任事项完成情况报"
                         "市人民政府督查室。", 0)
    assert mark is not None and [f.mention for f in mark.found] == ["各牵头单位"]
