"""The ``polkg`` command. Every command mirrors a function in :mod:`polkg.api`.

Errors in input or environment print one line on stderr and exit 1; nothing prints a traceback unless
``POLKG_DEBUG=1``.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from polkg import api, contract
from polkg.errors import PolkgError
from polkg.graph.analytics import EXPORT_FORMATS, to_networkx
from polkg.graph.analytics import export as export_graph
from polkg.graph.store import DEFAULT_STORE_DIR, Store, open_store
from polkg.output import FORMATS, render
from polkg.queries import library


class Settings:
    """Where the graph lives: ``--store``/``--neo4j`` given before or after the command name, else the
    environment, else ``./.polkg``. This is the one place that decides it."""

    def __init__(self, store_dir: str | None, neo4j_uri: str | None) -> None:
        self.store_dir = store_dir
        self.neo4j_uri = neo4j_uri

    @contextmanager
    def store(self, create: bool = False) -> Iterator[Store]:
        """The store, opened for one command. Only ``load`` (``create=True``) may start a new embedded store:
        elsewhere a mistyped directory would silently answer from an empty graph."""
        if not create and not (self.neo4j_uri or os.environ.get("NEO4J_URI")):
            where = Path(self.store_dir or os.environ.get("POLKG_STORE") or DEFAULT_STORE_DIR)
            if not where.is_dir():
                raise PolkgError(f"no store at {where} (load plans first: polkg --store {where} load PATH)")
        store = open_store(self.store_dir, self.neo4j_uri)
        try:
            yield store
        finally:
            store.close()


pass_settings = click.make_pass_decorator(Settings)


def _set_store(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.ensure_object(Settings).store_dir = value


def _set_neo4j(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.ensure_object(Settings).neo4j_uri = value


def store_options(f: Any) -> Any:
    """``--store`` and ``--neo4j`` after the command name too (``polkg load --neo4j URI corpus/``)."""
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
@click.version_option(package_name="polkg")
@click.pass_context
def cli(ctx: click.Context, store_dir: str | None, neo4j_uri: str | None) -> None:
    """polkg: who must do what, by when, where, against which target — from Chinese policy plans.

    \b
    polkg load corpus/                  # read the plans into the graph
    polkg query vocs-leads              # who leads the VOCs tasks, plan by plan
    polkg extract corpus/*.txt > x.jsonl  # tasks and targets as JSON Lines
    """
    ctx.obj = Settings(store_dir, neo4j_uri)


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
    """Entry point: one-line errors, no tracebacks."""
    try:
        cli.main(standalone_mode=False)
    except PolkgError as e:
        click.echo(f"polkg: error: {e}", err=True)
        sys.exit(1)
    except click.exceptions.Abort:
        click.echo("polkg: aborted", err=True)
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
        click.echo(f"polkg: internal error: {type(e).__name__}: {e} (POLKG_DEBUG=1 shows the traceback)",
                   err=True)
        sys.exit(2)
from polkg import cli_units  # noqa: E402,F401
