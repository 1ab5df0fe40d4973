"""How the input layer and the readers scale with input size; prints figures, asserts nothing.

    .venv/bin/python benchmarks/bench_inputs.py [--quick]

1. ``read_source`` (sniffing, decoding, binary check, size check) on generated text of growing size: the
   time per character should stay flat (linear).
2. The 50 MB single-line file of issue 14: refused before decoding, in about the time it takes to read it.
3. The whole extraction on one long line of plan text, and on random characters, up to the 100,000-character
   line limit: what the limit bounds.
4. Each reader (the engine and the layout loaders) on one paragraph of growing size up to 1 MB, past the
   input layer's line limit: the time per character should stay flat (no reader stage is quadratic).
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from pathlib import Path

from polkg.errors import PolkgError
from polkg.loaders.inputs import read_source
from polkg.loaders.inputs.read import MAX_LINE
from polkg.loaders.registry import by_name
from polkg.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "corpus" / "004_0c71af0d61d8d2f3.txt"


def timed(what: str, path: Path, fn: object) -> None:
    t = time.perf_counter()
    try:
        fn()  # type: ignore[operator]
        outcome = "read"
    except PolkgError as e:
        outcome = "refused: " + str(e).split(": ", 1)[1][:70]
    dt = time.perf_counter() - t
    size = path.stat().st_size
    print(f"{what:<34} {size / 1e6:7.2f} MB {dt:8.2f} s  {dt / size * 1e9:7.1f} ns/byte  {outcome}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="smaller sizes")
    a = ap.parse_args()
    plan = PLAN.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="polkg-bench-") as d:
        run(Path(d), plan, a.quick)
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return 0


def run(tmp: Path, plan: str, quick: bool) -> None:
    sizes = (1, 3) if quick else (1, 3, 6)
    print("read_source on plan text with its line breaks (input layer only)")
    for mb in sizes:
        p = tmp / f"lines{mb}.txt"
        p.write_text((plan * (mb * 3_000_000 // len(plan) + 1))[: mb * 330_000], encoding="utf-8")
        timed(f"  {mb * 330_000:,} characters, UTF-8", p, lambda p=p: read_source(p))
        g = tmp / f"lines{mb}_gb.txt"
        g.write_bytes(p.read_text(encoding="utf-8").encode("gb18030"))
        timed("  the same in GB18030", g, lambda g=g: read_source(g))
    big = tmp / "single_line_50mb.txt"
    big.write_bytes(plan.replace("\n", "").encode() * (50_000_000 // len(plan.encode()) + 1))
    print("issue 14: a 50 MB file on one line")
    timed("  read_source", big, lambda: read_source(big))

    print("whole extraction on one line (the readers), up to the line limit")
    pipeline = Pipeline()
    flat = plan.replace("\n", "")
    rng = random.Random(1)
    letters = "".join(sorted(set(flat) - set("，。；、：\n\t ")))
    for n in (25_000, 50_000, MAX_LINE):
        for kind, text in (("plan text", (flat * (n // len(flat) + 1))[:n]),
                           ("random characters", "".join(rng.choice(letters) for _ in range(n)))):
            p = tmp / f"one_line_{kind[:4]}_{n}.txt"
            p.write_text("标题\n" + text + "\n", encoding="utf-8")
            timed(f"  {n:,} chars of {kind}", p, lambda p=p: pipeline.extract_file(p))
    readers(tmp, flat, letters, rng, quick)


def readers(tmp: Path, flat: str, letters: str, rng: random.Random, quick: bool) -> None:
    """Each reader on one paragraph, past the line limit (the readers called directly)."""
    print("each reader on one paragraph (no line limit), up to 1 MB")
    sizes = (250_000, 1_000_000) if quick else (250_000, 500_000, 1_000_000)
    for name in ("generic", "bracket", "resp_lines", "progress_table", "plan_table"):
        for n in sizes:
            for kind, body in (("plan text", (flat * (n // len(flat) + 1))[:n]),
                               ("no punctuation", "".join(rng.choice(letters) for _ in range(n)))):
                p = tmp / f"para_{n}.txt"
                text = "标题\n" + body + "\n"
                p.write_text(text, encoding="utf-8")
                timed(f"  {name} {n:,} chars of {kind}", p, lambda text=text, name=name: by_name(name).load(text, "x"))


if __name__ == "__main__":
    raise SystemExit(main())
