"""Digits as names are written canonically: a page, or a Word file typed in a Chinese
input method's full-width mode, may write ２０２２年 and （２０２１－２０２５年）; the same
title or programme is one name whichever digits its page used."""
from __future__ import annotations

_ASCII = str.maketrans("０１２３４５６７８９", "0123456789")


def ascii_digits(text: str) -> str:
    """``text`` with full-width digits (U+FF10–FF19) as ASCII ones."""
    return text.translate(_ASCII)
