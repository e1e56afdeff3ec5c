"""The merged graph and its exports (GraphML, JSON, CSV), read back by other tools."""
import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import igraph
import networkx as nx
import pytest

from kg.graph.build import build_graph
from kg.graph.export import read_graphml, read_json, write_all

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


@pytest.fixture(scope="module")
def graph(sample_records):
    return build_graph(sample_records)


@pytest.fixture(scope="module")
def exported(graph, tmp_path_factory):
    out = tmp_path_factory.mktemp("exports")
    write_all(graph, out)
    return out


def test_same_entity_across_reports_is_one_node(sample_records, graph):
    ids = [n for n, a in graph.nodes(data=True) if a["name"] == "中华人民共和国宪法"]
    assert len(ids) == 1
    # both 2021-2025 outline mentions (朝阳区 and 延边州 reports) merge into one node
    outline = "Regulation:法治政府建设实施纲要(2021-2025年)"
    assert graph.nodes[outline]["report_count"] == 2
    citing = {graph.nodes[s]["path"] for s, _, k in graph.in_edges(outline, keys=True) if k == "CITES"}
    assert citing == {"北京市/朝阳区", "吉林省/延边朝鲜族自治州"}


def test_merging_is_idempotent(sample_records, graph):
    again = build_graph(sample_records + sample_records)
    assert nx.utils.graphs_equal(graph, again)
    assert sorted(graph.edges(keys=True, data=True)) == sorted(again.edges(keys=True, data=True))


def test_every_edge_has_reports_and_entity_edges_have_evidence(graph):
    for u, v, k, a in graph.edges(keys=True, data=True):
        assert a["reports"], (u, k, v)
        if k in ("CITES", "ISSUED", "IMPLEMENTS", "MENTIONS"):
            assert a["evidence"] and a["count"] == len(a["evidence"])
            item = json.loads(a["evidence"][0])
            assert {"report", "sentence", "start", "end"} <= set(item)


def test_report_count_is_the_mentions_in_degree(sample_records, graph):
    """Kept while merging, so it must equal a count made afterwards, even when the same
    reports are merged twice."""
    again = build_graph(sample_records + sample_records)
    for G in (graph, again):
        for n, a in G.nodes(data=True):
            if a["label"] != "Report":
                assert a["report_count"] == sum(k == "MENTIONS" for *_, k in G.in_edges(n, keys=True)), n
    assert any(a.get("report_count") == 0 for _, a in graph.nodes(data=True))   # gazetteer-only


def test_regions_hang_in_the_hierarchy(graph):
    parents = {v for u, v, k in graph.out_edges("Region:222401", keys=True) if k == "PART_OF"}
    assert parents == {"Region:2224"}                  # 延吉市 → 延边朝鲜族自治州 → 吉林省
    assert ("Region:2224", "Region:22", "PART_OF") in graph.edges(keys=True)
    agency = "Agency:北京市朝阳区人民政府"
    assert (agency, "Region:110105", "PART_OF") in graph.edges(keys=True)


def test_graphml_follows_the_specification(exported):
    root = ET.parse(exported / "graph.graphml").getroot()
    keys = root.findall("g:key", NS)
    ids = [k.get("id") for k in keys]
    assert len(ids) == len(set(ids))
    assert {k.get("attr.type") for k in keys} <= {"boolean", "int", "long", "float", "double", "string"}
    assert len({(k.get("for"), k.get("attr.name")) for k in keys}) == len(keys)
    graph = root.find("g:graph", NS)
    nodes = [n.get("id") for n in graph.findall("g:node", NS)]
    edges = graph.findall("g:edge", NS)
    assert len(nodes) == len(set(nodes))
    edge_ids = [e.get("id") for e in edges]
    assert len(edge_ids) == len(set(edge_ids))
    assert all(e.get("source") in set(nodes) and e.get("target") in set(nodes) for e in edges)
    for d in root.iter(f"{{{NS['g']}}}data"):
        assert d.get("key") in ids


def test_graphml_reads_back_in_networkx_and_igraph(graph, exported):
    back = read_graphml(exported / "graph.graphml")
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    for n, a in graph.nodes(data=True):
        assert back.nodes[n] == {k: v for k, v in a.items() if v is not None}
    ig = igraph.Graph.Read_GraphML(str(exported / "graph.graphml"))
    assert (ig.vcount(), ig.ecount()) == (graph.number_of_nodes(), graph.number_of_edges())
    by_id = {v["id"]: v for v in ig.vs}
    v = by_id["Region:110105"]
    node = graph.nodes[v["id"]]
    assert v["name"] == node["name"] and json.loads(v["aliases"]) == node["aliases"]
    types = sorted(e["type"] for e in ig.es)
    assert types == sorted(k for *_, k in graph.edges(keys=True))


def test_json_has_everything(graph, exported):
    back = read_json(exported / "graph.json")
    assert nx.utils.graphs_equal(graph, back)
    assert sorted(back.edges(keys=True, data=True)) == sorted(graph.edges(keys=True, data=True))


def test_csv_in_neo4j_admin_format(graph, exported):
    folder = exported / "csv"
    with open(folder / "nodes_Regulation.csv", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    assert header[:2] == ["id:ID", ":LABEL"] and "aliases:string[]" in header
    assert len(rows) - 1 == sum(a["label"] == "Regulation" for _, a in graph.nodes(data=True))
    with open(folder / "rels_CITES.csv", encoding="utf-8") as f:
        rel_rows = list(csv.reader(f))
    assert rel_rows[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert "evidence:string[]" in rel_rows[0] and "count:int" in rel_rows[0]
    node_ids = set()
    for p in folder.glob("nodes_*.csv"):
        with open(p, encoding="utf-8") as f:
            node_ids |= {r[0] for r in list(csv.reader(f))[1:]}
    for p in folder.glob("rels_*.csv"):
        with open(p, encoding="utf-8") as f:
            for r in list(csv.reader(f))[1:]:
                assert r[0] in node_ids and r[1] in node_ids


def test_export_headers_come_from_the_schema(graph, exported):
    """Every property a built graph carries is declared, and a graph lacking one still
    gets its column: the headers do not depend on what a corpus happens to hold."""
    spec = json.loads((Path(__file__).parents[1] / "schemas" / "graph_properties.json").read_text("utf-8"))
    for _, a in graph.nodes(data=True):
        assert set(a) <= set(spec["nodes"][a["label"]])
    with open(exported / "csv" / "nodes_Report.csv", encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert header == ["id:ID", ":LABEL"] + sorted(
        c if t == "string" else f"{c}:{t}" for c, t in spec["nodes"]["Report"].items() if c != "label")


@pytest.mark.parametrize("fmt", ["graphml", "csv"])
def test_undeclared_property_is_a_clear_error(graph, tmp_path, fmt):
    from kg.graph.export import UndeclaredProperty, export
    G = graph.copy()
    u, v, k = next(iter(G.edges(keys=True)))
    G.edges[u, v, k]["weight"] = 1
    with pytest.raises(UndeclaredProperty, match="'weight'.*graph_properties.json"):
        export(G, tmp_path, (fmt,))


@pytest.mark.parametrize("workers,failing", [(1, "first"), (2, "first"), (2, "later")])
def test_failed_export_leaves_the_old_files(graph, sample_records, tmp_path, monkeypatch,
                                            workers, failing):
    """A failure in this process or in a forked part writer: old exports stay whole."""
    write_all(graph, tmp_path)
    before = (tmp_path / "graph.json").read_text("utf-8")
    import kg.graph.export as export
    real = export.csv_part

    def csv_part(G, lay, folder, part):
        if part.first == (failing == "first"):
            raise OSError("disk full")
        return real(G, lay, folder, part)
    monkeypatch.setattr(export, "csv_part", csv_part)
    with pytest.raises(OSError, match="disk full"):
        export.write_all(build_graph(sample_records[:2]), tmp_path, workers)
    assert (tmp_path / "graph.json").read_text("utf-8") == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kg-export-")]


@pytest.mark.parametrize("workers", [2, 3, 7])
def test_exports_written_in_parts_equal_one_writer(graph, exported, tmp_path, workers):
    write_all(graph, tmp_path, workers)
    whole = sorted(p.relative_to(exported) for p in exported.rglob("*") if p.is_file())
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file()) == whole
    for rel in whole:
        assert (tmp_path / rel).read_bytes() == (exported / rel).read_bytes(), rel


@pytest.mark.parametrize("n", [1, 2, 3, 8, 50])
def test_parts_cover_every_edge_once_in_order(graph, n):
    from kg.graph.export import _parts
    parts = _parts(graph, n)
    assert parts[0].first and parts[0].start == 0 and not any(p.first for p in parts[1:])
    assert parts[-1].stop == graph.number_of_edges()
    assert all(a.stop == b.start for a, b in zip(parts, parts[1:]))
    assert all(p.stop > p.start for p in parts[1:])


def test_csv_imports_with_neo4j_admin(graph, exported, tmp_path):
    """The real neo4j-admin import (from the local Neo4j's jars) takes the CSV whole."""
    import os
    import subprocess

    from kg import neo4j_local
    lib = neo4j_local.install()
    home = tmp_path / "home"
    (home / "conf").mkdir(parents=True)
    (home / "conf" / "neo4j.conf").write_text(
        f"server.directories.data={home}/data\nserver.directories.logs={home}/logs\n", "utf-8")
    folder = exported / "csv"
    args = [f"--nodes={p}" for p in sorted(folder.glob("nodes_*.csv"))] + \
           [f"--relationships={p}" for p in sorted(folder.glob("rels_*.csv"))]
    out = subprocess.run(["java", "-cp", f"{lib}/*", "org.neo4j.cli.AdminTool", "database",
                          "import", "full", "neo4j", "--array-delimiter=|",
                          f"--report-file={tmp_path / 'import.report'}", *args],
                         env={**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")},
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    assert f"{graph.number_of_nodes()} nodes" in out.stdout
    assert f"{graph.number_of_edges()} relationships" in out.stdout
