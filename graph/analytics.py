"""The graph as a networkx MultiDiGraph, for notebooks and for export (GraphML, GEXF, node-link JSON).

    >>> from polkg.graph.store import open_store
    >>> from polkg.graph.analytics import to_networkx
    >>> g = to_networkx(open_store(".polkg"))
    >>> import networkx as nx; nx.degree_centrality(g)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from polkg.errors import PolkgError
from polkg.graph.store import Store

NODES = "MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props"
EDGES = "MATCH (a)-[r]->(b) RETURN a.id AS src, b.id AS dst, type(r) AS type, properties(r) AS props"
EXPORT_FORMATS = ("graphml", "gexf", "json")

if TYPE_CHECKING:  # networkx is imported by the functions that use it: a CLI start-up should not pay for it
    import networkx as nx


def to_networkx(store: Store) -> nx.MultiDiGraph:
    """Every node (keyed by its polkg id, with ``labels`` and its properties) and every edge (keyed by type)."""
    import networkx as nx

    g = nx.MultiDiGraph()
    for node_id, labels, props in store.query(NODES).rows:
        g.add_node(node_id, labels=labels, **props)
    for src, dst, rel, props in store.query(EDGES).rows:
        g.add_edge(src, dst, key=f"{rel}:{props.get('key', '')}", type=rel, **props)
    return g


def flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attribute values are scalars (GraphML and GEXF take no lists): lists become '、'-joined text."""
    import networkx as nx

    h = nx.MultiDiGraph()

    def scalar(v: Any) -> Any:
        return "、".join(map(str, v)) if isinstance(v, list) else v

    for n, data in g.nodes(data=True):
        h.add_node(n, **{k: scalar(v) for k, v in data.items()})
    for a, b, k, data in g.edges(keys=True, data=True):
        h.add_edge(a, b, key=k, **{key: scalar(v) for key, v in data.items()})
    return h


def export(g: nx.MultiDiGraph, path: Path, fmt: str) -> None:
    import networkx as nx

    try:
        if fmt == "graphml":
            nx.write_graphml(flat(g), path)
        elif fmt == "gexf":
            nx.write_gexf(flat(g), path)
        elif fmt == "json":
            path.write_text(json.dumps(nx.node_link_data(g, edges="edges"), ensure_ascii=False), encoding="utf-8")
        else:
            raise PolkgError(f"unknown export format {fmt!r} (one of {', '.join(EXPORT_FORMATS)})")
    except OSError as e:
        raise PolkgError(f"{path}: cannot write: {e.strerror}") from None
