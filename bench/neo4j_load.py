"""Neo4j load rate: batched UNWIND … MERGE against one row per transaction, same rows,
same run, on a local Neo4j (kg.neo4j_local). Prints rows/s and the ratio.

    .venv/bin/python -m bench.neo4j_load [--copies N]
"""
from __future__ import annotations

import argparse
import copy
import tempfile
from pathlib import Path

from kg import neo4j_local
from kg.corpus import extract
from kg.graph.neo4j import Settings, connect, load_records, load_rows_one_per_tx
from kg.pipeline import load

ROOT = Path(__file__).resolve().parent.parent


def corpus_records(copies: int) -> list[dict]:
    paths = [ROOT / "examples" / "reports"]
    shared = ROOT.parent / "shared" / "corpus" / "reports"
    if shared.is_dir():
        paths.append(shared)
    base = list(extract(load(), paths, []))
    out = []
    for i in range(copies):
        for r in base:
            out.append(vary(r, i))
    return out


def vary(record: dict, i: int) -> dict:
    """Copy ``i`` of a report, about regions and agencies of its own (as a corpus of many
    counties is); regulations and initiatives stay shared, as national ones are."""
    r = copy.deepcopy(record)
    r["path"] = f"copy{i}/{r['path']}"
    renamed = {}
    for e in r["entities"]:
        if e["type"] in ("Region", "Agency"):
            renamed[e["canonical"]] = e["canonical"] = f"{e['canonical']}#{i}"
            e.pop("code", None)
            e.pop("region_code", None)
    for rel in r["relations"]:
        rel["source"] = renamed.get(rel["source"], rel["source"])
        rel["target"] = renamed.get(rel["target"], rel["target"])
    for field in ("subject_region", "publisher"):
        r[field] = renamed.get(r[field], r[field])
    return r


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=100)
    ap.add_argument("--batch", type=int, default=50, help="reports per transaction")
    ap.add_argument("--baseline-reports", type=int, default=60,
                    help="reports for the one-row-per-transaction baseline (it is slow)")
    args = ap.parse_args()
    records = corpus_records(args.copies)
    state = Path(tempfile.mkdtemp()) / "state.json"
    server = neo4j_local.start(state=state)
    try:
        settings = Settings(server.uri, server.user, server.password, "neo4j")
        with connect(settings) as driver:
            def clear():
                with driver.session(database="neo4j") as session:    # implicit transaction
                    session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS").consume()
            clear()
            batched = load_records(driver, records, "neo4j", reports_per_tx=args.batch)
            clear()
            single = load_rows_one_per_tx(driver, records[:args.baseline_reports], "neo4j")
        b = batched["rows"] / batched["seconds"]
        s = single["rows"] / single["seconds"]
        print(f"{'':24s} {'rows':>8s} {'seconds':>8s} {'rows/s':>10s}")
        print(f"{'one row per transaction':24s} {single['rows']:8d} {single['seconds']:8.2f} {s:10,.0f}")
        print(f"{f'batched ({args.batch} reports/tx)':24s} {batched['rows']:8d} {batched['seconds']:8.2f} {b:10,.0f}")
        print(f"batched / one-per-transaction: {b / s:.1f}x  ({len(records)} reports batched, "
              f"{min(len(records), args.baseline_reports)} one row per transaction)")
    finally:
        neo4j_local.stop(state=state)


if __name__ == "__main__":
    main()
