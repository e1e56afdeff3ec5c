"""Visible text of a web page, one line per block element; forgiving of truncated HTML."""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# a table row whose cells are all this short is one line (an info table: 索引号 | … |
# 发布机构 | …); a longer cell is a layout table's, holding the page's paragraphs
SHORT_CELL = 100


class _Table:
    """An open table: the cells of its current row, and the cell being read."""

    def __init__(self) -> None:
        self.row: list[list[str]] = []
        self.cell: list[str] | None = None

    def close_cell(self) -> None:
        if self.cell is not None:
            self.row.append(self.cell)
            self.cell = None


class _TextExtractor(HTMLParser):
    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
              "title", "section", "article", "ul", "ol", "header", "footer",
              "dl", "dt", "dd", "blockquote", "center", "pre", "nav", "aside", "main", "hr"}
    HIDDEN = {"script", "style", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tables: list[_Table] = []
        self.hidden = 0

    def _target(self, depth: int | None = None) -> list[str]:
        """Where text goes: the innermost open cell of the tables down to ``depth``."""
        for table in reversed(self.tables[:depth]):
            if table.cell is not None:
                return table.cell
        return self.parts

    def _end_row(self) -> None:
        """The current row of the innermost table, written where that table stands: its
        cells on one line, `` | `` between them (as the Word reader writes them), or, with
        a long cell, each cell's text as blocks of its own."""
        table = self.tables[-1]
        table.close_cell()
        cells = ["".join(c) for c in table.row]
        table.row = []
        flat = [" ".join(c.split()) for c in cells]
        out = self._target(len(self.tables) - 1)
        if all(len(c) <= SHORT_CELL for c in flat):
            line = " | ".join(c for c in flat if c)
            if line:
                out.extend(("\n", line, "\n"))
        else:
            for c in cells:
                out.extend(("\n", c, "\n"))

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag == "table":
            self.tables.append(_Table())
        elif tag == "tr" and self.tables:
            self._end_row()
        elif tag in ("td", "th") and self.tables:
            self.tables[-1].close_cell()
            self.tables[-1].cell = []
        elif tag in self.BLOCKS or tag in ("tr", "td", "th"):
            self._target().append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag == "table" and self.tables:
            self._end_row()
            self.tables.pop()
        elif tag == "tr" and self.tables:
            self._end_row()
        elif tag in ("td", "th") and self.tables:
            self.tables[-1].close_cell()
        elif tag in self.BLOCKS:
            self._target().append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self._target().append(data)

    def close(self) -> None:
        super().close()
        while self.tables:              # a page cut before its tables end
            self._end_row()
            self.tables.pop()


def html_to_text(markup: str) -> str:
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    text = re.sub(r"[ \t\u3000\xa0]*\n[ \t\u3000\xa0\n]*", "\n\n", text)
    return text.strip() + "\n"


def looks_like_html(text: str) -> bool:
    return bool(re.match(r"\s*<(!doctype|html)", text, re.I))
