"""The frictions a researcher met at the CLI, each run in-process through click's CliRunner on the loaded corpus."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from polkg import api
from polkg.cli import cli
from polkg.errors import PolkgError
from polkg.graph.store import Store


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def fails(*args: str) -> str:
    """The one-line error a command gives: `polkg: error: …` on stderr, exit 1."""
    res = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert res.exit_code == 1 and res.stderr.startswith("polkg: error: ") and res.stderr.count("\n") == 1
    return res.stderr.removeprefix("polkg: error: ")


def test_store_option_after_the_command(loaded_dir: Path) -> None:
    res = run("stats", "--json", "--store", str(loaded_dir))
    assert json.loads(res.output)["labels"]["Task"] > 400
    res = run("query", "most-loaded", "--store", str(loaded_dir), "-p", "limit=2", "--format", "jsonl")
    assert len(res.output.splitlines()) == 2


def test_missing_store_is_an_error_not_an_empty_answer(tmp_path: Path) -> None:
    msg = fails("--store", str(tmp_path / "typo"), "query", "most-loaded")
    assert "no store at" in msg and "typo" in msg
    assert not (tmp_path / "typo").exists()


def test_json_is_one_array_jsonl_one_object_a_line(loaded_dir: Path) -> None:
    out = run("--store", str(loaded_dir), "query", "most-loaded", "-p", "limit=3", "--format", "json").output
    rows = json.loads(out)
    assert isinstance(rows, list) and len(rows) == 3
    assert type(rows[0]["leads"]) is int
    lines = run("--store", str(loaded_dir), "query", "most-loaded", "-p", "limit=3", "--json").output.splitlines()
    assert [json.loads(x) for x in lines] == rows


def test_csv_lists_are_json_not_joined(loaded_dir: Path) -> None:
    out = run("--store", str(loaded_dir), "query", "vocs-leads", "--format", "csv").output
    rows = list(csv.DictReader(io.StringIO(out)))
    written = json.loads(rows[0]["written"])
    assert isinstance(written, list) and written


def test_digits_stay_text_for_a_text_parameter(loaded_dir: Path) -> None:
    out = run("--store", str(loaded_dir), "query", "task-search", "-p", "text=2020", "--format", "json").output
    rows = json.loads(out)
    assert rows and all("2020" in r["task"] for r in rows)


def test_typed_parameters_from_python(graph: Store) -> None:
    assert len(api.run_query(graph, "most-loaded", {"limit": 5}).rows) == 5
    with pytest.raises(PolkgError, match="whole number"):
        api.run_query(graph, "most-loaded", {"limit": "five"})


@pytest.mark.parametrize(("args", "expect"), [
    (("vocs-leads", "-p", "topic=VOCz"), "did you mean VOCs?"),
    (("deadlines-window", "-p", "from=2018-13-45"), "YYYY-MM-DD"),
    (("unit-portfolio", "-p", "unit=省环保局局"), "no unit named"),
    (("most-loded",), "did you mean most-loaded"),
])
def test_bad_values_say_what_is_valid(loaded_dir: Path, args: tuple[str, ...], expect: str) -> None:
    assert expect in fails("--store", str(loaded_dir), "query", *args)


def test_export_graphml(loaded_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.graphml"
    res = run("--store", str(loaded_dir), "export", str(out))
    assert "wrote" in res.output and out.stat().st_size > 100_000
