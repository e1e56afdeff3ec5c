"""One merged graph from many report records (networkx ``MultiDiGraph``).

Entities merge by canonical identity (a Region by its division code, else its path;
the others by canonical name), relations by (source, type, target). A merged node or
edge keeps the union of what each report said: aliases, report keys, evidence. The
same union rule is what the Neo4j loader runs in Cypher, so both hold the same graph.
"""
from __future__ import annotations

import os
from json.encoder import encode_basestring as _string
from typing import Iterable

import networkx as nx

from .. import gazetteer

LABELS = ("Report", "Region", "Agency", "Regulation", "Initiative")
REL_TYPES = ("CITES", "ISSUED", "IMPLEMENTS", "PART_OF", "ABOUT", "PUBLISHED_BY", "MENTIONS")
LIST_PROPS = ("aliases", "reports", "evidence")
# what a record says of a regulation (kg/extract/kinds.py): kind, who made it, legal status
REGULATION_PROPS = ("kind", "kind_sure", "jurisdiction", "status", "promulgated", "effective",
                    "in_force_until")
GAZETTEER = "gazetteer"          # the report key of structure that comes from regions.tsv


def node_id(label: str, key: str) -> str:
    return f"{label}:{key}"


def evidence_item(report: str, ev: dict) -> str:
    """One piece of evidence as a compact JSON string (a list item in every backend):
    ``json.dumps(item, ensure_ascii=False, sort_keys=True)`` written out by hand, since
    it runs for every sentence of every report and the generic encoder is most of the
    cost of merging."""
    m = ev.get("mention")                           # [start, end] of the mention itself
    mention = f'"mention": [{int(m[0])}, {int(m[1])}], ' if m else ""
    return (f'{{"end": {int(ev["end"])}, {mention}"report": {_string(report)}, '
            f'"sentence": {_string(ev["sentence"])}, "start": {int(ev["start"])}}}')


def _extend(items: list, index: set, new: list) -> None:
    """Append what ``items`` lacks, in order; ``index`` holds what it has already."""
    for x in new:
        if x not in index:
            index.add(x)
            items.append(x)


def merge_node(G: nx.MultiDiGraph, nid: str, props: dict, seen: dict) -> None:
    """Add or merge one entity: lists are unions, years widen, other values stay as the
    first report gave them. ``seen`` holds a set per list property, so the union is
    constant-time per item however many aliases a node gathers."""
    if nid not in G:
        G.add_node(nid, **props)
        return
    attrs = G.nodes[nid]
    for k, v in props.items():
        if k in LIST_PROPS:
            index = seen.get((nid, k))
            if index is None:
                index = seen[nid, k] = set(attrs.setdefault(k, []))
            _extend(attrs[k], index, v)
        elif k == "first_year":
            attrs[k] = min(attrs.get(k, v), v)
        elif k == "last_year":
            attrs[k] = max(attrs.get(k, v), v)
        else:
            attrs.setdefault(k, v)


def merge_edge(G: nx.MultiDiGraph, src: str, dst: str, rel: str, props: dict,
               seen: dict) -> bool:
    """Add or merge one relation; True if it is new. ``seen`` (edge → set of its reports
    and evidence) makes the union constant-time per item on edges that gather thousands
    of sentences."""
    if G.has_edge(src, dst, key=rel):
        attrs = G.edges[src, dst, rel]
        index = seen.get((src, dst, rel))
        if index is None:
            index = seen[src, dst, rel] = set(attrs["reports"]) | set(attrs["evidence"])
        _extend(attrs["reports"], index, props["reports"])
        _extend(attrs["evidence"], index, props["evidence"])
        attrs["count"] = len(attrs["evidence"]) or len(attrs["reports"])
        return False
    G.add_edge(src, dst, key=rel, type=rel, reports=list(props["reports"]),
               evidence=list(props["evidence"]),
               count=len(props["evidence"]) or len(props["reports"]))
    return True


def report_key(record: dict) -> str:
    """A report is keyed by its path as given (normalised), so re-runs merge with it."""
    return os.path.normpath(record.get("path") or record["doc"]).replace(os.sep, "/")


class RecordGraph:
    """Adds records to a graph, resolving entity names to node ids per record. An
    entity's ``report_count`` (its MENTIONS in-degree: how many reports name it) is
    kept up to date as MENTIONS edges are added, not counted in a pass afterwards."""

    def __init__(self, G: nx.MultiDiGraph | None = None):
        self.G = G if G is not None else nx.MultiDiGraph()
        self.g = gazetteer.load()
        self.seen: dict = {}
        self.divisions: set[str] = set()     # division nodes already here with their lineage

    def add(self, record: dict) -> None:
        G, rkey = self.G, report_key(record)
        year = record.get("year")
        report = node_id("Report", rkey)
        merge_node(G, report, {k: v for k, v in {
            "label": "Report", "key": rkey, "name": record.get("title") or record["doc"],
            "doc": record["doc"], "path": rkey, "title": record.get("title"),
            "date": record.get("date"), "year": year,
            "subject_region": record.get("subject_region"),
            "publisher": record.get("publisher"), "sha256": record.get("sha256")}.items()
            if v is not None}, self.seen)
        ids: dict[tuple[str, str], str] = {}
        for e in record["entities"]:
            nid = self.add_entity(e, rkey, year)
            ids[(e["type"], e["canonical"])] = nid
            if merge_edge(G, report, nid, "MENTIONS", {
                    "reports": [rkey],
                    "evidence": [evidence_item(rkey, {"sentence": m["text"], "start": m["start"],
                                                      "end": m["end"]})
                                 for m in e.get("mentions", [])]}, self.seen):
                G.nodes[nid]["report_count"] += 1
        by_name = {canonical: nid for (_, canonical), nid in ids.items()}
        for r in record["relations"]:
            src, dst = by_name.get(r["source"]), by_name.get(r["target"])
            if src and dst:
                merge_edge(G, src, dst, r["type"], {
                    "reports": [rkey],
                    "evidence": [evidence_item(rkey, ev) for ev in r.get("evidence", [])]}, self.seen)
        subject = ids.get(("Region", record.get("subject_region")))
        if subject:
            merge_edge(G, report, subject, "ABOUT", {"reports": [rkey], "evidence": []}, self.seen)
        publisher = ids.get(("Agency", record.get("publisher")))
        if publisher:
            merge_edge(G, report, publisher, "PUBLISHED_BY", {"reports": [rkey], "evidence": []}, self.seen)

    def add_entity(self, e: dict, rkey: str, year: int | None) -> str:
        label = e["type"]
        props = {"label": label, "aliases": list(e.get("aliases", [])), "report_count": 0}
        if year:
            props.update(first_year=year, last_year=year)
        if label == "Region":
            # a village carries its township's code: it is keyed by its path instead
            code = e.get("code") if e.get("code") and self.g.path(e["code"]) == e["canonical"] else None
            key = code or e["canonical"]
            props.update(key=key, name=e["canonical"].rsplit("/", 1)[-1], path=e["canonical"])
            if code:
                props["code"] = e["code"]
                props["level"] = self.g.divisions[e["code"]].level
            nid = node_id("Region", key)
            merge_node(self.G, nid, props, self.seen)
            self.add_lineage(nid, e.get("code"), e["canonical"])
            return nid
        props.update(key=e["canonical"], name=e["canonical"])
        if label == "Regulation":
            props.update((k, e[k]) for k in REGULATION_PROPS if e.get(k))
        nid = node_id(label, e["canonical"])
        merge_node(self.G, nid, props, self.seen)
        if label == "Agency" and e.get("region_code"):
            parent = self.add_division(e["region_code"])
            merge_edge(self.G, nid, parent, "PART_OF", {"reports": [GAZETTEER], "evidence": []}, self.seen)
        return nid

    def add_division(self, code: str) -> str:
        """A division's node (structure from the gazetteer, with no report of its own)."""
        nid = node_id("Region", code)
        if code in self.divisions:
            return nid
        self.divisions.add(code)
        d = self.g.divisions[code]
        merge_node(self.G, nid, {"label": "Region", "key": code, "name": d.name,
                                 "path": self.g.path(code), "code": code, "level": d.level,
                                 "aliases": [], "report_count": 0}, self.seen)
        self.add_lineage(nid, code, self.g.path(code))
        return nid

    def add_lineage(self, nid: str, code: str | None, path: str) -> None:
        """PART_OF up the administrative hierarchy, as the gazetteer has it."""
        parent_code = self.g.divisions[code].parent if code else None
        if code and self.g.path(code) != path:        # a village below its township's code
            parent_code = code
        if parent_code:
            parent = self.add_division(parent_code)
            merge_edge(self.G, nid, parent, "PART_OF", {"reports": [GAZETTEER], "evidence": []}, self.seen)


def build_graph(records: Iterable[dict]) -> nx.MultiDiGraph:
    builder = RecordGraph()
    for record in records:
        builder.add(record)
    return builder.G


def summary(G: nx.MultiDiGraph, top: int = 10) -> dict:
    """Nodes per label, edges per type, and the regulations most regions cite: one pass
    over the edges."""
    nodes = {label: 0 for label in LABELS}
    for _, a in G.nodes(data=True):
        nodes[a["label"]] += 1
    edges = {t: 0 for t in REL_TYPES}
    citing: dict[str, int] = {}
    for _, v, k in G.edges(keys=True):
        edges[k] += 1
        if k == "CITES":
            citing[v] = citing.get(v, 0) + 1
    cited = sorted(((n, G.nodes[v]["name"]) for v, n in citing.items()
                    if G.nodes[v]["label"] == "Regulation"), reverse=True)
    return {"nodes": nodes, "edges": edges, "top_cited": [(name, c) for c, name in cited[:top]]}
