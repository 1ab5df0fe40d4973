"""Canned queries stay fast as the graph grows: on ten renamed copies of the corpus no query does more than ten
times the work it does on one. Work is FalkorDB's own count of the records every operation of the plan
produced (GRAPH.PROFILE): deterministic, so this holds on a busy machine where timings do not (the timings
themselves are printed by ``benchmarks/bench.py``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks.scale import scaled
from polkg.graph.build import build
from polkg.graph.store import Store
from polkg.graph.store.falkor import GRAPH, FalkorStore
from polkg.pipeline import Pipeline
from polkg.queries import library
from tests.conftest import CORPUS

RECORDS = re.compile(r"Records produced: (\d+)")


@pytest.fixture(scope="module")
def tenfold(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Iterator[FalkorStore]:
    extractions = [pipeline.extract_file(p) for p in sorted(CORPUS.glob("*.txt"))]
    copies = list(scaled(extractions, 10))
    store = FalkorStore(tmp_path_factory.mktemp("tenfold"))
    store.replace_sources([x.doc for x in copies], build(copies, pipeline.resolver))
    yield store
    store.close()


def example_params(name: str) -> dict[str, Any]:
    """The query's defaults, and for a required parameter the value of its first example."""
    q = library.get(name)
    given: dict[str, str] = {}
    for ex in q.examples:
        for k, v in re.findall(r"--param (\w+)=(\S+)", ex):
            given.setdefault(k, v)
    return q.bind({p.name: given[p.name] for p in q.params if p.required})


def work(store: Store, cypher: str, params: dict[str, Any]) -> int:
    """Records produced by every operation of the query's plan."""
    from falkordb.helpers import stringify_param_value

    assert isinstance(store, FalkorStore)
    prefix = "CYPHER " + " ".join(f"{k}={stringify_param_value(v)}" for k, v in params.items()) + " "
    plan = store.server.client.execute_command("GRAPH.PROFILE", GRAPH, prefix + cypher)
    return sum(int(n) for line in plan for n in RECORDS.findall(line))


@pytest.mark.parametrize("name", sorted(library.load_all()))
def test_ten_times_the_graph_costs_a_query_at_most_ten_times_the_work(
    name: str, graph: Store, tenfold: FalkorStore
) -> None:
    q, params = library.get(name), example_params(name)
    one, ten = work(graph, q.cypher, params), work(tenfold, q.cypher, params)
    assert ten <= 10 * one, f"{name}: {one} records at 1×, {ten} at 10× ({ten / one:.1f}×)"


@pytest.mark.parametrize(("name", "cap"), [("most-loaded", "documents"), ("co-responsibility", "documents"),
                                           ("counterparts", "listed")])
def test_the_rankings_read_kept_counts_not_every_document(name: str, cap: str, graph: Store,
                                                          tenfold: FalkorStore) -> None:
    """Ranked (or counted) on what every load keeps on the units and unit pairs, and listing a fixed number of
    documents or tasks, these cost the same on ten copies of the corpus (the same units, ten times the
    documents) as on one."""
    params = {**example_params(name), cap: 5}
    one, ten = work(graph, library.get(name).cypher, params), work(tenfold, library.get(name).cypher, params)
    assert ten <= 1.5 * one, f"{name}: {one} records at 1×, {ten} at 10×"


def test_progress_by_division_reads_the_kept_tallies(graph: Store, tenfold: FalkorStore) -> None:
    """One Tally per division, then a fixed number of documents per division: the same work on ten copies."""
    q = library.get("progress-by-division")
    params = {**example_params("progress-by-division"), "documents": 1}
    one, ten = work(graph, q.cypher, params), work(tenfold, q.cypher, params)
    assert ten <= 1.5 * one, f"{one} records at 1×, {ten} at 10×"


def test_township_duties_costs_what_its_answer_holds(graph: Store) -> None:
    """It starts from the township and the tasks that reach it, not from every task of the graph."""
    q, params = library.get("township-duties"), example_params("township-duties")
    rows = graph.query(q.cypher, params).rows
    assert rows
    assert work(graph, q.cypher, params) <= 200 * len(rows)


def test_cascade_counts_each_topics_district_tasks_once(graph: Store) -> None:
    q = library.get("cascade")
    params = q.bind({"topic": "*"})
    rows = graph.query(q.cypher, params).rows
    assert work(graph, q.cypher, params) <= 20 * len(rows)


def test_scaled_copies_are_distinct_documents(tenfold: FalkorStore, graph: Store) -> None:
    count = "MATCH (d:Document) RETURN count(DISTINCT d.title)"
    assert tenfold.query(count).rows[0][0] == 10 * graph.query(count).rows[0][0]


def test_the_scaler_writes_renamed_varied_files(tmp_path: Path) -> None:
    from benchmarks.scale import write_corpus

    files = write_corpus(3, tmp_path, seed=7, files=[CORPUS / "004_0c71af0d61d8d2f3.txt"])
    assert [f.name for f in files] == [f"004_0c71af0d61d8d2f3__{k:04d}.txt" for k in range(3)]
    texts = [f.read_text(encoding="utf-8") for f in files]
    assert len(set(texts)) == 3 and texts[0] == (CORPUS / "004_0c71af0d61d8d2f3.txt").read_text(encoding="utf-8")
