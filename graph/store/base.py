"""The store interface both backends implement, and the Cypher that replaces what some files contributed.

Writes are batched (``UNWIND $rows … MERGE``) and generated here once, so FalkorDB and Neo4j run the
same statements; only transaction handling and schema statements differ per backend. Labels and
relationship types in generated Cypher come from :class:`GraphBatch`, which validates them as
identifiers; every value travels as a parameter.

The graph is a function of the set of files in the store, whatever the order or grouping of the loads
that put them there: nodes owned by one file carry ``source`` and are replaced with it; shared nodes
(units, places, rivers, topics, people) have a ``BROUGHT_BY`` edge to each file that brought them in (to its
first Document, so the edge goes with the file) or ``reference: true``, and go when the last of their files
does; cross-document edges (citations, counterparts) are recomputed from what is in the store after every write
(:func:`replace`).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from polkg.errors import PolkgError
from polkg.graph.batch import BROUGHT_BY, REFERENCE, SHARED_LABELS, GraphBatch

#: rows per UNWIND statement: few round trips (each waits for the server), a few MB of text each
BATCH_SIZE = 5000
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
                    ("Region", "name"), ("Topic", "key"), ("Task", "orphan"), ("Progress", "tally"),
                    ("Tally", "id"))


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
        df = pd.DataFrame(self.rows, columns=self.columns)
        for i, column in enumerate(self.columns):  # whole numbers with a gap (a year not stated): Int64, not float
            values = [row[i] for row in self.rows if row[i] is not None]
            if len(values) < len(self.rows) and values and all(type(v) is int for v in values):
                df[column] = df[column].astype("Int64")
        return df

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

    def replace_parts(self, parts: Iterable[tuple[list[str], GraphBatch]]) -> None:
        """Atomically, in one unit of work: :meth:`replace_sources` for each part in turn (a load of many files
        builds and writes a few at a time: ``parts`` may be a generator)."""
        ...

    def query(self, cypher: str, params: dict[str, Any] | None = None, write: bool = False) -> Result: ...

    def clear(self) -> None: ...

    def close(self) -> None: ...


#: runs one statement with parameters and returns its rows (each backend inside its own unit of work)
Run = Callable[[str, dict[str, Any]], list[list[Any]]]


def chunks[T](rows: list[T], size: int = BATCH_SIZE) -> Iterator[list[T]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


#: the files of a load that are in the store already (their Documents), with the keys citations find them by
PRESENT = "MATCH (d:Document) WHERE d.source IN $sources RETURN d.source, d.number, d.title_key"
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
#: every citation in written form that this load may resolve (``$all``: every one) points at the document it
#: names when that is in the store (by 文号 first, then by title; the smallest id when several match, so no
#: load order decides)
RELINK_CITES = """
MATCH (a:Document)-[e:CITES]->(:Citation)
WHERE $all OR a.source IN $sources OR e.number IN $numbers OR e.title_key IN $keys
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
#: a load naming more files than this relinks every written citation instead of filtering by its keys
RELINK_ALL_OVER = 200
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


def brought_statement(label: str) -> str:
    """The shared nodes of one label that the reloaded files brought (read before their Documents, and the
    ``BROUGHT_BY`` edges with them, are deleted): the only ones a reload can leave without a file."""
    return (f"MATCH (d:Document) WHERE d.source IN $sources MATCH (n:{label})-[:{BROUGHT_BY}]->(d) "
            "RETURN DISTINCT n.id")


def orphans_statement(label: str) -> str:
    """Deletes those of the given shared nodes (``$ids``) that no file and no reference data bring any more
    (looked up by id: the cost follows the reloaded files, not the store)."""
    return (f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) "
            f"WHERE n.reference IS NULL AND NOT (n)-[:{BROUGHT_BY}]->() DETACH DELETE n")


def write_statements(batch: GraphBatch, skip: set[str] | frozenset[str] = frozenset(),
                     new: set[str] | frozenset[str] = frozenset()) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(cypher, params)`` pairs that write every node, then every edge, of ``batch``: CREATE for what the
    reloaded files own (deleted just before) and for the shared nodes in ``new`` (not in the store: looked up
    by :func:`absent`) and the edges that touch them, MERGE for the other shared nodes and the edges among
    them (a MERGE costs the server about twice a CREATE: it looks the node up, creates it, then sets each
    property). A shared node's ``BROUGHT_BY`` edges to the batch's files are new edges like any other. Nodes
    in ``skip`` (the reference data, when the store holds them already) and the edges among them are left
    out.

    Rows are lists, not maps: one statement per label (or type), each property taken from its place in the row
    (``CREATE (n:Task {id: r[0], text: r[1], …})``, :func:`_table`), so rows of scalars and lists are written as
    JSON, in C (:func:`polkg.graph.store.falkor.params_header`: a map in every row cost more to
    serialise than the server took to write it). What is new is created with its properties in the pattern,
    not SET after: FalkorDB then writes (and indexes) each node once, a quarter less server time. A new edge
    has ``key`` only when it tells parallel edges apart (two ranks of one unit on a task, a citation); a shared
    edge is merged on it."""
    nodes: dict[tuple[str, tuple[str, ...], bool], dict[tuple[str, ...], list[list[Any]]]] = defaultdict(dict)
    for n in batch.nodes.values():
        if n.id not in skip:
            created = n.label in OWNED_LABELS or n.id in new
            nodes[(n.label, n.extra_labels, created)].setdefault(tuple(n.props), []).append([n.id, *n.props.values()])
    for (label, extra, created), variants in sorted(nodes.items()):
        names, missing, rows = _table(variants, 1)
        places = [(name, f"r[{i}]") for i, name in enumerate(_checked(names), start=1)]
        if created:  # a reloaded file's own nodes were just deleted: created whole, indexed once
            tags = "".join(f":{x}" for x in (label, *extra))
            cypher = f"UNWIND $rows AS r CREATE (n{tags} {_map([('id', 'r[0]'), *places])})"
        else:
            sets = [_set("n", name, value, missing) for name, value in places]
            cypher = (f"UNWIND $rows AS r MERGE (n:{label} {{id: r[0]}})" + (" SET " + ", ".join(sets) if sets else "")
                      + "".join(f" SET n:{x}" for x in extra))
        for part in chunks(rows):
            yield cypher, {"rows": part}
    edges: dict[tuple[str, str, str, bool, bool], dict[tuple[str, ...], list[list[Any]]]] = defaultdict(dict)
    labels = {i: n.label for i, n in batch.nodes.items()}
    for e in batch.edges.values():
        if e.src in skip and e.dst in skip:
            continue
        src, dst = labels[e.src], labels[e.dst]
        owned = src in OWNED_LABELS or dst in OWNED_LABELS  # created with the file's nodes
        created = owned or e.src in new or e.dst in new
        if owned and not e.key:  # no parallel edge to tell apart: no key stored (most edges)
            edges[(e.type, src, dst, False, True)].setdefault(tuple(e.props), []).append(
                [e.src, e.dst, *e.props.values()])
        else:  # an edge between shared nodes keeps its key however it is written (MERGE finds it by the key)
            edges[(e.type, src, dst, True, created)].setdefault(tuple(e.props), []).append(
                [e.src, e.dst, e.key, *e.props.values()])
    for (rel, src, dst, keyed, created), variants in sorted(edges.items()):
        first = 3 if keyed else 2
        names, missing, rows = _table(variants, first)
        places = [(name, f"r[{i}]") for i, name in enumerate(_checked(names), start=first)]
        match = f"UNWIND $rows AS r MATCH (a:{src} {{id: r[0]}}) MATCH (b:{dst} {{id: r[1]}}) "
        if created:
            props = _map([("key", "r[2]"), *places] if keyed else places)
            cypher = match + f"CREATE (a)-[e:{rel}{' ' + props if props != '{}' else ''}]->(b)"
        else:
            update = ", ".join(_set("e", name, value, missing) for name, value in places)
            cypher = match + f"MERGE (a)-[e:{rel} {{key: r[2]}}]->(b)" + (f" SET {update}" if update else "")
        for part in chunks(rows):
            yield cypher, {"rows": part}


def _table(variants: dict[tuple[str, ...], list[list[Any]]], head: int
           ) -> tuple[tuple[str, ...], frozenset[str], list[list[Any]]]:
    """The rows of one statement from the rows of each set of property names (``variants``; a row is ``head``
    fixed values, then its properties in the order of its names): every name any of them has, the names some
    lack, and the rows with a property in every place (``None`` where a row lacks it: CREATE leaves a null
    property out, and a SET keeps what the node had, :func:`_set`). One statement per label or type, not per
    set of names: each statement is a round trip and a plan (the 3,000 rows of the batched-writes benchmark were
    40 statements, now 11)."""
    names = tuple(dict.fromkeys(name for variant in variants for name in variant))
    missing = frozenset(name for name in names if any(name not in variant for variant in variants))
    rows: list[list[Any]] = []
    for variant, members in variants.items():
        if variant == names:
            rows.extend(members)
            continue
        where = {name: i for i, name in enumerate(variant, start=head)}
        picks = [where.get(name) for name in names]
        rows.extend([*r[:head], *(None if i is None else r[i] for i in picks)] for r in members)
    return names, missing, rows


def _set(var: str, name: str, value: str, missing: frozenset[str]) -> str:
    """``SET`` of one property of a shared node or edge; where some row lacks it, what the element has stays
    (a null would delete it)."""
    return f"{var}.{name} = coalesce({value}, {var}.{name})" if name in missing else f"{var}.{name} = {value}"


def existing_statement(label: str) -> str:
    """Which of the given ids (``$ids``) the store has a node of one shared label for."""
    return f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN n.id"


def absent(run: Run, batch: GraphBatch, skip: set[str] | frozenset[str] = frozenset()) -> set[str]:
    """The shared nodes of ``batch`` the store does not hold yet (looked up by id, a few thousand at a time):
    :func:`write_statements` creates them instead of merging them."""
    wanted: dict[str, list[str]] = defaultdict(list)
    for n in batch.nodes.values():
        if n.label in SHARED_LABELS and n.id not in skip:
            wanted[n.label].append(n.id)
    out: set[str] = set()
    for label, ids in sorted(wanted.items()):
        for part in chunks(ids):
            out.update(set(part) - {str(r[0]) for r in run(existing_statement(label), {"ids": part})})
    return out


def _map(places: list[tuple[str, str]]) -> str:
    return "{" + ", ".join(f"{name}: {value}" for name, value in places) + "}"


PROPERTY = re.compile(r"^[a-z][A-Za-z0-9_]*$")


def _checked(names: tuple[str, ...]) -> tuple[str, ...]:
    """Property names go into the statement text (values never do): they must be plain identifiers."""
    for name in names:
        if not PROPERTY.match(name):
            raise ValueError(f"not a property name: {name!r}")
    return names


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


def replace(run: Run, sources: list[str], batch: GraphBatch, reference: str | None = None,
            send: Run | None = None) -> str:
    """Every statement of a load of one batch, in order (see :func:`replace_parts`)."""
    return replace_parts(run, [(sources, batch)], reference, send)


@dataclass
class _Touched:
    """What the parts of one load touched: the cross-document edges are recomputed for these once, at the end."""

    sources: set[str]
    numbers: set[str]
    keys: set[str]
    systems: set[str]
    reference: set[str]  # reference nodes written by an earlier part


def replace_parts(run: Run, parts: Iterable[tuple[list[str], GraphBatch]], reference: str | None = None,
                  send: Run | None = None) -> str:
    """Every statement of a load, in order: the caller makes them one atomic unit. Each part replaces what its
    files (``sources``) contributed with its batch, so a large load is built and written a few files at a
    time in flat memory, and gives the graph of one load of every part. ``reference``: the fingerprint of the
    reference data the store holds (:func:`reference_part`), if known; they are written only when it differs
    and only once per load. ``send``: runs a statement whose rows are not needed (the writes; a backend may
    send them while the next are built). Returns the fingerprint the store holds afterwards.

    Costs grow with the files loaded (and the citations and departments they touch), not with the store."""
    from polkg.graph.build import counterparts

    send = send or run
    touched = _Touched(set(), set(), set(), set(), set())
    fingerprint = reference
    for sources, batch in parts:
        fingerprint = _replace_part(run, send, sources, batch, reference, touched)
    if not touched.sources:
        return fingerprint or ""
    many = len(touched.sources) > RELINK_ALL_OVER
    scope = {"all": many, "sources": [] if many else sorted(touched.sources),
             "numbers": [] if many else sorted(touched.numbers), "keys": [] if many else sorted(touched.keys)}
    run(RELINK_CITES, scope)
    for statement in (DROP_CITATIONS, CITATION_PROPS):
        run(statement, {})
    if touched.systems:
        units = [(str(r[0]), str(r[1]), str(r[2])) for r in run(DEPARTMENTS, {"systems": sorted(touched.systems)})]
        for part in chunks(counterparts(units)):
            send(WRITE_COUNTERPARTS, {"rows": part})
    return fingerprint or ""


def _replace_part(run: Run, send: Run, sources: list[str], batch: GraphBatch, reference: str | None,
                  touched: _Touched) -> str:
    from polkg.graph.build import COUNT_TOTALS, UNCOUNT_TOTALS, document_keys

    strays = {str(n.props.get("source")) for n in batch.nodes.values() if n.label in OWNED_LABELS} - set(sources)
    strays |= {s for shared in batch.shares.values() for s in shared} - {*sources, REFERENCE}
    if strays:  # their nodes would be created next to the old ones instead of replacing them
        raise ValueError(f"the batch has nodes of files not being replaced: {', '.join(sorted(strays))}")
    reference_ids, fingerprint = reference_part(batch)
    skip = reference_ids if reference == fingerprint else reference_ids & touched.reference
    touched.reference |= reference_ids
    numbers, keys = document_keys(batch)
    old = run(PRESENT, {"sources": sources}) if sources else []
    present = sorted({str(r[0]) for r in old})
    numbers = sorted({*numbers, *(str(r[1]) for r in old if r[1])})
    keys = sorted({*keys, *(str(r[2]) for r in old if r[2])})
    touched.sources.update(sources)
    touched.numbers.update(numbers)
    touched.keys.update(keys)
    touched.systems.update(str(n.props["system"]) for n in batch.nodes.values()
                           if n.label == "Unit" and n.props.get("kind") == "department" and n.props.get("system"))
    run(UNLINK_CITES, {"sources": sources, "numbers": numbers, "keys": keys})
    brought: dict[str, list[str]] = {}
    if present:
        for statement in UNCOUNT_TOTALS:  # the archive-wide unit counts lose what the old files added
            run(statement, {"sources": present})
        for label in SHARED_LABELS:
            brought[label] = [str(r[0]) for r in run(brought_statement(label), {"sources": present})]
        for statement in DELETE_SOURCES:  # their BROUGHT_BY edges go with their Documents
            run(statement, {"sources": present})
    for cypher, params in write_statements(batch, skip, absent(run, batch, skip)):
        send(cypher, params)
    for statement in COUNT_TOTALS:  # sent after the writes, in order: they read the files just written
        send(statement, {"sources": sources})
    for label, ids in brought.items():
        for part in chunks(ids):
            send(orphans_statement(label), {"ids": part})
    return fingerprint
