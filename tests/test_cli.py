"""The polkg command end to end through the embedded store, in-process through click's CliRunner (the CLI is a
thin shell over polkg.api); two tests run the real entry point as a subprocess for its exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from polkg import api
from polkg.cli import cli
from polkg.errors import PolkgError
from tests.conftest import CORPUS, DISTRICT

POLKG = [sys.executable, "-c", "from polkg.cli import main; main()"]


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def polkg(*args: str, store: Path | None = None, check: bool = True) -> Run:
    """``polkg ARGS`` in-process; ``store`` goes in as POLKG_STORE, as a user's environment would have it."""
    env = {"NEO4J_URI": None, "POLKG_STORE": str(store) if store is not None else None}
    res = CliRunner().invoke(cli, list(args), env=env)
    if res.exception and not isinstance(res.exception, SystemExit):
        raise res.exception
    stderr = res.stderr if res.stderr_bytes is not None else ""
    out = Run(res.exit_code, res.stdout, stderr)
    if check and out.returncode != 0:
        raise AssertionError(f"polkg {' '.join(args)} exited {out.returncode}: {out.stderr}")
    return out


def entry_point(*args: str, store: Path) -> subprocess.CompletedProcess[str]:
    """The installed entry point, as a shell runs it."""
    env = {**os.environ, "POLKG_STORE": str(store)}
    env.pop("NEO4J_URI", None)
    return subprocess.run([*POLKG, *args], capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def district_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("cli-store")
    polkg("load", str(DISTRICT), store=store)
    return store


def stats(store: Path) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = json.loads(polkg("stats", "--json", store=store).stdout)
    return out


def test_load_reports_nine_plans(tmp_path: Path) -> None:
    res = polkg("load", str(DISTRICT), store=tmp_path)
    assert "9 documents" in res.stdout
    assert stats(tmp_path)["labels"]["Document"] == 9


def test_reload_changes_no_counts(district_store: Path) -> None:
    before = stats(district_store)
    assert before["labels"]["Task"] > 100
    polkg("load", str(DISTRICT), store=district_store)
    assert stats(district_store) == before


def test_vocs_leads_names_the_district_environment_bureau(district_store: Path) -> None:
    out = polkg("query", "vocs-leads", "--json", store=district_store).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows, "no VOCs task found"
    leads = {r["lead"] for r in rows}
    assert "乐山市市中区生态环境局" in leads
    assert {r["level"] for r in rows} == {"district"}


def test_query_formats(district_store: Path) -> None:
    csv_out = polkg("query", "vocs-leads", "--format", "csv", store=district_store).stdout
    assert csv_out.splitlines()[0] == "document,year,level,lead,basis,system,tasks,from_heading,written,task_ids"
    table = polkg("query", "vocs-leads", store=district_store).stdout
    assert "乐山市市中区生态环境局" in table and table.rstrip().endswith("rows)")


def test_query_list_shows_parameters() -> None:
    out = polkg("query", "--list").stdout
    assert "vocs-leads:" in out and "--param topic=" in out


def test_unknown_query_and_parameter_are_one_line_errors(district_store: Path) -> None:
    res = polkg("query", "no-such-query", store=district_store, check=False)
    assert res.returncode == 1 and res.stderr.count("\n") == 1 and "no query named" in res.stderr
    res = polkg("query", "vocs-leads", "--param", "colour=red", store=district_store, check=False)
    assert res.returncode == 1 and "no parameter 'colour'" in res.stderr


def test_cypher_is_read_only_unless_asked(district_store: Path) -> None:
    res = polkg("cypher", "CREATE (n:Scratch) RETURN n", store=district_store, check=False)
    assert res.returncode == 1 and "--write" in res.stderr
    assert "Scratch" not in stats(district_store)["labels"]
    out = polkg("cypher", "MATCH (d:Document) RETURN count(d) AS n", "--json", store=district_store).stdout
    assert json.loads(out) == {"n": 9}


def test_cypher_takes_parameters(district_store: Path) -> None:
    out = polkg("cypher", "MATCH (d:Document) WHERE d.plan = $plan RETURN d.title AS title", "--param", "plan=0",
                "--json", store=district_store).stdout
    assert json.loads(out)["title"] == "乐山市市中区打赢蓝天保卫战实施方案"


def test_extract_prints_contract_v1() -> None:
    lines = polkg("extract", str(DISTRICT)).stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    tasks = [r for r in rows if r["kind"] == "task"]
    assert len(tasks) > 100
    required = {"kind", "doc", "id", "text", "section", "units", "leaders", "divisions", "deadline", "due", "topics",
                "rivers", "regions", "span"}
    assert all(required <= set(t) for t in tasks)
    text = DISTRICT.read_text(encoding="utf-8")
    for t in tasks:
        start, end = t["span"]
        assert t["text"][:4] in text[start:end].replace(" ", "")
    assert len({t["id"] for t in tasks}) == len(tasks)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: (d / "bin.txt").write_bytes(b"\x00\x01\x02") and d / "bin.txt", "binary"),
        (lambda d: (d / "late.txt").write_bytes(b"x" * 5000 + b"\x00") and d / "late.txt", "NUL byte at offset 5000"),
        (lambda d: (d / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)) and d / "old.doc",
         "legacy Word/Excel/WPS file (.doc, .xls, .wps): convert it first"),
        (lambda d: (d / "empty.txt").write_text("  \n") and d / "empty.txt", "empty file"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(tmp_path: Path, district_store: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    before = stats(district_store)
    bad = make(tmp_path)
    res = polkg("load", str(CORPUS / "000_58d12171dcf85779.txt"), str(bad), store=district_store, check=False)
    assert res.returncode == 1
    assert res.stderr.startswith("polkg: error:") and message in res.stderr and res.stderr.count("\n") == 1
    assert "Traceback" not in res.stderr
    assert stats(district_store) == before  # the good file named first was not written either


def test_whole_corpus_loads(graph) -> None:  # type: ignore[no-untyped-def]
    res = graph.query("MATCH (d:Document) RETURN d.doc AS doc, count(*) AS plans ORDER BY doc")
    plans = dict(res.rows)
    assert set(plans) == {p.stem for p in CORPUS.glob("*.txt")}
    assert sum(plans.values()) == 13


def test_unattributed_passages_are_listed() -> None:
    out = polkg("unattributed", str(DISTRICT), "--json").stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and all(r["doc"] == DISTRICT.stem and r["end"] > r["start"] and r["quote"] for r in rows)


def test_entry_point_exit_codes(tmp_path: Path) -> None:
    ok = entry_point("query", "--list", store=tmp_path)
    assert ok.returncode == 0 and "vocs-leads:" in ok.stdout
    usage = entry_point("query", "--format", "xml", store=tmp_path)
    assert usage.returncode == 2 and "Invalid value" in usage.stderr


def test_an_error_is_one_line_in_process_too(tmp_path: Path) -> None:
    res = polkg("query", "most-loaded", store=tmp_path / "typo", check=False)
    assert res.returncode == 1
    assert res.stderr.startswith("polkg: error: no store at") and res.stderr.count("\n") == 1


def test_every_command_is_defined_in_the_one_cli_module() -> None:
    import polkg

    assert not (Path(polkg.__file__).parent / "cli_units.py").exists()
    assert {"resolve", "units", "viz", "export", "cypher"} <= set(cli.commands)
    assert {c.callback.__module__ for c in cli.commands.values() if c.callback} == {"polkg.cli"}


@pytest.mark.parametrize(("function", "args"), [
    ("load", ["load", str(DISTRICT)]),
    ("iter_printed", ["extract", str(DISTRICT)]),
    ("unattributed", ["unattributed", str(DISTRICT)]),
    ("run_query", ["query", "most-loaded"]),
    ("queries", ["query", "--list"]),
    ("cypher", ["cypher", "MATCH (n) RETURN count(n) AS n"]),
    ("stats", ["stats"]),
    ("export", ["export", "g.graphml"]),
    ("viz", ["viz", "most-loaded", "--out", "g.html"]),
    ("resolve", ["resolve", "省环保厅"]),
    ("units", ["units"]),
    ("task_source", ["show", "task:x"]),
])
def test_each_command_is_one_api_function(monkeypatch: pytest.MonkeyPatch, district_store: Path, function: str,
                                          args: list[str]) -> None:
    """The CLI is a shell over polkg.api: each command calls its api function (here a stub that fails at once)."""
    called: list[str] = []

    def stub(*_args: object, **_kwargs: object) -> None:
        called.append(function)
        raise PolkgError("stub")

    monkeypatch.setattr(api, function, stub)
    res = polkg(*args, store=district_store, check=False)
    assert called == [function] and res.returncode == 1 and "stub" in res.stderr
