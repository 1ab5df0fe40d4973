"""The canned query library: ``cypher/*.cypher``, each file one query with a comment header.

Header lines (``//`` comments before the first Cypher line)::

    // title: Who leads VOCs tasks
    // answers: For every task about VOCs, the units that lead it, by document and level.
    // param: topic = VOCs | the topic key to look for
    // example: polkg query vocs-leads --param topic=VOCs

A parameter without ``= default`` is required. Defaults that look like integers are passed as
integers; everything else is a string. Values always travel as Cypher parameters, never spliced in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from polkg.errors import PolkgError

HEADER = re.compile(r"^//\s*(title|answers|param|example):\s*(.*)$")
PARAM = re.compile(r"^(\w+)\s*(?:=\s*([^|]*?))?\s*(?:\|\s*(.*))?$")
INTEGER = re.compile(r"^-?\d+$")


@dataclass(frozen=True)
class Param:
    name: str
    default: str | None
    doc: str = ""

    @property
    def required(self) -> bool:
        return self.default is None


@dataclass(frozen=True)
class Query:
    name: str
    cypher: str
    title: str = ""
    answers: str = ""
    params: tuple[Param, ...] = ()
    examples: tuple[str, ...] = field(default_factory=tuple)

    def bind(self, given: dict[str, str]) -> dict[str, Any]:
        """Parameters for a run: defaults overridden by ``given``; a clear error for unknown or missing."""
        known = {p.name for p in self.params}
        unknown = sorted(set(given) - known)
        if unknown:
            hint = ", ".join(sorted(known)) or "none"
            raise PolkgError(f"query {self.name!r} has no parameter {unknown[0]!r} (parameters: {hint})")
        out: dict[str, Any] = {}
        for p in self.params:
            raw = given.get(p.name, p.default)
            if raw is None:
                raise PolkgError(f"query {self.name!r} needs --param {p.name}=… ({p.doc or 'required'})")
            out[p.name] = coerce(raw)
        return out


def coerce(raw: str) -> Any:
    return int(raw) if INTEGER.match(raw.strip()) else raw


def parse(name: str, source: str) -> Query:
    meta: dict[str, list[str]] = {"title": [], "answers": [], "param": [], "example": []}
    for line in source.splitlines():
        m = HEADER.match(line.strip())
        if m:
            meta[m.group(1)].append(m.group(2).strip())
    params = []
    for spec in meta["param"]:
        pm = PARAM.match(spec)
        if not pm:
            raise ValueError(f"{name}.cypher: bad param header {spec!r}")
        params.append(Param(pm.group(1), pm.group(2), (pm.group(3) or "").strip()))
    return Query(name=name, cypher=source, title=" ".join(meta["title"]), answers=" ".join(meta["answers"]),
                 params=tuple(params), examples=tuple(meta["example"]))


def load_all() -> dict[str, Query]:
    """Every query shipped in :mod:`polkg.cypher`, by name (the file name without ``.cypher``)."""
    out = {}
    for entry in sorted(resources.files("polkg.cypher").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher"):
            name = entry.name.removesuffix(".cypher")
            out[name] = parse(name, entry.read_text(encoding="utf-8"))
    return out


def get(name: str) -> Query:
    queries = load_all()
    if name not in queries:
        close = [q for q in queries if name in q or q in name]
        hint = f" (did you mean {close[0]}?)" if close else " (polkg query --list shows them)"
        raise PolkgError(f"no query named {name!r}{hint}")
    return queries[name]
