"""A seeded corpus scaler: N× the corpus as distinct documents, for the benchmarks and the scaling test.

    .venv/bin/python benchmarks/scale.py 100 /tmp/corpus100 [--seed 1]   # files, for the CLI and extraction

Two ways, one result shape:
- :func:`write_corpus` writes renamed copies of ``corpus/*.txt`` (and ``tests/realworld/*.txt`` when present):
  each copy has its own file stem and plan titles, and the district it governs varies (seeded), so the copies
  are distinct documents with distinct units, as in a real archive;
- :func:`scaled` renames already extracted files in memory (no extraction cost): the same graph shapes, N
  times, when only the store is measured.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
#: districts of 乐山市 (the gazetteer knows them): a copy of a district plan governs one of them
DISTRICTS = ("市中区", "沙湾区", "五通桥区", "金口河区")


def sources() -> list[Path]:
    """The seed documents, and the real-world ones when the answer keys are there."""
    files = sorted((ROOT / "corpus").glob("*.txt"))
    realworld = ROOT / "tests" / "realworld"
    return files + sorted(realworld.glob("*.txt")) if realworld.is_dir() else files


def write_corpus(factor: int, out: Path, seed: int = 1, files: Iterable[Path] | None = None) -> list[Path]:
    """``factor`` renamed copies of every source file in ``out``; copy 0 is the file itself."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for path in files or sources():
        text = path.read_text(encoding="utf-8")
        for k in range(factor):
            body = text if k == 0 else vary(text, k, rng)
            target = out / f"{path.stem}__{k:04d}.txt"
            target.write_text(body, encoding="utf-8")
            written.append(target)
    return written


def vary(text: str, k: int, rng: random.Random) -> str:
    """Another district for a district plan, and a numbered title line, so no two copies are one document."""
    district = rng.choice(DISTRICTS)
    lines = text.split("\n", 1)
    first = lines[0].rstrip() + f"（第{k}号）"
    rest = lines[1] if len(lines) > 1 else ""
    return (first + "\n" + rest).replace("市中区", district)


def scaled(extractions: list[Any], factor: int) -> Iterator[Any]:
    """``factor`` in-memory copies of extracted files, each renamed (file stem, plan titles, 文号)."""
    for k in range(factor):
        for x in extractions:
            yield x if k == 0 else renamed(x, k)


def renamed(x: Any, k: int) -> Any:
    stem = f"{x.doc}__{k:04d}"
    docs = [d.model_copy(update={"doc": stem, "title": f"{d.title}（第{k}号）",
                                 "number": f"{d.number}-{k}" if d.number else None}) for d in x.documents]
    return x.model_copy(update={
        "doc": stem, "documents": docs,
        "tasks": [t.model_copy(update={"doc": stem}) for t in x.tasks],
        "targets": [t.model_copy(update={"doc": stem}) for t in x.targets],
        "unattributed": [u.model_copy(update={"doc": stem}) for u in x.unattributed],
    })


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("factor", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    files = write_corpus(a.factor, a.out, a.seed)
    print(f"wrote {len(files)} files to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
