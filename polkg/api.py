"""The library behind the CLI: each command is one function here, usable from a notebook.

    >>> from polkg import api
    >>> from polkg.graph.store import open_store
    >>> store = open_store(".polkg")
    >>> api.load(["corpus"], store)
    >>> api.run_query(store, "vocs-leads").records()
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import get_close_matches
from typing import Any

from polkg.errors import PolkgError
from polkg.graph.analytics import to_networkx
from polkg.graph.build import build
from polkg.graph.model import Extraction
from polkg.graph.store import Result, Store
from polkg.loaders.inputs import read_source
from polkg.loaders.inputs.walk import Problem, select
from polkg.pipeline import Pipeline
from polkg.queries import library

STATS_LABELS = """
MATCH (n) UNWIND labels(n) AS label
RETURN label, count(*) AS count ORDER BY label
"""
STATS_RELS = """
MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type
"""


@dataclass
class Inputs:
    """What reading the named files gave: an extraction per file read, and what was skipped or failed."""

    extractions: list[Extraction] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    failed: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


@dataclass
class LoadReport:
    files: int
    documents: int
    tasks: int
    targets: int
    unattributed: int
    formats: dict[str, str]
    inputs: Inputs = field(default_factory=Inputs)


#: told each skipped file, warning and (with keep_going) failure as it happens
Notify = Callable[[str, Problem], None]


def read(paths: Iterable[str], pipeline: Pipeline | None = None, recursive: bool = False, keep_going: bool = False,
         strict: bool = False, notify: Notify | None = None) -> Inputs:
    """Read every file ``paths`` name (a directory stands for the documents in it; ``recursive`` descends).

    The first file that cannot be read raises :class:`PolkgError`, unless ``keep_going``: then the rest
    are read and the failures listed. A file in which no obligation is found is a warning (an error when
    ``strict``): it is usually not a plan, or a plan in a shape no reader knows.
    """
    pipeline = pipeline or Pipeline()
    selection = select(paths, recursive)
    out = Inputs(skipped=selection.skipped)
    tell = notify or (lambda kind, problem: None)
    for problem in selection.skipped:
        tell("skipped", problem)
    for problem in selection.failed:
        _fail(out, problem, keep_going, tell)
    for path in selection.files:
        try:
            extraction = pipeline.extract_source(read_source(path))
        except PolkgError as e:
            _fail(out, Problem(path, str(e).removeprefix(f"{path}: ")), keep_going, tell)
            continue
        if not extraction.tasks:
            empty = Problem(path, "no obligations found (0 tasks): not a plan, or one in a shape polkg cannot read")
            if strict:
                _fail(out, empty, keep_going, tell)
                continue
            out.warnings.append(empty)
            tell("warning", empty)
        out.extractions.append(extraction)
    if not out.extractions and not out.failed:
        raise PolkgError("no documents to read")
    return out


def _fail(out: Inputs, problem: Problem, keep_going: bool, tell: Notify) -> None:
    if not keep_going:
        raise PolkgError(str(problem))
    out.failed.append(problem)
    tell("error", problem)


def extract(paths: Iterable[str], pipeline: Pipeline | None = None) -> list[Extraction]:
    """Read every file (a directory stands for the documents in it); raises PolkgError on unreadable input."""
    return read(paths, pipeline).extractions


def load(paths: Iterable[str], store: Store, pipeline: Pipeline | None = None, recursive: bool = False,
         keep_going: bool = False, strict: bool = False, notify: Notify | None = None) -> LoadReport:
    """Extract the files, then replace what they contributed to the store, atomically.

    All files are read and the whole batch is built before anything is written, so bad input never
    leaves a half-written graph (with ``keep_going``, the files that could be read are loaded).
    """
    pipeline = pipeline or Pipeline()
    inputs = read(paths, pipeline, recursive, keep_going, strict, notify)
    extractions = inputs.extractions
    if extractions:
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
        inputs=inputs,
    )


def task_source(store: Store, task_id: str) -> dict[str, Any]:
    """Where a task was read from (``cypher/task-source.cypher``); PolkgError when no task has that id."""
    records = run_query(store, "task-source", {"id": task_id}).records()
    if not records:
        raise PolkgError(f"no task with id {task_id!r} in the store (ids are printed by polkg extract)")
    return records[0]


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
