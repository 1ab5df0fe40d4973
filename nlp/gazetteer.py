"""Places, water bodies and topics: the gazetteers in :mod:`polkg.data`, loaded once.

STUB: the data-file-backed implementation replaces the bodies; the interface is used by the resolver,
the tagger and the graph builder.
"""

from __future__ import annotations

from functools import cache

from polkg.graph.batch import GraphBatch


class Gazetteer:
    def region(self, written: str) -> str | None:
        """Canonical region name (雅安 → 雅安市; 市中区 in context → 乐山市市中区), None if unknown."""
        return written

    def water(self, written: str) -> str | None:
        """Canonical water-body name (岷江干流 → 岷江), None if unknown."""
        return written

    def static_graph(self) -> GraphBatch:
        """Region nodes with PART_OF hierarchy and named-area membership, WaterBody nodes with
        TRIBUTARY_OF and FLOWS_THROUGH, Topic nodes with their synonyms."""
        return GraphBatch()


@cache
def load() -> Gazetteer:
    return Gazetteer()
