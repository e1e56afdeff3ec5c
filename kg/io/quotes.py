"""Straight double quotes ("…") that a page set where Chinese type has curly ones (“…”),
paired within a line and read as curly, one character for one: a quoted name (“放管服”改革,
《大悟县“十三五”法治政府建设纲要》) then reads, and is named, the same whichever the page
used, and every offset still points into the file's own text.

Only a pair around or beside Chinese text is a quotation of a report's (助力"1187"建设);
one in ASCII text alone ("OK", a code) is left as written, and so is a quote a line leaves
unpaired.
"""
from __future__ import annotations

import re

_STRAIGHT = re.compile(r'"([^"\n]{1,80})"')
_CJK = re.compile(r"[\u4e00-\u9fff]")


def curl_quotes(text: str) -> tuple[str, int]:
    """(text, pairs changed): straight quotation marks paired in order along each line,
    around Chinese text, made “ and ”."""
    if '"' not in text:
        return text, 0
    changed = 0

    def curl(m: re.Match) -> str:
        nonlocal changed
        around = text[m.start() - 1:m.start()] + text[m.end():m.end() + 1]
        if not (_CJK.search(m.group(1)) or _CJK.search(around)):
            return m.group()
        changed += 1
        return f"“{m.group(1)}”"
    return _STRAIGHT.sub(curl, text), changed
