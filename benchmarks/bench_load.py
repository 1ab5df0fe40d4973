"""Speed and memory of extraction, loading and the flagship query; prints figures, asserts nothing.

    .venv/bin/python benchmarks/bench_load.py [corpus/] [--repeat 3]
    .venv/bin/python benchmarks/bench_load.py --factor 100 --loads 3 [--json out.json]

With ``--factor N``: N renamed copies of the corpus (:func:`benchmarks.scale.scaled`, extracted once) loaded the
way ``polkg load`` does (:func:`polkg.api.parts`, one commit), ``--loads`` times into fresh stores, then a
one-file reload into the last (three times). For each load: wall seconds, rows/s, CPU seconds of this process
(building the parts, serialising their rows) and of the embedded server (running them, and the save), and the
peak resident memory of both. The CPU seconds are the figures that do not depend on other jobs on the machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench import counting  # noqa: E402
from benchmarks.scale import renamed, scaled  # noqa: E402
from polkg import api  # noqa: E402
from polkg.graph.build import build  # noqa: E402
from polkg.graph.store.falkor import FalkorStore  # noqa: E402
from polkg.loaders.inputs.walk import select  # noqa: E402
from polkg.pipeline import Pipeline  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*", default=["corpus"])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--factor", type=int, default=0, help="load N renamed copies of the corpus instead")
    ap.add_argument("--loads", type=int, default=1, help="fresh loads at --factor (each into a new store)")
    ap.add_argument("--json", type=Path, help="also write the --factor figures here")
    a = ap.parse_args()
    files = select(a.paths).files
    if a.factor:
        report = scaled_loads(files, a.factor, a.loads)
        print_scaled(report)
        if a.json:
            a.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
        return 0 if not report["failures"] else 1
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


def scaled_loads(files: list[Path], factor: int, loads: int) -> dict[str, Any]:
    pipeline = Pipeline()
    extractions = [pipeline.extract_file(p) for p in files]
    out: dict[str, Any] = {"factor": factor, "files": factor * len(extractions), "loads": [], "failures": []}
    with tempfile.TemporaryDirectory() as d:
        store = None
        for k in range(loads):
            if store is not None:
                store.close()
            store = FalkorStore(Path(d) / f"store{k}")
            counted = {"rows": 0}
            server = store.server.proc.pid if store.server.proc else 0
            cpu, server_cpu, t = time.process_time(), _cpu(server), time.perf_counter()
            try:
                store.replace_parts(counting(api.parts(scaled(extractions, factor), pipeline.resolver), counted))
            except Exception as e:  # a failed load is a figure too
                out["failures"].append(f"{type(e).__name__}: {e}")
                continue
            wall = time.perf_counter() - t
            out["loads"].append({
                "wall_s": wall, "rows": counted["rows"], "rows_per_s": counted["rows"] / wall,
                "client_cpu_s": time.process_time() - cpu, "server_cpu_s": _cpu(server) - server_cpu,
                "client_peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "server_peak_mib": _peak(server),
                "graph_db_mib": (Path(d) / f"store{k}" / "graph.db").stat().st_size / 2**20,
            })
        if store is None:
            return out
        try:
            if out["loads"]:
                one = renamed(extractions[-1], factor - 1) if factor > 1 else extractions[-1]
                batch = build([one], pipeline.resolver)
                reloads = []
                for _ in range(3):
                    t = time.perf_counter()
                    store.replace_sources([one.doc], batch)
                    reloads.append(time.perf_counter() - t)
                out["reload_one_file_s"], out["reload_one_file_max_s"] = statistics.median(reloads), max(reloads)
        finally:
            store.close()
    return out



def _cpu(pid: int) -> float:
    import psutil

    t = psutil.Process(pid).cpu_times()
    return float(t.user + t.system)


def _peak(pid: int) -> float:
    """The server's peak resident memory (VmHWM), MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def print_scaled(r: dict[str, Any]) -> None:
    print(f"{r['factor']}× the corpus ({r['files']} files)")
    for failure in r["failures"]:
        print(f"  load FAILED     {failure}")
    for i, x in enumerate(r["loads"], start=1):
        print(f"  load {i}: {x['wall_s']:7.1f} s wall ({x['rows']} rows, {x['rows_per_s']:.0f} rows/s); CPU "
              f"{x['client_cpu_s']:.1f} s client + {x['server_cpu_s']:.1f} s server; peak memory "
              f"{x['client_peak_mib']:.0f} MiB client, {x['server_peak_mib']:.0f} MiB server; graph.db "
              f"{x['graph_db_mib']:.0f} MiB")
    if "reload_one_file_s" in r:
        print(f"  reload one file: {r['reload_one_file_s']:.2f} s median, {r['reload_one_file_max_s']:.2f} s max")


if __name__ == "__main__":
    sys.exit(main())
