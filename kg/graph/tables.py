"""Long-format tables for pandas, R and Stata, written beside the graph exports.

``citations.csv``: one row per (report, region, regulation) a report shows citing, with
the catalogue's version in force in the year the report covers (its promulgation date);
``adoption.csv``: one row per (entity, region) that takes up a programme or a document,
with the first year a report shows it. UTF-8 with a byte-order mark, so that Excel opens
the Chinese text as such; pandas (``encoding="utf-8-sig"``), R (``readr::read_csv``) and
Stata (``import delimited``) read it as it is.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx

from .. import laws
from .queries import first_sentences, report_years

CITATIONS = ("report", "year", "region", "region_code", "region_level", "regulation", "kind",
             "jurisdiction", "status", "version", "sentence")
ADOPTION = ("entity", "type", "region", "region_code", "level", "first_year", "reports")


def citation_rows(G: nx.MultiDiGraph) -> list[dict]:
    years = report_years(G)
    catalogue = laws.catalogue()
    rows = []
    for s, t, k, a in G.edges(keys=True, data=True):
        if k != "CITES":
            continue
        region, reg = G.nodes[s], G.nodes[t]
        first = first_sentences(a["evidence"])
        for r in a["reports"]:
            version = catalogue.version_in(reg["name"], years[r]) if years.get(r) else None
            rows.append({"report": r, "year": years.get(r), "region": region["path"],
                         "region_code": region.get("code"), "region_level": region.get("level"),
                         "regulation": reg["name"], "kind": reg.get("kind"),
                         "jurisdiction": reg.get("jurisdiction"), "status": reg.get("status"),
                         "version": version.promulgated if version else None,
                         "sentence": first.get(r)})
    return sorted(rows, key=lambda x: (x["report"], x["region"], x["regulation"]))


def adoption_rows(G: nx.MultiDiGraph) -> list[dict]:
    years = report_years(G)
    rows = []
    for s, t, k, a in G.edges(keys=True, data=True):
        if k not in ("CITES", "IMPLEMENTS"):
            continue
        known = [years[r] for r in a["reports"] if years.get(r) is not None]
        region = G.nodes[s]
        rows.append({"entity": G.nodes[t]["name"], "type": G.nodes[t]["label"],
                     "region": region["path"], "region_code": region.get("code"),
                     "level": region.get("level"), "first_year": min(known) if known else None,
                     "reports": len(a["reports"])})
    return sorted(rows, key=lambda x: (x["type"], x["entity"], x["first_year"] is None,
                                       x["first_year"] or 0, x["region"]))


def table_text(rows: list[dict], columns: tuple[str, ...]) -> str:
    """CSV text with a byte-order mark; a missing value is an empty cell."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    w.writeheader()
    w.writerows({c: "" if r.get(c) is None else r[c] for c in columns} for r in rows)
    return "\ufeff" + buf.getvalue()


def write_tables(G: nx.MultiDiGraph, out: Path) -> list[Path]:
    written = []
    for name, rows, columns in (("citations.csv", citation_rows(G), CITATIONS),
                                ("adoption.csv", adoption_rows(G), ADOPTION)):
        path = Path(out) / name
        path.write_text(table_text(rows, columns), "utf-8")
        written.append(path)
    return written
