"""The library behind the CLI: each command is one function here, usable from a notebook.

    >>> from polkg import api
    >>> from polkg.graph.store import open_store
    >>> store = open_store(".polkg")
    >>> api.load(["corpus"], store)
    >>> api.run_query(store, "vocs-leads").records()
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from difflib import get_close_matches
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from polkg.errors import PolkgError
from polkg.graph.analytics import to_networkx
from polkg.graph.store import Result, Store
from polkg.loaders.inputs.walk import Problem, select
from polkg.queries import library

if TYPE_CHECKING:  # extraction (spaCy, the pydantic records) loads only for the functions that read files
    from polkg.graph.batch import GraphBatch
    from polkg.graph.model import Extraction, Level
    from polkg.graph.resolve import Context, Resolver
    from polkg.pipeline import Pipeline

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

#: told after each file is read: (files done, files in all, what the file gave) — the CLI's progress bar
OnFile = Callable[[int, int, "Extraction"], None]


def read(paths: Iterable[str], pipeline: Pipeline | None = None, recursive: bool = False, keep_going: bool = False,
         strict: bool = False, notify: Notify | None = None, on_file: OnFile | None = None,
         workers: int | None = None) -> Inputs:
    """Read every file ``paths`` name (a directory stands for the documents in it; ``recursive`` descends).

    The first file that cannot be read raises :class:`PolkgError`, unless ``keep_going``: then the rest
    are read and the failures listed. A file in which no obligation is found is a warning (an error when
    ``strict``): it is usually not a plan, or a plan in a shape no reader knows. ``workers``: see
    :func:`iter_extract`.
    """
    out = Inputs()
    out.extractions = list(iter_extract(paths, pipeline, on_file, recursive, keep_going, strict, notify, workers, out))
    return out


def iter_extract(paths: Iterable[str], pipeline: Pipeline | None = None, on_file: OnFile | None = None,
                 recursive: bool = False, keep_going: bool = False, strict: bool = False,
                 notify: Notify | None = None, workers: int | None = None,
                 inputs: Inputs | None = None) -> Iterator[Extraction]:
    """What every file gives, one file at a time and in the order :func:`read` reads them, holding no more
    than a few files' results: an archive of any size is extracted in flat memory.

    Files are read by ``workers`` processes (default: every core this process may use; 1 reads in this
    process). Skipped files, failures and warnings are told to ``notify`` and, when given, recorded in
    ``inputs`` (whose ``extractions`` is left alone)."""
    from polkg.parallel import extract_files

    out = inputs if inputs is not None else Inputs()
    files: list[Path] = []
    for done, extraction in enumerate(_each(paths, pipeline, recursive, keep_going, strict, notify, out, files,
                                            lambda p, ps: extract_files(ps, p, workers), lambda x: len(x.tasks)), 1):
        if on_file:
            on_file(done + len(out.failed), len(files), extraction)
        yield extraction


def iter_printed(paths: Iterable[str], pipeline: Pipeline | None = None, recursive: bool = False,
                 keep_going: bool = False, strict: bool = False, notify: Notify | None = None,
                 workers: int | None = None) -> Iterator[str]:
    """What ``polkg extract`` prints for each file (its JSON lines, joined), one file at a time as
    :func:`iter_extract` reads them; the lines are made by the process that read the file."""
    from polkg import contract
    from polkg.parallel import map_files

    for printed in _each(paths, pipeline, recursive, keep_going, strict, notify, Inputs(), [],
                         lambda p, ps: map_files(ps, p, contract.printed, workers), lambda x: x.tasks):
        yield printed.text


def _each[R](paths: Iterable[str], pipeline: Pipeline | None, recursive: bool, keep_going: bool, strict: bool,
          notify: Notify | None, out: Inputs, files: list[Path],
          run: Callable[[Pipeline, list[Path]], Iterator[tuple[Path, R | PolkgError]]],
          tasks: Callable[[R], int]) -> Iterator[R]:
    """The files ``paths`` name (listed into ``files``) read by ``run``, failures and empty files told."""
    from polkg.pipeline import Pipeline

    pipeline = pipeline or Pipeline()
    selection = select(paths, recursive)
    files.extend(selection.files)
    out.skipped.extend(selection.skipped)
    tell = notify or (lambda kind, problem: None)
    for problem in selection.skipped:
        tell("skipped", problem)
    for problem in selection.failed:
        _fail(out, problem, keep_going, tell)
    done = 0
    for path, result in run(pipeline, selection.files):
        if isinstance(result, PolkgError):
            _fail(out, Problem(path, str(result).removeprefix(f"{path}: ")), keep_going, tell)
            continue
        if not tasks(result):
            empty = Problem(path, "no obligations found (0 tasks): not a plan, or one in a shape polkg cannot read")
            if strict:
                _fail(out, empty, keep_going, tell)
                continue
            out.warnings.append(empty)
            tell("warning", empty)
        done += 1
        yield result
    if not done and not out.failed:
        raise PolkgError("no documents to read")


def _fail(out: Inputs, problem: Problem, keep_going: bool, tell: Notify) -> None:
    if not keep_going:
        raise PolkgError(str(problem))
    out.failed.append(problem)
    tell("error", problem)


def extract(paths: Iterable[str], pipeline: Pipeline | None = None, on_file: OnFile | None = None,
            recursive: bool = False, keep_going: bool = False, strict: bool = False,
            notify: Notify | None = None, workers: int | None = None) -> list[Extraction]:
    """What every file gives (a directory stands for the documents in it); see :func:`read` for the options,
    and :func:`iter_extract` for one file at a time."""
    return read(paths, pipeline, recursive, keep_going, strict, notify, on_file, workers).extractions


def load(paths: Iterable[str], store: Store, pipeline: Pipeline | None = None, on_file: OnFile | None = None,
         recursive: bool = False, keep_going: bool = False, strict: bool = False,
         notify: Notify | None = None) -> LoadReport:
    """Extract the files and replace what they contributed to the store, atomically.

    The files are read, built and written a few at a time (:data:`PART_TASKS`), so memory stays flat however
    many there are, and the store makes the whole load one unit: a file that cannot be read (unless
    ``keep_going``: then it is listed and the others are loaded) or a failed write leaves the graph as it
    was. ``on_file`` is told as each file is read. The files are read in this process, in order: the graph
    is built with what the resolver learned while reading them (every way a unit was written, the places
    named), which worker processes would keep to themselves.
    """
    from polkg.pipeline import Pipeline

    pipeline = pipeline or Pipeline()
    # The reference places a load writes are those its own files name: what this pipeline read before (a
    # notebook extracts, then loads) must not change the graph.
    pipeline.resolver.forget_places()
    inputs = Inputs()
    report = LoadReport(files=0, documents=0, tasks=0, targets=0, unattributed=0, formats={}, inputs=inputs)

    def counted() -> Iterator[Extraction]:
        for e in iter_extract(paths, pipeline, on_file, recursive, keep_going, strict, notify, 1, inputs):
            report.files += 1
            report.documents += len(e.documents)
            report.tasks += len(e.tasks)
            report.targets += len(e.targets)
            report.unattributed += len(e.unattributed)
            report.formats[e.doc] = e.format
            yield e

    extractions = counted()
    first = next(extractions, None)  # nothing readable: an error before the store is touched
    if first is not None:
        store.ensure_schema()
        store.replace_parts(parts(itertools.chain([first], extractions), pipeline.resolver))
    return report


#: tasks per part of a load: each part is built and written before the next files are read
PART_TASKS = 10_000


def parts(extractions: Iterable[Extraction], resolver: Resolver,
          size: int = PART_TASKS) -> Iterator[tuple[list[str], GraphBatch]]:
    """``(file stems, batch)`` of consecutive files of about ``size`` tasks in all: the parts of a load."""
    from polkg.graph.build import build

    chunk: list[Extraction] = []
    tasks = 0
    for e in extractions:
        chunk.append(e)
        tasks += len(e.tasks)
        if tasks >= size:
            yield [x.doc for x in chunk], build(chunk, resolver)
            chunk, tasks = [], 0
    if chunk:
        yield [x.doc for x in chunk], build(chunk, resolver)


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


__all__ = ["LoadReport", "cypher", "export", "extract", "graph", "iter_extract", "iter_printed", "load", "queries",
           "resolve", "run_query", "stats", "to_networkx", "unattributed", "units", "viz"]


def queries() -> list[library.Query]:
    """The canned queries of ``cypher/``: name, title, what each answers, parameters with types and defaults."""
    return list(library.load_all().values())


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


def cypher(store: Store, statement: str, params: dict[str, Any] | None = None, write: bool = False) -> Result:
    """One Cypher statement, read-only unless ``write``. Text values from a command line that look like whole
    numbers become integers (``plan=0``); typed values pass through."""
    bound = {k: library.coerce(v) if isinstance(v, str) else v for k, v in (params or {}).items()}
    return store.query(statement, bound, write=write)


def unattributed(paths: Iterable[str], pipeline: Pipeline | None = None, recursive: bool = False,
                 keep_going: bool = False, notify: Notify | None = None) -> Result:
    """The passages that look like obligations or unit lists but could not be attributed, one row each; the
    files read as :func:`read` reads them (``recursive``, ``keep_going``)."""
    rows: list[list[Any]] = [
        [u.doc, u.reason, u.span.start, u.span.end, u.quote]
        for extraction in extract(paths, pipeline, recursive=recursive, keep_going=keep_going, notify=notify)
        for u in extraction.unattributed
    ]
    return Result(["doc", "reason", "start", "end", "quote"], rows)


def graph(store: Store, query: str, params: dict[str, Any] | None = None) -> Any:
    """The nodes and relationships a query returns, as a networkx MultiDiGraph. ``query`` is a canned query's
    name or, when it is none (it has spaces), one read-only Cypher statement."""
    if " " in query.strip() or "\n" in query:
        return to_networkx(cypher(store, query, params))
    return to_networkx(run_query(store, query, params))


def export(store: Store, path: str | Path, fmt: str = "graphml") -> Any:
    """Write the whole graph as GraphML, GEXF or node-link JSON; returns the networkx graph written."""
    from polkg.graph.analytics import export as write

    g = to_networkx(store)
    write(g, Path(path), fmt)
    return g


def viz(store: Store, query: str, out: str | Path, params: dict[str, Any] | None = None,
        title: str | None = None) -> Any:
    """A query's result as one self-contained HTML page (no network needed to open it); returns its graph."""
    from polkg import viz as html

    g = graph(store, query, params)
    html.write(g, Path(out), title or query)
    return g


def resolve(name: str, level: Level = "unknown", jurisdiction: str | None = None, year: int | None = None,
            issuer: str | None = None, division: bool = False, document: str | None = None) -> dict[str, Any]:
    """What a written unit name resolves to in a document's context, and why, as plain data. ``document``: a
    plan file whose level, jurisdiction, year and issuer stand where the arguments leave them unset."""
    from polkg.graph.resolve import Context, Resolver

    ctx = Context(level=level, jurisdiction=jurisdiction, year=year, issuer=issuer)
    document_why: list[str] = []
    if document:
        ctx, document_why = document_context(Path(document), ctx)
    year = ctx.year
    resolver = Resolver()
    unit = resolver.resolve_division(name, ctx) if division else resolver.resolve_unit(name, ctx)
    links, why = [], [*document_why, *unit.why]
    for link in unit.links:
        other = link.unit.canonical if link.unit else f"region {link.region}"
        props = dict(link.props)
        detail = f" {props}" if props else ""
        links.append(f"{other} -[:{link.type}]-> {unit.canonical}{detail}" if link.reverse
                     else f"{unit.canonical} -[:{link.type}]-> {other}{detail}")
        date = props.get("date", "")
        if link.type == "SUCCEEDED_BY" and year and date[:4].isdigit() and int(date[:4]) < year:
            why.append(f"note: by {year} this unit had become {other} ({date})")
    return {"canonical": unit.canonical, "id": unit.id, "kind": unit.kind, "level": unit.level,
            "system": unit.system, "jurisdiction": unit.jurisdiction, "links": links, "why": why}


def document_context(path: Path, given: Context) -> tuple[Context, list[str]]:
    """The context of a plan file's first document (level, jurisdiction, year, issuer) where ``given`` leaves
    them unset, and why: what ``polkg resolve --in`` shows first."""
    from polkg.graph.resolve import Context
    from polkg.loaders import metadata
    from polkg.loaders.inputs import read_source
    from polkg.loaders.registry import detect

    text = read_source(path).text
    extraction = detect(text).load(text, path.stem)
    metadata.annotate(extraction, text)
    if not extraction.documents:
        raise PolkgError(f"{path}: no document found")
    d = extraction.documents[0]
    _, reason = metadata.explain_jurisdiction(d.title, d.issuer, d.number,
                                              metadata.plan_text(text, extraction.documents, d))
    ctx = Context(level=given.level if given.level != "unknown" else d.level,
                  jurisdiction=given.jurisdiction or d.jurisdiction, year=given.year or d.year,
                  issuer=given.issuer or d.issuer, committees=tuple(d.committees),
                  short_names=tuple(d.short_names.items()),
                  word=None if given.jurisdiction else d.level_word)
    county = " (county level)" if ctx.level == "district" else ""
    return ctx, [f"document {path.name}: {d.title!r}; level {ctx.level}{county}, "
                 f"jurisdiction {ctx.jurisdiction or 'not found'} ({reason}); year {ctx.year or 'not stated'}"]


STORE_UNITS = """
MATCH (u:Unit)
OPTIONAL MATCH (u)-[s:SUCCEEDED_BY]->(n:Unit)
RETURN u.name AS name, u.kind AS kind, u.level AS level, u.system AS system, u.jurisdiction AS jurisdiction,
       u.aliases AS aliases,
       collect(n.name + CASE WHEN s.date IS NULL THEN '' ELSE ' (' + s.date + ')' END) AS successors
"""
UNIT_COLUMNS = ["name", "kind", "level", "system", "jurisdiction", "why", "aliases", "successors"]


def units(store: Store | None = None, system: str | None = None) -> Result:
    """The units the reference data know (renames and mergers of the reference jurisdictions' departments) and,
    given a store, those in the graph: place (jurisdiction), level, system and why the resolver named it so,
    aliases, successors with dates; ``system`` filters."""
    rows = {r["name"]: r for r in _reference_units()}
    if store is not None:
        for r in store.query(STORE_UNITS).records():
            rows[r["name"]] = {**r, "aliases": r["aliases"] or [], "successors": r["successors"] or [],
                               "why": rows.get(r["name"], {}).get("why") or _why(r)}
    found = sorted((r for r in rows.values() if system is None or r.get("system") == system),
                   key=lambda r: (r.get("system") or "", r.get("level") or "", r["name"]))
    return Result(list(UNIT_COLUMNS), [[r.get(c) for c in UNIT_COLUMNS] for r in found])


def _why(row: dict[str, Any]) -> str:
    """Why a unit of the graph has its place, level and system: its name read again in its own place and level
    (a node holds no reason, since which of its written forms came first depends on the load order)."""
    from polkg.graph.resolve import Context

    level = row.get("level") if row.get("level") in ("national", "province", "city", "district", "township") \
        else "unknown"
    ctx = Context(level=cast("Level", level), jurisdiction=row.get("jurisdiction"))
    return "; ".join(_resolver().resolve_unit(row["name"], ctx).why)


@cache
def _resolver() -> Resolver:
    from polkg.graph.resolve import Resolver

    return Resolver()


def _reference_units() -> list[dict[str, Any]]:
    from polkg.graph.resolve import Resolver

    resolver = Resolver()
    units = resolver.reference_units()
    batch = resolver.unit_graph(units)
    why = {u.id: "; ".join(u.why) for u in units}
    why.update({link.unit.id: "; ".join(link.unit.why) for u in units for link in u.links if link.unit})
    succ: dict[str, list[str]] = {}
    for e in batch.edges.values():
        if e.type == "SUCCEEDED_BY":
            succ.setdefault(e.src, []).append(f"{batch.nodes[e.dst].props['name']} ({e.props.get('date', '?')})")
    return [{**{k: n.props.get(k) for k in ("name", "kind", "level", "system", "jurisdiction")},
             "why": why.get(n.id), "aliases": n.props.get("aliases", []), "successors": succ.get(n.id, [])}
            for n in batch.nodes.values() if n.label == "Unit"]
