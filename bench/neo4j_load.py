"""Neo4j load rate: batched UNWIND … MERGE against one row per transaction, same rows,
same run, on a local Neo4j (kg.neo4j_local) warmed by full loads first. Prints rows/s
(median of the batched runs) and the ratio.

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


def run(copies: int = 100, baseline_reports: int = 60, batch: int = 50, warmups: int = 3,
        repeats: int = 3) -> dict:
    """rows/s batched and one row per transaction, on a fresh local Neo4j.

    The JVM compiles Neo4j's hot paths over the first loads (the first full load runs
    at about half the speed of the fifth), so the server is first warmed by ``warmups``
    full loads of other copies; the batched load then runs ``repeats`` times on an empty
    database and the median counts. The one-row baseline runs after, on the same warm
    server."""
    records = corpus_records(copies)
    state = Path(tempfile.mkdtemp()) / "state.json"
    server = neo4j_local.start(state=state)
    try:
        settings = Settings(server.uri, server.user, server.password, "neo4j")
        with connect(settings) as driver:
            def clear():
                with driver.session(database="neo4j") as session:    # implicit transaction
                    session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS").consume()
            warm = [vary(r, 10_000) for r in records]
            for _ in range(warmups):
                load_records(driver, warm, "neo4j", reports_per_tx=batch)
                clear()
            runs = []
            for _ in range(repeats):
                runs.append(load_records(driver, records, "neo4j", reports_per_tx=batch))
                clear()
            single = load_rows_one_per_tx(driver, records[:baseline_reports], "neo4j")
    finally:
        neo4j_local.stop(state=state)
    rates = sorted(r["rows"] / r["seconds"] for r in runs)
    batched = sorted(runs, key=lambda r: r["rows"] / r["seconds"])[len(runs) // 2]
    return {"reports": len(records), "batched_rows": batched["rows"],
            "batched_seconds": batched["seconds"], "single_rows": single["rows"],
            "single_seconds": single["seconds"], "batched_rates": rates,
            "batched": batched["rows"] / batched["seconds"],
            "single": single["rows"] / single["seconds"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=100)
    ap.add_argument("--batch", type=int, default=50, help="reports per transaction")
    ap.add_argument("--baseline-reports", type=int, default=60,
                    help="reports for the one-row-per-transaction baseline (it is slow)")
    args = ap.parse_args()
    r = run(args.copies, args.baseline_reports, args.batch)
    print(f"{'':24s} {'rows':>8s} {'seconds':>8s} {'rows/s':>10s}")
    print(f"{'one row per transaction':24s} {r['single_rows']:8d} {r['single_seconds']:8.2f} {r['single']:10,.0f}")
    print(f"{f'batched ({args.batch} reports/tx)':24s} {r['batched_rows']:8d} {r['batched_seconds']:8.2f} {r['batched']:10,.0f}")
    print("batched runs (rows/s): " + ", ".join(f"{x:,.0f}" for x in r["batched_rates"]))
    print(f"batched / one-per-transaction: {r['batched'] / r['single']:.1f}x  ({r['reports']} reports batched, "
          f"{min(r['reports'], args.baseline_reports)} one row per transaction)")


if __name__ == "__main__":
    main()
