"""The graph as networkx, for notebooks and for export (GraphML, GEXF, node-link JSON), and the few analyses a
researcher asks of it first: who works with whom, who carries the load, how far provincial topics reach districts.

    >>> from polkg import api
    >>> from polkg.graph.store import open_store
    >>> store = open_store(".polkg")
    >>> g = api.to_networkx(store)                       # every node and edge, typed
    >>> co = analytics.co_responsibility(store)           # units linked by shared tasks, weighted
    >>> analytics.centrality(co)[:5], analytics.communities(co)

Edges of a MultiDiGraph are keyed ``TYPE:n`` (n counts parallel edges of one type), and their type is also the
``type`` attribute: an edge property called ``key`` or ``type`` would otherwise collide with networkx's own
arguments, which is what broke export before.
"""

from __future__ import annotations

import json
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

from polkg.errors import PolkgError
from polkg.graph.store import Result, Store

if TYPE_CHECKING:  # networkx is imported by the functions that use it: a CLI start-up should not pay for it
    import networkx as nx

NODES = "MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props"
EDGES = "MATCH (a)-[r]->(b) RETURN a.id AS src, b.id AS dst, type(r) AS type, properties(r) AS props"
EXPORT_FORMATS = ("graphml", "gexf", "json")
#: networkx's own keyword names, kept out of attribute dicts (an edge property ``key`` is stored as ``prop_key``)
RESERVED = ("key", "type", "labels")

CO_RESPONSIBLE = """
MATCH (a:Unit)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(t:Task)
RETURN t.id AS task, collect(DISTINCT a.name) AS units
"""
UNITS = "MATCH (u:Unit) RETURN u.name AS name, u.level AS level, u.system AS system, u.kind AS kind"
WORKLOAD = """
MATCH (u:Unit)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(t:Task)
RETURN u.name AS unit, u.level AS level, u.system AS system,
       count(CASE WHEN type(r) = 'LEADS' THEN 1 END) AS leads,
       count(CASE WHEN type(r) = 'RESPONSIBLE_FOR' THEN 1 END) AS responsible,
       count(CASE WHEN type(r) = 'ASSISTS' THEN 1 END) AS assists,
       count(DISTINCT t) AS tasks
ORDER BY leads DESC, tasks DESC, unit
"""
TOPIC_LEVELS = """
MATCH (d:Document)-[:HAS_TASK]->(t:Task)-[:ABOUT]->(p:Topic)
RETURN p.key AS topic, d.level AS level, count(DISTINCT t) AS tasks, count(DISTINCT d) AS documents
"""


def _attrs(props: dict[str, Any]) -> dict[str, Any]:
    return {(f"prop_{k}" if k in RESERVED else k): v for k, v in props.items() if v is not None}


def to_networkx(source: Store | Result) -> nx.MultiDiGraph:
    """A typed MultiDiGraph of the whole store, or of a query result.

    From a store: every node keyed by its polkg id with ``labels`` and its properties, every edge with ``type``
    and its properties (provenance included). From a result: the nodes it returned (columns holding nodes, or
    paths), linked within each row in column order by the relationships returned between them.
    """
    import networkx as nx

    if isinstance(source, Result):
        return _result_graph(source)
    g = nx.MultiDiGraph()
    for node_id, labels, props in source.query(NODES).rows:
        g.add_node(node_id, labels=list(labels), **_attrs(props))
    seen: Counter[tuple[str, str, str]] = Counter()
    for src, dst, rel, props in source.query(EDGES).rows:
        n = seen[(src, dst, rel)]
        seen[(src, dst, rel)] += 1
        g.add_edge(src, dst, key=f"{rel}:{n}", type=rel, **_attrs(props))
    return g


def _result_graph(res: Result) -> nx.MultiDiGraph:
    import networkx as nx

    g = nx.MultiDiGraph()
    for row in res.rows:
        chain: list[Any] = []
        for v in row:
            chain.extend(v if isinstance(v, list) else [v])
        last: str | None = None
        rel: dict[str, Any] | None = None
        for v in chain:
            if not isinstance(v, dict):
                continue
            if "_type" in v:
                rel = v
            elif "_labels" in v and v.get("id"):
                props = {k: x for k, x in v.items() if k != "_labels"}
                g.add_node(v["id"], labels=list(v["_labels"]), **_attrs(props))
                if last is not None:
                    kind = rel["_type"] if rel else "RELATED"
                    data = {k: x for k, x in (rel or {}).items() if k != "_type"}
                    g.add_edge(last, v["id"], key=f"{kind}:{g.number_of_edges(last, v['id'])}", type=kind,
                               **_attrs(data))
                last, rel = v["id"], None
    if res.rows and g.number_of_nodes() == 0:
        raise PolkgError("this result holds no nodes (return nodes or paths, e.g. RETURN u, r, t) to draw a graph")
    return g


def flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attribute values are scalars, as GraphML and GEXF require: lists become JSON text (a ``、``
    join would be ambiguous, since it occurs inside Chinese names and quotes)."""
    import networkx as nx

    h = nx.MultiDiGraph()

    def scalar(v: Any) -> Any:
        return json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v

    for n, data in g.nodes(data=True):
        h.add_node(n, **{k: scalar(v) for k, v in data.items()})
    for a, b, k, data in g.edges(keys=True, data=True):
        h.add_edge(a, b, key=k, **{key: scalar(v) for key, v in data.items()})
    return h


def export(g: nx.MultiDiGraph, path: Path, fmt: str) -> None:
    """Write ``g`` as GraphML, GEXF or node-link JSON (lists kept as lists in JSON, JSON text elsewhere)."""
    import networkx as nx

    if fmt not in EXPORT_FORMATS:
        raise PolkgError(f"unknown export format {fmt!r} (one of {', '.join(EXPORT_FORMATS)})")
    try:
        if fmt == "graphml":
            nx.write_graphml(flat(g), path)
        elif fmt == "gexf":
            nx.write_gexf(flat(g), path)
        else:
            data = nx.node_link_data(g, edges="edges")
            path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    except OSError as e:
        raise PolkgError(f"{path}: cannot write: {e.strerror}") from None


def co_responsibility(store: Store) -> nx.Graph:
    """Units linked by the tasks they share (any role); ``weight`` is the number of shared tasks.

    Nodes carry level, system and kind, so a layout can colour by level and a filter can keep one system."""
    import networkx as nx

    g = nx.Graph()
    for name, level, system, kind in store.query(UNITS).rows:
        g.add_node(name, level=level or "", system=system or "", kind=kind or "")
    for _task, units in store.query(CO_RESPONSIBLE).rows:
        for a, b in combinations(sorted(set(units)), 2):
            w = g[a][b]["weight"] + 1 if g.has_edge(a, b) else 1
            g.add_edge(a, b, weight=w)
    g.remove_nodes_from([n for n, d in g.degree() if d == 0])
    return g


def centrality(g: nx.Graph, top: int | None = None) -> list[tuple[str, float]]:
    """Units by weighted degree centrality (share of all shared-task weight), highest first."""
    total = sum(w for _, _, w in g.edges(data="weight")) or 1
    ranks = sorted(((n, d / total) for n, d in g.degree(weight="weight")), key=lambda x: (-x[1], x[0]))
    return ranks[:top] if top else ranks


def communities(g: nx.Graph) -> list[set[str]]:
    """Groups of units that mostly work together (greedy modularity on shared-task weights), largest first."""
    import networkx as nx

    if g.number_of_edges() == 0:
        return [{n} for n in g.nodes]
    found = nx.algorithms.community.greedy_modularity_communities(g, weight="weight")
    return sorted((set(c) for c in found), key=len, reverse=True)


def workload(store: Store) -> list[dict[str, Any]]:
    """Per unit: tasks led, held responsible for and assisted, with level and system, busiest leads first."""
    return store.query(WORKLOAD).records()


def cascade_coverage(store: Store, upper: str = "province", lower: str = "district") -> list[dict[str, Any]]:
    """Per topic: tasks at the upper and the lower level, and coverage — the share of upper-level topics that the
    lower level takes up at all is 0 or 1 per topic; here it is lower tasks / upper tasks, capped at 1, so a
    researcher sees how thinly a provincial theme reaches the districts."""
    counts: dict[str, dict[str, int]] = {}
    for topic, level, tasks, _docs in store.query(TOPIC_LEVELS).rows:
        counts.setdefault(topic, {})[level] = counts.get(topic, {}).get(level, 0) + tasks
    out = []
    for topic, by_level in sorted(counts.items()):
        up, low = by_level.get(upper, 0), by_level.get(lower, 0)
        out.append({"topic": topic, f"{upper}_tasks": up, f"{lower}_tasks": low,
                     "coverage": min(1.0, low / up) if up else None})
    return out
