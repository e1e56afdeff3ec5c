"""kg's compiled patterns kept across processes (kg/regex_cache.py): what is read back
behaves as what ``re`` compiles, a second process compiles nothing, a damaged table is
made again."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from kg import cachedir, regex_cache

from conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.skipif(regex_cache._compiler is None, reason="Python without re._compiler")

OWN = [r"(?P<region>[\u4e00-\u9fff]{2,8}?)(?:省|自治区)(?P<body>人民政府|政府)?",
       r"《([^《》]{2,60})》", r"(?i)(?<![a-z])neo4j(?=\s)", r"[一二三四五六七八九十]+是"]
TEXT = "山西省人民政府印发《山西省法治政府建设实施方案》，一是完善 Neo4j 图，广西壮族自治区政府"


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """regex_cache as in a new process, its table in an empty cache folder."""
    monkeypatch.setenv("KG_CACHE", str(tmp_path))

    def new_process() -> None:
        monkeypatch.setattr(regex_cache, "_table", None)
        monkeypatch.setattr(regex_cache, "_used", {})
        monkeypatch.setattr(regex_cache, "_made", 0)
        re.purge()                      # re's own cache of compiled patterns
    new_process()
    yield new_process
    re.purge()


def _same(a: re.Pattern, b: re.Pattern, text: str) -> None:
    assert (a.pattern, a.flags, a.groups, dict(a.groupindex)) == \
        (b.pattern, b.flags, b.groups, dict(b.groupindex))
    assert [(m.span(), m.groups()) for m in a.finditer(text)] == \
        [(m.span(), m.groups()) for m in b.finditer(text)]


def test_a_second_process_reads_the_table_and_matches_as_re(fresh, tmp_path):
    with regex_cache.kept(save=True):
        first = [re.compile(p) for p in OWN]
    assert regex_cache._made == 0 and list(tmp_path.glob("regex-*.pickle"))   # written
    fresh()
    with regex_cache.kept(save=True):
        second = [re.compile(p) for p in OWN]
    assert regex_cache._made == 0 and len(regex_cache._used) == len(OWN)
    for p, a, b in zip(OWN, first, second):
        _same(regex_cache._original(p, 0), b, TEXT)
        assert a.findall(TEXT) == b.findall(TEXT)
    assert re._compiler.compile is regex_cache._original        # the window closed


def test_nested_windows_and_a_pattern_outside(fresh):
    with regex_cache.kept():
        with regex_cache.kept(save=True):
            re.compile(OWN[0])
        assert re._compiler.compile is regex_cache._compile       # the outer one still open
    re.compile(OWN[1])
    assert re._compiler.compile is regex_cache._original
    # (saving globs the folder for older tables, whose pattern fnmatch compiles in the window
    # the first time a process globs it: only this test's own patterns are asked about)
    assert [key for key in regex_cache._used if key[0] in OWN] == [(OWN[0], 0)]


def test_a_damaged_or_foreign_table_is_made_again(fresh, tmp_path):
    with regex_cache.kept(save=True):
        re.compile(OWN[0])
    (table,) = tmp_path.glob("regex-*.pickle")
    table.write_bytes(b"\x80\x05not a pickle")
    (tmp_path / "regex-0000000000000000.pickle").write_bytes(b"another Python's")
    fresh()
    with regex_cache.kept(save=True):
        _same(regex_cache._original(OWN[0], 0), re.compile(OWN[0]), TEXT)
    assert [p.name for p in tmp_path.glob("regex-*.pickle")] == [table.name]
    fresh()
    with regex_cache.kept():
        re.compile(OWN[0])
    assert regex_cache._made == 0
    # an entry _sre refuses (code of another layout) is compiled again
    regex_cache._table[(OWN[0], 0)] = (0, [1, 2, 3], 0, {}, ())
    re.purge()
    with regex_cache.kept():
        _same(regex_cache._original(OWN[0], 0), re.compile(OWN[0]), TEXT)
    assert regex_cache._made == 1


def test_one_process_keeps_anothers_patterns_up_to_the_cap(fresh, monkeypatch):
    with regex_cache.kept(save=True):
        re.compile(OWN[0])
    fresh()
    with regex_cache.kept(save=True):     # another command: its pattern added, not swapped
        re.compile(OWN[1])
    assert set(cachedir.read("regex", regex_cache._made_by())) == {(OWN[0], 0), (OWN[1], 0)}
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 2)
    fresh()
    with regex_cache.kept(save=True):     # past the cap: only the writer's
        re.compile(OWN[2])
    assert set(cachedir.read("regex", regex_cache._made_by())) == {(OWN[2], 0)}


def test_the_pipelines_patterns_read_back_match_as_re(tmp_path):
    """Two `kg extract` runs in an empty cache folder: the first writes the table, the
    second compiles nothing (its table file is not rewritten) and writes the same records;
    every pattern in the table matches the sample reports as ``re`` compiles it."""
    env = {**os.environ, "KG_CACHE": str(tmp_path / "cache")}
    outs = []
    for run in range(2):
        out = tmp_path / f"r{run}.json"
        subprocess.run([sys.executable, "-m", "kg", "extract", str(EXAMPLES), "--workers", "1",
                        "-o", str(out)], cwd=ROOT, env=env, check=True, capture_output=True)
        (table,) = (tmp_path / "cache").glob("regex-*.pickle")
        outs.append((json.loads(out.read_bytes()), table.stat().st_mtime_ns))
    assert outs[0] == outs[1]
    import pickle
    entries = pickle.loads(table.read_bytes())
    assert len(entries) > 300           # the grammars', the components' and spaCy's
    texts = [p.read_text("utf-8")[:4000] for p in sorted(EXAMPLES.iterdir())]
    import _sre
    for (pattern, flags), args in entries.items():
        kept = _sre.compile(pattern, *args)
        for text in texts:
            _same(regex_cache._original(pattern, flags), kept, text)
