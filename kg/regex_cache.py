"""kg's regular expressions compiled once per machine, not once per process.

Building the pipeline compiles about 450 patterns (the grammars' word tries, the agency
grammar of 8,000 characters), a fifth of a second of every ``kg`` process: ``re`` parses
each pattern in Python and builds the table of every class of Chinese characters
(``[\\u4e00-\\u9fff]`` alone is 21,000 of them, a millisecond and a half each). While
``kept()`` is open, ``re`` is handed what it made for the same pattern in an earlier
process: the compiled code that ``re._compiler`` passes to ``_sre.compile``, read from
kg's cache folder. The table is named for the Python that made it (its version and
``_sre``'s format), so another interpreter never reads it; a pattern not in it is
compiled as ``re`` does and the table written again with it (one command's patterns do
not push out another's; past ``MAX_ENTRIES`` only the writer's are kept, so those of
code since changed drop out). A Python without ``re._compiler``
(3.10), or whose ``_sre`` does not take what ``re`` made as kg expects (``_works``),
compiles as usual.
"""
from __future__ import annotations

import hashlib
import pickle
import re
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .cachedir import cache_dir
from .io.write import write_whole

try:
    import _sre
    _compiler = re._compiler            # type: ignore[attr-defined]
    _parse, _code, _original = _compiler._parser.parse, _compiler._code, _compiler.compile
except AttributeError:                  # Python 3.10: sre_compile, not re._compiler
    _compiler = None

Args = tuple  # (flags, code, groups, groupindex, indexgroup): _sre.compile's arguments after the pattern

# a table past this many patterns keeps only those of the process writing it: what
# changed code left behind drops out, and the 450 of a kg process stay
MAX_ENTRIES = 2000

_table: dict[tuple[str, int], Args] | None = None      # the file's, read once a process
_used: dict[tuple[str, int], Args] = {}                 # what this process asked for
_made = 0                                               # compiled here, not found in the table
_depth = 0                                              # windows open


def _path() -> Path:
    made_by = f"{sys.version}\n{_sre.MAGIC}\n{_sre.CODESIZE}\n{sys.maxunicode}".encode()
    return cache_dir() / f"regex-{hashlib.sha256(made_by).hexdigest()[:16]}.pickle"


def _read() -> dict[tuple[str, int], Args]:
    try:
        table = pickle.loads(_path().read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError,
            ImportError):
        return {}
    return table if isinstance(table, dict) else {}


def _arguments(pattern: str, flags: int) -> Args:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` after the pattern."""
    parsed = _parse(pattern, flags)
    code = _code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def _works() -> bool:
    """This Python's ``re`` is built as kg expects: a pattern made here matches as its own."""
    try:
        made = _sre.compile("(?P<a>[甲乙])丙", *_arguments("(?P<a>[甲乙])丙", 0))
        return made.search("丁乙丙").span("a") == (1, 2)
    except Exception:                   # noqa: BLE001  (another _sre: compile as usual)
        return False


def _compile(pattern, flags=0):
    global _made
    if not isinstance(pattern, str):    # bytes, or a parsed pattern: as re does
        return _original(pattern, flags)
    key = (pattern, int(flags))
    args = _table.get(key) if _table is not None else None
    if args is not None:
        try:
            compiled = _sre.compile(pattern, *args)
            _used[key] = args
            return compiled
        except (TypeError, ValueError, RuntimeError):   # a damaged entry: made again
            pass
    args = _arguments(pattern, flags)
    _made += 1
    _used[key] = args
    return _sre.compile(pattern, *args)


def _save() -> None:
    global _made
    if not _made:
        return
    path = _path()
    try:
        table = {**(_table or {}), **_used}
        if len(table) > MAX_ENTRIES:
            table = dict(_used)
        write_whole(path, pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL))
        for old in path.parent.glob(f"regex-{'?' * 16}.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:                     # a folder that cannot be written: not kept
        pass
    _made = 0


@contextmanager
def kept(save: bool = False) -> Iterator[None]:
    """Patterns compiled inside come from the table where it has them; with ``save``,
    the table is written at the end if any was not there. Windows nest (the command's,
    then the pipeline's), and a forked worker inherits its parent's open window."""
    global _compiler, _table, _depth
    if _compiler is not None and _table is None and not _works():
        _compiler = None
    if _compiler is None:
        yield
        return
    if _table is None:
        _table = _read()
    _depth += 1
    _compiler.compile = _compile
    try:
        yield
    finally:
        _depth -= 1
        if not _depth:
            _compiler.compile = _original
        if save:
            _save()
