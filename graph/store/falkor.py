"""The embedded default: FalkorDB through ``falkordblite`` (a real openCypher engine, no server to run).

Data lives in a directory (default ``./.polkg/``). FalkorDB has no multi-statement transactions, so a
load writes into a copy of the graph and swaps it in only when every statement succeeded: a failed
load leaves the previous graph untouched, never a half-written one.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import time
from pathlib import Path
from typing import Any

import psutil

from polkg.errors import PolkgError
from polkg.graph.batch import GraphBatch
from polkg.graph.store.base import DELETE_SOURCES, INDEXED_LABELS, Result, write_statements

GRAPH = "polkg"
#: FalkorDB's substring()/left() count bytes, not characters, when the length reaches past the end of a string
#: with Chinese characters in it, and send back a string cut inside a character: say so, and how to avoid it
CUT_CHARACTER = ("query failed: FalkorDB cut a Chinese character in half (its substring() and left() miscount "
                 "when the length runs past the end of the string); keep the length within the string, e.g. "
                 "substring(s, 0, CASE WHEN size(s) < 50 THEN size(s) ELSE 50 END)")
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
            for statement in DELETE_SOURCES:
                staging.query(statement, {"sources": sources})
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
            res, written = self._run(cypher, params or {}, write)
        except Exception as e:
            msg = str(e).splitlines()[0] if str(e) else type(e).__name__
            if "read-only" in msg:
                msg = "this query writes; pass --write to allow it"
            raise PolkgError(f"query failed: {msg}") from None
        columns = [h[1] if isinstance(h, (list, tuple)) else str(h) for h in (res.header or [])]
        for new, text in written.items():  # an unaliased column is named as the user wrote it
            columns = [c.replace(new, text) for c in columns]
        return Result(columns, [[to_python(v) for v in row] for row in res.result_set])

    def _run(self, cypher: str, params: dict[str, Any], write: bool) -> tuple[Any, dict[str, str]]:
        """The query's result, its simple substring()/left() calls kept within their strings (see
        :func:`char_safe`); a string still cut inside a character is one clear error."""
        safe, written = char_safe(cypher)
        try:
            return (self.graph.query if write else self.graph.ro_query)(safe, params), written
        except UnicodeDecodeError:
            raise PolkgError(CUT_CHARACTER) from None

    def clear(self) -> None:
        if GRAPH in self.db.list_graphs():
            self.graph.delete()
        self.graph = self.db.select_graph(GRAPH)

    def close(self) -> None:
        """Persist, then stop the embedded server.

        The server's own SHUTDOWN takes seconds (it waits on FalkorDB's worker threads), which every CLI call
        would pay; a synchronous SAVE followed by SIGKILL persists the same data at once. When another process
        still uses the same store, only this connection is closed.
        """
        client = self.db.client
        with contextlib.suppress(Exception):
            if client._connection_count() <= 1 and client.pid:
                pid = client.pid
                client.save()
                os.kill(pid, signal.SIGKILL)
                wait_for_exit(pid)
                forget_server(client)
        with contextlib.suppress(Exception):
            self.db.close()


_ARG = r"\s*([\w.$]+)\s*"
_SUBSTRING = re.compile(rf"\bsubstring\({_ARG},{_ARG}(?:,{_ARG})?\)", re.IGNORECASE)
_LEFT = re.compile(rf"\bleft\({_ARG},{_ARG}\)", re.IGNORECASE)


def char_safe(cypher: str) -> tuple[str, dict[str, str]]:
    """``substring(s, a, n)``, ``substring(s, a)`` and ``left(s, n)`` on plain arguments (a property, a variable,
    a parameter, a number) rewritten so that the length never runs past the end of ``s``: FalkorDB counts the
    characters right within a string, but past its end it falls back to bytes and cuts a character (or returns
    bytes from elsewhere: substring(s, 60) of a 46-character s gave "z"). Only the arguments change, so the
    answer is the one openCypher defines (Neo4j's). Returns
    the statement and each rewritten call with the text it replaces (to name unaliased columns as written)."""
    written: dict[str, str] = {}

    def clamp(s: str, a: str, n: str | None) -> str:
        start = f"CASE WHEN {a} < size({s}) THEN {a} ELSE size({s}) END"  # never past the end
        rest = f"size({s}) - {start}"
        length = rest if n is None else f"CASE WHEN {rest} < {n} THEN {rest} ELSE {n} END"
        return f"substring({s}, {start}, {length})"

    def sub(m: re.Match[str]) -> str:
        new = clamp(m.group(1), m.group(2), m.group(3))
        written[new] = m.group(0)
        return new

    def left(m: re.Match[str]) -> str:
        s, n = m.group(1), m.group(2)  # not clamp(s, "0", n): two columns must not end up with one name
        new = f"substring({s}, 0, CASE WHEN size({s}) < {n} THEN size({s}) ELSE {n} END)"
        written[new] = m.group(0)
        return new

    return _LEFT.sub(left, _SUBSTRING.sub(sub, cypher)), written


def forget_server(client: Any) -> None:
    """Tidy what redislite keeps for a server we stopped, so that its own clean-up does not try (and wait
    seconds) to shut it down again: the pid file, the socket directory and the settings registry."""
    client.connection_pool.disconnect()
    for path in (client.pidfile, client.settingregistryfile if client.cleanupregistry else None):
        if path and os.path.exists(path):
            os.remove(path)
    if client.redis_dir and os.path.isdir(client.redis_dir):
        shutil.rmtree(client.redis_dir, ignore_errors=True)
    client.running = False


def wait_for_exit(pid: int, timeout: float = 5.0) -> None:
    """Until the process is gone or a zombie (dead, waiting for a parent that may be slow to reap it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            status = psutil.Process(pid).status()
        except psutil.NoSuchProcess:
            return
        if status == psutil.STATUS_ZOMBIE:
            return
        time.sleep(0.01)


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
