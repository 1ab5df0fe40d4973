"""Quantitative targets in plan text.

STUB: to be completed.
"""

from __future__ import annotations

from polkg.graph.model import Target


def find_targets(text: str, offset: int, doc: str, plan: int, year: int | None) -> list[Target]:
    """Targets stated in ``text`` (which starts at ``offset`` in the source file)."""
    return []
