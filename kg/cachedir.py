"""Where kg keeps what it downloads or derives once per machine (Neo4j's jars, kg's
word table, the built gazetteer): ``$KG_CACHE``, else ``~/.cache/kg``. Deleting it
only costs time."""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
from pathlib import Path
from typing import Callable, TypeVar

from .io.write import write_whole

T = TypeVar("T")


def cache_dir() -> Path:
    return Path(os.environ.get("KG_CACHE") or Path.home() / ".cache" / "kg")


def derived(name: str, made_from: bytes, make: Callable[[], T]) -> T:
    """What ``make()`` returns, kept in the cache folder as a pickle named for
    ``made_from`` (the bytes it is made from: data, code, library versions), so that
    later processes read it instead of making it again. A missing or unreadable file is
    made again; a folder that cannot be written only means it is not kept. Writing it
    removes the files of that name made from other bytes (older data or code), so the
    folder holds one per name."""
    value = read(name, made_from, _MISSING)
    if value is _MISSING:
        value = make()
        keep(name, made_from, value)
    return value


_MISSING = object()


def _path(name: str, made_from: bytes) -> Path:
    return cache_dir() / f"{name}-{hashlib.sha256(made_from).hexdigest()[:16]}.pickle"


def read(name: str, made_from: bytes, default=None):
    """The value kept under ``name`` for ``made_from``; ``default`` when there is none
    or it cannot be read."""
    try:
        return _unpickled(_path(name, made_from).read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError,
            ImportError):
        return default


def keep(name: str, made_from: bytes, value) -> None:
    """``value`` kept under ``name`` for ``made_from``, in place of that name's files made
    from other bytes; nothing where the folder cannot be written."""
    path = _path(name, made_from)
    try:
        write_whole(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        for old in path.parent.glob(f"{name}-{'?' * 16}.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass


def _unpickled(data: bytes):
    """Read back with the cycle collector paused: the gazetteer's tens of thousands of
    tuples otherwise set off collections that walk them all, which doubled its read."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)
    finally:
        if enabled:
            gc.enable()
