"""A store-neutral set of nodes and edges, the writer's only input.

Everything that reaches a store goes through a :class:`GraphBatch`, so the FalkorDB and Neo4j
backends share one write path and one notion of identity: a node is keyed by ``id`` (stable, derived
from content), an edge by ``(type, src, dst, key)``.
"""

from __future__ import annotations

import contextlib
import gc
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

Scalar = str | int | float | bool
PropValue = Scalar | list[str] | list[int] | list[float]

#: labels of nodes shared by files (merged by id); each has a :data:`BROUGHT_BY` edge per file that brings it
SHARED_LABELS = ("Unit", "Region", "WaterBody", "Topic", "Person")
#: a shared node's provenance: an edge to the first Document of each file that brings it (kept off the node, so
#: the node stays small whatever the size of the archive; it goes with the file's Documents)
BROUGHT_BY = "BROUGHT_BY"
#: the :attr:`GraphBatch.shares` entry of reference data (gazetteers, taxonomies), which no reload takes away;
#: their nodes carry ``reference: true``
REFERENCE = ""

IDENTIFIER = re.compile(r"^[A-Z][A-Za-z]*$")
REL_TYPE = re.compile(r"^[A-Z][A-Z_]*$")
#: (what, name) pairs already validated: a batch has a handful of labels and types over many thousand elements
_CHECKED: set[tuple[str, str]] = set()


def _check(what: str, name: str) -> None:
    if (what, name) not in _CHECKED:
        if not (IDENTIFIER if what == "label" else REL_TYPE).match(name):
            raise ValueError(f"not a {what}: {name!r}")
        _CHECKED.add((what, name))


def clean_props(props: dict[str, Any]) -> dict[str, PropValue]:
    """Drop ``None`` values (Neo4j would delete the property, FalkorDB rejects null in maps)."""
    return {k: v for k, v in props.items() if v is not None}


@dataclass
class Node:
    id: str
    label: str  # primary label, the one MERGE uses
    props: dict[str, PropValue] = field(default_factory=dict)
    extra_labels: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for name in (self.label, *self.extra_labels):
            _check("label", name)


@dataclass
class Edge:
    type: str
    src: str
    dst: str
    key: str = ""  # distinguishes parallel edges of one type (e.g. two provenance quotes)
    props: dict[str, PropValue] = field(default_factory=dict)

    def __post_init__(self) -> None:
        _check("relationship type", self.type)


@dataclass
class GraphBatch:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[tuple[str, str, str, str], Edge] = field(default_factory=dict)
    #: shared node id -> the files (or :data:`REFERENCE`) that bring it into the graph
    shares: dict[str, set[str]] = field(default_factory=dict)

    def node(self, id: str, label: str, extra_labels: tuple[str, ...] = (), **props: Any) -> str:
        """Add (or merge properties into) a node; returns its id."""
        clean = clean_props(props)
        existing = self.nodes.get(id)
        if existing is None:
            self.nodes[id] = Node(id, label, clean, extra_labels)
        else:
            existing.props.update(clean)
            existing.extra_labels = tuple(dict.fromkeys((*existing.extra_labels, *extra_labels)))
        return id

    def edge(self, type: str, src: str, dst: str, key: str = "", **props: Any) -> None:
        """Add (or merge properties into) an edge between two node ids."""
        k = (type, src, dst, key)
        existing = self.edges.get(k)
        if existing is None:
            self.edges[k] = Edge(type, src, dst, key, clean_props(props))
        else:
            existing.props.update(clean_props(props))

    def share(self, node_id: str, source: str) -> None:
        """Record that ``source`` brings the shared node ``node_id`` (ignored for nodes a file owns)."""
        if self.nodes[node_id].label in SHARED_LABELS:
            self.shares.setdefault(node_id, set()).add(source)

    def share_all(self, source: str) -> None:
        for node_id in self.nodes:
            self.share(node_id, source)

    def drop_edges(self, type: str) -> None:
        """Remove every edge of one type (those the store recomputes itself)."""
        self.edges = {k: e for k, e in self.edges.items() if e.type != type}

    def merge(self, other: GraphBatch, adopt: bool = False) -> None:
        """Add ``other`` to this batch; ``adopt``: take its nodes and edges as they are instead of copies
        (``other`` is not used again: a load's builder merges a few hundred thousand of them)."""
        for n in other.nodes.values():
            mine = self.nodes.get(n.id)
            if mine is None:
                self.nodes[n.id] = n if adopt else Node(n.id, n.label, dict(n.props), n.extra_labels)
            else:
                mine.props.update(n.props)
                mine.extra_labels = tuple(dict.fromkeys((*mine.extra_labels, *n.extra_labels)))
        for k, e in other.edges.items():
            theirs = self.edges.get(k)
            if theirs is None:
                self.edges[k] = e if adopt else Edge(e.type, e.src, e.dst, e.key, dict(e.props))
            else:
                theirs.props.update(e.props)
        for node_id, sources in other.shares.items():
            self.shares.setdefault(node_id, set()).update(sources)

    def label_of(self, node_id: str) -> str:
        return self.nodes[node_id].label

    def check(self) -> None:
        """Every edge must join two nodes of this batch; a dangling edge is a bug, not data."""
        for e in self.edges.values():
            for end in (e.src, e.dst):
                if end not in self.nodes:
                    raise ValueError(f"edge {e.type} refers to unknown node {end!r}")


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Python's cycle collector paused meanwhile: a load's batches, rows and statements are a few hundred
    thousand small objects with no cycles, and every full collection walks all of them (a quarter of the
    client's time in a 100× load went to it)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
