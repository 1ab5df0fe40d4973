"""Files extracted by a pool of processes, their results handed back one file at a time in file order.

Extraction is pure Python and CPU-bound, so threads would share one core: a pool of processes uses them
all. On Linux the workers are forked from the caller after its :class:`~polkg.pipeline.Pipeline` is built,
so they share its gazetteers and vocabularies instead of building their own (where forking is unsafe they
start afresh, see :func:`start_method`). At most a few files per worker
are in flight, so memory stays flat however many files there are; results come back in the order the files
were given (the output of ``polkg extract`` does not depend on the number of cores). What a file gives can
be finished in the worker too (:func:`map_files`): ``polkg extract`` has its JSON lines written there, so the
parent neither unpickles the records nor serialises them, and only copies text to stdout.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from polkg.errors import PolkgError, internal
from polkg.graph.model import Extraction
from polkg.loaders.inputs import read_source
from polkg.pipeline import Pipeline

#: files in flight per worker: enough to keep every core busy behind one slow file, few enough to hold
IN_FLIGHT = 4
#: allocations between two runs of the cyclic collector while a file is read (:func:`few_collections`)
GC_THRESHOLD = 20_000
#: below this many bytes of input one process is as quick as starting a pool (about 3 s of work)
POOL_MIN_BYTES = 1_000_000

Outcome = Extraction | PolkgError
_pipeline: Pipeline | None = None  # the worker's pipeline (inherited when forked)


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def extract_one(pipeline: Pipeline, path: Path) -> Outcome:
    """One file's extraction, or the error that says why it cannot be read. A reader's own bug on one plan
    (an unseen shape reaching code that never met it) is that file's failure, named with the file, not the
    end of a run over hundreds: ``--keep-going`` then reads the rest. ``POLKG_DEBUG=1`` lets it through with
    its traceback."""
    with few_collections():
        try:
            return pipeline.extract_source(read_source(path))
        except PolkgError as e:
            return e
        except Exception as e:
            if os.environ.get("POLKG_DEBUG"):
                raise
            return PolkgError(f"{path}: {internal(e)}")


@contextmanager
def few_collections() -> Iterator[None]:
    """The cyclic collector run every :data:`GC_THRESHOLD` allocations instead of every 700 while a file is
    read: its records are freed by reference counting, yet the default ran hundreds of collections a file,
    and each full one walked every object of the gazetteers (about 6% of the CPU, against none)."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], GC_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def extract_files(files: Sequence[Path], pipeline: Pipeline, workers: int | None = None) -> Iterator[
        tuple[Path, Outcome]]:
    """Each file with what it gave, in the order given; ``workers`` processes (default :func:`cores`, or
    one for less than :data:`POOL_MIN_BYTES` of input), or this process alone when that is 1 or there is
    only one file."""
    return map_files(files, pipeline, _same, workers)


def map_files[R](files: Sequence[Path], pipeline: Pipeline, finish: Callable[[Extraction], R],
              workers: int | None = None) -> Iterator[tuple[Path, R | PolkgError]]:
    """:func:`extract_files`, each extraction passed through ``finish`` where it was made (a module-level
    function, so a worker can be told it): what crosses back to this process is ``finish``'s result."""
    if workers is None and sum(_size(p) for p in files) < POOL_MIN_BYTES:
        workers = 1
    workers = min(workers or cores(), len(files))
    if workers <= 1:
        with few_collections():  # for the whole run, as in a worker (see _start)
            for path in files:
                yield path, _finish(extract_one(pipeline, path), finish)
        return
    method = start_method()
    forked = method == "fork"
    if forked:
        pipeline.warm()
    context = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start,
                               initargs=(pipeline if forked else None,))
    try:
        pending: deque[tuple[Path, Future[R | PolkgError]]] = deque()
        queue = iter(files)
        for path in queue:
            pending.append((path, pool.submit(_work, path, finish)))
            if len(pending) >= workers * IN_FLIGHT:
                break
        while pending:
            path, future = pending.popleft()
            following = next(queue, None)
            if following is not None:
                pending.append((following, pool.submit(_work, following, finish)))
            yield path, future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def start_method() -> str:
    """``fork`` where it is safe: the workers are copies of this process, pipeline included. A process with
    other threads (a notebook, a test runner) may be forked while one of them holds a lock, so there the
    workers start afresh and build their own pipeline."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and _threads() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def _threads() -> int:
    """This process's threads, those a library started outside Python (a BLAS pool) included."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # reading it will say why
        return 0


def _start(pipeline: Pipeline | None) -> None:
    """A worker's set-up: the caller's pipeline when forked (no pickling: the process is a copy), else its own;
    the collector's threshold raised for the worker's life (:func:`few_collections`), so that no burst of
    collections follows each file, when the threshold would drop back while the young objects are many."""
    global _pipeline
    _pipeline = pipeline or Pipeline()
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], GC_THRESHOLD), *threshold[1:])


def _work[R](path: Path, finish: Callable[[Extraction], R]) -> R | PolkgError:
    assert _pipeline is not None
    return _finish(extract_one(_pipeline, path), finish)


def _finish[R](outcome: Outcome, finish: Callable[[Extraction], R]) -> R | PolkgError:
    return outcome if isinstance(outcome, PolkgError) else finish(outcome)


def _same(extraction: Extraction) -> Extraction:
    return extraction
