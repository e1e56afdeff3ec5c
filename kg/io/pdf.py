"""The text layer of a PDF, read with pypdfium2 (PDFium, the PDF engine of Chromium).

Chosen by measuring (README, "Inputs"): on the same CJK PDF it gave the same
text as pdfplumber (pdfminer.six) about five times faster, and it comes as one wheel
with no other dependency. Lines are taken with their right edge so that lines the page
wrapped are joined back (``lines.py``); a PDF of scanned pages has no text to take.
"""
from __future__ import annotations

from pathlib import Path

from .encoding import ReadError
from .lines import Line, join_wrapped


def pdf_text(path: Path) -> str:
    import pypdfium2 as pdfium
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        reason = str(e).split(":")[-1].strip().rstrip(".") or "unreadable"
        if "password" in reason.lower():
            raise ReadError("a PDF protected by a password: kg cannot open it") from None
        raise ReadError(f"not a readable PDF ({reason}; a broken or unfinished download?)") from None
    try:
        lines: list[Line] = []
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                lines.extend(_page_lines(page))
            finally:
                page.close()
        pages = len(pdf)
    finally:
        pdf.close()
    text = join_wrapped(lines)
    if not text.strip():
        raise ReadError(f"a PDF without a text layer ({pages} page{'s' if pages != 1 else ''} "
                        "of images, a scan?): kg reads text; run OCR first, e.g. "
                        "`ocrmypdf -l chi_sim IN.pdf OUT.pdf`")
    return text


def _page_lines(page) -> list[Line]:
    """The page's lines in reading order: PDFium's text rectangles (runs of glyphs),
    runs side by side on one baseline made one line."""
    tp = page.get_textpage()
    try:
        lines: list[list] = []          # [text, left, bottom, right, top]
        for i in range(tp.count_rects()):
            left, bottom, right, top = tp.get_rect(i)
            text = tp.get_text_bounded(left, bottom, right, top).replace("\r", "").replace("\n", "")
            if not text.strip():
                continue
            last = lines[-1] if lines else None
            middle = (bottom + top) / 2
            if last and last[2] <= middle <= last[4] and left >= last[3] - 1:
                gap = left - last[3]
                last[0] += (" " if gap > (top - bottom) / 2 else "") + text
                last[3], last[2], last[4] = right, min(last[2], bottom), max(last[4], top)
            else:
                lines.append([text, left, bottom, right, top])
        return [Line(t, r, tp_ - b, left) for t, left, b, r, tp_ in lines]
    finally:
        tp.close()
