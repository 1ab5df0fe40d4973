"""Responsibility marks and actor clauses seen in Chinese plans the engine did not read (issue 8, round prose3):
a closing mark that also holds the time (``（省卫生健康委负责，12月底前完成）``), bare unit brackets closing an
item, ``要求X…`` actors. Each test is a verbatim sentence of the shape."""

from __future__ import annotations

import pytest

from polkg.loaders import engine
from tests.helpers import having, roles

PLAN = "湖南省农村卫生工作实施方案\n一、加强基层医疗卫生服务能力建设\n"


def _read(item: str) -> engine.Extraction:
    return engine.read(PLAN + item + "\n", "snippet")


@pytest.mark.parametrize(
    ("item", "role", "units", "deadline"),
    [
        ("（一）推进乡镇卫生院标准化建设。（省卫生健康委负责，12月底前完成）", "responsible", ["省卫生健康委"],
         "12月底前"),
        (
            "（二）提高乡村医生待遇。（省教育厅、卫生健康委、扶贫办按职责分工负责，12月底前完成）",
            "responsible",
            ["省教育厅", "卫生健康委", "扶贫办"],
            "12月底前",
        ),
        ("（三）建立健全县域医共体管理制度。（省卫生健康委牵头，2021年底前完成）", "lead", ["省卫生健康委"],
         "2021年底前"),
        ("（四）建立健全县域医共体管理制度。（省教育厅、省财政厅按职责分工负责，持续推进）", "responsible",
         ["省教育厅", "省财政厅"], "持续推进"),
    ],
)
def test_a_closing_mark_that_holds_the_time(item: str, role: str, units: list[str], deadline: str) -> None:
    """The time in a closing mark is the item's deadline, read as in running text (``12月底前``; 完成 is the verb);
    the units are still read with their roles."""
    task = having(_read(item), item[3:10])
    assert roles(task)[role] == units
    assert task.deadline == deadline


def test_a_bare_unit_bracket_closing_an_item() -> None:
    """``（省发改委、建设厅等）``: the units the item closes with are responsible (建设厅 is an organ's name,
    though 建设 opens actions elsewhere)."""
    task = having(_read("（四）推动重点项目建设，加快产业转型升级。（省发改委、建设厅等）"), "推动重点项目建设")
    assert roles(task)["responsible"] == ["省发改委", "建设厅"]


def test_a_closing_bracket_of_levels_wins_over_the_units_inside_the_item() -> None:
    """``〔省工信厅、省财政厅，各市（地）、县（市）政府（行署）〕``: levels after a comma, their own brackets
    inside; the closing mark, not the ``由X…`` of the item's text, says who is responsible. 县（市）政府 names its
    own levels, so 各市（地） before it is a unit of its own (keys write 各市 + 县（市、区）政府)."""
    item = ("（五）落实中小企业扶持政策，由市财政局负责拨付资金。"
            "〔省工信厅、省财政厅，各市（地）、县（市）政府（行署）〕")
    task = having(_read(item), "落实中小企业扶持政策")
    assert roles(task)["responsible"] == ["省工信厅", "省财政厅", "各市（地）", "县（市）政府（行署）"]


@pytest.mark.parametrize(
    ("item", "units"),
    [
        (
            "（一）《意见》要求省发展改革委、省财政厅、省生态环境厅等按职责分工负责，加快推进重点行业超低排放改造。",
            ["省发展改革委", "省财政厅", "省生态环境厅"],
        ),
        (
            "（二）各区县政府、市经济开发区管委会依法履行辖区政府的管理职责，负责本辖区秸秆禁烧工作。",
            ["各区县政府", "市经济开发区管委会"],
        ),
        (
            "（三）市农业农村局、市生态环境局、市公安局等部门分管负责秸秆综合利用和禁烧监管。",
            ["市农业农村局", "市生态环境局", "市公安局"],
        ),
    ],
)
def test_actor_clauses(item: str, units: list[str]) -> None:
    """The units a document charges (``《意见》要求X…``), that discharge a duty (``依法履行…职责``) or that act
    each in its charge (``等部门分管负责``) are responsible."""
    assert roles(having(_read(item), item[3:12]))["responsible"] == units


def test_a_body_set_up_under_a_unit_answers_for_its_duties() -> None:
    """``X下设Y，负责…``: Y, the office set up, is responsible for the duties the sentence gives it."""
    item = "（四）市政府下设市秸秆禁烧工作领导小组办公室，负责日常协调调度工作。"
    assert roles(having(_read(item), "市政府下设"))["responsible"] == ["市秸秆禁烧工作领导小组办公室"]


def test_an_office_known_by_its_own_name_answers_for_its_duties() -> None:
    """``市禁烧办设在市农业农村局，负责…``: an office with its own short name acts itself (a group's desk,
    ``领导小组办公室设在镇应急办``, is still its host's: tests/test_prose_subjects.py)."""
    item = "（五）市禁烧办设在市农业农村局，负责组织协调和督导检查。"
    assert roles(having(_read(item), "市禁烧办设在"))["responsible"] == ["市禁烧办"]


def test_the_unit_a_helper_helps_is_responsible() -> None:
    """``Y也将协助X开展…``: X is responsible for the work, Y assists."""
    task = having(_read("（七）市城管局也将协助市住建局开展建筑工地扬尘治理。"), "市城管局也将协助")
    assert roles(task)["responsible"] == ["市住建局"]
    assert roles(task)["assist"] == ["市城管局"]
