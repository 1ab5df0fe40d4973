"""Shared fixtures: the real corpus, and an embedded store loaded with it once per test session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from polkg import api
from polkg.graph.store import Store
from polkg.graph.store.falkor import FalkorStore
from polkg.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DISTRICT = CORPUS / "004_0c71af0d61d8d2f3.txt"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def loaded_dir(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    """A store directory holding the whole corpus (loaded once; tests must not write to it)."""
    d = tmp_path_factory.mktemp("store")
    store = FalkorStore(d)
    try:
        api.load([str(CORPUS)], store, pipeline)
    finally:
        store.close()
    return d


@pytest.fixture(scope="session")
def graph(loaded_dir: Path) -> Iterator[Store]:
    store = FalkorStore(loaded_dir)
    yield store
    store.close()


@pytest.fixture(scope="session")
def neo4j_graph(pipeline: Pipeline) -> Iterator[Store]:
    """The corpus loaded into the Neo4j 5 server at NEO4J_URI (the Neo4j tests and answer keys); skipped without
    one: no Neo4j is faked."""
    if not os.environ.get("NEO4J_URI"):
        pytest.skip("NEO4J_URI not set: no Neo4j server to test against")
    from polkg.graph.store.neo4j import Neo4jStore

    store = Neo4jStore(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USER", "neo4j"),
                       os.environ.get("NEO4J_PASSWORD", ""), os.environ.get("NEO4J_DATABASE") or None)
    store.clear()
    api.load([str(CORPUS)], store, pipeline)
    yield store
    store.close()
