"""Load report graphs into Neo4j over Bolt with the official driver.

Each report's subgraph (built by the same ``RecordGraph`` as the embedded graph) is
merged with ``UNWIND … MERGE`` in managed write transactions, several reports to a
transaction; a transaction holds whole reports only, so a failure never leaves half a
report behind. Lists merge as set unions (the rule of ``kg.graph.build``), which makes
loading idempotent: the same reports twice change nothing, more reports only add.
Labels and relationship types come from kg's fixed model, never from input; values are
always passed as parameters.
"""
from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from neo4j import Driver, GraphDatabase
from neo4j import exceptions as nx_errors

from .build import LABELS, LIST_PROPS, REL_TYPES, RecordGraph

CONSTRAINTS = Path(__file__).resolve().parents[2] / "schemas" / "neo4j_constraints.cypher"


class Neo4jError(Exception):
    """A Neo4j problem said in one line: what is wrong and where."""


@dataclass(frozen=True)
class Settings:
    uri: str = "bolt://localhost:7687"
    user: str = "neo4j"
    password: str = ""
    database: str = "neo4j"

    @classmethod
    def from_env(cls, uri=None, user=None, password=None, database=None) -> "Settings":
        env = os.environ
        return cls(uri or env.get("NEO4J_URI") or cls.uri,
                   user or env.get("NEO4J_USERNAME") or cls.user,
                   password if password is not None else env.get("NEO4J_PASSWORD", ""),
                   database or env.get("NEO4J_DATABASE") or cls.database)


def connect(s: Settings) -> Driver:
    """A verified driver, or Neo4jError naming what is wrong."""
    try:
        # the server's notifications on kg's own queries (a property key an empty database
        # lacks yet, r.sha256) are noise to a user: asked not to send them
        driver = GraphDatabase.driver(s.uri, auth=(s.user, s.password),
                                      notifications_min_severity="OFF")
    except (ValueError, nx_errors.ConfigurationError) as e:
        raise Neo4jError(f"bad Neo4j URI {s.uri!r}: {e}") from None
    try:
        driver.verify_connectivity()
        driver.execute_query("RETURN 1", database_=s.database)
    except nx_errors.AuthError:
        driver.close()
        raise Neo4jError(f"Neo4j at {s.uri} refused user {s.user!r} (wrong user or password)") from None
    except nx_errors.ServiceUnavailable:
        driver.close()
        raise Neo4jError(f"cannot reach Neo4j at {s.uri} (is it running?)") from None
    except nx_errors.ClientError as e:
        driver.close()
        if "DatabaseNotFound" in (e.code or ""):
            raise Neo4jError(f"Neo4j at {s.uri} has no database {s.database!r}") from None
        raise Neo4jError(f"Neo4j at {s.uri}: {e.message}") from None
    except nx_errors.Neo4jError as e:
        driver.close()
        raise Neo4jError(f"Neo4j at {s.uri}: {e.message}") from None
    return driver


def apply_constraints(driver: Driver, database: str) -> None:
    for line in CONSTRAINTS.read_text("utf-8").splitlines():
        stmt = line.strip().rstrip(";")
        if stmt and not stmt.startswith("//"):
            driver.execute_query(stmt, database_=database)


def _node_query(label: str) -> str:
    assert label in LABELS
    return (f"UNWIND $rows AS row MERGE (n:{label} {{key: row.key}}) SET n += row.props"
            " SET n.aliases = coalesce(n.aliases, [])"
            " + [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])]"
            " SET n.first_year = CASE WHEN row.first_year IS NULL THEN n.first_year"
            " WHEN n.first_year IS NULL OR row.first_year < n.first_year THEN row.first_year"
            " ELSE n.first_year END"
            " SET n.last_year = CASE WHEN row.last_year IS NULL THEN n.last_year"
            " WHEN n.last_year IS NULL OR row.last_year > n.last_year THEN row.last_year"
            " ELSE n.last_year END")


def _edge_query(rel: str, src: str, dst: str) -> str:
    assert rel in REL_TYPES and src in LABELS and dst in LABELS
    if src == "Report":
        # a report's own edges (MENTIONS, ABOUT, PUBLISHED_BY) hold that report alone
        return (f"UNWIND $rows AS row MATCH (a:Report {{key: row.src}}) MATCH (b:{dst} {{key: row.dst}})"
                f" MERGE (a)-[r:{rel}]->(b) SET r.reports = row.reports, r.evidence = row.evidence,"
                " r.count = CASE size(row.evidence) WHEN 0 THEN size(row.reports)"
                " ELSE size(row.evidence) END")
    lists = "".join(
        f" SET r.{p} = coalesce(r.{p}, []) + [x IN row.{p} WHERE NOT x IN coalesce(r.{p}, [])]"
        for p in ("reports", "evidence"))
    return (f"UNWIND $rows AS row MATCH (a:{src} {{key: row.src}}) MATCH (b:{dst} {{key: row.dst}})"
            f" MERGE (a)-[r:{rel}]->(b){lists}"
            " SET r.count = CASE size(r.evidence) WHEN 0 THEN size(r.reports) ELSE size(r.evidence) END")


def _count_query(label: str) -> str:
    assert label in LABELS
    # no label on the far end: Neo4j answers from the node's stored degree, not a scan
    return (f"UNWIND $keys AS k MATCH (n:{label} {{key: k}})"
            " SET n.report_count = COUNT { ()-[:MENTIONS]->(n) }")


def graph_rows(G) -> tuple[dict, dict]:
    """Rows per label and per (type, source label, target label) for the queries above."""
    nodes: dict[str, list] = {}
    for _, a in G.nodes(data=True):
        props = {k: v for k, v in a.items()
                 if k not in LIST_PROPS and k not in ("first_year", "last_year", "report_count")}
        nodes.setdefault(a["label"], []).append({
            "key": a["key"], "props": props, "aliases": a.get("aliases", []),
            "first_year": a.get("first_year"), "last_year": a.get("last_year")})
    edges: dict[tuple, list] = {}
    for u, v, k, a in G.edges(keys=True, data=True):
        su, sv = G.nodes[u], G.nodes[v]
        edges.setdefault((k, su["label"], sv["label"]), []).append({
            "src": su["key"], "dst": sv["key"], "reports": a["reports"], "evidence": a["evidence"]})
    return nodes, edges


def _write(tx, nodes: dict, edges: dict) -> int:
    rows = 0
    for label in LABELS:                       # nodes first: edges MATCH their ends
        if nodes.get(label):
            tx.run(_node_query(label), rows=nodes[label]).consume()
            rows += len(nodes[label])
    for (rel, src, dst), batch in sorted(edges.items()):
        tx.run(_edge_query(rel, src, dst), rows=batch).consume()
        rows += len(batch)
    for label in LABELS[1:]:
        if nodes.get(label):
            tx.run(_count_query(label), keys=[r["key"] for r in nodes[label]]).consume()
    return rows


def batch_rows(records: list[dict]) -> tuple[dict, dict]:
    """The rows of a batch of reports, merged among themselves first."""
    builder = RecordGraph()
    for r in records:
        builder.add(r)
    return graph_rows(builder.G)


def _batches(records: Iterable[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def load_records(driver: Driver, records: Iterable[dict], database: str,
                 reports_per_tx: int = 50) -> dict:
    """Merge records into Neo4j; returns {"reports", "rows", "seconds"}.

    The next batch's rows are made in a thread while the server writes the current
    one (the driver waits on its socket without the GIL), so neither side idles."""
    apply_constraints(driver, database)
    start, total, reports = time.perf_counter(), 0, 0
    with ThreadPoolExecutor(1, thread_name_prefix="kg-rows") as prepare, \
            driver.session(database=database) as session:
        pending = None
        for batch in _batches(records, reports_per_tx):
            reports += len(batch)
            ready, pending = pending, prepare.submit(batch_rows, batch)
            if ready is not None:
                total += session.execute_write(_write, *ready.result())
        if pending is not None:
            total += session.execute_write(_write, *pending.result())
    return {"reports": reports, "rows": total, "seconds": time.perf_counter() - start}


# Removing a report takes back exactly what it added: its key and evidence leave every
# relationship it contributed to (relationships left with no report go), its Report node
# goes, and the entities it mentioned get their aliases, counts and years recomputed from
# the reports that still mention them; an entity no report mentions any more goes unless
# something still points at it (a region above a remaining one), and so, in turn, do the
# regions above it that nothing points at any more.
_REMOVE = [
    """UNWIND $reports AS rep
       MATCH (:Report {key: rep.key})-[:MENTIONS]->(n)-[r]->()
       WHERE rep.key IN r.reports
       SET r.reports = [x IN r.reports WHERE x <> rep.key],
           r.evidence = [e IN r.evidence WHERE NOT e CONTAINS rep.needle]
       WITH r WHERE size(r.reports) = 0 DELETE r""",
    """MATCH ()-[r]->() WHERE r.count IS NOT NULL AND r.count <> CASE size(r.evidence)
       WHEN 0 THEN size(r.reports) ELSE size(r.evidence) END
       SET r.count = CASE size(r.evidence) WHEN 0 THEN size(r.reports) ELSE size(r.evidence) END""",
    """UNWIND $reports AS rep
       MATCH (report:Report {key: rep.key})
       OPTIONAL MATCH (report)-[:MENTIONS]->(n)
       WITH report, collect(DISTINCT elementId(n)) AS touched
       DETACH DELETE report
       RETURN touched""",
]
_RECOMPUTE = """
    UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id
    OPTIONAL MATCH (rep:Report)-[m:MENTIONS]->(n)
    WITH n, collect(rep.year) AS years, count(rep) AS reports,
         reduce(flat = [], evs IN collect(m.evidence) | flat + evs) AS evidence
    SET n.report_count = reports,
        n.first_year = reduce(y = null, x IN years | CASE WHEN y IS NULL OR x < y THEN x ELSE y END),
        n.last_year = reduce(y = null, x IN years | CASE WHEN y IS NULL OR x > y THEN x ELSE y END)
    RETURN elementId(n) AS id, evidence AS evs"""
_DROP_ORPHANS = """
    MATCH (n) WHERE NOT n:Report AND coalesce(n.report_count, 0) = 0 AND NOT ()-->(n)
      AND (elementId(n) IN $ids OR n:Region)
    DETACH DELETE n RETURN count(*) AS dropped"""


def remove_reports(tx, keys: list[str]) -> None:
    """Take the given reports back out of the graph (see above)."""
    import json as _json
    reports = [{"key": k, "needle": _json.dumps({"report": k}, ensure_ascii=False)[1:-1]}
               for k in keys]
    for stmt in _REMOVE[:2]:
        tx.run(stmt, reports=reports).consume()
    touched = [i for rec in tx.run(_REMOVE[2], reports=reports) for i in rec["touched"]]
    for rec in list(tx.run(_RECOMPUTE, ids=touched)):
        aliases, seen = [], set()
        for ev in rec["evs"]:
            text = _json.loads(ev)["sentence"]
            if len(text) > 1 and text not in seen:
                seen.add(text)
                aliases.append(text)
        tx.run("MATCH (n) WHERE elementId(n) = $id SET n.aliases = $aliases",
               id=rec["id"], aliases=aliases).consume()
    while tx.run(_DROP_ORPHANS, ids=touched).single()["dropped"]:
        pass


def sync_records(driver: Driver, records: list[dict], database: str, scope: list[str],
                 reports_per_tx: int = 50) -> dict:
    """Make Neo4j's reports under ``scope`` (paths as given) those of ``records``: new
    ones are added, changed ones (other sha256) replaced, gone ones removed, unchanged
    ones left alone."""
    from .build import report_key
    prefixes = [report_key({"path": p}) for p in scope]
    rows = driver.execute_query("MATCH (r:Report) RETURN r.key AS key, r.sha256 AS sha",
                                database_=database).records
    existing = {r["key"]: r["sha"] for r in rows
                if any(r["key"] == p or r["key"].startswith(p.rstrip("/") + "/") for p in prefixes)}
    current = {report_key(r): r for r in records}
    stale = [k for k in existing if k not in current or existing[k] != current[k].get("sha256")]
    fresh = [r for k, r in current.items() if existing.get(k) != r.get("sha256")]
    if stale:
        with driver.session(database=database) as session:
            session.execute_write(remove_reports, stale)
    done = load_records(driver, fresh, database, reports_per_tx)
    return {**done, "removed": len([k for k in stale if k not in current]),
            "replaced": len([k for k in stale if k in current]),
            "unchanged": len(current) - len(fresh)}


def load_rows_one_per_tx(driver: Driver, records: list[dict], database: str) -> dict:
    """The same rows, one row to a transaction: the baseline batching is measured against."""
    apply_constraints(driver, database)
    nodes, edges = batch_rows(records)
    start, total = time.perf_counter(), 0
    with driver.session(database=database) as session:
        for label in LABELS:
            for row in nodes.get(label, []):
                session.execute_write(lambda tx: tx.run(_node_query(label), rows=[row]).consume())
                total += 1
        for (rel, src, dst), batch in sorted(edges.items()):
            for row in batch:
                session.execute_write(
                    lambda tx: tx.run(_edge_query(rel, src, dst), rows=[row]).consume())
                total += 1
    return {"rows": total, "seconds": time.perf_counter() - start}


def counts(driver: Driver, database: str) -> dict:
    """Nodes per label and relationships per type, as the database holds them."""
    nodes = {label: driver.execute_query(f"MATCH (n:{label}) RETURN count(n) AS c",
                                         database_=database).records[0]["c"] for label in LABELS}
    edges = {rel: driver.execute_query(f"MATCH ()-[r:{rel}]->() RETURN count(r) AS c",
                                       database_=database).records[0]["c"] for rel in REL_TYPES}
    return {"nodes": nodes, "edges": edges}
