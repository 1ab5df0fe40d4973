"""The real pipeline on the real-world development corpus (``tests/realworld/``), scored by the shared scorer.

Every ``tests/realworld/<stem>.txt`` that has a hand-written ``<stem>.tasks.jsonl`` is extracted exactly as
``polkg extract`` would, and ``../shared/eval/evaluate.py`` (beside the clone, as in CI) scores it. The bars
are a ratchet just below the figures measured when they were set; raise them as the reader improves.

The goal (issue 8) is: task recall × unit-role F1 >= 0.90, assist F1 >= 0.85, target recall >= 0.85.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from polkg.contract import lines
from polkg.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
REALWORLD = ROOT / "tests" / "realworld"
#: ../shared beside the clone (CI, /work/main); a git worktree one level deeper looks one level up
_CANDIDATES = [base / "shared" / "eval" / "evaluate.py" for base in (ROOT.parent, ROOT.parent.parent)]
SCORER = next((p for p in _CANDIDATES if p.exists()), _CANDIDATES[0])

#: measured over the 182 documents when set (67 development documents + 24, 20, 13, 25 and 10 released from five
#: blind hold-outs after their blind scores, 23 written for development; main 1d11704): task recall 0.953 x
#: unit-role F1 0.891 = 0.849, assist F1 0.896, target recall 0.940, deadline accuracy 0.869, leaders recall 0.718,
#: divisions 1.0. Over the 172 before the fifth hold-out's 10 joined: 0.854 (0.726 with be797b3, the code of the
#: stop before: the table, prose, jurisdiction, names, tagger and targets rounds of the next stop), deadline
#: accuracy 0.934 (0.744), target recall 0.977 (0.921), leaders 0.736 (0.562), divisions 1.0 (0).
MIN_SCORE = 0.848  # task recall x unit-role F1; goal 0.90
MIN_ASSIST_F1 = 0.893  # goal 0.85 (reached)
MIN_TARGET_RECALL = 0.935  # goal 0.85 (reached)
MIN_DEADLINE_ACC = 0.878  # 0.883 with tables4 (a 任务目标 line opening with a year dates its project)
MIN_LEADERS_RECALL = 0.74  # leaders recall; 0.744 with prose5 (州长, 副X, 是/为 posts) and tables5 (no yes/no names)
MIN_DIVISIONS_RECALL = 0.99  # internal divisions (厅内分工, 责任处室) recall
#: canonical names (issue 9; goal 0.95): 0.831 over the 172 documents with be797b3, 0.914 at 1d11704; 0.904 over
#: the 182. About 35 of the wrong ones are in excerpts that never name their place (平利, 铜梁, 保康, 会昌 …):
#: nothing in the text can give 县交通局 its county there. 0.917 with names7 (交通运输局 after the 2009–2010 reform,
#: per-province names, committees a plan sets up, a county's bare 管委会, 崇川 named by its zone): 40 of the 64
#: wrong ones are in documents that never name their place (or name only its city), so 0.948 is the ceiling (0.913
#: with five documents of a sixth hold-out being keyed, one of them 房县's without its name).
MIN_CANONICAL_ACC = 0.91
#: tags (topics, rivers, regions) F1 over the 182: 0.863, 0.810, 0.685 (over the 172: 0.849, 0.892, 0.696; with
#: be797b3 0.678, 0.839, 0.587)
MIN_TAG_F1 = {"topics": 0.86, "rivers": 0.805, "regions": 0.68}


def scorer() -> ModuleType:
    if not SCORER.exists():
        pytest.skip(f"the shared scorer is not beside the clone ({SCORER})")
    spec = importlib.util.spec_from_file_location("polkg_shared_evaluate", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def result(pipeline: Pipeline) -> dict[str, Any]:
    docs = sorted(p for p in REALWORLD.glob("*.txt") if p.with_suffix(".tasks.jsonl").exists())
    if not docs:
        pytest.skip("no real-world documents with answer keys in tests/realworld/")
    ev = scorer()
    pred = [json.loads(line) for p in docs for line in lines(pipeline.extract_file(p))]
    stems = {p.stem for p in docs}
    gold = [g for g in ev.load_jsonl(ev.gold_files([str(REALWORLD)], ".tasks.jsonl")) if g["doc"] in stems]
    targets = [g for g in ev.load_jsonl(ev.gold_files([str(REALWORLD)], ".targets.jsonl")) if g["doc"] in stems]
    canon = [g for g in ev.load_jsonl(ev.gold_files([str(REALWORLD)], ".canon.jsonl")) if g["doc"] in stems]
    out: dict[str, Any] = ev.evaluate(gold, targets, pred, canon)
    return out


def test_obligations_found_with_their_units(result: dict[str, Any]) -> None:
    score = result["task_recall"] * result["unit-role"]["f1"]
    assert score >= MIN_SCORE, (score, result["per_doc_task_recall"])


def test_assisting_units(result: dict[str, Any]) -> None:
    assert result["assist"]["f1"] >= MIN_ASSIST_F1


def test_targets(result: dict[str, Any]) -> None:
    assert result["target_recall"] >= MIN_TARGET_RECALL


def test_deadlines(result: dict[str, Any]) -> None:
    assert result["deadline_acc"] >= MIN_DEADLINE_ACC


def test_leaders(result: dict[str, Any]) -> None:
    assert result["leaders"]["r"] >= MIN_LEADERS_RECALL


def test_divisions(result: dict[str, Any]) -> None:
    assert result["divisions"]["r"] >= MIN_DIVISIONS_RECALL


def test_canonical_names(result: dict[str, Any]) -> None:
    """Each unit mention resolves to its one full official name (issue 9; goal 0.95)."""
    canon = result["canonical"]
    assert canon["acc"] >= MIN_CANONICAL_ACC, canon["wrong"]


def test_tags(result: dict[str, Any]) -> None:
    low = {k: result[k] for k, bar in MIN_TAG_F1.items() if result[k]["f1"] < bar}
    assert not low, low
