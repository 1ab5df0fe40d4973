"""Tables that fit the terminal without making two plans look alike, and the progress of a long load."""

from __future__ import annotations

import io
from pathlib import Path

from click.testing import CliRunner
from rich.console import Console

from polkg import api
from polkg.cli import cli
from polkg.graph.store.falkor import FalkorStore
from polkg.output import LoadProgress, clip, render, width
from polkg.pipeline import Pipeline
from tests.conftest import CORPUS, DISTRICT

# two real plans of the district file: their titles differ only by the year in the middle and their last words
TWO_PLANS = ("乐山市市中区2019年大气污染防治工作实施方案暨打赢蓝天保卫战2019年度工作计划",
             "乐山市市中区2020年大气污染防治工作实施方案暨打赢蓝天保卫战2020年度工作计划")


def test_clipping_keeps_what_tells_two_plans_apart() -> None:
    for limit in (16, 20, 28):
        a, b = (clip(t, limit) for t in TWO_PLANS)
        assert a != b and width(a) <= limit and width(b) <= limit
        assert "2019" in a and "2020" in b
    assert clip("短标题", 20) == "短标题"
    assert clip("四川省巩固污染防治攻坚战成果提升生态环境治理体系和治理能力现代化水平行动计划(2022—2023年)", 24) \
        == "四川省巩固…2022—2023年)"


def test_table_fits_the_width_given() -> None:
    rows = [[t, "district", "乐山市市中区生态环境局", 3] for t in TWO_PLANS]
    out = render(["document", "level", "lead", "tasks"], rows, "table", 60)
    lines = out.splitlines()
    assert all(width(line) <= 60 for line in lines)
    assert lines[2] != lines[3]
    wide = render(["document", "level", "lead", "tasks"], rows, "table", 0)
    assert "…" not in wide and TWO_PLANS[0] in wide


def test_query_tables_fit_the_terminal_and_wide_clips_nothing(loaded_dir: Path) -> None:
    args = ["--store", str(loaded_dir), "query", "vocs-leads"]
    res = CliRunner().invoke(cli, args, env={"COLUMNS": "120"})
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert max(width(line) for line in lines) <= 120
    full = CliRunner().invoke(cli, [*args, "--format", "json"]).output
    import json

    titles = {r["document"] for r in json.loads(full)}
    shown = {line.split("  ")[0] for line in lines[2:-1]}
    assert len(shown) == len(titles), "two plans clipped to the same text"
    wide = CliRunner().invoke(cli, [*args, "--wide"], env={"COLUMNS": "120"}).output
    assert "…" not in wide and max(width(line) for line in wide.splitlines()) > 120


def test_load_shows_progress_on_a_terminal_only(tmp_path: Path, pipeline: Pipeline) -> None:
    screen = io.StringIO()
    store = FalkorStore(tmp_path / "a")
    try:
        with LoadProgress(Console(file=screen, force_terminal=True, width=100)) as progress:
            api.load([str(DISTRICT), str(CORPUS / "000_58d12171dcf85779.txt")], store, pipeline, on_file=progress)
    finally:
        store.close()
    assert "loading" in screen.getvalue() and "2/2" in screen.getvalue()
    pipe = io.StringIO()
    with LoadProgress(Console(file=pipe, force_terminal=False)) as quiet:
        api.extract([str(DISTRICT)], pipeline, on_file=quiet)
    assert pipe.getvalue() == ""
    assert [r[0] for r in quiet.rows] == [DISTRICT.name]


def test_load_prints_a_summary_per_file(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["--store", str(tmp_path / "s"), "load", str(DISTRICT),
                                   str(CORPUS / "000_58d12171dcf85779.txt")])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0].split() == ["file", "format", "plans", "tasks", "targets", "unattributed"]
    by_file = {line.split()[0]: line.split() for line in lines[2:4]}
    assert by_file[DISTRICT.name][1:3] == ["bracket", "9"]
    assert lines[-1].startswith("loaded 2 files")

