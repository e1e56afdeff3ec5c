"""What a file is, by its first bytes: a report kg reads (text or HTML, PDF, Word) or a
file it cannot, with what to do about it in one line.

The suffix says what a file was meant to be, the bytes what it is: a download that
failed is often an HTML error page saved as 附件.pdf, and a .doc may be a .docx.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from .encoding import ReadError

# web pages by their names: government sites serve theirs as .shtml and .jhtml too, and a
# page saved from one keeps its server's suffix
WEB_PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".jhtml", ".xhtml")
# what a folder scan takes: every kind kg reads, and the kinds it explains it cannot read
SUFFIXES = (".txt", *WEB_PAGE_SUFFIXES, ".md", ".pdf", ".docx", ".doc", ".wps", ".ofd")
_CONVERT = "convert it to .docx or PDF first, e.g. `libreoffice --headless --convert-to docx FILE`"
_OCR = "kg reads text; run OCR on it first"
# first bytes → why kg does not read the file
_NOT_READ = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", f"a Word 97-2003 or WPS file (.doc/.wps), which kg does "
                                          f"not read: {_CONVERT}"),
    (b"{\\rtf", f"an RTF file, which kg does not read: {_CONVERT}"),
    (b"\x89PNG", f"a PNG image: {_OCR}"),
    (b"\xff\xd8\xff", f"a JPEG image: {_OCR}"),
    (b"GIF8", f"a GIF image: {_OCR}"),
    (b"II*\x00", f"a TIFF image: {_OCR}"),
    (b"MM\x00*", f"a TIFF image: {_OCR}"),
    (b"Rar!", "a RAR archive: unpack it and give kg the reports inside"),
    (b"7z\xbc\xaf", "a 7z archive: unpack it and give kg the reports inside"),
    (b"\x1f\x8b", "a gzip archive: unpack it and give kg the reports inside"),
)


def kind_of(path: Path, head: bytes) -> str:
    """"pdf", "docx" or "text" for a file kg reads, from its first bytes (a few KB);
    ReadError with what to do for any other file."""
    suffix = path.suffix.lower()
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    for magic, why in _NOT_READ:
        if head.startswith(magic):
            raise ReadError(why)
    if suffix in (".pdf", ".docx", ".ofd", ".doc", ".wps"):
        what = "an HTML page" if head.lstrip()[:15].lower().startswith((b"<!doctype", b"<html")) \
            else "text or unknown bytes"
        raise ReadError(f"named {suffix} but holds {what}, not a {suffix[1:].upper()} file "
                        "(a failed download?)")
    return "text"


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
    except (zipfile.BadZipFile, OSError) as e:
        raise ReadError(f"a broken ZIP container ({e}; an unfinished download?)") from None
    if "word/document.xml" in names:
        return "docx"
    if "OFD.xml" in names:
        raise ReadError("an OFD file, which kg does not read: export it to PDF from an OFD "
                        "reader (e.g. 数科OFD阅读器) and give kg the PDF")
    if "content.xml" in names:
        raise ReadError(f"an OpenDocument file, which kg does not read: {_CONVERT}")
    raise ReadError("a ZIP archive: unpack it and give kg the reports inside")
