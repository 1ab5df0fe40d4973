"""The store interface both backends implement, and the Cypher that writes a batch.

Writes are batched (``UNWIND $rows … MERGE``) and generated here once, so FalkorDB and Neo4j run the
same statements; only transaction handling and schema statements differ per backend. Labels and
relationship types in generated Cypher come from :class:`GraphBatch`, which validates them as
identifiers; every value travels as a parameter.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from polkg.errors import PolkgError
from polkg.graph.batch import GraphBatch

BATCH_SIZE = 500

#: labels whose nodes belong to one source file and are replaced when it is reloaded
OWNED_LABELS = ("Document", "Section", "Task", "Target", "Deadline", "Progress")
#: labels keyed by ``id``: a uniqueness constraint (Neo4j) or an index (FalkorDB) on each
INDEXED_LABELS = ("Document", "Section", "Task", "Unit", "Person", "Region", "WaterBody", "Topic", "Target",
                  "Deadline", "Progress", "Citation")


@dataclass
class Result:
    columns: list[str]
    rows: list[list[Any]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def to_df(self) -> Any:
        """The rows as a pandas DataFrame (the ``pandas`` extra: ``pip install 'polkg[pandas]'``); lists stay
        lists in their cells, integers stay integers."""
        try:
            import pandas as pd
        except ImportError:
            raise PolkgError("to_df() needs pandas: pip install 'polkg[pandas]'") from None
        return pd.DataFrame(self.rows, columns=self.columns)

    def to_networkx(self) -> Any:
        """The nodes this result returned, linked row by row (see :func:`polkg.graph.analytics.to_networkx`)."""
        from polkg.graph.analytics import to_networkx

        return to_networkx(self)


class Store(Protocol):
    name: str

    def ensure_schema(self) -> None: ...

    def replace_sources(self, sources: list[str], batch: GraphBatch) -> None:
        """Atomically: delete what ``sources`` (file stems) contributed, then write ``batch``."""
        ...

    def query(self, cypher: str, params: dict[str, Any] | None = None, write: bool = False) -> Result: ...

    def clear(self) -> None: ...

    def close(self) -> None: ...


def chunks(rows: list[dict[str, Any]], size: int = BATCH_SIZE) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


#: what a reload of some files deletes first: their own nodes, one label at a time (each label is indexed)
DELETE_SOURCES = tuple(f"MATCH (n:{label}) WHERE n.source IN $sources DETACH DELETE n" for label in OWNED_LABELS)


def write_statements(batch: GraphBatch) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(cypher, params)`` pairs that MERGE every node, then every edge, of ``batch``."""
    nodes: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = defaultdict(list)
    for n in batch.nodes.values():
        nodes[(n.label, n.extra_labels)].append({"id": n.id, "props": n.props})
    for (label, extra), rows in sorted(nodes.items()):
        add_labels = "".join(f" SET n:{x}" for x in extra)
        cypher = f"UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) SET n += r.props{add_labels}"
        for part in chunks(rows):
            yield cypher, {"rows": part}
    edges: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for e in batch.edges.values():
        key = (e.type, batch.label_of(e.src), batch.label_of(e.dst))
        edges[key].append({"src": e.src, "dst": e.dst, "key": e.key, "props": e.props})
    for (rel, src, dst), rows in sorted(edges.items()):
        cypher = (f"UNWIND $rows AS r MATCH (a:{src} {{id: r.src}}) MATCH (b:{dst} {{id: r.dst}}) "
                  f"MERGE (a)-[e:{rel} {{key: r.key}}]->(b) SET e += r.props")
        for part in chunks(rows):
            yield cypher, {"rows": part}
