"""Small helpers the loader tests share."""

from __future__ import annotations

from polkg.graph.model import Extraction, Task
from polkg.loaders.text import compact


def task_with(x: Extraction, start: str) -> Task:
    """The one task whose text starts with ``start`` (whitespace ignored)."""
    hits = [t for t in x.tasks if compact(t.text).startswith(compact(start))]
    assert len(hits) == 1, [t.text[:30] for t in hits]
    return hits[0]


def roles(t: Task) -> dict[str, list[str]]:
    """The task's unit mentions by role, in rank order."""
    out: dict[str, list[str]] = {"lead": [], "responsible": [], "assist": []}
    for u in sorted(t.units, key=lambda u: u.rank):
        out[u.role].append(u.mention)
    return out
