"""kg's jieba word table: the cached table is the one jieba builds, kg's words included."""
from kg.extract import words


def test_cached_table_is_the_built_one(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE", str(tmp_path))
    built = words.tokenizer.__wrapped__()             # no table yet: jieba builds it
    assert list(tmp_path.glob("jieba-words-*.pickle"))
    cached = words.tokenizer.__wrapped__()            # read back from the cache folder
    assert cached.FREQ == built.FREQ and cached.total == built.total
    assert built.FREQ.get("三项制度")                 # a word of kg's, not jieba's own
    text = "推进行政执法三项制度改革，示范县创建"
    assert cached.lcut(text, HMM=False) == built.lcut(text, HMM=False)


def test_unwritable_cache_still_gives_a_tokenizer(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("KG_CACHE", str(blocked))
    t = words.tokenizer.__wrapped__()
    assert t.lcut("推进行政执法", HMM=False) == ["推进", "行政", "执法"]
