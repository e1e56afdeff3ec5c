"""kg's one jieba tokenizer, where a word edge decides a name: 示范县 is not 范县, and an
initiative's name starts at a word, not inside one (推进行政… is 推进/行政, not 推/进行).

Its dictionary is jieba's own plus the words of ``kg/data/initiative_grammar.json``
(heads, boundary words, national programme names), so those stay whole. It is loaded
once per process and shared by every component; the global ``jieba`` is left as its
user set it.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import jieba

jieba.setLogLevel(60)


@lru_cache(maxsize=1)
def tokenizer() -> jieba.Tokenizer:
    data = json.loads(resources.files("kg.data").joinpath("initiative_grammar.json")
                      .read_text("utf-8"))
    t = jieba.Tokenizer()
    for word in (*data["heads"], *data["boundaries"], *data["national"]):
        if len(word) > 1 and "、" not in word:
            t.add_word(word)
    t.check_initialized()
    return t


def is_word(text: str) -> bool:
    return bool(tokenizer().FREQ.get(text))
