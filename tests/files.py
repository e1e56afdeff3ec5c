"""Report files of every kind, made in the test from a report's text by the libraries
that write them (reportlab, python-docx), as government sites publish them."""
from __future__ import annotations

from pathlib import Path


def write_pdf(text: str, path: Path, size: float = 12, signature: tuple[str, ...] = ()) -> Path:
    """A PDF laid out as an official document: a CID font (STSong-Light, Adobe-GB1, not
    embedded, as Chinese PDFs often are), paragraphs indented two characters and wrapped
    at the right margin by the glyphs' widths, page numbers (- 2 -) at the foot; the
    ``signature`` lines (the body, the date) set to the right margin below."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    left, right, top, bottom = 72, width - 72, height - 72, 72
    y, page = top, 1

    def new_page():
        nonlocal y, page
        c.setFont(font, 10)
        c.drawCentredString(width / 2, 40, f"- {page} -")
        c.showPage()
        y, page = top, page + 1

    for para in (p.strip() for p in text.split("\n")):
        if not para:
            continue
        line, x0 = "", left + 2 * size
        for ch in para:
            if pdfmetrics.stringWidth(line + ch, font, size) > right - x0:
                if y < bottom:
                    new_page()
                c.setFont(font, size)
                c.drawString(x0, y, line)
                y -= size * 1.6
                line, x0 = "", left
            line += ch
        if y < bottom:
            new_page()
        c.setFont(font, size)
        c.drawString(x0, y, line)
        y -= size * 1.6
    for line in signature:
        c.setFont(font, size)
        c.drawRightString(right, y, line)
        y -= size * 1.6
    new_page()
    c.save()
    return path


def write_docx(text: str, path: Path) -> Path:
    """A Word file of the text's paragraphs, a table row for a line of cells (a | b)."""
    import docx
    document = docx.Document()
    for para in (p.strip() for p in text.split("\n")):
        if not para:
            continue
        if " | " in para:
            cells = para.split(" | ")
            table = document.add_table(rows=1, cols=len(cells))
            for cell, value in zip(table.rows[0].cells, cells):
                cell.text = value
        else:
            document.add_paragraph(para)
    document.save(str(path))
    return path
