"""A static picture of who cites what (PNG or SVG), for slides and papers.

Regions on the left, regulations on the right (the most cited first), one line per
CITES edge: a two-column layout stays readable where a force layout of the same graph
would be a hairball. Chinese needs a CJK font; the first one found is used.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
             "Source Han Sans SC", "SimHei", "Microsoft YaHei", "PingFang SC")


class FontError(Exception):
    pass


def cjk_font() -> str:
    from matplotlib import font_manager
    names = {f.name for f in font_manager.fontManager.ttflist}
    for name in CJK_FONTS:
        if name in names:
            return name
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


def render_citations(G: nx.MultiDiGraph, path: Path, top: int = 40) -> Path:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    font = cjk_font()
    plt.rcParams["font.family"] = font
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
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=150, bbox_inches="tight")
    plt.close(fig)
    return path
