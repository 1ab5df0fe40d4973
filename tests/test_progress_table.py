"""The progress-table loader (调度表 with 牵头厅领导 / 责任部门 / 推进情况 columns) and its table helpers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from polkg.graph.model import Extraction, Task
from polkg.loaders import progress_table
from polkg.loaders.table import Cell, align, ends_open, split_list, split_people, tidy
from polkg.loaders.text import compact

ROOT = Path(__file__).resolve().parent.parent
DOC = "002_2b859586d1828755"
FIXTURE = ROOT / "tests" / "fixtures" / "progress_city_h1.txt"


def load(path: Path) -> tuple[str, Extraction]:
    text = path.read_text(encoding="utf-8")
    return text, progress_table.LOADER.load(text, path.stem)


def task(ex: Extraction, start: str) -> Task:
    found = [t for t in ex.tasks if compact(t.text).startswith(start)]
    assert len(found) == 1, f"{start}: {len(found)} tasks"
    return found[0]


@pytest.fixture(scope="module")
def real() -> tuple[str, Extraction]:
    return load(ROOT / "corpus" / f"{DOC}.txt")


@pytest.fixture(scope="module")
def small() -> tuple[str, Extraction]:
    return load(FIXTURE)


# ---------------------------------------------------------------- the real 2017 Q2 report


def test_score_picks_only_the_progress_table() -> None:
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        score = progress_table.LOADER.score(path.read_text(encoding="utf-8"))
        assert (score >= 0.9) if path.stem == DOC else (score < 0.3), path.stem


def test_one_task_per_row(real: tuple[str, Extraction]) -> None:
    _, ex = real
    # 115 data rows: two only continue the row above's progress, two finish a task cut by a page break
    assert len(ex.tasks) == 111
    assert not any("具体工作任务" in compact(t.text) for t in ex.tasks)
    assert len(ex.documents) == 1 and ex.documents[0].title.endswith("调度表")
    assert ex.documents[0].span.start == 0  # the cover letter belongs to the same plan


def test_named_row(real: tuple[str, Extraction]) -> None:
    _, ex = real
    t = task(ex, "实施良好水体保护工程")
    assert [u.mention for u in t.units] == ["环境保护厅"]  # written 环 境 保 护 厅
    assert t.unit_status == "named" and t.leaders == ["李岳东"]
    assert t.divisions == ["水处", "监察总队", "环评处"]
    assert [p.reporter for p in t.progress] == ["水处", "总队", "环评处"]  # 总队 as the report writes it
    assert {p.period for p in t.progress} == {"2017-Q2"}
    assert t.section[1].startswith("四、") and t.section[2].startswith("(十四)")


def test_spaced_leaders_and_division_lists(real: tuple[str, Extraction]) -> None:
    _, ex = real
    assert task(ex, "推动成都平原经济区").leaders == ["高洁", "钟勤建"]  # written 高 洁 钟勤建
    assert task(ex, "推进环保机构监测监察执法").leaders == ["明劲"]
    assert task(ex, "在重点生态功能区、生态环境脆弱区").divisions == ["生态处", "环评处"]  # space-separated
    assert task(ex, "推动全民在衣食住行娱").divisions == ["机关服务中心"]  # 机关服 务中 心 is one name
    first = task(ex, "到2020年")
    assert first.leaders == ["各分管厅领导"] and first.divisions == ["各处(室)", "直属单位"]


def test_merged_lead_cell_is_unknown_with_inherited_lead(real: tuple[str, Extraction]) -> None:
    _, ex = real
    t = task(ex, "支持利用工矿废弃地")
    assert t.unit_status == "unknown"
    assert [(u.mention, u.inherited) for u in t.units] == [("林业厅", True)]
    named = [u for t in ex.tasks if t.unit_status == "named" for u in t.units]
    assert named and not any(u.inherited for u in named)


def test_shifted_rows_are_realigned(real: tuple[str, Extraction]) -> None:
    _, ex = real
    left = task(ex, "大力推进秦巴山区")  # whole row one column to the left
    assert [u.mention for u in left.units] == ["省扶贫移民局"] and left.leaders == ["李岳东"]
    slid = task(ex, "加快建立环境风险预警机制")  # leader's name in the 推进情况 column
    assert slid.leaders == ["董晓辉"] and slid.divisions == [] and slid.progress == []
    market = task(ex, "鼓励各类投资进入绿色产业市场")  # subsection in the first column, cut by a page break
    assert [u.mention for u in market.units] == ["省发展改革委"]
    assert market.leaders == ["赵乐晨", "钟勤建"] and market.divisions == ["科标处", "规财处"]
    assert compact(market.text).endswith("参与碳汇交易。")
    assert market.section[2].startswith("(二十五)")


def test_page_split_row_is_one_task(real: tuple[str, Extraction]) -> None:
    text, ex = real
    t = task(ex, "各级各类自然文化资源保护区")
    assert compact(t.text).endswith("生态安全格局。")
    assert not [x for x in ex.tasks if compact(x.text).startswith("公园和风景名胜区")]
    assert "自然保护区" in text[t.span.start : t.span.end]


def test_progress_statements_and_spans(real: tuple[str, Extraction]) -> None:
    text, ex = real
    t = task(ex, "加快建立“监管统一")
    assert [p.reporter for p in t.progress] == ["法规处", "总队"]
    for p in t.progress:
        assert compact(text[p.span.start : p.span.end]).startswith(compact(p.text)[:8])
    for t in ex.tasks[:20]:
        assert compact(text[t.span.start : t.span.end]).startswith(compact(t.text)[:10])


# ---------------------------------------------------------------- a small fixture of our own


def test_fixture_rows(small: tuple[str, Extraction]) -> None:
    _, ex = small
    assert len(ex.tasks) == 5  # the repeated header and the continuation row are not tasks
    assert ex.documents[0].title == "某市生态环境局2019年上半年重点工作推进情况调度表"
    a = task(ex, "完成燃煤锅炉淘汰任务")
    assert [u.mention for u in a.units] == ["市发展改革委"] and a.leaders == ["王明", "李小红"]
    assert a.divisions == ["大气处", "执法支队"]
    assert [(p.reporter, p.period) for p in a.progress] == [("大气处", "2019-H1"), ("执法支队", "2019-H1")]
    b = task(ex, "推进扬尘在线监测建设")
    assert b.unit_status == "unknown" and [(u.mention, u.inherited) for u in b.units] == [("市发展改革委", True)]
    assert b.divisions == ["大气处"] and b.progress[0].reporter == "大气处"  # the row's only division


def test_fixture_page_break(small: tuple[str, Extraction]) -> None:
    _, ex = small
    c = task(ex, "开展城市黑臭水体整治")
    assert compact(c.text).endswith("建立长效管护机制。")
    assert [u.mention for u in c.units] == ["市住建局"] and c.divisions == ["水处", "土壤处"]
    assert [(compact(p.text), p.reporter) for p in c.progress] == [("完成方案编制5处。", "水处")]
    assert c.section[1:] == ["一、打好污染防治攻坚战", "(二)碧水行动"]
    e = task(ex, "加强入河排污口监管")
    assert e.leaders == ["孙伟"] and e.units[0].inherited and e.units[0].mention == "市住建局"
    f = task(ex, "开展自然保护地问题排查整改")
    assert f.section[1:] == ["二、加强生态保护", "(三)自然保护地"] and f.leaders == ["钱进"]


# ---------------------------------------------------------------- table helpers


def cells(*texts: str) -> list[Cell]:
    return [Cell(0, len(t), t) for t in texts]


def test_header_with_spaced_words() -> None:
    """The header is read by the table engine's vocabulary (no header reader of the layout's own), spaced out
    as a PDF leaves it."""
    assert progress_table.header(cells("", "具 体 工 作 任 务", "牵 头 厅 领 导", "省级 牵头 部门")) == {
        "task": 1, "leaders": 2, "lead": 3,
    }
    assert progress_table.header(cells("一、总体要求", "推进了具体工作")) == {}


def test_list_and_name_splitting() -> None:
    div = ("处", "中心")
    assert [p.name for p in split_list("水 处， 科 标 处、 土 壤 处", div)] == ["水处", "科标处", "土壤处"]
    assert [p.name for p in split_list("生态处 环评处", div)] == ["生态处", "环评处"]
    assert [p.name for p in split_list("省委 统战 部", ("部", "委"), 3)] == ["省委统战部"]
    assert [p.name for p in split_people("赵乐晨 高 洁")] == ["赵乐晨", "高洁"]
    assert [p.name for p in split_people("高 洁 彭 勇")] == ["高洁", "彭勇"]
    assert tidy("到 2020 年， NGO 20 个") == "到2020年，NGO 20个"
    assert ends_open("以世界遗产地、森林") and not ends_open("形成执法合力。")


def test_align_moves_only_contradicting_cells() -> None:
    def name(t: str) -> float | None:
        return 1.0 if len(t) <= 3 else None

    def prose(t: str) -> float | None:
        return 1.0 if len(t) > 3 else 0.1

    scorers = [prose, name, prose]
    row = cells("一段较长的任务文字", "", "张三")  # the name slid into the last column
    placed = align(row, scorers)
    assert placed is not None and placed[1].raw == "张三" and 2 not in placed
    assert align(cells("甲", "乙", "丙", "丁"), scorers) is None


def test_align_scores_a_cell_only_for_the_columns_it_can_take() -> None:
    """Cells keep their order, one per column: with four cells in five columns each cell can go in two
    columns only, and scoring cells is what a table row costs (a progress table scores every row)."""
    asked: list[tuple[int, str]] = []

    def column(j: int) -> Callable[[str], float | None]:
        def score(t: str) -> float | None:
            asked.append((j, t))
            return 9.0 if (j, t) == (4, "丁") else 0.5  # 丁 belongs in the last column
        return score

    placed = align(cells("甲", "乙", "丙", "丁"), [column(j) for j in range(5)])
    assert placed is not None and {j: c.raw for j, c in placed.items()} == {0: "甲", 1: "乙", 2: "丙", 4: "丁"}
    assert sorted(asked) == sorted({(j, t) for i, t in enumerate("甲乙丙丁") for j in (i, i + 1)})


def test_numbered_table_without_leaders_column() -> None:
    text = (
        "某县2020年第三季度工作推进情况表\n"
        "序号\t具体工作任务\t牵头单位\t进展情况\n"
        "1\t开展农村污水治理。\t县 住建 局、县生态环境局\t已完成 3 个村。\n"
        "2\t推进秸秆综合利用。\t\t正在推进。\n"
    )
    loader = progress_table.LOADER
    assert 0.3 < loader.score(text) < 0.9
    ex = loader.load(text, "county")
    assert [compact(t.text) for t in ex.tasks] == ["开展农村污水治理。", "推进秸秆综合利用。"]
    first, second = ex.tasks
    assert [u.mention for u in first.units] == ["县住建局", "县生态环境局"]
    assert first.progress[0].period == "2020-Q3" and first.section == ["某县2020年第三季度工作推进情况表"]
    assert second.unit_status == "unknown" and second.units[0].inherited


def test_spaced_unit_and_division_cells_read_by_the_table_engine() -> None:
    """A progress table's lead and 责任部门 cells are read by the one table engine (no splitter of the layout's
    own): a department's name broken by a PDF's spacing (``住房城乡 建设厅``) is one unit, two names a space
    parts stay two; spaced-out divisions are put back, then named as any division list."""
    from polkg.loaders.tables import cell_units, division_cell

    def units(s: str) -> list[str]:
        return [f.mention for f in cell_units(s, 0, len(s), "lead")]

    assert units("住房城乡 建设厅") == ["住房城乡建设厅"]
    assert units("省工商局 公安厅") == ["省工商局", "公安厅"]
    assert division_cell("水 处， 科 标 处、 土 壤 处") == ["水处", "科标处", "土壤处"]
    assert division_cell("机关服 务中 心") == ["机关服务中心"]
    assert division_cell("生态处 环评处") == ["生态处", "环评处"]


def test_a_lead_cell_is_a_unit_cell_as_the_table_engine_reads_one() -> None:
    """Cells are placed in the lead column when they name units as the table engine tells a unit cell, not by a
    short list of endings of the layout's own: a 支队 or a 总站 is a unit; a division or a person is not."""
    from polkg.loaders.tables import is_people, is_units

    for unit in ("住房城乡 建设厅", "市公安局交警支队", "省环境监测总站", "省林草站"):
        assert is_units(unit), unit
    for other in ("大 气 处", "赵 刚", "加强与央企深度合作。"):
        assert not is_units(other), other
    assert is_people("赵 刚") and is_people("高 洁 钟勤建") and not is_people("省林草站")


def test_reporter_tags_read_the_one_division_vocabulary() -> None:
    """A 推进情况 statement's reporter tag names a division as styles.toml [divisions] says, the one list the
    engine reads too (table_repairs.toml keeps no endings of its own): a 股 of a county bureau reports as a
    处 does, and a bracket naming no division (an aside) is no reporter."""
    from polkg import data

    assert "division_suffixes" not in data.read("table_repairs.toml")["names"]
    s = "已完成排查整治。（安监股）建立长效机制（按月调度）。（水处）"
    got = progress_table.progress_statements([Cell(0, len(s), s)], "2019")
    assert [(p.text, p.reporter) for p in got] == [("已完成排查整治。", "安监股"),
                                                   ("建立长效机制（按月调度）。", "水处")]


def test_an_empty_unit_cell_takes_the_units_above_by_the_engines_rule() -> None:
    """The merged-cell rule is the table engine's (one home): an empty unit cell gets the row above's units
    marked inherited, within the same block only, and a note saying which."""
    from polkg.graph.model import UnitMention
    from polkg.loaders.tables import merged_units

    above = [UnitMention(mention="林业厅", role="lead", rank=1)]
    own = [UnitMention(mention="水利厅", role="lead", rank=1)]
    assert merged_units(own, above, True) == (own, None)
    got, note = merged_units([], above, True)
    assert [(u.mention, u.inherited) for u in got] == [("林业厅", True)] and not above[0].inherited
    assert note == "lead cell empty (merged cell); lead of the row above added as inherited"
    assert merged_units([], above, False) == ([], "lead cell empty (merged cell); no row above to inherit from")
