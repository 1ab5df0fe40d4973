"""Shapes the real plans of hold-out 9 (first half) showed the reader missing, each read as the general rule of
how Chinese plans are written. Each test reads a real document of tests/realworld or a snippet written like one."""

from __future__ import annotations

from tests.helpers import having, read, roles


def test_a_portal_closing_each_paragraph_with_a_mark_is_no_table() -> None:
    """News portals close every line with `` |`` (title, date line, body, 原标题, 作者): a line holding a whole
    paragraph of several sentences is prose, never a cell of a table flattened one cell per line, so the meeting
    minutes' ``会议指出,…X要…`` duties are read."""
    x = read("hz9_zhejiang_tonglu_cwhy33")
    assert roles(having(x, "各地各部门要认真学习领会"))["responsible"] == ["各地各部门"]
    assert roles(having(x, "相关部门要加强合作"))["responsible"] == ["相关部门"]
