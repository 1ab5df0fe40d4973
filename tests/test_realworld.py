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

#: measured over the 205 documents when set (main f9df210): task recall 0.955 x unit-role F1 0.875 = 0.836, assist
#: F1 0.894, target recall 0.910, deadline accuracy 0.797, leaders recall 0.719, divisions recall 0.581. The 23 added
#: last (12 `hv_` written for development, 11 `hz7_` released from hold-out 7 after its blind score) brought the
#: figures down from the 182's 0.850, deadline accuracy 0.883, target recall 0.940, divisions 1.0: fresh plans are
#: still read worse than the ones the rules were written against. History: over the 172 of the stop before, 0.854
#: (0.726 with be797b3, the code of the stop before that). With tables7 (tables closed cell by cell by ``|``, short
#: rows placed by content with merged cells filled down, 责任处室 tables, labels broken over lines): task recall
#: 0.964 x unit-role F1 0.885 = 0.853, leaders recall 0.737, divisions recall 0.968, canonical 0.878.
#: With 13 more (`hu_`, written for development: 河湖长 lists, 网格 and township duties, unit headings above duties)
#: and fields7 (deadline and target forms from 37 more real plans), over the 218 at 5c8a2fa: task recall 0.961 x
#: unit-role F1 0.870 = 0.836, assist 0.890, target recall 0.906, deadline accuracy 0.783, leaders recall 0.661,
#: divisions 0.968, canonical 0.911; tags 0.837, 0.817, 0.652. With prose7 (units named in running text): task recall
#: 0.967 x unit-role F1 0.905 (P 0.941, R 0.871) = 0.875, leaders recall 0.668, deadline accuracy 0.785. With diag7
#: (the general defects the 23 of 72fae34 exposed: phrases that are no unit, unit headings of any organ and
#: without a marker, label|value cells, conventions declared in a bracket, responsibility letters, 等有关部门
#: dropped as ANNOTATION.md keys it, notices ending at their signature, the body a notice sets up): task recall
#: 0.969 x unit-role F1 0.924 (P 0.959, R 0.891) = 0.895, assist 0.910, leaders recall 0.694, divisions 1.0,
#: deadline accuracy 0.780 (the tasks newly found are the harder ones to date); over the 23 alone 1.0 x 0.929.
#: With tables8 on top (a column of unit cells over long cells, unit cells opening their rows, names broken over
#: lines, box-drawn rows and headers over two lines, chiefs lists, HTML on one line, a site's unit on its heading,
#: an opened row's amount and progress cells): task recall 0.979 x unit-role F1 0.940 (P 0.975, R 0.908) = 0.921,
#: assist 0.941, leaders recall 0.739, divisions 1.0, deadline accuracy 0.808, topics 0.874 (tables8 alone over
#: prose7: 0.875 → 0.902).
#: With leaders8 (heads named in a sentence, river chiefs' lists, posts opening a clause or heading a post's duties,
#: ranks and 同志 set aside, a post in brackets after a unit): leaders recall 0.918 (P 0.974), the rest unchanged.
#: 2026-12-01: 25 fresh plans added (hz8_ share B, released from hold-out 8 after scoring it blind, and 15 hw_ of dev
#: round 9), never developed against: over the 243 with 6399047 task recall 0.976 x unit-role F1 0.914 = 0.892
#: (the 15 hw_ alone 0.509, deadline 0.364, canonical 0.500), assist 0.929, target recall 0.901, leaders recall
#: 0.887, deadline accuracy 0.887, canonical 0.883. With 36 hq_ more (dev round 10: meeting minutes, 政府工作报告
#: 分工, 督查通报, township news; alone 0.536), over the 279: task recall 0.973 x unit-role F1 0.893 = 0.869, assist
#: 0.908, target recall 0.899, leaders recall 0.877, deadline accuracy 0.857, canonical 0.872. The bars below are set
#: just under these. After this stop's reader rounds (segment, prose, tables, scope, groups, fields, names) and with
#: hold-out 9's 20 plans released into the set (they score 0.625 at 77ee161, read before any rule was fitted to
#: them), over the 299 at 2565609: task recall 0.986 x unit-role F1 0.932 = 0.919, assist 0.921, target recall
#: 0.941, leaders recall 0.927, deadline accuracy 0.925, canonical 0.898; tags 0.898, 0.788, 0.673. With hold-out
#: 9's plans developed against (diag9a/b) and 24 more fresh plans (hd_, dev round 11: 0.511 and 0.453 for its two
#: halves before diag11a/b), over the 323 at 653e605: task recall 0.989 x unit-role F1 0.931 = 0.921, assist 0.910,
#: target recall 0.932, leaders recall 0.917, deadline accuracy 0.919, canonical 0.898; tags 0.908, 0.786, 0.658.
#: With 32 fresh he_ plans (dev round 12; 0.728 alone with the start code, read before any rule saw them), over the
#: 355 at 7e09b16: task recall 0.986 x unit-role F1 0.919 = 0.906, assist 0.900, target recall 0.925, leaders
#: recall 0.901, deadline accuracy 0.904, canonical 0.893; tags 0.894, 0.786, 0.637. After the day's general reader
#: work (written duties in every clause position, the bracket and prose loaders retired into the engine, closing
#: marks in all forms, unit boundaries and false units, items run together), over the 355 at 7a9ec52: task recall
#: 0.988 x unit-role F1 0.938 (P 0.970, R 0.908) = 0.926, assist 0.925, target recall 0.930, leaders recall 0.901,
#: deadline accuracy 0.912, canonical 0.901; tags 0.924, 0.815, 0.660. Hold-out 11's 26 plans released into this set
#: after their blind score (0.543 at ae1d577: meeting reports and news relays read near 0), over the 381 at ae1d577:
#: task recall 0.980 x unit-role F1 0.918 (P 0.943, R 0.895) = 0.900, assist 0.909, target recall 0.925, leaders
#: recall 0.905, deadline accuracy 0.909, canonical 0.884; tags 0.870, 0.623, 0.645. With 61 fresh hf_ plans (dev
#: round 13: mostly meeting reports, news relays, notices; 0.611 alone with the start code, read before any rule saw
#: them), over the 442 at d9b7e37: task recall 0.980 x unit-role F1 0.896 (P 0.925, R 0.869) = 0.878, assist 0.896,
#: target recall 0.887, leaders recall 0.864, deadline accuracy 0.893, canonical 0.875; tags 0.839, 0.562, 0.617.
#: After tags2, canon, dates and groups (meeting narrative is no actor, group subjects, 一是/二是 points) and two
#: keys' anchors brought within the contract (text without the unit bracket), over the 442 at 9c233be: task recall
#: 0.986 x unit-role F1 0.918 (P 0.950, R 0.889) = 0.906, assist 0.918, target recall 0.910, leaders recall 0.864,
#: deadline accuracy 0.932, canonical 0.893; tags 0.880, 0.742, 0.658. With prose2 (false names cut inside posts and
#: roads, subjects set off by a comma, charged groups, 承担…责任 runs, 甲方/乙方), over the 442 at 148746a: task recall
#: 0.987 x unit-role F1 0.928 (P 0.958, R 0.899) = 0.916, assist 0.927, leaders recall 0.880. Bars set just under.
MIN_SCORE = 0.91  # task recall x unit-role F1; goal 0.90
MIN_ASSIST_F1 = 0.92  # goal 0.85 (reached)
MIN_TARGET_RECALL = 0.905  # goal 0.85 (reached)
MIN_DEADLINE_ACC = 0.925
MIN_LEADERS_RECALL = 0.875  # leaders recall (people and posts: heads lists, river chiefs, posts opening a clause)
MIN_DIVISIONS_RECALL = 0.99  # internal divisions (厅内分工, 责任处室) recall
#: canonical names (issue 9; goal 0.95): 0.875 over the 205 at f9df210 (0.903 over the 182, 0.831 over the 172 with
#: be797b3). About 35 of the wrong ones are in excerpts that never name their place (平利, 铜梁, 保康, 会昌 …):
#: nothing in the text can give 县交通局 its county there. 0.909 with names7 (交通运输局 after the 2009–2010 reform,
#: per-province names, committees a plan sets up, townships by their short names, a page's 来源, abbreviations inside
#: names …): 47 of its 75 wrong ones are in documents that never name their place (or only its city, or a name two
#: places share), so 0.943 is the ceiling; over the mentions of documents that name their place, 0.964.
#: 0.911 over the 218 at 5c8a2fa (851 of the 978 key mentions found). With prose7 the reader finds 901: about 40 more
#: resolve right and a dozen wrong (a news relay's national ministries, 2013 Beijing's 市交通/环保部门, 县供销社 …),
#: so the share is 0.901 though more are right. With diag7 it finds 909 (0.897): the new ones are mostly in excerpts
#: that never name their place (平利's 县气象局, 县委党校) or bodies a plan sets up (交管办, 领导小组).
#: 0.903 with names9 over the 920 found (0.896 before): a person's name (责任人：王西宁) votes for no place, 自治区 in
#: an issuer is the autonomous region the text names, a body a notice sets up is named by its short name (交管办), a
#: committee one plan named is no other plan's, a news lead names its plan's issuer (国务院办公厅日前印发《…》),
#: 北京's 交通 is its 交通委员会. Of the 89 wrong left, 61 are in documents that never name their place (or only
#: its province, or a township without its county): the honest ceiling is about 0.934; the rest are companies'
#: short names (国兴集团), plans with no year (2008 顺义's 区建委), zones as a plan's place (杨凌示范区).
#: 0.889 over the 355 with prose's written duties (1,160 found, 6 more: 5 of them are 省厅, 区委组织部 … in plans that
#: never name their place)
MIN_CANONICAL_ACC = 0.885  # 0.903 with names (jurisdiction clues, 县 never 区); 0.901 at 7a9ec52; 0.893 over the 442
#: tags (topics, rivers, regions) F1 over the 205 at f9df210: 0.843, 0.817, 0.650 (0.863, 0.810, 0.685 over the 182)
#: regions 0.659 over the 323 on main at 024cdd2 (the 24 hd_ plans: 城六区, X片区 and streets no gazetteer holds)
MIN_TAG_F1 = {"topics": 0.875, "rivers": 0.735, "regions": 0.65}  # 0.880, 0.742, 0.658 over the 442 at 9c233be


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
