"""Graph stores: embedded FalkorDB (the default) and Neo4j 5, behind one interface."""

from __future__ import annotations

import os
from pathlib import Path

from polkg.graph.store.base import Result, Store

DEFAULT_STORE_DIR = ".polkg"

__all__ = ["DEFAULT_STORE_DIR", "Result", "Store", "open_store"]


def open_store(store_dir: str | None = None, neo4j_uri: str | None = None) -> Store:
    """Neo4j when a URI is given (``--neo4j`` or ``NEO4J_URI``), else the embedded FalkorDB store in
    ``store_dir`` (``--store``, ``POLKG_STORE``, or ``./.polkg``)."""
    uri = neo4j_uri or os.environ.get("NEO4J_URI")
    if uri:
        from polkg.graph.store.neo4j import Neo4jStore

        return Neo4jStore(uri, os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""),
                          os.environ.get("NEO4J_DATABASE") or None)
    from polkg.graph.store.falkor import FalkorStore

    return FalkorStore(Path(store_dir or os.environ.get("POLKG_STORE") or DEFAULT_STORE_DIR))
