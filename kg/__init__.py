"""kg: knowledge graphs from Chinese government reports on governing by law."""
from __future__ import annotations

__version__ = "0.1.0"


def load(config=None):
    """The extraction pipeline (a spaCy ``Language``); see ``kg/pipeline.cfg``."""
    from .pipeline import load as _load
    return _load(config)
