"""Patterns built from word lists: a trie of the words, matching as a flat list would."""
import random
import re

from kg.extract.patterns import alternation, words_regex


def _flat(words):
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def test_longest_word_wins_and_shorter_ones_are_tried_when_the_rest_fails():
    words = ["人民", "人民政府", "政府", "法制办", "法制办公室"]
    assert re.fullmatch(alternation(words), "人民政府")
    assert re.match(alternation(words), "人民政府办公室").group() == "人民政府"
    # 人民政府 then 法: the pattern backs off to 人民 only when what follows needs it
    assert re.match(rf"(?:{alternation(words)})政府法", "人民政府法").group() == "人民政府法"
    assert words_regex(words).findall("市人民政府法制办公室和区政府") == ["人民政府", "法制办公室", "政府"]


def test_the_same_matches_as_a_flat_longest_first_list():
    rnd = random.Random(7)
    alphabet = "人民政府办公室法.(-"            # escaped characters too
    for _ in range(300):
        words = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 5)))
                 for _ in range(rnd.randint(1, 12))]
        text = "".join(rnd.choice(alphabet) for _ in range(60))
        for wrap in ("(?:{})", "(?:{})府", "(?:{})?公", "(?:{})(?!法)"):
            trie, flat = re.compile(wrap.format(alternation(words))), re.compile(wrap.format(_flat(words)))
            assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)], words
