"""Full-width letters, digits and signs (２０２３年, １２３４５热线, 互联网＋监管) read as their
ASCII forms, one character for one, as some sites and word processors set them: a date,
a document number or a quoted name then reads, and is named, the same whichever width the
page used, and every offset still points into the file's own text.

Full-width punctuation (，。；：（）！？) is left as written: it is how Chinese is set, and kg
reads it as it reads the ASCII marks.
"""
from __future__ import annotations

import re

# ０-９, Ａ-Ｚ, ａ-ｚ, and the signs names and numbers carry (＋ － ． ／ ％ ＃)
_FULL = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0b\uff0d\uff0e\uff0f\uff05\uff03]")


def half_width(text: str) -> tuple[str, int]:
    """(text, characters changed): full-width letters, digits and signs made ASCII."""
    changed = len(_FULL.findall(text))
    if not changed:
        return text, 0
    return _FULL.sub(lambda m: chr(ord(m.group()) - 0xFEE0), text), changed
