"""Every canned query passes Neo4j's own Cypher parser (@neo4j-cypher/language-support, lintCypherQuery).

`./dev test` installs the linter from the npm registry into tools/cypher-lint; without node the test is skipped
with that reason.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from polkg.graph.store import Store
from tests.conftest import ROOT

LINT = ROOT / "tools" / "cypher-lint"


@pytest.fixture(scope="module")
def node() -> str:
    exe = shutil.which("node")
    if exe is None:
        pytest.skip("node is not installed: the Neo4j-parser lint cannot run")
    if not (LINT / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        pytest.skip("tools/cypher-lint/node_modules missing: run ./dev test (it installs the linter with npm)")
    return exe


def lint(node: str, *files: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([node, str(LINT / "lint.mjs"), *files], capture_output=True, text=True, timeout=120)


def test_every_query_is_clean(node: str) -> None:
    files = sorted(str(p) for p in (ROOT / "cypher").glob("*.cypher"))
    res = lint(node, *files)
    assert res.returncode == 0, res.stdout + res.stderr
    assert f"{len(files)} files, 0 errors, 0 warnings" in res.stdout


def test_the_lint_catches_mistakes(node: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.cypher"
    bad.write_text("MATCH (t:Task) RETRN t")
    assert lint(node, str(bad)).returncode == 1
    typo = tmp_path / "typo.cypher"
    typo.write_text("MATCH (t:Taks)-[:LEAD]->(u) RETURN t")
    res = lint(node, str(typo))
    assert "Taks" in res.stdout and "LEAD" in res.stdout


def test_lint_schema_matches_the_graph(graph: Store) -> None:
    """The linter knows the graph's labels and types, so a typo in a query is reported, not silently empty."""
    schema = json.loads((LINT / "schema.json").read_text())
    labels = {r[0] for r in graph.query("MATCH (n) UNWIND labels(n) AS l RETURN DISTINCT l").rows}
    types = {r[0] for r in graph.query("MATCH ()-[r]->() RETURN DISTINCT type(r)").rows}
    assert labels <= set(schema["labels"])
    assert types <= set(schema["relationshipTypes"])


def test_the_cypher_the_code_sends_is_clean(node: str, graph: Store, pipeline, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Not only the library: the batched writes, deletes, schema statements, stats and export queries that the
    stores send to Neo4j pass Neo4j's parser too (they run unlinted nowhere else here: no Neo4j server)."""
    from polkg import api
    from polkg.graph import analytics
    from polkg.graph.batch import SHARED_LABELS
    from polkg.graph.build import build
    from polkg.graph.store import base
    from polkg.graph.store.neo4j import CLEAR, schema_statements
    from tests.conftest import DISTRICT

    batch = build([pipeline.extract_file(DISTRICT)], pipeline.resolver)
    shared = {n.id for n in batch.nodes.values() if n.label in SHARED_LABELS}
    statements = {cypher for new in (set(), shared) for cypher, _ in base.write_statements(batch, new=new)}
    statements |= {*base.DELETE_SOURCES, *schema_statements(), CLEAR, api.STATS_LABELS, api.STATS_RELS,
                   analytics.NODES, analytics.EDGES, base.UNLINK_CITES, base.RELINK_CITES, base.DROP_CITATIONS,
                   base.CITATION_PROPS, base.DEPARTMENTS, base.WRITE_COUNTERPARTS,
                   base.PRESENT, *map(base.brought_statement, SHARED_LABELS),
                   *map(base.existing_statement, SHARED_LABELS),
                   *map(base.orphans_statement, SHARED_LABELS)}
    files = []
    for i, statement in enumerate(sorted(statements)):
        f = tmp_path / f"s{i:03d}.cypher"
        names = ("rows", "sources", "numbers", "keys", "keep", "systems", "all", "ids")
        params = "".join(f"// param: {p} = x\n" for p in names if f"${p}" in statement)
        f.write_text(params + statement)
        files.append(str(f))
    res = lint(node, *files)
    assert res.returncode == 0 and ", 0 errors, 0 warnings" in res.stdout, res.stdout
