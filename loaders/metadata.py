"""Document metadata: 文号, issuer, date, level, kind, jurisdiction and cited documents.

STUB: to be completed.
"""

from __future__ import annotations

from polkg.graph.model import Extraction


def annotate(extraction: Extraction, text: str) -> None:
    """Fill each Document of ``extraction`` with what its text says about it."""
