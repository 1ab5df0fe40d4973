"""A small write into a large store is committed as a journal entry instead of a save of the whole graph: every
process replays it on start, a killed write leaves the old graph, and the next large write folds it in."""

from __future__ import annotations

from pathlib import Path

import pytest

from polkg import api
from polkg.graph.store import server
from polkg.graph.store.falkor import FalkorStore
from polkg.graph.store.server import DB_FILE, JOURNAL_DIR, JOURNAL_KEY, journal
from polkg.pipeline import Pipeline
from tests.conftest import CORPUS

FIXTURES = Path(__file__).parent / "fixtures"
SMALL = FIXTURES / "bracket_yunling_county.txt"
OTHER = FIXTURES / "plan_table_guizhou_water.txt"
THIRD = CORPUS / "004_0c71af0d61d8d2f3.txt"


class Killed(BaseException):
    """Stands for SIGKILL: nothing after it runs in the writer."""


@pytest.fixture
def journalling(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any store journals a write of any size (as a store of a thousand plans does a one-file reload)."""
    monkeypatch.setattr(server, "JOURNAL_MIN_DB", 0)
    monkeypatch.setattr(server, "JOURNAL_SHARE", 1000.0)


def stats_of(directory: Path) -> dict[str, dict[str, int]]:
    store = FalkorStore(directory)
    try:
        return api.stats(store)
    finally:
        store.close()


def fresh(tmp_path: Path, pipeline: Pipeline, files: list[Path]) -> dict[str, dict[str, int]]:
    store = FalkorStore(tmp_path / "fresh")
    try:
        api.load([str(f) for f in files], store, pipeline)
        return api.stats(store)
    finally:
        store.close()


def test_a_small_write_is_journalled_and_every_new_process_sees_it(
    tmp_path: Path, pipeline: Pipeline, journalling: None
) -> None:
    store = FalkorStore(tmp_path / "s")
    api.load([str(SMALL)], store, pipeline)  # the first load saves: there is no graph.db to journal against
    saved = (tmp_path / "s" / DB_FILE).stat()
    api.load([str(OTHER)], store, pipeline)
    store.close()
    after = (tmp_path / "s" / DB_FILE).stat()
    assert (after.st_ino, after.st_mtime_ns) == (saved.st_ino, saved.st_mtime_ns)  # graph.db untouched
    assert [n for n, _ in journal(tmp_path / "s")] == [2]
    assert stats_of(tmp_path / "s") == fresh(tmp_path, pipeline, [SMALL, OTHER])


def test_an_open_store_catches_up_with_another_writers_entry_before_it_writes(
    tmp_path: Path, pipeline: Pipeline, journalling: None
) -> None:
    first = FalkorStore(tmp_path / "s")
    api.load([str(SMALL)], first, pipeline)
    first.lock.release()  # another process may write now; this one keeps its server (and its graph) open
    other = FalkorStore(tmp_path / "s")
    api.load([str(OTHER)], other, pipeline)
    other.close()
    api.load([str(THIRD)], first, pipeline)
    first.close()
    assert [n for n, _ in journal(tmp_path / "s")] == [2, 3]
    assert stats_of(tmp_path / "s") == fresh(tmp_path, pipeline, [SMALL, OTHER, THIRD])


def test_a_write_killed_before_its_entry_is_renamed_leaves_the_old_graph(
    tmp_path: Path, pipeline: Pipeline, journalling: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = FalkorStore(tmp_path / "s")
    api.load([str(SMALL)], store, pipeline)
    before = api.stats(store)

    def killed(self: Path, target: Path) -> None:
        raise Killed

    monkeypatch.setattr(Path, "rename", killed)
    with pytest.raises(Killed):
        api.load([str(OTHER)], store, pipeline)
    monkeypatch.undo()
    store.server.stop()  # the writer dies with its server; the kernel drops its lock
    store.lock.release()
    assert journal(tmp_path / "s") == []
    assert list((tmp_path / "s" / JOURNAL_DIR).glob("*.tmp"))  # what the killed write left
    assert stats_of(tmp_path / "s") == before
    again = FalkorStore(tmp_path / "s")
    api.load([str(OTHER)], again, pipeline)  # the next writer clears the leftover and commits
    again.close()
    assert not list((tmp_path / "s" / JOURNAL_DIR).glob("*.tmp"))
    assert stats_of(tmp_path / "s") == fresh(tmp_path, pipeline, [SMALL, OTHER])


def test_a_save_folds_the_journal_into_graph_db(
    tmp_path: Path, pipeline: Pipeline, journalling: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = FalkorStore(tmp_path / "s")
    api.load([str(SMALL)], store, pipeline)
    api.load([str(OTHER)], store, pipeline)
    assert [n for n, _ in journal(tmp_path / "s")] == [2]
    monkeypatch.setattr(server, "JOURNAL_SHARE", 0.0)  # the journal is full: the next write saves
    api.load([str(THIRD)], store, pipeline)
    assert journal(tmp_path / "s") == []
    assert store.server.client.get(JOURNAL_KEY) == "3"
    store.close()
    assert stats_of(tmp_path / "s") == fresh(tmp_path, pipeline, [SMALL, OTHER, THIRD])


def test_a_reader_behind_a_folded_journal_reads_the_new_graph_db(
    tmp_path: Path, pipeline: Pipeline, journalling: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entries the reader has not replayed were folded into a new graph.db and removed: it reads that instead of
    failing on the gap."""
    writer = FalkorStore(tmp_path / "s")
    api.load([str(SMALL)], writer, pipeline)  # saved: entry 1
    reader = FalkorStore(tmp_path / "s")
    monkeypatch.setattr(server, "JOURNAL_SHARE", 0.0)
    api.load([str(OTHER)], writer, pipeline)  # saved: entry 2
    monkeypatch.setattr(server, "JOURNAL_SHARE", 1000.0)
    api.load([str(THIRD)], writer, pipeline)  # journalled: entry 3, after a gap for the reader's graph (1)
    writer.close()
    try:
        assert [n for n, _ in journal(tmp_path / "s")] == [3]
        reader.server.catch_up()
        assert reader.server.applied == 3
        assert api.stats(reader) == fresh(tmp_path, pipeline, [SMALL, OTHER, THIRD])
    finally:
        reader.close()
