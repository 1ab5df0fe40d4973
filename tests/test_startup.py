"""Start-up: ``polkg --help``, ``query``, ``cypher`` and ``stats`` load no extraction machinery (spaCy, the
pydantic records, networkx), which cost over a second before any work (figures: ``benchmarks/bench.py``)."""

from __future__ import annotations

import subprocess
import sys
from typing import get_args

HEAVY = ("spacy", "networkx", "pydantic", "polkg.pipeline", "polkg.graph.model", "polkg.graph.resolve")


def modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
                         capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_the_cli_and_the_query_path_import_nothing_heavy() -> None:
    loaded = modules_after("import polkg.cli, polkg.api, polkg.graph.store.falkor, polkg.graph.analytics")
    assert not {m for m in loaded if m.split(".")[0] in HEAVY or m in HEAVY}


def test_the_level_choices_of_the_cli_are_the_models() -> None:
    from polkg.cli import LEVELS
    from polkg.graph.model import Level

    assert get_args(Level) == LEVELS
