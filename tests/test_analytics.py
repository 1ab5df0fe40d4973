"""The graph for notebooks: networkx export and round trip, typed results, DataFrames, analytics."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from polkg import api
from polkg.graph import analytics
from polkg.graph.store import Store


def test_to_networkx_keeps_every_edge(graph: Store) -> None:
    g = api.to_networkx(graph)
    stats = api.stats(graph)
    assert g.number_of_nodes() == graph.query("MATCH (n) RETURN count(n) AS n").rows[0][0]
    assert g.number_of_edges() == sum(stats["relationships"].values())
    leads = [(t, d) for _, t, d in g.edges(data=True) if d["type"] == "LEADS"]
    assert leads and all("role" in d and "quote" in g.nodes[t] and "document" in g.nodes[t] for t, d in leads)


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_export_round_trips_through_networkx(graph: Store, tmp_path: Path, fmt: str) -> None:
    g = api.to_networkx(graph)
    path = tmp_path / f"g.{fmt}"
    analytics.export(g, path, fmt)
    if fmt == "graphml":
        h = nx.read_graphml(path)
    elif fmt == "gexf":
        h = nx.read_gexf(path)
    else:
        h = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")
    assert h.number_of_nodes() == g.number_of_nodes()
    assert h.number_of_edges() == g.number_of_edges()
    unit = "unit:四川省环境保护厅"
    assert h.nodes[unit]["name"] == "四川省环境保护厅"
    if fmt == "json":  # lists survive as lists where the format allows it
        assert isinstance(h.nodes[unit]["aliases"], list)


def test_counts_are_integers(graph: Store) -> None:
    rows = api.run_query(graph, "most-loaded", {"limit": 5}).records()
    assert len(rows) == 5
    assert all(type(r["leads"]) is int for r in rows)


def test_result_to_df(graph: Store) -> None:
    pd = pytest.importorskip("pandas")
    df = api.run_query(graph, "most-loaded").to_df()
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns)[:3] == ["unit", "level", "system"]
    assert df["leads"].dtype.kind == "i"


def test_result_to_networkx_links_the_nodes_of_each_row(graph: Store) -> None:
    res = graph.query("MATCH (u:Unit)-[r:LEADS]->(t:Task) WHERE u.name = $u RETURN u, r, t LIMIT 3",
                      {"u": "乐山市市中区生态环境局"})
    g = api.to_networkx(res)
    assert g.number_of_nodes() == 4
    assert {d["type"] for _, _, d in g.edges(data=True)} == {"LEADS"}


def test_co_responsibility_network_is_weighted(graph: Store) -> None:
    g = analytics.co_responsibility(graph)
    assert isinstance(g, nx.Graph)
    a, b, w = max(g.edges(data="weight"), key=lambda e: e[2])
    assert w >= 10
    assert all(g.nodes[n]["level"] for n in (a, b))


def test_workload_by_level(graph: Store) -> None:
    rows = analytics.workload(graph)
    top = rows[0]
    assert top["unit"] == "四川省环境保护厅" and top["level"] == "province"
    assert top["leads"] == max(r["leads"] for r in rows)


def test_centrality_and_communities(graph: Store) -> None:
    g = analytics.co_responsibility(graph)
    ranks = analytics.centrality(g)
    assert ranks[0][1] >= ranks[-1][1]
    groups = analytics.communities(g)
    assert sum(len(c) for c in groups) == g.number_of_nodes()
    # province and district units mostly work with their own level
    district = next(c for c in groups if "乐山市市中区生态环境局" in c)
    assert "四川省环境保护厅" not in district


def test_cascade_coverage(graph: Store) -> None:
    cov = analytics.cascade_coverage(graph)
    vocs = next(r for r in cov if r["topic"] == "VOCs")
    assert vocs["province_tasks"] > 0 and vocs["district_tasks"] > 0
    assert 0 < vocs["coverage"] <= 1
