"""Extraction over a pool of processes gives exactly what one process gives, file by file, in file order."""

from __future__ import annotations

from pathlib import Path

import pytest

from polkg import api, contract, parallel
from polkg.errors import PolkgError
from polkg.graph.model import Extraction
from polkg.loaders.inputs.source import Source
from polkg.pipeline import Pipeline
from tests.conftest import CORPUS, ROOT

# the biggest file first: with two workers the small ones after it are done first, and must still wait
FILES = sorted([*CORPUS.glob("*.txt"), *(ROOT / "tests" / "heldout").glob("*.txt")],
               key=lambda p: -p.stat().st_size)


def lines(extractions: list[Extraction]) -> list[str]:
    return [line for x in extractions for line in contract.lines(x)]


def test_parallel_output_is_the_serial_output_in_file_order(pipeline: Pipeline) -> None:
    serial = list(api.iter_extract([str(p) for p in FILES], pipeline, workers=1))
    pooled = list(api.iter_extract([str(p) for p in FILES], pipeline, workers=2))
    assert [x.file for x in pooled] == [p.name for p in FILES]
    assert lines(pooled) == lines(serial) and len(lines(serial)) > 500


def test_lines_made_in_the_workers_are_the_lines_of_the_records(pipeline: Pipeline) -> None:
    """``polkg extract`` prints what the workers wrote (no records cross back): the same lines, in file order."""
    serial = list(api.iter_extract([str(p) for p in FILES], pipeline, workers=1))
    printed = list(api.iter_printed([str(p) for p in FILES], pipeline, workers=2))
    assert len(printed) == len(FILES)
    assert "\n".join(t for t in printed if t).split("\n") == lines(serial)


def test_progress_and_failures_in_order_with_workers(tmp_path: Path, pipeline: Pipeline) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    paths = [str(FILES[0]), str(bad), str(FILES[-1])]
    seen: list[tuple[int, int, str]] = []
    out = api.read(paths, pipeline, keep_going=True, workers=2,
                   on_file=lambda done, total, x: seen.append((done, total, x.file)))
    assert [p.path for p in out.failed] == [bad]
    assert seen == [(1, 3, FILES[0].name), (3, 3, FILES[-1].name)]
    with pytest.raises(PolkgError, match=r"bad\.txt"):
        api.read(paths, pipeline, workers=2)


def test_one_file_or_one_worker_starts_no_pool(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> None:
    """No pool is started where it cannot help (its start-up would be all the cost): one file, one worker, or
    (unless workers are asked for) less input than a pool pays for."""

    def no_pool(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a pool was started")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_pool)
    assert [p for p, _ in parallel.extract_files([FILES[-1]], pipeline, workers=4)] == [FILES[-1]]
    assert [p for p, _ in parallel.extract_files(FILES[-2:], pipeline, workers=1)] == FILES[-2:]
    assert sum(p.stat().st_size for p in FILES) < parallel.POOL_MIN_BYTES
    assert [p for p, _ in parallel.extract_files(FILES, pipeline)] == FILES


def test_workers_started_afresh_give_the_same_output(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> None:
    """Where forking is unsafe (other threads), workers start afresh and build their own pipeline."""
    monkeypatch.setattr(parallel, "start_method", lambda: "spawn")
    files = FILES[-3:]
    pooled = [x for _, x in parallel.extract_files(files, pipeline, workers=2)]
    serial = [x for _, x in parallel.extract_files(files, pipeline, workers=1)]
    assert all(isinstance(x, Extraction) for x in pooled)
    assert lines(pooled) == lines(serial)  # type: ignore[arg-type]


def test_a_reader_bug_in_one_file_fails_that_file_only(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> None:
    """A reader's own bug on one unseen plan (a heading ``建好“四个区”`` once reached ``int('四')``) is that file's
    failure, named with the file: with ``--keep-going`` the other files are still read (it used to end the whole
    run, losing every file after it); without, it is one clear line naming the file."""
    real = pipeline.extract_source
    victim = FILES[-1].name

    def buggy(source: Source) -> Extraction:
        if source.path.name == victim:
            raise ValueError("invalid literal for int() with base 10: '四'")
        return real(source)

    monkeypatch.setattr(pipeline, "extract_source", buggy)
    paths = [str(FILES[0]), str(FILES[-1]), str(FILES[1])]
    out = api.read(paths, pipeline, keep_going=True, workers=1)
    assert [p.path.name for p in out.failed] == [victim]
    assert "ValueError" in out.failed[0].reason and "internal error" in out.failed[0].reason
    assert [x.file for x in out.extractions] == [FILES[0].name, FILES[1].name]
    with pytest.raises(PolkgError, match=victim):
        api.read(paths, pipeline, workers=1)
