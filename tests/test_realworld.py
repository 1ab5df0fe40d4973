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

#: measured over the 172 documents when set (67 development documents + 24, 20, 13 and 25 released from four
#: blind hold-outs after their blind scores, 23 written for development): task recall 0.931 x unit-role F1
#: 0.843 = 0.785, assist F1 0.822, target recall 0.921, deadline accuracy 0.892, leaders recall 0.681. Over the
#: 147 documents before the fourth hold-out's last 25: 0.813 (0.756 before this round's table, prose,
#: jurisdiction, names and tagger work), deadline accuracy 0.941 (0.768), leaders 0.721 (0.596), divisions 1.0 (0)
#: After the marks work on the 25 released plans (主办/协办, '…，由X牵头，Y配合。', 有N项由X牵头, a unit line above its
#: 负责 duties, 会同 partners, 分号前为牵头单位, 组长 lines): 0.931 x 0.878 = 0.818, assist F1 0.867, leaders 0.736.
#: After the tables2 round on top of it (cell-per-line pipe tables, 项目名称 rows, unit-before-duty rows, bare groups
#: before a role verb, a bracket plan declaring a convention, lists of measures, indicator cells): 0.950 x 0.897 =
#: 0.852, assist F1 0.889, deadline accuracy 0.926.
MIN_SCORE = 0.85  # task recall x unit-role F1; goal 0.90
MIN_ASSIST_F1 = 0.885  # goal 0.85
MIN_TARGET_RECALL = 0.97  # measured 0.977 (targets3: counts of times/events/people, 重点工作 year)
MIN_DEADLINE_ACC = 0.92
MIN_LEADERS_RECALL = 0.73  # leaders (people answering for a task) recall
MIN_DIVISIONS_RECALL = 0.99  # internal divisions (厅内分工, 责任处室) recall
#: canonical names (issue 9; goal 0.95): over the 147 documents 0.842 before this round, 0.893 after it; 0.883
#: over the 172 (684 of 826 gold mentions found), 0.914 after county short names, township notices, national
#: offices, zones of state standing and contracted names. About 35 of the wrong ones are in excerpts that never
#: name their place (平利, 铜梁, 保康, 会昌 …): nothing in the text can give 县交通局 its county there.
MIN_CANONICAL_ACC = 0.91
#: tags (topics, rivers, regions) F1: 0.849, 0.892, 0.672 (0.688, 0.839, 0.617 before topics only where named,
#: one-line plans read item by item, unlisted townships and water bodies, and places in datelines, titles and
#: organisations dropped; rivers 0.118, regions 0.412 before the national rivers)
MIN_TAG_F1 = {"topics": 0.845, "rivers": 0.885, "regions": 0.685}  # regions 0.691 after the tables2 round


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
