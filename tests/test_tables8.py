"""Table and label-list shapes whose reading sits in the engine (issue 8): a column of unit cells spread over
its own rows, cells broken over lines, one-line plans, label lines under a heading."""

from __future__ import annotations

from polkg.graph.model import Extraction, Task
from polkg.loaders import engine
from polkg.loaders.text import compact
from tests.helpers import roles


def snippet(text: str) -> Extraction:
    return engine.read(text, "snippet")


def having(x: Extraction, words: str) -> Task:
    hits = [t for t in x.tasks if compact(words) in compact(t.text)]
    assert len(hits) == 1, [t.text[:30] for t in x.tasks]
    return hits[0]


# rw_sichuan_meishan_minsheng2021 (2021年眉山市30件民生实事责任分工表): a table flattened column by column; the
# figures of the block above (0.13, 200, 50) are data, not 序号 cells, and one item cell runs past 60 characters.
MEISHAN = """青神县

0.13

200

140

100

200

50

地区

促进群众就业

做好创业帮扶

城镇失业人员再就业(人)

就业困难人员就业(人)

下岗失业人员再就业(人)

★城镇新增就业(人)

★城镇登记失业率控制在4.3%以内

◆落实创业就业税收优惠政策,重点为符合条件的脱贫人口、失业人员、残疾人、高校毕业生、退役士兵等自主创业及招录上述人员的企业依法依规减免税费(亿元)

对毕业5年内处于失业状态的高校毕业生及市域高校全日制在校大学生给予创业补贴、创业担保贷款等政策扶持

责任

单位

市人力资源社会保障局

市总工会

市人力资源社会保障局

市税务局

市人力资源社会保障局、团市委
"""


def test_a_column_of_unit_cells_goes_to_its_own_rows_even_after_long_cells_and_figures() -> None:
    x = snippet(MEISHAN)
    assert roles(having(x, "◆落实创业就业税收优惠政策"))["responsible"] == ["市税务局"]
    assert roles(having(x, "对毕业5年内"))["responsible"] == ["市人力资源社会保障局", "团市委"]
    assert roles(having(x, "★城镇登记失业率"))["responsible"] == ["市人力资源社会保障局"]
