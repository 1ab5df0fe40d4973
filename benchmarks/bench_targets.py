"""Time spent reading targets: the target reader alone over N copies of the given plans, and its share of
a whole extraction. Prints figures, asserts nothing.

    .venv/bin/python benchmarks/bench_targets.py [corpus/] [--copies 20] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time

from polkg.nlp.targets import find_targets
from polkg.pipeline import Pipeline, expand_paths


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*", default=["corpus"])
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--profile", action="store_true", help="print the 15 costliest functions of the target reader")
    a = ap.parse_args()
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in expand_paths(a.paths)]
    chars = sum(len(t) for _, t in texts) * a.copies
    pipeline = Pipeline()
    find_targets("到2020年，优良天数比率达到90%。", 0, "warm-up", 0, None)  # vocabularies and tagger built once

    def read_targets() -> int:
        return sum(len(find_targets(t, 0, f"{s}-{i}", 0, None)) for i in range(a.copies) for s, t in texts)

    t = time.perf_counter()
    n = read_targets()
    alone = time.perf_counter() - t
    rate = chars / alone / 1000
    print(f"targets, {a.copies}x {len(texts)} files    {alone:8.2f} s  ({rate:.0f} k chars/s, {n} targets)")
    t = time.perf_counter()
    for i in range(a.copies):
        for s, text in texts:
            pipeline.extract_text(text, doc=f"{s}-{i}")
    whole = time.perf_counter() - t
    print(f"whole extraction          {whole:8.2f} s  (targets {alone / whole:.0%} of it)")
    if a.profile:
        prof = cProfile.Profile()
        prof.runcall(read_targets)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(15)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
