"""Named, parameterised queries, answered by Neo4j or by the exported graph alike.

The Cypher lives in ``kg/queries/NAME.cypher`` (its header comment says the params and
columns); the networkx function of the same name here answers it on the embedded
graph. Both return rows as dicts in the same order, so either backend can stand in
for the other, and the tests hold them to the same answers.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Callable

import networkx as nx

QUERY_DIR = resources.files("kg") / "queries"


@dataclass(frozen=True)
class Query:
    name: str
    description: str
    params: dict[str, str]          # name → type: "str", "bool" or "optional" (a str or None)
    columns: tuple[str, ...]
    cypher: str


def load_queries() -> dict[str, Query]:
    out = {}
    for f in sorted(QUERY_DIR.iterdir(), key=lambda p: p.name):
        if not f.name.endswith(".cypher"):
            continue
        text = f.read_text("utf-8")
        head = [ln[2:].strip() for ln in text.splitlines() if ln.startswith("//")]
        meta = {k: v for k, _, v in (ln.partition(": ") for ln in head) if k in ("params", "columns")}
        params = {}
        for p in re.finditer(r"(\w+)(?:, (\w+))? \(([^)]*)\)", meta.get("params", "")):
            for name in filter(None, p.group(1, 2)):
                params[name] = "bool" if "true/false" in p.group(3) else \
                    "optional" if "optional" in p.group(3) else "str"
        desc = " ".join(ln for ln in head if not ln.startswith(("params:", "columns:")))
        name = f.name[:-len(".cypher")]
        out[name] = Query(name, desc, params, tuple(meta["columns"].split(", ")), text)
    return out


def coerce(query: Query, given: dict[str, str]) -> dict:
    """Parameters as the query wants them; unknown or missing ones are an error."""
    unknown = set(given) - set(query.params)
    if unknown:
        raise ValueError(f"{query.name} takes {', '.join(query.params)}; not {', '.join(sorted(unknown))}")
    out = {}
    for name, kind in query.params.items():
        if kind == "bool":
            out[name] = str(given.get(name, "false")).lower() in ("1", "true", "yes")
        elif kind == "optional":
            out[name] = given.get(name)
        elif name in given:
            out[name] = given[name]
        else:
            raise ValueError(f"{query.name} needs {name}=…")
    return out


# --- the embedded graph -------------------------------------------------------------

def _nodes(G, label: str, match: Callable[[dict], bool]) -> list[str]:
    return [n for n, a in G.nodes(data=True) if a["label"] == label and match(a)]


def _region(G, p: str) -> list[str]:
    return _nodes(G, "Region", lambda a: p in (a["key"], a.get("path"), a.get("name")))


def _named(G, label: str, p: str) -> list[str]:
    return _nodes(G, label, lambda a: a["key"] == p or p in a.get("aliases", []))


def _within(G, node: str, ancestors: set[str]) -> bool:
    seen, todo = set(), [node]
    while todo:
        n = todo.pop()
        for _, parent, k in G.out_edges(n, keys=True):
            if k == "PART_OF" and parent not in seen:
                if parent in ancestors:
                    return True
                seen.add(parent)
                todo.append(parent)
    return False


def _by_region(G, rel: str, region: str, subregions: bool, column: str) -> list[dict]:
    targets = set(_region(G, region))
    rows = set()
    for s, t, k, a in G.edges(keys=True, data=True):
        if k == rel and (s in targets or (subregions and _within(G, s, targets))):
            rows.add((G.nodes[s]["path"], G.nodes[t]["name"], len(a["reports"])))
    return [dict(zip(("region", column, "reports"), r)) for r in sorted(rows)]


def regulations_cited_by_region(G, region: str, subregions: bool = False) -> list[dict]:
    return _by_region(G, "CITES", region, subregions, "regulation")


def initiatives_by_region(G, region: str, subregions: bool = False) -> list[dict]:
    return _by_region(G, "IMPLEMENTS", region, subregions, "initiative")


def _into(G, rel: str, label: str, name: str, column: str, key: str) -> list[dict]:
    rows = set()
    for g in _named(G, label, name):
        for s, _, k, a in G.in_edges(g, keys=True, data=True):
            if k == rel:
                node = G.nodes[s]
                rows.add((node.get(key) or node["name"], G.nodes[g]["name"], len(a["reports"])))
    return [dict(zip((column, "regulation", "reports"), r)) for r in sorted(rows)]


def regions_citing(G, regulation: str) -> list[dict]:
    return _into(G, "CITES", "Regulation", regulation, "region", "path")


def issuers(G, regulation: str) -> list[dict]:
    # a body by its name, a region named as the actor by its path
    return _into(G, "ISSUED", "Regulation", regulation, "issuer", "path")


def _cited(G, region: str) -> dict[str, set[str]]:
    return {r: {t for _, t, k in G.out_edges(r, keys=True) if k == "CITES"}
            for r in _region(G, region)}


def co_citation(G, region_a: str, region_b: str) -> list[dict]:
    rows = set()
    for a, ga in _cited(G, region_a).items():
        for b, gb in _cited(G, region_b).items():
            for g in ga & gb:
                rows.add((G.nodes[g]["name"], G.nodes[a]["path"], G.nodes[b]["path"]))
    return [dict(zip(("regulation", "region_a", "region_b"), r)) for r in sorted(rows)]


def regions_for_agency(G, agency: str) -> list[dict]:
    rows = set()
    for a in _named(G, "Agency", agency):
        name = G.nodes[a]["name"]
        for _, r, k in G.out_edges(a, keys=True):
            if k == "PART_OF":
                rows.add((name, G.nodes[r]["path"], "part_of"))
        for rep, _, k in G.in_edges(a, keys=True):
            if k == "MENTIONS":
                for _, r, k2 in G.out_edges(rep, keys=True):
                    if k2 == "ABOUT":
                        rows.add((name, G.nodes[r]["path"], "report_about"))
    return [dict(zip(("agency", "region", "link"), r)) for r in sorted(rows)]


def trace(G, region: str, regulation: str, relation: str | None = None) -> list[dict]:
    relation = relation or "CITES"
    sources = [n for n, a in G.nodes(data=True) if region in (a["key"], a.get("path"), a.get("name"))]
    rows = []
    for s in sources:
        for _, t, k, a in G.out_edges(s, keys=True, data=True):
            target = G.nodes[t]
            if k == relation and (regulation in (target["key"], target.get("path"))
                                  or regulation in target.get("aliases", [])):
                rows.append({"region": G.nodes[s].get("path") or G.nodes[s]["name"],
                             "regulation": target.get("path") or target["name"],
                             "evidence": a["evidence"]})
    return sorted(rows, key=lambda r: (r["region"], r["regulation"]))


def report_years(G) -> dict[str, int | None]:
    """Each report's key and the year it covers."""
    return {a["key"]: a.get("year") for _, a in G.nodes(data=True) if a["label"] == "Report"}


def first_sentences(evidence: list[str]) -> dict[str, str]:
    """An edge's evidence items as report → the first sentence of that report."""
    out: dict[str, str] = {}
    for item in map(json.loads, evidence):
        out.setdefault(item["report"], item["sentence"])
    return out


def _first_year_key(row: dict) -> tuple:
    """Cypher's order: ascending, a missing year last."""
    return (row["first_year"] is None, row["first_year"] or 0, row["region"])


def adoption(G, initiative: str | None = None, regulation: str | None = None,
             level: str | None = None) -> list[dict]:
    targets = set(_named(G, "Initiative", initiative) if initiative is not None else []) | \
        set(_named(G, "Regulation", regulation) if regulation is not None else [])
    years = report_years(G)
    found: dict[str, set[str]] = {}
    for t in targets:
        for s, _, k, a in G.in_edges(t, keys=True, data=True):
            region = G.nodes[s]
            if k in ("IMPLEMENTS", "CITES") and (level is None or region.get("level") == int(level)):
                found.setdefault(s, set()).update(r for r in a["reports"] if r in years)
    rows = []
    for s, reports in found.items():
        known = [years[r] for r in reports if years[r] is not None]
        if reports:
            rows.append({"region": G.nodes[s]["path"], "level": G.nodes[s].get("level"),
                         "first_year": min(known) if known else None, "reports": len(reports)})
    return sorted(rows, key=_first_year_key)


def outdated_citations(G, region: str | None = None) -> list[dict]:
    regions = set(_region(G, region)) if region is not None else None
    years = report_years(G)
    rows = []
    for s, t, k, a in G.edges(keys=True, data=True):
        until = G.nodes[t].get("in_force_until")
        if k != "CITES" or not until or (regions is not None and s not in regions):
            continue
        for r in a["reports"]:
            year = years.get(r)
            if year is not None and year >= int(until[:4]):
                rows.append({"report": r, "year": year, "region": G.nodes[s]["path"],
                             "regulation": G.nodes[t]["name"], "in_force_until": until,
                             "evidence": a["evidence"]})
    return sorted(rows, key=lambda x: (x["year"], x["report"], x["region"], x["regulation"]))


def citations_by_kind(G, region: str, subregions: bool = False) -> list[dict]:
    targets = set(_region(G, region))
    years = report_years(G)
    cited: dict[tuple, set[str]] = {}
    for s, t, k, a in G.edges(keys=True, data=True):
        if k == "CITES" and (s in targets or (subregions and _within(G, s, targets))):
            for r in a["reports"]:
                if r in years:
                    cited.setdefault((years[r], G.nodes[t].get("kind") or "其他"), set()).add(t)
    rows = [{"year": y, "kind": kind, "regulations": len(g)} for (y, kind), g in cited.items()]
    return sorted(rows, key=lambda x: (x["year"] is None, x["year"] or 0, x["kind"]))


EMBEDDED = {f.__name__: f for f in (regulations_cited_by_region, regions_citing, issuers,
                                    co_citation, initiatives_by_region, regions_for_agency,
                                    trace, adoption, outdated_citations, citations_by_kind)}


def expand_evidence(rows: list[dict]) -> list[dict]:
    """trace's rows, one per evidence item, in report and offset order."""
    out = {}
    for r in rows:
        for item in (json.loads(e) for e in r["evidence"]):
            row = {"region": r["region"], "regulation": r["regulation"], "report": item["report"],
                   "sentence": item["sentence"], "start": item["start"], "end": item["end"]}
            out[tuple(row.values())] = row     # two mentions in one sentence: one row
    return sorted(out.values(), key=lambda x: (x["region"], x["regulation"], x["report"], x["start"]))


def citing_sentence(rows: list[dict]) -> list[dict]:
    """outdated_citations' rows with the sentence of their own report instead of the
    edge's evidence (which holds every report's)."""
    return [{**{k: v for k, v in r.items() if k != "evidence"},
             "sentence": first_sentences(r["evidence"]).get(r["report"], "")} for r in rows]


AFTER = {"trace": expand_evidence, "outdated_citations": citing_sentence}


def run_embedded(G: nx.MultiDiGraph, name: str, params: dict) -> list[dict]:
    rows = EMBEDDED[name](G, **params)
    return AFTER[name](rows) if name in AFTER else rows


def run_neo4j(driver, database: str, query: Query, params: dict) -> list[dict]:
    records = driver.execute_query(query.cypher, params, database_=database).records
    rows = [dict(r) for r in records]
    return AFTER[query.name](rows) if query.name in AFTER else rows
