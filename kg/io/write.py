"""Files written whole or not at all, and folders of outputs replaced as one.

One file: written into a temporary file beside the target (named for this process),
then renamed over it; a failed run leaves the old file, two processes writing the same
file leave one whole version. A set of files (a build's exports): written into a new
folder inside the output folder, then, once a journal marks it complete, renamed over
the old ones. A run killed before the journal leaves the old exports untouched; one
killed while renaming leaves the journal, and the next update of the folder finishes
the renaming first. One process at a time updates a folder (``exclusive``).
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

_JOURNAL = ".complete"
_PREFIX = ".kg-update-"
LOCK = ".kg-build.lock"
_HELD: set[Path] = set()        # folders this process holds the lock of


def write_whole(path: Path, data: str | bytes | Iterable[str | bytes]) -> Path:
    """``data`` (text or bytes, whole or in pieces as they are made; text in UTF-8) as
    the file ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            f.writelines(p.encode() if isinstance(p, str) else p
                         for p in ([data] if isinstance(data, (str, bytes)) else data))
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


class Busy(Exception):
    """Another process is updating the folder."""


@contextmanager
def exclusive(folder: Path) -> Iterator[None]:
    """Hold ``folder``'s lock (an flock, which the system lets go when the process ends,
    however it ends); ``Busy`` if another process holds it. Taken again inside, it is
    already held."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    key = folder.resolve()
    if key in _HELD:
        yield
        return
    fd = os.open(folder / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            raise Busy(f"another kg build{f' (pid {holder})' if holder else ''} is writing into "
                       f"{folder}; wait for it to finish, or give another --out") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        _HELD.add(key)
        try:
            yield
        finally:
            _HELD.discard(key)
    finally:
        os.close(fd)


class Update:
    """The new versions of some files of a folder, being written."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder            # write the new files here, under their final names
        self.removed: list[str] = []

    def remove(self, name: str) -> None:
        """``name`` goes from the folder with this update (an output no longer made)."""
        self.removed.append(name)


@contextmanager
def updating(out: Path) -> Iterator[Update]:
    """An ``Update`` of ``out``: whatever is written into its folder replaces its
    namesake in ``out`` when the block ends, all of it; nothing if the block fails."""
    out = Path(out)
    with exclusive(out):
        finish_updates(out)
        update = Update(Path(tempfile.mkdtemp(prefix=_PREFIX, dir=out)))
        try:
            yield update
        except BaseException:
            shutil.rmtree(update.folder, ignore_errors=True)
            raise
        write_whole(update.folder / _JOURNAL, json.dumps(update.removed))
        _apply(update.folder, out)


def finish_updates(out: Path) -> None:
    """Complete the updates of ``out`` a killed run left half renamed; drop the ones it
    left unfinished."""
    for folder in sorted(Path(out).glob(_PREFIX + "*")):
        if (folder / _JOURNAL).is_file():
            _apply(folder, Path(out))
        else:
            shutil.rmtree(folder, ignore_errors=True)


def _apply(folder: Path, out: Path) -> None:
    """Rename every new file over its namesake, then remove what the update removes; each
    step can be done again, so a run killed here is finished by the next."""
    for p in sorted(folder.iterdir()):
        if p.name == _JOURNAL:
            continue
        target = out / p.name
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        os.replace(p, target)
    for name in json.loads((folder / _JOURNAL).read_text("utf-8")):
        target = out / name
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        else:
            target.unlink(missing_ok=True)
    shutil.rmtree(folder)
