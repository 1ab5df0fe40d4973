"""Every canned query's answer on the real corpus, run on the embedded FalkorDB store."""

from __future__ import annotations

from typing import Any

import pytest

from polkg import api
from polkg.errors import PolkgError
from polkg.graph.store import Store
from polkg.queries import library

PROVINCIAL_EPB = "四川省环境保护厅"
DISTRICT_EPB = "乐山市市中区生态环境局"


def run(graph: Store, name: str, **params: Any) -> list[dict[str, Any]]:
    return api.run_query(graph, name, {k: str(v) for k, v in params.items()}).records()


def test_library_has_at_least_twelve_documented_queries() -> None:
    queries = library.load_all()
    assert len(queries) >= 12
    for q in queries.values():
        assert q.title and q.answers and q.examples, q.name
        assert all(ex.startswith(f"polkg query {q.name}") for ex in q.examples), q.name


def test_missing_and_unknown_parameters_are_clear_errors(graph: Store) -> None:
    with pytest.raises(PolkgError, match="needs --param text="):
        api.run_query(graph, "task-search")
    with pytest.raises(PolkgError, match="no parameter 'colour'"):
        api.run_query(graph, "vocs-leads", {"colour": "red"})
    with pytest.raises(PolkgError, match="no query named"):
        api.run_query(graph, "vocs-lead-typo")


def test_vocs_leads_names_provincial_and_district_leads_of_one_system(graph: Store) -> None:
    rows = run(graph, "vocs-leads")
    by_level: dict[str, set[str]] = {}
    for r in rows:
        by_level.setdefault(r["level"], set()).add(r["lead"])
    assert PROVINCIAL_EPB in by_level["province"]
    assert DISTRICT_EPB in by_level["district"]
    systems = {r["lead"]: r["system"] for r in rows}
    assert systems[PROVINCIAL_EPB] == systems[DISTRICT_EPB] == "生态环境"
    assert len({r["document"] for r in rows}) >= 4  # a table by document, not a single name
    written = {w for r in rows if r["lead"] == PROVINCIAL_EPB for w in r["written"]}
    assert "环境保护厅" in written
    assert {r["basis"] for r in rows} == {"named lead", "first listed, no lead named", "no unit named"}
    named = {(r["level"], r["lead"]) for r in rows if r["basis"] == "named lead"}
    assert {("province", PROVINCIAL_EPB), ("district", DISTRICT_EPB)} <= named


def test_lead_systems_puts_environment_first_across_levels(graph: Store) -> None:
    rows = run(graph, "lead-systems", topic="VOCs")
    assert rows[0]["system"] == "生态环境"
    assert set(rows[0]["levels"]) == {"province", "district"}


def test_unit_portfolio_spans_predecessor_and_successor(graph: Store) -> None:
    rows = run(graph, "unit-portfolio", unit="生态环境厅")
    units = {r["unit"] for r in rows}
    assert PROVINCIAL_EPB in units  # 2017 name, reached through SUCCEEDED_BY
    assert {r["year"] for r in rows} >= {2017, 2018}
    assert {r["role"] for r in rows} == {"lead", "responsible", "assist"}
    assert all(r["quote"] for r in rows)
    same = run(graph, "unit-portfolio", unit="省环保厅")  # an alias gives the same portfolio
    assert len(same) == len(rows)


def test_basin_tasks_include_tributaries(graph: Store) -> None:
    rows = run(graph, "basin-tasks", river="岷江")
    waters = {r["water_body"] for r in rows}
    assert {"府河", "大渡河", "青衣江", "岷江"} <= waters
    assert "长江" not in waters


def test_township_duties_reach_through_generic_groups(graph: Store) -> None:
    rows = run(graph, "township-duties", township="罗汉镇")
    how = {r["how"].split(":")[0] for r in rows}
    assert {"through group", "own unit"} <= how
    assert len(rows) >= 10


def test_orphans_are_findings(graph: Store) -> None:
    summary = {r["level"] + ":" + r["document"][:6]: r for r in run(graph, "orphan-summary")}
    prose = next(r for r in summary.values() if r["no_unit"] > 0)
    assert prose["no_unit"] >= 40  # the 2022–23 action plan names nobody for most of its clauses
    assert any(r["unknown"] > 0 for r in summary.values())  # merged cells of the progress table
    rows = run(graph, "orphan-tasks", limit=1000)
    assert {r["finding"] for r in rows} == {"no unit named", "unknown (merged cell)", "units but no lead"}


def test_most_loaded_unit_is_the_provincial_environment_department(graph: Store) -> None:
    rows = run(graph, "most-loaded", limit=5)
    assert rows[0]["unit"] == PROVINCIAL_EPB and rows[0]["leads"] >= 50
    assert rows == sorted(rows, key=lambda r: -r["leads"])


def test_co_responsibility_pairs(graph: Store) -> None:
    rows = run(graph, "co-responsibility", limit=5)
    assert rows[0]["shared_tasks"] >= 40
    assert DISTRICT_EPB in (rows[0]["unit_a"], rows[0]["unit_b"])
    assert not any("各" in r["unit_a"] + r["unit_b"] for r in rows)  # groups left out by default


def test_pm25_target_timeline_across_documents(graph: Store) -> None:
    rows = run(graph, "target-timeline", metric="PM2.5")
    years = [r["year"] for r in rows]
    assert years == sorted(years)
    assert {2018, 2020, 2023} <= set(years)
    assert {r["level"] for r in rows} == {"province", "district"}
    assert any(r["direction"] == "at_most" and r["value"] == 32 for r in rows)


def test_deadlines_window(graph: Store) -> None:
    rows = run(graph, "deadlines-window", **{"from": "2019-01-01", "to": "2019-06-30"})
    assert rows and all("2019-01-01" <= r["due"] <= "2019-06-30" for r in rows)
    assert any(r["deadline"].startswith("2019年6月") for r in rows)


def test_cascade_lists_provincial_tasks_with_their_district_counterparts(graph: Store) -> None:
    rows = run(graph, "cascade", topic="VOCs")
    assert rows and all(r["district_tasks"] > 0 for r in rows)
    every = run(graph, "cascade", topic="*")
    assert any(r["district_tasks"] == 0 for r in every)  # provincial tasks with no district counterpart
    assert every[0]["district_tasks"] == 0  # listed first


def test_progress_by_division(graph: Store) -> None:
    rows = run(graph, "progress-by-division", period="2017-Q2")
    divisions = {r["division"] for r in rows}
    assert {"四川省环境保护厅水处", "四川省环境保护厅大气处"} <= divisions
    assert sum(r["statements"] for r in rows) >= 100


def test_citations(graph: Store) -> None:
    rows = run(graph, "citations")
    numbers = {r["number"] for r in rows}
    assert {"川委厅〔2016〕92号", "川办发〔2017〕18号", "乐发改基础〔2018〕143号"} <= numbers


def test_counterparts_of_the_provincial_department(graph: Store) -> None:
    rows = run(graph, "counterparts", unit="环境保护厅")
    assert DISTRICT_EPB in {r["counterpart"] for r in rows if r["level"] == "district"}


def test_topic_overview(graph: Store) -> None:
    rows = run(graph, "topic-overview")
    vocs = [r for r in rows if r["topic"] == "VOCs"]
    assert {r["level"] for r in vocs} == {"province", "district"}


def test_task_search_gives_provenance(graph: Store) -> None:
    rows = run(graph, "task-search", text="工业炉窑")
    assert rows
    first = rows[0]
    assert first["file"].endswith(".txt") and first["end"] > first["start"]
    assert any(u == DISTRICT_EPB + " (lead)" for r in rows for u in r["units"])
