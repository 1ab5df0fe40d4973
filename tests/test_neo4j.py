"""The same corpus and canned queries on a real Neo4j 5 server.

Runs only when NEO4J_URI is set (with NEO4J_USER / NEO4J_PASSWORD), e.g. against `docker compose up`; skipped
otherwise. It clears the target database, so point it at a scratch one.
"""

from __future__ import annotations

import json
import os
from typing import Any

import pytest

from polkg import api
from polkg.graph.store import Store
from polkg.pipeline import Pipeline
from polkg.queries import library
from tests.conftest import CORPUS

pytestmark = [
    pytest.mark.neo4j,
    pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason="NEO4J_URI not set: no Neo4j server to test against"),
]


def canonical(rows: list[list[Any]]) -> list[str]:
    """Rows in a form both stores give alike: a node's properties and labels in sorted order (queries return
    paths, whose nodes each driver lists its own way)."""
    return sorted(json.dumps(normal(r), sort_keys=True, ensure_ascii=False, default=str) for r in rows)


def normal(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: sorted(v) if k == "_labels" else normal(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normal(v) for v in value]
    return value


def test_same_counts_as_falkordb(neo4j_graph: Store, graph: Store) -> None:
    assert api.stats(neo4j_graph) == api.stats(graph)


def test_reload_is_idempotent(neo4j_graph: Store, pipeline: Pipeline) -> None:
    before = api.stats(neo4j_graph)
    api.load([str(CORPUS)], neo4j_graph, pipeline)
    assert api.stats(neo4j_graph) == before


@pytest.mark.parametrize("name", sorted(library.load_all()))
def test_every_query_gives_the_falkordb_answer(neo4j_graph: Store, graph: Store, name: str) -> None:
    query = library.get(name)
    params = query.bind({p.name: "安谷镇" for p in query.params if p.required})
    assert canonical(neo4j_graph.query(query.cypher, params).rows) == canonical(graph.query(query.cypher, params).rows)


def test_reads_cannot_write(neo4j_graph: Store) -> None:
    from polkg.errors import PolkgError

    with pytest.raises(PolkgError, match="--write"):
        neo4j_graph.query("CREATE (n:Scratch) RETURN n")
