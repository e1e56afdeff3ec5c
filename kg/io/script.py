"""Reports written in traditional characters (the 繁體 mirrors many government sites
serve, big5 pages) read in simplified ones, one character for one, so that kg's names
(gazetteer, grammar and catalogues are in simplified characters) are found and every
offset still points into the file's own text.

The conversion is OpenCC's ``t2s`` (the reference converter, also used by Wikipedia's
Chinese editions). Simplified text is left as it is: a report counts as traditional only
when the conversion changes a sizeable share of its Chinese characters, which it does
not for simplified text (著作权法, 乾隆 stay as written).
"""
from __future__ import annotations

import re
from functools import lru_cache

# share of Chinese characters a conversion must change for a text to count as
# traditional: several in ten for a real traditional report, next to none for simplified
TRADITIONAL_SHARE = 0.05
_CJK = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _t2s():
    import opencc
    return opencc.OpenCC("t2s")


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
    return converted, changed
