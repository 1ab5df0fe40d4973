"""A plain (non-editable) install gets the whole namespaced package, its queries and its data files."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT


def test_the_wheel_holds_every_subpackage_query_and_data_file(tmp_path: Path) -> None:
    # built from a copy: setuptools' build/ directory would otherwise keep files deleted from the tree
    src = tmp_path / "src"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(".venv", ".git", "build", "node_modules", ".polkg",
                                                              ".build", "*.egg-info", "__pycache__"))
    res = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path),
         str(src)],
        capture_output=True, text=True, timeout=300,
    )
    assert res.returncode == 0, res.stderr
    (wheel,) = tmp_path.glob("polkg-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for package in ("polkg", "polkg/graph", "polkg/graph/store", "polkg/loaders", "polkg/nlp", "polkg/data",
                    "polkg/queries", "polkg/cypher"):
        assert f"{package}/__init__.py" in names, package
    queries = {p.name for p in (ROOT / "cypher").glob("*.cypher")}
    assert {n.removeprefix("polkg/cypher/") for n in names if n.endswith(".cypher")} == queries
    data = {p.name for p in (ROOT / "data").glob("*.toml")}
    assert {n.removeprefix("polkg/data/") for n in names if n.endswith(".toml")} == data
    assert "polkg/viz.js" in names  # polkg viz inlines it into every page
    assert not any(n.startswith(("tests/", "corpus/")) for n in names)
