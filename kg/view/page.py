"""``graph.html``: the graph in one self-contained, offline HTML page, at any size.

The page draws with WebGL (sigma.js over graphology, vendored from npm with their
licences, ``vendor/``); ``app.js`` adds the overview, search, filters, details, focus
and trace mode. Everything a browser would otherwise compute is done here, once:

- the layout (``layout.py``): regions as a radial tree of the division hierarchy,
  every other node placed by the regions it belongs to or is cited by, in linear time;
- compact data: columns of numbers and names, every sentence and report path written
  once, evidence capped per edge (the count and the `kg trace` command that prints all
  of it are shown), gzip-compressed and base64-encoded; the page undoes it with the
  browser's own DecompressionStream, offline.
"""
from __future__ import annotations

import base64
import gzip
import html
import json
import math
import re
import shlex
from importlib import resources
from pathlib import Path

import networkx as nx

from ..io.write import write_whole
from .focus import HIDDEN_EDGE_TYPES, shown_degree
from .layout import cited_by, layout

STYLE = {   # label → colour
    "Report": "#7f7f7f",
    "Region": "#1f77b4",
    "Agency": "#ff7f0e",
    "Regulation": "#2ca02c",
    "Initiative": "#9467bd",
}
EDGE_COLOURS = {"CITES": "#2ca02c", "ISSUED": "#ff7f0e", "IMPLEMENTS": "#9467bd",
                "PART_OF": "#1f77b4", "ABOUT": "#7f7f7f", "PUBLISHED_BY": "#7f7f7f",
                "MENTIONS": "#cccccc"}
EVIDENCE_PER_EDGE = 3       # sentences an edge carries in the page; `kg trace` prints all
REPORTS_PER_EDGE = 20
OVERVIEW_REGULATIONS = 30   # the first picture: the most cited regulations, and their citers
OVERVIEW_LABELLED = 10
OVERVIEW_FROM = 300         # nodes: a smaller graph opens whole
_PROPS_LEFT_OUT = ("label", "name", "key", "sha256")


def page_data(G: nx.MultiDiGraph, center: str | None = None) -> dict:
    """The graph as the page reads it: columns indexed by node and edge number; a page
    of one node's neighbourhood (``center``) opens on that node."""
    nodes = list(G.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    pos = layout(G)
    degree = shown_degree(G)
    types = list(STYLE)
    biggest = 12 if len(nodes) <= 2000 else 8 if len(nodes) <= 20000 else 6   # px, many nodes: smaller
    col: dict[str, list] = {k: [] for k in ("id", "t", "name", "x", "y", "size", "y0", "y1", "props")}
    for n, a in G.nodes(data=True):
        x, y = pos[n]
        col["id"].append(n)
        col["t"].append(types.index(a["label"]))
        col["name"].append(a["name"])
        col["x"].append(round(x, 2))
        col["y"].append(round(y, 2))
        col["size"].append(round(min(2 + math.sqrt(degree[n]), biggest), 1))
        col["y0"].append(a.get("first_year", a.get("year")))
        col["y1"].append(a.get("last_year", a.get("year")))
        col["props"].append({k: v for k, v in a.items() if k not in _PROPS_LEFT_OUT})
    sentences: dict[str, int] = {}
    reports: dict[str, int] = {}
    edge_types = list(EDGE_COLOURS)
    ecol: dict[str, list] = {k: [] for k in ("s", "d", "t", "n", "ev", "evn", "rep", "repn", "trace")}
    for u, v, k, a in G.edges(keys=True, data=True):
        ecol["s"].append(index[u])
        ecol["d"].append(index[v])
        ecol["t"].append(edge_types.index(k))
        ecol["n"].append(a.get("count", 0))
        evidence = a.get("evidence", [])
        shown = [] if k in HIDDEN_EDGE_TYPES else [json.loads(e) for e in evidence[:EVIDENCE_PER_EDGE]]
        ecol["ev"].append([[sentences.setdefault(e["sentence"], len(sentences)),
                            reports.setdefault(e["report"], len(reports)), e["start"], e["end"]]
                           for e in shown])
        ecol["evn"].append(len(evidence))
        reps = a.get("reports", [])
        ecol["rep"].append([reports.setdefault(r, len(reports)) for r in reps[:REPORTS_PER_EDGE]])
        ecol["repn"].append(len(reps))
        ecol["trace"].append(trace_command(G, u, v, k) if evidence else "")
    return {"types": types, "styles": STYLE, "edgeTypes": edge_types, "edgeColours": EDGE_COLOURS,
            "hiddenEdgeTypes": list(HIDDEN_EDGE_TYPES), "nodes": col, "edges": ecol,
            "sentences": list(sentences), "reports": list(reports),
            "overview": overview(G, index), "center": index[center] if center is not None else -1}


def trace_command(G: nx.MultiDiGraph, u: str, v: str, relation: str) -> str:
    """The command that prints every evidence item of the edge (the page shows a few)."""
    source = G.nodes[u].get("path") or G.nodes[u]["name"]
    target = G.nodes[v].get("path") or G.nodes[v]["name"]
    cmd = f"kg trace {shlex.quote(source)} {shlex.quote(target)}"
    return cmd if relation == "CITES" else f"{cmd} --relation {relation}"


def overview(G: nx.MultiDiGraph, index: dict[str, int]) -> dict[str, list[int]]:
    """The first picture: the most cited regulations (by regions citing them) and every
    region, so that it says who cites what, by province; labelled, the provinces and
    the ten most cited."""
    citing = cited_by(G)
    top = sorted(citing, key=lambda n: (-citing[n], n))[:OVERVIEW_REGULATIONS]
    regions = [n for n, a in G.nodes(data=True) if a["label"] == "Region"]
    if G.number_of_nodes() < OVERVIEW_FROM:
        return {"nodes": [], "regulations": 0, "labelled": []}
    provinces = [n for n in regions if G.nodes[n].get("level") == 1]
    return {"nodes": sorted(index[n] for n in set(top) | set(regions)),
            "regulations": len(top),
            "labelled": sorted(index[n] for n in set(top[:OVERVIEW_LABELLED]) | set(provinces))}


def _asset(name: str) -> str:
    return resources.files("kg.view").joinpath(name).read_text("utf-8")


def _script(name: str) -> str:
    return _asset(name).replace("</script", "<\\/script")


def render(G: nx.MultiDiGraph, title: str = "kg graph", center: str | None = None) -> str:
    packed = gzip.compress(json.dumps(page_data(G, center), ensure_ascii=False,
                                      separators=(",", ":")).encode("utf-8"), 6,
                           mtime=0)     # the same graph, the same page, byte for byte
    parts = {
        "title": html.escape(title),
        "style": _asset("app.css"),
        "graphology": _script("vendor/graphology.umd.min.js"),
        "sigma": _script("vendor/sigma.min.js"),
        "data": base64.b64encode(packed).decode("ascii"),
        "app": _asset("app.js"),
    }
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], _asset("template.html"))


def write_view(G: nx.MultiDiGraph, path: Path, title: str = "kg graph",
               center: str | None = None) -> Path:
    return write_whole(path, render(G, title, center))
