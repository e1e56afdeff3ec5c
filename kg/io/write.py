"""Files written whole or not at all: into a temporary file beside the target (named
for this process), then renamed over it. A failed run leaves the old file; two
processes writing the same file leave one whole version."""
from __future__ import annotations

import os
from pathlib import Path


def write_whole(path: Path, data: str | bytes) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        if isinstance(data, str):
            tmp.write_text(data, "utf-8")
        else:
            tmp.write_bytes(data)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path
