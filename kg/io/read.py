"""Turn report files into text: encoding detection, HTML to text, folders to files.

Reports arrive as web pages saved from government sites, in whatever encoding the
site used; a wrong guess silently turns every name into mojibake, so the encoding is
detected from the bytes (BOM, then strict UTF-8, then UTF-16 without BOM, then
GB18030, a superset of GBK and GB2312) and never assumed.
"""
from __future__ import annotations

import codecs
import hashlib
import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator

SUFFIXES = (".txt", ".html", ".htm", ".md")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


class ReadError(Exception):
    """A file that cannot be read as a report; the message names the file and why."""


@dataclass(frozen=True)
class Source:
    path: str        # as given, relative where it was relative
    text: str        # decoded text (HTML already turned into text)
    encoding: str
    sha256: str = ""  # of the file's bytes: what incremental builds compare


def iter_paths(paths: list[str | Path]) -> Iterator[Path]:
    """Files given directly, and report files inside folders, in a stable order."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*")
                              if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            yield p


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) or ReadError for binary or undecodable bytes."""
    if not data.strip():
        raise ReadError("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc), enc
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16:
            try:
                text = data.decode(utf16)
            except UnicodeDecodeError:
                text = ""
            if text and _looks_like_text(text):
                return text, utf16
        raise ReadError("binary file (contains NUL bytes)")
    for enc in ("utf-8", "gb18030"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text, enc
    raise ReadError("not text in UTF-8, UTF-16 or GB18030")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 puts the NUL of every ASCII character (digits, newlines) on one side:
    the odd bytes in little-endian, the even bytes in big-endian."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd and even <= odd // 20:
        return "utf-16-le"
    if even and odd <= even // 20:
        return "utf-16-be"
    return None


def _looks_like_text(text: str) -> bool:
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t\f\v")
    return controls <= len(text) * 0.01


class _TextExtractor(HTMLParser):
    """Keeps visible text, one line per block element; forgiving of truncated HTML."""
    BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
              "title", "section", "article", "table", "ul", "ol", "header", "footer"}
    HIDDEN = {"script", "style", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    text = re.sub(r"[ \t\u3000\xa0]*\n[ \t\u3000\xa0\n]*", "\n\n", text)
    return text.strip() + "\n"


def read_source(path: str | Path) -> Source:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise ReadError(e.strerror or str(e)) from None
    text, enc = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if p.suffix.lower() in (".html", ".htm") or re.match(r"\s*<(!doctype|html)", text, re.I):
        text = html_to_text(text)
    if not text.strip():
        raise ReadError("no text in file")
    return Source(str(path), text, enc, hashlib.sha256(data).hexdigest())
