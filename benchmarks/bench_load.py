"""Speed and memory of extraction, loading and the flagship query; prints figures, asserts nothing.

    .venv/bin/python benchmarks/bench_load.py [corpus/] [--repeat 3]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from polkg import api
from polkg.graph.store.falkor import FalkorStore
from polkg.loaders.inputs.walk import select
from polkg.pipeline import Pipeline


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*", default=["corpus"])
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    files = select(a.paths).files
    chars = sum(len(p.read_text(encoding="utf-8")) for p in files)

    t = time.perf_counter()
    pipeline = Pipeline()
    pipeline.tagger.tag("预热")
    print(f"pipeline start-up        {time.perf_counter() - t:8.2f} s")

    best = float("inf")
    for _ in range(a.repeat):
        t = time.perf_counter()
        extractions = [pipeline.extract_file(p) for p in files]
        best = min(best, time.perf_counter() - t)
    tasks = sum(len(e.tasks) for e in extractions)
    print(f"extract {len(files)} files          {best:8.2f} s  ({chars / best / 1000:.0f} k chars/s, {tasks} tasks)")

    with tempfile.TemporaryDirectory() as d:
        store = FalkorStore(Path(d))
        try:
            t = time.perf_counter()
            api.load([str(p) for p in files], store, pipeline)
            print(f"load (FalkorDB, first)   {time.perf_counter() - t:8.2f} s")
            t = time.perf_counter()
            api.load([str(p) for p in files], store, pipeline)
            print(f"load (FalkorDB, reload)  {time.perf_counter() - t:8.2f} s")
            t = time.perf_counter()
            for _ in range(a.repeat):
                rows = api.run_query(store, "vocs-leads").rows
            print(f"query vocs-leads         {(time.perf_counter() - t) / a.repeat * 1000:8.1f} ms ({len(rows)} rows)")
        finally:
            store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (this process) {peak:6.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
