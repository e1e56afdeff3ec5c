"""Where each node of the page goes, in time linear in the graph.

A force layout of a kg graph is a hairball: every county is PART_OF its province, every
report MENTIONS dozens of nodes, and the few national laws everyone cites pull all into
one knot (and igraph's DrL took 23 s for 9,420 nodes). kg's graph has a skeleton a
reader knows: the division hierarchy. So regions are drawn as a radial tree of it
(igraph's Reingold-Tilford, circular) — provinces on the inner ring in code order
(north, north-east, east, centre-south, south-west, north-west), their prefectures,
counties and townships further out, each province a sector — and every other node sits
by what it belongs to: an agency or report beside its region, a regulation or
initiative among the regions citing or implementing it (a national law near the middle,
a county's own rule out by that county).
"""
from __future__ import annotations

import math
import random
import zlib

import igraph
import networkx as nx

SMALL = 300         # nodes: a graph smaller than this is laid out by forces
# how far (in ring widths) agencies and reports sit outside their region's place
_BESIDE = 0.35
# what the regions citing it put nearer the middle than this is cited all over: it goes
# on a disc of that radius, inside the provinces' ring (at _HOLE + 1)
_MIDDLE = 1.6
_HOLE = 1.2
_RING = 30          # the most cited, on the disc's rim


def layout(G: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    if G.number_of_nodes() < SMALL:
        return small(G)
    pos = region_tree(G)
    placed_by: dict[str, list[str]] = {}        # node → regions (or agencies) it is placed by
    citing = cited_by(G)
    for u, v, k in G.edges(keys=True):
        if k in ("CITES", "IMPLEMENTS", "ISSUED"):
            placed_by.setdefault(v, []).append(u)
        elif k in ("PART_OF", "ABOUT") and v in pos and u not in pos:
            placed_by.setdefault(u, []).insert(0, v)
    # agencies and reports first (by their region), then what they issue and cite
    order = sorted((n for n in G if n not in pos),
                   key=lambda n: G.nodes[n]["label"] not in ("Agency", "Report"))
    middle: list[tuple[int, str]] = []      # cited all over: the disc in the middle
    for n in order:
        anchors = [pos[a] for a in placed_by.get(n, []) if a in pos]
        label = G.nodes[n]["label"]
        if label in ("Agency", "Report"):
            pos[n] = _beside(anchors[0], n) if anchors else _jitter((0.0, 0.0), n, 0.3)
            continue
        x = sum(p[0] for p in anchors) / len(anchors) if anchors else 0.0
        y = sum(p[1] for p in anchors) / len(anchors) if anchors else 0.0
        if math.hypot(x, y) < _MIDDLE:
            middle.append((citing.get(n, 0), n))
        else:
            pos[n] = _jitter((0.85 * x, 0.85 * y), n, 0.12)
    # the most cited on a ring round the disc, each towards its citers, room for its
    # name; the others on a sunflower (Vogel's spiral) inside, none on another
    middle.sort(key=lambda t: (-t[0], t[1]))
    ring = sorted((n for _, n in middle[:_RING]), key=lambda n: _towards(n, placed_by, pos))
    for k, n in enumerate(ring):
        angle = 2 * math.pi * k / len(ring)
        pos[n] = (_MIDDLE * math.cos(angle), _MIDDLE * math.sin(angle))
    rest = middle[_RING:]
    step = 0.75 * _MIDDLE / math.sqrt(max(len(rest), 1))
    for k, (_, n) in enumerate(rest):
        r, angle = step * math.sqrt(k + 0.5), k * 2.39996
        pos[n] = (r * math.cos(angle), r * math.sin(angle))
    return pos


def _towards(n: str, placed_by: dict[str, list[str]], pos: dict) -> float:
    """The angle of the mean position of what places ``n``."""
    points = [pos[a] for a in placed_by.get(n, []) if a in pos] or [(1.0, 0.0)]
    return math.atan2(sum(p[1] for p in points), sum(p[0] for p in points))


def cited_by(G: nx.MultiDiGraph) -> dict[str, int]:
    """Each cited regulation's number of regions citing it: what ranks it, in the
    layout's middle and in the page's overview."""
    citing: dict[str, int] = {}
    for _, v, k in G.edges(keys=True):
        if k == "CITES":
            citing[v] = citing.get(v, 0) + 1
    return citing


def small(G: nx.MultiDiGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """A small graph (a neighbourhood, a few reports) by forces (igraph's
    Fruchterman-Reingold): every node apart from the others, its neighbours around it."""
    nodes = list(G.nodes)
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    ig = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v, k in G.edges(keys=True)
                                           if k != "MENTIONS" and u != v])
    ig.simplify()
    random.seed(seed)                       # igraph draws from Python's generator
    coords = ig.layout_fruchterman_reingold(niter=500).coords
    return {n: (x, y) for n, (x, y) in zip(nodes, coords)}


def region_tree(G: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Regions on a radial tree of the division hierarchy (parents from the codes: a
    county's six digits begin with its prefecture's four), one ring per level."""
    regions = {a["code"]: n for n, a in G.nodes(data=True)
               if a["label"] == "Region" and a.get("code")}
    if not regions:
        return {}
    codes = sorted(regions)
    vid = {c: i + 1 for i, c in enumerate(codes)}          # 0 is the country
    edges = []
    for c in codes:
        parent = next((c[:k] for k in (9, 6, 4, 2) if k < len(c) and c[:k] in vid), None)
        edges.append((vid[parent] if parent else 0, vid[c]))
    tree = igraph.Graph(n=len(codes) + 1, edges=edges, directed=False)
    coords = tree.layout_reingold_tilford_circular(root=[0]).coords
    pos = {}
    for c in codes:
        x, y = coords[vid[c]]
        r = math.hypot(x, y) or 1.0
        grown = (r + _HOLE) / r          # one ring per level, outside the middle's disc
        pos[regions[c]] = (x * grown, y * grown)
    return pos


def _beside(at: tuple[float, float], n: str) -> tuple[float, float]:
    """Just outside ``at`` (further from the middle), spread around it."""
    r = math.hypot(*at) or 1.0
    out = (at[0] * (1 + _BESIDE / r), at[1] * (1 + _BESIDE / r))
    return _jitter(out, n, 0.15)


def _jitter(at: tuple[float, float], n: str, radius: float) -> tuple[float, float]:
    """A point near ``at``, the same for the same node in every run."""
    h = zlib.crc32(n.encode("utf-8"))
    angle = (h & 0xFFFF) / 0xFFFF * 2 * math.pi
    dist = radius * math.sqrt(((h >> 16) & 0xFFFF) / 0xFFFF)
    return at[0] + dist * math.cos(angle), at[1] + dist * math.sin(angle)
