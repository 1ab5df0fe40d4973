"""No gold anchor text copied into the rules.

The real measure is a private set of plans the project never sees; a rule or vocabulary entry that
quotes one answer-key sentence fits that document and nothing else. Any 10-character piece of a gold
anchor found in the code or the vocabulary data is therefore a defect, unless it is standard
vocabulary (allow-listed below with the reason)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WINDOW = 10
CODE_DIRS = ("loaders", "nlp", "graph", "polkg")

# phrase -> why it is general wording rather than one document's text (pieces inside it are allowed)
ALLOWED: dict[str, str] = {
    "能源占一次能源消费比重": "national plan metric (non-fossil / clean energy share)",
    "生产总值二氧化碳排放": "national plan metric (carbon intensity)",
    "单位GDP二氧化碳排放": "national plan metric (carbon intensity, GDP form)",
    "单位地区生产总值能耗": "national plan metric (energy intensity)",
    "单位地区生产总值能源消耗": "national plan metric (energy intensity, its long form)",
    "城镇居民人均可支配收入": "statistical indicator of every development plan",
    "农村居民人均可支配收入": "statistical indicator of every development plan",
    "生产安全事故死亡人数": "standard work-safety indicator",
    "$PM_{2.5}$": "notation of a pollutant as plans typeset it",
    "VOC<sub>s</sub>": "notation of a pollutant as plans typeset it",
    "巡察工作领导小组办公室": "the standard name of every Party committee's inspection office",
    "受污染耕地安全利用率": "national soil-pollution indicator (土壤污染防治行动计划)",
    "打赢蓝天保卫战三年行动": "the State Council's 2018 national air programme, echoed by every level's plan",
}


def _shared_gold() -> Path | None:
    """The seed answer keys live beside the clone (../shared in CI, /work/shared for a worktree)."""
    for up in ROOT.parents[:2]:
        gold = up / "shared" / "eval" / "gold-dev"
        if gold.is_dir():
            return gold
    return None


def _anchors(dirs: list[Path]) -> set[str]:
    out: set[str] = set()
    for d in dirs:
        for f in sorted(d.glob("*.tasks.jsonl")):
            for line in f.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    anchor = json.loads(line).get("anchor") or ""
                    out.add("".join(anchor.split()))
    return out


def _windows(text: str) -> set[str]:
    return {text[i : i + WINDOW] for i in range(len(text) - WINDOW + 1)}


def _unallowed(line: str) -> str:
    """The line without whitespace, each allowed phrase cut out (a piece may not run across it)."""
    text = "".join(line.split())
    for phrase in ALLOWED:
        text = text.replace(phrase, "\n")
    return text


def _sources() -> list[Path]:
    files = [p for d in CODE_DIRS for p in sorted((ROOT / d).rglob("*.py"))]
    return files + sorted((ROOT / "data").glob("*.toml"))


def test_no_gold_anchor_text_in_rules() -> None:
    gold = _shared_gold()
    if gold is None:
        pytest.skip("shared gold-dev answer keys not beside the clone")
    pieces: set[str] = set()
    for anchor in _anchors([ROOT / "tests" / "realworld", ROOT / "tests" / "blind", gold]):
        pieces |= _windows(anchor)
    hits: list[str] = []
    for path in _sources():
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found = sorted(_windows(_unallowed(line)) & pieces)
            if found:
                hits.append(f"{path.relative_to(ROOT)}:{n}: {found[0]}")
    assert not hits, "gold anchor text in the rules:\n" + "\n".join(hits)
