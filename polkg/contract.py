"""What ``polkg extract`` prints: JSON Lines, contract v1 (``shared/eval/README.md``).

The answer key and its scorer read exactly these fields; change them only with the contract.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from polkg.graph.build import task_ids
from polkg.graph.model import Extraction, Target, Task


def task_line(task: Task, task_id: str) -> dict[str, Any]:
    return {
        "kind": "task",
        "doc": task.doc,
        "id": task_id,
        "text": task.text,
        "section": task.section,
        "units": [
            {"mention": u.mention, "canonical": u.canonical or u.mention, "role": u.role, "rank": u.rank}
            for u in task.units
        ],
        "leaders": task.leaders,
        "divisions": task.divisions,
        "deadline": task.deadline,
        "due": task.due,
        "topics": task.topics,
        "rivers": task.rivers,
        "regions": task.regions,
        "span": [task.span.start, task.span.end],
    }


def target_line(target: Target) -> dict[str, Any]:
    return {
        "kind": "target",
        "doc": target.doc,
        "text": target.text,
        "metric": target.metric,
        "value": target.value,
        "unit": target.unit,
        "direction": target.direction,
        "baseline_year": target.baseline_year,
        "year": target.year,
        "span": [target.span.start, target.span.end],
    }


#: ``json.dumps(x, ensure_ascii=False)`` without making an encoder for every line
_encode = json.JSONEncoder(ensure_ascii=False).encode


def lines(extraction: Extraction) -> Iterator[str]:
    for task, tid in zip(extraction.tasks, task_ids(extraction), strict=True):
        yield _encode(task_line(task, tid))
    for target in extraction.targets:
        yield _encode(target_line(target))


@dataclass(frozen=True)
class Printed:
    """One file's :func:`lines`, joined, made where the file was read: a worker hands back this text instead
    of the records, which cost more to pickle and unpickle than to print."""

    file: str
    tasks: int  # how many tasks it read (0: the file is likely not a plan)
    text: str  # the lines, newline-separated, without a final newline ("" when there are none)


def printed(extraction: Extraction) -> Printed:
    return Printed(extraction.file, len(extraction.tasks), "\n".join(lines(extraction)))
