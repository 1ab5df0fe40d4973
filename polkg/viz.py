"""A query's result as one self-contained HTML page (``polkg viz``), and the Neo4j Browser style.

The page carries its data and a small renderer of its own (a force layout drawn as SVG, hover for provenance,
wheel to zoom, drag to pan): no script, font or style is fetched, so it opens offline, from a mail attachment
or an archive, years later. Colours and captions per label come from ``data/palette.toml``, which also
generates ``browser/polkg.grass``, so the page and Neo4j Browser show the same graph the same way.
"""

from __future__ import annotations

import html
import json
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from polkg.data import read
from polkg.errors import PolkgError

DEFAULT_COLOUR = "#A5ABB6"
#: the page lays the graph out in the browser (all pairs of nodes): beyond this a reader waits and sees a hairball
MAX_NODES = 2000
CAPTION_MAX = 14
HOVER_MAX = 160
#: properties that say where a node or an edge was read from, shown first on hover
PROVENANCE = ("document", "doc", "section", "file", "start", "end", "quote")
HIDDEN = ("labels", "type", "id", "source", "key", "prop_key", "prop_type")


def palette() -> list[dict[str, Any]]:
    labels: list[dict[str, Any]] = read("palette.toml")["label"]
    return labels


def style(labels: list[str]) -> dict[str, Any]:
    """The palette entry of a node with these labels: the first label the palette lists, else a grey one."""
    for entry in palette():
        if entry["name"] in labels:
            return entry
    return {"name": labels[0] if labels else "Node", "colour": DEFAULT_COLOUR, "caption": ["name", "title"]}


def short(value: Any, limit: int) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def caption(entry: dict[str, Any], attrs: dict[str, Any], node: str) -> str:
    for key in entry["caption"]:
        if attrs.get(key) not in (None, ""):
            return short(attrs[key], CAPTION_MAX)
    return short(node, CAPTION_MAX)


def hover(head: str, attrs: dict[str, Any]) -> str:
    """What a reader sees on hover: what it is, then where it came from (document, section, offsets, the quote),
    then the other properties."""
    lines = [head]
    if attrs.get("start") is not None and attrs.get("end") is not None:
        lines.append(f"offsets: {attrs['start']}–{attrs['end']}")
    lines += [f"{k}: {short(attrs[k], HOVER_MAX)}" for k in PROVENANCE
              if k not in ("start", "end") and attrs.get(k) not in (None, "")]
    rest = [k for k in sorted(attrs) if k not in PROVENANCE and k not in HIDDEN and attrs[k] not in (None, "", [])]
    lines += [f"{k}: {short(attrs[k], HOVER_MAX)}" for k in rest]
    return "\n".join(lines)


def page_data(g: nx.MultiDiGraph) -> dict[str, Any]:
    """Nodes and edges as the page's renderer reads them: colour, caption and hover text computed here."""
    index: dict[Any, int] = {}
    nodes: list[dict[str, Any]] = []
    for node, attrs in g.nodes(data=True):
        entry = style(list(attrs.get("labels") or []))
        index[node] = len(nodes)
        nodes.append({"label": entry["name"], "colour": entry["colour"], "caption": caption(entry, attrs, str(node)),
                      "hover": hover(f"{entry['name']} {node}", attrs)})
    edges = [{"s": index[a], "t": index[b], "type": str(attrs.get("type", "")),
              "hover": hover(f"{attrs.get('type', '')} ({nodes[index[a]]['caption']} → {nodes[index[b]]['caption']})",
                             attrs)}
             for a, b, attrs in g.edges(data=True)]
    return {"nodes": nodes, "edges": edges}


def page(g: nx.MultiDiGraph, title: str) -> str:
    """The whole HTML page: data as JSON in a script tag (``</`` escaped), the renderer inline."""
    if g.number_of_nodes() == 0:
        raise PolkgError("nothing to draw: the query returned no nodes")
    if g.number_of_nodes() > MAX_NODES:
        raise PolkgError(f"the result holds {g.number_of_nodes()} nodes; a page draws at most {MAX_NODES} "
                         "(narrow the query or add LIMIT)")
    data = json.dumps(page_data(g), ensure_ascii=False).replace("</", "<\\/")
    renderer = resources.files("polkg").joinpath("viz.js").read_text(encoding="utf-8")
    return TEMPLATE.format(title=html.escape(title), data=data, script=renderer,
                           summary=f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges")


def write(g: nx.MultiDiGraph, path: Path, title: str) -> None:
    text = page(g, title)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as e:
        raise PolkgError(f"{path}: cannot write: {e.strerror}") from None


def grass() -> str:
    """The Neo4j Browser style (``:style`` / drag the file onto Browser): colour and Chinese caption per label."""
    out = ["node {", "  diameter: 50px;", f"  color: {DEFAULT_COLOUR};", "  border-color: #9AA1AC;",
           "  border-width: 2px;", "  text-color-internal: #FFFFFF;", "  font-size: 10px;", "}",
           "relationship {", f"  color: {DEFAULT_COLOUR};", "  shaft-width: 1px;", "  font-size: 8px;",
           "  padding: 3px;", "  text-color-external: #000000;", "  text-color-internal: #FFFFFF;",
           '  caption: "<type>";', "}"]
    for entry in reversed(palette()):  # later rules win in Browser: the palette's first label last
        out += [f"node.{entry['name']} {{", f"  color: {entry['colour']};", "  border-color: #FFFFFF;",
                "  text-color-internal: #000000;", f'  caption: "{{{entry["caption"][0]}}}";', "}"]
    return "\n".join(out) + "\n"


TEMPLATE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
html, body {{ margin: 0; height: 100%; background: #ffffff; overflow: hidden;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei",
  sans-serif; }}
#graph {{ width: 100%; height: 100%; display: block; cursor: grab; }}
#head {{ position: fixed; top: 8px; left: 10px; background: rgba(255,255,255,0.9); padding: 6px 10px;
  border: 1px solid #ddd; border-radius: 4px; font-size: 13px; }}
#head h1 {{ font-size: 14px; margin: 0 0 4px 0; }}
#legend span.swatch {{ display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin: 0 4px 0 8px; }}
#tip {{ position: fixed; display: none; max-width: 420px; white-space: pre-wrap; background: #fffff4;
  border: 1px solid #999; padding: 6px 8px; font-size: 12px; pointer-events: none;
  box-shadow: 0 2px 6px rgba(0,0,0,0.2); }}
svg text {{ font-size: 10px; fill: #222; pointer-events: none; }}
</style>
</head>
<body>
<svg id="graph" xmlns="http://www.w3.org/2000/svg"></svg>
<div id="head"><h1>{title}</h1><div>{summary} — hover a node or an edge for its source; wheel zooms, drag pans</div>
<div id="legend"></div></div>
<div id="tip"></div>
<script type="application/json" id="polkg-data">{data}</script>
<script>
{script}
</script>
</body>
</html>
"""


if __name__ == "__main__":
    if sys.argv[1:] == ["--grass"]:
        sys.stdout.write(grass())
    else:
        sys.exit("usage: python -m polkg.viz --grass > browser/polkg.grass")
