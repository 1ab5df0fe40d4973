"""The store interface both backends implement, and the Cypher that replaces what some files contributed.

Writes are batched (``UNWIND $rows … MERGE``) and generated here once, so FalkorDB and Neo4j run the
same statements; only transaction handling and schema statements differ per backend. Labels and
relationship types in generated Cypher come from :class:`GraphBatch`, which validates them as
identifiers; every value travels as a parameter.

The graph is a function of the set of files in the store, whatever the order or grouping of the loads
that put them there: nodes owned by one file carry ``source`` and are replaced with it; shared nodes
(units, places, rivers, topics, people) carry ``sources``, the files (``""`` for the reference data) that
brought them in, and go when the last of them does; cross-document edges (citations, counterparts) are
recomputed from what is in the store after every write (:func:`replace`).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from polkg.errors import PolkgError
from polkg.graph.batch import REFERENCE, SHARED_LABELS, GraphBatch

BATCH_SIZE = 500
#: seconds a read-only query may run before it is stopped (``--timeout``)
DEFAULT_TIMEOUT = 300.0

#: labels whose nodes belong to one source file and are replaced when it is reloaded
OWNED_LABELS = ("Document", "Section", "Task", "Target", "Deadline", "Progress")
#: labels keyed by ``id``: a uniqueness constraint (Neo4j) or an index (FalkorDB) on each
INDEXED_LABELS = ("Document", "Section", "Task", "Unit", "Person", "Region", "WaterBody", "Topic", "Target",
                  "Deadline", "Progress", "Citation")
#: further (label, property) indexes: the lookups of loads (source, citations) and of the canned queries
PROPERTY_INDEXES = (*((label, "source") for label in OWNED_LABELS), ("Document", "number"),
                    ("Document", "title_key"), ("Document", "level"), ("Unit", "name"), ("Unit", "system"),
                    ("Region", "name"), ("Topic", "key"))


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


#: runs one statement with parameters and returns its rows (each backend inside its own unit of work)
Run = Callable[[str, dict[str, Any]], list[list[Any]]]


def chunks(rows: list[dict[str, Any]], size: int = BATCH_SIZE) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


#: what a reload of some files deletes first: their own nodes, one label at a time (each label is indexed)
DELETE_SOURCES = tuple(f"MATCH (n:{label}) WHERE n.source IN $sources DETACH DELETE n" for label in OWNED_LABELS)

#: citations of other files whose target may change with this load go back to their written form first
UNLINK_CITES = """
MATCH (a:Document)-[e:CITES]->(d:Document)
WHERE (d.source IN $sources OR e.number IN $numbers OR e.title_key IN $keys) AND NOT a.source IN $sources
MERGE (c:Citation {id: e.cite})
MERGE (a)-[n:CITES {key: e.key}]->(c)
SET n += properties(e)
DELETE e
"""
#: every citation in written form points at the document it names when that is in the store
#: (by 文号 first, then by title; the smallest id when several match, so no load order decides)
RELINK_CITES = """
MATCH (a:Document)-[e:CITES]->(:Citation)
OPTIONAL MATCH (n:Document) WHERE e.number IS NOT NULL AND n.number = e.number AND n.id <> a.id
WITH a, e, min(n.id) AS by_number
OPTIONAL MATCH (t:Document)
WHERE by_number IS NULL AND e.title_key IS NOT NULL AND t.title_key = e.title_key AND t.id <> a.id
WITH a, e, by_number, min(t.id) AS by_title
WITH a, e, coalesce(by_number, by_title) AS target WHERE target IS NOT NULL
MATCH (d:Document {id: target})
MERGE (a)-[n2:CITES {key: e.key}]->(d)
SET n2 += properties(e)
DELETE e
"""
DROP_CITATIONS = "MATCH (c:Citation) WHERE NOT ()-[:CITES]->(c) DETACH DELETE c"
CITATION_PROPS = """
MATCH (c:Citation)<-[e:CITES]-()
WITH c, min(e.title) AS title, min(e.number) AS number
SET c.title = title, c.number = number
"""
#: department units of the given systems, for the counterparts recomputed after every load
DEPARTMENTS = """
MATCH (u:Unit) WHERE u.kind = 'department' AND u.system IN $systems
RETURN u.id AS id, u.system AS system, u.level AS level
"""
WRITE_COUNTERPARTS = """
UNWIND $rows AS r MATCH (a:Unit {id: r.src}) MATCH (b:Unit {id: r.dst})
MERGE (a)-[e:COUNTERPART_OF {key: ''}]->(b) SET e.system = r.system
"""


def release_statement(label: str) -> str:
    """Takes the reloaded files off the shared nodes this load did not bring again; deletes orphans."""
    return (f"MATCH (n:{label}) WHERE any(s IN n.sources WHERE s IN $sources) AND NOT n.id IN $keep "
            "SET n.sources = [s IN n.sources WHERE NOT s IN $sources] "
            "WITH n WHERE size(n.sources) = 0 DETACH DELETE n")


def write_statements(batch: GraphBatch, sources: list[str] | None = None,
                     skip: set[str] | frozenset[str] = frozenset()) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(cypher, params)`` pairs that write every node, then every edge, of ``batch``: CREATE for what the
    reloaded files own (deleted just before), MERGE for what is shared; a shared node's ``sources`` lose the
    reloaded files (``sources``) and gain those of the batch that bring it. Nodes in ``skip`` (the reference
    data, when the store holds them already) and the edges among them are left out."""
    reloaded = sorted(sources or [])
    nodes: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = defaultdict(list)
    for n in batch.nodes.values():
        if n.id in skip:
            continue
        row: dict[str, Any] = {"id": n.id, "props": n.props}
        if n.label in SHARED_LABELS:
            row["srcs"] = sorted(batch.shares.get(n.id, ()))
        nodes[(n.label, n.extra_labels)].append(row)
    for (label, extra), rows in sorted(nodes.items()):
        add_labels = "".join(f" SET n:{x}" for x in extra)
        shared = label in SHARED_LABELS
        own = (" SET n.sources = [s IN coalesce(n.sources, []) WHERE NOT s IN r.srcs AND NOT s IN $sources]"
               " + r.srcs" if shared else "")
        verb = "CREATE" if label in OWNED_LABELS else "MERGE"  # a reloaded file's own nodes were just deleted
        cypher = f"UNWIND $rows AS r {verb} (n:{label} {{id: r.id}}) SET n += r.props{own}{add_labels}"
        for part in chunks(rows):
            yield cypher, ({"rows": part, "sources": reloaded} if shared else {"rows": part})
    edges: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for e in batch.edges.values():
        if e.src in skip and e.dst in skip:
            continue
        key = (e.type, batch.label_of(e.src), batch.label_of(e.dst))
        edges[key].append({"src": e.src, "dst": e.dst, "key": e.key, "props": e.props})
    for (rel, src, dst), rows in sorted(edges.items()):
        verb = "CREATE" if src in OWNED_LABELS or dst in OWNED_LABELS else "MERGE"
        cypher = (f"UNWIND $rows AS r MATCH (a:{src} {{id: r.src}}) MATCH (b:{dst} {{id: r.dst}}) "
                  f"{verb} (a)-[e:{rel} {{key: r.key}}]->(b) SET e += r.props")
        for part in chunks(rows):
            yield cypher, {"rows": part}


def reference_part(batch: GraphBatch) -> tuple[set[str], str]:
    """The nodes only the reference data bring (gazetteers, taxonomies, reference units) and a fingerprint of
    them with the edges among them: a store that holds this fingerprint holds them already."""
    ids = {i for i, s in batch.shares.items() if s == {REFERENCE}}
    h = hashlib.sha256()
    for i in sorted(ids):
        n = batch.nodes[i]
        h.update(json.dumps([n.id, n.label, n.extra_labels, n.props], sort_keys=True, ensure_ascii=False).encode())
    for k in sorted(k for k, e in batch.edges.items() if e.src in ids and e.dst in ids):
        h.update(json.dumps([k, batch.edges[k].props], sort_keys=True, ensure_ascii=False).encode())
    return ids, h.hexdigest()


def replace(run: Run, sources: list[str], batch: GraphBatch, reference: str | None = None) -> str:
    """Every statement of a load, in order: the caller makes them one atomic unit. ``reference``: the
    fingerprint of the reference data the store holds (:func:`reference_part`), if known; they are written
    only when it differs. Returns the fingerprint the store holds afterwards.

    Costs grow with the files loaded (and the citations and departments they touch), not with the store."""
    from polkg.graph.build import counterparts, document_keys

    strays = {str(n.props.get("source")) for n in batch.nodes.values() if n.label in OWNED_LABELS} - set(sources)
    if strays:  # their nodes would be created next to the old ones instead of replacing them
        raise ValueError(f"the batch has nodes of files not being replaced: {', '.join(sorted(strays))}")
    reference_ids, fingerprint = reference_part(batch)
    skip = reference_ids if reference == fingerprint else set()
    numbers, keys = document_keys(batch)
    run(UNLINK_CITES, {"sources": sources, "numbers": numbers, "keys": keys})
    for statement in DELETE_SOURCES:
        run(statement, {"sources": sources})
    for cypher, params in write_statements(batch, sources, skip):
        run(cypher, params)
    for label in SHARED_LABELS:
        keep = [n.id for n in batch.nodes.values() if n.label == label and n.id not in skip]
        run(release_statement(label), {"sources": sources, "keep": keep})
    for statement in (RELINK_CITES, DROP_CITATIONS, CITATION_PROPS):
        run(statement, {})
    systems = sorted({str(n.props["system"]) for n in batch.nodes.values()
                      if n.label == "Unit" and n.props.get("kind") == "department" and n.props.get("system")})
    if systems:
        units = [(str(r[0]), str(r[1]), str(r[2])) for r in run(DEPARTMENTS, {"systems": systems})]
        for part in chunks(counterparts(units)):
            run(WRITE_COUNTERPARTS, {"rows": part})
    return fingerprint
