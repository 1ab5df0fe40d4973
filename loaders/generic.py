"""The obligation engine as a loader: every plan that no dedicated layout claims.

All reading happens in :mod:`polkg.loaders.engine` (items, responsibility marks anywhere, conventions,
tables in any flattening); this module only registers it for format detection as ``generic``.
"""

from __future__ import annotations

from polkg.graph.model import Extraction
from polkg.loaders import engine


class GenericLoader:
    name = "generic"
    ceiling = 0.25  # the most score() gives

    def score(self, text: str) -> float:
        """Always a little: it reads anything, but a dedicated layout that fits for sure wins."""
        return 0.25 if text.strip() else 0.0

    def load(self, text: str, doc: str) -> Extraction:
        return engine.read(text, doc, self.name)


LOADER = GenericLoader()
