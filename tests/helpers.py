"""Small helpers the loader and resolver tests share: reading a real plan of tests/realworld or a snippet through
the engine, finding one task by its words, and a document's place read as the pipeline reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from polkg.graph.model import Document, Extraction, Span, Task
from polkg.loaders import engine
from polkg.loaders.inputs.read import read_source
from polkg.loaders.metadata import annotate
from polkg.loaders.text import compact

REALWORLD = Path(__file__).resolve().parent / "realworld"


def read(name: str) -> Extraction:
    """The engine's reading of ``tests/realworld/<name>.txt`` (skipped where that plan is not in the tree)."""
    path = REALWORLD / f"{name}.txt"
    if not path.exists():
        pytest.skip(f"{path.name} is not in tests/realworld")
    return engine.read(path.read_text(encoding="utf-8"), name)


def snippet(text: str) -> Extraction:
    return engine.read(text, "snippet")


def task_with(x: Extraction, start: str) -> Task:
    """The one task whose text starts with ``start`` (whitespace ignored)."""
    hits = [t for t in x.tasks if compact(t.text).startswith(compact(start))]
    assert len(hits) == 1, [t.text[:30] for t in hits]
    return hits[0]


def having(x: Extraction, words: str) -> Task:
    """The one task whose text contains ``words`` (whitespace ignored); on failure the tasks found, or every
    task's head when none was."""
    hits = [t for t in x.tasks if compact(words) in compact(t.text)]
    assert len(hits) == 1, [t.text[:30] for t in (hits or x.tasks)]
    return hits[0]


def roles(t: Task) -> dict[str, list[str]]:
    """The task's unit mentions by role, in rank order."""
    out: dict[str, list[str]] = {"lead": [], "responsible": [], "assist": []}
    for u in sorted(t.units, key=lambda u: u.rank):
        out[u.role].append(u.mention)
    return out


def annotated(text: str, stem: str = "plan") -> Document:
    """The one Document of ``text`` with its place, level and year read by the metadata reader."""
    doc = Document(doc=stem, plan=0, title=stem, span=Span(start=0, end=len(text)))
    ex = Extraction(doc=stem, file=f"{stem}.txt", format="generic", documents=[doc])
    annotate(ex, text)
    return ex.documents[0]


def annotated_file(stem: str) -> Document:
    """:func:`annotated` for ``tests/realworld/<stem>.txt``, read as an input file is."""
    return annotated(read_source(REALWORLD / f"{stem}.txt").text, stem)
