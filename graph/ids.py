"""Stable ids derived from content, so that loading the same corpus twice merges instead of duplicating."""

from __future__ import annotations

import hashlib


def digest(*parts: object, size: int = 16) -> str:
    h = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()
    return h[:size]


def document_id(doc: str, plan: int) -> str:
    return f"doc:{doc}:{plan}"


def section_id(doc: str, plan: int, path: list[str]) -> str:
    return f"sec:{doc}:{plan}:{digest(*path)}"


def task_id(doc: str, plan: int, section: list[str], text: str, occurrence: int = 0) -> str:
    return f"task:{doc}:{digest(plan, *section, text, occurrence)}"


def target_id(doc: str, text: str, metric: str, value: float, occurrence: int = 0) -> str:
    return f"target:{doc}:{digest(text, metric, value, occurrence)}"


def unit_id(canonical: str) -> str:
    return f"unit:{canonical}"


def region_id(canonical: str) -> str:
    return f"region:{canonical}"


def water_id(canonical: str) -> str:
    return f"water:{canonical}"


def topic_id(key: str) -> str:
    return f"topic:{key}"


def person_id(name: str) -> str:
    return f"person:{name}"


def deadline_id(doc: str, text: str, due: str | None) -> str:
    return f"deadline:{doc}:{digest(text, due)}"


def progress_id(task: str, period: str, text: str) -> str:
    return f"progress:{digest(task, period, text)}"
