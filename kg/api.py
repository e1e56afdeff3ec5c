"""kg from Python, for notebooks: the command line's four steps as functions.

    import kg
    records = list(kg.extract(["reports/"], workers=2))   # one dict per report
    G = kg.build(["reports/"])                              # the merged networkx graph
    G = kg.read_graph("exports/graph.json")                 # a graph kg build wrote
    rows = kg.query(G, "adoption", initiative="放管服改革")  # rows as dicts

``kg.query`` answers on a graph or on a Neo4j driver alike, with the same rows as
``kg query`` (the queries of ``kg/queries/``).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

import networkx as nx


def extract(paths: Iterable[str | Path], workers: int = 1, config: str | None = None,
            failures: list | None = None) -> Iterator[dict]:
    """Records of every readable report under ``paths`` (files or folders), in path
    order, in the format of ``schemas/extraction.schema.json``. A report that cannot be
    read is skipped; pass a list as ``failures`` to get them (path and reason)."""
    from .corpus import extract as extract_paths
    return extract_paths(None, list(paths), failures if failures is not None else [],
                         workers=workers, config=config)


def build(paths: Iterable[str | Path], workers: int = 1, config: str | None = None,
          failures: list | None = None) -> nx.MultiDiGraph:
    """The merged graph of the reports under ``paths`` (what ``kg build`` exports)."""
    from .graph.build import build_graph
    return build_graph(extract(paths, workers, config, failures))


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """A graph ``kg build`` wrote: its graph.json, or the folder holding it."""
    from .graph.export import read_json
    path = Path(path)
    return read_json(path / "graph.json" if path.is_dir() else path)


def query(graph_or_driver, name: str, database: str = "neo4j", **params) -> list[dict]:
    """Rows of the named query (``kg query list``) as dicts, on a networkx graph or on a
    ``neo4j`` driver. Parameters go by name; optional ones may be left out."""
    from .graph.queries import coerce, load_queries, run_embedded, run_neo4j
    queries = load_queries()
    if name not in queries:
        raise KeyError(f"no query {name!r}; there are: {', '.join(queries)}")
    given = {k: v for k, v in params.items() if v is not None}
    full = coerce(queries[name], given)
    if isinstance(graph_or_driver, nx.Graph):
        return run_embedded(graph_or_driver, name, full)
    return run_neo4j(graph_or_driver, database, queries[name], full)
