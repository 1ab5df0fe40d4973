"""The unit counts most-loaded and co-responsibility read (NAMED_IN and SHARES_TASKS edges, built with each
file, and their archive-wide sums kept on each Unit and SHARES_WITH edge by every load) and the progress counts
progress-by-division reads are exactly what the responsibility and progress edges say, in a loaded store and
after a reload changes a file."""

from __future__ import annotations

from pathlib import Path

from polkg.graph.build import build
from polkg.graph.store import Store
from polkg.graph.store.falkor import FalkorStore
from polkg.pipeline import Pipeline
from tests.conftest import CORPUS, DISTRICT

PROGRESS_FILE = "002_2b859586d1828755.txt"  # the 2017 Q2 progress report
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

KEPT_UNITS = """
MATCH (u:Unit) WHERE u.named_leads + u.named_responsible + u.named_assists > 0
RETURN u.id, toInteger(u.named_leads), toInteger(u.named_responsible), toInteger(u.named_assists)
"""
UNIT_TASKS = """
MATCH (u:Unit)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(t:Task)
RETURN u.id, count(DISTINCT t)
"""
KEPT_TASKS = "MATCH (u:Unit) WHERE u.named_tasks > 0 RETURN u.id, toInteger(u.named_tasks)"
PAIR_DOCUMENTS = """
MATCH (a:Unit)-[s:SHARES_TASKS]->(d:Document)
RETURN a.id, s.other, toInteger(sum(s.tasks)), count(DISTINCT d)
"""
KEPT_PAIRS = """
MATCH (a:Unit)-[c:SHARES_WITH]->(b:Unit)
RETURN a.id, b.id, toInteger(c.tasks), toInteger(c.documents)
"""
PROGRESS = """
MATCH (d:Document)-[:HAS_TASK]->(t:Task)-[:HAS_PROGRESS]->(p:Progress)
OPTIONAL MATCH (u:Unit)-[:REPORTED]->(p)
RETURN d.id, p.period, coalesce(u.name, p.reporter, '(not attributed)'), count(p)
"""
TALLIES = """
MATCH (d:Document)-[:HAS_TASK]->(t:Task)-[:HAS_PROGRESS]->(p:Progress) WHERE p.tally IS NOT NULL
OPTIONAL MATCH (u:Unit)-[:REPORTED]->(p)
RETURN d.id, p.period, coalesce(u.name, p.reporter, '(not attributed)'), toInteger(sum(p.statements))
"""
PERIOD_DIVISIONS = """
MATCH (p:Progress)
OPTIONAL MATCH (u:Unit)-[:REPORTED]->(p)
RETURN p.period + '|' + coalesce(u.name, p.reporter, '(not attributed)'), count(p)
"""
KEPT_TALLIES = "MATCH (k:Tally) RETURN k.id, toInteger(k.statements)"


def rows(store: Store, cypher: str) -> set[tuple[object, ...]]:
    return {tuple(r) for r in store.query(cypher).rows}


def assert_consistent(store: Store) -> None:
    assert rows(store, NAMED_COUNTS) == rows(store, ROLE_COUNTS)
    assert rows(store, SHARED_PAIRS) == rows(store, ROLE_PAIRS)
    assert rows(store, KEPT_UNITS) == rows(store, ROLE_COUNTS)
    assert rows(store, KEPT_TASKS) == rows(store, UNIT_TASKS)
    assert rows(store, KEPT_PAIRS) == rows(store, PAIR_DOCUMENTS)
    assert rows(store, TALLIES) == rows(store, PROGRESS)
    assert rows(store, KEPT_TALLIES) == rows(store, PERIOD_DIVISIONS)


def test_the_loaded_corpus_counts_what_its_edges_say(graph: Store) -> None:
    assert len(rows(graph, SHARED_PAIRS)) > 100 and len(rows(graph, PROGRESS)) > 20
    assert_consistent(graph)


def test_a_reload_that_changes_a_file_keeps_the_counts(tmp_path: Path, pipeline: Pipeline) -> None:
    full = [pipeline.extract_file(p) for p in (CORPUS / "000_58d12171dcf85779.txt", CORPUS / PROGRESS_FILE,
                                               DISTRICT)]
    store = FalkorStore(tmp_path)
    try:
        store.replace_sources([x.doc for x in full], build(full, pipeline.resolver))
        before, pairs = rows(store, NAMED_COUNTS), rows(store, KEPT_PAIRS)
        cuts = [x.model_copy(update={"tasks": x.tasks[: len(x.tasks) // 3], "targets": []}) for x in full[1:]]
        store.replace_sources([x.doc for x in cuts], build(cuts, pipeline.resolver))
        assert rows(store, NAMED_COUNTS) != before
        assert {p[:2] for p in pairs} > {p[:2] for p in rows(store, KEPT_PAIRS)}  # pairs the cut took away are gone
        assert_consistent(store)
        store.replace_sources([x.doc for x in full[1:]], build(full[1:], pipeline.resolver))
        assert rows(store, NAMED_COUNTS) == before and rows(store, KEPT_PAIRS) == pairs
        assert_consistent(store)
    finally:
        store.close()
