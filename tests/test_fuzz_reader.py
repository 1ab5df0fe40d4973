"""Mutated corpus files fed to the reader: whatever the bytes, the only error that comes out is polkg's own
(one ``polkg: error:`` line at the CLI), never a traceback from a parser or a decoder.

A few dozen examples keep this fast; the mutations are those of damaged or misnamed files: flipped and
deleted bytes, a cut, NUL and control bytes, invalid UTF-8, another format's magic number or markup, and a
name whose extension says another format.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polkg import api
from polkg.errors import PolkgError
from polkg.pipeline import Pipeline
from tests.conftest import CORPUS

#: the start of one real plan: enough for headings, tasks and units, small enough to extract in milliseconds
SEED = sorted(CORPUS.glob("*.txt"))[0].read_bytes()[:6000]
INSERTS = (b"\x00", b"\x01\x02\x1b", b"\xff\xfe", b"\xe4\xb8", b"%PDF-1.7\n", b"PK\x03\x04", b"{\\rtf1 ",
           b"<html><body><table><tr><td>", b"\r", b"\n" * 50, "（一）".encode(), "牵头单位：".encode())


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(SEED)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(("flip", "delete", "insert", "cut")))
        if kind == "flip" and at < len(data):
            data[at] ^= draw(st.integers(1, 255))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 200))]
        elif kind == "insert":
            data[at:at] = draw(st.sampled_from(INSERTS)) * draw(st.integers(1, 3))
        elif kind == "cut":
            del data[at:]
    return bytes(data)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=mutated(), suffix=st.sampled_from((".txt", ".txt", ".html", ".pdf", ".docx", ".md")))
def test_a_mutated_file_gives_an_extraction_or_polkgs_own_error(
        pipeline: Pipeline, data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"plan{suffix}"
        path.write_bytes(data)
        try:
            api.extract([str(path)], pipeline)
        except PolkgError as e:
            assert str(e) and "\n" not in str(e).strip(), str(e)  # one line
