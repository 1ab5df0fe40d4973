"""``polkg show TASK_ID``: a task's place in its file, and the extracted text around it.

The store keeps where each task was read from (file, page, paragraph or table cell, offsets into the
extracted text); the text itself is read again from the file, so the context shown is what polkg read —
and when the file has moved or changed since it was loaded, that is said instead of showing wrong lines.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from polkg.errors import PolkgError
from polkg.loaders.inputs.read import read_source
from polkg.loaders.inputs.source import Origin
from polkg.loaders.text import compact

#: a context line longer than this is cut (table rows can be long)
MAX_LINE = 160


def describe_task(rec: dict[str, Any], context: int = 2) -> str:
    """The lines ``polkg show`` prints for one record of ``cypher/task-source.cypher``."""
    where = Origin(0, 0, page=rec.get("page"), paragraph=rec.get("paragraph"), table=rec.get("table"),
                   row=rec.get("row"), column=rec.get("column")).describe()
    start, end = int(rec["start"]), int(rec["end"])
    out = [
        f"task      {rec['id']}",
        f"document  {rec.get('document') or ''}",
        f"file      {rec.get('file') or ''}" + (f" ({rec['kind']})" if rec.get("kind") else "")
        + (f", {where}" if where else ""),
        f"offsets   {start}–{end} in the extracted text",
        f"section   {' › '.join(rec.get('section') or [])}",
        f"units     {', '.join(rec.get('units') or []) or '(none named)'}",
        f"task      {rec.get('task') or ''}",
    ]
    out += _context(rec, start, end, context)
    return "\n".join(out)


def _context(rec: dict[str, Any], start: int, end: int, n: int) -> list[str]:
    path = rec.get("path")
    if not path:
        return [f"quote     {rec.get('quote') or ''}"]
    try:
        text = read_source(Path(path)).text
    except PolkgError as e:
        return [f"quote     {rec.get('quote') or ''}", f"(no context: {e})"]
    head = compact(str(rec.get("task") or ""))[:6]
    if end > len(text) or head not in compact(text[start:end]):
        return [f"quote     {rec.get('quote') or ''}", f"(no context: {path} has changed since it was loaded)"]
    first = text.count("\n", 0, start)
    last = text.count("\n", 0, max(start, end - 1))
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    out = [f"context   {path}, lines {first + 1}–{last + 1} of the extracted text:"]
    for i in range(max(0, first - n), min(len(lines), last + n + 1)):
        mark = ">" if first <= i <= last else " "
        line = lines[i].replace("\t", " │ ")
        line = line if len(line) <= MAX_LINE else line[: MAX_LINE - 1] + "…"
        out.append(f"{mark}{i + 1:>6} {line}")
    return out
