"""Where kg keeps what it downloads or derives once per machine (Neo4j's jars, kg's
word dictionary): ``$KG_CACHE``, else ``~/.cache/kg``. Deleting it only costs time."""
from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    return Path(os.environ.get("KG_CACHE") or Path.home() / ".cache" / "kg")
