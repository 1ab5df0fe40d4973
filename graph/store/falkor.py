"""The embedded default: FalkorDB (a real openCypher engine, no server to run) in a directory.

Data lives in ``graph.db`` in a directory (default ``./.polkg/``). Each polkg process reads it into its own
embedded server (:mod:`polkg.graph.store.server`); a reader sees the graph as of its start, whole. A writer
first takes the store's lock (one writer at a time; ``wait`` queues behind another), reloads the graph if
another writer replaced it meanwhile, runs its statements in memory and saves: Redis writes a temporary file
and renames it over ``graph.db``. A failure or a kill before that rename leaves the previous graph on disk
(and the in-memory copy is dropped and read again), so no one ever sees a half-written graph. No statement
is copied or repeated: a load costs what its files cost, not what the store holds.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import re
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from polkg.errors import PolkgError
from polkg.graph.batch import GraphBatch, paused_gc
from polkg.graph.store.base import DEFAULT_TIMEOUT, INDEXED_LABELS, PROPERTY_INDEXES, Result, Run, replace_parts
from polkg.graph.store.server import DB_FILE, EmbeddedServer, WriterLock, identity, remove_leftovers

GRAPH = "polkg"
#: FalkorDB's substring()/left() count bytes, not characters, when the length reaches past the end of a string
#: with Chinese characters in it, and send back a string cut inside a character: say so, and how to avoid it
CUT_CHARACTER = ("query failed: FalkorDB cut a Chinese character in half (its substring() and left() miscount "
                 "when the length runs past the end of the string); keep the length within the string, e.g. "
                 "substring(s, 0, CASE WHEN size(s) < 50 THEN size(s) ELSE 50 END)")
#: a Redis key beside the graph (saved with it): the fingerprint of the reference data the graph holds
REFERENCE_KEY = "polkg:reference"
STAGING = "polkg__staging"
#: characters of commands a write may journal (beyond, it is saved: a journal entry is replayed by every start)
JOURNAL_RECORD = 16 * 2**20  # what older versions of polkg could leave behind after a crash


class Sender:
    """Sends statements from a second thread, in order, without waiting for each answer: the client's Python
    (building a part, serialising its rows) and the server's Cypher then use both cores, and the server finds
    the next statement waiting when it finishes one (a load's statements are pipelined on one connection; the
    answers, a line of statistics each, are read by :meth:`flush`). A few statements are queued at most. The
    first error is raised in the caller's thread at the next :meth:`send` or :meth:`flush`; what was sent after
    it may have run too, and the caller drops the whole write (:meth:`FalkorStore._write`)."""

    DEPTH = 4

    def __init__(self, send: Run, receive: Callable[[], Any] | None = None,
                 release: Callable[[], None] | None = None) -> None:
        self.execute = send
        self.receive = receive  # reads one answer; None: ``send`` waits for its own answer
        self.release = release
        self.pending = 0  # statements sent whose answers are not read yet
        self.queue: queue.Queue[tuple[str, dict[str, Any]] | None] = queue.Queue(self.DEPTH)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._loop, name="polkg-sender", daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        while True:
            item = self.queue.get()
            try:
                if item is None:
                    return
                if self.error is None:
                    self.execute(*item)
                    self.pending += self.receive is not None
            except BaseException as e:  # handed to the caller's thread, whatever it is
                self.error = e
            finally:
                self.queue.task_done()

    def _raise(self) -> None:
        if self.error is not None:
            error, self.error = self.error, None
            raise error

    def send(self, cypher: str, params: dict[str, Any]) -> list[list[Any]]:
        self._raise()
        self.queue.put((cypher, params))
        return []

    def flush(self) -> None:
        self.queue.join()
        self._answers()
        self._raise()

    def _answers(self) -> None:
        """Read every answer outstanding (the sending thread is idle), keeping the first error."""
        while self.pending and self.receive is not None:
            try:
                self.receive()
                self.pending -= 1
            except Exception as e:
                self.error = self.error or e
                self.pending -= 1
                if not _answered(e):  # the connection itself failed: no more answers will come
                    self.pending = 0

    def close(self) -> None:
        """Let what is queued finish (or be dropped after an error), read its answers and end the thread."""
        self.queue.put(None)
        self.thread.join()
        with contextlib.suppress(Exception):
            self._answers()
        if self.release is not None:
            self.release()


def _answered(error: Exception) -> bool:
    """An error the server answered with (the statement failed; the connection is fine)."""
    from redis.exceptions import ResponseError

    return isinstance(error, ResponseError)


class FalkorStore:
    name = "falkordb"

    def __init__(self, directory: Path, wait: bool = False, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.directory = directory
        self.wait = wait
        self.timeout = timeout
        self.notes: list[str] = []  # what the store repaired, for the CLI to print
        try:
            directory.mkdir(mode=0o770, parents=True, exist_ok=True)
        except OSError as e:
            raise PolkgError(f"{directory}: cannot use as store directory: {e.strerror}") from None
        db = directory / DB_FILE
        if db.exists() and not db.is_file():
            raise PolkgError(f"store file {db} is not a file; move it away or load into a new store")
        if db.exists() and not os.access(db, os.R_OK):
            raise PolkgError(f"store file {db} is not readable: permission denied")
        self.lock = WriterLock(directory)
        self.server = EmbeddedServer(directory)
        self.dirty = False  # an interrupted write left the in-memory graph half-written (graph.db is whole)
        self.record: list[list[str]] | None = None  # the commands of the write under way (for the journal)
        self.recorded = 0  # their size in characters; past JOURNAL_RECORD the write is saved instead

    # -- plumbing -----------------------------------------------------------------------------------

    def _run(self, cypher: str, params: dict[str, Any], read_only: bool = False) -> Any:
        """One GRAPH.QUERY; read-only ones carry the query timeout (milliseconds, enforced by FalkorDB)."""
        from falkordb.graph import Graph

        graph = Graph(self.server.client, GRAPH)
        try:
            if read_only:
                return graph.ro_query(cypher, params, timeout=max(1, int(self.timeout * 1000)))
            text = params_header(params) + cypher
            self._note("GRAPH.QUERY", GRAPH, text)
            return graph.query(text)
        except UnicodeDecodeError:
            raise PolkgError(CUT_CHARACTER) from None

    def _rows(self, cypher: str, params: dict[str, Any]) -> list[list[Any]]:
        return [list(row) for row in self._run(cypher, params).result_set]

    def _clean(self) -> None:
        """After an interrupted write (Ctrl-C in a notebook) the in-memory graph is half-written: read graph.db
        again before anything else."""
        if self.dirty:
            self.dirty = False
            self.server.restart()

    def _graphs(self) -> list[str]:
        self._clean()
        return list(self.server.client.execute_command("GRAPH.LIST") or [])

    def _begin_write(self) -> None:
        """Take the writer lock (once per store object); read graph.db again if another writer replaced it
        since this process loaded it; clear what a killed writer may have left."""
        self._clean()
        if self.lock.fd is not None:
            return
        self.lock.acquire(self.wait)
        try:
            removed = remove_leftovers(self.directory)
            if removed:
                self.notes.append(f"removed what an interrupted write left in {self.directory}: "
                                  + ", ".join(sorted(removed)))
            if identity(self.server.db_path) != self.server.loaded:
                self.server.restart()
            else:
                self.server.catch_up()  # what other writers journalled since
            if STAGING in self._graphs():
                self.server.client.execute_command("GRAPH.DELETE", STAGING)
                self.notes.append(f"removed an interrupted load's staging graph from {self.directory}")
        except BaseException:
            self.lock.release()
            raise

    def _write(self, work: Any) -> Any:
        """Run ``work`` against the in-memory graph, then commit it (a journal entry for a small write into a
        large store, else a save); on any failure drop the in-memory changes."""
        self._begin_write()
        self.record, self.recorded = [], 0
        try:
            out = work()
            commands = self.record
            fits = commands is not None and self.server.journal_fits(self.recorded * 3)  # UTF-8: ≤ 3 bytes a char
            self.server.commit(commands if fits else None)
            return out
        except BaseException as e:
            if isinstance(e, Exception):
                with contextlib.suppress(Exception):
                    self.server.restart()
            else:
                self.dirty = True
            if isinstance(e, PolkgError) or not isinstance(e, Exception):
                raise
            raise PolkgError(f"write failed, the graph is unchanged: {first_line(e)}") from None
        finally:
            self.record = None

    # -- the Store interface --------------------------------------------------------------------------

    def ensure_schema(self) -> None:
        """Indexes are created (in memory) with the first write and saved with it."""
        self._begin_write()
        self._ensure_indexes()

    def _ensure_indexes(self) -> None:
        try:
            res = self._run("CALL db.indexes() YIELD label, properties RETURN label, properties", {})
            existing = {(row[0], p) for row in res.result_set for p in (row[1] or [])}
        except Exception:
            existing = set()
        wanted = [*((label, "id") for label in INDEXED_LABELS), *PROPERTY_INDEXES]
        for label, prop in wanted:
            if (label, prop) not in existing:
                self._run(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})", {})

    def replace_sources(self, sources: list[str], batch: GraphBatch) -> None:
        self.replace_parts([(sources, batch)])

    def replace_parts(self, parts: Iterable[tuple[list[str], GraphBatch]]) -> None:
        """Every part into the in-memory graph, then one save. The writes are sent from a second thread, so
        the next part is built and the next statement serialised while the server runs this one."""
        def work() -> None:
            self._ensure_indexes()
            client = self.server.client
            sender = self._sender()
            try:
                with paused_gc():
                    fingerprint = replace_parts(self._flushed(sender), parts, client.get(REFERENCE_KEY), sender.send)
                    sender.flush()
            finally:
                sender.close()
            self._note("SET", REFERENCE_KEY, fingerprint)
            client.set(REFERENCE_KEY, fingerprint)

        try:
            self._write(work)
        except PolkgError as e:
            raise PolkgError(str(e).replace("write failed", "load failed")) from None

    def _execute(self, cypher: str, params: dict[str, Any], connection: Any = None) -> list[list[Any]]:
        """A write whose answer is not needed: the statement text straight to the server; on ``connection``
        (a :class:`Sender`'s), sent without waiting for the answer."""
        text = params_header(params) + cypher
        self._note("GRAPH.QUERY", GRAPH, text)
        if connection is None:
            self.server.client.execute_command("GRAPH.QUERY", GRAPH, text, "--compact")
        else:
            connection.send_command("GRAPH.QUERY", GRAPH, text, "--compact")
        return []

    def _sender(self) -> Sender:
        """A :class:`Sender` pipelining on a connection of its own (reads flush it first: :meth:`_flushed`)."""
        pool = self.server.client.connection_pool
        connection = pool.get_connection()
        return Sender(lambda cypher, params: self._execute(cypher, params, connection), connection.read_response,
                      lambda: pool.release(connection))

    def _note(self, *command: str) -> None:
        """Remember a command of the write under way, for the journal, unless the write is too large for it."""
        if self.record is not None:
            self.recorded += sum(len(c) for c in command)
            if self.recorded > JOURNAL_RECORD:
                self.record = None  # saved instead: a large write is not held twice in memory
            else:
                self.record.append(list(command))

    def _flushed(self, sender: Sender) -> Run:
        """``_rows`` once every statement sent before it has run (a read must see them)."""
        def run(cypher: str, params: dict[str, Any]) -> list[list[Any]]:
            sender.flush()
            return self._rows(cypher, params)

        return run

    def query(self, cypher: str, params: dict[str, Any] | None = None, write: bool = False) -> Result:
        cypher, written = char_safe(cypher)
        if write:
            res = self._write(lambda: self._run(cypher, params or {}))
        else:
            if GRAPH not in self._graphs():
                return Result([], [])
            try:
                res = self._run(cypher, params or {}, read_only=True)
            except PolkgError:
                raise
            except Exception as e:
                msg = first_line(e)
                if "read-only" in msg:
                    msg = "this query writes; pass --write to allow it"
                elif "timed out" in msg.lower() or "timeout" in msg.lower():
                    msg = f"the query took longer than {self.timeout:g} s (--timeout)"
                raise PolkgError(f"query failed: {msg}") from None
        columns = [h[1] if isinstance(h, (list, tuple)) else str(h) for h in (res.header or [])]
        for new, text in written.items():  # an unaliased column is named as the user wrote it
            columns = [c.replace(new, text) for c in columns]
        return Result(columns, [[to_python(v) for v in row] for row in res.result_set])

    def clear(self) -> None:
        def work() -> None:
            self.record = None  # the whole graph goes: saved, not journalled
            if GRAPH in self._graphs():
                self.server.client.execute_command("GRAPH.DELETE", GRAPH)
            self.server.client.delete(REFERENCE_KEY)

        self._write(work)

    def close(self) -> None:
        """Stop the embedded server (everything written is saved already) and release the lock."""
        self.server.stop()
        self.lock.release()


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


def params_header(params: dict[str, Any]) -> str:
    """``CYPHER name=value …`` as FalkorDB's client writes it, several times faster: a load's rows spend
    more time in the client's generic serialiser than in the server. Names come from polkg's own code."""
    if not params:
        return ""
    return "CYPHER " + "".join(f"`{k}`={fast_literal(v)} " for k, v in params.items())


def fast_literal(value: Any) -> str:
    """:func:`cypher_literal`, for a list of rows without maps by the C JSON encoder (several times faster): JSON
    without objects is Cypher, strings escaped as FalkorDB reads them. Not when it would write a map (a ``{``
    outside the strings: JSON quotes keys, Cypher does not), a ``\\u`` escape (FalkorDB keeps it as written), NaN
    or a type JSON lacks. A ``{`` inside a string (``PM_{2.5}`` in a task) is text like any other: the rows of a
    load's Tasks took the slow path for it, several times slower."""
    if type(value) is list:
        try:
            text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        except (TypeError, ValueError):
            return cypher_literal(value)
        if "\\u" not in text and ("{" not in text or not _has_object(text)):
            return text
    return cypher_literal(value)


def _has_object(text: str) -> bool:
    """Whether JSON text has a ``{`` outside its strings: without the escaped backslashes and quotes every ``"``
    opens or closes a string, so the text outside them is every other piece between quotes (string operations
    in C: a regular expression over a load's rows took longer than writing them as JSON)."""
    plain = text.replace("\\\\", "").replace('\\"', "")
    return any("{" in outside for outside in plain.split('"')[::2])


def cypher_literal(value: Any) -> str:
    """A parameter value as a Cypher literal (strings quoted with ``\\`` and ``"`` escaped, maps with
    backticked keys), the same text as ``falkordb.helpers.stringify_param_value`` writes. One function with
    the common types first: it runs for every value of every row."""
    t = type(value)
    if t is str:
        return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'
    if t is dict:
        parts = []
        for k, v in value.items():
            if type(k) is not str or not k or "`" in k:
                raise ValueError(f"not a parameter map key: {k!r}")
            parts.append(f"`{k}`:{cypher_literal(v)}")
        return "{" + ",".join(parts) + "}"
    if t is int:
        return str(value)
    if t is list or t is tuple:
        return "[" + ",".join([cypher_literal(x) for x in value]) + "]"
    if t is bool:
        return "true" if value else "false"
    if t is float:
        return repr(value)
    if value is None:
        return "null"
    from falkordb.helpers import stringify_param_value  # another type (a user's parameter): as the client does

    return str(stringify_param_value(value))


def first_line(e: BaseException) -> str:
    text = str(e)
    return text.splitlines()[0] if text else type(e).__name__


_SCALARS = (str, int, float, bool, type(None))
_ENTITIES: tuple[Any, Any, Any] | None = None  # falkordb's Node, Edge, Path: imported on the first result


def to_python(value: Any) -> Any:
    """Nodes, edges and paths as plain dicts and lists, so results print and serialise the same way
    on every backend. Scalars first and the classes looked up once: it runs for every cell of a result."""
    global _ENTITIES
    if type(value) in _SCALARS:
        return value
    if _ENTITIES is None:
        from falkordb import Edge, Node, Path

        _ENTITIES = (Node, Edge, Path)
    node, edge, path = _ENTITIES
    if isinstance(value, node):
        return {"_labels": list(value.labels or []), **(value.properties or {})}
    if isinstance(value, edge):
        return {"_type": value.relation, **(value.properties or {})}
    if isinstance(value, path):
        return [to_python(n) for n in value.nodes()]
    if isinstance(value, list):
        return [to_python(v) for v in value]
    if isinstance(value, dict):
        return {k: to_python(v) for k, v in value.items()}
    return value
