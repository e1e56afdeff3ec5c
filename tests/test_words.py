"""kg's jieba word table: the cached table is the one jieba builds, kg's words included."""
import jieba
import pytest

from kg.extract import words


def test_cached_table_is_the_built_one(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE", str(tmp_path))
    built = words.tokenizer.__wrapped__()             # no table yet: jieba builds it
    assert list(tmp_path.glob("jieba-word-shards-*.pickle"))
    cached = words.tokenizer.__wrapped__()            # read back from the cache folder
    assert cached.total == built.total
    assert built.FREQ.get("三项制度")                 # a word of kg's, not jieba's own
    text = "推进行政执法三项制度改革，示范县创建"
    assert cached.lcut(text, HMM=False) == built.lcut(text, HMM=False)


def test_table_read_a_first_character_at_a_time_is_jiebas(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE", str(tmp_path))
    words.tokenizer.__wrapped__()
    table = words.tokenizer.__wrapped__().FREQ        # read back, nothing read yet
    plain = jieba.Tokenizer()
    for w in words._kg_words():
        plain.add_word(w)
    plain.check_initialized()
    assert len(table) == 0
    assert "示范" in table and table["示范县"] == plain.FREQ["示范县"]
    assert 0 < len(table) < len(plain.FREQ) / 100     # only the words starting with 示
    assert "示范不是词" not in table and table.get("示范不是词", -1) == -1
    assert "" not in table and table.get("") is None
    with pytest.raises(KeyError):
        table["锟斤拷锟斤拷"]
    assert all(table.get(w) == n for w, n in plain.FREQ.items())
    assert dict(table) == plain.FREQ                  # every entry read, none more


def test_unwritable_cache_still_gives_a_tokenizer(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("KG_CACHE", str(blocked))
    t = words.tokenizer.__wrapped__()
    assert t.lcut("推进行政执法", HMM=False) == ["推进", "行政", "执法"]
