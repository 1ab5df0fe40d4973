"""The canned query library: ``cypher/*.cypher``, each file one query with a comment header.

Header lines (``//`` comments before the first Cypher line)::

    // title: Who leads VOCs tasks
    // answers: For every task about VOCs, the units that lead it, by document and level.
    // param: topic:topic = VOCs | the topic key to look for
    // param: limit:int = 20 | how many rows
    // example: polkg query vocs-leads --param topic=VOCs

A parameter without ``= default`` is required. A parameter's type follows its name (``str`` when none is
given): ``int``, ``date`` (YYYY-MM-DD), ``topic`` (a key of ``data/topics.toml``, its name or a synonym in
any case — 挥发性有机物 and voc are VOCs —, or ``*`` where the query says so) or ``unit`` (checked against the store
when the query runs). Text stays text — ``text=2020`` searches for the characters 2020 — and a bad value gets
one line saying what was expected, with "did you mean" for names.
Values always travel as Cypher parameters, never spliced in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher, get_close_matches
from importlib import resources
from typing import Any

from polkg.errors import PolkgError

HEADER = re.compile(r"^//\s*(title|answers|param|example):\s*(.*)$")
PARAM = re.compile(r"^(\w+)\s*(?::\s*(\w+))?\s*(?:=\s*([^|]*?))?\s*(?:\|\s*(.*))?$")
INTEGER = re.compile(r"^-?\d+$")
TYPES = ("str", "int", "date", "topic", "unit")


@dataclass(frozen=True)
class Param:
    name: str
    default: str | None
    doc: str = ""
    type: str = "str"

    @property
    def required(self) -> bool:
        return self.default is None

    def convert(self, value: Any, query: str) -> Any:
        """``value`` (typed, or text from a command line) as this parameter's type, or a one-line error."""
        where = f"query {query!r} parameter {self.name}"
        if self.type == "int":
            if isinstance(value, bool) or not (isinstance(value, int) or INTEGER.match(str(value).strip())):
                raise PolkgError(f"{where} takes a whole number, got {value!r}")
            if int(value) < 0:  # every whole-number parameter is a count or a cap
                raise PolkgError(f"{where} takes a whole number of 0 or more, got {value!r}")
            return int(value)
        text = str(value)
        if self.type == "date":
            try:
                return date.fromisoformat(text.strip()).isoformat()
            except ValueError:
                raise PolkgError(f"{where} takes a date YYYY-MM-DD, got {text!r}") from None
        if self.type == "topic" and text.strip() == "*":
            if "*" not in self.doc:  # only a query whose header says so reads * as every topic
                every = [q.name for q in load_all().values()
                         if any(x.type == "topic" and "*" in x.doc for x in q.params)]
                raise PolkgError(f"{where} takes one topic, not * (* for every topic: {', '.join(every)})")
            return "*"
        if self.type == "topic":
            key = topic_names().get(text.strip().casefold())
            if key is None:
                keys = topic_keys()
                raise PolkgError(f"{where}: unknown topic {text!r}{suggest(text, keys)}")
            return key
        return text


def topic_keys() -> list[str]:
    from polkg.data import read

    return [t["key"] for t in read("topics.toml")["topic"]]


def topic_names() -> dict[str, str]:
    """Every way a topic may be asked for, casefolded — its key, its name, its synonyms (挥发性有机物, voc) — to
    its key: a researcher types the words the plans use, not our keys."""
    from polkg.data import read

    out: dict[str, str] = {}
    for t in read("topics.toml")["topic"]:
        for written in (*t.get("synonyms", []), t["name"], t["key"]):  # the key wins a clash
            out[str(written).casefold()] = t["key"]
    return out


def suggest(value: str, choices: list[str]) -> str:
    """" (did you mean X?; one of: …)" — case-insensitive first, then by spelling."""
    folded = [c for c in choices if c.casefold() == value.casefold()]
    close = folded or get_close_matches(value, choices, n=3, cutoff=0.5)
    if close and not folded:  # only the names nearly as close as the best: 'vocs-lead' is not 'most-loaded'
        best = SequenceMatcher(None, value, close[0]).ratio()
        close = [c for c in close if SequenceMatcher(None, value, c).ratio() >= best - 0.1]
    hint = f" (did you mean {' or '.join(close)}?)" if close else ""
    return f"{hint}; one of: {', '.join(choices)}"


@dataclass(frozen=True)
class Query:
    name: str
    cypher: str
    title: str = ""
    answers: str = ""
    params: tuple[Param, ...] = ()
    examples: tuple[str, ...] = field(default_factory=tuple)

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """Parameters for a run: defaults overridden by ``given``; a clear error for unknown or missing."""
        known = {p.name for p in self.params}
        unknown = sorted(set(given) - known)
        if unknown:
            hint = ", ".join(sorted(known)) or "none"
            raise PolkgError(f"query {self.name!r} has no parameter {unknown[0]!r} (parameters: {hint})")
        out: dict[str, Any] = {}
        for p in self.params:
            raw = given.get(p.name, p.default)
            if raw is None or (p.required and not str(raw).strip()):  # text= would match every task
                raise PolkgError(f"query {self.name!r} needs --param {p.name}=… ({p.doc or 'required'})")
            out[p.name] = p.convert(raw, self.name)
        if {"from", "to"} <= {p.name for p in self.params if p.type == "date"} and out["from"] > out["to"]:
            raise PolkgError(f"query {self.name!r}: from {out['from']} is after to {out['to']} (an empty window)")
        return out


def coerce(raw: str) -> Any:
    """A ``polkg cypher -p k=v`` value: digits are integers there (no header declares types); quote-free text
    otherwise. ``-p k:str=v`` keeps digits as text (see :func:`typed_pair`)."""
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
        kind = pm.group(2) or "str"
        if kind not in TYPES:
            raise ValueError(f"{name}.cypher: param {pm.group(1)} has unknown type {kind!r} (one of {TYPES})")
        params.append(Param(pm.group(1), pm.group(3), (pm.group(4) or "").strip(), kind))
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
        raise PolkgError(f"no query named {name!r}{suggest(name, list(queries))}")
    return queries[name]
