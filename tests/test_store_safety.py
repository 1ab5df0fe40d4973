"""The embedded store under concurrent, killed and hostile use: one writer at a time, old-or-new graphs after a
kill at any point, no repeated or timed-out writes, a server polkg started and stops, clear messages."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil
import pytest

from polkg import api
from polkg.errors import PolkgError
from polkg.graph.batch import GraphBatch
from polkg.graph.build import build
from polkg.graph.store import open_store, scrub
from polkg.graph.store.falkor import FalkorStore
from polkg.graph.store.server import DB_FILE, WriterLock
from polkg.pipeline import Pipeline
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures"
SMALL = FIXTURES / "bracket_yunling_county.txt"
OTHER = FIXTURES / "plan_table_guizhou_water.txt"
POLKG = [sys.executable, "-m", "polkg.cli"]


def polkg(*args: str, **kw: Any) -> subprocess.Popen[str]:
    code = "import sys; from polkg.cli import main; sys.argv[0] = 'polkg'; main()"
    return subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT, **kw)


def servers_in(directory: Path) -> list[psutil.Process]:
    """redis-server processes working in a store directory (the embedded server chdirs there)."""
    out = []
    for p in psutil.process_iter(["name"]):
        try:
            if p.info["name"] == "redis-server" and Path(p.cwd()) == directory.resolve():
                out.append(p)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return out


def temp_dirs() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("polkg-*")}


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own temporary directory: other polkg processes on the machine may create theirs meanwhile."""
    d = tmp_path / "tmp"
    d.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(d))
    return d


@pytest.fixture
def small(tmp_path: Path, pipeline: Pipeline) -> Iterator[Path]:
    """A store directory holding one small fixture plan."""
    store = FalkorStore(tmp_path / "store")
    api.load([str(SMALL)], store, pipeline)
    store.close()
    yield tmp_path / "store"


# -- 1. one writer at a time ------------------------------------------------------------------------------


def test_a_second_writer_is_told_who_holds_the_store(small: Path, pipeline: Pipeline) -> None:
    first, second = FalkorStore(small), FalkorStore(small)
    try:
        before = api.stats(second)
        first.ensure_schema()  # takes the writer lock
        with pytest.raises(PolkgError, match=rf"store .* is being written by pid {os.getpid()}; .*--wait"):
            api.load([str(OTHER)], second, pipeline)
        assert api.stats(second) == before  # readers are not blocked
    finally:
        first.close()
        second.close()


def test_a_waiting_writer_goes_after_the_first_and_sees_its_graph(small: Path, pipeline: Pipeline) -> None:
    first, second = FalkorStore(small), FalkorStore(small, wait=True)
    done: list[int] = []

    def load_second() -> None:
        api.load([str(OTHER)], second, pipeline)
        done.append(1)

    try:
        first.clear()  # holds the lock, and changes graph.db after the second store has read it
        worker = threading.Thread(target=load_second)
        worker.start()
        time.sleep(0.3)
        assert not done  # still waiting
        first.close()
        worker.join(timeout=60)
        assert done
        docs = second.query("MATCH (d:Document) RETURN d.doc").rows
        assert docs == [[OTHER.stem]]  # the cleared graph plus its own file: no lost update
    finally:
        first.close()
        second.close()


#: tries of two concurrent loads in the suite; ``benchmarks/concurrent_loads.py`` runs 20 and prints the outcome
CONCURRENT_TRIES = 3


def test_two_concurrent_loads_of_the_same_files_leave_the_graph_of_one(tmp_path: Path) -> None:
    from tests.test_load_order import dump

    files = [str(SMALL), str(OTHER)]
    alone = polkg("--store", str(tmp_path / "one"), "load", *files)  # a fresh process, as the concurrent ones
    out = alone.communicate(timeout=120)
    assert alone.returncode == 0, out
    one = FalkorStore(tmp_path / "one")
    try:
        expected = dump(one)
    finally:
        one.close()
    for k in range(CONCURRENT_TRIES):
        runs = [polkg("--store", str(tmp_path / f"both{k}"), "--wait", "load", *files) for _ in range(2)]
        outs = [r.communicate(timeout=120) for r in runs]
        assert [r.returncode for r in runs] == [0, 0], outs
        both = FalkorStore(tmp_path / f"both{k}")
        try:
            got = dump(both)
            differ = [sorted((g - e) + (e - g)) for g, e in zip(got, expected, strict=True)]
            assert got == expected, f"try {k + 1}: nodes and edges in one graph only: {differ}"
        finally:
            both.close()


# -- 2. atomic replacement -----------------------------------------------------------------------------------


class Killed(BaseException):
    """Stands for SIGKILL: nothing after it runs in the writer (no except clause catches a BaseException)."""


def test_a_load_killed_between_any_two_store_operations_leaves_the_old_or_the_new_graph(
    small: Path, pipeline: Pipeline
) -> None:
    batch = build([pipeline.extract_file(SMALL), pipeline.extract_file(OTHER)], pipeline.resolver)
    sources = [SMALL.stem, OTHER.stem]
    store = FalkorStore(small)
    old = api.stats(store)
    real = store.server.client.execute_command
    calls = {"n": 0, "stop": -1}

    def execute(*args: Any, **kw: Any) -> Any:
        if calls["n"] == calls["stop"]:
            raise Killed
        calls["n"] += 1
        return real(*args, **kw)

    seen_new, k = None, 0
    try:
        while True:
            calls.update(n=0, stop=k)
            store.server.client.execute_command = execute
            try:
                store.replace_sources(sources, batch)
                break  # k is past the last operation: the load ran to the end
            except Killed:
                pass
            store.server.stop()  # the writer dies: its server with it, unsaved; the kernel drops its lock
            store.lock.release()
            store.server.restart()  # the next process reads graph.db
            store.dirty = False
            after = api.stats(store)
            assert after in (old, seen_new) or seen_new is None, k
            if after != old:
                seen_new = after
            real = store.server.client.execute_command
            k += 1
        calls["stop"] = -1
        new = api.stats(store)
        assert new != old and seen_new in (None, new)
        assert k > 20  # every operation of the load was a kill point
    finally:
        store.close()


def test_an_interrupted_write_is_not_seen_by_the_same_store_afterwards(small: Path) -> None:
    store = FalkorStore(small)
    try:
        before = api.stats(store)
        real = store._rows
        calls: list[str] = []

        def interrupted(cypher: str, params: dict[str, Any]) -> list[list[Any]]:
            if any("DETACH DELETE" in c for c in calls):  # Ctrl-C once the file's documents are deleted
                raise KeyboardInterrupt
            calls.append(cypher)
            return real(cypher, params)

        store._rows = interrupted  # type: ignore[method-assign]
        with pytest.raises(KeyboardInterrupt):
            store.replace_sources([SMALL.stem], GraphBatch())
        store._rows = real  # type: ignore[method-assign]
        assert api.stats(store) == before
    finally:
        store.close()


def test_leftovers_of_a_killed_save_are_removed_and_reported(small: Path, pipeline: Pipeline) -> None:
    (small / "temp-12345.rdb").write_bytes(b"REDIS0011 half a file")
    store = FalkorStore(small)
    try:
        api.load([str(OTHER)], store, pipeline)
        assert not (small / "temp-12345.rdb").exists()
        assert any("temp-12345.rdb" in n for n in store.notes)
    finally:
        store.close()


def test_a_failed_write_leaves_graph_db_untouched_and_the_store_usable(small: Path) -> None:
    before = (small / DB_FILE).read_bytes()
    store = FalkorStore(small)
    try:
        with pytest.raises(PolkgError, match="unchanged"):
            store.query("MATCH (t:Task) SET t.x = 1 WITH t RETURN 1 / 0 AS boom", write=True)
        assert store.query("MATCH (t:Task) WHERE t.x = 1 RETURN count(t)").rows == [[0]]
    finally:
        store.close()
    assert (small / DB_FILE).read_bytes() == before


# -- 3. no timeouts or retries on writes, a timeout on reads --------------------------------------------------


def test_writes_neither_time_out_nor_retry(small: Path) -> None:
    store = FalkorStore(small)
    try:
        kwargs = store.server.client.connection_pool.connection_kwargs
        assert kwargs.get("socket_timeout") is None
        assert kwargs["retry"].get_retries() == 0  # a command is never sent twice
    finally:
        store.close()


def test_a_read_only_query_stops_at_its_timeout(small: Path) -> None:
    store = FalkorStore(small, timeout=0.05)
    try:
        t = time.monotonic()
        with pytest.raises(PolkgError, match=r"longer than 0.05 s \(--timeout\)"):
            store.query("MATCH (a), (b), (c) RETURN count(*)")  # billions of rows
        assert time.monotonic() - t < 5
    finally:
        store.close()


# -- 5. the embedded server ------------------------------------------------------------------------------------


def test_a_planted_pid_file_kills_nothing(small: Path) -> None:
    victim = subprocess.Popen(["sleep", "30"])
    try:
        (small / "redis.pid").write_text(str(victim.pid))
        (small / "graph.db.settings").write_text(
            f'{{"pidfile": "{small / "redis.pid"}", "unixsocket": "/nonexistent", "dbdir": "{small}", '
            '"dbfilename": "graph.db"}')
        store = FalkorStore(small)
        store.query("MATCH (n) RETURN count(n)")
        store.close()
        time.sleep(0.1)
        assert victim.poll() is None
    finally:
        victim.kill()
        victim.wait()


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_corrupt_store_file_is_named_and_nothing_is_left_running(small: Path, damage: str,
                                                                    private_tmp: Path) -> None:
    db = small / DB_FILE
    data = db.read_bytes()
    db.write_bytes(b"this is not a graph\n" * 100 if damage == "garbage" else data[: len(data) // 2])
    before = temp_dirs()
    with pytest.raises(PolkgError, match=rf"store file {db} is corrupt \(.+\); move it away or load again"):
        FalkorStore(small)
    assert temp_dirs() <= before
    assert servers_in(small) == []


def test_store_files_are_not_world_readable(small: Path) -> None:
    assert (small / DB_FILE).stat().st_mode & 0o007 == 0
    assert small.stat().st_mode & 0o007 == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only directories")
def test_a_read_only_store_directory_is_one_line(small: Path, pipeline: Pipeline) -> None:
    small.chmod(0o500)
    try:
        store = FalkorStore(small)
        try:
            assert store.query("MATCH (d:Document) RETURN count(d)").rows[0][0] > 0
            with pytest.raises(PolkgError, match="read-only"):
                api.load([str(OTHER)], store, pipeline)
        finally:
            store.close()
    finally:
        small.chmod(0o700)


def test_the_writer_lock_names_its_holder(tmp_path: Path) -> None:
    lock = WriterLock(tmp_path)
    lock.acquire()
    try:
        assert (tmp_path / "write.lock").read_text() == str(os.getpid())
    finally:
        lock.release()


@pytest.mark.parametrize(("sig", "code", "line"), [(signal.SIGINT, 130, "polkg: interrupted"),
                                                    (signal.SIGTERM, 143, "polkg: terminated")])
def test_a_signal_stops_the_server_and_prints_one_line(tmp_path: Path, sig: int, code: int, line: str) -> None:
    store = tmp_path / "store"
    private = tmp_path / "tmp"  # this run's own temporary directory: other polkg processes may run meanwhile
    private.mkdir()
    run = polkg("--store", str(store), "load", str(ROOT / "corpus"), env={**os.environ, "TMPDIR": str(private)})
    deadline = time.monotonic() + 60
    while not servers_in(store) and time.monotonic() < deadline:  # wait until the server runs
        time.sleep(0.05)
    run.send_signal(sig)
    _, err = run.communicate(timeout=60)
    assert (run.returncode, err) == (code, line + "\n")
    assert servers_in(store) == []
    assert list(private.glob("polkg-*")) == []
    assert not (store / DB_FILE).exists()  # nothing half-written reached the disk


def test_credentials_never_reach_a_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_PASSWORD", "hunter22")
    with pytest.raises(PolkgError) as e:
        open_store(neo4j_uri="bolt://neo4j:s3cret-pw@127.0.0.1:1")
    assert "s3cret-pw" not in str(e.value) and "127.0.0.1" in str(e.value)
    assert scrub("failed: neo4j://bob:pw@host:7687 and hunter22") == "failed: neo4j://***@host:7687 and ***"


def test_the_store_file_moves_in_one_rename(small: Path, pipeline: Pipeline) -> None:
    """graph.db is replaced, never rewritten in place: a reader holding the old file keeps a whole graph."""
    inode = (small / DB_FILE).stat().st_ino
    with (small / DB_FILE).open("rb") as held:
        store = FalkorStore(small)
        api.load([str(OTHER)], store, pipeline)
        store.close()
        assert (small / DB_FILE).stat().st_ino != inode
        assert held.read(5) == b"REDIS"


def test_no_server_or_temporary_directory_outlives_a_store(tmp_path: Path, private_tmp: Path) -> None:
    before = temp_dirs()
    store = FalkorStore(tmp_path / "store")
    proc = psutil.Process(store.server.proc.pid)  # type: ignore[union-attr]
    store.close()
    assert not proc.is_running() or proc.status() == psutil.STATUS_ZOMBIE
    assert temp_dirs() <= before
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_the_socket_directory_of_a_killed_polkg_is_swept(tmp_path: Path) -> None:
    stale = Path(tempfile.mkdtemp(prefix="polkg-"))
    (stale / "redis.conf").write_text("port 0\n")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    store = FalkorStore(tmp_path)
    store.close()
    assert not stale.exists()
