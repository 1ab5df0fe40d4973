"""Two ``polkg load`` runs of the same files on one store at once, N times in a row (issue 14: 20): each time
both must exit 0 and the store must hold exactly the graph of one load (every node and edge with its
properties, compared as a canonical dump). Prints one line per try and the outcome; exit 1 on any difference.

    .venv/bin/python benchmarks/concurrent_loads.py                 # 20 tries, corpus/
    .venv/bin/python benchmarks/concurrent_loads.py --tries 5 FILE…

The test suite runs 3 tries on two small files (``tests/test_store_safety.py``).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from polkg import api  # noqa: E402
from polkg.graph.store.falkor import FalkorStore  # noqa: E402
from polkg.pipeline import Pipeline  # noqa: E402
from tests.test_load_order import dump  # noqa: E402

POLKG = str(Path(sys.executable).with_name("polkg"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", help="files to load [corpus/*.txt]")
    ap.add_argument("--tries", type=int, default=20)
    a = ap.parse_args()
    files = a.files or sorted(str(p) for p in (ROOT / "corpus").glob("*.txt"))
    with tempfile.TemporaryDirectory() as d:
        one = FalkorStore(Path(d) / "one")
        try:
            api.load(files, one, Pipeline())
            expected = dump(one)
        finally:
            one.close()
        failures = 0
        for k in range(a.tries):
            store = Path(d) / f"both{k}"
            t = time.perf_counter()
            runs = [subprocess.Popen([POLKG, "--store", str(store), "--wait", "load", *files],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
            outs = [r.communicate() for r in runs]
            codes = [r.returncode for r in runs]
            both = FalkorStore(store)
            try:
                same = dump(both) == expected
            finally:
                both.close()
            ok = codes == [0, 0] and same
            failures += not ok
            why = "" if ok else f"  exit codes {codes}, same graph: {same}, stderr: {[e for _, e in outs]}"
            print(f"try {k + 1:2d}: {'same graph as one load' if ok else 'DIFFERENT'} "
                  f"({time.perf_counter() - t:.1f} s){why}", flush=True)
    print(f"{a.tries - failures} of {a.tries} tries left the graph of one load")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
