"""Table- and list-shaped plans never seen before (issue 8, the fourth hold-out's released plans): role words
in a closing mark, tables flattened one cell per line, headers in Traditional characters."""

from __future__ import annotations

from polkg.graph.model import Extraction, Task
from polkg.loaders import engine
from polkg.loaders.text import compact
from tests.helpers import roles


def snippet(text: str) -> Extraction:
    return engine.read(text, "snippet")


def having(x: Extraction, words: str) -> Task:
    """The one task whose text contains ``words`` (whitespace ignored)."""
    hits = [t for t in x.tasks if compact(words) in compact(t.text)]
    assert len(hits) == 1, [t.text[:30] for t in x.tasks]
    return hits[0]


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
