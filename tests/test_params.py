"""polkg writes a load's parameters as Cypher text itself (faster than the falkordb client's serialiser): the
text must be the client's own, and every value must come back from FalkorDB as it was sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from falkordb.helpers import stringify_param_value
from hypothesis import given, settings
from hypothesis import strategies as st

from polkg.graph.store.falkor import FalkorStore, cypher_literal

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
