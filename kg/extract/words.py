"""kg's one jieba tokenizer, where a word edge decides a name: 示范县 is not 范县, and an
initiative's name starts at a word, not inside one (推进行政… is 推进/行政, not 推/进行).

Its dictionary is jieba's own plus the words of ``kg/data/initiative_grammar.json``
(heads, boundary words, national programme names), so those stay whole. It is loaded
once per process and shared by every component; the global ``jieba`` is left as its
user set it. The finished word table is kept in kg's cache folder as a pickle: jieba's
own cache (marshal) takes about four times as long to read, a second per process; and
only the entries a cut looks up are read (``_WordTable``). So is a small table of the
dictionary's part-of-speech tags for verbs and function words (``tag``), which jieba's
own ``posseg`` would load whole.
"""
from __future__ import annotations

import json
import pickle
from functools import lru_cache
from importlib import resources
from pathlib import Path

import jieba

from ..cachedir import derived

jieba.setLogLevel(60)


def _kg_words() -> list[str]:
    data = json.loads(resources.files("kg.data").joinpath("initiative_grammar.json")
                      .read_text("utf-8"))
    return [w for w in (*data["heads"], *data["boundaries"], *data["national"])
            if len(w) > 1 and "、" not in w]


def _made_from(words: list[str]) -> bytes:
    """What the table is made from: jieba's version and dictionary, kg's words."""
    dictionary = Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME
    return f"{jieba.__version__}\n{dictionary.stat().st_size}\n".encode() + \
        "\n".join(words).encode()


class _WordTable(dict):
    """jieba's word table (a word or a word's prefix → its frequency), whose entries are
    unpickled a few at a time, before a text they may be looked up in is cut (``read``).
    A cut looks up only the text's own substrings, so a word is needed only where its
    first two characters stand side by side in the text (one character: where it
    stands): the entries are kept by their first two characters, those in turn by the
    first. A `kg extract` of the bench's 300 reports reads 14,000 entries so, where
    reading every entry of each first character its cuts held read 207,000 of the
    table's 500,000. It stays a plain dict to jieba, whose lookups are most of a cut's
    time."""

    def __init__(self, shards: dict[str, bytes]):
        super().__init__()
        self._shards = shards       # first character → its pairs' entries (pickled twice)
        self._pairs: dict[str, bytes] = {}     # a read first character's pairs → entries

    def read(self, text: str) -> None:
        """The entries of every word that a cut of ``text`` may look up."""
        shards, pairs = self._shards, self._pairs
        keys = set(text)
        # (each of the text's characters looked up: ``keys() & …`` and ``intersection``
        # go through every key left, each call)
        for c in [c for c in keys if c in shards]:
            pairs.update(pickle.loads(shards.pop(c)))
        keys.update(map(str.__add__, text, text[1:]))
        for key in [k for k in keys if k in pairs]:
            self.update(pickle.loads(pairs.pop(key)))


# (in what the cached table is made from: a table kept in another layout is made again)
_SHARDS_LAYOUT = b"\nentries by their first two characters, those by the first"


def _shards(freq: dict[str, int]) -> dict[str, bytes]:
    by_pair: dict[str, dict[str, int]] = {}
    for word, n in freq.items():
        by_pair.setdefault(word[:2], {})[word] = n
    by_first: dict[str, dict[str, bytes]] = {}
    for pair, entries in by_pair.items():
        by_first.setdefault(pair[:1], {})[pair] = pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL)
    return {c: pickle.dumps(d, protocol=pickle.HIGHEST_PROTOCOL) for c, d in by_first.items()}


@lru_cache(maxsize=1)
def _tokenizer() -> jieba.Tokenizer:
    words = _kg_words()
    t = jieba.Tokenizer()

    def build() -> tuple[dict[str, bytes], int]:
        for word in words:
            t.add_word(word)
        t.check_initialized()
        return _shards(t.FREQ), t.total
    shards, t.total = derived("jieba-word-shards", _made_from(words) + _SHARDS_LAYOUT, build)
    t.FREQ = _WordTable(shards)
    t.initialized = True
    return t


def load() -> None:
    """Reads the word table and the tags now (a component's set-up), not on first use."""
    _tokenizer()
    _tags()


@lru_cache(maxsize=16384)
def cut(text: str) -> tuple[str, ...]:
    """jieba's words of ``text`` (its dictionary only: no guessing of unknown words). The
    phrases kg cuts are short and recur (the words before a programme's head, 深化行政审批
    制度, in report after report), and jieba takes ~30 µs a call however short: each is
    cut once a process."""
    t = _tokenizer()
    t.FREQ.read(text)
    return tuple(t.lcut(text, HMM=False))


@lru_cache(maxsize=65536)
def is_word(text: str) -> bool:
    """``text`` is a word of jieba's dictionary. (Asked of the same few pairs of
    characters again and again: 800 different ones in 16,000 calls over 300 reports.)"""
    table = _tokenizer().FREQ
    table.read(text[:2])
    return bool(table.get(text))


@lru_cache(maxsize=4096)
def guessed(run: str) -> tuple[str, ...]:
    """The words jieba guesses in ``run``, characters its dictionary has no word for: its
    hidden Markov model, as ``jieba.lcut`` applies it to such runs (对标, measuring against
    the best, newer than the dictionary: 对/标 by the dictionary, 对标 guessed; 和/综改; but
    在/省)."""
    return tuple(jieba.finalseg.cut(run))


def joins_word(text: str, start: int) -> bool:
    """The character at ``start`` ends a word with the one before it: the 范 of 示范县 (so
    no 范县 there)."""
    return start > 0 and is_word(text[start - 1:start + 1])


# jieba's part-of-speech tags kept from its dictionary: verbs (加大), prepositions (经过),
# time words (目前), conjunctions (以及), pronouns (其中), idioms (一池春水), adverbs (相继,
# 分别) and distinguishing words (唯一, 主要), which say where a name cannot start or what
# cannot be one
_KEPT_TAGS = frozenset({"v", "p", "t", "c", "r", "i", "d", "b"})
# the tags of function words: 经过 (p), 目前 (t), 以及 (c), 其中 (r); no name of a programme or
# a body's division runs across one
FUNCTION_TAGS = frozenset({"p", "t", "c", "r"})


@lru_cache(maxsize=1)
def _tags() -> dict[str, str]:
    dictionary = Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME

    def build() -> dict[str, str]:
        out = {}
        with open(dictionary, encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) == 3 and parts[2] in _KEPT_TAGS:
                    out[parts[0]] = parts[2]
        return out
    return derived("jieba-tags", _made_from([]) + b"".join(sorted(t.encode() for t in _KEPT_TAGS)),
                   build)


def tag(word: str) -> str | None:
    """jieba's dictionary tag of ``word`` when it is a verb, a function word, an idiom, an
    adverb or a distinguishing word (v, p, t, c, r, i, d, b), else None."""
    return _tags().get(word)


def _edges(text: str, start: int, end: int) -> set[int]:
    """Where jieba puts word edges in ``text`` around ``start:end``."""
    lo, hi = max(start - 6, 0), min(end + 6, len(text))
    edges, pos = {lo}, lo
    for w in cut(text[lo:hi]):
        pos += len(w)
        edges.add(pos)
    return edges


def whole_words(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is one or more whole words of its surroundings: 长治 in
    长治久安 is not."""
    edges = _edges(text, start, end)
    return start in edges and end in edges


def glued_pair(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is two characters glued to the word before them and no whole
    word of their own: the 范县 of 示范县, the 湖北 of 菱湖北路 (not 山西 in 法治/山西, though
    治山 is a word too)."""
    return end - start == 2 and joins_word(text, start) and not whole_words(text, start, end)


def begins_inside_word(text: str, start: int) -> bool:
    """A name at ``start`` begins inside a word of its surroundings: its first character
    ends a word with the one before, where the cut puts no word edge (滨海|城市, 沿海|城市: no
    海城市); not after a function word or a verb of one character, which jieba's dictionary
    may join with a name's first character (和|平城区 though 和平, 在|内乡县 though 在内, 到|达州市
    though 到达)."""
    return joins_word(text, start) and not starts_word(text, start) \
        and tag(text[start - 1]) not in (*FUNCTION_TAGS, "v")


def ends_word(text: str, pos: int) -> bool:
    """A word of its surroundings ends at ``pos``: 远 in 法治安远建设 does (法|治安|远|建设),
    though no word starts at its 安."""
    return pos in _edges(text, pos - 1, pos)


def starts_word(text: str, pos: int) -> bool:
    """A word of its surroundings starts at ``pos``: 县 in 召开县委 does, 区 in
    社区便民服务中心 does not."""
    return pos in _edges(text, pos, pos + 1)
