"""Neo4j 5 through the official ``neo4j`` driver.

A load runs in one write transaction (delete what the reloaded files contributed, then every batched
MERGE), so it either lands whole or not at all. Queries run in read transactions unless ``write`` is
asked for, and Neo4j itself refuses writes in a read transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from polkg.errors import PolkgError
from polkg.graph.batch import GraphBatch, paused_gc
from polkg.graph.store.base import DEFAULT_TIMEOUT, INDEXED_LABELS, PROPERTY_INDEXES, Result, replace, replace_parts

#: deletes everything in batches; must run in an auto-commit transaction (session.run)
CLEAR = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS"


def schema_statements() -> list[str]:
    """A uniqueness constraint on ``id`` for every keyed label, an index for the lookups of loads and queries."""
    out = [f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
           for label in INDEXED_LABELS]
    out += [f"CREATE INDEX {label.lower()}_{prop.lower()} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
            for label, prop in PROPERTY_INDEXES]
    return out


class Neo4jStore:
    name = "neo4j"

    def __init__(self, uri: str, user: str, password: str, database: str | None = None,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        import neo4j

        from polkg.graph.store import scrub

        self._neo4j = neo4j
        self.timeout = timeout
        try:
            self.driver = neo4j.GraphDatabase.driver(uri, auth=(user, password))
            self.driver.verify_connectivity()
        except Exception as e:
            raise PolkgError(scrub(f"cannot connect to Neo4j at {uri}: {e}").replace(password or "\0", "***")) from None
        self.database = database

    def _session(self) -> Any:
        return self.driver.session(database=self.database) if self.database else self.driver.session()

    def ensure_schema(self) -> None:
        with self._session() as s:
            for statement in schema_statements():
                s.run(statement).consume()

    def replace_sources(self, sources: list[str], batch: GraphBatch) -> None:
        def work(tx: Any) -> None:
            replace(lambda cypher, params: [list(r.values()) for r in tx.run(cypher, params)], sources, batch)

        try:
            with self._session() as s:
                s.execute_write(work)
        except self._neo4j.exceptions.Neo4jError as e:
            raise PolkgError(f"load failed, the graph is unchanged: {e.message}") from None

    def replace_parts(self, parts: Iterable[tuple[list[str], GraphBatch]]) -> None:
        """One explicit transaction (not retried: ``parts`` may be a generator, read once)."""
        try:
            with self._session() as s, s.begin_transaction() as tx, paused_gc():
                replace_parts(lambda cypher, params: [list(r.values()) for r in tx.run(cypher, params)], parts)
                tx.commit()
        except self._neo4j.exceptions.Neo4jError as e:
            raise PolkgError(f"load failed, the graph is unchanged: {e.message}") from None

    def query(self, cypher: str, params: dict[str, Any] | None = None, write: bool = False) -> Result:
        @self._neo4j.unit_of_work(timeout=None if write else self.timeout)
        def work(tx: Any) -> Result:
            res = tx.run(cypher, params or {})
            keys = list(res.keys())
            return Result(keys, [[to_python(v) for v in rec.values()] for rec in res])

        try:
            with self._session() as s:
                out: Result = (s.execute_write if write else s.execute_read)(work)
                return out
        except self._neo4j.exceptions.Neo4jError as e:
            msg = e.message or str(e)
            if "read" in msg.lower() and "write" in msg.lower():
                msg = "this query writes; pass --write to allow it"
            raise PolkgError(f"query failed: {msg.splitlines()[0]}") from None

    def clear(self) -> None:
        with self._session() as s:
            s.run(CLEAR).consume()

    def close(self) -> None:
        self.driver.close()


def to_python(value: Any) -> Any:
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"_labels": sorted(value.labels), **dict(value)}
    if isinstance(value, Relationship):
        return {"_type": value.type, **dict(value)}
    if isinstance(value, Path):
        return [to_python(n) for n in value.nodes]
    if isinstance(value, list):
        return [to_python(v) for v in value]
    if isinstance(value, dict):
        return {k: to_python(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value
