"""Entity resolution: one node per real-world unit, however it is written.

STUB: the interface is fixed (the pipeline and graph builder call it); the gazetteer-backed
implementation replaces the bodies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from polkg.graph import ids
from polkg.graph.batch import GraphBatch
from polkg.graph.model import Level
from polkg.loaders.text import compact
from polkg.nlp import gazetteer

UnitKind = Literal["department", "government", "division", "group", "committee", "other"]


@dataclass(frozen=True)
class Context:
    """What a document implies about the units it names."""

    level: Level = "unknown"
    jurisdiction: str | None = None  # canonical region name, e.g. 乐山市市中区, 四川省
    year: int | None = None  # year of issue: renames before/after it matter
    issuer: str | None = None  # the issuing unit: internal divisions (大气处) are part of it


@dataclass(frozen=True)
class ResolvedUnit:
    id: str
    canonical: str
    kind: UnitKind = "other"
    level: Level = "unknown"
    system: str | None = None  # functional system, e.g. 生态环境
    jurisdiction: str | None = None
    aliases: tuple[str, ...] = ()
    why: tuple[str, ...] = field(default_factory=tuple)  # the steps that led here, for `polkg resolve`


class Resolver:
    """Resolves unit mentions against the gazetteers in :mod:`polkg.data`."""

    def resolve_unit(self, mention: str, ctx: Context) -> ResolvedUnit:
        name = compact(mention)
        return ResolvedUnit(id=ids.unit_id(name), canonical=name, why=("no gazetteer entry; kept as written",))

    def resolve_division(self, mention: str, ctx: Context) -> ResolvedUnit:
        """An internal division (大气处, 水处) of the issuing unit named in ``ctx``."""
        name = compact(mention)
        owner = ctx.issuer or ""
        return ResolvedUnit(id=ids.unit_id(f"{owner}{name}"), canonical=f"{owner}{name}", kind="division",
                            why=("internal division of the issuer",))

    def unit_graph(self, units: list[ResolvedUnit]) -> GraphBatch:
        """Unit nodes for the resolved units plus what the gazetteers say about them (PART_OF,
        SUCCEEDED_BY, HAS_MEMBER, JURISDICTION ...)."""
        batch = GraphBatch()
        for u in units:
            batch.node(u.id, "Unit", name=u.canonical, kind=u.kind, level=u.level, system=u.system,
                       jurisdiction=u.jurisdiction, aliases=list(u.aliases))
        return batch

    def static_graph(self) -> GraphBatch:
        """Reference nodes and edges that do not depend on the corpus: regions and their hierarchy,
        water bodies and the river network, the topic taxonomy (from :mod:`polkg.nlp.gazetteer`), and
        the units' renames."""
        return gazetteer.load().static_graph()

    def region(self, written: str) -> str | None:
        """Canonical region name for a place as written (雅安 → 雅安市), None if unknown."""
        return gazetteer.load().region(written)

    def water(self, written: str) -> str | None:
        """Canonical water-body name as written (岷江干流 → 岷江), None if unknown."""
        return gazetteer.load().water(written)
