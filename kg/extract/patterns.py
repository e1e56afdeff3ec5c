"""Regular expressions built from word lists (kg's data files).

Python's ``re`` skips the positions of a text where no match can start only when it can
see the characters a pattern starts with: a pattern whose every alternative opens with a
character (a word list's trie, ``关于…|贯彻…``) is searched that way, 2–10× faster than
with anything before its first characters, even a lookahead. A pattern whose
alternatives open with groups or lookbehinds (the agency grammar) is not; a lookahead on
its possible first characters (``starting_with``) makes its scan 4× faster, and a
``Scanner`` 1.6× as fast again: it tries the pattern only where the first two characters
of a match stand, which it reads from the pattern itself (``openings``).
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

import ahocorasick

try:                                        # (the parser ``re`` compiles with)
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:                         # Python 3.10
    import sre_constants as _sre            # type: ignore[no-redef]
    import sre_parse as _sre_parse          # type: ignore[no-redef]


def alternation(words: Iterable[str]) -> str:
    """A pattern for any of ``words``, the longest first (人民政府 wins over 人民), as the
    sequence of alternatives a flat longest-first list would try, but written as a trie
    (政(?:府|务服务…)): ``re`` tries alternatives one at a time, and factored by their
    leading characters it tries a handful where the list tried hundreds."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}                   # a word ends here
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(c) + _trie_pattern(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" not in node:
        return body
    # a word ends here and longer ones go on: the longer first (a greedy optional)
    return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"


def starting_with(first_chars: Iterable[str], pattern: str) -> str:
    """``pattern`` guarded by a lookahead on its possible first characters: for a pattern
    whose alternatives do not all open with a character of their own."""
    chars = "".join(sorted({re.escape(c) for c in first_chars}))
    return f"(?=[{chars}])(?:{pattern})"


def words_regex(words: Iterable[str]) -> re.Pattern:
    return re.compile(alternation(words))


# a class of more characters than this opens too many strings to list (\u4e00-\u9fff)
_MAX_CLASS = 64


class _Unlisted(Exception):
    """A match can open with more strings than ``openings`` lists (any character, a
    digit class, [^…])."""


def openings(pattern: re.Pattern, k: int = 2) -> frozenset[str] | None:
    """Every string of ``k`` characters a match of ``pattern`` can open with (a shorter one
    where a whole match is that short), read from the parsed pattern; None where that is
    no short list (a wide class or a back reference) or where a match can be empty.
    Lookbehinds and negative lookaheads are read as matching anywhere; a lookahead tells
    what follows (府(?=办) opens with 府办): the list holds what matches open with and
    maybe more, never less."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        found = _sequence(_sre_parse.parse(pattern.pattern, pattern.flags), k)
    except _Unlisted:
        return None
    return None if "" in found else frozenset(found)


def _sequence(items, k: int) -> set[str]:
    out = {""}
    for op, av in items:
        if all(len(s) >= k for s in out):
            break
        if op is _sre.ASSERT and av[0] == 1:        # a lookahead: what follows opens so
            out = _ahead(out, _lookahead(av[1], k), k)
        else:
            out = _then(out, _opening(op, av, k), k)
    return out


def _lookahead(items, k: int) -> set[str]:
    try:
        return _sequence(items, k)
    except _Unlisted:           # (?=[\u4e00-\u9fff]): it tells nothing to list
        return {""}


def _ahead(first: set[str], ahead: set[str], k: int) -> set[str]:
    """The openings of one part followed by a lookahead whose openings are ``ahead``
    (府(?=办): 府办): an opening of the part that every one of the lookahead's fills to
    ``k`` characters, filled so; any other as it is (the parts after the lookahead read
    the same characters it did, and go on from there)."""
    out = set()
    for s in first:
        need = k - len(s)
        if need > 0 and all(len(t) >= need for t in ahead):
            out.update(s + t[:need] for t in ahead)
        else:
            out.add(s)
    return out


def _then(first: set[str], second: set[str], k: int) -> set[str]:
    """The openings of one part followed by another's (of the second, only as many
    characters as each of the first lacks: a few distinct ones of thousands)."""
    out = {s for s in first if len(s) >= k}
    lacking: dict[int, set[str]] = {}
    for s in first:
        if len(s) < k:
            need = k - len(s)
            if need not in lacking:
                lacking[need] = {t[:need] for t in second}
            out.update(s + t for t in lacking[need])
    return out


def _opening(op, av, k: int) -> set[str]:
    if op is _sre.LITERAL:
        return {chr(av)}
    if op is _sre.IN:
        return _characters(av)
    if op is _sre.BRANCH:
        return set().union(*(_sequence(alternative, k) for alternative in av[1]))
    if op is _sre.SUBPATTERN:
        if av[1] & re.IGNORECASE:           # (?i:…): its characters in either case
            raise _Unlisted
        return _sequence(av[-1], k)
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _sequence(av, k)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) or op is getattr(_sre, "POSSESSIVE_REPEAT", None):
        least, most, item = av
        once = _sequence(item, k)
        out, repeated = (set() if least else {""}), {""}
        for n in range(1, min(most, k) + 1):   # (k repeats fill k characters, or no more do)
            repeated = _then(repeated, once, k)
            if n >= least or n == k:
                out |= repeated
        return out
    if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
        return {""}
    raise _Unlisted


def _characters(items) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            out.add(chr(av))
        elif op is _sre.RANGE and av[1] - av[0] < _MAX_CLASS:
            out.update(map(chr, range(av[0], av[1] + 1)))
        else:                   # a negated class, a category (digits, spaces), a wide range
            raise _Unlisted
    if len(out) > _MAX_CLASS:
        raise _Unlisted
    return out


class Scanner:
    """A compiled pattern whose ``finditer`` gives the same matches as ``re``'s, trying the
    pattern only at the places where one of its ``openings`` stands (found all at once by
    an Aho-Corasick automaton) instead of at every character: for a long pattern whose
    alternatives open with groups or lookarounds, which ``re`` has to try everywhere (the
    agency grammar's scan: 1.6× as fast). A pattern without a short list of openings is
    searched as ``re`` searches it. ``match`` is the pattern's."""

    def __init__(self, regex: re.Pattern, k: int = 2) -> None:
        """``k``: how many characters the openings hold; more where a pattern's first two
        are an everyday word (法规处: 法规 stands everywhere, 法规处 seldom)."""
        self.regex = regex
        self.match = regex.match
        found = openings(regex, k)
        # (spelt forwards, not backwards as ``kg.names``' automata: a grammar's openings
        # end in more characters than they start with, 203 against 104 for the agency
        # grammar's, and pyahocorasick tries a node's children one by one; backwards its
        # scan took twice as long)
        self._automaton: ahocorasick.Automaton | None = None
        # (openings all of one length start in the order they end: no sort)
        self._ordered = found is not None and len({len(o) for o in found}) == 1
        if found is not None:
            self._automaton = ahocorasick.Automaton()
            for opening in found:
                self._automaton.add_word(opening, len(opening))
            self._automaton.make_automaton()

    def finditer(self, text: str) -> Iterator[re.Match]:
        if self._automaton is None:
            yield from self.regex.finditer(text)
            return
        end, match = 0, self.regex.match
        found = self._automaton.iter(text)
        # (the automaton reports an opening where it ends: sorted by where they start)
        starts = (last - size + 1 for last, size in found) if self._ordered else \
            sorted({last - size + 1 for last, size in found})
        for start in starts:
            if start >= end and (m := match(text, start)):
                end = m.end()
                yield m
