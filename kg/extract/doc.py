"""What kg's components leave on a spaCy ``Doc``.

Mentions live in ``doc.spans["kg"]`` (a span group: they may overlap, a region inside
an agency name inside a regulation title), each with ``label_`` = entity type and
``kb_id_`` = canonical name; ``doc.ents`` holds the longest non-overlapping subset.
Report metadata and relations are ``Doc._`` extensions.
"""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span

MENTIONS = "kg"
TYPES = ("Region", "Agency", "Regulation", "Initiative")

for _name, _default in (("kg_report", None), ("kg_relations", None), ("kg_source", None),
                        ("kg_raw", None), ("kg_sentences", None), ("kg_regions", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

_SENTENCE_END = re.compile(r"[。！？!?；;]+[”’」』)]?|\n+")


def sentences(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of sentences (and of headings and list items, which end a line)."""
    if doc._.kg_sentences is None:
        text, out, start = doc.text, [], 0
        for m in _SENTENCE_END.finditer(text):
            if text[start:m.end()].strip():
                out.append((start, m.end()))
            start = m.end()
        if text[start:].strip():
            out.append((start, len(text)))
        doc._.kg_sentences = out
    return doc._.kg_sentences


def sentence_of(doc: Doc, pos: int) -> tuple[int, int]:
    sents = sentences(doc)
    i = bisect.bisect_right([s for s, _ in sents], pos) - 1
    return sents[max(i, 0)] if sents else (0, len(doc.text))


def add_mention(doc: Doc, start: int, end: int, label: str, canonical: str,
                code: str = "") -> Span | None:
    """Add a typed, canonical mention by character offsets (one token per character)."""
    span = doc.char_span(start, end, label=label, kb_id=canonical, span_id=code,
                         alignment_mode="expand")
    if span is None:
        return None
    if MENTIONS in doc.spans:
        doc.spans[MENTIONS].append(span)
    else:
        doc.spans[MENTIONS] = [span]
    return span


def mentions(doc: Doc, label: str | None = None) -> list[Span]:
    group = doc.spans[MENTIONS] if MENTIONS in doc.spans else []
    return [s for s in group if label is None or s.label_ == label]


def report(doc: Doc) -> dict:
    if doc._.kg_report is None:
        doc._.kg_report = {}
    return doc._.kg_report
