"""Relations with their evidence: CITES, ISSUED, IMPLEMENTS and PART_OF.

Per GUIDELINES: the subject region cites every regulation the report mentions and
implements every initiative; a region that opens a sentence as its actor (如晋中市…)
does too for what that sentence names. A regulation's issuer is the agency before an
issuing verb in its clause (省民政厅制定印发了《…》), the bodies that head its own title
(国务院关于…的意见), or else the subject region's people's government.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import gazetteer
from .doc import clause_start, mentions, report, sentence_of, sentence_text, text_of
from .regulations import grammar as regulation_grammar

_LEAD = re.compile(r"[如例另同时此外其中,，、\s]*")
_CHAIN = re.compile(r"\s*(?:、|和|与|及|以及|会同)?\s*$")


@Language.factory("kg_relations")
def make_relations(nlp: Language, name: str):
    return RelationExtractor()


class RelationExtractor:
    def __call__(self, doc: Doc) -> Doc:
        g = gazetteer.load()
        meta = report(doc)
        subject = meta.get("subject_code")
        subject_path = meta.get("subject_region")
        rels: list[dict] = []
        agencies = sorted(mentions(doc, "Agency"), key=lambda s: s.start_char)
        for span in mentions(doc):
            if span.label_ not in ("Regulation", "Initiative"):
                continue
            rel = "CITES" if span.label_ == "Regulation" else "IMPLEMENTS"
            if subject_path:
                rels.append(_relation(doc, rel, subject_path, span))
            for actor in self.actor_regions(doc, span):
                if actor.kb_id_ != subject_path:
                    rels.append(_relation(doc, rel, actor.kb_id_, span))
            if span.label_ == "Regulation":
                issuers = self.issuers(doc, span, agencies)
                for issuer in issuers:
                    rels.append(_relation(doc, "ISSUED", issuer, span))
                if not issuers and self.issued_here(doc, span) and subject:
                    rels.append(_relation(doc, "ISSUED", f"{g.prefix(subject)}人民政府", span,
                                          implicit=True))
        part_of: set[tuple[str, str]] = set()       # one, with its first mention, per pair
        for span in mentions(doc):
            code = span.id_
            if span.label_ == "Agency" and code:
                target = g.path(code)
            elif span.label_ == "Region" and code and g.divisions[code].parent and \
                    "/" in span.kb_id_:
                target = span.kb_id_.rsplit("/", 1)[0]
            else:
                continue
            if (span.kb_id_, target) not in part_of:
                part_of.add((span.kb_id_, target))
                rels.append(_relation(doc, "PART_OF", span.kb_id_, span, target=target))
        doc._.kg_relations = rels
        # the longest non-overlapping mentions, for displacy and other spaCy tools
        doc.ents = filter_spans(list(mentions(doc)))
        return doc

    def actor_regions(self, doc: Doc, span: Span) -> list[Span]:
        """Regions that open the mention's clause, else its sentence, as the actor:
        如晋中市…, 大同、吕梁、运城等市…"""
        s, _ = sentence_of(doc, span.start_char)
        c = clause_start(doc, span.start_char)
        for start in ([c] if c > s else []) + [s]:
            actors = self.region_chain(doc, start, span.start_char)
            if actors:
                return actors
        return []

    @staticmethod
    def region_chain(doc: Doc, start: int, limit: int) -> list[Span]:
        pos = _LEAD.match(text_of(doc), start).end()
        regions = doc.user_data.get("kg_regions_by_start")
        if regions is None:
            regions = doc.user_data["kg_regions_by_start"] = {
                r.start_char: r for r in mentions(doc, "Region")}
        actors = []
        while pos in regions and regions[pos].end_char <= limit:
            actors.append(regions[pos])
            pos = regions[pos].end_char
            if not text_of(doc).startswith("、", pos):
                break
            pos += 1
        return actors

    @staticmethod
    def issued_here(doc: Doc, span: Span) -> bool:
        """An issuing verb (制定, 印发 …) earlier in the regulation's clause."""
        clause = text_of(doc)[clause_start(doc, span.start_char):span.start_char]
        return any(v in clause for v in regulation_grammar().issue_verbs)

    def issuers(self, doc: Doc, span: Span, agencies: list[Span]) -> list[str]:
        inner = [a for a in agencies if span.start_char <= a.start_char < span.end_char]
        if inner and inner[0].start_char == span.start_char:
            # 国务院关于…的意见 / 濮阳县人民政府 濮阳县人民法院 …关于…: the bodies heading the title
            chain, pos = [], span.start_char
            for a in inner:
                if a.start_char - pos > 1:
                    break
                chain.append(a.kb_id_)
                pos = a.end_char
            if text_of(doc)[pos:pos + 2] in ("关于", "联合"):
                return list(dict.fromkeys(chain))
        # 国务院《全面推进依法行政实施纲要》: the body written just before the title
        prev = [a for a in agencies if a.end_char in (span.start_char - 1, span.start_char)]
        if prev:
            return [prev[-1].kb_id_]
        if not self.issued_here(doc, span):
            return []
        text = text_of(doc)
        cstart = clause_start(doc, span.start_char)
        verbs = regulation_grammar().issue_verbs
        clause = text[cstart:span.start_char]
        vpos = cstart + min(clause.find(v) for v in verbs if v in clause)
        before = [a for a in agencies if cstart <= a.start_char and a.end_char <= vpos]
        before = [a for a in before if not any(b is not a and b.start_char <= a.start_char
                                               and a.end_char <= b.end_char for b in before)]
        if not before:
            return []
        chain = [before[-1]]
        for a in reversed(before[:-1]):
            if _CHAIN.fullmatch(text[a.end_char:chain[-1].start_char]):
                chain.append(a)
            else:
                break
        return list(dict.fromkeys(a.kb_id_ for a in reversed(chain)))


def _relation(doc: Doc, rel: str, source: str, span: Span, target: str | None = None,
              implicit: bool = False) -> dict:
    """A relation to ``span``'s entity (or to ``target``), with ``span``'s sentence as
    evidence; ``implicit`` marks an issuer the text leaves unnamed."""
    s, e = sentence_of(doc, span.start_char)
    return {"type": rel, "source": source, "target": target or span.kb_id_, "implicit": implicit,
            "evidence": {"sentence": sentence_text(doc, s, e), "start": s, "end": e,
                         "mention": [span.start_char, span.end_char]}}
