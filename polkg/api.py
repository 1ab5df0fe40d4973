"""The library behind the CLI: each command is one function here, usable from a notebook.

    >>> from polkg import api
    >>> from polkg.graph.store import open_store
    >>> store = open_store(".polkg")
    >>> api.load(["corpus"], store)
    >>> api.run_query(store, "vocs-leads").records()
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from difflib import get_close_matches
from typing import Any

from polkg.errors import PolkgError
from polkg.graph.analytics import to_networkx
from polkg.graph.build import build
from polkg.graph.model import Extraction
from polkg.graph.store import Result, Store
from polkg.pipeline import Pipeline, expand_paths
from polkg.queries import library

STATS_LABELS = """
MATCH (n) UNWIND labels(n) AS label
RETURN label, count(*) AS count ORDER BY label
"""
STATS_RELS = """
MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type
"""


@dataclass
class LoadReport:
    files: int
    documents: int
    tasks: int
    targets: int
    unattributed: int
    formats: dict[str, str]


def extract(paths: Iterable[str], pipeline: Pipeline | None = None) -> list[Extraction]:
    """Read every file (a directory stands for its ``*.txt``); raises PolkgError on unreadable input."""
    pipeline = pipeline or Pipeline()
    return [pipeline.extract_file(p) for p in expand_paths(paths)]


def load(paths: Iterable[str], store: Store, pipeline: Pipeline | None = None) -> LoadReport:
    """Extract the files, then replace what they contributed to the store, atomically.

    All files are read and the whole batch is built before anything is written, so bad input never
    leaves a half-written graph.
    """
    pipeline = pipeline or Pipeline()
    extractions = extract(paths, pipeline)
    batch = build(extractions, pipeline.resolver)
    store.ensure_schema()
    store.replace_sources([e.doc for e in extractions], batch)
    return LoadReport(
        files=len(extractions),
        documents=sum(len(e.documents) for e in extractions),
        tasks=sum(len(e.tasks) for e in extractions),
        targets=sum(len(e.targets) for e in extractions),
        unattributed=sum(len(e.unattributed) for e in extractions),
        formats={e.doc: e.format for e in extractions},
    )


def stats(store: Store) -> dict[str, dict[str, int]]:
    """Node counts per label and edge counts per relationship type."""
    labels = store.query(STATS_LABELS)
    rels = store.query(STATS_RELS)
    return {"labels": {r[0]: r[1] for r in labels.rows}, "relationships": {r[0]: r[1] for r in rels.rows}}


__all__ = ["LoadReport", "extract", "load", "run_query", "stats", "to_networkx"]


def run_query(store: Store, name: str, params: dict[str, Any] | None = None) -> Result:
    """Run a canned query from ``cypher/`` by name, with its parameters' defaults filled in.

    Values may be given typed (``{"limit": 5}``) or as text from a command line (``{"limit": "5"}``); each is
    checked against the type its query declares."""
    query = library.get(name)
    bound = query.bind(params or {})
    for p in query.params:
        if p.type == "unit":
            check_unit(store, bound[p.name])
    return store.query(query.cypher, bound)


UNIT_NAMES = "MATCH (u:Unit) RETURN u.name AS name, coalesce(u.aliases, []) AS aliases"


def check_unit(store: Store, name: str) -> None:
    """A unit parameter must name a unit of the store (by canonical name or alias), else a "did you mean" line:
    an unknown unit would otherwise answer with zero rows, which reads as "this unit does nothing"."""
    names: list[str] = []
    for canonical, aliases in store.query(UNIT_NAMES).rows:
        if name == canonical or name in (aliases or []):
            return
        names.append(canonical)
    if not names:
        raise PolkgError("the store holds no units: load plans first (polkg load PATH)")
    close = get_close_matches(name, names, n=3, cutoff=0.4)
    hint = f" (did you mean {' or '.join(close)}?)" if close else " (polkg units lists them)"
    raise PolkgError(f"no unit named {name!r} in the store{hint}")
