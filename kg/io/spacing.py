"""Lines set with a space between their characters (武 功 县 2022 年 法 治 政 府 建 设 …), as
headings of Word and PDF files often are, read without those spaces: the line's names and
title then read as any other line's (a place, a body or a document written letter-spaced
is found, and the report's title is its title). Dropping the spaces moves the text after
them: offsets index the text without them.

A line counts when it is single characters and numbers only, at least four of them, most
of them Chinese characters (a row of numbers or of Latin letters is left as written).
"""
from __future__ import annotations

import re

_SPACED_LINE = re.compile(r"^([ \u3000\t]*)((?:(?:\d+|[^\s\d])[ \u3000\t]+){3,}(?:\d+|[^\s\d]))[ \u3000\t]*$",
                          re.M)


def unspaced_lines(text: str) -> tuple[str, int]:
    """(text, lines read without their spaces)."""
    joined = 0

    def join(m: re.Match) -> str:
        nonlocal joined
        units = m.group(2).split()
        if 2 * sum(1 for u in units if "\u4e00" <= u <= "\u9fff") <= len(units):
            return m.group()
        joined += 1
        return m.group(1) + "".join(units)
    return _SPACED_LINE.sub(join, text), joined
