"""Lines set with a space between their characters (武 功 县 2022 年 法 治 政 府 建 设 …), as
headings of Word and PDF files often are, read without those spaces: the line's names and
title then read as any other line's (a place, a body or a document written letter-spaced
is found, and the report's title is its title). Dropping the spaces moves the text after
them: offsets index the text without them.

A line counts when it is single characters and numbers only, at least four of them, most
of them Chinese characters (a row of numbers or of Latin letters is left as written).

Numbers set a space off from the Chinese text around them (某县 2025 年度…, 学习 18 次, 《督察
20 条》), as PDF converters and some portals' copies set them, are read without those
spaces too (``unspaced_numbers``): a title or a name holding a number then reads as
written. Only a whole number or a decimal with a space before Chinese text counts: a
date or a count beside Latin text, a colon or a mark (来源：市司法局 2023-02-15, 浏览次数：
12, 98.5 %) stays as written, as the page's fields are parted so, and so does the space
before a number with none after it (清水县人民政府 2024年01月08日) or before a whole date
(县人民政府 2024 年 1 月 8 日: a signature's body and its date).
"""
from __future__ import annotations

import re

# the spaces a page sets (a web page's letter-spacing is often no-break spaces, &nbsp;)
_SPACE = r"[ \u3000\t\xa0]"
_SPACED_LINE = re.compile(rf"^({_SPACE}*)((?:(?:\d+|[^\s\d]){_SPACE}+){{3,}}(?:\d+|[^\s\d])){_SPACE}*$", re.M)
_GAP = re.compile(rf"({_SPACE}+)")


def unspaced_lines(text: str) -> tuple[str, int]:
    """(text, lines read without their spaces)."""
    joined = 0

    def join(m: re.Match) -> str:
        nonlocal joined
        pieces = _GAP.split(m.group(2))
        units, gaps = pieces[::2], pieces[1::2]
        if 2 * sum(1 for u in units if "\u4e00" <= u <= "\u9fff") <= len(units):
            return m.group()
        joined += 1
        # (a gap wider than the letter-spacing parts two words or fields, and stays one
        # space: 发 布 单 位 ： 市 司 法 局 　 发 布 时 间 ： …)
        narrow = min(map(len, gaps))
        return m.group(1) + units[0] + "".join(("" if len(gap) == narrow else " ") + unit
                                               for gap, unit in zip(gaps, units[1:]))
    return _SPACED_LINE.sub(join, text), joined


# a number's last digit, a space after it and Chinese text (or 、，。；）)》”): where a number
# set off is found (a number's own pattern, tried at every character, costs six times as
# much over a report)
_SPACED_AFTER = re.compile(r"\d[ \u00a0]+(?=[\u4e00-\u9fff）)》”，。、；])")
# what the number may follow for the spaces before it to go too: Chinese text, 、，（(《“, not
# a colon, which opens a page's field (浏览次数： 12), nor Latin text (Copyright 2017 …)
_OPENS = re.compile(r"[\u4e00-\u9fff（(《“，、]")
_SPACES = " \u00a0"
# a year opening a whole date (2024 年 1 月): the space before it parts a signature's body
# from its date (清水县人民政府 2024 年 1 月 8 日), and stays
_DATE_AFTER = re.compile(r"[ \u00a0]*年[ \u00a0]*\d{1,2}[ \u00a0]*月")


def unspaced_numbers(text: str) -> tuple[str, int]:
    """(text, numbers read without the spaces beside them)."""
    pieces, done, unspaced = [], 0, 0
    for m in _SPACED_AFTER.finditer(text):
        start = m.start()
        while start > 0 and (text[start - 1].isdigit() or text[start - 1] == "."):
            start -= 1
        if text[start] == "." or start < done:
            continue
        spaced = start
        while spaced > 0 and text[spaced - 1] in _SPACES:
            spaced -= 1
        before = text[spaced - 1] if spaced else "\n"
        if before != "\n" and not _OPENS.match(before):
            continue            # (2023-02-15 浏览次数, Copyright 2017 吉林市: a field's or Latin text's)
        if before == "\n" or (m.start() + 1 - start == 4 and _DATE_AFTER.match(text, m.start() + 1)):
            spaced = start      # (a line's indent, the space before a signature's date: kept)
        pieces += [text[done:spaced], text[start:m.start() + 1]]
        done = m.end()
        unspaced += 1
    return "".join(pieces) + text[done:], unspaced
