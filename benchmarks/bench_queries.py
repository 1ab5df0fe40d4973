"""Canned queries' in-process times on a kept N× store, for iterating on queries without reloading.

    .venv/bin/python benchmarks/bench_queries.py --factor 100 --store /tmp/store100          # builds it once
    .venv/bin/python benchmarks/bench_queries.py --factor 100 --store /tmp/store100 --only most-loaded
    .venv/bin/python benchmarks/bench_queries.py --factor 100 --store /tmp/store100 --rebuild  # after a load change
    .venv/bin/python benchmarks/bench_queries.py --factor 100 --store /tmp/store100 --before main  # old text too

The store is loaded the way ``polkg load`` does (:func:`polkg.api.parts`) the first time, or with ``--rebuild``;
later runs reuse it. Prints each query's median and p95 (ms) and, with ``--profile``, FalkorDB's records produced
(the work ``tests/test_query_scaling.py`` bounds); with ``--before REV`` the query's text at that git revision is
timed right before it on the same store (the "before" of a query change; a text that reads counts the store does
not keep yet gives wrong rows, so compare on a store loaded by the newer code). Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench import p95, query_params  # noqa: E402
from benchmarks.scale import scaled  # noqa: E402
from polkg import api  # noqa: E402
from polkg.graph.store.falkor import GRAPH, FalkorStore  # noqa: E402
from polkg.pipeline import Pipeline  # noqa: E402
from polkg.queries import library  # noqa: E402
from polkg.queries.library import Query  # noqa: E402


def load(store_dir: Path, factor: int) -> None:
    pipeline = Pipeline()
    extractions = [pipeline.extract_file(p) for p in sorted((ROOT / "corpus").glob("*.txt"))]
    store = FalkorStore(store_dir)
    t = time.perf_counter()
    try:
        store.replace_parts(api.parts(scaled(extractions, factor), pipeline.resolver))
    finally:
        store.close()
    print(f"loaded {factor}× in {time.perf_counter() - t:.1f} s", flush=True)


def records(store: FalkorStore, cypher: str, params: dict[str, object]) -> int:
    import re

    from falkordb.helpers import stringify_param_value

    prefix = "CYPHER " + " ".join(f"{k}={stringify_param_value(v)}" for k, v in params.items()) + " "
    plan = store.server.client.execute_command("GRAPH.PROFILE", GRAPH, prefix + cypher)
    return sum(int(n) for line in plan for n in re.findall(r"Records produced: (\d+)", line))


def old_text(rev: str, name: str) -> Query | None:
    """The query as it was at git revision ``rev``, or None where it did not exist."""
    res = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:cypher/{name}.cypher"], capture_output=True,
                         text=True)
    return library.parse(name, res.stdout) if res.returncode == 0 else None


def timed(store: FalkorStore, q: Query, repeat: int, profile: bool) -> str:
    """``median … p95 … rows … [records …]`` of ``repeat`` runs of ``q`` with the benchmark's parameters."""
    given = query_params(q.name)
    params = q.bind({k: v for k, v in given.items() if any(p.name == k for p in q.params)})
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        rows = store.query(q.cypher, params).rows
        runs.append((time.perf_counter() - t) * 1000)
    work = f"  records {records(store, q.cypher, params):9d}" if profile else ""
    return (f"median {statistics.median(runs):8.1f} ms   p95 {p95(runs):8.1f} ms   rows {len(rows):5d}{work}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--factor", type=int, default=100)
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--only", default="", help="comma-separated query names")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--before", default="", help="also time each query's text at this git revision")
    a = ap.parse_args()
    if a.rebuild and a.store.exists():
        shutil.rmtree(a.store)
    if not (a.store / "graph.db").exists():
        load(a.store, a.factor)
    names = [n for n in a.only.split(",") if n] or sorted(library.load_all())
    store = FalkorStore(a.store)
    try:
        for name in names:
            q = library.get(name)
            old = old_text(a.before, name) if a.before else None
            if old is not None and old.cypher != q.cypher:
                print(f"{name + ' (' + a.before + ')':22} {timed(store, old, a.repeat, a.profile)}", flush=True)
            print(f"{name:22} {timed(store, q, a.repeat, a.profile)}", flush=True)
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
