"""Write the merged graph as GraphML, JSON (node-link) and neo4j-admin import CSV.

List properties (aliases, reports, evidence) travel as they can in each format:
native lists in JSON; a JSON array in a string in GraphML (GraphML has no list type);
``|``-separated arrays in the CSV (``neo4j-admin database import --array-delimiter="|"``,
with a ``|`` inside a value written as the full-width ``｜``). Each evidence item is
itself a JSON object string: {"report", "sentence", "start", "end", "mention"}.
"""
from __future__ import annotations

import gc
import json
import multiprocessing
import os
import shutil
import tempfile
from concurrent.futures import ProcessPoolExecutor
from json.encoder import encode_basestring
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from .build import LABELS, LIST_PROPS, REL_TYPES

ARRAY_DELIMITER = "|"


_GRAPHML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string", list: "string"}


def _flat(value):
    """A list as its JSON text (what ``json.dumps(value, ensure_ascii=False)`` gives),
    strings encoded one by one: lists of evidence strings are most of a graph's bytes."""
    if not isinstance(value, list):
        return value
    if all(type(v) is str for v in value):
        return "[" + ", ".join(map(encode_basestring, value)) + "]"
    return json.dumps(value, ensure_ascii=False)


def _escape(text: str) -> str:
    return escape(text) if "&" in text or "<" in text or ">" in text else text


def _graphml_keys(items, domain: str, taken: dict) -> dict[str, str]:
    """attribute name → key id, each declared once per domain with one GraphML type."""
    types: dict[str, str] = {}
    for attrs in items:
        for k, v in attrs.items():
            if v is not None:
                t = _GRAPHML_TYPES[type(v)]
                if types.setdefault(k, t) != t:
                    types[k] = "string"
    out = {}
    for k in sorted(types):
        out[k] = f"d{len(taken)}"
        taken[out[k]] = (domain, k, types[k])
    return out


def write_graphml(G: nx.MultiDiGraph, path: Path) -> None:
    """GraphML written as a stream (no copy of the graph, no document tree in memory):
    keys first, then nodes, then edges with unique ids; lists as JSON strings."""
    declared: dict[str, tuple] = {}
    node_keys = _graphml_keys((a for _, a in G.nodes(data=True)), "node", declared)
    edge_keys = _graphml_keys((a for *_, a in G.edges(keys=True, data=True)), "edge", declared)

    def data(keys: dict, attrs: dict) -> str:
        return "".join(f'      <data key="{keys[k]}">'
                       f'{_escape(str(v).lower() if isinstance(v, bool) else str(_flat(v)))}</data>\n'
                       for k, v in attrs.items() if v is not None)

    with open(path, "w", encoding="utf-8") as f:
        f.write("<?xml version='1.0' encoding='utf-8'?>\n"
                '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
                'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
        for kid, (domain, name, t) in declared.items():
            f.write(f'  <key id="{kid}" for="{domain}" attr.name={quoteattr(name)} attr.type="{t}" />\n')
        f.write('  <graph edgedefault="directed">\n')
        ids = {n: quoteattr(n) for n in G}
        for n, a in G.nodes(data=True):
            f.write(f"    <node id={ids[n]}>\n{data(node_keys, a)}    </node>\n")
        for i, (u, v, _, a) in enumerate(G.edges(keys=True, data=True)):
            f.write(f'    <edge id="e{i}" source={ids[u]} target={ids[v]}>\n'
                    f"{data(edge_keys, a)}    </edge>\n")
        f.write("  </graph>\n</graphml>\n")


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




def read_json(path: Path) -> nx.MultiDiGraph:
    return nx.node_link_graph(json.loads(Path(path).read_text("utf-8")), edges="edges",
                              directed=True, multigraph=True)


def write_json(G: nx.MultiDiGraph, path: Path) -> None:
    """networkx's node-link format (``edges="edges"``), written one item at a time so
    that no second copy of the graph is made."""
    dump = json.JSONEncoder(ensure_ascii=False).encode
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"directed": true, "multigraph": true, "graph": {},\n "nodes": [')
        for i, (n, a) in enumerate(G.nodes(data=True)):
            f.write(("," if i else "") + "\n  " + dump({**a, "id": n}))
        f.write('\n ],\n "edges": [')
        for i, (u, v, k, a) in enumerate(G.edges(keys=True, data=True)):
            f.write(("," if i else "") + "\n  " + dump({**a, "source": u, "target": v, "key": k}))
        f.write("\n ]\n}\n")


_NODE_TYPES = {"year": "int", "first_year": "int", "last_year": "int", "level": "int",
               "report_count": "int", "count": "int"}


def _cell(value) -> str:
    if isinstance(value, list):
        joined = ARRAY_DELIMITER.join(map(str, value))
        if joined.count(ARRAY_DELIMITER) == len(value) - 1:     # no item holds a "|"
            return joined
        return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, "｜") for v in value)
    return "" if value is None else str(value)


def _csv_field(text: str) -> str:
    if '"' in text or "," in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def _csv_row(cells: list[str]) -> str:
    """One row as ``csv.writer`` (excel dialect, minimal quoting) writes it, built with
    str.replace: the csv module scans long evidence cells a character at a time."""
    return ",".join(map(_csv_field, cells)) + "\r\n"


def write_csv(G: nx.MultiDiGraph, folder: Path) -> list[Path]:
    """nodes_<Label>.csv and rels_<TYPE>.csv in neo4j-admin import's header format."""
    written = []
    nodes: dict[str, list] = {label: [] for label in LABELS}
    for n, a in G.nodes(data=True):
        nodes[a["label"]].append((n, a))
    edges: dict[str, list] = {rel: [] for rel in REL_TYPES}
    for u, v, k, a in G.edges(keys=True, data=True):     # one pass, not one per type
        edges[k].append((u, v, a))
    for label, rows in nodes.items():
        if not rows:
            continue
        cols = sorted({k for _, a in rows for k in a} - {"label"})
        header = ["id:ID", ":LABEL"] + [_header(c) for c in cols]
        path = folder / f"nodes_{label}.csv"
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(_csv_row(header))
            for n, a in rows:
                f.write(_csv_row([n, label] + [_cell(a.get(c)) for c in cols]))
        written.append(path)
    for rel, rows in edges.items():
        if not rows:
            continue
        cols = sorted({k for *_, a in rows for k in a} - {"type"})
        path = folder / f"rels_{rel}.csv"
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(_csv_row([":START_ID", ":END_ID", ":TYPE"] + [_header(c) for c in cols]))
            for u, v, a in rows:
                f.write(_csv_row([u, v, rel] + [_cell(a.get(c)) for c in cols]))
        written.append(path)
    return written


def _header(col: str) -> str:
    if col in LIST_PROPS:
        return f"{col}:string[]"
    return f"{col}:{_NODE_TYPES[col]}" if col in _NODE_TYPES else col


_GRAPH: nx.MultiDiGraph | None = None     # the graph forked export processes write


def _write_forked(writer: str, path: Path) -> None:
    """A writer named, not passed: the child finds it (and the graph) in its copy of
    this module, so nothing is pickled but a name and a path."""
    globals()[writer](_GRAPH, path)


def _write_exports(G: nx.MultiDiGraph, jobs: list[tuple[str, Path]], workers: int) -> None:
    """Run the writers, in forked processes when ``workers`` > 1. A child shares the
    graph copy-on-write; the pages it reads get copied (reference counts), about half
    the graph's memory per process, so ``workers`` 1 is the frugal choice."""
    global _GRAPH
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        for writer, path in jobs:
            globals()[writer](G, path)
        return
    _GRAPH = G
    gc.freeze()                  # the children's collector leaves the parent's objects be
    try:
        with ProcessPoolExecutor(min(workers, len(jobs)),
                                 mp_context=multiprocessing.get_context("fork")) as pool:
            for done in [pool.submit(_write_forked, writer, path) for writer, path in jobs]:
                done.result()
    finally:
        gc.unfreeze()
        _GRAPH = None


def write_all(G: nx.MultiDiGraph, out: Path, workers: int = 1) -> list[Path]:
    """All exports, written into a temporary folder first and moved in at the end, so
    a failure leaves the previous exports as they were. ``workers`` > 1 writes them
    side by side in that many processes."""
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".kg-export-", dir=out))
    try:
        (tmp / "csv").mkdir()
        _write_exports(G, [("write_graphml", tmp / "graph.graphml"),
                           ("write_json", tmp / "graph.json"), ("write_csv", tmp / "csv")],
                       workers)
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
