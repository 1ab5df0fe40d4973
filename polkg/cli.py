"""The ``polkg`` command. Every command mirrors a function in :mod:`polkg.api`.

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
from typing import Any

import click

from polkg import api
from polkg.errors import PolkgError
from polkg.graph.analytics import EXPORT_FORMATS, to_networkx
from polkg.graph.analytics import export as export_graph
from polkg.graph.store import DEFAULT_STORE_DIR, DEFAULT_TIMEOUT, Store, open_store, scrub
from polkg.output import FORMATS, render
from polkg.queries import library


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

    @contextmanager
    def store(self, create: bool = False) -> Iterator[Store]:
        """The store, opened for one command. Only ``load`` (``create=True``) may start a new embedded store:
        elsewhere a mistyped directory would silently answer from an empty graph."""
        if not create and not (self.neo4j_uri or os.environ.get("NEO4J_URI")):
            where = Path(self.store_dir or os.environ.get("POLKG_STORE") or DEFAULT_STORE_DIR)
            if not where.is_dir():
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
    f = click.option("--json", "as_json", is_flag=True, help="Print JSON Lines (same as --format jsonl).")(f)
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                        help="Output format.")(f)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@store_options
@pass_settings
def load(settings: Settings, paths: tuple[str, ...]) -> None:
    """Load plan files (a directory stands for its *.txt) into the graph.

    Reloading a file replaces what it contributed; loading the same corpus twice changes no counts.

    \b
    Example: polkg load corpus/
    """
    with settings.store(create=True) as store:
        report = api.load(paths, store)
    click.echo(f"loaded {report.files} files: {report.documents} documents, {report.tasks} tasks, "
               f"{report.targets} targets ({report.unattributed} passages left unattributed) into {store.name}")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
def extract(paths: tuple[str, ...]) -> None:
    """Print tasks and targets as JSON Lines (contract v1, shared/eval/README.md).

    \b
    Example: polkg extract corpus/*.txt > pred.jsonl
    """
    from polkg import contract

    for extraction in api.extract(paths):
        for line in contract.lines(extraction):
            click.echo(line)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@fmt_option
def unattributed(paths: tuple[str, ...], fmt: str, as_json: bool) -> None:
    """List the passages that look like obligations or unit lists but could not be attributed.

    \b
    Example: polkg unattributed corpus/
    """
    rows: list[list[Any]] = [
        [u.doc, u.reason, u.span.start, u.span.end, u.quote]
        for extraction in api.extract(paths)
        for u in extraction.unattributed
    ]
    click.echo(render(["doc", "reason", "start", "end", "quote"], rows, "jsonl" if as_json else fmt))


@cli.command()
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="K=V", help="Query parameter (repeatable).")
@click.option("--list", "list_", is_flag=True, help="List the canned queries with their parameters.")
@fmt_option
@store_options
@pass_settings
def query(settings: Settings, name: str | None, params: tuple[str, ...], list_: bool, fmt: str,
          as_json: bool) -> None:
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
    click.echo(render(res.columns, res.rows, "jsonl" if as_json else fmt))


def describe_queries() -> str:
    out = []
    for q in library.load_all().values():
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
           as_json: bool) -> None:
    """Run one Cypher statement (read-only unless --write).

    \b
    Example: polkg cypher "MATCH (u:Unit)-[:LEADS]->(t:Task) RETURN u.name, count(t) AS n ORDER BY n DESC LIMIT 5"
    """
    bound = {k: library.coerce(v) for k, v in parse_params(params).items()}
    with settings.store() as store:
        res = store.query(statement, bound, write=write)
    click.echo(render(res.columns, res.rows, "jsonl" if as_json else fmt))


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
    click.echo(render(["kind", "name", "count"], rows))


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False, writable=True))
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="graphml", show_default=True)
@store_options
@pass_settings
def export(settings: Settings, path: str, fmt: str) -> None:
    """Export the whole graph for networkx, Gephi or yEd (GraphML, GEXF, node-link JSON).

    \b
    Example: polkg export polkg.graphml
    """
    with settings.store() as store:
        g = to_networkx(store)
    export_graph(g, Path(path), fmt)
    click.echo(f"wrote {g.number_of_nodes()} nodes and {g.number_of_edges()} edges to {path}")


def main() -> None:
    """Entry point: one-line errors, no tracebacks, credentials never echoed."""
    signal.signal(signal.SIGINT, _on_signal)
    signal.signal(signal.SIGTERM, _on_signal)
    try:
        cli.main(standalone_mode=False)
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
        click.echo(f"polkg: internal error: {type(e).__name__}: {scrub(str(e))} (POLKG_DEBUG=1 shows the traceback)",
                   err=True)
        sys.exit(2)
from polkg import cli_units  # noqa: E402,F401
