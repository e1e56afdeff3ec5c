"""Write the merged graph as GraphML, JSON (node-link) and neo4j-admin import CSV.

List properties (aliases, reports, evidence) travel as they can in each format:
native lists in JSON; a JSON array in a string in GraphML (GraphML has no list type);
``|``-separated arrays in the CSV (``neo4j-admin database import --array-delimiter="|"``,
with a ``|`` inside a value written as the full-width ``｜``). Each evidence item is
itself a JSON object string: {"report", "sentence", "start", "end", "mention"}.
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
from pathlib import Path

import networkx as nx

from .build import LABELS, LIST_PROPS, REL_TYPES

ARRAY_DELIMITER = "|"
FILES = ("graph.graphml", "graph.json")


def graphml_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy fit for GraphML: lists as JSON strings, unique edge ids."""
    H = nx.MultiDiGraph()
    for n, a in G.nodes(data=True):
        H.add_node(n, **_flat(a))
    for i, (u, v, k, a) in enumerate(G.edges(keys=True, data=True)):
        H.add_edge(u, v, key=f"e{i}", **_flat(a))
    return H


def _flat(attrs: dict) -> dict:
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
            for k, v in attrs.items() if v is not None}


def write_graphml(G: nx.MultiDiGraph, path: Path) -> None:
    nx.write_graphml(graphml_graph(G), path, encoding="utf-8", prettyprint=True,
                     named_key_ids=False)


def read_graphml(path: Path) -> nx.MultiDiGraph:
    """The graph back from kg's GraphML, lists restored."""
    H = nx.read_graphml(path, force_multigraph=True)
    G = nx.MultiDiGraph()
    for n, a in H.nodes(data=True):
        G.add_node(n, **_unflat(a))
    for u, v, a in H.edges(data=True):
        a = _unflat(a)
        G.add_edge(u, v, key=a["type"], **a)
    return G


def _unflat(attrs: dict) -> dict:
    return {k: json.loads(v) if k in LIST_PROPS else v for k, v in attrs.items()}


def graph_json(G: nx.MultiDiGraph) -> dict:
    return nx.node_link_data(G, edges="edges")


def read_json(path: Path) -> nx.MultiDiGraph:
    return nx.node_link_graph(json.loads(Path(path).read_text("utf-8")), edges="edges",
                              directed=True, multigraph=True)


def write_json(G: nx.MultiDiGraph, path: Path) -> None:
    path.write_text(json.dumps(graph_json(G), ensure_ascii=False, indent=1) + "\n", "utf-8")


_NODE_TYPES = {"year": "int", "first_year": "int", "last_year": "int", "level": "int",
               "report_count": "int", "count": "int"}


def _cell(value) -> str:
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, "｜") for v in value)
    return "" if value is None else str(value)


def write_csv(G: nx.MultiDiGraph, folder: Path) -> list[Path]:
    """nodes_<Label>.csv and rels_<TYPE>.csv in neo4j-admin import's header format."""
    written = []
    for label in LABELS:
        rows = [(n, a) for n, a in G.nodes(data=True) if a["label"] == label]
        if not rows:
            continue
        cols = sorted({k for _, a in rows for k in a} - {"label"})
        header = ["id:ID", ":LABEL"] + [_header(c) for c in cols]
        path = folder / f"nodes_{label}.csv"
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(header)
            for n, a in rows:
                w.writerow([n, label] + [_cell(a.get(c)) for c in cols])
        written.append(path)
    for rel in REL_TYPES:
        rows = [(u, v, a) for u, v, k, a in G.edges(keys=True, data=True) if k == rel]
        if not rows:
            continue
        cols = sorted({k for *_, a in rows for k in a} - {"type"})
        path = folder / f"rels_{rel}.csv"
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow([":START_ID", ":END_ID", ":TYPE"] + [_header(c) for c in cols])
            for u, v, a in rows:
                w.writerow([u, v, rel] + [_cell(a.get(c)) for c in cols])
        written.append(path)
    return written


def _header(col: str) -> str:
    if col in LIST_PROPS:
        return f"{col}:string[]"
    return f"{col}:{_NODE_TYPES[col]}" if col in _NODE_TYPES else col


def write_all(G: nx.MultiDiGraph, out: Path) -> list[Path]:
    """All exports, written into a temporary folder first and moved in at the end, so
    a failure leaves the previous exports as they were."""
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".kg-export-", dir=out))
    try:
        write_graphml(G, tmp / "graph.graphml")
        write_json(G, tmp / "graph.json")
        (tmp / "csv").mkdir()
        write_csv(G, tmp / "csv")
        final = []
        for p in sorted(tmp.iterdir()):
            target = out / p.name
            if target.is_dir():
                shutil.rmtree(target)
            os.replace(p, target)
            final.append(target)
        return final
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
