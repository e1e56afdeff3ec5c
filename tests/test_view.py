"""The graph page in a real browser (Debian's Chromium driven by Playwright)."""
import shutil

import pytest

from conftest import ROOT
from kg.graph.build import build_graph
from kg.view.page import write_view

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed "
                                "(scripts/test.sh installs it as root)")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def graph(sample_records):
    return build_graph(sample_records)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, graph, tmp_path):
    path = write_view(graph, tmp_path / "graph.html")
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.kg_errors, page.kg_requests = [], []
    page.on("console", lambda m: m.type == "error" and page.kg_errors.append(m.text))
    page.on("pageerror", lambda e: page.kg_errors.append(str(e)))
    page.on("request", lambda r: page.kg_requests.append(r.url))
    page.goto(path.as_uri())
    page.wait_for_function("document.body.dataset.ready === 'true'", timeout=60000)
    yield page
    page.close()


def test_loads_offline_without_errors(page):
    assert page.kg_errors == []
    assert len(page.kg_requests) == 1 and page.kg_requests[0].startswith("file://")
    html = open(page.url[len("file://"):], encoding="utf-8").read()
    assert "http://" not in html.split("<script", 1)[0] and "<link" not in html


def test_renders_every_node(page, graph):
    assert page.evaluate("kgView.renderedNodeCount()") == graph.number_of_nodes()
    shots = ROOT / "exports" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shots / "sample-view.png"))


def test_search_finds_a_node_by_alias(page):
    page.fill("#search", "襄樊市")                  # the former name of 襄阳市, an alias
    page.click("li.result[data-id='Region:4206']")
    assert "湖北省/襄阳市" in page.inner_text("#details")
    assert page.evaluate("kgView.network.getSelectedNodes()") == ["Region:4206"]


def test_clicking_an_edge_shows_its_evidence(page, graph):
    for box in page.query_selector_all("#edge-types input, #legend input"):
        if box.get_attribute("data-key") not in ("CITES", "Region", "Regulation"):
            box.uncheck()
    edge = page.evaluate("""() => {
      const v = kgView, e = v.data.edges.find(e => e.type === 'CITES' && e.evidence.length);
      const p = v.network.getPositions([e.from, e.to]);
      const mid = {x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2};
      v.network.moveTo({position: mid, scale: 4, animation: false});
      v.network.redraw();
      const dom = v.network.canvasToDOM(mid), r = document.getElementById('graph').getBoundingClientRect();
      return {id: e.id, x: r.left + dom.x, y: r.top + dom.y};
    }""")
    page.mouse.click(edge["x"], edge["y"])
    selected = page.evaluate("kgView.network.getSelectedEdges()")
    assert selected, "the click selected no edge"
    sentence = page.evaluate(f"kgView.data.edges.find(e => e.id === '{selected[0]}').evidence[0].sentence")
    assert sentence in page.inner_text("#details")


def test_trace_mode_shows_exactly_the_cited_regulations(page, graph):
    page.select_option("#trace-kind", "region")
    page.fill("#trace-input", "吉林省/延边朝鲜族自治州")
    page.check("#trace-sub")
    page.click("#trace-go")
    shown = {li.inner_text() for li in page.query_selector_all("#trace-results li")}
    region = "Region:2224"
    below = {n for n, a in graph.nodes(data=True) if a["label"] == "Region"
             and a.get("path", "").startswith("吉林省/延边朝鲜族自治州")}
    assert region in below
    want = {graph.nodes[v]["name"] for u, v, k in graph.edges(keys=True) if k == "CITES" and u in below}
    assert shown == want and want
    page.uncheck("#trace-sub")
    page.click("#trace-go")
    shown = {li.inner_text() for li in page.query_selector_all("#trace-results li")}
    assert shown == {graph.nodes[v]["name"] for u, v, k in graph.edges(keys=True)
                     if k == "CITES" and u == region}


def test_trace_from_a_regulation(page, graph):
    page.select_option("#trace-kind", "regulation")
    page.fill("#trace-input", "中华人民共和国宪法")
    page.click("#trace-go")
    shown = {li.inner_text() for li in page.query_selector_all("#trace-results li")}
    want = {graph.nodes[u]["path"] for u, v, k in graph.edges(keys=True)
            if k == "CITES" and v == "Regulation:中华人民共和国宪法"}
    assert shown == want and want


def test_static_picture(graph, tmp_path):
    from kg.view.static import render_citations
    out = render_citations(graph, tmp_path / "cites.png")
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    svg = render_citations(graph, tmp_path / "cites.svg").read_text("utf-8")
    assert "<svg" in svg
