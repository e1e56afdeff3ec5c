"""kg's jieba word table: the cached table is the one jieba builds, kg's words included,
read as cuts look its entries up."""
import jieba

from kg.extract import words


def test_cached_table_is_the_built_one(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE", str(tmp_path))
    built = words._tokenizer.__wrapped__()            # no table yet: jieba builds it
    assert list(tmp_path.glob("jieba-word-shards-*.pickle"))
    cached = words._tokenizer.__wrapped__()           # read back from the cache folder
    assert cached.total == built.total
    text = "推进行政执法三项制度改革，示范县创建"
    built.FREQ.read(text)
    cached.FREQ.read(text)
    assert built.FREQ.get("三项制度")                 # a word of kg's, not jieba's own
    assert cached.lcut(text, HMM=False) == built.lcut(text, HMM=False)


def test_table_reads_what_a_cut_looks_up_and_is_jiebas(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE", str(tmp_path))
    words._tokenizer.__wrapped__()
    table = words._tokenizer.__wrapped__().FREQ       # read back, nothing read yet
    plain = jieba.Tokenizer()
    for w in words._kg_words():
        plain.add_word(w)
    plain.check_initialized()
    assert len(table) == 0
    table.read("示范")
    assert table["示范县"] == plain.FREQ["示范县"] and table["示"] == plain.FREQ["示"]
    assert table["范"] == plain.FREQ["范"] and "范例" not in table    # 范例 is no substring
    assert 0 < len(table) < len(plain.FREQ) / 1000
    assert all(w in ("示", "范") or w.startswith("示范") for w in table)
    # what a cut looks up it finds, as in jieba's own table: every substring of the text
    text = "推进行政执法三项制度改革，示范县创建"
    table.read(text)
    for i in range(len(text)):
        for j in range(i + 1, len(text) + 1):
            assert table.get(text[i:j]) == plain.FREQ.get(text[i:j])
    table.read("\n".join({w[:2] for w in plain.FREQ}))
    assert dict(table) == plain.FREQ                  # every entry read, none more


def test_cut_and_is_word_read_what_they_need(monkeypatch, tmp_path):
    monkeypatch.setenv("KG_CACHE", str(tmp_path))
    monkeypatch.setattr(words, "_tokenizer", words._tokenizer.__wrapped__)
    cut = words.cut.__wrapped__         # (not a phrase the process cut before)
    assert cut("推进行政执法三项制度改革") == ("推进", "行政", "执法", "三项制度", "改革")
    assert words.is_word("示范") and not words.is_word("范示")
    assert words.joins_word("创建示范县", 3) and not words.joins_word("范县", 0)


def test_unwritable_cache_still_gives_a_tokenizer(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("KG_CACHE", str(blocked))
    monkeypatch.setattr(words, "_tokenizer", words._tokenizer.__wrapped__)
    assert words.cut.__wrapped__("推进行政执法") == ("推进", "行政", "执法")


def test_guessed_words_are_jiebas_guesses_of_unknown_runs():
    # runs of characters jieba's dictionary has no word for: 对标 and 综改, newer than the
    # dictionary, are guessed whole, as jieba.lcut guesses them in a sentence; 在省 is two
    assert words.guessed("对标") == ("对标",)
    assert words.guessed("和综改") == ("和", "综改")
    assert words.guessed("在省") == ("在", "省")
    assert "对标" in jieba.lcut("营商环境对标提升") and "综改" in jieba.lcut("和综改试验区")
