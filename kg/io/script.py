"""Reports written in traditional characters (the 繁體 mirrors many government sites
serve, big5 pages) read in simplified ones, one character for one, so that kg's names
(gazetteer, grammar and catalogues are in simplified characters) are found and every
offset still points into the file's own text.

The conversion is OpenCC's ``t2s`` (the reference converter, also used by Wikipedia's
Chinese editions). Simplified text is left as it is: a report counts as traditional only
when the conversion changes a sizeable share of its Chinese characters, which it does
not for simplified text (著作权法, 乾隆 stay as written), and more of them than the
conversion the other way (to traditional) would.
"""
from __future__ import annotations

import re
from functools import lru_cache

# share of Chinese characters a conversion must change for a text to count as
# traditional: several in ten for a real traditional report, next to none for simplified
TRADITIONAL_SHARE = 0.05
_CJK = re.compile(r"[\u4e00-\u9fff]")
# the kinds a division's full name ends with
_KINDS = ("省", "市", "县", "区", "州", "盟", "旗", "镇", "乡", "街道", "苏木")


@lru_cache(maxsize=1)
def _t2s():
    import opencc
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _s2t():
    import opencc
    return opencc.OpenCC("s2t")


def to_simplified(text: str) -> tuple[str, int]:
    """(text, characters changed): the text in simplified characters when it is written
    in traditional ones, else the text itself and 0. Lines whose conversion would change
    their length (a phrase rewritten) keep their own characters, so offsets hold."""
    convert = _t2s().convert
    converted = convert(text)
    if converted == text:                   # simplified text, as nearly every report is
        return text, 0
    if len(converted) != len(text):
        converted = "\n".join(new if len(new) == len(old) else old
                              for old, new in ((ln, convert(ln)) for ln in text.split("\n")))
    changed = sum(a != b for a, b in zip(text, converted))
    if not changed or changed < TRADITIONAL_SHARE * len(_CJK.findall(text)):
        return text, 0
    if sum(a != b for a, b in zip(text, _s2t().convert(text))) >= changed:
        # the other way round changes as much: simplified text whose names hold characters
        # that are also traditional forms (乾安县, 乾县: 乾 read 干), short enough for them
        # to make a share
        return text, 0
    for written, name in _names_back().items():
        converted = converted.replace(written, name)
    return converted, changed


@lru_cache(maxsize=1)
def _names_back() -> dict[str, str]:
    """Place names OpenCC's ``t2s`` does not give back from the form its ``s2t`` makes of
    them, as a site's 繁體 mirror writes them (濬縣 read 濬县 for 浚县, 乾豐鎮 read 干丰镇 for
    乾丰镇, 澂江市 for 澄江市): each such reading → the division's name, one character for
    one. Found once, on the first traditional report, from the gazetteer's names and
    OpenCC itself."""
    from ..gazetteer import load
    s2t, t2s = _s2t().convert, _t2s().convert
    # (full names only, with their kind: a bare stem, 乾丰, may be another word's reading)
    names = [n for n in load().by_name if n.endswith(_KINDS)]
    # (all at once, one a line: OpenCC converts phrases, 浚县 as 濬縣, not only characters)
    read = t2s(s2t("\n".join(names))).split("\n")
    known = set(names)
    back = {}
    for name, reading in zip(names, read):
        if reading != name and len(reading) == len(name) and reading not in known:
            back[reading] = name        # (not where the reading names a division too)
    return back
