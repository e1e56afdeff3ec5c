"""What kg derives once per machine and reads back: the same value, or made again."""
import gc
import pickle

from kg import cachedir, gazetteer


def test_derived_is_made_once_then_read(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE", str(tmp_path))
    made = []

    def make():
        made.append(1)
        return {"a": [1, 2]}
    assert cachedir.derived("x", b"v1", make) == {"a": [1, 2]}
    assert cachedir.derived("x", b"v1", make) == {"a": [1, 2]} and len(made) == 1
    cachedir.derived("x", b"v2", make)                 # made from other bytes: made again
    assert len(made) == 2 and len(list(tmp_path.glob("x-*.pickle"))) == 1   # the old one gone
    cachedir.derived("y", b"v1", make)
    assert len(list(tmp_path.glob("*.pickle"))) == 2                        # other names stay


def test_derived_remakes_a_broken_file_and_survives_no_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE", str(tmp_path))
    cachedir.derived("x", b"v", lambda: 1)
    (f,) = tmp_path.glob("x-*.pickle")
    f.write_bytes(b"\x80\x05truncated")
    assert cachedir.derived("x", b"v", lambda: 2) == 2
    assert pickle.loads(f.read_bytes()) == 2
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("KG_CACHE", str(blocked))
    assert cachedir.derived("x", b"v", lambda: 3) == 3


def test_cached_gazetteer_is_the_built_one(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE", str(tmp_path))
    built = gazetteer.load.__wrapped__()               # nothing cached: built
    cached = gazetteer.load.__wrapped__()              # read back
    assert list(tmp_path.glob("gazetteer-*.pickle"))
    assert cached.by_name == built.by_name and cached.divisions == built.divisions
    text = "大同市平城区、云州区和灵丘县，襄樊市，延边州"
    home = built.home("140213")
    assert cached.find(text, home) == built.find(text, home)
    assert [h.surface for h in cached.find(text)] == ["大同市", "平城区", "云州区", "灵丘县",
                                                       "襄樊市", "延边州"]


def test_reading_back_leaves_the_collector_as_it_was(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE", str(tmp_path))
    cachedir.derived("x", b"v", lambda: [(i, str(i)) for i in range(1000)])
    try:
        gc.disable()
        assert cachedir.derived("x", b"v", lambda: None)[999] == (999, "999")
        assert not gc.isenabled()
        gc.enable()
        (f,) = tmp_path.glob("x-*.pickle")
        f.write_bytes(b"\x80\x05truncated")          # a failed read enables it again too
        assert cachedir.derived("x", b"v", lambda: 3) == 3 and gc.isenabled()
    finally:
        gc.enable()
