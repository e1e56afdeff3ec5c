"""Lines that a page layout wrapped, joined back into the paragraphs they were.

PDF and OFD files keep only positioned lines of glyphs: a paragraph comes out as one
line per printed line, and a name broken at the margin (平城 | 区) would be two pieces
to every later step. A line that reaches the right margin continues on the next line;
a line that stops short ends its paragraph (headings, the last line of a paragraph), and
so does one set to the right (a signature, its date) that reaches the margin from far in.
Text copied out of a PDF viewer, or saved by pdftotext, is wrapped the same way, at a
width counted in characters (``hard_wrapped``, ``join_wrapped_text``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# a line that is only a page number: 3, - 3 -, — 3 —, 第3页, 3/12
PAGE_NUMBER = re.compile(r"^\s*(?:[-—–－]*\s*\d{1,4}\s*[-—–－]*|第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?"
                         r"|\d{1,4}\s*/\s*\d{1,4})\s*$")
# two words of Latin letters a line break parted (a space between them); a number the
# margin cut (2021-2⏎025年) is one number again
_LATIN_LETTER = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Line:
    text: str
    right: float        # where the line's last glyph ends, in the page's units
    height: float       # a glyph's height: about one character's width in Chinese
    left: float = 0.0   # where its first glyph starts


def join_wrapped(lines: list[Line], slack: float = 1.5) -> str:
    """The text of ``lines`` (in reading order, over all pages) with wrapped lines
    joined, a line ending within ``slack`` glyph heights of the margin being full; page
    numbers and blank lines are left out. A blank line ends a paragraph (a text's title
    above an empty line), unless it stands beside a page number (a page break inside a
    paragraph, - 2 - between empty lines); so does a line reaching past the margin by more
    than the slack: nothing was wrapped at that width (a title longer than the text's lines)."""
    lines = _without_page_numbers(lines)
    full = [ln for ln in lines if ln.text.strip()]
    if not full:
        return ""
    margin = right_margin(full)
    indented = indent_limit(full, margin)
    out: list[str] = []
    wrapped = False
    for ln in lines:
        text = ln.text.strip()
        if not text:
            wrapped = False
            continue
        if wrapped and out:
            sep = " " if _LATIN_LETTER.match(out[-1][-1]) and _LATIN_LETTER.match(text[0]) else ""
            out[-1] += sep + text
        else:
            out.append(text)
        reach = slack * max(ln.height, 1.0)
        wrapped = margin - reach <= ln.right <= margin + reach and ln.left <= indented
    return "\n".join(out) + "\n"


def _without_page_numbers(lines: list[Line]) -> list[Line]:
    """``lines`` without page numbers' lines and the blank lines beside them."""
    numbered = [bool(PAGE_NUMBER.match(ln.text)) for ln in lines]
    kept = []
    for i, ln in enumerate(lines):
        if numbered[i]:
            continue
        if not ln.text.strip():
            above, below = i - 1, i + 1
            while above >= 0 and not lines[above].text.strip():
                above -= 1
            while below < len(lines) and not lines[below].text.strip():
                below += 1
            if (above >= 0 and numbered[above]) or (below < len(lines) and numbered[below]):
                continue
        kept.append(ln)
    return kept


def right_margin(lines: list[Line]) -> float:
    """Where full lines end: the right edge most lines of body text reach (the 90th
    percentile, so that one wide table row or a stray mark does not set it)."""
    rights = sorted(ln.right for ln in lines)
    return rights[min(len(rights) - 1, int(len(rights) * 0.9))]


def indent_limit(lines: list[Line], margin: float) -> float:
    """How far in a full line may start: a paragraph's first line is indented by two
    characters; a line set to the right (山西省人民政府法制办公室 above its date) starts
    more than a quarter of the text's width (to ``margin``) in from the left margin (the
    10th percentile of where lines start)."""
    lefts = sorted(ln.left for ln in lines)
    left = lefts[int(len(lefts) * 0.1)]
    return left + (margin - left) / 4


# many lines of some length reach the margin in a hard-wrapped text, cut mid-sentence; a
# web page's paragraphs end where they end, and only the longest reach the 90th
# percentile, at a sentence's end. (Lines at the margin that end no sentence, on the
# shared reports as pages and wrapped at 38 characters: 0-0.12 of a page's lines, the
# last line of an excerpt cut short; 0.55-0.88 of a wrapped text's, the least where an
# excerpt's paragraphs are short; none of the bench's pages, which repeat paragraphs of
# one length.)
WRAPPED_SHARE = 0.4
_SENTENCE_ENDS = tuple("。！？；：!?;:")
WRAPPED_MIN_LINES = 8
# a full line of text may end two and a half characters short of the margin: marks of
# ambiguous width (“” — …) set full or half, a word that did not fit
TEXT_SLACK = 2.5


def text_lines(text: str) -> list[Line]:
    """A text's lines, each as wide as its characters: an ASCII letter, digit or mark half
    of one, any other character one (Chinese characters and marks, “”—… too, which are
    full width in Chinese type), as a page sets them."""
    return [Line(ln, _width(ln), 1.0, _width(ln[:len(ln) - len(ln.lstrip())]))
            for ln in (line.rstrip() for line in text.split("\n"))]


def _width(text: str) -> float:
    return len(text) - 0.5 * len(text.encode("ascii", "ignore"))


def hard_wrapped(lines: list[Line]) -> bool:
    """Many lines of ten characters or more end at the margin inside a sentence: the text
    was cut into lines of a fixed width, not into paragraphs."""
    long = [ln for ln in lines if len(ln.text.strip()) >= 10]
    if len(long) < WRAPPED_MIN_LINES:
        return False
    margin = right_margin(long)
    indented = indent_limit(long, margin)
    cut = sum(ln.right >= margin - TEXT_SLACK and ln.left <= indented
              and not ln.text.endswith(_SENTENCE_ENDS) for ln in long)
    return cut >= WRAPPED_SHARE * len(long)


def join_wrapped_text(text: str) -> str | None:
    """The text with its wrapped lines joined, if it is hard-wrapped; else None."""
    lines = text_lines(text)
    return join_wrapped(lines, TEXT_SLACK) if hard_wrapped(lines) else None
