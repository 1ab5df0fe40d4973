"""Damaged texts through extraction: every crash, every hang and every broken record, one line each.

    .venv/bin/python benchmarks/fuzz_extract.py                         # seed 0, 600 s budget
    .venv/bin/python benchmarks/fuzz_extract.py --seed 3 --budget 120 --cli 3
    .venv/bin/python benchmarks/fuzz_extract.py --private               # also tests/blind

Plans we never see are written by other hands: cut short, tables flattened, full-width and half-width mixed,
Traditional characters, numerals in either script. Each text we hold (``corpus/``, ``tests/realworld``,
``tests/fixtures``, ``tests/heldout``) goes through ``Pipeline().extract_text`` as is and in damaged
variants made with a fixed seed (see :data:`MUTATIONS`), until the time budget runs out. Reported, each
distinct one once (exception type, function, line), with the file and the variant that first showed it:

- an exception of any kind;
- an extraction slower than :func:`time_limit` (10 s for 20 KB; a hang is cut at three times that);
- a record that breaks the scorer's contract (``shared/eval/README.md``): a span outside the text, a task
  span over no text, a target whose text is not within ``text[start:end]`` (whitespace aside), an empty
  unit mention, a role outside lead/responsible/assist.

``--private`` runs the private sets too, printing only the file name and the failure, never their text.
With ``--cli N`` the first N damaged texts also go through ``polkg extract`` (one process, a file each) and
a traceback or a non-zero exit other than a ``polkg: error:`` line is reported. Prints figures; asserts
nothing; exits 1 when anything failed.
"""

from __future__ import annotations

import argparse
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from polkg.errors import PolkgError  # noqa: E402
from polkg.graph.model import Extraction  # noqa: E402
from polkg.pipeline import Pipeline  # noqa: E402

ROLES = {"lead", "responsible", "assist"}
OPEN, CLOSE = "（(【[《〔", "）)】]》〕"
CN_DIGITS = "零一二三四五六七八九"
FULL = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)} | {" ": "\u3000"}
HALF = {v: k for k, v in FULL.items()} | {"，": ",", "。": ".", "：": ":", "；": ";", "（": "(", "）": ")"}


def public_texts() -> list[Path]:
    found = [
        *sorted((ROOT / "corpus").glob("*")),
        *sorted((ROOT / "tests/realworld").glob("*.txt")),
        *sorted((ROOT / "tests/fixtures").glob("*.txt")),
        *sorted((ROOT / "tests/heldout").glob("*.txt")),
    ]
    return [p for p in found if p.is_file()]


def private_texts() -> list[Path]:
    """The blind plans (every hold-out joins ``tests/blind/`` once built): run, never printed."""
    return [p for p in sorted((ROOT / "tests/blind").rglob("*.txt")) if p.is_file()]


# ---- damage ---------------------------------------------------------------------------------------------


def sliced(t: str, r: random.Random) -> str:
    a = r.randrange(len(t) + 1)
    return t[a : r.randrange(a, len(t) + 1)]


def shuffled(t: str, r: random.Random) -> str:
    lines = t.splitlines()
    r.shuffle(lines)
    return "\n".join(lines)


def no_space(t: str, r: random.Random) -> str:
    return re.sub(r"[ \t\u3000]", "", t)


def double_space(t: str, r: random.Random) -> str:
    return re.sub(r"(\s)", r"\1\1", t)


def to_full(t: str, r: random.Random) -> str:
    return "".join(FULL.get(c, c) for c in t)


def to_half(t: str, r: random.Random) -> str:
    return "".join(HALF.get(c, c) for c in t)


def width_mixed(t: str, r: random.Random) -> str:
    return "".join((FULL.get(c) or HALF.get(c) or c) if r.random() < 0.3 else c for c in t)


_S2T: Callable[[str], str] | None = None


def traditional(t: str, r: random.Random) -> str:
    global _S2T
    if _S2T is None:
        import opencc

        _S2T = opencc.OpenCC("s2t").convert
    return _S2T(t)


def ascii_stops(t: str, r: random.Random) -> str:
    return t.replace("，", ",").replace("。", ".")


def no_brackets(t: str, r: random.Random) -> str:
    return re.sub(f"[{re.escape(OPEN + CLOSE)}]", "", t)


def unbalanced(t: str, r: random.Random) -> str:
    return "".join("" if c in OPEN + CLOSE and r.random() < 0.5 else c for c in t)


def numerals_swapped(t: str, r: random.Random) -> str:
    out = []
    for c in t:
        if c in CN_DIGITS and r.random() < 0.7:
            out.append(str(CN_DIGITS.index(c)))
        elif c.isascii() and c.isdigit() and r.random() < 0.7:
            out.append(CN_DIGITS[int(c)])
        else:
            out.append(c)
    return "".join(out)


CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨"
SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def odd_digits(t: str, r: random.Random) -> str:
    """Digits that ``str.isdigit`` accepts and ``int`` refuses: ①, ² (item marks, m³)."""
    table = CIRCLED if r.random() < 0.5 else SUPER
    return "".join(table[int(c)] if c in "0123456789" and r.random() < 0.5 else c for c in t)


#: pieces of a plan's structure, dropped where they do not belong: headings, role labels, numbered or
#: counted words in either script, deadlines, table rules
PIECES = (
    "（一）",
    "（十二）",
    "一、",
    "第三章",
    "第四节",
    "1.",
    "（2）",
    "①",
    "牵头单位：",
    "责任单位：",
    "配合单位：",
    "（市环保局牵头）",
    "|",
    "| --- |",
    "\t",
    "\n",
    "\n\n",
    "四个",
    "“四个区”",
    "三大",
    "第二季度",
    "2020年",
    "年底前",
    "12月底前",
    "长期坚持",
    "以上",
    "%",
    "万吨",
    "到2025年",
    "下降",
    "第十",
    "十三五",
    "（",
    "）",
    "：",
)


def inserted(t: str, r: random.Random) -> str:
    out = list(t)
    for _ in range(max(1, len(t) // 300)):
        out.insert(r.randrange(len(out) + 1), r.choice(PIECES))
    return "".join(out)


def compound(t: str, r: random.Random) -> str:
    """Two or three kinds of damage at once, as a badly converted file has them."""
    for f in r.sample([f for f in MUTATIONS.values() if f is not compound], r.randint(2, 3)):
        t = f(t, r)
    return t


def duplicated(t: str, r: random.Random) -> str:
    out = list(t)
    for _ in range(max(1, len(t) // 200)):
        at = r.randrange(len(out) + 1)
        if out:
            out.insert(at, out[min(at, len(out) - 1)] * r.randint(1, 4))
    return "".join(out)


def joined(t: str, r: random.Random) -> str:
    return t.replace("\r", "").replace("\n", "")


def pipes_tabs(t: str, r: random.Random) -> str:
    return t.replace("|", "\t")


def pipes_spaces(t: str, r: random.Random) -> str:
    return t.replace("|", "  ")


MUTATIONS: dict[str, Callable[[str, random.Random], str]] = {
    f.__name__: f
    for f in (
        sliced,
        shuffled,
        no_space,
        double_space,
        to_full,
        to_half,
        width_mixed,
        traditional,
        ascii_stops,
        no_brackets,
        unbalanced,
        numerals_swapped,
        odd_digits,
        inserted,
        duplicated,
        joined,
        pipes_tabs,
        pipes_spaces,
        compound,
    )
}


# ---- checks ---------------------------------------------------------------------------------------------


class Hang(Exception):
    """An extraction cut at three times its time limit."""


def time_limit(text: str) -> float:
    """10 s for 20 KB, proportionally, never under 3 s."""
    return max(3.0, 10.0 * len(text) / 20_000)


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang


def _bare(s: str) -> str:
    return re.sub(r"\s", "", s)


def contract_errors(x: Extraction, text: str) -> list[str]:
    """What the scorer's contract forbids in this extraction (shared/eval/README.md)."""
    bad: list[str] = []
    n = len(text)
    for t in x.tasks:
        s = t.span
        if not 0 <= s.start <= s.end <= n:
            bad.append(f"task span {s.start}-{s.end} outside 0-{n}")
        elif not _bare(text[s.start : s.end]):
            bad.append("task span covers no text")
        if not t.text.strip():
            bad.append("empty task text")
        for u in t.units:
            if not u.mention.strip():
                bad.append("empty unit mention")
            if u.role not in ROLES:
                bad.append(f"role {u.role!r}")
            if u.span and not 0 <= u.span.start <= u.span.end <= n:
                bad.append("unit span outside the text")
    for g in x.targets:
        if not 0 <= g.span.start <= g.span.end <= n:
            bad.append(f"target span {g.span.start}-{g.span.end} outside 0-{n}")
        elif _bare(g.text) not in _bare(text[g.span.start : g.span.end]):
            bad.append("target text not within text[start:end]")
    return bad


def where(exc: BaseException) -> str:
    """The innermost frame of the project's own code (not the standard library's) that raised."""
    frames = [
        f
        for f in traceback.extract_tb(exc.__traceback__)
        if "/.venv/" not in f.filename and "/lib/python" not in f.filename
    ]
    f = frames[-1] if frames else traceback.extract_tb(exc.__traceback__)[-1]
    name = str(Path(f.filename).relative_to(ROOT)) if f.filename.startswith(str(ROOT)) else f.filename
    return f"{name}:{f.lineno} {f.name}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--budget", type=float, default=600.0, help="seconds for the whole run")
    ap.add_argument("--rounds", type=int, default=2, help="variants of each mutation per file")
    ap.add_argument("--cli", type=int, default=3, help="damaged texts also run through polkg extract")
    ap.add_argument("--private", action="store_true", help="also tests/blind (names only)")
    ap.add_argument("--only", default="", help="comma-separated mutation names")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    pipe = Pipeline()
    signal.signal(signal.SIGALRM, _alarm)
    files = [(p, False) for p in public_texts()] + ([(p, True) for p in private_texts()] if args.private else [])
    names = [m for m in args.only.split(",") if m] or list(MUTATIONS)
    jobs = [(p, priv, "original", 0) for p, priv in files]
    damage = [(p, priv, m, k) for k in range(args.rounds) for m in names for p, priv in files]
    rng.shuffle(damage)  # under a short budget every mutation still gets its share of files
    jobs += damage
    start = time.monotonic()
    failures: dict[str, tuple[str, int]] = {}  # signature -> (first example, count)
    slow: list[tuple[float, str]] = []
    cli_samples: list[tuple[str, str]] = []
    runs = refused = tasks = 0
    for path, private, mut, k in jobs:
        if time.monotonic() - start > args.budget:
            break
        text = path.read_text(encoding="utf-8", errors="replace")
        seeded = random.Random(f"{args.seed}:{path.name}:{mut}:{k}")
        damaged = text if mut == "original" else MUTATIONS[mut](text, seeded)
        label = f"{path.name}[{mut}#{k}]"
        limit = time_limit(damaged)
        signal.setitimer(signal.ITIMER_REAL, 3 * limit)
        t0 = time.perf_counter()
        sig = None
        try:
            x = pipe.extract_text(damaged, path.stem)
            tasks += len(x.tasks)
            bad = contract_errors(x, damaged)
            if bad:
                sig = f"contract: {bad[0]}"
        except Hang:
            sig = f"hang over {3 * limit:.0f}s"
        except PolkgError:
            refused += 1  # a clear refusal is allowed
        except Exception as exc:  # a fuzz harness reports every exception
            sig = f"{type(exc).__name__} at {where(exc)}" + ("" if private else f": {str(exc)[:60]}")
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        took = time.perf_counter() - t0
        runs += 1
        if took > limit and sig is None:
            slow.append((took, f"{label} {len(damaged)} chars"))
        if sig:
            first, n = failures.get(sig, (label, 0))
            failures[sig] = (first, n + 1)
        if not private and mut != "original" and len(cli_samples) < args.cli and rng.random() < 0.05:
            cli_samples.append((label, damaged))
    spent = time.monotonic() - start
    print(
        f"fuzz_extract: seed {args.seed}, {runs} extractions of {len(files)} files "
        f"({len(jobs)} planned) in {spent:.0f}s: {tasks} tasks read, {refused} refused (polkg error), "
        f"{len(failures)} distinct failures, {len(slow)} slow"
    )
    for sig, (first, n) in sorted(failures.items()):
        print(f"FAIL {n:4d}x {sig}  (first: {first})")
    for took, label in sorted(slow, reverse=True)[:20]:
        print(f"SLOW {took:6.1f}s {label}")
    cli_bad = run_cli(cli_samples)
    return 1 if failures or slow or cli_bad else 0


def run_cli(samples: list[tuple[str, str]]) -> int:
    """The damaged texts through ``polkg extract`` as a user runs it: no traceback, stdout all JSON lines."""
    if not samples:
        return 0
    bad = 0
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for i, (_, text) in enumerate(samples):
            p = Path(d) / f"fuzz{i}.txt"
            p.write_text(text, encoding="utf-8")
            paths.append(str(p))
        exe = str(Path(sys.executable).parent / "polkg")
        r = subprocess.run([exe, "extract", *paths], capture_output=True, text=True, timeout=600)
        if "Traceback" in r.stderr or (r.returncode and "polkg: error:" not in r.stderr):
            bad = 1
            print(f"CLI FAIL exit {r.returncode}: {r.stderr.strip().splitlines()[-1:]}  ({[s[0] for s in samples]})")
    print(f"cli: {len(samples)} damaged files through polkg extract, {'failed' if bad else 'ok'}")
    return bad


if __name__ == "__main__":
    raise SystemExit(main())
