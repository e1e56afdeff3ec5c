"""The graph page at scale: the graphs of the bench corpus (1,000 and 10,000 generated
reports, bench/corpus.py), written as graph.html and opened in headless Chromium.

    .venv/bin/python -m bench.view [--sizes 1000,10000] [--shots docs/]

Per size: the time to write the page (layout and data included), its size, the time
from opening it to the first picture on screen (the page's own clock: navigation to
the frame after sigma's first), a search (typing a name to the list of results) and
a focus (the "focus here" click to the next frame, on the page's clock), each against
its target.
The graphs are built once with `kg build` into bench/.corpus/out/mN (as `python -m
bench` builds them) and reused.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.__main__ import CORPUS, ROOT

# size → (page written s, page MB, first render s, search s, focus s)
TARGETS = {1000: (15, 15, 3, 0.3, 0.5), 10000: (60, 100, 10, 0.5, 1.0)}
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def graph_json(n: int) -> Path:
    """The bench corpus' graph of ``n`` reports, built once."""
    out = CORPUS / "out" / f"m{n}"
    if not (out / "graph.json").exists():
        from bench.corpus import generate
        generate(n, CORPUS / str(n))
        subprocess.run([sys.executable, "-m", "kg", "build", str(CORPUS / str(n)), "--out", str(out),
                        "--no-view"], cwd=ROOT, check=True)
    return out / "graph.json"


def measure(n: int, browser, shots: Path | None = None) -> dict:
    from kg.graph.export import read_json
    from kg.view.page import write_view
    G = read_json(graph_json(n))
    path = CORPUS / "out" / f"view{n}.html"
    t = time.perf_counter()
    write_view(G, path)
    written = time.perf_counter() - t
    # a county with many neighbours, searched by its path and focused on
    county = max((v for v, a in G.nodes(data=True) if a["label"] == "Region" and a.get("level") == 3),
                 key=lambda v: (G.degree(v), v))
    name = G.nodes[county]["path"]
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready=true]", timeout=600000)
    first = page.evaluate("kgView.firstRenderMs") / 1000
    if shots:
        page.screenshot(path=str(shots / f"view-{n}-reports.png"))
    t = time.perf_counter()
    page.fill("#search", name)
    page.wait_for_selector(f"li.result[data-id='{county}']")
    search = time.perf_counter() - t
    page.click(f"li.result[data-id='{county}']")
    page.wait_for_selector("#focus-here")
    # the page's own clock: the click on "focus here" to the next frame, drawn focused
    focus = page.evaluate("""() => new Promise((done) => {
      const t = performance.now();
      document.getElementById("focus-here").click();
      requestAnimationFrame(() => done((performance.now() - t) / 1000));
    })""")
    focused = len(page.evaluate("kgView.focusSet()"))
    if shots:
        page.wait_for_timeout(500)
        page.screenshot(path=str(shots / f"view-{n}-reports-focus.png"))
    page.close()
    return {"nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "written": written,
            "mb": path.stat().st_size / 1e6, "first": first, "search": search, "focus": focus,
            "focused": focused}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--shots", type=Path, help="save screenshots of each page and focus here")
    args = ap.parse_args()
    if args.shots:
        args.shots.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import sync_playwright
    print(f"{time.strftime('%Y-%m-%d')}; headless Chromium (WebGL by SwiftShader, no GPU)")
    print("| graph | page written | page size | first render | search | focus a node |")
    print("|---|---|---|---|---|---|")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=ARGS)
        for n in (int(s) for s in args.sizes.split(",")):
            r = measure(n, browser, args.shots)
            tw, tm, tf, ts, tc = TARGETS.get(n, (None,) * 5)
            cell = lambda v, unit, target: f"{v:.{1 if v >= 1 else 2}f} {unit}" + \
                (f" (≤ {target})" if target is not None else "")           # noqa: E731
            print(f"| {n:,} reports ({r['nodes']:,} nodes, {r['edges']:,} edges) "
                  f"| {cell(r['written'], 's', tw)} | {cell(r['mb'], 'MB', tm)} "
                  f"| {cell(r['first'], 's', tf)} | {cell(r['search'], 's', ts)} "
                  f"| {cell(r['focus'], 's', tc)}, {r['focused']:,} nodes |", flush=True)
        browser.close()


if __name__ == "__main__":
    main()
