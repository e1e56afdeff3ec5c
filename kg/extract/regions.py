"""Region mentions resolved to division codes and canonical paths.

A name can stand for several divisions (朝阳区 in Beijing and in Changchun, 城关镇 in
hundreds of counties); the candidate nearest the report's subject region, then the
regions the report names unambiguously, wins. Townships are only taken inside the
subject's prefecture, where the name is a place and not a coincidence.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .. import gazetteer, villages
from ..data import data_lines
from . import words
from .doc import add_mention, mentions, occurrences, report, text_of
from .numbers import in_a_number


def _stems_listed(longest: int) -> str:
    """Stems of two to ``longest`` characters joined by 、, then a list's close (等, a count)."""
    return rf"((?:[\u4e00-\u9fff]{{2,{longest}}}、)+[\u4e00-\u9fff]{{2,{longest}}}?)(?:等|和|及)?" \
           r"(?:\d+个|[两三四五六七八九十]个?)?"


# the Chinese characters right before a place (a list's item before its 、)
_CHINESE_TO_END = re.compile(r"[\u4e00-\u9fff]+$")
# 大同、晋中、忻州等市 / 阳泉、长治3个市 / 大同、朔州两市: stems listed before one shared
# level word, or two (云州、阳高等县区: each item takes the one its name has), or one with
# the kinds of its tier in brackets (沁水、陵川、高平等县（市、区）: 高平市 is a county-level city)
_LONGEST_ITEM = 4
_ENUMERATION = re.compile(_stems_listed(_LONGEST_ITEM)
                          + r"([市县区州盟旗]{1,2})(?:[（(]([市县区州盟旗](?:、?[市县区州盟旗])*)[）)])?")
# 莲塘、向塘、武阳等乡镇 / 蒋巷、冈上两镇: a county's townships by their stems, listed before
# a township's level word (the report's own county's: stems are looked up among its townships);
# a township's stem may be as long as a Mongolian or Uyghur name (哈日布日格德音乌拉, nine)
_LONGEST_TOWN_ITEM = 9
_TOWNS_LISTED = re.compile(_stems_listed(_LONGEST_TOWN_ITEM) + r"(乡镇|镇街|镇|乡|街道)")
# the kinds of township each such level word lists
_TOWN_KINDS = {"乡镇": ("乡", "镇"), "镇街": ("镇", "街道"), "镇": ("镇",), "乡": ("乡",), "街道": ("街道",)}

# what makes a city's stem far from home a place: other places listed with it, a list's
# close (等地, 等城市), a verb of going there
_LISTED_WITH = "、和及与"
_PLACES_AFTER = re.compile(r"等(?:地|城市|省市|市|地区)|两地|三地")
_GOES_TO = re.compile(r"赴|前往")
_LONGEST_STEM = 5           # longer than any city's stem (呼伦贝尔, the longest, has four)

# a village after its township (下蜀镇高庄村; a 嘎查, Inner Mongolia's village, after its 苏木
# or 镇); no name holds a determiner or a function word (周溪乡在各村设置…, 该镇全村, 所辖村)
_VILLAGE = re.compile(r"[^\W\d_a-zA-Z在各全每所本该我其的和与及对向把将为从到等个]{1,5}?(?:村|社区|嘎查)"
                      r"(?![\u4e00-\u9fff]{0,1}(?:民委员会|委会))")
_NOT_AFTER_TOWN = re.compile(r"(人民政府|政府|党委|党委会|纪委|人大|派出所|司法所|财政所|中心)")


@lru_cache(maxsize=1)
def _village_kinds() -> frozenset[str]:
    """Kinds of village, not names (kg/data/village_kinds.txt)."""
    return frozenset(data_lines("village_kinds.txt"))


@lru_cache(maxsize=1)
def person_titles() -> tuple[str, ...]:
    """Titles of office written before a person's name (kg/data/person_titles.txt)."""
    return tuple(data_lines("person_titles.txt"))


def _listed_beside(text: str, start: int, end: int) -> Iterator[tuple[int, bool]]:
    """Where a place listed right after or right before the one at ``start:end`` would
    start (True) or end (False): past the listing mark that joins them (上海、三亚)."""
    if text[end:end + 1] in _LISTED_WITH:
        yield end + 1, True
    if start and text[start - 1] in _LISTED_WITH:
        yield start - 1, False


def a_persons_name(text: str, start: int, end: int) -> bool:
    """主任吴青海, 吴青海同志: a region's short name after a surname (one character, no verb
    or function word: 赴青海, 在青海 name the place) that follows a title of office or comes
    before 同志 is a person's given name."""
    if start < 2 or not "\u4e00" <= text[start - 1] <= "\u9fff" or \
            words.tag(text[start - 1]) in (*words.FUNCTION_TAGS, "v", "i"):
        return False
    return text.endswith(person_titles(), 0, start - 1) or text.startswith("同志", end)


def a_kind_of_village(village: str) -> bool:
    """联系村, 农村, 民主法治示范村: a kind of village the township has, no one village."""
    stem = re.sub(r"(?:村|社区|嘎查)$", "", village)
    kinds = _village_kinds()
    return stem in kinds or any(stem.endswith(k) for k in kinds if len(k) >= 2)


def _listed(resolved: dict[tuple[int, int], str], listed: dict[tuple[int, int], str]) -> None:
    """The regions a list names, in ``resolved`` in place of what they overlap."""
    if listed:
        for span in [(s, e) for s, e in resolved if any(s < end and start < e for start, end in listed)]:
            del resolved[span]
        resolved.update(listed)


def _of_kinds(g, codes: tuple[str, ...], kinds: tuple[str, ...]) -> list[str]:
    """The townships of a stem, those of the list's kinds where it has several (章党镇 and
    章党街道 in a list of 乡镇); a stem of one township is its, whatever the list calls it."""
    return list(codes) if len(codes) < 2 else [c for c in codes if g.divisions[c].name.endswith(kinds)]


def enumerations(text: str, pattern: re.Pattern = _ENUMERATION,
                 longest: int = _LONGEST_ITEM) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a list of stems (``_ENUMERATION``, ``_TOWNS_LISTED``
    with ``_LONGEST_TOWN_ITEM``), tried once for each 、, from the first of the two to
    ``longest`` Chinese characters right before it: every start there has its first item
    end at that 、 and the same rest after it, so all of them match or none does, and
    finditer's is the leftmost. (A start before another mark was tried at the 、 before
    it.) The regex alone enters every character of a report, and tried from each start
    before a 、 it reads the whole list again each time."""
    pos = 0                             # a match or failed start ends before this
    i = text.find("、")
    while i >= 0:
        run = _CHINESE_TO_END.search(text, max(pos, i - longest), i)
        m = pattern.match(text, run.start()) if run and run.end() - run.start() >= 2 else None
        if m:
            yield m
            pos = m.end()
        else:
            pos = max(pos, i - 1)
        i = text.find("、", max(i + 1, pos))


@Language.factory("kg_regions")
def make_regions(nlp: Language, name: str):
    return RegionRecognizer()


class RegionRecognizer:
    def __init__(self) -> None:
        """Loads its data now, not on the first report: worker processes forked after
        the pipeline is built share it."""
        gazetteer.load()
        words.load()

    def __call__(self, doc: Doc) -> Doc:
        g = gazetteer.load()
        text = text_of(doc)
        subject = report(doc).get("subject_code")
        hits = g.find(text, g.home(subject) if subject else None)
        context = [subject] if subject else []
        context += [h.codes[0] for h in hits
                    if len(h.codes) == 1 and g.divisions[h.codes[0]].level < 4]
        context = list(dict.fromkeys(context))
        resolved: dict[tuple[int, int], str] = {}
        parents = {h.end: h.codes for h in hits}        # (a hit's end → its codes)
        for h in hits:
            code = self.resolve(g, h.codes, context, subject)
            if code and (a_persons_name(text, h.start, h.end) or in_a_number(text, h.start, h.end)):
                continue
            if code and g.is_stem(h.surface):
                if not words.whole_words(text, h.start, h.end) and not gazetteer.zone_kinds().match(text, h.end):
                    continue       # 长治久安 is no mention of 长治市 (found near home only); but
                                   # 苏州|工业园区, one word to jieba, is its city's zone
                if h.surface in gazetteer.word_stems() and not (
                        subject and (code == subject or g.is_within(subject, code))):
                    continue       # 平安建设 is no mention of 平安区 (a list may name it)
                if self.in_a_zones_name(g, text, h, code, parents):
                    continue       # 南京江北新区: the zone's own name after its city, no 江北区
            elif code and len(h.surface) == 2 and g.divisions[code].level > 1 \
                    and not h.surface.endswith("区") \
                    and g.divisions[code].parent not in parents.get(h.start, ()) and (
                    not self.near_subject(g, code, subject) or words.joins_word(text, h.start)):
                continue           # (a two-character 区 is only found after its city: 阳泉市郊区;
                                   # 保定市易县, 益阳市南县: a county right after its city is)
            elif code and (words.glued_pair(text, h.start, h.end) or (
                    len(h.surface) > 2 and words.begins_inside_word(text, h.start))):
                continue           # 菱湖北路, 中山西路: a street's words, no 湖北 or 山西; 滨海|城市,
                                   # 沿海|城市: a word the name's first character ends, no 海城市
            elif code and self.word_first(g, code, h.surface, subject, parents, h.start) and (
                    not words.whole_words(text, h.start, h.end)
                    or self.verb_then_level_word(g, text, h, subject)):
                continue           # 合作市场, 西南部县区, 比如县里: words, no 合作市, 南部县 or
                                   # 比如县; 会同县财政局 far from 会同县: 会同 (with) the county's own
            if code:
                resolved[(h.start, h.end)] = code
        # (a list's level word tells what its items are, over what a name alone read:
        # 抚顺、新宾等县 names 抚顺县, not the city; 在河南店、神头等乡镇 河南店镇, no 河南)
        _listed(resolved, self.enumerated(g, text, context, resolved))
        _listed(resolved, self.listed_cities(g, text, context, resolved))
        _listed(resolved, self.listed_towns(g, text, subject, resolved))
        if subject and g.divisions[subject].level == 4:
            self.own_short_name(g, text, subject, resolved)
        for (start, end), code in resolved.items():
            add_mention(doc, start, end, "Region", g.path(code), code)
        for (start, end), code in list(resolved.items()):
            if g.divisions[code].level == 4:
                m = _VILLAGE.match(text, end)
                if m and not _NOT_AFTER_TOWN.match(text, end) and not a_kind_of_village(m.group()):
                    path = f"{g.path(code)}/{m.group()}"
                    add_mention(doc, m.start(), m.end(), "Region", path, code)
        subject = report(doc).get("subject_code")
        if subject and g.divisions[subject].level == 4:
            self.own_villages(doc, g, text, subject)
        doc._.kg_regions = resolved
        return doc

    @staticmethod
    def own_short_name(g: gazetteer.Gazetteer, text: str, subject: str,
                       resolved: dict[tuple[int, int], str]) -> None:
        """The report's own township named with two characters (彭镇, 汤镇), which is sought
        nowhere else (a name, one character and the level word, is too often a word's end):
        in its own report, where the name opens a word and its level word ends one or opens
        the body after it (彭镇人民政府, 汤镇党委; not 城镇化)."""
        name = g.divisions[subject].name
        if len(name) != 2:
            return
        for start in occurrences(name, text):
            end = start + 2
            if not any(s < end and start < e for s, e in resolved) and words.starts_word(text, start) \
                    and (words.starts_word(text, end) or words.starts_word(text, end - 1)):
                resolved[(start, end)] = subject

    @staticmethod
    def own_villages(doc: Doc, g: gazetteer.Gazetteer, text: str, subject: str) -> None:
        """The villages and communities of the report's own township named alone
        (后郑寨村、西辛庄村被评为…; after their township they are found above, 庆祖镇后郑寨村):
        names of three characters or more, none a kind of village (示范村), as whole words
        and outside the regions found. (A county's page names its villages too, but
        seldom alone, and looking for its hundreds of names costs every county's report.)"""
        taken = [(r.start_char, r.end_char) for r in mentions(doc, "Region")]
        path = g.path(subject)
        for name in villages.of_township(subject):
            if len(name) < 3 or a_kind_of_village(name):
                continue
            for start in occurrences(name, text):
                end = start + len(name)
                if not any(s < end and start < e for s, e in taken) and words.whole_words(text, start, end):
                    add_mention(doc, start, end, "Region", f"{path}/{name}", subject)

    @staticmethod
    def in_a_zones_name(g: gazetteer.Gazetteer, text: str, h, code: str,
                        parents: dict[int, tuple[str, ...]]) -> bool:
        """A bare stem between a region and a zone's kind (南京江北新区): the zone's own name
        after the city that runs it, not a division of another city (重庆's 江北区); a division
        of that region is one (山西大同经开区: 大同 is 山西's)."""
        if not gazetteer.zone_kinds().match(text, h.end):
            return False
        before = parents.get(h.start) or next(
            (codes for k in (2, 3, 4) if (codes := g.city_stem_codes(text[max(h.start - k, 0):h.start]))), ())
        return bool(before) and not any(c == code or g.is_within(code, c) for c in before)

    @staticmethod
    def word_first(g: gazetteer.Gazetteer, code: str, surface: str, subject: str | None,
                   parents: dict[int, tuple[str, ...]], start: int) -> bool:
        """A county's full name opening with an everyday word (``gazetteer.word_counties``:
        合作市, 会同县), far from the report and not after its city or province: the word
        first, where the text cuts it so."""
        stem = g.stem(surface)
        return g.divisions[code].level == 3 and stem != surface and stem in gazetteer.word_counties() \
            and not RegionRecognizer.near_subject(g, code, subject) \
            and g.divisions[code].parent not in parents.get(start, ())

    @staticmethod
    def verb_then_level_word(g: gazetteer.Gazetteer, text: str, h, subject: str | None) -> bool:
        """会同县财政局 in a report from another province: 会同 (with), then the subject's own
        level word opening a department's name, not the county 会同县's department."""
        if not subject or not g.divisions[subject].name.endswith(h.surface[-1]):
            return False
        from .agencies import grammar as agency_grammar      # (agencies reads regions first)
        body = agency_grammar().body.match(text, h.end)
        return bool(body and body.group("stem"))

    @staticmethod
    def near_subject(g: gazetteer.Gazetteer, code: str, subject: str | None) -> bool:
        """Inside the subject's prefecture (or the subject inside it)."""
        if not subject:
            return False
        home = g.home(subject)
        return g.is_within(code, home) or g.is_within(subject, code)

    @staticmethod
    def resolve(g: gazetteer.Gazetteer, codes, context: list[str], subject: str | None) -> str | None:
        code = g.closest(codes, context)
        if code is None:
            return None
        if g.divisions[code].level == 4 and not RegionRecognizer.near_subject(g, code, subject):
            return None
        return code

    @staticmethod
    def listed_cities(g, text: str, context, resolved) -> dict[tuple[int, int], str]:
        """Cities far from the report named by their stems alone (三亚, 杭州), found only
        where the words around them make them places: listed with other places (在上海、
        三亚等地, 学习杭州、苏州经验的…等城市), or where someone goes (赴深圳考察); elsewhere
        a stem far from home may be a word (长治久安, 大同小异). Looked for at those places
        only, each stem that is a whole word there, a newly found one's list read on."""
        # (position, whether a stem starts or ends there)
        edges = [edge for s, e in resolved for edge in _listed_beside(text, s, e)]
        edges += [(m.start(), False) for m in _PLACES_AFTER.finditer(text)]
        edges += [(m.end(), True) for m in _GOES_TO.finditer(text)]
        out: dict[tuple[int, int], str] = {}
        while edges:
            pos, starts_there = edges.pop()
            for size in range(_LONGEST_STEM, 1, -1):
                start, end = (pos, pos + size) if starts_there else (pos - size, pos)
                codes = g.city_stem_codes(text[max(start, 0):end])
                if start < 0 or not codes or (start, end) in out \
                        or any(s < end and start < e for s, e in resolved) \
                        or not words.whole_words(text, start, end) \
                        or a_persons_name(text, start, end) or in_a_number(text, start, end):
                    continue
                code = g.closest(codes, context)
                if code:
                    out[(start, end)] = code
                    edges.extend(_listed_beside(text, start, end))
                break
        return out

    @staticmethod
    def listed_towns(g, text: str, subject: str | None, resolved) -> dict[tuple[int, int], str]:
        """The report's county's townships listed by their stems before one level word
        (在莲塘、向塘、武阳等乡镇开展试点): each a township of that county whose stem it is,
        of the list's kind where two share it (章党、碾盘等乡镇: 章党镇, not 章党街道); the
        first item may carry words before it."""
        county = g.county_of(subject) if subject else None
        if county is None or "、" not in text:
            return {}
        out: dict[tuple[int, int], str] = {}
        for m in enumerations(text, _TOWNS_LISTED, _LONGEST_TOWN_ITEM):
            stems = g.township_stem_codes(county)   # (made once a county, where a list asks)
            kinds = _TOWN_KINDS[m.group(2)]
            pos, found = m.start(1), {}
            for i, item in enumerate(m.group(1).split("、")):
                start, end = pos, pos + len(item)
                pos = end + 1
                cut, code = next(((k, cs[0]) for k in (range(len(item) - 1) if i == 0 else (0,))
                                  if len(cs := _of_kinds(g, stems.get(item[k:], ()), kinds)) == 1), (None, None))
                if cut is None:
                    found = {}
                    break       # (every item a township of the county, or none is one)
                found[(start + cut, end)] = code
            out.update(found)
        return out

    def enumerated(self, g, text: str, context, resolved) -> dict[tuple[int, int], str]:
        out = {}
        for m in enumerations(text):
            level_words = m.group(2) + (m.group(3) or "").replace("、", "")
            # (县（市、区）: the tier of counties, the cities in brackets theirs; 州（市）:
            # the prefectures')
            levels = (2, 3) if not m.group(3) or m.group(2)[0] == "市" else \
                (3,) if m.group(2)[0] in "县区旗" else (2,)
            pos = m.start(1)
            for i, item in enumerate(m.group(1).split("、")):
                start, end = pos, pos + len(item)
                pos = end + 1
                # the first item may carry words before it (如晋中、忻州等市): try its tails
                for cut in range(len(item) - 1) if i == 0 else (0,):
                    read = resolved.get((start + cut, end))       # (the item read alone)
                    if read is None and any(s <= start + cut < e for s, e in resolved):
                        break
                    codes = [c for word in level_words for c in g.by_name.get(item[cut:] + word, [])
                             if g.divisions[c].level in levels]
                    code = g.closest(codes, context) if codes else None
                    if code and code != read:
                        out[(start + cut, end)] = code
                    if code or read:
                        break
        return out
