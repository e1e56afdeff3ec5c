"""kg: knowledge graphs from Chinese government reports on governing by law.

``kg.load()`` is the extraction pipeline (spaCy); ``kg.extract``, ``kg.build``,
``kg.read_graph`` and ``kg.query`` are the Python API (``kg/api.py``). Nothing heavy is
imported until one of them is called."""
from __future__ import annotations

__version__ = "0.1.0"

from . import lazy_spacy_cli  # noqa: E402

lazy_spacy_cli.defer()     # before any kg module imports spaCy


def load(config=None):
    """The extraction pipeline (a spaCy ``Language``); see ``kg/pipeline.cfg``."""
    from .pipeline import load as _load
    return _load(config)


# ``kg.extract`` is the package of the pipeline's components and, called, kg.api.extract:
# the package's name would shadow a function of that name here (kg/extract/__init__.py)
from . import extract  # noqa: E402,F401


def build(paths, workers: int = 1, config=None, failures=None):
    """The merged networkx graph of the reports under ``paths``; see ``kg.api.build``."""
    from .api import build as _build
    return _build(paths, workers, config, failures)


def read_graph(path):
    """A graph that ``kg build`` wrote (graph.json or its folder); see ``kg.api.read_graph``."""
    from .api import read_graph as _read_graph
    return _read_graph(path)


def query(graph_or_driver, name: str, database: str = "neo4j", **params):
    """Rows of a named query on a graph or a Neo4j driver; see ``kg.api.query``."""
    from .api import query as _query
    return _query(graph_or_driver, name, database, **params)
