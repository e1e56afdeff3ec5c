"""CJK radicals read as the ideographs they stand for (⼯作 → 工作, ⼈⺠政府 → 人民政府), one
character for one: a PDF whose font maps a glyph that a radical and an ideograph share to
the radical's code point gives text that looks right and that no name matches, and text
copied out of such a PDF carries them on. The mapping is the Unicode Character Database's
(``kg/data/radicals.tsv``, made by ``kg/data/build_radicals.py``); no report writes a
radical as a character of its own.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_lines

_RADICAL = re.compile(r"[\u2e80-\u2eff\u2f00-\u2fdf]")


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    rows = [line.split("\t") for line in data_lines("radicals.tsv")[1:]]
    return {ord(radical): ideograph for radical, ideograph in rows}


def unified_ideographs(text: str) -> tuple[str, int]:
    """(text, characters changed)."""
    if not _RADICAL.search(text):
        return text, 0
    table = _table()
    changed = sum(1 for c in _RADICAL.findall(text) if ord(c) in table)
    return text.translate(table), changed
