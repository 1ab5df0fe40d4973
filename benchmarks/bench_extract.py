"""Extraction at archive scale: ``polkg extract`` over N× the corpus, in one process and on every core.

    .venv/bin/python benchmarks/bench_extract.py                                # 1×, 100×, 1,000× the corpus
    .venv/bin/python benchmarks/bench_extract.py --factors 1,100 --json /tmp/extract.json
    .venv/bin/python benchmarks/bench_extract.py --realworld                    # tests/realworld/ shapes too
    .venv/bin/python benchmarks/bench_extract.py --profile 100                  # where the CPU goes, at 100×

For each factor, :mod:`benchmarks.scale` writes N renamed copies of every ``corpus/*.txt`` (with
``--realworld``, of ``tests/realworld/*.txt`` too) and the whole CLI runs over that directory, its output
read through a pipe as a shell would: once with ``--jobs 1`` and once on every core. Printed for each run:
characters per second (wall), wall time, CPU time, peak memory (resident) of the parent and of the largest
worker, and their peak sum, the load average (1 min) as the run starts and ends (other jobs on the machine
slow the wall time: quote it with the figure); and whether both runs printed the same bytes. Prints figures,
asserts nothing.

With ``--profile N`` it instead extracts N× the corpus in this one process under cProfile, as a worker does
(each file read and its JSON lines made), and prints the CPU seconds and the ten functions with the most
time of their own: on a machine shared with other jobs, CPU seconds and shares are the figures to compare.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.scale import sources, write_corpus  # noqa: E402

POLKG = str(Path(sys.executable).with_name("polkg"))
MIB = 1024 * 1024


class Peaks:
    """Samples the resident memory of a process and its children until stopped."""

    def __init__(self, pid: int, every: float = 0.05) -> None:
        self.parent = self.worker = self.total = 0
        self._proc = psutil.Process(pid)
        self._every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                parent = self._proc.memory_info().rss
                workers = [c.memory_info().rss for c in self._proc.children(recursive=True)]
            except psutil.Error:
                workers, parent = [], 0
            self.parent = max(self.parent, parent)
            self.worker = max(self.worker, *workers, 0)
            self.total = max(self.total, parent + sum(workers))
            self._stop.wait(self._every)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def run(directory: Path, jobs: int | None) -> dict[str, Any]:
    """One ``polkg extract`` over ``directory``: wall and CPU seconds, peak memory, lines and a hash of stdout."""
    args = [POLKG, "extract", str(directory), *(["--jobs", str(jobs)] if jobs else [])]
    load_before = os.getloadavg()[0]
    before = os.times()
    t = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    peaks = Peaks(proc.pid)
    digest, lines = hashlib.sha256(), 0
    assert proc.stdout is not None
    for chunk in iter(lambda: proc.stdout.read(1 << 20), b""):  # type: ignore[union-attr]
        digest.update(chunk)
        lines += chunk.count(b"\n")
    code = proc.wait()
    wall = time.perf_counter() - t
    peaks.stop()
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return {"jobs": jobs or psutil.Process().cpu_affinity().__len__(), "exit": code, "wall_s": wall, "cpu_s": cpu,
            "lines": lines, "sha256": digest.hexdigest(), "parent_peak_mib": peaks.parent / MIB,
            "worker_peak_mib": peaks.worker / MIB, "total_peak_mib": peaks.total / MIB,
            "load_average": (load_before, os.getloadavg()[0])}


def at_scale(factor: int, files: list[Path], serial: bool) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix=f"bench-extract-x{factor}-") as d:
        written = write_corpus(factor, Path(d), files=files)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in written)
        out: dict[str, Any] = {"factor": factor, "files": len(written), "chars": chars}
        out["all_cores"] = run(Path(d), None)
        out["one_process"] = run(Path(d), 1) if serial else None
    for key in ("all_cores", "one_process"):
        r = out[key]
        if r:
            r["chars_per_s"] = chars / r["wall_s"]
            r["chars_per_cpu_s"] = chars / r["cpu_s"] if r["cpu_s"] else None
    if out["one_process"]:
        out["same_output"] = out["one_process"]["sha256"] == out["all_cores"]["sha256"]
    return out


def profile(factor: int, files: list[Path], top: int = 10) -> None:
    """N× the corpus extracted in this process under cProfile: CPU seconds and the top functions by own time."""
    import cProfile
    import pstats

    from polkg import contract
    from polkg.parallel import extract_one
    from polkg.pipeline import Pipeline

    with tempfile.TemporaryDirectory(prefix=f"bench-extract-profile-x{factor}-") as d:
        written = write_corpus(factor, Path(d), files=files)
        pipeline = Pipeline()
        pipeline.warm()
        profiler = cProfile.Profile(time.process_time)  # CPU, not wall: other jobs share the machine
        cpu = time.process_time()
        profiler.enable()
        for path in written:
            outcome = extract_one(pipeline, path)
            if not isinstance(outcome, Exception):
                contract.printed(outcome)
        profiler.disable()
        cpu = time.process_time() - cpu
    stats = pstats.Stats(profiler)
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)  # type: ignore[attr-defined]
    total = sum(v[2] for _, v in rows)
    print(f"{factor}× the corpus ({len(written)} files) in one process under cProfile: {cpu:.1f} CPU-s "
          "(the profiler's own cost included: several times the CPU of a run without it)")
    print(f"{'own s':>7} {'share':>6} {'calls':>9}  function")
    for (file, line, name), (_, calls, own, _, _) in rows[:top]:
        where = file.replace(str(ROOT) + "/", "") if file != "~" else ""
        print(f"{own:>7.2f} {100 * own / total:>5.1f}% {calls:>9}  {where}:{line}({name})" if where else
              f"{own:>7.2f} {100 * own / total:>5.1f}% {calls:>9}  {name}")


def machine() -> dict[str, Any]:
    return {"cpus": psutil.cpu_count(), "usable_cpus": len(psutil.Process().cpu_affinity()),
            "memory_gib": round(psutil.virtual_memory().total / 1024**3, 1), "python": platform.python_version(),
            "processor": platform.processor() or platform.machine(),
            "load_average_before": os.getloadavg(), "date": time.strftime("%Y-%m-%d %H:%M %Z")}


def print_report(r: dict[str, Any]) -> None:
    m = r["machine"]
    print(f"machine: {m['usable_cpus']} of {m['cpus']} cpus, {m['memory_gib']} GiB, Python {m['python']}, "
          f"load average {m['load_average_before'][0]:.1f} at start ({m['date']})")
    head = f"{'scale':>7} {'files':>6} {'M chars':>8} | {'mode':<11} {'wall s':>7} {'k chars/s':>10} " \
           f"{'cpu s':>7} {'parent MiB':>10} {'worker MiB':>10} {'sum MiB':>8} {'load':>9}"
    print(head)
    print("-" * len(head))
    for s in r["scales"]:
        for key, mode in (("one_process", "one process"), ("all_cores", "all cores")):
            x = s[key]
            if x is None:
                continue
            print(f"{s['factor']:>6}× {s['files']:>6} {s['chars'] / 1e6:>8.1f} | {mode:<11} {x['wall_s']:>7.1f} "
                  f"{x['chars_per_s'] / 1000:>10.0f} {x['cpu_s']:>7.1f} {x['parent_peak_mib']:>10.0f} "
                  f"{x['worker_peak_mib']:>10.0f} {x['total_peak_mib']:>8.0f} "
                  f"{x['load_average'][0]:>4.1f}–{x['load_average'][1]:<4.1f}")
        if "same_output" in s:
            print(f"{'':>24} | same bytes in one process and on all cores: {'yes' if s['same_output'] else 'NO'}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--factors", default="1,100,1000", help="comma-separated copies of the corpus [1,100,1000]")
    ap.add_argument("--realworld", action="store_true", help="copy tests/realworld/*.txt too")
    ap.add_argument("--serial-max", type=int, default=1000,
                    help="run the one-process pass only up to this factor (it takes the longest) [1000]")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--profile", type=int, metavar="N",
                    help="instead: N× the corpus in this process under cProfile, the top functions by own time")
    a = ap.parse_args()
    files = sources() if a.realworld else sorted((ROOT / "corpus").glob("*.txt"))
    if a.profile:
        profile(a.profile, files)
        return 0
    report: dict[str, Any] = {"machine": machine(), "realworld": a.realworld, "scales": []}
    for f in (int(x) for x in a.factors.split(",")):
        report["scales"].append(at_scale(f, files, f <= a.serial_max))
        print(f"done {f}×", file=sys.stderr, flush=True)
    print_report(report)
    if a.json:
        a.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
