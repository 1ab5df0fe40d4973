"""The per-task fields a table or a labelled block gives (issue 8): deadlines, divisions and leaders, in the
flattenings real plans reach polkg in (one cell per line, headers broken over lines, label lines)."""

from __future__ import annotations

from polkg.graph.model import Extraction, Task
from polkg.loaders import engine
from polkg.loaders.text import compact


def snippet(text: str) -> Extraction:
    return engine.read(text, "snippet")


def having(x: Extraction, words: str) -> Task:
    """The one task whose text contains ``words`` (whitespace ignored)."""
    hits = [t for t in x.tasks if compact(words) in compact(t.text)]
    assert len(hits) == 1, [t.text[:30] for t in x.tasks]
    return hits[0]


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
