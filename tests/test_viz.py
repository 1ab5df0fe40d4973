"""``polkg viz``: a query's result as one self-contained HTML page, rendered by headless Chromium; and the Neo4j
Browser style generated from the same palette."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from polkg import viz
from polkg.cli import cli

ROOT = Path(__file__).resolve().parent.parent
VOCS = "MATCH (u:Unit)-[r:LEADS]->(t:Task)-[:ABOUT]->(:Topic {key: $topic}) RETURN u, r, t"


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def page(loaded_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("viz") / "vocs.html"
    res = CliRunner().invoke(cli, ["viz", VOCS, "-p", "topic=VOCs", "--out", str(out), "--store", str(loaded_dir)])
    assert res.exit_code == 0, res.output
    assert re.match(r"wrote \d+ nodes and \d+ edges", res.output)
    return out


def data(page: Path) -> dict[str, list[dict[str, object]]]:
    found = re.search(r'<script type="application/json" id="polkg-data">(.*?)</script>', page.read_text(), re.S)
    assert found
    parsed: dict[str, list[dict[str, object]]] = json.loads(found.group(1))
    return parsed


def test_page_is_self_contained(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    assert "<script src" not in text and "<link" not in text and "@import" not in text
    assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", text), "the page must fetch nothing"


def test_nodes_are_coloured_by_label_and_hover_shows_provenance(page: Path) -> None:
    d = data(page)
    colours = {n["label"]: n["colour"] for n in d["nodes"]}
    assert colours == {"Unit": "#57C7E3", "Task": "#F79767"}
    units = {n["caption"] for n in d["nodes"] if n["label"] == "Unit"}
    assert "四川省环境保护厅" in units
    task = next(n for n in d["nodes"] if n["label"] == "Task")
    assert {"document:", "section:", "offsets:", "quote:"} <= {line.split(" ")[0]
                                                               for line in str(task["hover"]).splitlines()}
    edge = d["edges"][0]
    assert edge["type"] == "LEADS" and "rank:" in str(edge["hover"])


def test_a_query_without_nodes_is_a_clear_error(loaded_dir: Path, tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["--store", str(loaded_dir), "viz", "most-loaded", "--out", str(tmp_path / "x.html")])
    assert res.exit_code == 1 and "holds no nodes" in res.output
    assert not (tmp_path / "x.html").exists()


def test_too_large_a_result_is_refused_before_writing(tmp_path: Path) -> None:
    import networkx as nx

    from polkg.errors import PolkgError

    g = nx.MultiDiGraph()
    g.add_nodes_from((i, {"labels": ["Task"], "text": "任务"}) for i in range(viz.MAX_NODES + 1))
    with pytest.raises(PolkgError, match="at most"):
        viz.write(g, tmp_path / "big.html", "big")
    assert not (tmp_path / "big.html").exists()


def test_renders_in_headless_chromium(page: Path, tmp_path: Path) -> None:
    browser = chromium()
    if browser is None:
        pytest.skip("chromium is not installed (./dev test installs Debian's package when run as root)")
    shot = tmp_path / "shot.png"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", "--window-size=1000,700",
                    "--hide-scrollbars", "--virtual-time-budget=5000", page.as_uri()],
                   capture_output=True, timeout=90, check=False)
    assert shot.is_file(), "chromium wrote no screenshot"
    from PIL import Image

    pixels = Counter({colour: n for n, colour in Image.open(shot).convert("RGB").getcolors(1 << 24)})
    total = sum(pixels.values())
    background, _ = pixels.most_common(1)[0]
    assert background == (255, 255, 255)
    drawn = total - pixels[background]
    assert drawn > total * 0.01, "the screenshot is blank"
    assert pixels[(0x57, 0xC7, 0xE3)] > 50 and pixels[(0xF7, 0x97, 0x67)] > 50, "unit and task nodes are drawn"


def test_browser_style_is_generated_from_the_palette() -> None:
    grass = (ROOT / "browser" / "polkg.grass").read_text(encoding="utf-8")
    assert grass == viz.grass(), "regenerate: python -m polkg.viz --grass > browser/polkg.grass"
    assert "node.Unit {" in grass and 'caption: "{name}";' in grass and 'caption: "{text}";' in grass
    # Browser applies the last matching rule: a Unit:Group node must get the Group colour
    assert grass.index("node.Group {") > grass.index("node.Unit {")
