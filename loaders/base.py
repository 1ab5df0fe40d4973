"""The loader contract: every source format is one small module with a ``LOADER`` object.

A loader answers two questions: how much does this text look like my format (:meth:`Loader.score`),
and what plans, tasks and unattributed stretches does it hold (:meth:`Loader.load`). Loaders only
*read*: resolution of units, places, rivers, topics, deadlines and targets happens afterwards, in one
place for every format (:mod:`polkg.pipeline`).
"""

from __future__ import annotations

from typing import Protocol

from polkg.graph.model import Extraction


class Loader(Protocol):
    """A reader for one shape of source document."""

    name: str
    #: the highest score :meth:`score` ever gives: detection skips the loader once another has scored that
    #: much (:func:`polkg.loaders.registry.detect`)
    ceiling: float

    def score(self, text: str) -> float:
        """How strongly the text looks like this format, 0.0 (not at all) to 1.0 (certainly)."""
        ...

    def load(self, text: str, doc: str) -> Extraction:
        """Read the text of the file whose stem is ``doc``.

        Spans are offsets into ``text`` exactly as given (the caller never normalises it first).
        Document metadata (文号, issuer, date, level, kind, cites) is filled in later by
        :mod:`polkg.loaders.metadata`; a loader sets at least each Document's title and span.
        """
        ...
