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

import re
import sys
from contextlib import contextmanager
from typing import Iterator

from . import cachedir

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

_table: dict[tuple[str, int], Args] | None = None      # the file's, read by the first window
_used: dict[tuple[str, int], Args] = {}                 # what this process asked for
_made = 0                                               # compiled here, not found in the table
_depth = 0                                              # windows open


def _made_by() -> bytes:
    return f"{sys.version}\n{_sre.MAGIC}\n{_sre.CODESIZE}\n{sys.maxunicode}".encode()


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
    args = _table.get(key)              # (a window is open: the table is read)
    try:
        compiled = _sre.compile(pattern, *args) if args is not None else None
    except (TypeError, ValueError, RuntimeError):       # a damaged entry: made again
        compiled = None
    if compiled is None:
        args = _arguments(pattern, flags)
        compiled = _sre.compile(pattern, *args)
        _made += 1
    _used[key] = args
    return compiled


def _save() -> None:
    global _made
    if not _made:
        return
    table = {**_table, **_used}
    cachedir.keep("regex", _made_by(), table if len(table) <= MAX_ENTRIES else dict(_used))
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
        table = cachedir.read("regex", _made_by(), {})
        _table = table if isinstance(table, dict) else {}
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
