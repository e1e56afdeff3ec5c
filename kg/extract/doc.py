"""What kg's components leave on a spaCy ``Doc``.

Mentions live in ``doc.spans["kg"]`` (a span group: they may overlap, a region inside
an agency name inside a regulation title), each with ``label_`` = entity type and
``kb_id_`` = canonical name; ``doc.ents`` holds the longest non-overlapping subset.
Report metadata and relations are ``Doc._`` extensions. A long report runs as several
docs (``kg.pipeline.extract_record``); the later ones carry ``user_data["kg_continued"]``
and the report's fields as the first found them, which components then leave alone.
"""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span, SpanGroup

MENTIONS = "kg"
TYPES = ("Region", "Agency", "Regulation", "Initiative")


def _kept(name: str) -> None:
    """``doc._.<name>``, its value kept under the key ``name`` in ``user_data``: kg's own code
    reads it there (``report``, ``raw_of``, ``regions_of``), without the cost of ``doc._``,
    which makes a new accessor object each time, dozens of times a report."""
    if not Doc.has_extension(name):
        Doc.set_extension(name, getter=lambda doc: doc.user_data.get(name),
                          setter=lambda doc, value: doc.user_data.__setitem__(name, value))


# the report's fields (title, date, subject …), its relations, its file, the page's text
# before its furniture was blanked, its resolved regions ((start, end) → code)
for _name in ("kg_report", "kg_relations", "kg_source", "kg_raw", "kg_regions"):
    _kept(_name)

# (written to open with one class of characters, as ``CLAUSE_END``: see ``kg.extract.patterns``)
_SENTENCE_END = re.compile(r"[。！？!?；;\n](?:(?<=\n)\n*|(?<!\n)[。！？!?；;]*[”’」』)]?)")


def text_of(doc: Doc) -> str:
    """The doc's text, kept by kg's tokenizer (else computed once): spaCy rebuilds
    ``doc.text`` from every token on each access, and with one token per character that
    dominates the run time."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def title_span(doc: Doc) -> tuple[int, int] | None:
    """Where the report's title stands in the text: one the page wrapped over lines, put
    under its body's letterhead or letter-spaced is found with white space between its
    characters."""
    return (title_spans(doc) or [None])[0]


def title_spans(doc: Doc) -> list[tuple[int, int]]:
    """Each place the title stands, the lines of its own first (the heading, before the
    page's <title> …报告_政务公开_某市人民政府; a page may head it again under a letterhead)."""
    found = doc.user_data.get("kg_title_spans")
    if found is None:
        title, text = report(doc).get("title") or "", text_of(doc)
        spans = spaced_occurrences("".join(title.split()), text)
        whole = [(s, e) for s, e in spans if not text[line_start(text, s):s].strip()
                 and not text[e:line_end(text, e)].strip()]
        found = doc.user_data["kg_title_spans"] = whole + [s for s in spans if s not in whole]
    return found


def occurrences(name: str, text: str) -> list[int]:
    """Where ``name`` starts in ``text``, not overlapping (as ``re.finditer(re.escape(name))``
    gives, without compiling a pattern for each report's names)."""
    out: list[int] = []
    pos = text.find(name) if name else -1
    while pos >= 0:
        out.append(pos)
        pos = text.find(name, pos + len(name))
    return out


def spaced_occurrences(name: str, text: str) -> list[tuple[int, int]]:
    """Where ``name`` stands in ``text`` with any white space between its characters (a
    title wrapped over lines or letter-spaced), leftmost first, not overlapping. Walked, not
    matched by a pattern made for it: a title is a new pattern in each report, and compiling
    one cost more than the walk."""
    out: list[tuple[int, int]] = []
    if not name:
        return out
    pos, first, size = 0, name[0], len(text)
    while (start := text.find(first, pos)) >= 0:
        i, j = 1, start + 1
        while i < len(name):
            while j < size and text[j].isspace():
                j += 1
            if j == size or text[j] != name[i]:
                break
            i, j = i + 1, j + 1
        if i == len(name):
            out.append((start, j))
            pos = j
        else:
            pos = start + 1
    return out


def line_start(text: str, pos: int) -> int:
    """Where the line holding ``pos`` starts: after its line break, or at the text's start."""
    return text.rfind("\n", 0, pos) + 1


def line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends: its line break, or the text's end."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def sentences(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of sentences (and of headings and list items, which end a line),
    without the white space around them: the range of a name kept from a blanked page
    header is the name, which the file holds at the same offsets."""
    out = doc.user_data.get("kg_sentences")
    if out is None:
        text, out, start = text_of(doc), [], 0
        ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        for end in ends + ([len(text)] if not ends or ends[-1] < len(text) else []):
            piece = text[start:end]
            stripped = piece.strip()
            if stripped:
                lead = len(piece) - len(piece.lstrip())
                out.append((start + lead, start + lead + len(stripped)))
            start = end
        doc.user_data["kg_sentences"] = out
    return out


def sentence_of(doc: Doc, pos: int) -> tuple[int, int]:
    """The sentence holding ``pos``; a position in the white space between two (a clause
    that starts at an indented line's first character) is the next one's."""
    sents = sentences(doc)
    starts = doc.user_data.get("kg_sentence_starts")
    if starts is None:
        starts = doc.user_data["kg_sentence_starts"] = [s for s, _ in sents]
    i = bisect.bisect_right(starts, pos) - 1
    if 0 <= i < len(sents) - 1 and pos >= sents[i][1]:
        i += 1
    return sents[max(i, 0)] if sents else (0, len(text_of(doc)))


def sentence_text(doc: Doc, start: int, end: int) -> str:
    """A sentence's text, made once per doc: the evidence of every relation in the
    sentence then shares one string (a record pickles and caches that much smaller)."""
    made = doc.user_data.setdefault("kg_sentence_texts", {})
    text = made.get(start)
    if text is None:
        text = made[start] = text_of(doc)[start:end].strip()
    return text


# (a comma between two titles lists them, as 、 does: 印发《A》，《B》和《C》; the pattern
# opens with the class of every mark it ends at, so that ``re`` skips the rest of the text
# fast, see ``kg.extract.patterns``, and then refuses that one comma by what stands around it)
CLAUSE_END = re.compile(r"[，,；;。：:！？!?\n](?!(?<=[》〉>＞][，,])[《〈<＜])")
# the marks no title holds (a line that has one is a sentence, not a title's rest)
CLAUSE_MARK = re.compile(r"[，,。；;：:]")


# the guidance from above a setting names (在市委的坚强领导下, 在省厅的关心和帮助下)
GUIDANCE = "领导|带领|指导|支持|关心|关怀|帮助|监督"

# what a paragraph opens with before its actor: 2023年，… / 2025年至今，… / 今年以来，… /
# 一是… / 在市委的领导下，… / 在…新征程上，… (two settings: 在县委的领导下，在县司法局的指导下，…;
# the second may drop its 在: 在市委、市政府的坚强领导下，省农业农村厅的正确指导下，…)
OPENING = re.compile(r"\s*(?:[一二三四五六七八九十]是)?(?:\d{4}\s?年(?:度|以来|至今)?|今年以来|一年来)?\s*[,，]?\s*"
                     r"(?:在[^，,。；]{2,40}?(?:下\s*[,，]?|[上中]\s*[,，])\s*){0,2}"
                     rf"(?:[^，,。；在]{{2,40}}?的[^，,。；]{{0,8}}?(?:{GUIDANCE})下\s*[,，]\s*)?")


# a first sentence about the year itself, before the one that names the actor
# (2025年，是《纲要》收官之年。大河乡坚持…)
_YEAR_FRAME = re.compile(r"\s*\d{4}\s?年度?\s*[,，]?\s*是[^。\n]{2,150}。")
# the addressee a page run onto one line leaves before the first paragraph (国务院: 2015年，…)
_ADDRESSEE = re.compile(r"\s*[\u4e00-\u9fff、]{2,30}?[委府会院部厅局办组][:：]\s*(?=\d{4}\s?年|在)")


# the sentence that sends the report up, at what it reports on (现将2023年度枣庄市教育局法治
# 政府建设工作情况报告如下: 枣庄市教育局; 现将郑东新区2025年度…汇报如下: 郑东新区)
_REPORTED_ON = re.compile(r"现将(?:\d{4}\s*年度?)?(?=[^。；;\n]{2,60}?(?:报告|汇报|总结)(?:如下|予以公开))")
_REPORTED_ON_REACH = 3000


def reported_on(text: str) -> int | None:
    """Where the sentence sending the report up (现将…情况报告如下) names what it reports
    on, in the page's first ``_REPORTED_ON_REACH`` characters (not relations'
    ``handed_over``: a notice handing a document to its addressees)."""
    m = _REPORTED_ON.search(text, 0, _REPORTED_ON_REACH)
    return m.end() if m else None


# a page's header: the short lines before its body's first paragraph, however many blank
# lines a web page's markup put between them
HEADER_LINES = 20
PARAGRAPH_CHARS = 90


def header_lines(text: str, and_first_paragraph: bool = False) -> list[tuple[int, str]]:
    """(offset, line) of the page header's non-blank lines: those before the first line
    of ``PARAGRAPH_CHARS`` or more, at most ``HEADER_LINES`` of them; and that line, if
    asked (a page that lost its line breaks holds its header fields in it)."""
    out: list[tuple[int, str]] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        if not line.strip():
            continue
        if len(line.strip()) > PARAGRAPH_CHARS or len(out) == HEADER_LINES:
            if and_first_paragraph and len(out) < HEADER_LINES:
                out.append((m.start(), line))
            break
        out.append((m.start(), line))
    return out


# a setting of guidance from above (在长沙市委、市政府的坚强领导下，)
SETTING = re.compile(rf"在[^，,。；;\n]{{2,40}}?(?:{GUIDANCE})下\s*[，,]")
# a paragraph's opening: its year, then a comma (2023年，…), or a setting: a line so opened is
# a paragraph, however short an excerpt cut it (and no title opens so)
PARAGRAPH_OPENING = re.compile(rf"\s*(?:\d{{4}}\s*年(?:度|以来)?\s*[，,]|{SETTING.pattern})")


def _paragraph(line: str) -> bool:
    """A line of the body: 50 characters or more, or 20 with a paragraph's opening; no row
    of the page's info table (| 成文日期 | …, 索 引 号: | … | 公开目录: | …)."""
    line = line.strip()
    return (len(line) >= 50 or (len(line) >= 20 and bool(PARAGRAPH_OPENING.match(line)))) \
        and not line.startswith("|") and line.count("|") < 2


def opening(text: str) -> int | None:
    """Where the actor of the report's first paragraph (``_paragraph``) is named: after
    its year and setting (2023年，市市场监管局在…下… → 市), and after a sentence that says
    what the year was (2024年是…之年。西兴街道坚持… → 西)."""
    first = next((m for m in re.finditer(r"[^\n]+", text) if _paragraph(m.group())), None)
    if first is None:
        return None
    addressed = _ADDRESSEE.match(text, first.start(), first.end())
    start = addressed.end() if addressed else first.start()
    framed = _YEAR_FRAME.match(text, start, first.end())
    return OPENING.match(text, framed.end() if framed else start).end()


def clause_start(doc: Doc, pos: int) -> int:
    """Where the clause holding ``pos`` starts (after the last comma, colon, full stop …)."""
    ends = doc.user_data.get("kg_clause_ends")
    if ends is None:
        ends = doc.user_data["kg_clause_ends"] = [m.end() for m in
                                                  CLAUSE_END.finditer(text_of(doc))]
    i = bisect.bisect_right(ends, pos) - 1
    return ends[i] if i >= 0 else 0


class _Mentions:
    """The mentions of a doc at hand, kept in its ``user_data``: the span group (each
    lookup through ``doc.spans`` goes through its Python mapping), the spans as Python
    objects (iterating a SpanGroup builds every Span anew), those of each label in the
    order added (components ask for one label many times a report), and whether the doc
    has a token per character. One object, so that adding a mention looks it up once."""

    __slots__ = ("group", "spans", "by_label", "char_tokens")

    def __init__(self, doc: Doc) -> None:
        if MENTIONS not in doc.spans:
            doc.spans[MENTIONS] = []
        self.group: SpanGroup = doc.spans[MENTIONS]
        self.spans: list[Span] = list(self.group)
        self.by_label: dict[str, list[Span]] = {}
        for span in self.spans:
            self.by_label.setdefault(span.label_, []).append(span)
        # with kg's tokenizer character offsets are token indices, and a span needs no
        # alignment (``char_span`` is the general way, for any other tokenizer)
        self.char_tokens = len(doc) == len(text_of(doc))


def _mentions(doc: Doc) -> _Mentions:
    found = doc.user_data.get("kg_mention_store")
    if found is None:
        found = doc.user_data["kg_mention_store"] = _Mentions(doc)
    return found


def add_mention(doc: Doc, start: int, end: int, label: str, canonical: str,
                code: str = "") -> Span | None:
    """Add a typed, canonical mention by character offsets."""
    store = _mentions(doc)
    if store.char_tokens:
        if not 0 <= start < end <= len(doc):
            return None
        span = Span(doc, start, end, label=label, kb_id=canonical, span_id=code)
    else:
        span = doc.char_span(start, end, label=label, kb_id=canonical, span_id=code,
                             alignment_mode="expand")
        if span is None:
            return None
    store.group.append(span)
    store.spans.append(span)
    store.by_label.setdefault(label, []).append(span)
    return span


def rename(doc: Doc, label: str, renamed: dict[str, str]) -> None:
    """Give the ``label`` mentions whose canonical name is a key of ``renamed`` that value
    instead (a span's kb_id is fixed once made: the spans are made again in place)."""
    spans = [Span(doc, s.start, s.end, label=s.label, kb_id=renamed[s.kb_id_], span_id=s.id)
             if s.label_ == label and s.kb_id_ in renamed else s for s in _mentions(doc).spans]
    doc.spans[MENTIONS] = spans
    doc.user_data.pop("kg_mention_store", None)


def mentions(doc: Doc, label: str | None = None) -> list[Span]:
    """A new list each call: a caller may add mentions while it goes through these."""
    store = _mentions(doc)
    return list(store.spans if label is None else store.by_label.get(label, ()))


def region_ends(doc: Doc) -> dict[int, int]:
    """Each region mention's start → its end (the regions component's ``kg_regions``)."""
    return {start: end for start, end in regions_of(doc)}


def regions_ending_at(doc: Doc) -> dict[int, tuple[int, str]]:
    """Each region mention's end → (its start, its code): the region a name after it opens with."""
    return {end: (start, code) for (start, end), code in regions_of(doc).items()}


def raw_of(doc: Doc) -> str:
    """The page's text before its furniture was blanked (its header's fields), else its text."""
    return doc.user_data.get("kg_raw") or text_of(doc)


def regions_of(doc: Doc) -> dict[tuple[int, int], str]:
    """The resolved regions: (start, end) → code."""
    return doc.user_data.get("kg_regions") or {}


def report(doc: Doc) -> dict:
    found = doc.user_data.get("kg_report")
    if found is None:
        found = doc.user_data["kg_report"] = {}
    return found


class Cover:
    """Character ranges, asked many times whether a range lies inside one of them: in log
    time (sorted starts and the furthest end reached so far), where a scan of every range
    per question makes a long report quadratic."""

    def __init__(self, ranges) -> None:
        ordered = sorted((s, e) for s, e, *_ in ranges)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []
        furthest = -1
        for _, e in ordered:
            furthest = max(furthest, e)
            self.reach.append(furthest)

    def holds(self, start: int, end: int) -> bool:
        """Whether one range runs from ``start`` or before to ``end`` or after."""
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and self.reach[i] >= end


class SpanIndex:
    """Spans by start and by end, for the same questions asked of every mention."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans, key=lambda s: s.start_char)
        self.starts = [s.start_char for s in self.spans]
        self.by_end: dict[int, list[int]] = {}
        for i, s in enumerate(self.spans):
            self.by_end.setdefault(s.end_char, []).append(i)

    def starting_in(self, lo: int, hi: int) -> list[Span]:
        """Spans starting at ``lo`` or after and before ``hi``, by start."""
        return self.spans[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]

    def ending_at(self, *ends: int) -> list[Span]:
        """Spans ending at any of ``ends``, by start."""
        return [self.spans[i] for i in sorted(i for e in ends for i in self.by_end.get(e, ()))]
