"""The research queries on the embedded graph, with the rows they must give (the Neo4j
tests hold Neo4j to the same rows)."""
import pytest

from kg.graph.build import build_graph
from kg.graph.queries import run_embedded

DATONG, PINGCHENG, YUNZHOU = "山西省/大同市", "山西省/大同市/平城区", "山西省/大同市/云州区"


@pytest.fixture(scope="module")
def graph(research_records):
    return build_graph(research_records)


def test_adoption_in_order_of_first_year(graph):
    rows = run_embedded(graph, "adoption", {"initiative": "放管服改革", "regulation": None, "level": None})
    assert [(r["region"], r["level"], r["first_year"]) for r in rows] == [
        (DATONG, 2, 2015), (PINGCHENG, 3, 2015), (YUNZHOU, 3, 2019)]
    by_alias = run_embedded(graph, "adoption", {"initiative": "“放管服”改革", "regulation": None, "level": "3"})
    assert [r["region"] for r in by_alias] == [PINGCHENG, YUNZHOU]
    cited = run_embedded(graph, "adoption", {"initiative": None, "regulation": "大同市重大行政决策程序规定",
                                             "level": None})
    assert [(r["region"], r["first_year"]) for r in cited] == [(DATONG, 2015), (YUNZHOU, 2019)]


def test_outdated_citations_only_after_the_replacement(graph):
    rows = run_embedded(graph, "outdated_citations", {"region": None})
    assert [(r["year"], r["region"], r["regulation"], r["in_force_until"]) for r in rows] == [
        (2021, PINGCHENG, "人民检察院刑事诉讼规则(试行)", "2019-12-02")]
    assert rows[0]["report"].endswith("pingcheng_procuratorate_2021.txt")
    assert "依照《人民检察院刑事诉讼规则(试行)》" in rows[0]["sentence"]
    assert run_embedded(graph, "outdated_citations", {"region": "云州区"}) == []


def test_citations_by_kind_and_year(graph):
    rows = run_embedded(graph, "citations_by_kind", {"region": "大同市", "subregions": True})
    table = {(r["year"], r["kind"]): r["regulations"] for r in rows}
    assert table[(2015, "司法解释")] == 1 and table[(2017, "法律")] == 2
    assert table[(2019, "地方性法规")] == 1 and table[(2021, "司法解释")] == 1
    own = run_embedded(graph, "citations_by_kind", {"region": "大同市", "subregions": False})
    assert {r["year"] for r in own} == {2015}


def test_tables_read_back_with_the_documented_columns(graph, tmp_path):
    import csv

    from kg.graph.export import write_all
    from kg.graph.tables import ADOPTION, CITATIONS
    write_all(graph, tmp_path)
    for name, columns in (("citations.csv", CITATIONS), ("adoption.csv", ADOPTION)):
        raw = (tmp_path / name).read_bytes()
        assert raw.startswith("\ufeff".encode())        # Excel opens Chinese text as such
        with open(tmp_path / name, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
        assert tuple(rows[0]) == columns and rows
    with open(tmp_path / "citations.csv", encoding="utf-8-sig", newline="") as f:
        cites = list(csv.DictReader(f))
    outdated = [r for r in cites if r["regulation"] == "人民检察院刑事诉讼规则(试行)"]
    assert {(r["year"], r["region"], r["kind"], r["status"]) for r in outdated} == {
        ("2015", DATONG, "司法解释", "not in force"), ("2021", PINGCHENG, "司法解释", "not in force")}
    versions = {(r["year"], r["regulation"]): r["version"] for r in cites}
    assert versions[("2021", "中华人民共和国行政诉讼法")] == "2017-06-27"    # in force in 2021
    assert versions[("2017", "中华人民共和国行政复议法")] == ""      # the catalogue starts 2017-09
    aliases = {a["name"]: a["aliases"] for _, a in graph.nodes(data=True) if a["label"] == "Regulation"}
    assert all(any(x in r["sentence"] for x in aliases[r["regulation"]]) for r in cites)
    with open(tmp_path / "adoption.csv", encoding="utf-8-sig", newline="") as f:
        adopted = [r for r in csv.DictReader(f) if r["entity"] == "放管服改革"]
    assert [(r["region"], r["first_year"]) for r in adopted] == [
        (DATONG, "2015"), (PINGCHENG, "2015"), (YUNZHOU, "2019")]


def test_tables_load_in_pandas(graph, tmp_path):
    pd = pytest.importorskip("pandas", reason="pandas is not a dependency of kg")
    from kg.graph.export import write_all
    write_all(graph, tmp_path)
    cites = pd.read_csv(tmp_path / "citations.csv", encoding="utf-8-sig")
    assert cites.columns[0] == "report" and (cites["year"] >= 2015).all()
    adoption = pd.read_csv(tmp_path / "adoption.csv", encoding="utf-8-sig")
    assert set(adoption["type"]) == {"Initiative", "Regulation"}


def test_python_api(tmp_path):
    import kg
    from conftest import RESEARCH
    failures = []
    records = list(kg.extract([RESEARCH], failures=failures))
    assert len(records) == 4 and failures == []
    G = kg.build([RESEARCH], workers=2)
    rows = kg.query(G, "adoption", initiative="放管服改革")
    assert [r["region"] for r in rows] == [DATONG, PINGCHENG, YUNZHOU]
    assert kg.query(G, "citations_by_kind", region="大同市", subregions=True)
    from kg.graph.export import write_all
    write_all(G, tmp_path)
    assert kg.query(kg.read_graph(tmp_path), "adoption", initiative="放管服改革") == rows
    with pytest.raises(KeyError):
        kg.query(G, "no_such_query")


def test_readme_examples_run():
    """The README's Python examples (for researchers) run as written, from the repo."""
    import re
    import subprocess
    import sys

    from conftest import ROOT
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme[readme.index("## For researchers"):]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert blocks
    for code in blocks:
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
        assert out.returncode == 0, out.stderr


def test_timeline_picture(graph, tmp_path):
    from kg.view.static import adoption_by_year, render_timeline
    rows = run_embedded(graph, "adoption", {"initiative": "放管服改革", "regulation": None, "level": None})
    years, counts = adoption_by_year(rows)
    assert years == [2015, 2016, 2017, 2018, 2019]
    assert counts == {"地市级": [1, 1, 1, 1, 1], "县级": [1, 1, 1, 1, 2]}
    out = render_timeline(graph, "放管服改革", tmp_path / "t.svg")
    assert "<svg" in out.read_text("utf-8")[:500]
    with pytest.raises(ValueError):
        render_timeline(graph, "没有这个", tmp_path / "x.png")
