"""How the graph page copes with a large graph: a synthetic kg graph of 5,000 nodes and
20,000 edges, laid out in Python (the page draws, it does not simulate), opened in
headless Chromium. Prints the layout time, the page size, and the time to first render.

    .venv/bin/python -m bench.view [--nodes 5000 --edges 20000]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.graph.build import LABELS
from kg.view.page import layout, render

TYPES = {("Region", "Regulation"): "CITES", ("Agency", "Regulation"): "ISSUED",
         ("Region", "Initiative"): "IMPLEMENTS", ("Agency", "Region"): "PART_OF",
         ("Region", "Region"): "PART_OF", ("Report", "Region"): "ABOUT"}


def synthetic(n: int, m: int, seed: int = 1) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    G = nx.MultiDiGraph()
    by_label = {label: [] for label in LABELS}
    for i in range(n):
        label = rnd.choices(LABELS, weights=[1, 3, 3, 4, 2])[0]
        nid = f"{label}:{i}"
        G.add_node(nid, label=label, key=str(i), name=f"{label}名称{i}", aliases=[f"别名{i}"],
                   first_year=2010 + i % 12, last_year=2012 + i % 12)
        by_label[label].append(nid)
    pairs = list(TYPES)
    while G.number_of_edges() < m:
        src, dst = rnd.choice(pairs)
        u, v = rnd.choice(by_label[src]), rnd.choice(by_label[dst])
        if u != v and not G.has_edge(u, v, TYPES[(src, dst)]):
            ev = json.dumps({"report": f"r{rnd.randrange(1000)}.txt", "sentence": "依据《某某条例》开展工作。",
                             "start": 0, "end": 13}, ensure_ascii=False)
            G.add_edge(u, v, key=TYPES[(src, dst)], type=TYPES[(src, dst)], reports=["r.txt"],
                       evidence=[ev], count=1)
    return G


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--edges", type=int, default=20000)
    args = ap.parse_args()
    G = synthetic(args.nodes, args.edges)
    t = time.perf_counter()
    layout(G)
    layout_s = time.perf_counter() - t
    t = time.perf_counter()
    html = render(G)
    render_s = time.perf_counter() - t
    path = Path(tempfile.mkdtemp()) / "graph.html"
    path.write_text(html, "utf-8")
    from playwright.sync_api import sync_playwright
    chromium = shutil.which("chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"])
        page = b.new_page(viewport={"width": 1400, "height": 900})
        t = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function("document.body.dataset.ready === 'true'", timeout=600000)
        first = time.perf_counter() - t
        in_page = page.evaluate("kgView.firstDrawMs")
        rendered = page.evaluate("kgView.renderedNodeCount()")
        t = time.perf_counter()
        page.fill("#search", "名称4321")
        page.wait_for_selector("li.result")
        search = time.perf_counter() - t
        b.close()
    print(f"graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges; page {len(html) / 1e6:.1f} MB")
    print(f"layout (Python, igraph DrL, once)   {layout_s:7.2f} s")
    print(f"page written (layout included)      {render_s:7.2f} s")
    print(f"open → first render (the layout is finished then)  {first:7.2f} s  "
          f"(in-page {in_page / 1000:.2f} s), {rendered} nodes drawn")
    print(f"search answers                      {search:7.2f} s")


if __name__ == "__main__":
    main()
