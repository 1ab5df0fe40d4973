"""loader → metadata → resolver/tagger → Extraction: the one path from a file to records.

``polkg extract`` prints what :func:`extract_file` returns; ``polkg load`` writes it to a store. Both
read files through here, so the answer key and the graph always see the same extraction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from polkg.errors import PolkgError
from polkg.graph.build import context_of
from polkg.graph.model import Extraction, Step, Task, assign
from polkg.graph.resolve import Context, Resolver
from polkg.loaders import metadata, tables
from polkg.loaders.inputs import Source, read_source
from polkg.loaders.inputs.place import place
from polkg.loaders.registry import by_name, detect
from polkg.loaders.text import restore_extraction, view
from polkg.nlp import deadlines, targets
from polkg.nlp.tagger import Tagger, match_text

#: loaders that are the obligation engine: they read the normalised view (Simplified, full-width punctuation)
VIEW_READERS = ("generic", "resp_lines")


@dataclass
class Pipeline:
    """The reusable parts (gazetteers, the spaCy pipeline) built once for many files."""

    resolver: Resolver = field(default_factory=Resolver)
    tagger: Tagger = field(default_factory=Tagger)

    def warm(self) -> None:
        """Build now what extraction builds on first use (the character classes of the view, the targets'
        and the tagger's normal forms): workers forked after this share them instead of each building them."""
        view("")
        targets.normalise("")
        match_text("")

    def extract_file(self, path: Path, fmt: str | None = None) -> Extraction:
        return self.extract_source(read_source(path), fmt)

    def extract_source(self, source: Source, fmt: str | None = None) -> Extraction:
        """A file already turned into text (:mod:`polkg.loaders.inputs`): read it, then place each task in the file."""
        extraction = self.extract_text(source.text, doc=source.path.stem, file=source.path.name, fmt=fmt)
        place(extraction, source)
        return extraction

    def extract_text(self, text: str, doc: str, file: str = "", fmt: str | None = None) -> Extraction:
        """Read ``text`` through its normalised view (Simplified, full-width punctuation: same offsets),
        then write every quoted string back in the source's own characters."""
        seen = view(text)
        try:
            loader = by_name(fmt) if fmt else detect(seen)
        except KeyError:
            raise PolkgError(f"unknown format {fmt!r}") from None
        # the engine reads the view; the layout adapters of the corpus formats keep reading the text as is
        read = seen if loader.name in VIEW_READERS else text
        extraction = loader.load(read, doc)
        extraction.file = file or doc
        for d in extraction.documents:
            d.file = extraction.file
            d.format = d.format or loader.name
        metadata.annotate(extraction, read)
        self.enrich(extraction, read)
        if read != text:
            restore_extraction(extraction, text, read)
        return extraction

    def enrich(self, extraction: Extraction, text: str) -> None:
        """Resolve units and tag places, rivers, topics, deadlines and targets, the same for every format."""
        contexts = {d.plan: context_of(d) for d in extraction.documents}  # once per plan, not per task
        for task in extraction.tasks:
            self._enrich_task(task, contexts.get(task.plan) or context_of(None), text)
        for k, d in enumerate(extraction.documents):
            # the first plan's cover letter is read as the engine reads it (its duties are tasks): a page that
            # relays a plan's measures above its title (a news item, then 《X方案》 as the last line) states its
            # targets there
            start = 0 if k == 0 else d.span.start
            written = d.title if d.title != d.doc else ""  # a plan named by its file states no title
            found = targets.find_targets(text[start : d.span.end], start, d.doc, d.plan, d.year,
                                         title=written, cover=text[:start])
            extraction.targets.extend(found)
        link_targets(extraction)

    def _enrich_task(self, task: Task, ctx: Context, text: str = "") -> None:
        bare = [u for u in task.units if tables.bare_division(u.mention)]  # 规财处: the issuer's division
        if bare:
            task.divisions = list(dict.fromkeys([*task.divisions, *(u.mention for u in bare)]))
            task.units = [u for u in task.units if u not in bare]
            for rank, u in enumerate(task.units, start=1):
                u.rank = rank
        for u, resolved in zip(task.units, self.resolver.resolve_units([u.mention for u in task.units], ctx),
                               strict=True):
            assign(u, canonical=resolved.canonical, unit_id=resolved.id)
        mentions = self.tagger.tag(task.text, ctx.jurisdiction)
        # a field is set only when it changes, and without validating again what the tagger and the
        # resolver computed (:func:`assign`)
        if not task.topics and mentions.topics:
            assign(task, topics=mentions.topics)
        if not task.rivers and mentions.rivers:
            assign(task, rivers=mentions.rivers)
        if not task.regions and mentions.regions:
            assign(task, regions=mentions.regions)
        if task.deadline is None:
            found = deadlines.find_deadline(task.text)
            if found is None and text:  # the due date its sentence opens or its paragraph closes with
                found = deadlines.context_deadline(text, task.span.start, task.span.end)
            if found is not None:
                assign(task, deadline=found)
        if task.deadline and task.due is None:
            due = deadlines.resolve_task(task.deadline, task.text, ctx.year)
            assign(task, due=due.date, open_ended=due.open_ended)
        steps = deadlines.find_steps(task.text, ctx.year)
        if steps or task.steps:
            assign(task, steps=[Step(text=w, due=d) for w, d in steps])


def link_targets(extraction: Extraction) -> None:
    """Attach each target to the task whose span contains it (the smallest, the first of a tie, when tasks
    nest). The tasks' spans are read once, as tuples (a target compared every task's record before)."""
    spans = [(task.doc, task.span.start, task.span.end) for task in extraction.tasks]
    for target in extraction.targets:
        best: tuple[int, int] | None = None
        doc, start, end = target.doc, target.span.start, target.span.end
        for i, (task_doc, a, b) in enumerate(spans):
            if a <= start and end <= b and task_doc == doc and (best is None or b - a < best[0]):
                best = (b - a, i)
        index = best[1] if best else None
        if target.task_index != index:
            target.task_index = index
