"""Document titles and years as a researcher reads them (loaders/metadata.py): a plan's title is a line that
names a plan kind (or the 《…》 a news lead reports), never a number, a date, a role line, a table header, a
numbered heading, a file name or a site's name; where no title is written there is none and the plan keeps its
file's name. The files are real plans of tests/realworld."""

from __future__ import annotations

from functools import cache

import pytest

from polkg.graph.model import Document
from polkg.loaders.metadata import clean_title
from polkg.pipeline import Pipeline
from tests.helpers import REALWORLD


@cache
def document(stem: str) -> Document:
    """The first plan of ``tests/realworld/<stem>.txt`` as the pipeline reads it."""
    return Pipeline().extract_file(REALWORLD / f"{stem}.txt").documents[0]


@pytest.mark.parametrize(("stem", "title", "year"), [
    # a 文号 split over lines above the cover: the plan the cover issues, not the digits 20
    ("he_shanxi_rjhj2018_pdf", "山西省改善城市人居环境2018年行动计划", 2018),
    # a saved PDF's file name names the plan: without its extension
    ("hy_beijing_daqi2021_table", "大气污染防治2021年行动计划", 2021),
    # a page title with the site's name after a dash
    ("hw_anhui_luan_zdgz2021_zrfj", "六安市人民政府关于2021年重点工作及责任分解的通知", 2021),
    # a news lead: the plan is the one inside 《》, and its period names the year
    ("rw_guangdong_chaozhou_air", "潮州市打赢蓝天保卫战实施方案(2019-2020年)", 2019),
])
def test_the_title_a_plan_writes(stem: str, title: str, year: int) -> None:
    d = document(stem)
    assert (d.title, d.year) == (title, year)


def test_the_issuer_beside_a_broken_number() -> None:
    """he_shanxi_rjhj2018_pdf: 〔2018〕72号 broken over lines runs into 山西省人民政府办公厅 关于印发…: the issuer is
    the office, not a later line that says 关于."""
    assert document("he_shanxi_rjhj2018_pdf").issuer == "山西省人民政府办公厅"


@pytest.mark.parametrize("stem", [
    "ho_fujian_bmbss2017",  # a page's time stamp 2017/1/26 11:31:00
    "hf_anhui_wuhu_rural_env",  # a role line 牵头单位:市城管局,责任单位:…
    "hf_zhejiang_longwan_gzbg2023_jz",  # a table's header row 序号|重点工作|责任单位|进展情况|
    "he_hubei_sanxia_swrfz2008",  # a numbered section heading 五、加强领导、严格考核和责任追究
])
def test_no_title_written_is_none_the_file_names_the_plan(stem: str) -> None:
    assert document(stem).title == stem


def test_years_stated_in_a_time_stamp_or_a_cited_title() -> None:
    assert document("ho_fujian_bmbss2017").year == 2017  # the page's date line 2017/1/26 11:31:00
    # a news headline about the plan it reports: 研究《2022年区政府工作报告重点工作分工方案》
    assert document("he_beijing_fangshan_cwh2022").year == 2022


@pytest.mark.parametrize(("line", "title"), [
    ("20", None), ("2017/1/26 11:31:00", None), ("2021年3月5日", None),
    ("牵头单位:市城管局,责任单位:各县、区政府。", None), ("序号|重点工作|责任单位|进展情况|", None),
    ("五、加强领导、严格考核和责任追究", None), ("（三）强化督查考核工作方案", None), ("3.推进计划", None),
    ("附件1.pdf", None),
    ("某市水污染防治工作方案.docx", "某市水污染防治工作方案"),
    ("某县2020年工作要点_某县人民政府网", "某县2020年工作要点"),
    ("某省行动计划(2018—2020年)|某省生态环境厅", "某省行动计划(2018—2020年)"),
    ("近日，某市印发了《某市大气污染防治实施方案》，全文如下：", "某市大气污染防治实施方案"),
    ("某区2023年重点工作任务清单", "某区2023年重点工作任务清单"),
])
def test_clean_title(line: str, title: str | None) -> None:
    assert clean_title(line) == title


@pytest.mark.parametrize(("line", "title"), [
    ("标题:|城东街道2025年工作谋划|||---|---|", "城东街道2025年工作谋划"),
    ("文件名称|2022年第八次县政府常务会议确定事项落实情况的通报|||",
     "2022年第八次县政府常务会议确定事项落实情况的通报"),
    ("索引号|000330185/2022-83945|公开方式|主动公开|", None),
    ("县十六届政府召开第三十三次常务会议|", "县十六届政府召开第三十三次常务会议"),
])
def test_clean_title_of_table_cells(line: str, title: str | None) -> None:
    assert clean_title(line) == title
