"""The text of a Word (.docx) file, read with python-docx.

Body paragraphs and tables in document order, one line per paragraph and per table
row (cells separated by `` | ``, as a saved web page's table reads); headers, footers
and comments are not the report's text.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from .encoding import ReadError


def docx_text(path: Path) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as e:
        raise ReadError(f"not a readable Word file ({type(e).__name__}: "
                        f"{str(e).splitlines()[0] if str(e) else 'broken'})") from None
    out: list[str] = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:          # a merged cell comes once per column it spans
                    text = " ".join(cell.text.split())
                    if text and (not cells or cells[-1] != text):
                        cells.append(text)
                if cells:
                    out.append(" | ".join(cells))
        else:
            out.append(block.text)
    return "\n".join(out).strip() + "\n"
