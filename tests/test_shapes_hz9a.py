"""Shapes the real plans of hold-out 9 (first half) showed the reader missing, each read as the general rule of
how Chinese plans are written. Each test reads a real document of tests/realworld or a snippet written like one."""

from __future__ import annotations

from tests.helpers import having, read, roles, snippet


def test_a_portal_closing_each_paragraph_with_a_mark_is_no_table() -> None:
    """News portals close every line with `` |`` (title, date line, body, 原标题, 作者): a line holding a whole
    paragraph of several sentences is prose, never a cell of a table flattened one cell per line, so the meeting
    minutes' ``会议指出,…X要…`` duties are read."""
    x = read("hz9_zhejiang_tonglu_cwhy33")
    assert roles(having(x, "各地各部门要认真学习领会"))["responsible"] == ["各地各部门"]
    assert roles(having(x, "相关部门要加强合作"))["responsible"] == ["相关部门"]


def test_an_office_named_as_title_and_again_as_page_header_owns_its_duties() -> None:
    """An office's 主要职责 page: its name as the title, then ``（一）…`` duties, the name repeated above later
    items (a page header). Every item is the office's: the repeated name heads the items after it (it closes none
    above), a long branch name is still a unit line, and ``贯彻执行`` with an object is a duty, not a notice's
    closing ``请认真贯彻执行。``."""
    x = read("hz9_liaoning_fuxin_gxq_sthj_zz")
    office = ["阜新市生态环境局高新技术产业开发区分局"]
    duties = ("贯彻执行国家、省、市生态环境基本制度", "负责区域内生态环境的准入管理",
              "负责组织开展和协调生态环境宣传教育工作", "完成上级交办的其他任务")
    for words in duties:
        assert roles(having(x, words))["responsible"] == office


def test_a_unit_line_repeated_between_items_heads_the_items_after_it() -> None:
    x = snippet("职责\n市卫生局\n（一）负责卫生监督。\n（二）负责疾病防控。\n"
                "市卫生局\n（三）负责宣传教育工作。\n（四）完成上级交办的其他任务。\n")
    for words in ("负责卫生监督", "负责疾病防控", "负责宣传教育工作", "完成上级交办的其他任务"):
        assert roles(having(x, words))["responsible"] == ["市卫生局"]


def test_a_three_ding_duty_list_opening_with_guanche_zhixing() -> None:
    """The same shape in a 三定 list of another province: the item that opens with 贯彻执行 is read."""
    x = read("hy_xinjiang_urumqi_sthjj_sanding")
    assert having(x, "负责建立健全生态环境制度")


def test_labels_run_on_after_an_item_are_one_mark() -> None:
    """``…。牽頭單位:省財政廳;責任單位:省發改委、…等,各市州政府。`` written on the item's own line (no bracket): the
    责任单位 after the 牵头单位 closes the same item, it is no second mark that closes nothing."""
    got = roles(having(read("hz9_hubei_gzbg2018_zrfj"), "規范政府舉債行為"))
    assert got["lead"] == ["省財政廳"]
    assert {"省發改委", "省經信委", "人行武漢分行", "湖北銀監局", "各市州政府"} <= set(got["responsible"])
    x = snippet("1、规范政府举债行为，严格控制增量。牵头单位：省财政厅。责任单位：省发改委、省经信委。\n"
                "2、推进改革。牵头单位：省发改委；责任单位：省财政厅。\n")
    first = {"lead": ["省财政厅"], "responsible": ["省发改委", "省经信委"], "assist": []}
    assert roles(having(x, "规范政府举债行为")) == first
    assert roles(having(x, "推进改革")) == {"lead": ["省发改委"], "responsible": ["省财政厅"], "assist": []}


def test_a_reported_sentence_of_minutes_is_its_subjects_duty_whole() -> None:
    """``会议指出，我县境内河流众多，有富春江、分水江…，各地各部门要…``: the reasons the meeting gives before the
    subject are part of the duty, so the rivers it names are the duty's; the subject after the comma is its unit."""
    task = having(read("hz9_zhejiang_tonglu_cwhy33"), "各地各部门要认真学习领会")
    assert roles(task)["responsible"] == ["各地各部门"]
    assert task.text.startswith("会议指出") and "富春江、分水江" in task.text  # what the tagger reads for rivers
