"""Lines that a page layout wrapped, joined back into the paragraphs they were.

PDF and OFD files keep only positioned lines of glyphs: a paragraph comes out as one
line per printed line, and a name broken at the margin (平城 | 区) would be two pieces
to every later step. A line that reaches the right margin continues on the next line;
a line that stops short ends its paragraph (headings, the last line of a paragraph).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# a line that is only a page number: 3, - 3 -, — 3 —, 第3页, 3/12
PAGE_NUMBER = re.compile(r"^\s*(?:[-—–－]*\s*\d{1,4}\s*[-—–－]*|第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?"
                         r"|\d{1,4}\s*/\s*\d{1,4})\s*$")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")


@dataclass(frozen=True)
class Line:
    text: str
    right: float        # where the line's last glyph ends, in the page's units
    height: float       # a glyph's height: about one character's width in Chinese


def join_wrapped(lines: list[Line]) -> str:
    """The text of ``lines`` (in reading order, over all pages) with wrapped lines
    joined; page numbers are left out."""
    lines = [ln for ln in lines if ln.text.strip() and not PAGE_NUMBER.match(ln.text)]
    if not lines:
        return ""
    margin = right_margin(lines)
    out: list[str] = []
    wrapped = False
    for ln in lines:
        text = ln.text.strip()
        if wrapped and out:
            sep = " " if _ASCII_WORD.match(out[-1][-1]) and _ASCII_WORD.match(text[0]) else ""
            out[-1] += sep + text
        else:
            out.append(text)
        wrapped = ln.right >= margin - 1.5 * max(ln.height, 1.0)
    return "\n".join(out) + "\n"


def right_margin(lines: list[Line]) -> float:
    """Where full lines end: the right edge most lines of body text reach (the 90th
    percentile, so that one wide table row or a stray mark does not set it)."""
    rights = sorted(ln.right for ln in lines)
    return rights[min(len(rights) - 1, int(len(rights) * 0.9))]
