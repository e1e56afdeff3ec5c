"""Regulation mentions: titles in 《》 (and a few strong kinds without), canonicalised.

Whether a title names a normative document is read from how it ends (…条例, …办法,
…实施方案 are; …日报, …一封信, …情况报告 are not), per ``regulation_grammar.json``.
Canonical titles use half-width brackets, ASCII hyphens between years, one space where
the title had white space, and the 中华人民共和国 prefix that national laws carry.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc

from .. import gazetteer
from .doc import add_mention, text_of
from .patterns import alternation, starting_with, words_regex

# 《…》 may hold a 〈…〉 title (湖北省实施〈中华人民共和国土地管理法〉办法); a lone 〈…〉 is a title too
_TITLE = re.compile(r"《((?:[^《》〈〉\n]|〈[^〈〉《》\n]*〉){1,100})》|〈([^《》〈〉\n]{1,100})〉")
_TRAILING_MARKS = re.compile(r"(?:[(（][^()（）]{1,14}[)）])+$")
_YEAR_DASH = re.compile(r"(?<=\d)\s*[—–－―~～-]+\s*(?=\d)")
NATION = "中华人民共和国"


@dataclass(frozen=True)
class RegulationGrammar:
    suffixes: tuple[str, ...]
    not_regulation: tuple[str, ...]
    back_references: frozenset[str]
    issue_verbs: tuple[str, ...]
    unbracketed: re.Pattern
    national_titles: dict[str, str]
    bare_titles: re.Pattern      # national titles found without 《》


@lru_cache(maxsize=1)
def grammar() -> RegulationGrammar:
    files = resources.files("kg.data")
    data = json.loads(files.joinpath("regulation_grammar.json").read_text("utf-8"))
    titles = {}
    for line in files.joinpath("national_titles.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            short, official = line.split("\t")
            titles[short] = official
    verbs = sorted(data["issue_verbs"], key=len, reverse=True)
    bare = words_regex(titles)
    kinds = "|".join(sorted(data["unbracketed_suffixes"], key=len, reverse=True))
    unbracketed = re.compile(starting_with(
        (v[0] for v in verbs),
        rf"(?:{alternation(verbs)})了?([\u4e00-\u9fff]{{2,16}}?(?:{kinds}))(?=[，,。；;、和及等\s])"))
    return RegulationGrammar(tuple(sorted(data["suffixes"], key=len, reverse=True)),
                             tuple(data["not_regulation"]), frozenset(data["back_references"]),
                             tuple(verbs), unbracketed, titles, bare)


def core_title(title: str) -> str:
    """The title without trailing marks such as (试行), (草案), (2023版)."""
    return _TRAILING_MARKS.sub("", title).strip()


def is_regulation(title: str, gr: RegulationGrammar | None = None) -> bool:
    gr = gr or grammar()
    core = core_title(title)
    if not core or re.search(r"[,，!！?？:：]", core):
        return False
    if core.endswith(gr.not_regulation) and not core.endswith(("方案", "办法")):
        return False
    return core.endswith(gr.suffixes)


def canonical_title(title: str, gr: RegulationGrammar | None = None) -> str:
    gr = gr or grammar()
    t = title.replace("（", "(").replace("）", ")").replace("〔", "[").replace("〕", "]")
    t = _YEAR_DASH.sub("-", t)
    t = re.sub(r"[\s\u3000\xa0]+", " ", unicodedata.normalize("NFC", t)).strip()
    core = core_title(t)
    if core in gr.national_titles:
        return gr.national_titles[core] + t[len(core):]
    if core.endswith(("法", "法典")) and not core.endswith(("办法", "方法", "做法", "想法", "说法")) \
            and not t.startswith((NATION, "国务院", "全国")) and not _starts_with_region(t):
        return NATION + t
    return t


def _starts_with_region(title: str) -> bool:
    hits = gazetteer.load().find(title[:12])
    return bool(hits) and hits[0].start == 0


@Language.factory("kg_regulations")
def make_regulations(nlp: Language, name: str):
    return RegulationRecognizer()


class RegulationRecognizer:
    def __init__(self) -> None:
        """Loads its data now, not on the first report: worker processes forked after
        the pipeline is built share it."""
        grammar()
        gazetteer.load()

    def __call__(self, doc: Doc) -> Doc:
        gr = grammar()
        text = text_of(doc)
        seen: list[str] = []                      # canonical titles in reading order
        for m in _TITLE.finditer(text):
            group = 1 if m.group(1) is not None else 2
            title = m.group(group).strip()
            if not title:
                continue
            start = m.start(group) + (len(m.group(group)) - len(m.group(group).lstrip()))
            if title in gr.back_references:
                target = next((c for c in reversed(seen) if core_title(c).endswith(title)), None)
                if target:
                    add_mention(doc, start, start + len(title), "Regulation", target)
                continue
            if not is_regulation(title, gr):
                continue
            canonical = canonical_title(title, gr)
            seen.append(canonical)
            add_mention(doc, start, start + len(title), "Regulation", canonical)
        bracketed = [(m.start(), m.end()) for m in _TITLE.finditer(text)]
        outside = [m for m in [*gr.unbracketed.finditer(text), *gr.bare_titles.finditer(text)]
                   if not any(s <= m.start() < e for s, e in bracketed)]
        for m in outside:
            group = 1 if m.re is gr.unbracketed else 0
            add_mention(doc, m.start(group), m.end(group), "Regulation",
                        canonical_title(m.group(group), gr))
        return doc
