"""``polkg resolve`` and ``polkg units``: what a written unit name stands for, and which units are known.

Registered onto the ``polkg`` click group by the import at the end of :mod:`polkg.cli`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, get_args

import click

from polkg.cli import Settings, cli, pass_settings, store_options
from polkg.graph.model import Level
from polkg.graph.resolve import Context, ResolvedUnit, Resolver
from polkg.graph.store import DEFAULT_STORE_DIR
from polkg.output import render

STORE_UNITS = """
MATCH (u:Unit)
OPTIONAL MATCH (u)-[s:SUCCEEDED_BY]->(n:Unit)
RETURN u.name AS name, u.kind AS kind, u.level AS level, u.system AS system, u.jurisdiction AS jurisdiction,
       u.aliases AS aliases,
       collect(n.name + CASE WHEN s.date IS NULL THEN '' ELSE ' (' + s.date + ')' END) AS successors
"""


@cli.command()
@click.argument("name")
@click.option("--level", type=click.Choice(get_args(Level)), default="unknown", show_default=True,
              help="Level of the document that names the unit.")
@click.option("--jurisdiction", metavar="REGION", help="The document's region, e.g. 乐山市市中区 or 四川省.")
@click.option("--year", type=int, help="Year of the document (renames after it are flagged).")
@click.option("--issuer", metavar="UNIT", help="Issuing unit; with --division, NAME is one of its divisions.")
@click.option("--division", is_flag=True, help="Resolve NAME as an internal division (大气处) of --issuer.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def resolve(name: str, level: Level, jurisdiction: str | None, year: int | None, issuer: str | None,
            division: bool, as_json: bool) -> None:
    """Show what a written unit name resolves to, and why.

    \b
    Examples:
      polkg resolve 区发展改革局 --level district --jurisdiction 乐山市市中区 --year 2019
      polkg resolve "省发展改革委(省能源局)" --level province --jurisdiction 四川省
      polkg resolve 大气处 --division --issuer 四川省环境保护厅办公室 --level province --jurisdiction 四川省
    """
    ctx = Context(level=level, jurisdiction=jurisdiction, year=year, issuer=issuer)
    resolver = Resolver()
    unit = resolver.resolve_division(name, ctx) if division else resolver.resolve_unit(name, ctx)
    out = describe(unit, year)
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


def describe(unit: ResolvedUnit, year: int | None = None) -> dict[str, Any]:
    """A resolved unit as plain data, with its links spelled out and renames before ``year`` flagged."""
    links, why = [], list(unit.why)
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


@cli.command()
@click.option("--system", metavar="SYSTEM", help="Only units of this functional system, e.g. 生态环境.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines.")
@store_options
@pass_settings
def units(settings: Settings, system: str | None, as_json: bool) -> None:
    """List the units known to the reference data and, when a store is loaded, those in the graph:
    aliases, level, system and successors (SUCCEEDED_BY, with dates).

    \b
    Examples:
      polkg units --system 生态环境
      polkg --store .polkg units --json
    """
    rows = {r["name"]: r for r in reference_rows()}
    if store_exists(settings):
        with settings.store() as store:
            for r in store.query(STORE_UNITS).records():
                rows[r["name"]] = {**r, "aliases": r["aliases"] or [], "successors": r["successors"] or []}
    found = sorted((r for r in rows.values() if system is None or r.get("system") == system),
                   key=lambda r: (r.get("system") or "", r.get("level") or "", r["name"]))
    columns = ["name", "kind", "level", "system", "jurisdiction", "aliases", "successors"]
    click.echo(render(columns, [[r.get(c) for c in columns] for r in found], "json" if as_json else "table"))


def reference_rows() -> list[dict[str, Any]]:
    """The reference graph's units (renames and mergers of the reference jurisdictions' departments)."""
    batch = Resolver().unit_graph(Resolver().reference_units())
    succ: dict[str, list[str]] = {}
    for e in batch.edges.values():
        if e.type == "SUCCEEDED_BY":
            succ.setdefault(e.src, []).append(f"{batch.nodes[e.dst].props['name']} ({e.props.get('date', '?')})")
    return [{**{k: n.props.get(k) for k in ("name", "kind", "level", "system", "jurisdiction")},
             "aliases": n.props.get("aliases", []), "successors": succ.get(n.id, [])}
            for n in batch.nodes.values() if n.label == "Unit"]


def store_exists(settings: Settings) -> bool:
    """Whether a store was loaded: a Neo4j URI is set, or the embedded store's directory exists."""
    if settings.neo4j_uri or os.environ.get("NEO4J_URI"):
        return True
    return Path(settings.store_dir or os.environ.get("POLKG_STORE") or DEFAULT_STORE_DIR).exists()
