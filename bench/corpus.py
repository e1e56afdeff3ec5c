"""A large corpus made from real-looking reports: the sample reports (and ../shared's,
where present) cut into paragraphs, recombined, and moved to other counties.

Each generated report keeps a source report's title and signature lines, takes its body
paragraphs from several sources, and has the source's county name replaced by a county
drawn from the gazetteer, so the graph grows the way a real multi-county corpus does.
"""
from __future__ import annotations

import random
from pathlib import Path

from kg import gazetteer
from kg.io.clean import blank_furniture
from kg.io.read import iter_paths, read_source

ROOT = Path(__file__).resolve().parent.parent


def sources() -> list[str]:
    paths = [ROOT / "examples" / "reports"]
    shared = ROOT.parent / "shared" / "corpus" / "reports"
    if shared.is_dir():
        paths.append(shared)
    return [blank_furniture(read_source(p).text) for p in iter_paths(paths)]


def generate(n: int, folder: Path, seed: int = 1) -> list[Path]:
    """Write ``n`` reports into ``folder`` (once; an existing complete folder is reused)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [folder / f"report_{i:05d}.txt" for i in range(n)]
    if all(f.exists() for f in files):
        return files
    rnd = random.Random(seed)
    texts = sources()
    g = gazetteer.load()
    counties = [d for d in g.divisions.values() if d.level == 3 and d.name.endswith(("县", "区"))]
    subjects = []
    for t in texts:
        hits = [h for h in g.find(t[:200]) if g.divisions[h.codes[0]].level == 3]
        subjects.append(hits[0].surface if hits else None)
    paragraphs = [[p for p in t.split("\n") if len(p.strip()) > 30] for t in texts]
    for i, f in enumerate(files):
        k = rnd.randrange(len(texts))
        lines = [ln for ln in texts[k].split("\n") if ln.strip()]
        body = [rnd.choice(paragraphs[rnd.randrange(len(texts))]) for _ in range(rnd.randint(8, 25))]
        text = "\n".join(lines[:2] + body + lines[-2:]) + "\n"
        county = rnd.choice(counties).name
        for s in subjects:
            if s:
                text = text.replace(s, county)
        f.write_text(text, "utf-8")
    return files
