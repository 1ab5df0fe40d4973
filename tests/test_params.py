"""polkg writes a load's parameters as Cypher text itself (faster than the falkordb client's serialiser): the
text must be the client's own, and every value must come back from FalkorDB as it was sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from falkordb.helpers import stringify_param_value
from hypothesis import given, settings
from hypothesis import strategies as st

from polkg.graph.store.falkor import FalkorStore, cypher_literal, fast_literal

KEYS = st.text(st.characters(blacklist_characters="`"), min_size=1, max_size=8)
SCALARS = (st.text(max_size=30) | st.integers(-2**62, 2**62) | st.none()
           | st.floats(allow_nan=False, allow_infinity=False))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
                      max_leaves=12)


@given(VALUES)
def test_the_text_is_the_clients_own(value: Any) -> None:
    assert cypher_literal(value) == stringify_param_value(value)


def test_booleans_are_cypher_booleans() -> None:
    assert (cypher_literal(True), cypher_literal([False])) == ("true", "[false]")


#: NUL is the one character FalkorDB cannot read in a parameter (with the client's text too) and the reader refuses
#: files with it (binary); lone surrogates are no UTF-8 at all
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=20)


@settings(max_examples=25, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=5))
def test_strings_come_back_as_written(tmp_path_factory: Any, texts: list[str]) -> None:
    store = FalkorStore(Path(tmp_path_factory.mktemp("params")))
    try:
        rows = [{"id": str(i), "props": {"text": t}} for i, t in enumerate(texts)]
        store.query("UNWIND $rows AS r CREATE (n:Note {id: r.id}) SET n += r.props", {"rows": rows}, write=True)
        got = store.query("MATCH (n:Note) RETURN n.id, n.text ORDER BY n.id").rows
        assert got == [[str(i), t] for i, t in sorted(enumerate(texts), key=lambda x: str(x[0]))]
    finally:
        store.close()


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(TEXT, st.integers(-2**62, 2**62), st.lists(TEXT, max_size=3)), min_size=1, max_size=5))
def test_rows_of_lists_come_back_as_written(tmp_path_factory: Any, rows: list[tuple[str, int, list[str]]]) -> None:
    """A load's rows are lists written as JSON (escapes FalkorDB reads as JSON does); a control character or a
    ``\\u`` takes the slow path: every value comes back as it was."""
    store = FalkorStore(Path(tmp_path_factory.mktemp("rows")))
    try:
        sent = [[str(i), *row] for i, row in enumerate(rows)]
        store.query("UNWIND $rows AS r CREATE (n:Note {id: r[0], text: r[1], n: r[2], names: r[3]})", {"rows": sent},
                    write=True)
        got = store.query("MATCH (n:Note) RETURN n.id, n.text, n.n, n.names ORDER BY n.id").rows
        assert got == sorted([[i, t, n, names] for i, t, n, names in sent])
    finally:
        store.close()


def test_json_only_where_it_is_cypher() -> None:
    assert fast_literal([["a\n\"b\"", 1, 2.5, True, None, ["x"]]]) == '[["a\\n\\"b\\"",1,2.5,true,null,["x"]]]'
    for value in ([{"k": 1}], [["{"]], [["\x01"]], [["\\u"]], [float("nan")], {"k": [1]}):
        assert fast_literal(value) == cypher_literal(value)


def test_a_brace_inside_a_string_keeps_the_fast_path(monkeypatch: Any, tmp_path: Path) -> None:
    """Only a map (a ``{`` outside the strings) needs the Cypher writer: task texts with ``PM_{2.5}`` in them sent
    a load's Task rows down the slow path, several times slower."""
    rows = [["PM_{2.5}", ['a\\"{', "}"], 1], ['"{"', [], 2]]
    expected = '[["PM_{2.5}",["a\\\\\\"{","}"],1],["\\"{\\"",[],2]]'

    def refused(value: Any) -> str:
        raise AssertionError(f"slow path for {value!r}")

    monkeypatch.setattr("polkg.graph.store.falkor.cypher_literal", refused)
    assert fast_literal(rows) == expected
    monkeypatch.undo()
    store = FalkorStore(tmp_path)
    try:
        sent = [[str(i), *row] for i, row in enumerate(rows)]
        store.query("UNWIND $rows AS r CREATE (n:Note {id: r[0], text: r[1], names: r[2], n: r[3]})", {"rows": sent},
                    write=True)
        assert store.query("MATCH (n:Note) RETURN n.id, n.text, n.names, n.n ORDER BY n.id").rows == sent
        assert fast_literal([{"k": "{"}]) == cypher_literal([{"k": "{"}])  # a map: the Cypher writer
    finally:
        store.close()
