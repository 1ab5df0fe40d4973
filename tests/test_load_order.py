"""The graph is a function of the files in the store: loading the corpus file by file, in any order or grouping,
or reloading a changed file, gives the graph of one fresh load of the same final files."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from polkg import api
from polkg.graph.batch import GraphBatch
from polkg.graph.model import Extraction
from polkg.graph.store import Store
from polkg.graph.store.falkor import FalkorStore
from polkg.pipeline import Pipeline
from tests.conftest import CORPUS, DISTRICT

FILES = sorted(str(p) for p in CORPUS.glob("*.txt"))
#: which files first brought a unit into the resolver's memory of written forms: process history, not graph
IGNORED = {"aliases"}


def canonical(value: Any) -> Any:
    return sorted(value, key=str) if isinstance(value, list) else value


def dump(store: Store) -> tuple[Counter[str], Counter[str]]:
    """Every node (labels, properties) and every edge (ends, type, properties), as comparable text."""
    nodes = store.query("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").rows
    edges = store.query("MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id, properties(r)").rows

    def text(props: dict[str, Any]) -> dict[str, Any]:
        return {k: canonical(v) for k, v in sorted(props.items()) if k not in IGNORED}

    return (Counter(json.dumps([sorted(labels), text(props)], ensure_ascii=False) for labels, props in nodes),
            Counter(json.dumps([a, t, b, text(p)], ensure_ascii=False) for a, t, b, p in edges))


class Remembering:
    """The session's pipeline, reading each file once: these tests are about the store, not extraction."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.resolver = pipeline.resolver
        self.seen: dict[tuple[str, str], Extraction] = {}

    def extract_source(self, source: Any, fmt: str | None = None) -> Extraction:
        key = (str(source.path), source.text)
        if key not in self.seen:
            self.seen[key] = self.pipeline.extract_source(source, fmt)
        return self.seen[key]


MEMO: dict[int, Remembering] = {}


def loaded(groups: list[list[str]], pipeline: Pipeline) -> tuple[Counter[str], Counter[str]]:
    remembering = MEMO.setdefault(id(pipeline), Remembering(pipeline))
    with tempfile.TemporaryDirectory() as d:
        store = FalkorStore(Path(d))
        try:
            for group in groups:
                api.load(group, store, remembering)  # type: ignore[arg-type]
            return dump(store)
        finally:
            store.close()


def grouped(order: list[int], cuts: list[bool]) -> list[list[str]]:
    groups: list[list[str]] = [[]]
    for i, cut in zip(order, [False, *cuts], strict=True):
        if cut:
            groups.append([])
        groups[-1].append(FILES[i])
    return groups


@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(len(FILES))), cuts=st.lists(st.booleans(), min_size=len(FILES) - 1,
                                                                max_size=len(FILES) - 1))
@example(order=list(range(len(FILES))), cuts=[True] * (len(FILES) - 1))  # one by one, in corpus order
def test_any_load_order_or_grouping_gives_the_graph_of_one_load(
    order: list[int], cuts: list[bool], graph: Store, pipeline: Pipeline
) -> None:
    nodes, edges = loaded(grouped(order, cuts), pipeline)
    want_nodes, want_edges = dump(graph)
    assert nodes == want_nodes
    assert edges == want_edges


def test_reloading_a_changed_file_gives_the_graph_of_a_fresh_load(
    pipeline: Pipeline, graph: Store, tmp_path: Path
) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    files = [str(shutil.copy(f, plans)) for f in FILES]
    district = plans / DISTRICT.name
    remembering = MEMO.setdefault(id(pipeline), Remembering(pipeline))
    store = FalkorStore(tmp_path / "store")
    try:
        api.load(files[:2], store, remembering)  # type: ignore[arg-type]
        api.load(files[2:], store, remembering)  # type: ignore[arg-type]
        text = district.read_text(encoding="utf-8")
        district.write_text(text[: len(text) // 3], encoding="utf-8")  # a third of the plan left
        api.load([str(district)], store, remembering)  # type: ignore[arg-type]
        reloaded = dump(store)
    finally:
        store.close()
    fresh = loaded([files], pipeline)
    assert reloaded == fresh

    def units(nodes: Counter[str]) -> int:
        return sum(n for text, n in nodes.items() if text.startswith('[["Unit"'))

    assert units(reloaded[0]) < units(dump(graph)[0])  # the units only the cut part named are gone


def plan(doc: str, number: str, cites: str | None = None) -> GraphBatch:
    """A one-document batch as the builder makes it: a plan with a 文号 that may cite another 文号."""
    b = GraphBatch()
    did = b.node(f"doc:{doc}:0", "Document", source=doc, doc=doc, title=f"{doc}方案", number=number,
                 title_key=f"{doc}方案")
    if cites:
        cid = b.node(f"cite:{cites}", "Citation", number=cites)
        b.edge("CITES", did, cid, key=cites, number=cites, cite=cid)
    return b


def cited(store: Store) -> list[list[Any]]:
    return store.query("MATCH (a:Document)-[:CITES]->(x) RETURN a.doc, labels(x)[0], coalesce(x.doc, x.number) "
                       "ORDER BY a.doc").rows


def test_a_citation_points_at_the_cited_plan_whichever_was_loaded_first(tmp_path: Path) -> None:
    store = FalkorStore(tmp_path)
    try:
        store.replace_sources(["b"], plan("b", "川办〔2018〕2号", cites="川办〔2018〕1号"))
        assert cited(store) == [["b", "Citation", "川办〔2018〕1号"]]
        store.replace_sources(["a"], plan("a", "川办〔2018〕1号"))
        assert cited(store) == [["b", "Document", "a"]]  # the cited plan arrived after its citer
        assert store.query("MATCH (c:Citation) RETURN count(c)").rows == [[0]]
        store.replace_sources(["a"], plan("a", "川办〔2018〕9号"))
        assert cited(store) == [["b", "Citation", "川办〔2018〕1号"]]  # its number changed: back to the citation
    finally:
        store.close()


def test_a_pipeline_that_read_other_files_first_loads_the_same_graph(tmp_path: Path) -> None:
    """The places a load writes come from the files it loads, not from what the same process read before
    (a notebook extracts, then loads): otherwise the graph depends on the session's history."""
    fixtures = CORPUS.parent / "tests" / "fixtures"
    files = [str(DISTRICT), str(fixtures / "bracket_yunling_county.txt"),
             str(fixtures / "plan_table_guizhou_water.txt")]
    used = Pipeline()
    api.extract(sorted(str(p) for p in (CORPUS.parent / "tests" / "realworld").glob("rw_*.txt"))[:20], used)
    api.extract(files, used)  # the same file read before: its units now come from the resolver's cache
    a, b = FalkorStore(tmp_path / "a"), FalkorStore(tmp_path / "b")
    try:
        api.load(files, a, used)
        api.load(files, b, Pipeline())
        assert api.stats(a) == api.stats(b)
    finally:
        a.close()
        b.close()
