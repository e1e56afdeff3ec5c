"""Bytes to text: which encoding a report was saved in, and what to drop when it broke.

A wrong guess turns every name into mojibake silently, so kg decides from the bytes and
checks the result reads as Chinese: a byte-order mark, then strict UTF-8, then UTF-16
without a mark (scored by how much of it is Han characters and common punctuation), then
GB18030 (a superset of GBK and GB2312), and where these are unsure, charset-normalizer.
An interrupted download ends mid-character and a copied page can carry a few stray
bytes: those bytes are dropped and counted (``Decoded.dropped``), so the caller can warn,
instead of refusing the whole report.
"""
from __future__ import annotations

import codecs
import re
from typing import NamedTuple

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
# each undecodable byte becomes one lone surrogate, which no strict decoding yields
_MARK = "\udc00"
codecs.register_error("kg-mark", lambda e: (_MARK * (e.end - e.start), e.end))
_HAN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]")
# GB18030 decodes the codes GBK leaves unassigned to the private use area: a report has none
_PRIVATE = re.compile("[\ue000-\uf8ff]")
_TEXTUAL = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\u3000-\u303f\uff00-\uffef"
                      "\u2010-\u206f\x20-\x7e\t\n\r\u00b7\u00d7\u00e0-\u00fc\u2160-\u217f\u2460-\u24ff]")
# a report may lose a few bytes (a broken tail, stray bytes); more means another encoding
MOST_DROPPED = 16
MOST_DROPPED_SHARE = 0.001


class ReadError(Exception):
    """A file that cannot be read as a report; the message names the file and why."""


class Decoded(NamedTuple):
    text: str
    encoding: str
    dropped: int = 0        # undecodable bytes left out


def decode(data: bytes) -> Decoded:
    """The text of ``data``, or ReadError saying why it is not a report's text."""
    if not data.strip():
        raise ReadError("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _lenient(data, enc) or _refuse()
    if b"\x00" in data:
        found = _utf16(data)
        if found:
            return found
        raise ReadError("binary file (contains NUL bytes)")
    utf8 = _lenient(data, "utf-8")
    if utf8 and not utf8.dropped:
        return utf8
    found = _utf16(data)                # UTF-16 of Han text alone may hold no NUL
    if found:
        return found
    gb = _lenient(data, "gb18030")
    common = gb is not None and _common_share(gb.text) >= 0.8
    if common and not gb.dropped:
        return gb
    if utf8:                            # a broken tail or a few stray bytes, dropped
        return utf8
    if common:
        return gb
    found = _detected(data)
    if found:
        return found
    if gb and len(_PRIVATE.findall(gb.text)) <= len(gb.text) * 0.001:
        return gb                       # rare characters, but no unassigned codes
    return _refuse()


def _refuse() -> Decoded:
    raise ReadError("not text in UTF-8, UTF-16, GB18030 or another encoding charset-normalizer "
                    "knows")


def _lenient(data: bytes, encoding: str) -> Decoded | None:
    """``data`` in ``encoding``, dropping at most a few undecodable bytes; None if more
    are undecodable or the text holds control characters (binary)."""
    try:
        text = data.decode(encoding)
        dropped = 0
    except UnicodeDecodeError:
        marked = data.decode(encoding, errors="kg-mark")
        dropped = marked.count(_MARK)
        if dropped > max(MOST_DROPPED, len(data) * MOST_DROPPED_SHARE):
            return None
        text = marked.replace(_MARK, "")
    if not _looks_like_text(text):
        return None
    return Decoded(text, encoding, dropped)


def _utf16(data: bytes) -> Decoded | None:
    """UTF-16 without a byte-order mark, little- or big-endian, whichever reads as text.
    An odd last byte is a broken tail."""
    even = data[:len(data) - len(data) % 2]
    best: Decoded | None = None
    best_score = 0.0
    for enc in ("utf-16-le", "utf-16-be"):
        found = _lenient(even, enc)
        if not found:
            continue
        score = _textual_share(found.text)
        if score > best_score:
            best, best_score = found._replace(dropped=found.dropped + len(data) % 2), score
    if best is None or best_score < 0.95 or len(_HAN.findall(best.text)) < 2:
        return None
    return best


def _detected(data: bytes) -> Decoded | None:
    """charset-normalizer's best reading, if it reads as Chinese text; a tail broken
    mid-character (at most three bytes in the encodings it knows) is dropped first."""
    from charset_normalizer import from_bytes
    for cut in range(4):
        match = from_bytes(data[:len(data) - cut]).best()
        if match is None:
            continue
        text = str(match)
        if _looks_like_text(text) and _textual_share(text) >= 0.95 and \
                len(_HAN.findall(text)) >= max(2, len(text.strip()) * 0.2):
            return Decoded(text, match.encoding, cut)
    return None


# control characters other than white space (\t \n \v \f \r): binary, not text
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _looks_like_text(text: str) -> bool:
    return len(_CONTROL.findall(text)) <= len(text) * 0.01


def _textual_share(text: str) -> float:
    """How much of ``text`` is what Chinese reports are written in (Han characters, CJK and
    full-width punctuation, ASCII): near 1 for the right encoding, far less for a wrong one."""
    chars = len(text) or 1
    return len(_TEXTUAL.findall(text)) / chars


def _common_share(text: str) -> float:
    """The share of Han characters that are in GB2312, the 6,763 in everyday use: nearly
    all of a report's, a minority of another encoding's bytes misread as GB18030."""
    han = _HAN.findall(text)
    if len(han) < 20:
        return 1.0
    common = 0
    for c in han:
        try:
            c.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common / len(han)
