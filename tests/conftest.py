"""Shared fixtures: the real corpus, and an embedded store loaded with it once per test session."""

from __future__ import annotations

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
