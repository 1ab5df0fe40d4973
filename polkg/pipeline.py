"""loader → metadata → resolver/tagger → Extraction: the one path from a file to records.

``polkg extract`` prints what :func:`extract_file` returns; ``polkg load`` writes it to a store. Both
read files through here, so the answer key and the graph always see the same extraction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from polkg.errors import PolkgError
from polkg.graph.build import context_of
from polkg.graph.model import Document, Extraction, Task
from polkg.graph.resolve import Resolver
from polkg.loaders import metadata
from polkg.loaders.registry import by_name, detect
from polkg.loaders.text import restore_extraction, view
from polkg.nlp import deadlines, targets
from polkg.nlp.tagger import Tagger


@dataclass
class Pipeline:
    """The reusable parts (gazetteers, the spaCy pipeline) built once for many files."""

    resolver: Resolver = field(default_factory=Resolver)
    tagger: Tagger = field(default_factory=Tagger)

    def extract_file(self, path: Path, fmt: str | None = None) -> Extraction:
        return self.extract_text(read_source(path), doc=path.stem, file=path.name, fmt=fmt)

    def extract_text(self, text: str, doc: str, file: str = "", fmt: str | None = None) -> Extraction:
        """Read ``text`` through its normalised view (Simplified, full-width punctuation: same offsets),
        then write every quoted string back in the source's own characters."""
        seen = view(text)
        try:
            loader = by_name(fmt) if fmt else detect(seen)
        except KeyError:
            raise PolkgError(f"unknown format {fmt!r}") from None
        extraction = loader.load(seen, doc)
        extraction.file = file or doc
        for d in extraction.documents:
            d.file = extraction.file
            d.format = d.format or loader.name
        metadata.annotate(extraction, seen)
        self.enrich(extraction, seen)
        if seen != text:
            restore_extraction(extraction, text, seen)
        return extraction

    def enrich(self, extraction: Extraction, text: str) -> None:
        """Resolve units and tag places, rivers, topics, deadlines and targets, the same for every format."""
        plans = {d.plan: d for d in extraction.documents}
        for task in extraction.tasks:
            plan = plans.get(task.plan)
            self._enrich_task(task, plan)
        for d in extraction.documents:
            found = targets.find_targets(text[d.span.start : d.span.end], d.span.start, d.doc, d.plan, d.year)
            extraction.targets.extend(found)
        link_targets(extraction)

    def _enrich_task(self, task: Task, plan: Document | None) -> None:
        ctx = context_of(plan)
        for u in task.units:
            resolved = self.resolver.resolve_unit(u.mention, ctx)
            u.canonical, u.unit_id = resolved.canonical, resolved.id
        mentions = self.tagger.tag(task.text, ctx.jurisdiction)
        task.topics = task.topics or mentions.topics
        task.rivers = task.rivers or mentions.rivers
        task.regions = task.regions or mentions.regions
        if task.deadline is None:
            task.deadline = deadlines.find_deadline(task.text)
        if task.deadline and task.due is None:
            due = deadlines.resolve(task.deadline, ctx.year)
            task.due, task.open_ended = due.date, due.open_ended


def link_targets(extraction: Extraction) -> None:
    """Attach each target to the task whose span contains it (the smallest, when tasks nest)."""
    for target in extraction.targets:
        best: tuple[int, int] | None = None
        for i, task in enumerate(extraction.tasks):
            if task.doc != target.doc:
                continue
            if task.span.start <= target.span.start and target.span.end <= task.span.end:
                size = task.span.end - task.span.start
                if best is None or size < best[0]:
                    best = (size, i)
        target.task_index = best[1] if best else None


def read_source(path: Path) -> str:
    """The text of a source file, or a one-line :class:`PolkgError` saying why it cannot be read."""
    if not path.exists():
        raise PolkgError(f"{path}: no such file")
    if path.is_dir():
        raise PolkgError(f"{path}: is a directory (give the files, e.g. {path}/*.txt)")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise PolkgError(f"{path}: cannot read: {e.strerror}") from None
    if b"\x00" in data[:4096]:
        raise PolkgError(f"{path}: looks binary, expected UTF-8 plain text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise PolkgError(f"{path}: not UTF-8 text (byte {e.start}); convert it first, e.g. iconv -f GB18030") from None
    if not text.strip():
        raise PolkgError(f"{path}: empty file")
    return text


def expand_paths(paths: Iterable[str]) -> list[Path]:
    """Files named on the command line; a directory stands for the ``*.txt`` files in it."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(p.glob("*.txt"))
            if not found:
                raise PolkgError(f"{p}: no .txt files in this directory")
            out.extend(found)
        else:
            out.append(p)
    if not out:
        raise PolkgError("no input files given")
    stems = [p.stem for p in out]
    dupes = sorted({s for s in stems if stems.count(s) > 1})
    if dupes:
        raise PolkgError(f"two input files share the name {dupes[0]!r}; document ids come from file names")
    return out
