"""One node's neighbourhood: the graph a focused view shows, in the page or as a page
of its own (`kg view --focus`), to send to a colleague.

A hub (a province every county is PART_OF, a law every region cites) joins the
neighbourhood but is not gone through: through it, two steps would reach the whole
graph. The page (``app.js``) applies the same rule with the same threshold.
"""
from __future__ import annotations

import math

import networkx as nx

# edges the page does not draw at first, and which make no node a neighbour (a report's
# mentions); the page reads them from here
HIDDEN_EDGE_TYPES = ("MENTIONS",)


def shown_degree(G: nx.MultiDiGraph) -> dict[str, int]:
    """Each node's edges that are drawn at first: what sizes a node and makes it a hub."""
    degree = dict.fromkeys(G, 0)
    for u, v, k in G.edges(keys=True):
        if k not in HIDDEN_EDGE_TYPES:
            degree[u] += 1
            degree[v] += 1
    return degree


def hub_degree(G: nx.MultiDiGraph) -> int:
    """Nodes with more edges than this are hubs (the page's rule: 2·√N, at least 50)."""
    return max(50, round(2 * math.sqrt(G.number_of_nodes())))


def find_node(G: nx.MultiDiGraph, name: str) -> str:
    """The node called ``name`` (its id, key, name, path or an alias): the exact name or
    path first, then an alias; among several, the one with most edges. KeyError with
    close names when none is."""
    if name in G:
        return name
    exact = [n for n, a in G.nodes(data=True) if name in (a.get("name"), a.get("path"), a.get("key"))]
    alias = [n for n, a in G.nodes(data=True) if name in (a.get("aliases") or [])]
    found = exact or alias
    if found:
        return max(found, key=lambda n: (G.degree(n), n))
    close = sorted(a["name"] for _, a in G.nodes(data=True) if name in a.get("name", ""))[:5]
    raise KeyError(f"no node named {name!r}" + (f"; names holding it: {', '.join(close)}" if close else ""))


def neighbourhood(G: nx.MultiDiGraph, center: str, depth: int = 1) -> nx.MultiDiGraph:
    """The subgraph of ``center`` and every node within ``depth`` steps (either way along
    an edge), hubs not gone through."""
    hub = hub_degree(G)
    degree = shown_degree(G)
    keep, frontier = {center}, [center]
    for _ in range(depth):
        nxt = []
        for n in frontier:
            if n != center and degree[n] > hub:
                continue
            for _, other, k in list(G.out_edges(n, keys=True)) + [(x, y, k) for y, x, k in G.in_edges(n, keys=True)]:
                if k not in HIDDEN_EDGE_TYPES and other not in keep:
                    keep.add(other)
                    nxt.append(other)
        frontier = nxt
    return G.subgraph(keep).copy()
