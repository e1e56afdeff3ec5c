"""kg's spaCy pipeline: a blank ``zh`` language with kg's components, built from config.

The tokenizer gives one token per character (``kg/tokenizer.py``): every component
works on character offsets, so word boundaries buy nothing there, and jieba runs only
where a word edge decides a name (initiatives), not over whole reports (the speed
target is a full extraction no slower than ``jieba.lcut`` alone).
"""
from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import regex_cache
from . import tokenizer  # noqa: F401  (registers kg.CharTokenizer.v1)
from .extract import agencies, ents, initiatives, metadata, regions, regulations, relations  # noqa: F401  (registers factories)
from .extract.doc import report
from .io.clean import blank_furniture
from .io.read import Source
from .record import RecordMerge, doc_to_record

CONFIG = Path(__file__).with_name("pipeline.cfg")
COMPONENTS = ["kg_metadata", "kg_regions", "kg_agencies", "kg_regulations",
              "kg_initiatives", "kg_relations", "kg_ents"]
# components whose results a record does not hold: ``extract_record`` skips them
NOT_RECORDED = ("kg_ents",)


def load(config: str | Path | None = None) -> Language:
    """The extraction pipeline; ``config`` overrides the shipped ``pipeline.cfg``."""
    cfg = spacy.util.load_config(config or CONFIG)
    with regex_cache.kept(save=True):   # the grammars' patterns, then the table written
        return spacy.util.load_model_from_config(cfg, auto_fill=True, validate=True)


# Reports are extracted in sections of at most this many characters, cut at line ends:
# spaCy holds a token per character, so its memory is bounded by the section, not the
# report; what grows with a yearbook-sized compilation is only its record (mentions and
# evidence, which the output holds anyway).
SECTION_CHARS = 100_000


def extract_record(nlp: Language, source: Source) -> dict:
    """The record of one report of any length: its sections run through the pipeline
    one at a time, the later ones with the report's fields as the first found them
    (title, date, subject region and publisher are named at the top), and their records
    are merged with offsets into the whole text."""
    text = blank_furniture(source.text)
    ranges = sections(text, SECTION_CHARS)
    merge = RecordMerge() if len(ranges) > 1 else None
    first: dict | None = None
    record: dict = {}
    for start, end in ranges:
        doc = _section_doc(nlp, source, text, start, end)
        if first is not None:
            doc._.kg_report = dict(first)
            doc.user_data["kg_continued"] = True
        doc = nlp(doc, disable=NOT_RECORDED)
        if first is None:
            first = dict(report(doc))
        record = doc_to_record(doc)
        doc.user_data.clear()       # its spans refer back to it: freed now, not at a collection
        if merge is not None:
            merge.add(start, record)
    if merge is not None:
        record = merge.record()
    if source.warnings:
        record["warnings"] = list(source.warnings)
    return record


def sections(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) ranges covering ``text``, each at most ``size`` characters, ending at
    a line break where one is in the range's second half, else after a 。, else anywhere."""
    out, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = window.rfind("\n")
        if cut < size // 2:
            cut = window.rfind("。")
        end = start + (cut + 1 if cut >= size // 2 else size)
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


def _section_doc(nlp: Language, source: Source, clean: str, start: int, end: int) -> Doc:
    text = clean[start:end]
    doc = nlp.make_doc(text)
    doc._.kg_raw = source.text[start:end]
    doc._.kg_source = source.path
    doc.user_data["kg_sha256"] = source.sha256
    return doc
