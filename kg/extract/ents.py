"""``kg_ents``: ``doc.ents`` from kg's mentions, for displacy and other spaCy tools.

The last component of the pipeline, kept apart from the others because nothing kg makes
of a doc reads it: a report's record comes from the span group, so ``extract_record``
runs the pipeline without it (setting a doc's entities walks every token, one per
character, a fiftieth of a report's extraction).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from .doc import mentions


@Language.factory("kg_ents")
def make_ents(nlp: Language, name: str):
    return set_ents


def set_ents(doc: Doc) -> Doc:
    """The longest non-overlapping mentions as ``doc.ents`` ("unmodified": a fresh doc's
    other tokens stay unannotated, not set to O one by one)."""
    doc.set_ents(filter_spans(list(mentions(doc))), default="unmodified")
    return doc
