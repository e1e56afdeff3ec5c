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


# ``openings`` and ``Scanner``: a pattern tried only where a match can open

from pathlib import Path  # noqa: E402

from kg.extract.patterns import Scanner, openings  # noqa: E402


def test_openings_are_the_first_two_characters_a_match_can_have():
    assert openings(re.compile("人民政府|政府")) == {"人民", "政府"}
    # a lookbehind and a group before the characters: read through; a lookahead after
    # them tells what follows (府 only where 办 comes next)
    assert openings(re.compile(r"(?<!法治)(?P<gov>人民政府|府(?=办))")) == {"人民", "府办"}
    assert openings(re.compile(r"府(?=办公)室?"), k=3) == {"府办公"}
    # …where it fills the opening: (?=办?) may be nothing, (?=[^法]) any character
    assert openings(re.compile(r"府(?=办?)室?")) == {"府室", "府"}
    assert openings(re.compile(r"府(?=[^法])室?")) == {"府室", "府"}
    assert openings(re.compile(r"(?=[人政])(?:人民|政府)")) == {"人民", "政府"}
    # an optional part: with it and without it; a one-character match stays one character
    assert openings(re.compile(r"市?(?:法院|关)")) == {"市法", "市关", "法院", "关"}
    assert openings(re.compile(r"[一二]{1,3}年")) == {"一一", "一二", "二一", "二二", "一年", "二年"}
    assert openings(re.compile(r"法{3,}")) == {"法法"}       # (more repeats than it reads)
    assert openings(re.compile(r"委(?![员托])|党委")) == {"委", "党委"}


def test_no_openings_where_they_are_no_short_list():
    for pattern in (r".法", r"\d年", r"[^，]{2}", r"[\u4e00-\u9fff]+局", r"(局)\1", r"法?"):
        assert openings(re.compile(pattern)) is None, pattern
    assert openings(re.compile("ab", re.I)) is None


def _random_pattern(rnd: random.Random, depth: int = 0) -> str:
    """A pattern of the constructs kg's grammars are made of, over a small alphabet."""
    chars = "人民政府办法委"
    parts = []
    for _ in range(rnd.randint(1, 3)):
        kind = rnd.randrange(8 if depth < 2 else 3)
        if kind <= 1:
            parts.append(rnd.choice(chars))
        elif kind == 2:
            parts.append("[" + "".join(rnd.sample(chars, 2)) + "]")
        elif kind == 3:
            parts.append(f"(?:{_random_pattern(rnd, depth + 1)}|{_random_pattern(rnd, depth + 1)})")
        elif kind == 4:
            parts.append(f"(?:{_random_pattern(rnd, depth + 1)})" + rnd.choice(["?", "*", "{1,2}", "+?", "{3}"]))
        elif kind == 5:
            parts.append(rnd.choice(["(?<!", "(?<=", "(?!", "(?="]) +
                         rnd.choice([rnd.choice(chars), "".join(rnd.sample(chars, 2)),
                                     "[" + "".join(rnd.sample(chars, 2)) + "]"]) + ")")
        elif kind == 7 and rnd.random() < 0.5:      # a lookahead of alternatives and repeats
            parts.append(f"(?={_random_pattern(rnd, depth + 1)})")
        elif kind == 6:
            parts.append(f"(?P<g{rnd.randrange(10**6)}>{_random_pattern(rnd, depth + 1)})")
        else:
            parts.append(rnd.choice(["$", "^", r"\n?"]))
    return "".join(parts)


def test_a_scanner_finds_what_re_finds():
    rnd = random.Random(11)
    tried, ordered = 0, 0
    for _ in range(3000):
        regex = re.compile(_random_pattern(rnd))
        scanners = [Scanner(regex), Scanner(regex, k=3)]     # openings of two and of three
        tried += scanners[0]._automaton is not None
        ordered += sum(s._ordered for s in scanners)
        for _ in range(3):
            text = "".join(rnd.choice("人民政府办法委\n") for _ in range(rnd.randint(0, 40)))
            for scanner in scanners:
                assert [(m.span(), m.groups()) for m in scanner.finditer(text)] == \
                       [(m.span(), m.groups()) for m in regex.finditer(text)], regex.pattern
    assert tried > 1000            # most patterns had openings: the automaton was used
    assert ordered > 1000          # and many all of one length, taken in the automaton's order


def test_the_grammars_scanners_find_what_re_finds_in_the_sample_reports():
    from kg.extract.agencies import grammar as agency_grammar
    from kg.extract.regulations import grammar as regulation_grammar
    scanners = [agency_grammar().body, agency_grammar().internal_unit, agency_grammar().city_named,
                regulation_grammar().about]
    assert all(s._automaton is not None for s in scanners)
    texts = [p.read_text("utf-8") for p in sorted((Path(__file__).parent.parent / "examples" / "reports").iterdir())]
    assert texts
    for scanner in scanners:
        for text in texts:
            assert [(m.span(), m.groups()) for m in scanner.finditer(text)] == \
                   [(m.span(), m.groups()) for m in scanner.regex.finditer(text)]
