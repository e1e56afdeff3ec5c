"""A processed ``Doc`` as a plain record: the gold format of ../shared/eval, plus
provenance (mention offsets, evidence sentences, division codes).

Offsets index the report's decoded text (for HTML, the text kg extracted from it), which
``kg.io.read.read_source`` reproduces from the file.
"""
from __future__ import annotations

import os
from typing import Iterable, Iterator

import orjson
from spacy.tokens import Doc

from .extract.doc import TYPES, mentions, report, text_of
from .extract.kinds import describe

SCHEMA_VERSION = 1


def doc_to_record(doc: Doc) -> dict:
    meta = report(doc)
    entities: dict[tuple[str, str], dict] = {}

    def entity(label: str, canonical: str, code: str = "") -> dict:
        key = (label, canonical)
        if key not in entities:
            entities[key] = {"type": label, "canonical": canonical, "aliases": [],
                             "mentions": []}
            if label == "Region" and code:
                entities[key]["code"] = code
            elif label == "Agency" and code:
                entities[key]["region_code"] = code      # the region its name is prefixed with
        return entities[key]

    text = text_of(doc)                 # Span.text rebuilds the text token by token
    surfaces: dict[str, str] = {}
    for span in sorted(mentions(doc), key=lambda s: s.start_char):
        if span.label_ not in TYPES:
            continue
        e = entity(span.label_, span.kb_id_, span.id_)
        start, end = span.start_char, span.end_char
        surface = text[start:end]
        surface = surfaces.setdefault(surface, surface)    # one string per surface form
        alias = surface.replace("\n", "")       # a name a heading's line broke is one name
        if len(alias) > 1 and alias not in e["aliases"]:
            e["aliases"].append(alias)
        e["mentions"].append({"start": start, "end": end, "text": surface})
    if meta.get("subject_region"):
        entity("Region", meta["subject_region"], meta.get("subject_code") or "")
    if meta.get("publisher"):           # also when only the page header names it
        entity("Agency", meta["publisher"])

    relations: dict[tuple[str, str, str], dict] = {}
    for r in doc._.kg_relations or []:
        if r["type"] == "PART_OF" and ("Region", r["target"]) not in entities:
            continue                    # a containing region the text never names
        src_type = _source_type(r)
        if r.get("implicit") or (src_type, r["source"]) not in entities:
            entity(src_type, r["source"], (meta.get("subject_code") or "") if r.get("implicit") else "")
        key = (r["type"], r["source"], r["target"])
        rel = relations.setdefault(key, {"type": r["type"], "source": r["source"],
                                         "target": r["target"], "evidence": []})
        if r["evidence"] not in rel["evidence"]:
            rel["evidence"].append(r["evidence"])
    _describe_regulations(entities, relations, meta.get("subject_code"))
    path = doc._.kg_source or ""
    return {
        "doc": os.path.basename(path), "path": path, "sha256": doc.user_data.get("kg_sha256") or None,
        "title": meta.get("title"), "subject_region": meta.get("subject_region"),
        "subject_code": meta.get("subject_code"), "publisher": meta.get("publisher"),
        "date": meta.get("date"), "year": meta.get("year"),
        "entities": list(entities.values()), "relations": list(relations.values()),
    }


def _describe_regulations(entities: dict[tuple[str, str], dict],
                          relations: dict[tuple[str, str, str], dict], subject_code: str | None) -> None:
    """Each regulation's kind, jurisdiction and status (``kinds.describe``), which its
    issuers in this report help to tell."""
    issuers: dict[str, list[tuple[str, str | None]]] = {}
    for r in relations.values():
        if r["type"] == "ISSUED":
            agency = entities.get(("Agency", r["source"]))      # (else a region issued it)
            code = agency.get("region_code") if agency else \
                entities.get(("Region", r["source"]), {}).get("code")
            issuers.setdefault(r["target"], []).append((r["source"], code))
    for (label, canonical), e in entities.items():
        if label == "Regulation":
            e.update(describe(canonical, issuers.get(canonical, []), subject_code))


class RecordMerge:
    """One report's record from the records of its sections, added as they are made
    (each with the offset where its section starts, and then let go): mentions and
    evidence shifted into the whole text, entities and relations found in several
    sections made one, the report's fields from the first."""

    def __init__(self) -> None:
        self.first: dict | None = None
        self.entities: dict[tuple[str, str], dict] = {}
        self.relations: dict[tuple[str, str, str], dict] = {}

    def add(self, offset: int, part: dict) -> None:
        if self.first is None:
            self.first = part
        for e in part["entities"]:
            kept = self.entities.setdefault((e["type"], e["canonical"]),
                                            dict(e, aliases=[], mentions=[]))
            kept["aliases"] += [a for a in e["aliases"] if a not in kept["aliases"]]
            kept["mentions"] += [dict(m, start=m["start"] + offset, end=m["end"] + offset)
                                 for m in e["mentions"]]
        for r in part["relations"]:
            kept = self.relations.setdefault((r["type"], r["source"], r["target"]),
                                             dict(r, evidence=[]))
            for ev in r["evidence"]:
                moved = dict(ev, start=ev["start"] + offset, end=ev["end"] + offset)
                if "mention" in ev:
                    moved["mention"] = [ev["mention"][0] + offset, ev["mention"][1] + offset]
                kept["evidence"].append(moved)

    def record(self) -> dict:
        record = dict(self.first or {})
        _describe_regulations(self.entities, self.relations, record.get("subject_code"))
        record["entities"] = list(self.entities.values())
        record["relations"] = list(self.relations.values())
        return record


def _source_type(rel: dict) -> str:
    if rel["type"] in ("CITES", "IMPLEMENTS"):
        return "Region"
    if rel["type"] == "ISSUED":
        return "Region" if rel.get("by_region") else "Agency"
    return "Agency" if "/" not in rel["source"] else "Region"


def records_document(records: list[dict]) -> dict:
    return {"schema_version": SCHEMA_VERSION, "documents": records}


def record_json(record: dict) -> bytes:
    """A record as compact JSON in UTF-8, by orjson: six times as fast as ``json.dumps``
    and no text to encode after it (README, "Performance")."""
    return orjson.dumps(record)


def records_json(records: Iterable[dict]) -> Iterator[bytes]:
    """``records_document`` as JSON, in pieces as the records come (a report of 50 MB
    gives a record of 100 MB of JSON: no need to hold all of it at once), one record a
    line: as readable in a pager as an indented dump, and as fast to write as compact."""
    head = record_json(records_document([]))[:-2]       # without "]}"
    sep = head + b"\n"
    for r in records:
        yield sep + record_json(r)
        sep = b",\n"
    yield b"\n]}\n" if sep == b",\n" else head + b"]}\n"
