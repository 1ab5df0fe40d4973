"""What a new researcher met at the CLI on plans of their own (real-world plans of tests/realworld/), each
friction pinned by a test: the answer they got before was wrong, blank or a traceback."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner, Result

from polkg import api
from polkg.cli import cli
from polkg.graph.store.base import Result as Rows
from polkg.graph.store.falkor import FalkorStore
from polkg.queries import library
from tests.conftest import ROOT

REALWORLD = ROOT / "tests" / "realworld"
#: a plan whose file states no title (an excerpt of a Fuzhou plan: it starts at item 三十五), and one with a title
UNTITLED = "hd_fujian_fuzhou_mlfz_yuanqu"
TITLED = "hz11_anhui_wuhu_zdgz2023_wcqk"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def fails(*args: str) -> str:
    """The one-line error a command gives: `polkg: error: …` on stderr, exit 1."""
    res = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert res.exit_code == 1, res.output
    assert res.stderr.startswith("polkg: error: ") and res.stderr.count("\n") == 1, res.stderr
    return res.stderr.removeprefix("polkg: error: ")


@pytest.fixture(scope="module")
def own(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding two real-world plans, one of them with no title."""
    d = tmp_path_factory.mktemp("own")
    store = FalkorStore(d)
    try:
        api.load([str(REALWORLD / f"{UNTITLED}.txt"), str(REALWORLD / f"{TITLED}.txt")], store)
    finally:
        store.close()
    return d


def rows(store: Path, *args: str) -> list[dict[str, object]]:
    res = run("--store", str(store), "query", *args, "--format", "json")
    assert res.exit_code == 0, res.output
    out: list[dict[str, object]] = json.loads(res.output)
    return out


# -- a plan with no title is named by its file, never a blank ---------------------------------------------

@pytest.mark.parametrize(("query", "column"), [
    ("orphan-summary", "document"), ("vocs-leads", "document"), ("topic-overview", "document"),
    ("orphan-tasks", "document"), ("task-search", "document"), ("most-loaded", "cited_in"),
    ("co-responsibility", "cited_in"), ("counterparts", "documents"),
])
def test_untitled_plan_is_named_by_its_file(own: Path, query: str, column: str) -> None:
    params = {"task-search": ["-p", "text=VOCs"], "lead-systems": ["-p", "topic=climate"],
              "co-responsibility": ["-p", "limit=100"],
              "most-loaded": ["-p", "limit=100"]}.get(query, [])
    found = rows(own, query, *params)
    assert found
    names = [str(x) for r in found for x in (r[column] if isinstance(r[column], list) else [r[column]])]
    assert all(n and not n.startswith(" (") for n in names), names
    if query not in ("lead-systems", "co-responsibility"):
        assert any(n.startswith(UNTITLED) for n in names), names


def test_show_names_an_untitled_plan_by_its_file(own: Path) -> None:
    task = next(r for r in rows(own, "task-search", "-p", "text=清新园区"))
    out = run("--store", str(own), "show", str(task["task_id"])).output
    assert re.search(rf"^document\s+{UNTITLED}$", out, re.M), out


# -- export writes the format its file name says ---------------------------------------------------------

def test_export_format_follows_the_extension(own: Path, tmp_path: Path) -> None:
    gexf, node_link = tmp_path / "g.gexf", tmp_path / "g.json"
    run("--store", str(own), "export", str(gexf))
    run("--store", str(own), "export", str(node_link))
    g = nx.read_gexf(gexf)
    h = nx.node_link_graph(json.loads(node_link.read_text(encoding="utf-8")), edges="edges")
    assert g.number_of_nodes() == h.number_of_nodes() > 100


def test_export_format_option_wins(own: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.xml"
    run("--store", str(own), "export", str(out), "--format", "gexf")
    assert "<gexf" in out.read_text(encoding="utf-8")[:500]


def test_readme_reads_the_export_with_networkx_and_pandas(own: Path, tmp_path: Path) -> None:
    """The README's snippet for reading an export, run as written (from the store directory's parent)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```python\n(# polkg export polkg\.graphml.*?)```", text, re.S)
    assert block, "README: the export-reading snippet"
    out = tmp_path / "polkg.graphml"
    run("--store", str(own), "export", str(out))
    scope: dict[str, object] = {}
    code = block.group(1).replace('"polkg.graphml"', repr(str(out)))
    exec(compile(code, "README", "exec"), scope)
    tasks, edges = scope["tasks"], scope["edges"]
    assert {"text", "doc"} <= set(tasks.columns) and len(tasks) > 5  # type: ignore[attr-defined]
    assert "LEADS" in set(edges["type"])  # type: ignore[index]


# -- bad input: one line, never a traceback or click's usage block ----------------------------------------

def test_resolve_an_empty_name() -> None:
    assert "empty" in fails("resolve", "  ")


def test_resolve_in_a_missing_file(tmp_path: Path) -> None:
    msg = fails("resolve", "市生态环境局", "--in", str(tmp_path / "nothing.txt"))
    assert "nothing.txt" in msg and "no such file" in msg


@pytest.mark.parametrize("command", [("query", "vocs-leads"), ("load", str(REALWORLD / f"{TITLED}.txt")), ("units",),
                                     ("stats",)])
def test_a_store_path_that_is_a_file(tmp_path: Path, command: tuple[str, ...]) -> None:
    f = tmp_path / "store.txt"
    f.write_text("x", encoding="utf-8")
    msg = fails("--store", str(f), *command)
    assert "is a file, not a store directory" in msg
    assert f.read_text(encoding="utf-8") == "x"


def test_a_misspelt_query_suggests_only_what_is_close() -> None:
    msg = fails("query", "vocs-lead")
    assert "(did you mean vocs-leads?)" in msg


# -- what the help promises --------------------------------------------------------------------------------

def test_task_source_example_id_is_shaped_like_a_real_id(own: Path) -> None:
    real = str(rows(own, "task-search", "-p", "text=VOCs")[0]["task_id"])
    shape = re.compile(r"^task:[A-Za-z0-9_]+:[0-9a-f]{16}$")
    assert shape.match(real)
    doc = next(p.doc for p in library.get("task-source").params if p.name == "id")
    example = re.search(r"task:\S+", doc)
    assert example and shape.match(example.group(0).rstrip(")")), doc


def test_dataframe_years_stay_integers_when_some_are_missing() -> None:
    df = Rows(["year", "tasks"], [[2021, 3], [None, 4]]).to_df()
    assert str(df["year"].dtype) == "Int64" and df["year"].tolist()[0] == 2021
    assert str(df["tasks"].dtype) == "int64"


# -- the flagship table: a clipped list of task ids keeps whole ids, so each can be passed to polkg show ------

def test_clipped_task_ids_are_whole_ids(loaded_dir: Path) -> None:
    table = run("--store", str(loaded_dir), "query", "vocs-leads").output
    answer = rows(loaded_dir, "vocs-leads")
    ids = {i for r in answer for i in r["task_ids"]}  # type: ignore[attr-defined]
    assert any(len(r["task_ids"]) > 1 for r in answer)  # type: ignore[arg-type]
    printed = re.findall(r"task:[^\s、…]+", table)
    assert printed and all(i in ids for i in printed), [i for i in printed if i not in ids]
    assert re.search(r"、…\(\+\d+\)", table)


# -- a topic asked by the name the plans write ------------------------------------------------------------

@pytest.mark.parametrize("written", ["挥发性有机物", "voc", "vocs", "VOCs"])
def test_a_topic_by_its_chinese_name_or_any_case(loaded_dir: Path, written: str) -> None:
    assert rows(loaded_dir, "vocs-leads", "-p", f"topic={written}") == rows(loaded_dir, "vocs-leads")


def test_an_unknown_topic_still_says_what_is_valid() -> None:
    assert "unknown topic '臭氧层'" in fails("query", "vocs-leads", "-p", "topic=臭氧层")


# -- parameter values that answered with nothing, or with everything, or with the server's words ----------

def test_every_topic_only_where_the_query_takes_it(loaded_dir: Path) -> None:
    assert "one topic" in fails("--store", str(loaded_dir), "query", "vocs-leads", "-p", "topic=*")
    assert len(rows(loaded_dir, "cascade", "-p", "topic=*")) > len(rows(loaded_dir, "cascade"))


def test_a_negative_count(loaded_dir: Path) -> None:
    assert "whole number of 0 or more" in fails("--store", str(loaded_dir), "query", "most-loaded", "-p", "limit=-1")


def test_an_empty_required_text(loaded_dir: Path) -> None:
    assert "needs --param text=" in fails("--store", str(loaded_dir), "query", "task-search", "-p", "text= ")


def test_units_of_an_unknown_system_says_which_there_are(loaded_dir: Path) -> None:
    msg = fails("--store", str(loaded_dir), "units", "--system", "环保")
    assert "no unit of system '环保'" in msg and "生态环境" in msg


# -- viz of the flagship: the researcher's first try says what draws ----------------------------------------

def test_viz_of_a_table_query_names_the_queries_that_draw(loaded_dir: Path, tmp_path: Path) -> None:
    msg = fails("--store", str(loaded_dir), "viz", "vocs-leads", "--out", str(tmp_path / "v.html"))
    assert "vocs-leads returns a table" in msg and "unit-portfolio" in msg and "MATCH p =" in msg


def test_the_queries_said_to_draw_are_those_that_draw(graph: object, tmp_path: Path) -> None:
    from polkg.cli import DRAWN
    from polkg.errors import PolkgError

    needs = {"task-search": {"text": "VOCs"}, "township-duties": {"township": "安谷镇"},
             "task-source": {"id": "task:004_0c71af0d61d8d2f3:0715716ce8b7b96a"}}
    drawn = set()
    for q in api.queries():
        try:
            api.viz(graph, q.name, tmp_path / f"{q.name}.html", needs.get(q.name))  # type: ignore[arg-type]
            drawn.add(q.name)
        except PolkgError as e:
            assert "holds no nodes" in str(e)
    assert drawn == set(DRAWN)


# -- a mistyped option is one line too, with where to look ------------------------------------------------

@pytest.mark.parametrize(("args", "expect"), [
    (("query", "vocs-leads", "--format", "xml"), "'xml' is not one of"),
    (("query", "vocs-leads", "--fromat", "csv"), "No such option '--fromat'. Did you mean '--format'"),
    (("--bogus", "stats"), "No such option '--bogus'"),
    (("lod", "corpus/"), "No such command 'lod'"),
    (("load",), "Missing argument"),
])
def test_a_usage_error_is_one_line(args: tuple[str, ...], expect: str) -> None:
    res = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert res.exit_code == 2 and res.stderr.startswith("polkg: error: ") and res.stderr.count("\n") == 1
    assert expect in res.stderr and "--help" in res.stderr, res.stderr


def test_no_command_still_shows_the_help() -> None:
    res = CliRunner().invoke(cli, [], catch_exceptions=False)
    assert "Commands:" in res.output


def test_a_date_window_the_wrong_way_round(loaded_dir: Path) -> None:
    msg = fails("--store", str(loaded_dir), "query", "deadlines-window", "-p", "from=2019-01-01", "-p", "to=2018-01-01")
    assert "from 2019-01-01 is after to 2018-01-01" in msg


def test_unattributed_reads_subdirectories_like_load(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    meeting = "hd_guangxi_pinglu_daqi2025"  # a meeting report: passages that name nobody
    (tmp_path / "sub" / f"{meeting}.txt").write_bytes((REALWORLD / f"{meeting}.txt").read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    res = CliRunner().invoke(cli, ["unattributed", "-r", "-k", str(tmp_path), "--format", "json"])
    assert res.exit_code == 1 and "empty file" in res.stderr
    found = json.loads(res.stdout)
    assert found and {r["doc"] for r in found} == {meeting}


def test_a_notebook_asking_a_store_that_is_not_there(tmp_path: Path) -> None:
    """Jupyter starts in notebooks/: open_store(".polkg") there would answer every query from an empty graph."""
    from polkg.errors import PolkgError
    from polkg.graph.store import open_store

    with pytest.raises(PolkgError, match="no store at"):
        open_store(str(tmp_path / ".polkg"), create=False)
    assert not (tmp_path / ".polkg").exists()


def test_readme_notebook_snippet_runs_as_written(loaded_dir: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```python\n(from polkg import api\n.*?)```", text, re.S)
    assert block, "README: the notebook snippet"
    (tmp_path / ".polkg").symlink_to(loaded_dir, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    scope: dict[str, object] = {}
    code = block.group(1)
    lines = code.splitlines()
    lines[-3] = "df = " + lines[-3]  # keep what the DataFrame line gives
    exec(compile("\n".join(lines), "README", "exec"), scope)
    df = scope["df"]
    assert str(df["year"].dtype) == "Int64" and isinstance(df["task_ids"][0], list)  # type: ignore[index]
    assert (tmp_path / "leads.html").stat().st_size > 1000


def test_resolve_in_a_plan_says_what_it_did_not_find() -> None:
    out = run("resolve", "区生态环境分局", "--in", str(REALWORLD / "hf_zhejiang_longwan_gzbg2023_jz.txt")).output
    first = out.split("why:")[1].splitlines()[1]
    assert "year not stated" in first and "jurisdiction not found" in first and "?" not in first
