"""The answer key of the canned queries: for each query, rows written by hand from the documents in corpus/.

Each ``tests/answers/<query>.toml`` holds cases. A case runs its query with ``params`` (none: the defaults),
keeps the rows whose columns start with the values of ``where`` (a document is named by its title, which may
be cut short), or the first ``top`` rows, and compares the ``columns`` of the kept rows with ``rows`` — as a
multiset, or in order when ``ordered = true``. A column written ``task[:12]`` compares the first 12 characters
(a task is named by how its sentence begins in the document; ids are hashes no one writes by hand). When
``where`` and ``top`` are absent the case is the whole result set; ``count`` checks the number of rows; ``task``
gives a task parameter by how the task's sentence begins. A case
the program does not answer right yet carries ``xfail = "why"``: the key stays what the documents say, and the
test fails once it is fixed (then drop the marker).

The keys come from reading the documents (the line numbers in each case's ``source``), not from the program's
output. They run on the embedded FalkorDB store and, where NEO4J_URI is set, on Neo4j (same corpus, same
answers).
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

import pytest

from polkg import api
from polkg.graph.store import Store
from polkg.queries import library
from tests.conftest import CORPUS, ROOT

ANSWERS = ROOT / "tests" / "answers"
CUT = re.compile(r"^(\w+)\[:(\d+)\]$")


def cases() -> list[Any]:
    out = []
    for path in sorted(ANSWERS.glob("*.toml")):
        for i, case in enumerate(tomllib.loads(path.read_text(encoding="utf-8"))["case"]):
            marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
            out.append(pytest.param(path.stem, case, id=f"{path.stem}-{i}", marks=marks))
    return out


def cell(row: dict[str, Any], column: str) -> Any:
    m = CUT.match(column)
    if not m:
        value = row[column]
        return sorted(value) if isinstance(value, list) and column not in ("path", "link") else value
    value = row[m.group(1)]
    return value[: int(m.group(2))] if isinstance(value, str) else value


def none_as_empty(value: Any) -> Any:
    """TOML has no null: a key writes an absent value as ""."""
    return "" if value is None else value


def kept(rows: list[dict[str, Any]], case: dict[str, Any]) -> list[dict[str, Any]]:
    where = case.get("where", {})
    rows = [r for r in rows if all(str(r[k] if r[k] is not None else "").startswith(v) for k, v in where.items())]
    return rows[: case["top"]] if "top" in case else rows


FIND_TASK = "MATCH (t:Task) WHERE t.text STARTS WITH $start RETURN t.id"


def params_of(store: Store, case: dict[str, Any]) -> dict[str, Any]:
    """The case's parameters; ``task = {id = "开展工业炉窑污染整治"}`` names a task parameter by how the task's
    sentence begins (one task), since its id is a hash."""
    params = dict(case.get("params", {}))
    for name, start in case.get("task", {}).items():
        found = store.query(FIND_TASK, {"start": start}).rows
        assert len(found) == 1, f"{start!r} begins {len(found)} tasks"
        params[name] = found[0][0]
    return params


def check(store: Store, name: str, case: dict[str, Any]) -> None:
    rows = api.run_query(store, name, params_of(store, case)).records()
    if "count" in case:  # how many rows the query gives in all (a LIMIT, a known total)
        assert len(rows) == case["count"], f"{name} {case.get('params', {})}: {len(rows)} rows"
    got = [[none_as_empty(cell(r, c)) for c in case["columns"]] for r in kept(rows, case)]
    want = [[sorted(v) if isinstance(v, list) else v for v in r] for r in case["rows"]]
    if not case.get("ordered", False):
        got, want = sorted(got, key=repr), sorted(want, key=repr)
    assert got == want, f"{name} {case.get('params', {})} ({case.get('source', '')})"


def test_every_query_has_a_key_for_its_default_and_another_value() -> None:
    keyed: dict[str, list[dict[str, Any]]] = {}
    for path in ANSWERS.glob("*.toml"):
        keyed[path.stem] = tomllib.loads(path.read_text(encoding="utf-8"))["case"]
    for name, query in library.load_all().items():
        assert name in keyed, f"no answer key for {name}"
        given = [{**c.get("params", {}), **c.get("task", {})} for c in keyed[name]]
        if query.params:
            assert len({repr(sorted(g.items())) for g in given}) >= 2, f"{name}: key one other parameter value"
        if not any(p.required for p in query.params):
            assert {} in given or any(all(g.get(p.name) == p.default for p in query.params) for g in given), name
        for case in keyed[name]:
            assert case.get("source"), f"{name}: say where in corpus/ the key comes from"


@pytest.mark.parametrize(("name", "case"), cases())
def test_falkordb_gives_the_hand_written_answer(graph: Store, name: str, case: dict[str, Any]) -> None:
    check(graph, name, case)


@pytest.mark.neo4j
@pytest.mark.parametrize(("name", "case"), cases())
def test_neo4j_gives_the_hand_written_answer(neo4j_graph: Store, name: str, case: dict[str, Any]) -> None:
    check(neo4j_graph, name, case)


def test_a_key_that_is_wrong_fails(graph: Store) -> None:
    """The comparison can fail: one changed count is reported."""
    case = {"params": {"topic": "VOCs"}, "where": {"document": "四川省蓝天保卫战2018年作战计划"},
            "columns": ["lead", "tasks"], "rows": [["四川省环境保护厅", 3]], "source": "made up"}
    with pytest.raises(AssertionError):
        check(graph, "vocs-leads", case)


def test_keys_name_documents_that_exist() -> None:
    """A document a key names is one of corpus/ (its title as written there, PDF spaces and bracket widths aside)."""
    corpus = fold("".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))))
    for path in sorted(ANSWERS.glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            for column, value in case.get("where", {}).items():
                if column in ("document", "citing", "provincial_document"):
                    assert fold(value).strip("《")[:12] in corpus, (path.name, value)


def fold(s: str) -> str:
    return re.sub(r"\s", "", s).replace("(", "（").replace(")", "）")
