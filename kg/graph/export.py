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
import shutil
from array import array
from bisect import bisect_left
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, islice
from json.encoder import encode_basestring
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from ..io.write import updating
from .tables import write_tables

from .build import LABELS, LIST_PROPS, REL_TYPES

ARRAY_DELIMITER = "|"


PROPERTIES = Path(__file__).resolve().parents[2] / "schemas" / "graph_properties.json"
_GRAPHML_TYPES = {"string": "string", "int": "long", "string[]": "string"}


class UndeclaredProperty(ValueError):
    """A node or edge carries a property the schema does not declare: its column and
    GraphML key would be missing, so nothing is written instead."""


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


@dataclass(frozen=True)
class Layout:
    """What every part of an export must agree on: GraphML key ids and types (declared
    once, before any node), the CSV columns of each label and relationship type (a
    header before any row) and their import types."""
    keys: dict[str, tuple[str, str, str]]      # key id → (domain, attribute, type)
    node_keys: dict[str, str]                  # attribute → key id
    edge_keys: dict[str, str]
    node_cols: dict[str, list[str]]            # label → columns
    rel_cols: dict[str, list[str]]             # relationship type → columns
    types: dict[str, str]                      # column → neo4j-admin type


@lru_cache(maxsize=1)
def layout() -> Layout:
    """The layout of every export, from ``schemas/graph_properties.json``: taken from the
    schema rather than found in the graph, headers stay the same from corpus to corpus
    and no pass over the graph comes before writing."""
    spec = json.loads(PROPERTIES.read_text("utf-8"))
    types: dict[str, str] = {}
    for domain in ("nodes", "relationships"):
        for props in spec[domain].values():
            for name, t in props.items():
                if types.setdefault(name, t) != t:
                    raise ValueError(f"{PROPERTIES}: {name} is declared as {types[name]} and {t}")
    keys: dict[str, tuple[str, str, str]] = {}

    def declare(domain: str, names: set[str]) -> dict[str, str]:
        out = {}
        for name in sorted(names):
            out[name] = f"d{len(keys)}"
            keys[out[name]] = (domain, name, _GRAPHML_TYPES[types[name]])
        return out
    node_keys = declare("node", {n for props in spec["nodes"].values() for n in props})
    edge_keys = declare("edge", {n for props in spec["relationships"].values() for n in props})
    return Layout(keys, node_keys, edge_keys,
                  {lb: sorted(set(spec["nodes"][lb]) - {"label"}) for lb in LABELS},
                  {rel: sorted(set(spec["relationships"][rel]) - {"type"}) for rel in REL_TYPES},
                  types)


def _undeclared(domain: str, name) -> UndeclaredProperty:
    return UndeclaredProperty(f"a {domain} has the property {name!r}, which "
                              f"{PROPERTIES.parent.name}/{PROPERTIES.name} does not declare")


@dataclass(frozen=True)
class Part:
    """The share of an export one process writes: the first part holds the heads and
    every node, and each part a run of edges; parts are appended in order and the
    tails written last (``export``)."""
    first: bool
    start: int
    stop: int | None


WHOLE = Part(True, 0, None)


def _edges(G: nx.MultiDiGraph, part: Part):
    return enumerate(islice(G.edges(keys=True, data=True), part.start, part.stop), part.start)


def _graphml_data(keys: dict, attrs: dict) -> str:
    return "".join(f'      <data key="{keys[k]}">'
                   f'{_escape(str(v).lower() if isinstance(v, bool) else str(_flat(v)))}</data>\n'
                   for k, v in attrs.items() if v is not None)


def graphml_part(G: nx.MultiDiGraph, lay: Layout, f, part: Part) -> None:
    """GraphML written as a stream (no copy of the graph, no document tree in memory):
    keys first, then nodes, then edges with unique ids; lists as JSON strings."""
    if part.first:
        f.write("<?xml version='1.0' encoding='utf-8'?>\n"
                '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
                'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
        for kid, (domain, name, t) in lay.keys.items():
            f.write(f'  <key id="{kid}" for="{domain}" attr.name={quoteattr(name)} attr.type="{t}" />\n')
        f.write('  <graph edgedefault="directed">\n')
        try:
            for n, a in G.nodes(data=True):
                f.write(f"    <node id={quoteattr(n)}>\n{_graphml_data(lay.node_keys, a)}    </node>\n")
        except KeyError as e:
            raise _undeclared("node", e.args[0]) from None
    ids: dict[str, str] = {}
    try:
        for i, (u, v, _, a) in _edges(G, part):
            su = ids.get(u) or ids.setdefault(u, quoteattr(u))
            sv = ids.get(v) or ids.setdefault(v, quoteattr(v))
            f.write(f'    <edge id="e{i}" source={su} target={sv}>\n'
                    f"{_graphml_data(lay.edge_keys, a)}    </edge>\n")
    except KeyError as e:
        raise _undeclared("edge", e.args[0]) from None


GRAPHML_TAIL = "  </graph>\n</graphml>\n"


def json_part(G: nx.MultiDiGraph, lay: Layout, f, part: Part) -> None:
    """networkx's node-link format (``edges="edges"``), written one item at a time so
    that no second copy of the graph is made."""
    dump = json.JSONEncoder(ensure_ascii=False).encode
    if part.first:
        f.write('{"directed": true, "multigraph": true, "graph": {},\n "nodes": [')
        for i, (n, a) in enumerate(G.nodes(data=True)):
            f.write(("," if i else "") + "\n  " + dump({**a, "id": n}))
        f.write('\n ],\n "edges": [')
    for i, (u, v, k, a) in _edges(G, part):
        f.write(("," if i else "") + "\n  " + dump({**a, "source": u, "target": v, "key": k}))


JSON_TAIL = "\n ]\n}\n"


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


def csv_part(G: nx.MultiDiGraph, lay: Layout, folder: Path, part: Part) -> None:
    """nodes_<Label>.csv and rels_<TYPE>.csv in neo4j-admin import's header format;
    a part after the first adds rows only (to files of the same names)."""
    if part.first:
        rows: dict[str, list] = {label: [] for label in lay.node_cols}
        for n, a in G.nodes(data=True):
            rows[a["label"]].append((n, a))
        for label, cols in lay.node_cols.items():
            declared = {"label", *cols}
            with open(folder / f"nodes_{label}.csv", "w", encoding="utf-8", newline="") as f:
                f.write(_csv_row(["id:ID", ":LABEL"] + [_header(lay, c) for c in cols]))
                for n, a in rows[label]:
                    if not a.keys() <= declared:
                        raise _undeclared("node", min(a.keys() - declared))
                    f.write(_csv_row([n, label] + [_cell(a.get(c)) for c in cols]))
    with ExitStack() as stack:
        files = {rel: stack.enter_context(open(folder / f"rels_{rel}.csv", "w", encoding="utf-8",
                                               newline="")) for rel in lay.rel_cols}
        if part.first:
            for rel, f in files.items():
                f.write(_csv_row([":START_ID", ":END_ID", ":TYPE"]
                                 + [_header(lay, c) for c in lay.rel_cols[rel]]))
        declared = {rel: {"type", *cols} for rel, cols in lay.rel_cols.items()}
        for _, (u, v, k, a) in _edges(G, part):
            if not a.keys() <= declared[k]:
                raise _undeclared("relationship", min(a.keys() - declared[k]))
            files[k].write(_csv_row([u, v, k] + [_cell(a.get(c)) for c in lay.rel_cols[k]]))


def _header(lay: Layout, col: str) -> str:
    return col if lay.types[col] == "string" else f"{col}:{lay.types[col]}"


FORMATS = ("graphml", "json", "csv")
_TAILS = {"graphml": GRAPHML_TAIL, "json": JSON_TAIL}
_FILES = {"graphml": "graph.graphml", "json": "graph.json", "csv": "csv"}


def _write_part(G: nx.MultiDiGraph, lay: Layout, folder: Path, formats: tuple[str, ...],
                part: Part) -> None:
    """One part of each format into ``folder`` (graph.graphml, graph.json, csv/)."""
    for fmt in formats:
        if fmt == "csv":
            (folder / "csv").mkdir(exist_ok=True)
            csv_part(G, lay, folder / "csv", part)
            continue
        with open(folder / _FILES[fmt], "w", encoding="utf-8") as f:
            (graphml_part if fmt == "graphml" else json_part)(G, lay, f, part)


UNIT = 4     # what writing a node or an edge costs, in evidence items (the bench's graphs:
             # ~20 µs a node or edge, ~4.6 µs an evidence item, in all three formats)


def _parts(G: nx.MultiDiGraph, n: int) -> list[Part]:
    """``n`` parts of about equal work, weighed by size: an edge that gathered thousands
    of sentences costs that much more to write than one with a single report (such
    edges bunch up early in the edge order, on the first entities merged). The first
    part also writes every node."""
    cum = array("q", accumulate((UNIT + len(a.get("evidence") or ())
                                 for _, nbrs in G.adjacency() for keys in nbrs.values()
                                 for a in keys.values()), initial=0))
    nodes = UNIT * G.number_of_nodes()
    share = (nodes + cum[-1]) / n
    edges = len(cum) - 1
    bounds = [0] + [min(edges, bisect_left(cum, share * i - nodes)) for i in range(1, n)] + [edges]
    parts = [Part(i == 0, bounds[i], bounds[i + 1]) for i in range(n)]
    return [p for p in parts if p.first or p.stop > p.start]


def _append(part_folder: Path, folder: Path) -> None:
    for src in sorted(part_folder.rglob("*")):
        if src.is_file():
            with open(src, "rb") as f, open(folder / src.relative_to(part_folder), "ab") as out:
                shutil.copyfileobj(f, out, 1 << 20)


_GRAPH: tuple | None = None     # (graph, layout, formats) that forked part writers read


def _write_forked(folder: Path, part: Part) -> None:
    """Only a folder and a part are sent to the child: the graph is in its copy of
    this module (shared copy-on-write, nothing pickled)."""
    G, lay, formats = _GRAPH
    _write_part(G, lay, folder, formats, part)


def export(G: nx.MultiDiGraph, folder: Path, formats: tuple[str, ...] = FORMATS,
           workers: int = 1) -> None:
    """Write ``formats`` of ``G`` into ``folder``. With ``workers`` > 1 the edges are
    split into that many parts: this process writes the first (heads, nodes, first
    edges) while forked children write the others into their own folders, appended
    here in order. A child reads only its share of the graph, so it copies only the
    pages of that share (reference counts make a read a write)."""
    global _GRAPH
    lay = layout()
    forks = "fork" in multiprocessing.get_all_start_methods()
    parts = _parts(G, workers) if workers > 1 and forks else [WHOLE]   # one writer: no weighing
    if len(parts) == 1:
        _write_part(G, lay, folder, formats, WHOLE)
    else:
        _GRAPH = (G, lay, formats)
        gc.freeze()              # the children's collector leaves the parent's objects be
        try:
            with ProcessPoolExecutor(len(parts) - 1,
                                     mp_context=multiprocessing.get_context("fork")) as pool:
                folders = [folder / f".part{i}" for i in range(1, len(parts))]
                for f in folders:
                    f.mkdir()
                futures = [pool.submit(_write_forked, f, p) for f, p in zip(folders, parts[1:])]
                _write_part(G, lay, folder, formats, parts[0])
                for f, done in zip(folders, futures):
                    done.result()
                    _append(f, folder)
                    shutil.rmtree(f)
        finally:
            gc.unfreeze()
            _GRAPH = None
    for fmt in formats:
        if fmt in _TAILS:
            with open(folder / _FILES[fmt], "a", encoding="utf-8") as f:
                f.write(_TAILS[fmt])


def write_graphml(G: nx.MultiDiGraph, path: Path) -> None:
    _write_one(G, Path(path), "graphml")


def write_json(G: nx.MultiDiGraph, path: Path) -> None:
    _write_one(G, Path(path), "json")


def _write_one(G: nx.MultiDiGraph, path: Path, fmt: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        (graphml_part if fmt == "graphml" else json_part)(G, layout(), f, WHOLE)
        f.write(_TAILS[fmt])


def write_all(G: nx.MultiDiGraph, out: Path, workers: int = 1, view: bool = False) -> list[Path]:
    """All exports (and the tables of ``tables.py``; with ``view``, graph.html), replacing the previous ones as one update
    (``kg.io.write.updating``): a failed or killed run leaves the previous exports.
    ``workers`` > 1 writes them in that many processes (``export``)."""
    out = Path(out)
    with updating(out) as update:
        export(G, update.folder, FORMATS, workers)
        write_tables(G, update.folder)
        if view:
            from ..view.page import write_view
            write_view(G, update.folder / "graph.html")
        names = sorted(p.name for p in update.folder.iterdir())
    return [out / name for name in names]
