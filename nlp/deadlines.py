"""Deadlines: found in text, kept as written, resolved to a date where the document allows.

STUB: to be completed.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Due:
    date: str | None  # ISO date
    open_ended: bool = False


def find_deadline(text: str) -> str | None:
    """The overall (last) deadline written in a task's text, as written; None if there is none."""
    return None


def resolve(deadline: str | None, year: int | None) -> Due:
    """Resolve a deadline as written, given the year the plan is for."""
    return Due(None)
