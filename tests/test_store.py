"""The embedded store: atomic loads, idempotent reloads, the graph model on the real corpus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from polkg import api
from polkg.errors import PolkgError
from polkg.graph.store import Store, base
from polkg.graph.store.falkor import FalkorStore
from polkg.pipeline import Pipeline
from tests.conftest import CORPUS, DISTRICT


@pytest.fixture
def district(tmp_path: Path, pipeline: Pipeline) -> Iterator[FalkorStore]:
    store = FalkorStore(tmp_path)
    api.load([str(DISTRICT)], store, pipeline)
    yield store
    store.close()


def test_a_load_that_fails_midway_leaves_the_graph_as_it_was(
    district: FalkorStore, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = api.stats(district)
    real = base.write_statements

    def failing(batch: Any, *args: Any) -> Iterator[tuple[str, dict[str, Any]]]:
        for i, statement in enumerate(real(batch, *args)):
            if i == 5:
                raise RuntimeError("disk full")
            yield statement

    monkeypatch.setattr("polkg.graph.store.base.write_statements", failing)
    with pytest.raises(PolkgError, match="graph is unchanged"):
        api.load([str(CORPUS / "000_58d12171dcf85779.txt")], district, pipeline)
    assert api.stats(district) == before


def test_reloading_one_file_replaces_only_its_part(district: FalkorStore, pipeline: Pipeline) -> None:
    api.load([str(CORPUS / "003_47ae1d538206f907.txt")], district, pipeline)
    both = api.stats(district)
    api.load([str(DISTRICT)], district, pipeline)
    assert api.stats(district) == both
    docs = district.query("MATCH (d:Document) RETURN d.doc AS doc, count(*) AS n ORDER BY doc").rows
    assert docs == [["003_47ae1d538206f907", 1], ["004_0c71af0d61d8d2f3", 9]]


def test_every_responsibility_edge_leads_to_its_provenance(graph: Store) -> None:
    """A responsibility edge carries its role, rank and the unit as written; where it was read (file, plan,
    offsets, quote) is its Task's, kept once there and not copied onto every edge."""
    rows = graph.query(
        "MATCH (u:Unit)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(t:Task) "
        "RETURN t.doc AS doc, t.document AS document, t.start AS start, t.end AS end, t.quote AS quote, "
        "r.rank AS rank, r.role AS role, r.mention AS mention, t.text AS text, keys(r) AS keys"
    ).records()
    assert len(rows) > 1000
    texts = {p.stem: "".join(p.read_text(encoding="utf-8").split()) for p in CORPUS.glob("*.txt")}
    raw = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
    for r in rows:
        assert r["rank"] >= 1 and r["role"] in ("lead", "responsible", "assist") and r["mention"]
        assert not {"doc", "document", "start", "end", "quote"} & set(r["keys"])
        assert r["document"].startswith(f"doc:{r['doc']}:")
        span = "".join(raw[r["doc"]][r["start"] : r["end"]].split())
        assert "".join(r["text"].split())[:10] in span  # the span is where the obligation is written
        assert "".join(r["quote"].split())[:20] in texts[r["doc"]]  # the quote is verbatim


def test_one_unit_node_however_written(graph: Store) -> None:
    rows = graph.query(
        "MATCH (u:Unit {name: $name})-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->() RETURN DISTINCT r.mention AS m",
        {"name": "四川省环境保护厅"},
    ).rows
    written = {m for (m,) in rows}
    assert {"环境保护厅", "环保厅"} & written and len(written) >= 1
    spaced = graph.query("MATCH (u:Unit) WHERE u.name CONTAINS ' ' RETURN count(u)").rows[0][0]
    assert spaced == 0  # 环 境 保 护 厅 in the progress table resolves to the same node


def test_renamed_and_counterpart_units_are_linked(graph: Store) -> None:
    renamed = graph.query(
        "MATCH (a:Unit {name: '四川省环境保护厅'})-[s:SUCCEEDED_BY]->(b:Unit) RETURN b.name, s.date").rows
    assert renamed and renamed[0][0] == "四川省生态环境厅" and str(renamed[0][1]).startswith("2018")
    same_system = graph.query(
        "MATCH (d:Unit {name: '乐山市市中区生态环境局'}), (p:Unit {name: '四川省环境保护厅'}) "
        "RETURN d.system = p.system AS same, d.level AS dl, p.level AS pl").records()[0]
    assert same_system == {"same": True, "dl": "district", "pl": "province"}


def test_a_reload_does_not_write_the_reference_data_again(district: FalkorStore, pipeline: Pipeline) -> None:
    """Gazetteers and taxonomies are in the store since the first load: a reload writes only its file's part."""
    from polkg.graph.build import build

    batch = build([pipeline.extract_file(DISTRICT)], pipeline.resolver)
    written: list[int] = []
    real = district._rows

    def counting(cypher: str, params: dict[str, Any]) -> list[list[Any]]:
        if cypher != base.WRITE_COUNTERPARTS:  # counterparts are recomputed for every load
            written.append(len(params.get("rows", [])))
        return real(cypher, params)

    district._rows = counting  # type: ignore[method-assign]
    real_send = district._execute

    def counting_sent(cypher: str, params: dict[str, Any], *how: Any) -> list[list[Any]]:  # the writes, sent
        if cypher != base.WRITE_COUNTERPARTS:
            written.append(len(params.get("rows", [])))
        return real_send(cypher, params, *how)

    district._execute = counting_sent  # type: ignore[method-assign]
    before = api.stats(district)
    district.replace_sources([DISTRICT.stem], batch)
    reference, _ = base.reference_part(batch)
    inside = sum(1 for e in batch.edges.values() if e.src in reference and e.dst in reference)
    assert sum(written) == len(batch.nodes) + len(batch.edges) - len(reference) - inside
    assert api.stats(district) == before


def test_only_parallel_edges_carry_a_key(graph: Store) -> None:
    """An edge stores ``key`` only to tell parallel edges apart (the ranks of one unit on a task, a citation): no
    key is written onto the other edges of a load."""
    keyed = dict(graph.query("MATCH ()-[e]->() WHERE e.key IS NOT NULL RETURN type(e), count(e)").rows)
    assert keyed.get("RESPONSIBLE_FOR", 0) > 100 and keyed.get("CITES", 0) > 0
    assert not {"HAS_TASK", "ABOUT", "HAS_SECTION", "HAS_TARGET", "HAS_PROGRESS"} & set(keyed)


#: what a shared node keeps that is meant to grow with the archive: the counts of its edges over every file
COUNTS = ("named_leads", "named_responsible", "named_assists", "named_tasks")


def shared_nodes(store: Store) -> dict[str, dict[str, Any]]:
    rows = store.query("MATCH (n) WHERE n:Unit OR n:Region OR n:WaterBody OR n:Topic OR n:Person "
                       "RETURN n.id, properties(n)").rows
    return {i: {k: v for k, v in props.items() if k not in COUNTS} for i, props in rows}


def test_a_shared_node_stays_the_same_however_many_files_bring_it(tmp_path: Path, pipeline: Pipeline) -> None:
    """Which files bring a unit (or place, topic…) is kept off the node: a unit that every file of a 1,000× archive
    names carried the list of its 4,001 files, and every answer returning it decoded that list (unit-portfolio:
    1.6 s). Reloading files away leaves the nodes others still bring, unchanged, and removes the rest."""
    from benchmarks.scale import renamed
    from polkg.graph.batch import GraphBatch
    from polkg.graph.build import build

    one = pipeline.extract_file(DISTRICT)
    copies = [renamed(one, k) for k in (1, 2, 3)]
    store = FalkorStore(tmp_path)
    try:
        store.replace_sources([one.doc], build([one], pipeline.resolver))
        alone = shared_nodes(store)
        store.replace_sources([x.doc for x in copies], build(copies, pipeline.resolver))
        assert shared_nodes(store) == alone  # same nodes, same properties: nothing per file on them
        brought = store.query("MATCH (u:Unit)-[:BROUGHT_BY]->(d:Document) RETURN u.id, count(d)").rows
        assert brought and all(n == 4 for _, n in brought)
        store.replace_sources([one.doc, *(x.doc for x in copies[1:])], GraphBatch())  # three of the four go
        assert shared_nodes(store) == alone
        store.replace_sources([copies[0].doc], GraphBatch())  # the last goes: only the reference data stay
        left = shared_nodes(store)
        assert left and all(props.get("reference") is True for props in left.values())
        assert set(left) < set(alone)
    finally:
        store.close()


def test_a_statement_the_server_refuses_midway_leaves_the_graph_as_it_was(
    district: FalkorStore, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A load's writes are pipelined (sent without waiting for each answer): an error the server answers with in
    the middle still fails the load, with its message, and nothing of it stays; the store writes again after."""
    before = api.stats(district)
    real = base.write_statements

    def refused(batch: Any, *args: Any, **kwargs: Any) -> Iterator[tuple[str, dict[str, Any]]]:
        for i, statement in enumerate(real(batch, *args, **kwargs)):
            if i == 5:
                yield "UNWIND $rows AS r CREATE (n:Task {id: r[0] / 0})", {"rows": [["x"]]}
            yield statement

    monkeypatch.setattr("polkg.graph.store.base.write_statements", refused)
    with pytest.raises(PolkgError, match="graph is unchanged"):
        api.load([str(CORPUS / "000_58d12171dcf85779.txt")], district, pipeline)
    assert api.stats(district) == before
    monkeypatch.undo()
    api.load([str(CORPUS / "000_58d12171dcf85779.txt")], district, pipeline)
    assert api.stats(district)["labels"]["Document"] > before["labels"]["Document"]
