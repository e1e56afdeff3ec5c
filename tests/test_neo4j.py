"""Against a real Neo4j: loading, idempotence, additions, queries on both backends."""
import copy
import json
import subprocess
import sys

import pytest

from conftest import EXAMPLES, ROOT
from kg.graph.build import build_graph, summary
from kg.graph.neo4j import counts, load_records
from kg.graph.queries import load_queries, run_embedded, run_neo4j

DB = "neo4j"


def db_counts(driver):
    return counts(driver, DB)


def graph_counts(records):
    s = summary(build_graph(records))
    return {"nodes": s["nodes"], "edges": s["edges"]}


def evidence_total(driver):
    return driver.execute_query("MATCH ()-[r]->() RETURN sum(size(r.evidence)) AS n",
                                database_=DB).records[0]["n"]


def test_load_matches_the_embedded_graph(neo4j_driver, sample_records):
    done = load_records(neo4j_driver, sample_records, DB)
    assert done["reports"] == len(sample_records) and done["rows"] > 0
    assert db_counts(neo4j_driver) == graph_counts(sample_records)
    G = build_graph(sample_records)
    assert evidence_total(neo4j_driver) == sum(len(a["evidence"]) for *_, a in G.edges(data=True, keys=True))


def test_loading_twice_changes_nothing(neo4j_driver, sample_records):
    load_records(neo4j_driver, sample_records, DB)
    before = (db_counts(neo4j_driver), evidence_total(neo4j_driver))
    snapshot = neo4j_driver.execute_query(
        "MATCH (n) RETURN n.key AS k, n.aliases AS a, n.report_count AS r ORDER BY k", database_=DB).records
    load_records(neo4j_driver, sample_records, DB)
    assert (db_counts(neo4j_driver), evidence_total(neo4j_driver)) == before
    after = neo4j_driver.execute_query(
        "MATCH (n) RETURN n.key AS k, n.aliases AS a, n.report_count AS r ORDER BY k", database_=DB).records
    assert [tuple(r) for r in after] == [tuple(r) for r in snapshot]


def test_a_further_report_only_adds(neo4j_driver, sample_records):
    first, rest = sample_records[:-1], sample_records[-1:]
    load_records(neo4j_driver, first, DB)
    assert db_counts(neo4j_driver) == graph_counts(first)
    load_records(neo4j_driver, rest, DB)
    assert db_counts(neo4j_driver) == graph_counts(sample_records)
    G = build_graph(sample_records)
    assert evidence_total(neo4j_driver) == sum(len(a["evidence"]) for *_, a in G.edges(data=True, keys=True))


def test_a_failing_report_is_not_half_loaded(neo4j_driver, sample_records):
    good = sample_records[0]
    bad = copy.deepcopy(sample_records[1])
    bad["entities"][0]["aliases"].append({"a map": "Neo4j cannot store"})
    with pytest.raises(Exception):
        load_records(neo4j_driver, [good, bad], DB, reports_per_tx=1)
    assert db_counts(neo4j_driver) == graph_counts([good])


QUERY_PARAMS = {
    "regulations_cited_by_region": [{"region": "朝阳区"}, {"region": "吉林省/延边朝鲜族自治州", "subregions": True},
                                    {"region": "22", "subregions": True}],
    "regions_citing": [{"regulation": "中华人民共和国宪法"}, {"regulation": "吉林省行政复议条例"}],
    "issuers": [{"regulation": "法治政府建设实施纲要(2021-2025年)"}, {"regulation": "全面推进依法行政实施纲要"},
                {"regulation": "珲春市行政调解工作办法"}],         # (a region named as the actor)
    "co_citation": [{"region_a": "北京市/朝阳区", "region_b": "延边朝鲜族自治州"}],
    "initiatives_by_region": [{"region": "延边朝鲜族自治州", "subregions": True}, {"region": "襄阳市"}],
    "regions_for_agency": [{"agency": "国务院"}, {"agency": "北京市朝阳区人民政府"}],
    "trace": [{"region": "延吉市", "regulation": "吉林省行政复议条例"},
              {"region": "北京市朝阳区司法局", "regulation": "关于加强行政执法协调监督工作体系建设的实施方案",
               "relation": "ISSUED"},
              {"region": "北京市朝阳区人民政府", "regulation": "北京市/朝阳区", "relation": "PART_OF"}],
}


# the research queries, on reports written for them (examples/research: 2015-2021, one
# citing a trial rule its final version had replaced, one programme taken up in turn)
RESEARCH_PARAMS = {
    "adoption": [{"initiative": "放管服改革"}, {"initiative": "“放管服”改革", "level": "3"},
                 {"regulation": "大同市重大行政决策程序规定"}],
    "outdated_citations": [{}, {"region": "平城区"}],
    "citations_by_kind": [{"region": "大同市", "subregions": True}, {"region": "云州区"}],
}


def test_every_named_query_has_cases():
    assert set(QUERY_PARAMS) | set(RESEARCH_PARAMS) == set(load_queries())


def same_answers(driver, records, cases):
    load_records(driver, records, DB)
    G = build_graph(records)
    queries = load_queries()
    for name, params_list in cases.items():
        for params in params_list:
            full = {p: params.get(p, None if kind == "optional" else False)
                    for p, kind in queries[name].params.items()}
            embedded = run_embedded(G, name, full)
            in_neo4j = run_neo4j(driver, DB, queries[name], full)
            assert embedded, (name, params)          # the case exercises real rows
            assert in_neo4j == embedded, (name, params)


def test_both_backends_give_the_same_answers(neo4j_driver, sample_records):
    same_answers(neo4j_driver, sample_records, QUERY_PARAMS)


def test_research_queries_on_both_backends(neo4j_driver, research_records):
    same_answers(neo4j_driver, research_records, RESEARCH_PARAMS)
    import kg           # the Python API answers on a driver as on the graph
    G = build_graph(research_records)
    assert kg.query(neo4j_driver, "adoption", initiative="放管服改革") == \
        kg.query(G, "adoption", initiative="放管服改革")


def kg_cli(*args, env=None):
    import os
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, **(env or {})})


def test_cli_load_and_query(neo4j_server, neo4j_driver):
    env = {"NEO4J_URI": neo4j_server.uri, "NEO4J_USERNAME": "neo4j",
           "NEO4J_PASSWORD": neo4j_server.password}
    out = kg_cli("load", EXAMPLES, env=env)
    assert out.returncode == 0, out.stderr
    assert "property key" not in out.stderr and "Notification" not in out.stderr, out.stderr
    out = kg_cli("query", "regions_citing", "regulation=中华人民共和国宪法", "--format", "json", env=env)
    assert out.returncode == 0, out.stderr
    assert {r["region"] for r in json.loads(out.stdout)} == {"北京市/朝阳区"}


@pytest.mark.parametrize("flags,message", [
    (["--uri", "bolt://127.0.0.1:1"], "cannot reach Neo4j"),
    (["--password", "wrong-password"], "refused user"),
    (["--database", "nosuchdb"], "no database 'nosuchdb'"),
    (["--uri", "http//nonsense"], "bad Neo4j URI"),
])
def test_bad_connection_settings_give_one_line(neo4j_server, flags, message):
    args = ["--uri", neo4j_server.uri, "--password", neo4j_server.password] + flags
    out = kg_cli("load", EXAMPLES / "xiangfan_2009.txt", *args)
    assert out.returncode == 3
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: ") and message in lines[0], out.stderr


def test_report_counts_agree(neo4j_driver, sample_records):
    load_records(neo4j_driver, sample_records[:1], DB)
    load_records(neo4j_driver, sample_records, DB)
    G = build_graph(sample_records)
    got = {r["k"]: r["c"] for r in neo4j_driver.execute_query(
        "MATCH (n:Regulation) RETURN n.key AS k, n.report_count AS c", database_=DB).records}
    assert got == {a["key"]: a["report_count"] for _, a in G.nodes(data=True) if a["label"] == "Regulation"}


def dump(driver):
    """Everything the database holds, in a form two loads can be compared by."""
    nodes = sorted(
        (tuple(r["labels"]), r["key"], json.dumps({k: sorted(v) if k == "aliases" else v
                                                   for k, v in r["props"].items()},
                                                  ensure_ascii=False, sort_keys=True))
        for r in driver.execute_query("MATCH (n) RETURN labels(n) AS labels, n.key AS key, "
                                      "properties(n) AS props", database_=DB).records)
    edges = sorted(
        (r["t"], r["a"], r["b"], tuple(sorted(r["reports"])), tuple(sorted(r["evidence"])), r["count"])
        for r in driver.execute_query("MATCH (a)-[r]->(b) RETURN type(r) AS t, a.key AS a, "
                                      "b.key AS b, r.reports AS reports, r.evidence AS evidence, "
                                      "r.count AS count", database_=DB).records)
    return nodes, edges


def test_incremental_sync_equals_a_clean_load(neo4j_driver, sample_records):
    from kg.graph.neo4j import sync_records
    chaoyang, xiangfan, yanbian = sorted(sample_records, key=lambda r: r["doc"])
    changed = copy.deepcopy(xiangfan)
    changed["sha256"] = "0" * 64
    changed["entities"] = [e for e in changed["entities"] if e["type"] != "Initiative"]
    changed["relations"] = [r for r in changed["relations"] if r["type"] != "IMPLEMENTS"]
    scope = [str(EXAMPLES)]
    load_records(neo4j_driver, [chaoyang, xiangfan, yanbian], DB)
    # yanbian is deleted, xiangfan changed, chaoyang unchanged
    done = sync_records(neo4j_driver, [chaoyang, changed], DB, scope)
    assert (done["removed"], done["replaced"], done["unchanged"]) == (1, 1, 1)
    incremental = dump(neo4j_driver)
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    load_records(neo4j_driver, [chaoyang, changed], DB)
    assert incremental == dump(neo4j_driver)
    assert db_counts(neo4j_driver) == graph_counts([chaoyang, changed])


def test_batches_made_ahead_load_what_one_batch_does(neo4j_driver, sample_records):
    """A report per transaction (the next batch's rows made while the server writes the
    current one) leaves the same database as one transaction for all."""
    load_records(neo4j_driver, sample_records, DB, reports_per_tx=len(sample_records))
    whole = dump(neo4j_driver)
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    done = load_records(neo4j_driver, sample_records, DB, reports_per_tx=1)
    assert done["reports"] == len(sample_records)
    assert dump(neo4j_driver) == whole


def test_parallel_build_loads_what_a_single_process_load_does(neo4j_server, neo4j_driver, tmp_path):
    env = {"NEO4J_URI": neo4j_server.uri, "NEO4J_USERNAME": "neo4j",
           "NEO4J_PASSWORD": neo4j_server.password}
    out = kg_cli("load", EXAMPLES, "--workers", "1", env=env)
    assert out.returncode == 0, out.stderr
    single = dump(neo4j_driver)
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    out = kg_cli("build", EXAMPLES, "--out", tmp_path, "--no-view", "--workers", "2", "--neo4j", env=env)
    assert out.returncode == 0, out.stderr
    assert dump(neo4j_driver) == single
