"""Static pictures (PNG or SVG) for slides and papers: who cites what, and how a
programme or document spread over the years.

Citations: regions on the left, regulations on the right (the most cited first), one
line per CITES edge: a two-column layout stays readable where a force layout of the
same graph would be a hairball. Timeline: how many regions had taken a name up by each
year, one line per level (the ``adoption`` query's rows). Chinese needs a CJK font; the
first one found is used.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
             "Source Han Sans SC", "SimHei", "Microsoft YaHei", "PingFang SC")


class FontError(Exception):
    pass


def cjk_font() -> str:
    """The first CJK font matplotlib knows; fonts installed since matplotlib cached its
    list of the system's fonts are added to it first (else a font installed after kg's
    first picture would never be found)."""
    from matplotlib import font_manager
    manager = font_manager.fontManager
    for attempt in range(2):
        names = {f.name for f in manager.ttflist}
        for name in CJK_FONTS:
            if name in names:
                return name
        if attempt == 0:
            known = {f.fname for f in manager.ttflist}
            for path in font_manager.findSystemFonts():
                if path not in known:
                    try:
                        manager.addfont(path)
                    except (OSError, RuntimeError, ValueError):
                        continue            # a file matplotlib cannot read is no font for us
    raise FontError("no Chinese font found for the picture (install one, e.g. Debian's "
                    "fonts-wqy-microhei or fonts-noto-cjk)")


def citation_edges(G: nx.MultiDiGraph, top: int) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    cites = [(u, v) for u, v, k in G.edges(keys=True) if k == "CITES"]
    counts: dict[str, int] = {}
    for _, v in cites:
        counts[v] = counts.get(v, 0) + 1
    regs = sorted(counts, key=lambda v: (-counts[v], G.nodes[v]["name"]))[:top]
    kept = [(u, v) for u, v in cites if v in set(regs)]
    regions = sorted({u for u, _ in kept}, key=lambda u: G.nodes[u]["path"])
    return regions, regs, kept


def _pyplot():
    """pyplot drawing off-screen with a Chinese font (FontError without one)."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    plt.rcParams["font.family"] = cjk_font()
    return plt


def _save(fig, path: Path) -> Path:
    import matplotlib.pyplot as plt
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=150, bbox_inches="tight")
    plt.close(fig)
    return path


def render_citations(G: nx.MultiDiGraph, path: Path, top: int = 40) -> Path:
    plt = _pyplot()
    regions, regs, edges = citation_edges(G, top)
    rows = max(len(regions), len(regs), 1)
    fig, ax = plt.subplots(figsize=(12, 1.2 + 0.32 * rows))
    ry = {r: 1 - (i + 0.5) / max(len(regions), 1) for i, r in enumerate(regions)}
    gy = {g: 1 - (i + 0.5) / max(len(regs), 1) for i, g in enumerate(regs)}
    for u, v in edges:
        ax.plot([0.3, 0.7], [ry[u], gy[v]], color="#2ca02c", alpha=0.45, linewidth=1)
    ax.scatter([0.3] * len(regions), [ry[r] for r in regions], s=40, color="#1f77b4", zorder=3)
    ax.scatter([0.7] * len(regs), [gy[g] for g in regs], s=40, color="#2ca02c", marker="^", zorder=3)
    for r in regions:
        ax.text(0.29, ry[r], G.nodes[r]["path"], ha="right", va="center", fontsize=9)
    for g in regs:
        name = G.nodes[g]["name"]
        ax.text(0.71, gy[g], name if len(name) <= 30 else name[:29] + "…", ha="left",
                va="center", fontsize=9)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.axis("off")
    ax.set_title(f"地区引用的法规 — {len(regions)} regions, {len(regs)} regulations, "
                 f"{len(edges)} CITES", fontsize=11)
    return _save(fig, path)


LEVELS = {1: "省级", 2: "地市级", 3: "县级", 4: "乡镇级", None: "其他"}


def adoption_by_year(rows: list[dict]) -> tuple[list[int], dict[str, list[int]]]:
    """(years, level name → how many regions had taken it up by each year) from the
    ``adoption`` query's rows; regions without a year are left out."""
    dated = [r for r in rows if r["first_year"] is not None]
    if not dated:
        return [], {}
    years = list(range(min(r["first_year"] for r in dated), max(r["first_year"] for r in dated) + 1))
    out = {}
    for level in sorted({r["level"] for r in dated}, key=lambda x: (x is None, x or 0)):
        firsts = [r["first_year"] for r in dated if r["level"] == level]
        out[LEVELS.get(level, str(level))] = [sum(f <= y for f in firsts) for y in years]
    return years, out


def render_timeline(G: nx.MultiDiGraph, name: str, path: Path) -> Path:
    """How many regions had taken ``name`` (an initiative or a regulation) up by each year."""
    from ..graph.queries import run_embedded
    plt = _pyplot()
    rows = run_embedded(G, "adoption", {"initiative": name, "regulation": name, "level": None})
    years, counts = adoption_by_year(rows)
    if not years:
        raise ValueError(f"no region in the graph takes up {name!r} in a dated report")
    fig, ax = plt.subplots(figsize=(8, 4.5))
    total = [sum(c) for c in zip(*counts.values())]
    ax.step(years, total, where="post", color="#555", linestyle="--", label="合计")
    for level, ys in counts.items():
        ax.step(years, ys, where="post", marker="o", label=level)
    ax.set_ylim(0, max(total) + 0.5)
    ax.set_xticks(years)
    ax.set_xlabel("年份 (year of the report)")
    ax.set_ylabel("地区数 (regions)")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(title="层级")
    ax.set_title(f"{name}: 采用地区累计 ({len(rows)} regions)", fontsize=11)
    return _save(fig, path)
