"""Report files to text: what kind of file (``kinds``), then its text (``encoding`` for
text and HTML, ``pdf``, ``docx``), and folders to files.

Offsets everywhere in kg index the text returned here: for a text file its decoded
characters, for HTML the text kg extracts from the markup, for PDF the text layer with
wrapped lines joined, for Word the paragraphs and table rows, one a line; a text or page
cut into lines of a fixed width (copied out of a PDF) has its wrapped lines joined too
(``lines``), invisible zero-width marks, a mirror site's pinyin glosses and the spaces of
letter-spaced headings and beside numbers are dropped (``invisibles``, ``glosses``,
``spacing``); a report in traditional characters is read in simplified ones, character
for character (``script``), straight quotation marks around Chinese text as curly ones
(``quotes``), full-width letters and digits as ASCII ones (``widths``), and CJK radicals
a PDF's font gave for ideographs as those ideographs (``radicals``).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from .encoding import ReadError, decode
from .glosses import drop_glosses
from .html import html_to_text, looks_like_html
from .invisibles import drop_invisibles
from .kinds import SUFFIXES, WEB_PAGE_SUFFIXES, kind_of
from .lines import join_wrapped_text
from .quotes import curl_quotes
from .radicals import unified_ideographs
from .widths import half_width
from .script import to_simplified
from .spacing import unspaced_lines, unspaced_numbers

__all__ = ["ReadError", "Source", "iter_paths", "read_source", "skipped_files", "SUFFIXES"]


@dataclass(frozen=True)
class Source:
    path: str        # as given, relative where it was relative
    text: str        # the report's text (see the module's docstring)
    encoding: str    # the text's encoding, or "pdf" / "docx"
    sha256: str = ""  # of the file's bytes: what incremental builds compare
    warnings: tuple[str, ...] = ()      # what reading changed (dropped bytes, script)


def iter_paths(paths: list[str | Path]) -> Iterator[Path]:
    """Files given directly, and report files inside folders, in a stable order."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*")
                              if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            yield p


def skipped_files(paths: list[str | Path]) -> list[Path]:
    """Files inside the folders given that ``iter_paths`` leaves for their names (images,
    spreadsheets, a report saved under a name kg does not know), hidden files aside: what
    the user should hear of, since a report among them would otherwise be lost unsaid."""
    return sorted(f for p in map(Path, paths) if p.is_dir() for f in p.rglob("*")
                  if f.is_file() and f.suffix.lower() not in SUFFIXES
                  and not any(part.startswith(".") for part in f.relative_to(p).parts))


def _s(n: int, plural: str = "s") -> str:
    return plural if n > 1 else ""


# what reading changes in a report's text, in order (each step gives the text and how many
# things it changed), and what it tells the user when it changed any; none of them can
# empty a text (they drop white space or marks beside characters, or change one for one)
_CHANGES: tuple[tuple[Callable[[str], tuple[str, int]], Callable[[int], str]], ...] = (
    (unspaced_lines, lambda n: f"{n} letter-spaced line{_s(n)} (武 功 县 …) read without the spaces; "
                               "offsets index the text without them"),
    (unspaced_numbers, lambda n: f"{n} number{_s(n)} set a space off from the text (2025 年) read "
                                 "without the spaces; offsets index the text without them"),
    (half_width, lambda n: f"full-width letters and digits read as ASCII ({n} characters; "
                           "offsets unchanged)"),
    (unified_ideographs, lambda n: f"CJK radicals read as the characters they stand for, as a PDF's "
                                   f"font mapped them ({n} characters; offsets unchanged)"),
    (drop_glosses, lambda n: f"{n} pinyin gloss{_s(n, 'es')} after characters dropped (a mirror "
                             "site's 建設(shè)); offsets index the text without them"),
    (to_simplified, lambda n: f"written in traditional characters: read in simplified ones ({n} "
                              "characters; offsets unchanged)"),
    (curl_quotes, lambda n: f"straight quotation marks read as “…” ({n} pair{_s(n)}; offsets unchanged)"),
)


def read_source(path: str | Path) -> Source:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise ReadError(e.strerror or str(e)) from None
    if not data.strip():
        raise ReadError("empty file")
    kind = kind_of(p, data[:4096])
    sha = hashlib.sha256(data).hexdigest()
    warnings: tuple[str, ...] = ()
    if kind == "pdf":
        from .pdf import pdf_text
        text, enc = pdf_text(p), "pdf"
    elif kind == "docx":
        from .docx import docx_text
        text, enc = docx_text(p), "docx"
    else:
        text, enc, dropped = decode(data)
        if dropped:
            warnings = (f"{dropped} undecodable byte{_s(dropped)} dropped "
                        f"(read as {enc}; a broken download?)",)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if p.suffix.lower() in WEB_PAGE_SUFFIXES or looks_like_html(text):
            text = html_to_text(text)
    text, invisible = drop_invisibles(text)
    if invisible:
        warnings += (f"{invisible} invisible character{_s(invisible)} (zero-width "
                     "spaces, soft hyphens) dropped; offsets index the text without them",)
    if kind not in ("pdf", "docx"):     # (their readers join a page's wrapped lines themselves)
        joined = join_wrapped_text(text)
        if joined is not None:
            text = joined
            warnings += ("lines cut at a fixed width (text copied out of a PDF?): joined back "
                         "into paragraphs; offsets index the joined text",)
    if not text.strip():
        raise ReadError("no text in file")
    for step, said in _CHANGES:
        text, n = step(text)
        if n:
            warnings += (said(n),)
    return Source(str(path), text, enc, sha, warnings)
