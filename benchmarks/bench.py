"""Store figures at several scales in one run; prints a table and, with ``--json``, writes the same as JSON.

    .venv/bin/python benchmarks/bench.py                      # 1× and 10× the corpus
    .venv/bin/python benchmarks/bench.py --factors 1,10,100 --json /tmp/bench.json

For each factor (N renamed copies of every corpus file, :mod:`benchmarks.scale`): load rows/s into a fresh
embedded store, a one-file reload into that store, every canned query's median and p95 in-process, the CLI's
wall time for ``stats`` and ``query vocs-leads`` on that store, and the server's memory. Once: extraction
characters/s (one process), ``polkg --help`` start-up, and batched writes (``UNWIND $rows``) against naive
one-row-per-statement writes of the same rows, with their ratio. Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.scale import renamed, scaled  # noqa: E402
from polkg import api  # noqa: E402
from polkg.graph.batch import GraphBatch  # noqa: E402
from polkg.graph.build import build  # noqa: E402
from polkg.graph.store.base import absent, write_statements  # noqa: E402
from polkg.graph.store.falkor import FalkorStore  # noqa: E402
from polkg.pipeline import Pipeline  # noqa: E402
from polkg.queries import library  # noqa: E402

POLKG = str(Path(sys.executable).with_name("polkg"))


def timed(fn: Any, *args: Any) -> float:
    t = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def cli_wall(args: list[str], repeat: int) -> float:
    """Median wall seconds of a whole ``polkg`` process."""
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run([POLKG, *args], capture_output=True, check=False)
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def query_params(name: str) -> dict[str, Any]:
    q = library.get(name)
    given: dict[str, str] = {}
    for ex in q.examples:
        for part in ex.split("--param ")[1:]:
            k, _, v = part.split(" ")[0].partition("=")
            given.setdefault(k, v)
    return q.bind({p.name: given[p.name] for p in q.params if p.required})


def at_scale(extractions: list[Any], factor: int, pipeline: Pipeline, repeat: int, loads: int = 1) -> dict[str, Any]:
    """Loads streamed as ``polkg load`` does (:func:`polkg.api.parts`: built and written a few thousand tasks
    at a time, one commit), ``loads`` times into fresh stores; then, on the last store, a one-file reload and
    every canned query as a new process sees the store."""
    out: dict[str, Any] = {"factor": factor, "files": factor * len(extractions), "loads": [], "failures": []}
    with tempfile.TemporaryDirectory() as d:
        for k in range(loads):
            store_dir = Path(d) / f"store{k}"
            store = FalkorStore(store_dir)
            counted = {"rows": 0}
            cpu = time.process_time()
            try:
                parts = api.parts(scaled(extractions, factor), pipeline.resolver)
                seconds = timed(store.replace_parts, counting(parts, counted))
                out["loads"].append(seconds)
                out["load_client_cpu_s"] = time.process_time() - cpu
                out["load_server_cpu_s"] = _cpu(store.server.proc.pid if store.server.proc else None)
                out["load_client_peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                out["rows"] = counted["rows"]
            except Exception as e:  # a failed load is a figure too
                out["failures"].append(f"{type(e).__name__}: {e}")
            if k < loads - 1:
                store.close()
                shutil.rmtree(store_dir)
        if not out["loads"]:
            store.close()
            return out
        out["load_s"] = statistics.median(out["loads"])
        out["load_rows_per_s"] = out["rows"] / out["load_s"]
        out["graph_db_mib"] = (store_dir / "graph.db").stat().st_size / 2**20
        try:
            one = renamed(extractions[-1], factor - 1) if factor > 1 else extractions[-1]
            batch = build([one], pipeline.resolver)
            reloads = [timed(store.replace_sources, [one.doc], batch) for _ in range(3)]
            out["reload_one_file_s"], out["reload_one_file_max_s"] = statistics.median(reloads), max(reloads)
            server = store.server.proc.pid if store.server.proc else None
            out["server_rss_mib"] = _rss(server)
            out["store_start_s"] = timed(store.server.restart)  # queries as a fresh process sees the store
            out["queries"] = {}
            for name in sorted(library.load_all()):
                q, params = library.get(name), query_params(name)
                runs = [timed(store.query, q.cypher, params) * 1000 for _ in range(repeat)]
                out["queries"][name] = {"median_ms": statistics.median(runs), "p95_ms": p95(runs)}
        finally:
            store.close()
        runs = 3 if factor < 1000 else 1  # each reads graph.db: tens of seconds at 1,000×
        out["cli_stats_s"] = cli_wall(["--store", str(store_dir), "stats"], runs)
        out["cli_query_s"] = cli_wall(["--store", str(store_dir), "query", "vocs-leads"], runs)
    return out


def counting(parts: Iterator[tuple[list[str], GraphBatch]], counted: dict[str, int]
             ) -> Iterator[tuple[list[str], GraphBatch]]:
    """The parts as they are built, their rows added to ``counted``."""
    for sources, batch in parts:
        counted["rows"] += len(batch.nodes) + len(batch.edges)
        yield sources, batch


def _cpu(pid: int | None) -> float | None:
    if pid is None:
        return None
    import psutil

    t = psutil.Process(pid).cpu_times()
    return float(t.user + t.system)


def _rss(pid: int | None) -> float | None:
    if pid is None:
        return None
    import psutil

    return float(psutil.Process(pid).memory_info().rss) / 2**20


def naive_vs_batched(batch: GraphBatch, repeat: int = 3) -> dict[str, Any]:
    """The same rows (every node and edge of ``batch``) into a fresh store with its indexes, three ways, each
    timed from the batch to the last answer: batched as a load writes them (:func:`polkg.graph.store.base.absent`
    looks the shared nodes up, then each label's or type's rows go as ``UNWIND`` statements of up to 5,000 rows,
    sent from a second thread); naive, one statement per row, each waiting for its answer, on polkg's own path
    (shared nodes merged, as a writer who does not know what the store holds writes them); and naive through the
    falkordb client's own ``query(cypher, params)``. The median of ``repeat`` runs of each, interleaved (the machine
    may be shared: its load changes from one second to the next)."""
    runs: dict[str, list[tuple[float, float]]] = {"batched": [], "naive": [], "naive_client": []}
    out: dict[str, Any] = {}
    for _ in range(repeat):
        for kind, seconds, cpu, nodes in (_written(batch, "batched"), _written(batch, "naive"),
                                          _written(batch, "naive_client")):
            runs[kind].append((seconds, cpu))
            out[f"{kind}_nodes"] = nodes
    out["rows"] = len(batch.nodes) + len(batch.edges)
    for kind, measured in runs.items():
        out[f"{kind}_s"] = statistics.median(s for s, _ in measured)
        out[f"{kind}_server_cpu_s"] = statistics.median(c for _, c in measured)
        out[f"{kind}_rows_per_s"] = out["rows"] / out[f"{kind}_s"]
    out["ratio"] = out["naive_s"] / out["batched_s"]
    out["ratio_client"] = out["naive_client_s"] / out["batched_s"]
    return out


def _written(batch: GraphBatch, kind: str) -> tuple[str, float, float, int]:
    """One write of ``batch`` into a fresh store: wall seconds, the server's CPU seconds, nodes in the store."""
    with tempfile.TemporaryDirectory() as d:
        store = FalkorStore(Path(d))
        try:
            store.ensure_schema()
            server = store.server.proc.pid if store.server.proc else None
            cpu = _cpu(server) or 0.0
            t = time.perf_counter()
            if kind == "batched":  # as a load sends them: from a second thread, pipelined
                sender = store._sender()
                for cypher, params in write_statements(batch, new=absent(store._rows, batch)):
                    sender.send(cypher, params)
                sender.flush()
                sender.close()
            else:
                send = store._execute if kind == "naive" else _client_query(store)
                for cypher, params in write_statements(batch):
                    for row in params["rows"]:
                        send(cypher, {"rows": [row]})
            seconds = time.perf_counter() - t
            used = (_cpu(server) or 0.0) - cpu
            return kind, seconds, used, store.query("MATCH (n) RETURN count(n)").rows[0][0]
        finally:
            store.close()


def _client_query(store: FalkorStore) -> Any:
    """What a naive writer calls: the falkordb client's own ``query(cypher, params)`` (its own serialiser)."""
    from falkordb.graph import Graph

    graph = Graph(store.server.client, "polkg")
    return graph.query


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--factors", default="1,10", help="comma-separated copies of the corpus [1,10]")
    ap.add_argument("--repeat", type=int, default=10, help="runs per query")
    ap.add_argument("--loads", type=int, default=1, help="fresh loads per factor (the median is reported)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    a = ap.parse_args()

    pipeline = Pipeline()
    files = sorted((ROOT / "corpus").glob("*.txt"))
    chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
    pipeline.extract_file(files[0])  # warm the tagger
    t = time.perf_counter()
    extractions = [pipeline.extract_file(p) for p in files]
    extract_s = time.perf_counter() - t
    report: dict[str, Any] = {
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "extract_chars_per_s": chars / extract_s,
        "cli_help_s": cli_wall(["--help"], 5),
        "scales": [at_scale(extractions, int(f), pipeline, a.repeat, a.loads) for f in a.factors.split(",") if f],
        "writes": naive_vs_batched(build(extractions, pipeline.resolver)),
    }
    report["client_peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print_report(report)
    if a.json:
        a.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


def print_report(r: dict[str, Any]) -> None:
    print(f"extraction (one process)   {r['extract_chars_per_s'] / 1000:10.0f} k chars/s")
    print(f"polkg --help               {r['cli_help_s']:10.2f} s")
    w = r["writes"]
    print(f"writes of {w['rows']} rows        batched {w['batched_rows_per_s']:8.0f} rows/s, naive "
          f"{w['naive_rows_per_s']:6.0f} rows/s: batched is {w['ratio']:.1f}× faster")
    print(f"  server CPU                 batched {w['batched_server_cpu_s']:.2f} s, naive "
          f"{w['naive_server_cpu_s']:.2f} s; nodes written {w['batched_nodes']} / {w['naive_nodes']}")
    print(f"  naive through the client's own query(): {w['naive_client_rows_per_s']:6.0f} rows/s: batched is "
          f"{w['ratio_client']:.1f}× faster")
    for s in r["scales"]:
        print(f"\n{s['factor']}× ({s['files']} files, {s.get('rows', 0)} rows)")
        for failure in s["failures"]:
            print(f"  load FAILED              {failure}")
        if not s["loads"]:
            continue
        loads = ", ".join(f"{x:.1f}" for x in s["loads"])
        print(f"  load into a fresh store  {s['load_s']:8.2f} s  ({s['load_rows_per_s']:.0f} rows/s; build and write, "
              f"streamed; runs: {loads} s; graph.db {s['graph_db_mib']:.0f} MiB)")
        server_cpu = s["load_server_cpu_s"] or 0
        print(f"  load CPU                 {s['load_client_cpu_s']:8.1f} s client + {server_cpu:.1f} s server; "
              f"client peak {s['load_client_peak_mib']:.0f} MiB")
        print(f"  reload one file          {s['reload_one_file_s']:8.2f} s  (max {s['reload_one_file_max_s']:.2f} s)")
        print(f"  server memory            {s['server_rss_mib'] or 0:8.0f} MiB")
        print(f"  server start (graph.db)  {s['store_start_s']:8.2f} s")
        print(f"  polkg stats / query      {s['cli_stats_s']:8.2f} s / {s['cli_query_s']:.2f} s (whole process)")
        for name, q in s["queries"].items():
            print(f"  query {name:22} median {q['median_ms']:8.1f} ms   p95 {q['p95_ms']:8.1f} ms")
    print(f"\nclient peak memory         {r['client_peak_mib']:8.0f} MiB")


if __name__ == "__main__":
    sys.exit(main())
