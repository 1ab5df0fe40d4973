"""Every canned query's answer on the real corpus, run on the embedded FalkorDB store."""

from __future__ import annotations

import re
from typing import Any

import pytest

from polkg import api
from polkg.errors import PolkgError
from polkg.graph.store import Store
from polkg.queries import library
from tests.conftest import ROOT

PROVINCIAL_EPB = "四川省环境保护厅"
DISTRICT_EPB = "乐山市市中区生态环境局"
CYPHER = ROOT / "cypher"


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


# ---------------------------------------------------------------- issue 12: the defects found by checking by hand


def test_counterparts_follow_counterpart_of_edges(graph: Store) -> None:
    rows = run(graph, "counterparts")  # 四川省生态环境厅
    assert {(r["counterpart"], r["level"]) for r in rows} == {
        (DISTRICT_EPB, "district"), ("生态环境部", "national"), ("环境保护部", "national")}
    assert PROVINCIAL_EPB not in {r["counterpart"] for r in rows}  # its own predecessor is not a counterpart
    rows = run(graph, "counterparts", unit="省质监局")
    assert rows and all(r["level"] != "province" for r in rows)  # no units of its own level
    assert {r["counterpart"] for r in rows} == {"乐山市市中区市场监督管理局"}


def tasks_starting(graph: Store, start: str) -> list[str]:
    rows = graph.query("MATCH (t:Task) WHERE t.text STARTS WITH $s RETURN t.id", {"s": start}).rows
    return [r[0] for r in rows]


def test_a_headings_topic_reaches_its_items_marked_inherited(graph: Store) -> None:
    # 004:31 「（四）强化挥发性有机物综合治理」 heads 004:33 and 004:34, which do not say VOCs themselves
    items = tasks_starting(graph, "加大油品油气排放治理") + tasks_starting(graph, "持续开展油气回收专项检查")
    assert len(items) == 2
    about = graph.query("MATCH (t:Task)-[a:ABOUT]->(:Topic {key: 'VOCs'}) WHERE t.id IN $ids "
                        "RETURN t.id, a.inherited, a.heading", {"ids": items}).rows
    assert sorted(about) == sorted([i, True, "（四）强化挥发性有机物综合治理"] for i in items)
    led = {i for r in run(graph, "vocs-leads") for i in r["task_ids"]}
    assert set(items) <= led
    overview = [r for r in run(graph, "topic-overview") if r["topic"] == "VOCs" and r["level"] == "district"]
    assert set(items) <= {i for r in overview for i in r["task_ids"]}
    assert sum(r["from_heading"] for r in overview) >= 2
    district_vocs = sum(r["tasks"] for r in overview)  # a provincial VOCs task's district counterparts: all of them
    assert {r["district_tasks"] for r in run(graph, "cascade", topic="VOCs")} == {district_vocs}
    own = tasks_starting(graph, "（四）强化挥发性有机物综合治理。开展工业VOCs达标排放整治")  # 004:32 opens the section
    assert graph.query("MATCH (t:Task {id: $i})-[a:ABOUT]->(:Topic {key: 'VOCs'}) RETURN a.inherited",
                       {"i": own[0]}).rows == [[False]]


def test_basin_tasks_read_a_list_of_rivers_as_rivers_and_match_aliases(graph: Store) -> None:
    # 000:188 集中综合整治德阳市绵远河、石亭江、鸭子河、青白江，成都市毗河 … : 青白江 is the river here
    (task,) = tasks_starting(graph, "集中综合整治德阳市绵远河")
    waters = {r["water_body"] for r in run(graph, "basin-tasks", river="沱江") if r["task_id"] == task}
    assert {"绵远河", "石亭江", "鸭子河", "青白江", "毗河"} <= waters
    places = graph.query("MATCH (t:Task {id: $t})-[:MENTIONS]->(r:Region) RETURN r.name", {"t": task}).rows
    assert ["成都市青白江区"] not in places
    by_alias = run(graph, "basin-tasks", river="府南河")  # 府南河 is listed as an alias of 府河
    assert by_alias and by_alias == run(graph, "basin-tasks", river="府河")


def test_orphan_summary_columns_partition_the_tasks(graph: Store) -> None:
    rows = run(graph, "orphan-summary")
    for r in rows:
        assert r["no_unit"] + r["unknown"] + r["no_lead"] + r["with_lead"] == r["tasks"], r["document"]
    (report,) = [r for r in rows if r["document"].endswith("调度表")]  # 002: 25 rows with an empty lead cell
    assert (report["tasks"], report["unknown"], report["no_lead"]) == (111, 25, 0)


def test_citations_name_each_document_once_and_only_documents(graph: Store) -> None:
    rows = run(graph, "citations")
    for r in rows:
        assert r["citing"].replace("(", "（").replace(")", "）") != (r["cited"] or "").replace("(", "（").replace(
            ")", "）"), "a plan does not cite itself"
    cited = [r["cited"] or "" for r in rows]
    assert not [c for c in cited if c.endswith(("证", "志")) or c in ("蓝天保卫战四川在行动", "牵手环保共享绿色")]
    report = [r for r in rows if r["citing"].endswith("调度表")]
    assert len([r for r in report if "厅内分工方案" in (r["cited"] or "")]) == 1
    assert [r["number"] for r in report if "厅内分工方案" in (r["cited"] or "")] == ["川环办发〔2016〕144号"]
    assert "环保法" not in cited and len([r for r in report if r["cited"] == "环境保护法"]) == 1
    plan_2018 = [r["cited"] for r in rows if r["citing"].startswith("四川省蓝天保卫战2018年作战计划")]
    assert not [c for c in plan_2018 if c and c.startswith("四川省蓝天保卫战2018年作战计划")]


def test_progress_goes_to_the_rows_single_responsible_division(graph: Store) -> None:
    # 002:80 省安全监管局 | 赵乐晨 | 大气处 | 配合推进燃煤锅炉淘汰工作，累计淘汰燃煤小锅炉 2400 余台。
    (task,) = tasks_starting(graph, "实施压减煤炭消费总量工程")
    rows = graph.query("MATCH (t:Task {id: $t})-[:HAS_PROGRESS]->(p:Progress)<-[:REPORTED]-(u:Unit) "
                       "RETURN u.name, p.text", {"t": task}).rows
    assert [r[0] for r in rows] == ["四川省环境保护厅大气处"]
    divisions = {r["division"]: r["statements"] for r in run(graph, "progress-by-division")}
    assert divisions.get("(not attributed)", 0) <= 5 and sum(divisions.values()) == 137


def test_string_functions_count_characters(graph: Store) -> None:
    texts = dict(graph.query("MATCH (t:Task) RETURN t.id, t.text").rows)
    got = graph.query("MATCH (t:Task) RETURN t.id, substring(t.text, 0, 50), left(t.text, 50), "
                      "substring(t.text, 40), substring(t.text, 60, 3)").rows
    assert len(got) == len(texts)
    for tid, sub, left, tail, past in got:
        text = texts[tid]
        assert (sub, left, tail, past) == (text[:50], text[:50], text[40:], text[60:63]), tid
    assert graph.query("MATCH (t:Task) RETURN substring(t.text, 0, 50)").columns == [
        "substring(t.text, 0, 50)"]


def test_task_spans_hold_the_words_only(pipeline) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import CORPUS

    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8-sig")
        for t in pipeline.extract_file(path).tasks:
            span = text[t.span.start : t.span.end]
            assert "\t" not in span, (path.name, span[:40])  # never into the neighbouring cell (002:43, 002:153)
            assert not span.startswith(("<p>", "</p>")) and not span.endswith(("<p>", "</p>")), (path.name, span[:40])


def browser_params(query: library.Query) -> list[str]:
    """The ``// :param name => value`` lines of a query's header, to paste into Neo4j Browser before the query:
    the default of each parameter, or for a required one the value of the query's first example using it."""
    out = []
    for p in query.params:
        value = p.default
        if value is None:
            value = next(m.group(1) for ex in query.examples
                         if (m := re.search(rf"--param {p.name}=(\S+)", ex)))
        literal = value if p.type == "int" else "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
        out.append(f"// :param {p.name} => {literal}")
    return out


def write_browser_params() -> None:
    """Rewrites the ``// :param`` lines of every file in cypher/ (run after changing a header's parameters:
    ``.venv/bin/python -c 'from tests.test_queries import write_browser_params as w; w()'``)."""
    for path in sorted(CYPHER.glob("*.cypher")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("// :param")]
        query = library.parse(path.stem, "\n".join(lines))
        at = max(i for i, line in enumerate(lines) if line.startswith(("// param:", "// answers:", "// title:"))) + 1
        path.write_text("\n".join(lines[:at] + browser_params(query) + lines[at:]) + "\n", encoding="utf-8")


def test_every_query_header_has_its_browser_params() -> None:
    for name, query in library.load_all().items():
        lines = (CYPHER / f"{name}.cypher").read_text(encoding="utf-8").splitlines()
        assert [line for line in lines if line.startswith("// :param")] == browser_params(query), name


def test_at_least_three_queries_draw_a_graph_in_browser(graph: Store) -> None:
    """Browser draws nodes, relationships and paths; these queries return one per row."""
    drawn = []
    for name in ("counterparts", "citations", "unit-portfolio"):
        rows = api.run_query(graph, name).rows
        assert rows and all(isinstance(r[-1], list) and r[-1] and "_labels" in r[-1][0] for r in rows), name
        drawn.append(name)
    assert len(drawn) >= 3


#: rows about a whole document (a count per plan, a citation, a target) cite it by title and year, not by task
DOCUMENT_LEVEL = {"orphan-summary", "citations", "target-timeline"}


def test_every_row_can_be_cited(graph: Store) -> None:
    """Each row names its document with its year (or lists the documents as "title (year)") and the task(s) it
    rests on by id, which ``polkg show`` expands."""
    for name, query in library.load_all().items():
        params = {p.name: (p.default or next(m.group(1) for ex in query.examples
                                             if (m := re.search(rf"--param {p.name}=(\S+)", ex))))
                  for p in query.params}
        if name == "task-source":  # its example id is a made-up one
            params["id"] = tasks_starting(graph, "开展工业炉窑污染整治")[0]
        result = api.run_query(graph, name, params)
        cols = set(result.columns)
        assert result.rows, name
        assert {"year", "document_year", "cited_in", "documents"} & cols, f"{name}: no document year"
        if name not in DOCUMENT_LEVEL:
            assert {"task_id", "task_ids", "led_task_ids", "example_task_id", "id"} & cols, f"{name}: no task id"
