"""kg's spaCy pipeline: a blank ``zh`` language with kg's components, built from config.

The tokenizer gives one token per character (``kg/tokenizer.py``): every component
works on character offsets, so word boundaries buy nothing there, and jieba runs only
where a word edge decides a name (initiatives), not over whole reports (the speed
target is a full extraction no slower than ``jieba.lcut`` alone).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import tokenizer  # noqa: F401  (registers kg.CharTokenizer.v1)
from .extract import agencies, initiatives, metadata, regions, regulations, relations  # noqa: F401  (registers factories)
from .io.clean import blank_furniture
from .io.read import Source

CONFIG = Path(__file__).with_name("pipeline.cfg")
COMPONENTS = ["kg_metadata", "kg_regions", "kg_agencies", "kg_regulations",
              "kg_initiatives", "kg_relations"]


def load(config: str | Path | None = None) -> Language:
    """The extraction pipeline; ``config`` overrides the shipped ``pipeline.cfg``."""
    cfg = spacy.util.load_config(config or CONFIG)
    return spacy.util.load_model_from_config(cfg, auto_fill=True, validate=True)


def make_doc(nlp: Language, source: Source) -> Doc:
    """The report's cleaned text as a Doc; a text longer than ``nlp.max_length`` is an
    error naming both lengths (spaCy's own E088 speaks of parser models kg has none of)."""
    if len(source.text) > nlp.max_length:
        raise ValueError(f"{len(source.text):,} characters, more than the {nlp.max_length:,} "
                         "kg extracts from one report")
    text = blank_furniture(source.text)
    doc = nlp.make_doc(text)
    doc.user_data["kg_text"] = text
    doc._.kg_raw = source.text
    doc._.kg_source = source.path
    doc.user_data["kg_sha256"] = source.sha256
    return doc


def pipe(nlp: Language, sources: Iterable[Source], batch_size: int = 8) -> Iterator[Doc]:
    """Stream sources through the pipeline (``nlp.pipe`` over prepared docs)."""
    yield from nlp.pipe((make_doc(nlp, s) for s in sources), batch_size=batch_size)
