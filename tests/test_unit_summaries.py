"""The unit counts most-loaded and co-responsibility read (NAMED_IN and SHARES_TASKS edges, built with each
file) are exactly what the responsibility edges say, in a loaded store and after a reload changes a file."""

from __future__ import annotations

from pathlib import Path

from polkg.graph.build import build
from polkg.graph.store import Store
from polkg.graph.store.falkor import FalkorStore
from polkg.pipeline import Pipeline
from tests.conftest import CORPUS, DISTRICT

ROLE_COUNTS = """
MATCH (u:Unit)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(:Task)
RETURN u.id, count(CASE WHEN type(r) = 'LEADS' THEN 1 END), count(CASE WHEN type(r) = 'RESPONSIBLE_FOR' THEN 1 END),
       count(CASE WHEN type(r) = 'ASSISTS' THEN 1 END)
"""
NAMED_COUNTS = """
MATCH (u:Unit)-[n:NAMED_IN]->(:Document)
RETURN u.id, toInteger(sum(n.leads)), toInteger(sum(n.responsible)), toInteger(sum(n.assists))
"""
ROLE_PAIRS = """
MATCH (a:Unit)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(t:Task)<-[:LEADS|RESPONSIBLE_FOR|ASSISTS]-(b:Unit)
WHERE a.id < b.id
RETURN a.id, b.id, count(DISTINCT t)
"""
SHARED_PAIRS = """
MATCH (a:Unit)-[s:SHARES_TASKS]->(:Document)
RETURN a.id, s.other, toInteger(sum(s.tasks))
"""


def rows(store: Store, cypher: str) -> set[tuple[object, ...]]:
    return {tuple(r) for r in store.query(cypher).rows}


def assert_consistent(store: Store) -> None:
    assert rows(store, NAMED_COUNTS) == rows(store, ROLE_COUNTS)
    assert rows(store, SHARED_PAIRS) == rows(store, ROLE_PAIRS)


def test_the_loaded_corpus_counts_what_its_edges_say(graph: Store) -> None:
    assert len(rows(graph, SHARED_PAIRS)) > 100
    assert_consistent(graph)


def test_a_reload_that_changes_a_file_keeps_the_counts(tmp_path: Path, pipeline: Pipeline) -> None:
    full = [pipeline.extract_file(p) for p in (CORPUS / "000_58d12171dcf85779.txt", DISTRICT)]
    store = FalkorStore(tmp_path)
    try:
        store.replace_sources([x.doc for x in full], build(full, pipeline.resolver))
        before = rows(store, NAMED_COUNTS)
        cut = full[1].model_copy(update={"tasks": full[1].tasks[: len(full[1].tasks) // 3], "targets": []})
        store.replace_sources([cut.doc], build([cut], pipeline.resolver))
        assert rows(store, NAMED_COUNTS) != before
        assert_consistent(store)
        store.replace_sources([full[1].doc], build([full[1]], pipeline.resolver))
        assert rows(store, NAMED_COUNTS) == before
        assert_consistent(store)
    finally:
        store.close()
