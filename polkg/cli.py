"""The ``polkg`` command: a thin shell over :mod:`polkg.api`, as sqlite-utils' CLI is over its library. Each
command parses its options, calls one api function and prints what it returns; every command is defined here.

Errors in input or environment print one line on stderr and exit 1; Ctrl-C exits 130 and SIGTERM 143, each
with one line, after stopping the embedded server; nothing prints a traceback unless ``POLKG_DEBUG=1``.

Heavy modules (spaCy, networkx, the pydantic records) are imported by the commands that need them, so
``--help``, ``query``, ``cypher`` and ``stats`` start fast.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, cast

import click

from polkg import api
from polkg.errors import PolkgError, internal
from polkg.graph.analytics import EXPORT_FORMATS
from polkg.graph.store import DEFAULT_STORE_DIR, DEFAULT_TIMEOUT, Result, Store, open_store, scrub
from polkg.loaders.inputs.walk import Problem
from polkg.output import FORMATS, LoadProgress, render, terminal_width
from polkg.queries import library

if TYPE_CHECKING:
    from polkg.graph.model import Level

#: the levels of :data:`polkg.graph.model.Level` (a test keeps them equal), here so ``--help`` loads no model
LEVELS = ("national", "province", "city", "district", "township", "unknown")


class Interrupted(BaseException):
    """Ctrl-C or SIGTERM: unwinds through every ``finally`` (the embedded server is stopped) to :func:`main`."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _on_signal(signum: int, frame: FrameType | None) -> None:
    raise Interrupted(signum)


class Settings:
    """Where the graph lives: ``--store``/``--neo4j`` given before or after the command name, else the
    environment, else ``./.polkg``. This is the one place that decides it; with how to open it (``--wait`` for
    another writer, ``--timeout`` for read-only queries)."""

    def __init__(self, store_dir: str | None, neo4j_uri: str | None, wait: bool = False,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        self.store_dir = store_dir
        self.neo4j_uri = neo4j_uri
        self.wait = wait
        self.timeout = timeout

    def exists(self) -> bool:
        """Whether there is a graph to ask: a Neo4j URI is set, or the embedded store's directory exists."""
        if self.neo4j_uri or os.environ.get("NEO4J_URI"):
            return True
        where = self.where()
        if where.exists() and not where.is_dir():
            raise PolkgError(f"{where} is a file, not a store directory (pass --store DIR, a directory)")
        return where.is_dir()

    def where(self) -> Path:
        return Path(self.store_dir or os.environ.get("POLKG_STORE") or DEFAULT_STORE_DIR)

    @contextmanager
    def store(self, create: bool = False) -> Iterator[Store]:
        """The store, opened for one command. Only ``load`` (``create=True``) may start a new embedded store:
        elsewhere a mistyped directory would silently answer from an empty graph."""
        exists = self.exists()  # a store path that is a file fails here, for a load too
        if not create and not exists:
            where = self.where()
            raise PolkgError(f"no store at {where} (load plans first: polkg --store {where} load PATH)")
        store = open_store(self.store_dir, self.neo4j_uri, wait=self.wait, timeout=self.timeout)
        try:
            yield store
        finally:
            store.close()
            for note in getattr(store, "notes", []):
                click.echo(f"polkg: note: {note}", err=True)


pass_settings = click.make_pass_decorator(Settings)


def _set_store(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.ensure_object(Settings).store_dir = value


def _set_neo4j(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.ensure_object(Settings).neo4j_uri = value


def _set_wait(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        ctx.ensure_object(Settings).wait = True


def _set_timeout(ctx: click.Context, _param: click.Parameter, value: float | None) -> None:
    if value is not None:
        ctx.ensure_object(Settings).timeout = value


def store_options(f: Any) -> Any:
    """``--store``, ``--neo4j``, ``--wait`` and ``--timeout`` after the command name too
    (``polkg load --wait corpus/``)."""
    f = click.option("--timeout", type=click.FloatRange(min=0.001), metavar="SECONDS", expose_value=False,
                     callback=_set_timeout, help="Stop a read-only query after SECONDS (as polkg --timeout).")(f)
    f = click.option("--wait", is_flag=True, expose_value=False, callback=_set_wait,
                     help="Wait for another writer of the store (as polkg --wait).")(f)
    f = click.option("--neo4j", metavar="URI", expose_value=False, callback=_set_neo4j,
                     help="Use Neo4j 5 at URI (as polkg --neo4j).")(f)
    return click.option("--store", metavar="DIR", expose_value=False, callback=_set_store,
                        help="Embedded store directory (as polkg --store).")(f)


def parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        if "=" not in pair:
            raise PolkgError(f"--param takes key=value, got {pair!r}")
        k, v = pair.split("=", 1)
        out[k.strip()] = v
    return out


def fmt_option(f: Any) -> Any:
    f = click.option("--wide", is_flag=True, help="Tables: never clip a cell (default: fit the terminal).")(f)
    f = click.option("--json", "as_json", is_flag=True, help="Print JSON Lines (same as --format jsonl).")(f)
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                        help="Output format.")(f)


def show(res: Result, fmt: str = "table", as_json: bool = False, wide: bool = False) -> None:
    """Print a result: a table fitted to the terminal (unclipped with ``--wide``), JSON, JSON Lines or CSV."""
    click.echo(render(res.columns, res.rows, "jsonl" if as_json else fmt, 0 if wide else terminal_width()))


class Failure(click.ClickException):
    """A :class:`PolkgError` as click shows it: one line ``polkg: error: …`` on stderr, exit 1."""

    exit_code = 1

    def show(self, file: Any = None) -> None:
        click.echo(f"polkg: error: {self.message}", err=True)


class UsageFailure(Failure):
    """A mistyped command, option or value: one line like any other error (click's usage block is three), with
    the help to read; exit 2, click's code for a usage error."""

    exit_code = 2


def usage_failure(e: click.UsageError) -> UsageFailure:
    where = f" (see {e.ctx.command_path} --help)" if e.ctx is not None else ""
    return UsageFailure(" ".join(e.format_message().split()).rstrip(".") + where)


class Shell(click.Group):
    """The command group; input errors become one-line failures here, so the commands behave the same
    in-process (click's CliRunner, any caller of ``cli.main``) as through :func:`main`."""

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.exceptions.NoArgsIsHelpError:
            raise
        except click.UsageError as e:
            raise usage_failure(e) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except PolkgError as e:
            raise Failure(scrub(str(e))) from None
        except click.exceptions.NoArgsIsHelpError:
            raise
        except click.UsageError as e:
            raise usage_failure(e) from None


@click.group(cls=Shell, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", "store_dir", metavar="DIR",
              help="Embedded store directory [env POLKG_STORE; default ./.polkg].")
@click.option("--neo4j", "neo4j_uri", metavar="URI",
              help="Use Neo4j 5 at URI instead [env NEO4J_URI; NEO4J_USER, NEO4J_PASSWORD].")
@click.option("--wait", is_flag=True, envvar="POLKG_WAIT",
              help="When another polkg is writing to the store, wait for it instead of failing.")
@click.option("--timeout", type=click.FloatRange(min=0.001), default=DEFAULT_TIMEOUT, show_default=True,
              metavar="SECONDS", help="Stop a read-only query after this many seconds.")
@click.version_option(package_name="polkg")
@click.pass_context
def cli(ctx: click.Context, store_dir: str | None, neo4j_uri: str | None, wait: bool, timeout: float) -> None:
    """polkg: who must do what, by when, where, against which target — from Chinese policy plans.

    \b
    polkg load corpus/                  # read the plans into the graph
    polkg query vocs-leads              # who leads the VOCs tasks, plan by plan
    polkg extract corpus/*.txt > x.jsonl  # tasks and targets as JSON Lines
    """
    ctx.obj = Settings(store_dir, neo4j_uri, wait, timeout)


def input_options(f: Any) -> Any:
    """The options every command that reads files shares."""
    f = click.option("--strict", is_flag=True,
                     help="A file with no obligations in it is an error, not a warning.")(f)
    f = click.option("--keep-going", "-k", is_flag=True,
                     help="Read the other files when one fails; list the failures and exit 1 at the end.")(f)
    return click.option("--recursive", "-r", is_flag=True, help="Read the subdirectories of a directory too.")(f)


class Notices:
    """Prints one stderr line per skipped file, warning or (with --keep-going) failure, as it happens, and
    remembers the failures so the command can exit 1 at the end."""

    def __init__(self) -> None:
        self.failed = 0

    def __call__(self, kind: str, problem: Problem) -> None:
        click.echo(f"polkg: {kind}: {problem}", err=True)
        self.failed += kind == "error"

    def finish(self, read: int | None = None) -> None:
        if self.failed:
            of = f" of {read + self.failed}" if read is not None else ""
            raise PolkgError(f"{self.failed}{of} inputs failed (listed above)")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@input_options
@store_options
@pass_settings
def load(settings: Settings, paths: tuple[str, ...], recursive: bool, keep_going: bool, strict: bool) -> None:
    """Load plan files into the graph: .txt (UTF-8, UTF-16, GB18030/GBK), .pdf, .docx, .html.

    A directory stands for the documents in it (-r: and in its subdirectories); other files in it are
    named as skipped. Reloading a file replaces what it contributed; loading the same corpus twice
    changes no counts. A file that cannot be read stops the load with the graph unchanged, unless
    --keep-going.

    \b
    Example: polkg load -r plans/
    """
    notices = Notices()
    with settings.store(create=True) as store, LoadProgress() as progress:
        report = api.load(paths, store, on_file=progress, recursive=recursive, keep_going=keep_going,
                          strict=strict, notify=notices)
    click.echo(progress.summary(terminal_width()))
    click.echo(f"loaded {report.files} files: {report.documents} documents, {report.tasks} tasks, "
               f"{report.targets} targets ({report.unattributed} passages left unattributed) into {store.name}")
    notices.finish(report.files)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@input_options
@click.option("--jobs", "-j", type=click.IntRange(min=1), metavar="N",
              help="Read files in N processes [default: one per core; one for under 1 MB].")
def extract(paths: tuple[str, ...], recursive: bool, keep_going: bool, strict: bool, jobs: int | None) -> None:
    """Print tasks and targets as JSON Lines (contract v1, shared/eval/README.md).

    \b
    Example: polkg extract corpus/*.txt > pred.jsonl
    """
    notices = Notices()
    files = 0
    for text in api.iter_printed(paths, recursive=recursive, keep_going=keep_going, strict=strict,
                                 notify=notices, workers=jobs):
        if text:  # printed as each file is read: nothing is held back
            click.echo(text)
        files += 1
    notices.finish(files)


@cli.command("show")
@click.argument("task_id")
@click.option("--context", "-C", "context", default=2, show_default=True, metavar="N",
              help="Lines of the extracted text to show before and after the task.")
@store_options
@pass_settings
def show_task(settings: Settings, task_id: str, context: int) -> None:
    """Where a task was read from: file, page, paragraph or table cell, offsets, and the text around it.

    \b
    Example: polkg show "$(polkg extract plan.pdf | head -1 | jq -r .id)"
    """
    from polkg.loaders.inputs.show import describe_task

    with settings.store() as store:
        record = api.task_source(store, task_id)
    click.echo(describe_task(record, context))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--keep-going", "-k", is_flag=True,
              help="Read the other files when one fails; list the failures and exit 1 at the end.")
@click.option("--recursive", "-r", is_flag=True, help="Read the subdirectories of a directory too.")
@fmt_option
def unattributed(paths: tuple[str, ...], recursive: bool, keep_going: bool, fmt: str, as_json: bool,
                 wide: bool) -> None:
    """List the passages that look like obligations or unit lists but could not be attributed.

    \b
    Example: polkg unattributed -r plans/
    """
    notices = Notices()
    res = api.unattributed(paths, recursive=recursive, keep_going=keep_going, notify=notices)
    show(res, fmt, as_json, wide)
    notices.finish()


@cli.command()
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="K=V", help="Query parameter (repeatable).")
@click.option("--list", "list_", is_flag=True, help="List the canned queries with their parameters.")
@fmt_option
@store_options
@pass_settings
def query(settings: Settings, name: str | None, params: tuple[str, ...], list_: bool, fmt: str,
          as_json: bool, wide: bool) -> None:
    """Run a canned query from the library (cypher/*.cypher).

    \b
    Examples:
      polkg query --list
      polkg query vocs-leads
      polkg query vocs-leads --param topic=dust --format csv
    """
    if list_ or not name:
        click.echo(describe_queries())
        return
    given = parse_params(params)
    library.get(name).bind(given)  # a bad name or value fails before the store is opened
    with settings.store() as store:
        res = api.run_query(store, name, given)
    show(res, fmt, as_json, wide)


def describe_queries() -> str:
    out = []
    for q in api.queries():
        out.append(f"{q.name}: {q.title}")
        if q.answers:
            out.append(f"    {q.answers}")
        for p in q.params:
            default = "required" if p.required else f"default {p.default}"
            out.append(f"    --param {p.name}=…  ({default}) {p.doc}".rstrip())
        for ex in q.examples:
            out.append(f"    e.g. {ex}")
    return "\n".join(out)


@cli.command()
@click.argument("statement")
@click.option("--param", "-p", "params", multiple=True, metavar="K=V", help="Query parameter (repeatable).")
@click.option("--write", is_flag=True, help="Allow the statement to change the graph.")
@fmt_option
@store_options
@pass_settings
def cypher(settings: Settings, statement: str, params: tuple[str, ...], write: bool, fmt: str,
           as_json: bool, wide: bool) -> None:
    """Run one Cypher statement (read-only unless --write).

    \b
    Example: polkg cypher "MATCH (u:Unit)-[:LEADS]->(t:Task) RETURN u.name, count(t) AS n ORDER BY n DESC LIMIT 5"
    """
    with settings.store() as store:
        res = api.cypher(store, statement, parse_params(params), write=write)
    show(res, fmt, as_json, wide)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@store_options
@pass_settings
def stats(settings: Settings, as_json: bool) -> None:
    """Node counts per label and edge counts per relationship type.

    \b
    Example: polkg stats --json
    """
    with settings.store() as store:
        counts = api.stats(store)
    if as_json:
        click.echo(json.dumps(counts, ensure_ascii=False, indent=1))
        return
    rows: list[list[Any]] = [["node", k, v] for k, v in counts["labels"].items()]
    rows += [["edge", k, v] for k, v in counts["relationships"].items()]
    show(Result(["kind", "name", "count"], rows))


#: the format an export file's extension asks for, when --format does not say
EXPORT_EXTENSIONS = {".graphml": "graphml", ".gexf": "gexf", ".json": "json"}


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False, writable=True))
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS),
              help="graphml, gexf or json [default: from PATH's extension (.graphml, .gexf, .json), else graphml].")
@store_options
@pass_settings
def export(settings: Settings, path: str, fmt: str | None) -> None:
    """Export the whole graph for networkx, Gephi or yEd (GraphML, GEXF, node-link JSON).

    \b
    Examples:
      polkg export polkg.graphml
      polkg export polkg.gexf          # GEXF for Gephi: the extension says which format
    """
    fmt = fmt or EXPORT_EXTENSIONS.get(Path(path).suffix.lower(), "graphml")
    with settings.store() as store:
        g = api.export(store, path, fmt)
    click.echo(f"wrote {g.number_of_nodes()} nodes and {g.number_of_edges()} edges to {path}")


#: the canned queries that return nodes or paths, so ``viz`` draws them (tests/test_cli_ux.py keeps this true)
DRAWN = ("citations", "counterparts", "unit-portfolio")
VIZ_EXAMPLE = "MATCH p = (u:Unit)-[:LEADS]->(:Task)-[:ABOUT]->(:Topic {key: 'VOCs'}) RETURN p"


@cli.command()
@click.argument("query")
@click.option("--param", "-p", "params", multiple=True, metavar="K=V", help="Query parameter (repeatable).")
@click.option("--out", "-o", default="graph.html", show_default=True, type=click.Path(dir_okay=False),
              help="The HTML file to write.")
@click.option("--title", help="Page title (default: the query).")
@store_options
@pass_settings
def viz(settings: Settings, query: str, params: tuple[str, ...], out: str, title: str | None) -> None:
    """Draw a query's result as one self-contained HTML page: nodes coloured by label, hover shows where each
    came from (document, section, quote, offsets). Opens offline; nothing is fetched from the network.

    QUERY is a canned query that returns nodes or paths, or one Cypher statement.

    \b
    Examples:
      polkg viz "MATCH (u:Unit)-[r:LEADS]->(t:Task)-[:ABOUT]->(:Topic {key: 'VOCs'}) RETURN u, r, t" --out vocs.html
      polkg viz unit-portfolio -p unit=环境保护厅 --out portfolio.html    # a query that returns paths
    """
    given = parse_params(params)
    with settings.store() as store:
        try:
            g = api.viz(store, query, out, given, title)
        except PolkgError as e:
            if "holds no nodes" in str(e) and query in {q.name for q in api.queries()}:
                hint = f"or draw Cypher, e.g. polkg viz \"{VIZ_EXAMPLE}\""
                raise PolkgError(f"{query} returns a table, which holds no nodes to draw: the canned queries that "
                                 f"draw are {', '.join(DRAWN)}; {hint}") from e
            raise
    click.echo(f"wrote {g.number_of_nodes()} nodes and {g.number_of_edges()} edges to {out}")


@cli.command()
@click.argument("name")
@click.option("--level", type=click.Choice(LEVELS), default="unknown", show_default=True,
              help="Level of the document that names the unit.")
@click.option("--jurisdiction", metavar="REGION", help="The document's region, e.g. 乐山市市中区 or 四川省.")
@click.option("--year", type=int, help="Year of the document (renames after it are flagged).")
@click.option("--issuer", metavar="UNIT", help="Issuing unit; with --division, NAME is one of its divisions.")
@click.option("--division", is_flag=True, help="Resolve NAME as an internal division (大气处) of --issuer.")
@click.option("--in", "document", type=click.Path(dir_okay=False), metavar="FILE",
              help="Read level, jurisdiction, year and issuer from this plan (its first document), and say why.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def resolve(name: str, level: str, jurisdiction: str | None, year: int | None, issuer: str | None,
            division: bool, document: str | None, as_json: bool) -> None:
    """Show what a written unit name resolves to, and why.

    \b
    Examples:
      polkg resolve 区发展改革局 --level district --jurisdiction 乐山市市中区 --year 2019
      polkg resolve "省发展改革委(省能源局)" --level province --jurisdiction 四川省
      polkg resolve 大气处 --division --issuer 四川省环境保护厅办公室 --level province --jurisdiction 四川省
      polkg resolve 县发改局 --in plan.txt
    """
    if not name.strip():
        raise PolkgError("the unit name is empty: give the name as the plan writes it, e.g. 县发改局")
    out = api.resolve(name.strip(), cast("Level", level), jurisdiction, year, issuer, division, document)
    if as_json:
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    for key in ("canonical", "id", "kind", "level", "system", "jurisdiction"):
        click.echo(f"{key:13}{out[key] if out[key] is not None else '-'}")
    for link in out["links"]:
        click.echo(f"{'link':13}{link}")
    click.echo("why:")
    for i, step in enumerate(out["why"], start=1):
        click.echo(f"  {i}. {step}")


@cli.command()
@click.option("--system", metavar="SYSTEM", help="Only units of this functional system, e.g. 生态环境.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines.")
@click.option("--wide", is_flag=True, help="Never clip a cell (default: fit the terminal).")
@store_options
@pass_settings
def units(settings: Settings, system: str | None, as_json: bool, wide: bool) -> None:
    """List the units known to the reference data and, when a store is loaded, those in the graph:
    place, level, system, why the resolver named each so, aliases and successors (SUCCEEDED_BY, with dates).

    \b
    Examples:
      polkg units --system 生态环境
      polkg --store .polkg units --json
    """
    if settings.exists():
        with settings.store() as store:
            res = api.units(store, system)
            every = api.units(store) if system and not res.rows else res
    else:
        res = api.units(None, system)
        every = api.units(None) if system and not res.rows else res
    if system and not res.rows:  # a mistyped system would read as "there are no such units"
        systems = sorted({r["system"] for r in every.records() if r["system"]})
        raise PolkgError(f"no unit of system {system!r}{library.suggest(system, systems)}")
    show(res, as_json=as_json, wide=wide)


def main(argv: list[str] | None = None) -> None:
    """Entry point: one-line errors, no tracebacks, credentials never echoed."""
    signal.signal(signal.SIGINT, _on_signal)
    signal.signal(signal.SIGTERM, _on_signal)
    try:
        cli.main(argv, standalone_mode=False)
    except Interrupted as e:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut the clean-up short
        click.echo("polkg: interrupted" if e.signum == signal.SIGINT else "polkg: terminated", err=True)
        sys.exit(130 if e.signum == signal.SIGINT else 143)
    except PolkgError as e:
        click.echo(f"polkg: error: {scrub(str(e))}", err=True)
        sys.exit(1)
    except click.exceptions.Abort:
        click.echo("polkg: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as e:
        if os.environ.get("POLKG_DEBUG"):
            raise
        click.echo(f"polkg: {scrub(internal(e))}", err=True)
        sys.exit(2)
