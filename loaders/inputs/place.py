"""Tie what the readers found back to the file: each task's place in it, and units read from merged cells.

The readers work on the text alone; this runs after them, with the :class:`Source` map, so no reader needs
to know where its text came from.
"""

from __future__ import annotations

from polkg.graph.model import Extraction, Location, assign
from polkg.loaders.inputs.source import Source


def place(extraction: Extraction, source: Source) -> None:
    """Set each task's :class:`Location`, and mark as inherited the units read from a filled-down cell."""
    name, path = source.path.name, str(source.path.resolve())  # once per file: resolve() asks the disk
    made: dict[int, Location] = {}  # one record per origin (a plain text has one: none), read by the tasks there
    for task in extraction.tasks:
        origin = source.at(task.span.start)
        location = made.get(id(origin))
        if location is None:
            location = made[id(origin)] = Location(
                file=name, path=path, kind=source.kind, encoding=source.encoding,
                page=origin.page if origin else None, paragraph=origin.paragraph if origin else None,
                table=origin.table if origin else None, row=origin.row if origin else None,
                column=origin.column if origin else None,
            )
        assign(task, location=location)
        for u in task.units:
            cell = source.at(u.span.start) if u.span is not None else None
            if cell is not None and cell.inherited and u.span is not None and u.span.end <= cell.end:
                u.inherited = True
