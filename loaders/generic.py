"""Loader stub for the `generic` format (to be written)."""

from __future__ import annotations

from polkg.graph.model import Document, Extraction, Span


class _Stub:
    name = "generic"

    def score(self, text: str) -> float:
        return 0.0

    def load(self, text: str, doc: str) -> Extraction:
        whole = Document(doc=doc, plan=0, title=doc, span=Span(start=0, end=len(text)))
        return Extraction(doc=doc, file=doc, format=self.name, documents=[whole])


LOADER = _Stub()
