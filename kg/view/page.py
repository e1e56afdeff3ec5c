"""``graph.html``: the whole graph in one self-contained, offline HTML page.

The layout is computed here, once, in C (igraph's Kamada-Kawai for small graphs,
DrL for large ones), so the page only draws: a 5,000-node graph opens without
the browser simulating physics for minutes. vis-network (vendored from npm with its
licences, ``vendor/``) draws; ``app.js`` adds the legend, search, filters, details and
trace mode. Nothing is loaded from the network.
"""
from __future__ import annotations

import html
import json
import math
import random
import re
from importlib import resources
from pathlib import Path

import igraph
import networkx as nx

from ..io.write import write_whole

STYLE = {   # label → (colour, vis-network shape)
    "Report": ("#7f7f7f", "square"),
    "Region": ("#1f77b4", "dot"),
    "Agency": ("#ff7f0e", "diamond"),
    "Regulation": ("#2ca02c", "triangle"),
    "Initiative": ("#9467bd", "star"),
}
EDGE_COLOURS = {"CITES": "#2ca02c", "ISSUED": "#ff7f0e", "IMPLEMENTS": "#9467bd",
                "PART_OF": "#1f77b4", "ABOUT": "#7f7f7f", "PUBLISHED_BY": "#7f7f7f",
                "MENTIONS": "#cccccc"}
HIDDEN_EDGE_TYPES = ("MENTIONS",)
LARGE = 1000          # nodes from which the faster, coarser DrL layout is used


def layout(G: nx.MultiDiGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions for every node, scaled so the page needs no zoom-to-fit guesswork."""
    nodes = list(G.nodes)
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    ig = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v, k in G.edges(keys=True)
                                           if k != "MENTIONS" and u != v])
    ig.simplify()
    random.seed(seed)                       # DrL draws from Python's generator
    seed_pos = [(math.cos(i), math.sin(i)) for i in range(len(nodes))]
    coords = ig.layout_drl() if len(nodes) >= LARGE else \
        ig.layout_kamada_kawai(seed=seed_pos, maxiter=50 * len(nodes))
    xs, ys = zip(*coords.coords)
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = 150 * math.sqrt(len(nodes)) / span
    return {n: ((x - min(xs)) * scale, (y - min(ys)) * scale) for n, (x, y) in zip(nodes, coords.coords)}


def page_data(G: nx.MultiDiGraph) -> dict:
    pos = layout(G)
    degree = {n: sum(1 for *_, k in G.in_edges(n, keys=True) if k != "MENTIONS")
              + sum(1 for *_, k in G.out_edges(n, keys=True) if k != "MENTIONS") for n in G}
    nodes = []
    for n, a in G.nodes(data=True):
        colour, shape = STYLE[a["label"]]
        x, y = pos[n]
        nodes.append({"id": n, "type": a["label"], "name": a["name"], "label": _short(a["name"]),
                      "x": round(x, 1), "y": round(y, 1), "color": colour, "shape": shape,
                      "size": round(8 + 4 * math.sqrt(degree[n]), 1),
                      "props": {k: v for k, v in a.items() if k not in ("label",)}})
    edges = []
    for i, (u, v, k, a) in enumerate(G.edges(keys=True, data=True)):
        edges.append({"id": f"e{i}", "from": u, "to": v, "type": k, "count": a.get("count", 0),
                      "reports": a.get("reports", []),
                      "evidence": [json.loads(e) for e in a.get("evidence", [])],
                      "color": EDGE_COLOURS[k], "hidden": k in HIDDEN_EDGE_TYPES})
    return {"nodes": nodes, "edges": edges, "styles": STYLE, "edgeColours": EDGE_COLOURS,
            "hiddenEdgeTypes": list(HIDDEN_EDGE_TYPES)}


def _short(name: str, limit: int = 18) -> str:
    return name if len(name) <= limit else name[:limit - 1] + "…"


def _asset(name: str) -> str:
    return resources.files("kg.view").joinpath(name).read_text("utf-8")


def render(G: nx.MultiDiGraph, title: str = "kg graph") -> str:
    parts = {
        "title": html.escape(title),
        "style": _asset("app.css"),
        "vis": _asset("vendor/vis-network.min.js").replace("</script", "<\\/script"),
        "data": json.dumps(page_data(G), ensure_ascii=False).replace("</", "<\\/"),
        "app": _asset("app.js"),
    }
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], _asset("template.html"))


def write_view(G: nx.MultiDiGraph, path: Path, title: str = "kg graph") -> Path:
    return write_whole(path, render(G, title))
