"""Pinyin glosses that some mirror sites write after characters (建設(shè)、規(guī)定、
相城區(qū)): dropped, so names and titles read as the report wrote them (《法治政府建设与
责任落实督察工作规定》, not 建设(shè)与…规(guī)定).

A gloss is a Hanyu Pinyin syllable with its tone mark, in brackets, right after a Chinese
character: no report writes that itself (a bracket after a character holds a year, a
number, an abbreviation or Chinese). Dropping it moves the text after it, as joining
wrapped lines does: offsets index the text without the glosses.
"""
from __future__ import annotations

import re

# the vowels of Hanyu Pinyin with a tone mark (GB/T 16159 writes the tone on a vowel)
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])[(（](?=[a-zü]{{0,5}}[{_TONED}])"
                   rf"[a-zü{_TONED}]{{1,6}}[)）]")
_ANY_TONED = re.compile(f"[{_TONED}]")


def drop_glosses(text: str) -> tuple[str, int]:
    """(text, glosses dropped). (A text with no toned vowel, as nearly every report is, is
    only scanned once for one: the gloss pattern, tried at every character, costs five
    times that.)"""
    return GLOSS.subn("", text) if _ANY_TONED.search(text) else (text, 0)
