"""Extractions → one :class:`GraphBatch`: the graph model in one place.

Node labels: Document, Section, Task, Unit, Person, Region, WaterBody, Topic, Target, Deadline,
Progress, Citation. Every node that belongs to one source file carries ``source`` (the file stem), so a
reload can replace exactly what that file contributed; shared nodes (units, places, rivers, topics,
people) are merged by id, and point at each file that brings them with a ``BROUGHT_BY`` edge (:func:`provenance`).

Responsibility edges are typed by role — ``LEADS``, ``RESPONSIBLE_FOR``, ``ASSISTS`` — and carry ``role``,
``rank`` and the ``mention`` as written; their provenance is the Task's: ``doc`` (file stem), ``document`` (plan
id), ``start``/``end`` (character offsets) and ``quote``, kept once on the Task rather than copied onto every
edge (a copy on each of a 1,000× archive's 1.6 M such edges was a third of their write cost and a gigabyte).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from polkg.graph import ids
from polkg.graph.batch import BROUGHT_BY, REFERENCE, SHARED_LABELS, GraphBatch, paused_gc
from polkg.graph.model import Citation, Document, Extraction, Role, Target, Task
from polkg.graph.resolve import LEVEL_ORDER, Context, ResolvedUnit, Resolver
from polkg.loaders.metadata import citation_key
from polkg.nlp.tagger import heading_topics

ROLE_EDGE: dict[Role, str] = {"lead": "LEADS", "responsible": "RESPONSIBLE_FOR", "assist": "ASSISTS"}
#: the property of a NAMED_IN edge that counts each responsibility edge type
NAMED_COUNT = {"LEADS": "leads", "RESPONSIBLE_FOR": "responsible", "ASSISTS": "assists"}
#: the counts of a document's tasks by how they name units (orphan-summary reads them)
SUMMARY_COUNTS = ("tasks", "tasks_no_unit", "tasks_unknown", "tasks_no_lead", "tasks_with_lead")

#: Archive-wide counts kept on each Unit (``named_leads``/``named_responsible``/``named_assists``: most-loaded;
#: ``named_tasks``, the tasks it is named on in any role: counterparts), on a ``SHARES_WITH`` edge per pair of units
#: (``tasks``, ``documents``: co-responsibility) and on a ``Tally`` node per reporting period and division
#: (``statements``: progress-by-division) — the sums of every document's NAMED_IN and SHARES_TASKS edges and
#: progress tallies, so the rankings read one record per unit, pair or division, not one per document. A load
#: takes the replaced files' counts off them before it deletes those files (:data:`UNCOUNT_TOTALS`) and adds the
#: written files' after (:data:`COUNT_TOTALS`): each statement reads only the loaded files' edges and nodes.
UNCOUNT_TOTALS = (
    """
MATCH (d:Document) WHERE d.source IN $sources
MATCH (u:Unit)-[n:NAMED_IN]->(d)
WITH u, sum(n.leads) AS leads, sum(n.responsible) AS responsible, sum(n.assists) AS assists, sum(n.tasks) AS tasks
SET u.named_leads = u.named_leads - toInteger(leads),
    u.named_responsible = u.named_responsible - toInteger(responsible),
    u.named_assists = u.named_assists - toInteger(assists), u.named_tasks = u.named_tasks - toInteger(tasks)
""",
    """
MATCH (d:Document) WHERE d.source IN $sources
MATCH (a:Unit)-[s:SHARES_TASKS]->(d)
WITH a, s.other AS other, sum(s.tasks) AS tasks, count(s) AS documents
MATCH (a)-[c:SHARES_WITH]->(:Unit {id: other})
SET c.tasks = c.tasks - toInteger(tasks), c.documents = c.documents - documents
WITH c WHERE c.documents <= 0
DELETE c
""",
    """
MATCH (p:Progress) WHERE p.source IN $sources AND p.tally IS NOT NULL
WITH p.tally AS key, sum(p.statements) AS statements
MATCH (k:Tally {id: key})
SET k.statements = k.statements - toInteger(statements)
WITH k WHERE k.statements <= 0
DELETE k
""",
)
COUNT_TOTALS = (
    """
MATCH (d:Document) WHERE d.source IN $sources
MATCH (u:Unit)-[n:NAMED_IN]->(d)
WITH u, sum(n.leads) AS leads, sum(n.responsible) AS responsible, sum(n.assists) AS assists, sum(n.tasks) AS tasks
SET u.named_leads = coalesce(u.named_leads, 0) + toInteger(leads),
    u.named_responsible = coalesce(u.named_responsible, 0) + toInteger(responsible),
    u.named_assists = coalesce(u.named_assists, 0) + toInteger(assists),
    u.named_tasks = coalesce(u.named_tasks, 0) + toInteger(tasks)
""",
    """
MATCH (d:Document) WHERE d.source IN $sources
MATCH (a:Unit)-[s:SHARES_TASKS]->(d)
WITH a, s.other AS other, sum(s.tasks) AS tasks, count(s) AS documents
MATCH (b:Unit {id: other})
MERGE (a)-[c:SHARES_WITH]->(b)
SET c.tasks = coalesce(c.tasks, 0) + toInteger(tasks), c.documents = coalesce(c.documents, 0) + documents
""",
    """
MATCH (p:Progress) WHERE p.source IN $sources AND p.tally IS NOT NULL
WITH p.tally AS key, p.period AS period, p.division AS division, sum(p.statements) AS statements
MERGE (k:Tally {id: key})
SET k.period = period, k.division = division, k.statements = coalesce(k.statements, 0) + toInteger(statements)
""",
)


def task_ids(extraction: Extraction) -> list[str]:
    """Stable ids for the tasks of an extraction, in order (repeated texts get an occurrence number)."""
    seen: Counter[tuple[int, tuple[str, ...], str]] = Counter()
    out = []
    for t in extraction.tasks:
        key = (t.plan, tuple(t.section), t.text)
        out.append(ids.task_id(t.doc, t.plan, t.section, t.text, seen[key]))
        seen[key] += 1
    return out


def context_of(plan: Document | None) -> Context:
    if plan is None:
        return Context()
    return Context(level=plan.level, jurisdiction=plan.jurisdiction, year=plan.year, issuer=plan.issuer,
                   word=plan.level_word,
                   committees=tuple(plan.committees), short_names=tuple(plan.short_names.items()))


class GraphBuilder:
    """Accumulates extractions into one batch; :meth:`batch` adds the reference graph and checks it."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver
        self.graph = GraphBatch()
        self.units: dict[str, dict[str, ResolvedUnit]] = {}  # per source file: the units it names
        self.cites: list[tuple[Document, Citation]] = []
        self._about: dict[str, dict[tuple[str, str, str, str], Any]] = {}  # per task of the file: its ABOUT edges
        self._roles: dict[str, dict[tuple[str, str, str], None]] = {}  # per task of the file: its role edges
        #: per task of the file: its progress statements (id, period, reporting division's name, start)
        self._progress: dict[str, list[tuple[str, str, str, int]]] = {}

    def add(self, extraction: Extraction) -> None:
        self.source_units = self.units.setdefault(extraction.doc, {})
        plans = {d.plan: d for d in extraction.documents}
        for d in extraction.documents:
            self._document(d)
        tids = task_ids(extraction)
        for task, tid in zip(extraction.tasks, tids, strict=True):
            self._task(task, tid, plans.get(task.plan))
        self._summaries(extraction, tids)
        seen: Counter[tuple[str, str, float]] = Counter()
        for target in extraction.targets:
            key = (target.text, target.metric, target.value)
            task_id = tids[target.task_index] if target.task_index is not None else None
            self._target(target, seen[key], task_id, context_of(plans.get(target.plan)).jurisdiction)
            seen[key] += 1

    def batch(self) -> GraphBatch:
        """The reference graph, then per source file its units and what they lead to, then the files' own
        nodes; every shared node records the files that bring it (so a reload can take them away), and the
        edges that depend on other files (COUNTERPART_OF, CITES to a document) are left to the store."""
        out = self.resolver.static_graph()
        out.share_all(REFERENCE)
        for source, units in self.units.items():
            part = self.resolver.unit_graph(list(units.values()))
            part.share_all(source)
            out.merge(part, adopt=True)
        out.drop_edges("COUNTERPART_OF")
        out.merge(self.graph, adopt=True)
        self._share_direct(out)
        provenance(out)
        self._citations(out)
        out.check()
        return out

    def _share_direct(self, out: GraphBatch) -> None:
        """A shared node a file's own node points at (a topic, a place, a person) is brought by that file."""
        for e in self.graph.edges.values():
            src, dst = out.nodes[e.src], out.nodes[e.dst]
            if src.label not in SHARED_LABELS and dst.label in SHARED_LABELS and src.props.get("source"):
                out.share(dst.id, str(src.props["source"]))
            elif dst.label not in SHARED_LABELS and src.label in SHARED_LABELS and dst.props.get("source"):
                out.share(src.id, str(dst.props["source"]))

    # -- documents and sections -------------------------------------------------------------------

    def _document(self, d: Document) -> None:
        self.graph.node(
            ids.document_id(d.doc, d.plan), "Document", source=d.doc, doc=d.doc, plan=d.plan, title=d.title,
            file=d.file, number=d.number, issuer=d.issuer, date=d.date, year=d.year, level=d.level,
            kind=d.kind, jurisdiction=d.jurisdiction, format=d.format, convention=d.convention,
            start=d.span.start, end=d.span.end, title_key=title_key(d.title or "") or None,
        )
        self.cites.extend((d, c) for c in d.cites)

    def _sections(self, task: Task) -> str:
        """Create the section chain of a task; returns the id of its innermost section (or document)."""
        parent = ids.document_id(task.doc, task.plan)
        for depth in range(1, len(task.section)):  # section[0] is the plan title: the Document itself
            path = task.section[: depth + 1]
            sid = ids.section_id(task.doc, task.plan, path)
            self.graph.node(sid, "Section", source=task.doc, title=path[-1], path=path, depth=depth)
            self.graph.edge("HAS_SECTION", parent, sid)
            parent = sid
        return parent

    # -- tasks ------------------------------------------------------------------------------------

    def _task(self, task: Task, tid: str, plan: Document | None) -> None:
        doc_id = ids.document_id(task.doc, task.plan)
        self.graph.node(
            tid, "Task", source=task.doc, doc=task.doc, document=doc_id, text=task.text, section=task.section,
            start=task.span.start, end=task.span.end, quote=task.quote or task.text, unit_status=task.unit_status,
            deadline=task.deadline, due=task.due, open_ended=task.open_ended, topics=task.topics,
            leaders=task.leaders, divisions=task.divisions, notes=task.notes,
            **(task.location.model_dump(exclude={"encoding"}) if task.location else {}),
        )
        self.graph.edge("HAS_TASK", doc_id, tid)
        parent = self._sections(task)
        if parent != doc_id:
            self.graph.edge("HAS_TASK", parent, tid)
        ctx = context_of(plan)
        for u, resolved in zip(task.units, self.resolver.resolve_units([u.mention for u in task.units], ctx),
                               strict=True):
            self.source_units.setdefault(resolved.id, resolved)
            self._roles.setdefault(tid, {})[ROLE_EDGE[u.role], resolved.id, f"{u.role}:{u.rank}"] = None
            self.graph.edge(
                ROLE_EDGE[u.role], resolved.id, tid, key=f"{u.role}:{u.rank}", role=u.role, rank=u.rank,
                mention=u.mention, inherited=u.inherited,
            )
        for rank, name in enumerate(task.divisions, start=1):
            resolved = self._unit(name, ctx, division=True)
            self._roles.setdefault(tid, {})["RESPONSIBLE_FOR", resolved.id, f"division:{rank}"] = None
            self.graph.edge("RESPONSIBLE_FOR", resolved.id, tid, key=f"division:{rank}", role="responsible",
                            rank=rank, mention=name, as_division=True)
        for name in task.leaders:
            pid = self.graph.node(ids.person_id(name), "Person", name=name)
            self.graph.edge("OVERSEES", pid, tid, role="leader")
        self._mentions(task, tid, ctx.jurisdiction)
        self._deadline(task, tid)
        for p in task.progress:
            pid = self.graph.node(ids.progress_id(tid, p.period, p.text), "Progress", source=task.doc,
                                  text=p.text, period=p.period, reporter=p.reporter, start=p.span.start,
                                  end=p.span.end)
            self.graph.edge("HAS_PROGRESS", tid, pid)
            division = self._unit(p.reporter, ctx, division=True) if p.reporter else None
            if division:
                self.graph.edge("REPORTED", division.id, pid)
            name = division.canonical if division else "(not attributed)"  # as the query names it
            self._progress.setdefault(tid, []).append((pid, p.period, name, p.span.start))

    def _unit(self, mention: str, ctx: Context, division: bool = False) -> ResolvedUnit:
        resolved = (self.resolver.resolve_division(mention, ctx) if division
                    else self.resolver.resolve_unit(mention, ctx))
        self.source_units.setdefault(resolved.id, resolved)
        return resolved

    # -- summaries --------------------------------------------------------------------------------------

    def _summaries(self, extraction: Extraction, tids: list[str]) -> None:
        """What the whole-archive summaries read, counted here once per file (a reload replaces them with the
        file) instead of by every query over every task: per Document its tasks by how they name units
        (orphan-summary), per Document and Topic a COVERS edge with its tasks (topic-overview), and on each
        task that names no lead ``orphan``, indexed, with ``finding`` (orphan-tasks); the unit counts of
        :meth:`_unit_summaries`."""
        counts: dict[str, Counter[str]] = {}
        covers: dict[tuple[str, str], dict[str, Any]] = {}
        for task, tid in zip(extraction.tasks, tids, strict=True):
            doc_id = ids.document_id(task.doc, task.plan)
            unknown = task.unit_status == "unknown"
            named = bool(task.units or task.divisions)
            led = any(u.role == "lead" and not u.inherited for u in task.units)
            any_lead = any(u.role == "lead" for u in task.units)
            c = counts.setdefault(doc_id, Counter())
            c["tasks"] += 1
            c["tasks_unknown"] += unknown
            c["tasks_no_unit"] += not unknown and not named
            c["tasks_no_lead"] += not unknown and named and not led
            c["tasks_with_lead"] += not unknown and led
            if not led:
                finding = ("unknown (merged cell)" if unknown else "no unit named" if not named
                           else "units but no lead")
                self.graph.node(tid, "Task", orphan=True, finding=finding)
            for (_, src, topic, _), edge in self._about.pop(tid, {}).items():
                cover = covers.setdefault((doc_id, topic), {"tasks": 0, "with_lead": 0, "from_heading": 0,
                                                             "task_ids": []})
                cover["tasks"] += 1
                cover["with_lead"] += any_lead
                cover["from_heading"] += bool(edge.props.get("inherited"))
                cover["task_ids"].append(src)
        for doc_id, c in counts.items():
            if doc_id in self.graph.nodes:
                self.graph.nodes[doc_id].props.update({k: c[k] for k in SUMMARY_COUNTS})
        for (doc_id, topic), props in covers.items():
            if doc_id in self.graph.nodes:
                self.graph.edge("COVERS", doc_id, topic, **props)
        self._unit_summaries(extraction, tids)
        self._progress_summaries(extraction, tids)

    def _progress_summaries(self, extraction: Extraction, tids: list[str]) -> None:
        """Per document, period and reporting division (by name), its statements counted on the first of them
        (by task, then statement, in the text): ``tally`` (period and division, indexed: the key of the
        archive-wide ``Tally``), ``division``, ``statements`` and ``task_ids``. progress-by-division lists a few
        of these per division, instead of every statement."""
        groups: dict[tuple[str, str, str], dict[str, tuple[int, int, str]]] = {}
        for task, tid in zip(extraction.tasks, tids, strict=True):
            doc_id = ids.document_id(task.doc, task.plan)
            for pid, period, division, start in self._progress.pop(tid, []):
                groups.setdefault((doc_id, period, division), {}).setdefault(pid, (task.span.start, start, tid))
        for (_, period, division), statements in groups.items():
            ordered = sorted(statements.items(), key=lambda kv: kv[1])
            first = ordered[0][0]
            self.graph.nodes[first].props.update(
                tally=tally_key(period, division), division=division, statements=len(ordered),
                task_ids=list(dict.fromkeys(t for _, (_, _, t) in ordered)))

    def _unit_summaries(self, extraction: Extraction, tids: list[str]) -> None:
        """Per Unit and Document a ``NAMED_IN`` edge with the unit's responsibility edges in that document by
        type, the tasks it is named on (``tasks``) and those it leads (most-loaded, unit-portfolio, counterparts),
        and per pair of units named on the same tasks a ``SHARES_TASKS`` edge from one (the smaller id) to the
        Document, keyed by the other, with their shared tasks (co-responsibility). Both hang off the Document, so
        a reload deletes them with it; every load adds them up over the archive (:data:`COUNT_TOTALS`)."""
        named: dict[tuple[str, str], dict[str, Any]] = {}
        pairs: dict[tuple[str, str, str], list[str]] = {}
        for task, tid in zip(extraction.tasks, tids, strict=True):
            doc_id = ids.document_id(task.doc, task.plan)
            roles = self._roles.pop(tid, {})
            for rel, unit, _ in roles:
                n = named.setdefault((unit, doc_id), {"leads": 0, "responsible": 0, "assists": 0, "tasks": 0,
                                                      "led_task_ids": []})
                n[NAMED_COUNT[rel]] += 1
                if rel == "LEADS" and tid not in n["led_task_ids"]:
                    n["led_task_ids"].append(tid)
            units = sorted({unit for _, unit, _ in roles})
            for unit in units:
                named[unit, doc_id]["tasks"] += 1
            for i, a in enumerate(units):
                for b in units[i + 1:]:
                    pairs.setdefault((a, b, doc_id), []).append(tid)
        for (unit, doc_id), props in named.items():
            if doc_id in self.graph.nodes:
                self.graph.edge("NAMED_IN", unit, doc_id, **props)
        for (a, b, doc_id), shared in pairs.items():
            if doc_id in self.graph.nodes:
                self.graph.edge("SHARES_TASKS", a, doc_id, key=b, other=b, tasks=len(shared), task_ids=shared)

    def _mentions(self, task: Task, tid: str, jurisdiction: str | None) -> None:
        linked: dict[tuple[str, str, str, str], None] = {}
        for key in task.topics:
            self.graph.node(ids.topic_id(key), "Topic", key=key)
            self.graph.edge("ABOUT", tid, ids.topic_id(key), inherited=False)
            linked["ABOUT", tid, ids.topic_id(key), ""] = None
        for key, heading in heading_topics(task.section, task.topics):  # marked: not in the task's own words
            self.graph.node(ids.topic_id(key), "Topic", key=key)
            self.graph.edge("ABOUT", tid, ids.topic_id(key), inherited=True, heading=heading)
            linked["ABOUT", tid, ids.topic_id(key), ""] = None
        self._about[tid] = {k: self.graph.edges[k] for k in linked}
        for written in task.regions:
            name = self.resolver.region(written, jurisdiction) or written
            self.graph.node(ids.region_id(name), "Region", name=name)
            self.graph.edge("MENTIONS", tid, ids.region_id(name), key="region", written=written)
        for written in task.rivers:
            name = self.resolver.water(written) or written
            self.graph.node(ids.water_id(name), "WaterBody", name=name)
            self.graph.edge("MENTIONS", tid, ids.water_id(name), key="water", written=written)

    def _deadline(self, task: Task, tid: str) -> None:
        """The task's deadline, and each other dated step its text sets as a DUE_BY edge with ``step: true``
        (the overall deadline is the one without it)."""
        if task.deadline:
            did = self.graph.node(ids.deadline_id(task.doc, task.deadline, task.due), "Deadline", source=task.doc,
                                  text=task.deadline, due=task.due, open_ended=task.open_ended)
            self.graph.edge("DUE_BY", tid, did)
        for step in task.steps:
            if (step.text, step.due) == (task.deadline, task.due):
                continue
            sid = self.graph.node(ids.deadline_id(task.doc, step.text, step.due), "Deadline", source=task.doc,
                                  text=step.text, due=step.due, open_ended=False)
            self.graph.edge("DUE_BY", tid, sid, key="step", step=True)

    # -- targets and citations --------------------------------------------------------------------

    def _target(self, target: Target, occurrence: int, task_id: str | None, jurisdiction: str | None) -> None:
        tid = ids.target_id(target.doc, target.text, target.metric, target.value, occurrence)
        self.graph.node(
            tid, "Target", source=target.doc, doc=target.doc, document=ids.document_id(target.doc, target.plan),
            text=target.text, metric=target.metric, value=target.value, unit=target.unit,
            direction=target.direction, baseline_year=target.baseline_year, year=target.year,
            region=target.region, topics=target.topics, start=target.span.start, end=target.span.end,
        )
        self.graph.edge("HAS_TARGET", ids.document_id(target.doc, target.plan), tid)
        if task_id:
            self.graph.edge("HAS_TARGET", task_id, tid)
        for key in target.topics:
            self.graph.node(ids.topic_id(key), "Topic", key=key)
            self.graph.edge("ABOUT", tid, ids.topic_id(key))
        if target.region:
            name = self.resolver.region(target.region, jurisdiction) or target.region
            self.graph.node(ids.region_id(name), "Region", name=name)
            self.graph.edge("APPLIES_TO", tid, ids.region_id(name))

    def _citations(self, out: GraphBatch) -> None:
        """CITES edges in their written form, to a Citation node; the store points each at the Document it
        names once that is loaded (:data:`polkg.graph.store.base.RELINK_CITES`), whichever file came first."""
        for d, cite in self.cites:
            if (cite.number and cite.number == d.number) or (cite.title and title_key(cite.title) == title_key(
                    d.title or "")):
                continue  # a plan quoting its own number or title
            cid = out.node(f"cite:{cite.number or title_key(cite.title or '')}", "Citation", title=cite.title,
                           number=cite.number)
            out.edge("CITES", ids.document_id(d.doc, d.plan), cid, key=cite.number or cite.title or "",
                     title=cite.title, number=cite.number, start=cite.span.start, end=cite.span.end, cite=cid,
                     title_key=title_key(cite.title or "") or None)


def provenance(out: GraphBatch) -> None:
    """Which files bring each shared node, kept off the node: a ``BROUGHT_BY`` edge from the node to the file's
    first Document (by id; a reload deletes it with the file's Documents), and ``reference: true`` on the nodes
    the reference data bring (which no reload takes away). A list of files on the node grew with the archive (a
    unit every file names had 4,001 of them at 1,000×) and every answer that returned the node decoded it."""
    anchors: dict[str, str] = {}
    for n in out.nodes.values():
        if n.label == "Document":
            source = str(n.props.get("source", ""))
            if source not in anchors or n.id < anchors[source]:
                anchors[source] = n.id
    for node_id, files in out.shares.items():
        if REFERENCE in files:
            out.nodes[node_id].props["reference"] = True
        for source in sorted(files - {REFERENCE}):
            if source not in anchors:
                raise ValueError(f"{source} brings {node_id} but has no Document")
            out.edge(BROUGHT_BY, node_id, anchors[source])


def tally_key(period: str, division: str) -> str:
    """The key of a reporting period's division: on its ``Tally`` and on each document's first statement."""
    return f"{period}|{division}"


def title_key(title: str) -> str:
    """How a cited title is matched to a document (:func:`polkg.loaders.metadata.citation_key`)."""
    return citation_key(title)


def document_keys(batch: GraphBatch) -> tuple[list[str], list[str]]:
    """The 文号 and title keys of a batch's documents: the citations elsewhere that may now point at them."""
    docs = [n for n in batch.nodes.values() if n.label == "Document"]
    return (sorted({str(n.props["number"]) for n in docs if n.props.get("number")}),
            sorted({str(n.props["title_key"]) for n in docs if n.props.get("title_key")}))


def counterparts(units: list[tuple[str, str, str]]) -> list[dict[str, str]]:
    """COUNTERPART_OF rows from each department ``(id, system, level)`` to those of its system one or more
    levels up (区生态环境局 → 生态环境厅), over every department in the store, so "the district counterpart
    of 生态环境厅" is one hop whichever file named each."""
    by_system: dict[str, list[tuple[str, int]]] = {}
    for uid, system, level in units:
        if level in LEVEL_ORDER:
            by_system.setdefault(system, []).append((uid, LEVEL_ORDER[level]))
    return [{"src": low, "dst": high, "system": system}
            for system, members in sorted(by_system.items())
            for low, low_rank in sorted(members) for high, high_rank in sorted(members) if high_rank < low_rank]


def build(extractions: Iterable[Extraction], resolver: Resolver) -> GraphBatch:
    """The batch of a load (built with the cycle collector paused: :func:`paused_gc`)."""
    with paused_gc():
        builder = GraphBuilder(resolver)
        for e in extractions:
            builder.add(e)
        return builder.batch()
