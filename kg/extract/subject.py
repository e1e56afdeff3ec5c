"""The region a report is about (``subject_region``): the one its title or signature
names, the one its opening speaks as (我县, 全市, 县委、县政府 in a county's report), a
township's county found by the page's other names and villages, a development zone's city;
and whether a report is a zone's own (``zones_own``).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from .. import gazetteer, villages
from . import words
from .agencies import BRANCH, branch_district, cities, grammar as agency_grammar, national_unit
from .dates import TITLE_YEAR
from .doc import CLAUSE_MARK, Cover, occurrences, opening, reported_on
from .numbers import NUMBER, grammar as number_grammar

# a township speaking of itself: 全镇, 我乡, 镇党委, 街道党工委 (not 乡镇党委, 各镇)
_TOWNSHIP_DEIXIS = re.compile(r"[全我本](?:镇|乡|街道)")
_TOWNSHIP_BODIES = re.compile(r"(?<![乡各])(?:镇|乡|街道)(?:党委|党工委|人民政府|政府|办事处)")
# a city speaking of itself (not 各市, 市县)
_CITY_DEIXIS = re.compile(r"[全我本]市|(?<![各省县])市(?:委|政府|人民政府)")
# a bureau by its level word alone (市司法局, 区市场监管局)
_BUREAU = r"[\u4e00-\u9fff]{2,6}?局"
# a page speaking of itself as a division of a kind, or of its own bodies by their level
# alone (在区委、区政府的领导下; 县市场监管局 at a clause's start); 全市 too, not 全区: an
# autonomous region's as well, and a city's report says it of a district
_OWN_DIVISION = re.compile(r"[我本](?P<kind>区|县|旗)|[全我本]市"
                           rf"|(?:^|(?<=[在、，,。；和及与由]))(?P<body>区|县|旗)(?:委|政府|人民政府|{_BUREAU})")
# (鹤龙街: a 街道 as Guangzhou writes it, see gazetteer; not 人民街's 街 in 人民街街道)
_TOWNSHIP_END = re.compile(r"镇|乡|街道|街(?!街?道)|苏木|地区")
# 法治 before a place's stem: the rule-of-law programme named after it (法治始兴建设), or
# the place its modernisation makes anew (现代化新衡山建设)
_RULE_OF_LAW_PLACE = re.compile(r"法治|现代化新")
# a page speaking of itself as a city or a county (我市, 全县, 本区), or of its leaders as
# a county's (在县委、县政府的正确领导下)
_SELF_BELOW = re.compile(r"[我本]([市县区旗])|全([市县])|在([市县区旗])委[、和]?\3?(?:人民)?政府")
# a page speaking as a county or district: 全县, 我区, 县委, 区政府 (not 各县, 市县)
_COUNTY_DEIXIS = re.compile(r"[全我本]([县区旗])|(?<![各省市])([县区旗])(?:委|政府|人民政府)")
# a page speaking as a province: 全省, 我省, 省政府 (not 各省, 市县)
_PROVINCE_DEIXIS = re.compile(r"[全我本]省|(?<![各市县])省(?:委|政府|人民政府)")
# a page speaking as a prefecture: 全市, 我州, 市委, 州政府, 市司法局 (not 各市, 省市, 县市;
# 旗市场监管局, a banner's); without 市, as a prefecture no county-level city can be (州委,
# 盟司法局, 行署)
_PREFECTURE_DEIXIS = re.compile(rf"[全我本][市州盟]|(?<![各省县区旗])[市州盟](?:委|党委|政府|人民政府|{_BUREAU})")
_PREFECTURE_NOT_CITY = re.compile(rf"[全我本][州盟]|(?<![各省县区])[州盟](?:委|党委|政府|人民政府|{_BUREAU})|行署")
# the bodies of a province by its kind (省委、省政府; 自治区党委、自治区人民政府)
_PROVINCE_BODIES = re.compile(r"(?<![各市县区])(省|自治区)(?:党?委|政府|人民政府)")
# the bodies of the division above a township, by its kind alone (区委、区政府:)
_SUPERIOR_BODIES = re.compile(r"(?<![各省市县区旗社治])([区县旗市])(?:委|政府|人民政府)")
# a village after its township in a path written out (石楼镇大岭村)
_VILLAGE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:村|社区)(?=[\u4e00-\u9fff])")
# a region that opens the first paragraph carrying on its own work (2024年，南岸区坚持…,
# 始终…, 深入…): the report's author speaking, as its body would (not 平城区被确定为…)
_CARRYING_ON = re.compile(r"坚持|始终|深入|全面|认真|紧紧|紧扣|牢牢|聚焦|持续|扎实|积极")
# an info table's 索引号 opening with a credit code or a division code (see indexed_division)
# (or the number alone on its line, where a page copied the table's values without labels:
# 11370105MB279780XD/2023-6537798)
_INDEX_NUMBER = re.compile(r"索\s*引\s*号\s*[]】]?\s*[|｜:：]?\s*(?:11(\d{6})[0-9A-Z]{10}|(\d{6})(?=[/-]))"
                           r"|^\s*11(\d{6})[0-9A-Z]{10}(?=/\d{4}-)", re.M)
# a region one goes to (到永川区学习, 赴浙江考察) is not the report's own
_TRAVEL = ("到", "赴", "前往")
# nor where its office sits (请与市人社局法规处联系(地址:天津市和平区建设路18号))
_ADDRESS = re.compile(r"(?:地址|住所)\s*[:：]?\s*[^;；)）\n，,。]*")
# what a township's name follows in a title: its superior's name or level word (濮阳县庆祖镇,
# 濮阳庆祖镇, 长阳土家族资丘镇), 关于, a year (2023年庆祖镇…), the body before its own
# (人民政府广安门内街道办事处, 中共庆祖镇委员会), a list's mark, no Chinese character; any
# other is the name's own (银杏大街街道, a street the tables do not hold, names no 大街街道)
_TITLE_TOWNSHIP_AFTER = set("省市县区旗州盟族于年度和及与府委共")


def _opens_in_title(g: gazetteer.Gazetteer, title: str, start: int) -> bool:
    """A township's name can start at ``start`` of a title (``_TITLE_TOWNSHIP_AFTER``)."""
    before = title[start - 1:start]
    return not ("\u4e00" <= before <= "\u9fff") or before in _TITLE_TOWNSHIP_AFTER \
        or any(g.is_stem(title[start - k:start]) for k in range(2, min(start, 7) + 1)) \
        or any(h.end == start for h in g.find(title))


def townships(g: gazetteer.Gazetteer, text: str, within: str | None,
              superiors: frozenset[str] = frozenset(), in_title: bool = False,
              page: str = "") -> Counter:
    """Township codes named in ``text``: inside ``within`` when given, else only names
    that one township in the country bears (城关镇 is in hundreds of counties); of several,
    the one under a division of the kinds the page names its superiors by (区委、区政府: of
    the three 东庄镇, the one in a 区), or the one whose villages the ``page`` names
    (``by_villages``); in a title, only names that start where a title's township can
    (``_opens_in_title``)."""
    spans: list[tuple[int, int, list[str]]] = []      # each name's, and its townships
    reach = g.township_reach
    for m in _TOWNSHIP_END.finditer(text):
        # (an ethnic township's name runs long: 凤山彝族蒙古族乡; no township ends in 城乡)
        longest = reach.get(text[m.start() - 1:m.start()] + m.group(), 0) if m.start() else 0
        for size in range(longest, 0, -1):
            name = text[max(m.start() - size, 0):m.end()]
            named = [c for c in g.by_name.get(name, ()) if g.divisions[c].level == 4]
            codes = named
            if within:
                codes = [c for c in codes if g.is_within(c, within)]
            if len(codes) > 1 and superiors:
                under = [c for c in codes if g.divisions[g.divisions[c].parent].name[-1] in superiors]
                codes = under or codes
            if len(codes) > 1 and page:
                codes = by_villages(codes, page) or codes
            if named:
                spans.append((m.end() - len(name), m.end(), codes))
                break           # (土城子乡, two banners' towns, names neither 城子乡 inside it)
    # (a name inside a longer one is none: 夏镇街道 names no 夏镇, 烧锅镇乡 no 烧锅镇)
    kept = [codes for start, end, codes in spans if codes and not any(
        s <= start and end <= e and (s, e) != (start, end) for s, e, _ in spans)
        and (not in_title or _opens_in_title(g, text, start))]
    # a name several townships bear counts for the one of them the page also names by a name
    # that is its alone (王河镇 of three, where the info table's 发布机构 gives its old 王河乡)
    alone = {codes[0] for codes in kept if len(codes) == 1}
    return Counter(codes[0] if len(codes) == 1 else within_alone[0] for codes in kept
                   if len(codes) == 1 or len(within_alone := [c for c in codes if c in alone]) == 1)


def by_villages(codes: list[str], page: str) -> list[str]:
    """Of the townships a name stands for, the one whose villages the page names, two of
    them at least (三都镇 of six counties, where 三江口村 and 乌祥村 are 建德's): a village's
    name alone is often several townships' (三都村, 红旗村); [] where none or several fit."""
    fit = [c for c in codes
           if sum(1 for v in set(villages.of_township(c)) if len(v) >= 3 and v in page) >= 2]
    return fit if len(fit) == 1 else []


def township_subject(g: gazetteer.Gazetteer, title: str, body: str, region: str | None,
                     title_named: bool) -> str | None:
    """The township a report is about: named in its title, or (with no region in the
    title) the township its opening names most while speaking of itself: once with
    全镇/我乡 or as the first paragraph's actor (2025年，下蜀镇坚持…), twice with
    镇党委/镇政府 alone (a county report names its towns' bodies)."""
    first = body[:3000]
    # (only a township placed in no region, or in a province alone, needs them)
    superiors = frozenset(_SUPERIOR_BODIES.findall(first)) \
        if region is None or g.divisions[region].level == 1 else frozenset()
    in_title = townships(g, title, region, superiors, in_title=True, page=body)
    if in_title:
        return in_title.most_common(1)[0][0]
    if title_named:
        return None
    # (a page naming no region in full may name its city by its stem: 洪梅镇 of the two is
    # 东莞's where the page builds 法治东莞)
    region = region or city_by_stem(g, first, speaking=False)
    actor = _opening_township(g, body, region)
    if actor:
        return actor
    needed = 1 if _TOWNSHIP_DEIXIS.search(first) else \
        2 if _TOWNSHIP_BODIES.search(first) or region is None else 0
    named = townships(g, first, region, superiors, page=body).most_common(1)
    if needed and named and named[0][1] >= needed:
        return named[0][0]
    return rule_of_law_township(g, first, region)


def rule_of_law_township(g: gazetteer.Gazetteer, first: str, within: str | None) -> str | None:
    """A township's page that speaks as one (我乡, 全镇) and names itself only in its
    rule-of-law programme (法治舒桥建设, as rule_of_law_county reads 法治始兴建设): the one
    township of that name and kind (inside ``within`` when known)."""
    kinds = {m.group()[1:] for m in _TOWNSHIP_DEIXIS.finditer(first)}
    found = set()
    for m in _RULE_OF_LAW_PLACE.finditer(first) if kinds else ():
        for size in (3, 2):
            if first.startswith("建设", m.end() + size):
                stem = first[m.end():m.end() + size]
                found.update(c for k in kinds for c in g.by_name.get(stem + k, ())
                             if g.divisions[c].level == 4 and (within is None or g.is_within(c, within)))
    return found.pop() if len(found) == 1 else None


def _opening_township(g: gazetteer.Gazetteer, body: str, region: str | None) -> str | None:
    """The township the first paragraph opens with as its actor, if its name is one
    township's (inside ``region`` when given, or the county whose rule-of-law
    programme the opening names)."""
    pos = opening(body)
    while pos is not None and region and (hit := g.leading(body[pos:pos + 12])) \
            and any(c == region or g.is_within(region, c) for c in hit.codes):
        pos += hit.end          # 广州市番禺区石楼镇…: the path to it written out first
    if pos is None:
        return None
    # (the longest township's name that opens it: a level word may stand inside one,
    # 富镇镇, 镇罗营镇, 江西街乡, which names no 江西街道)
    codes = next((codes for m in reversed(list(_TOWNSHIP_END.finditer(body, pos, pos + g.longest_township)))
                  if (codes := [c for c in g.by_name.get(body[pos:m.end()], ()) if g.divisions[c].level == 4
                                and (region is None or g.is_within(c, region))])), [])
    if len(codes) > 1:          # (凤凰山街道 of five counties: the one 创建法治云和 names)
        counties = rule_of_law_counties(g, body[:3000])
        codes = [c for c in codes if g.divisions[c].parent in counties]
    return codes[0] if len(codes) == 1 else None


def subject_region(title: str, body: str, signature: str = "", raw: str = "") -> str | None:
    """Code of the region the report is about: the most specific region in the title,
    else in the signature (the lines above the date), else the region named most often
    in the opening of the body; a township when the report is a township's. ``raw`` is
    the page before its furniture was blanked (its info table's 索引号)."""
    g = gazetteer.load()
    code, below = _county_or_above(g, title, body, signature, raw or body)
    title_named = any(g.divisions[h.codes[0]].level < 4 for h in named_regions(g, title))
    # (a province the page names most while speaking as one of its counties still places
    # the township it speaks of: 黄村镇在县委、县政府的领导下 in a 广东 page)
    return township_subject(g, title, body, code, title_named) or (None if below else code)


def _county_or_above(g: gazetteer.Gazetteer, title: str, body: str, signature: str,
                     raw: str) -> tuple[str | None, bool]:
    """The region and whether the page speaks as one below it, which it never names
    (``speaks_below``): then the region places a township the page names, and is no
    subject itself."""
    counted: list[Counter] = []

    def body_codes() -> Counter:                # only read when the title is not enough
        if not counted:
            first = body[:3000]
            addresses = Cover([m.span() for m in _ADDRESS.finditer(first)])
            hits = [h for h in named_regions(g, first) if not first.endswith(_TRAVEL, 0, h.start)
                    and not addresses.holds(h.start, h.end)]
            where = {codes: placed(g, first, codes) for codes in {h.codes for h in hits}}
            counted.append(Counter(c for h in hits if (c := where[h.codes])
                                   and g.divisions[c].level < 4))
        return counted[0]

    hits = [h for h in named_regions(g, title) if g.divisions[h.codes[0]].level < 4] or \
        [h for h in named_regions(g, signature) if g.divisions[h.codes[0]].level < 4]
    # (before the body's count: a zone's report names other places, in titles it studies, more often)
    zone = zone_city(g, title) or unit_region(g, title, lambda: [c for c, _ in body_codes().most_common(5)])
    if hits:
        ranked = sorted(hits, key=lambda h: -min(g.divisions[c].level for c in h.codes))
        for h in ranked:
            code = g.closest(h.codes, [c for c, _ in body_codes().most_common(5)]
                             + indexed_division(g, raw)) or under_province_kind(g, h.codes, body) \
                if len(h.codes) > 1 else h.codes[0]
            if code:
                # (河北唐山芦台经济开发区: the province named, the zone's city inside it)
                if zone and zone != code and g.is_within(zone, code):
                    return zone, False
                # (宿迁市自然资源和规划局宿城分局: the branch's district, by its stem)
                dept = agency_grammar().body.match(title, h.end)
                return (dept and _branch(g, title, dept.end(), code)) or code, False
    if zone:
        return zone, False
    if national_report(g, title, body):
        return None, False
    code, below = _from_body(g, body, raw, body_codes)
    named = {c for h in hits for c in h.codes}
    if code and named and not any(c == code or g.is_within(code, c) for c in named):
        # the title's name two divisions share (朝阳区: 北京's and 长春's), which nothing
        # placed: the body's region holds one of them, or the page is none of its own
        # (a page cut before it names 北京, whose 新时代朝阳发展 is no 朝阳市)
        inside = [c for c in named if g.is_within(c, code)]
        return (inside[0], False) if len(inside) == 1 else (None, False)
    return code, below


def _from_body(g: gazetteer.Gazetteer, body: str, raw: str, body_codes) -> tuple[str | None, bool]:
    """``_county_or_above`` where the title places no region: the body's regions, how it
    speaks of itself, its opening, its stems, its index number."""
    if body_codes():
        province = opened_by_province(g, body, body_codes())
        if province:
            return province, False
        opener = opening_region(g, body)
        best = narrowest(g, body_codes(), *opener)
        own = own_division(g, body[:3000], body_codes(), best) \
            or indexed_below(g, body[:3000], raw, best)
        if not own and not opener[0]:
            own = speaks_from_above(g, body[:3000], body_codes(), best)
        return own or best, not own and speaks_below(g, body[:3000], best)
    return opening_region(g, body)[0] or city_by_stem(g, body[:3000]) \
        or addressed(g, body[:3000]) or visited_province(g, body[:3000]) or numbered_province(g, body[:3000]) \
        or next(iter(indexed_division(g, raw)), None) or rule_of_law_county(g, body[:3000]), False


# the levels a division spoken of by its kind may be (a 市: a municipality, a city, a
# county-level city)
_ADDRESSED_LEVELS = {"省": (1,), "市": (1, 2, 3), "州": (2,), "盟": (2,), "县": (3,), "区": (3,), "旗": (3,)}


def addressed(g: gazetteer.Gazetteer, first: str) -> str | None:
    """Where a page names no place but in its office's address (请与市人社局法规处联系(地址:
    天津市和平区建设路18号)), the division of the one kind it speaks as (市人社局, 市委: a 市)
    that the address names: the office sits in its own city or county, and an address runs
    down to the street (和平区 there is only where the building stands)."""
    hits = named_regions(g, first)
    kinds = {kind_spoken(said) for pattern in (_PROVINCE_DEIXIS, _PREFECTURE_DEIXIS, _COUNTY_DEIXIS)
             for said in levels_spoken(pattern, first, hits)}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    addresses = Cover([m.span() for m in _ADDRESS.finditer(first)])
    found = {c for h in hits if addresses.holds(h.start, h.end)
             and (c := placed(g, first, h.codes)) and g.divisions[c].name.endswith(kind)
             and g.divisions[c].level in _ADDRESSED_LEVELS[kind]}
    return found.pop() if len(found) == 1 else None


def national_report(g: gazetteer.Gazetteer, title: str, body: str) -> bool:
    """A national body's own report, about no region: its title opens with the body
    (司法部2023年法治政府建设年度报告), or, where the page lost its title, its first
    paragraph does (2022年，司法部坚持…); the regions it names are the ones it worked with.
    Not a local bureau named after its administration (国家税务总局湖南省税务局)."""
    text, pos = (title.strip(), 0) if title.strip() else (body, opening(body))
    m = agency_grammar().national.match(text, pos) if pos is not None else None
    return bool(m) and not g.leading(text[m.end():])


def under_province_kind(g: gazetteer.Gazetteer, codes: tuple[str, ...], body: str) -> str | None:
    """Of the divisions a name may be, the one under the kind of province whose bodies
    the page names (城关区 of 拉萨 and of 兰州: 自治区党委 says 西藏's, 省委 甘肃's)."""
    kinds = set(_PROVINCE_BODIES.findall(body[:3000]))
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    inside = [c for c in codes if g.lineage(c)[0].name.endswith(kind)]
    return inside[0] if len(inside) == 1 else None


def indexed_division(g: gazetteer.Gazetteer, raw: str) -> list[str]:
    """The division a disclosure page's 索引号 names: it opens with the publishing body's
    unified social credit code (GB 32100: 11 for an organ of state, then its division's
    six-digit code: 11370812004322138J is 兖州区's) or with the division code itself
    (370402/2022-00029: 枣庄市市中区). A name several divisions bear is the one it names;
    a page that names no other region is that division's (a township's page: its county's)."""
    m = _INDEX_NUMBER.search(raw, 0, 3000)
    if m is None:
        return []
    code = m.group(1) or m.group(2) or m.group(3)
    for size in (6, 4, 2):              # (counties' codes have six digits, cities' four)
        if code[:size] in g.divisions:
            return [code[:size]]
    return []


def placed(g: gazetteer.Gazetteer, text: str, codes: tuple[str, ...]) -> str | None:
    """The division a name stands for: its only one, or of several the only one that a
    township ``text`` names lies in (城中区 and its 人民街街道: 西宁's, not 柳州's)."""
    if len(codes) == 1:
        return codes[0]
    inside = [c for c in codes if g.divisions[c].level < 4 and townships(g, text, c)]
    return inside[0] if len(inside) == 1 else None


# (a page's opening, its first 3,000 characters, is asked about by several rules)
@lru_cache(maxsize=32)
def named_regions(g: gazetteer.Gazetteer, text: str, home: str | None = None) -> tuple[gazetteer.Hit, ...]:
    """The regions ``text`` names (with ``home``, the townships known near it too), less a
    two-character name glued to the word before it (示范县 is no mention of 范县:
    ``words.glued_pair``)."""
    return tuple(h for h in g.find(text, home) if not words.glued_pair(text, h.start, h.end))


@lru_cache(maxsize=1)
def _visit() -> tuple[re.Pattern, dict[str, str]]:
    """The leadership's visit to a province by its short name (总书记历次来陕考察), and which
    province each short name is."""
    short = gazetteer.province_short_names()
    return re.compile(rf"总书记[^，,。；]{{0,6}}?(?:来|到|在)({'|'.join(short)})(?:考察|视察|调研)"), short


def speaks_as_province(first: str) -> bool:
    """The page speaks as a province (省政府, 全省) and not as a city or a county (市委, 我县):
    a province's page that names no region of its own."""
    return bool(_PROVINCE_DEIXIS.search(first)) and not (_OWN_DIVISION.search(first) or _CITY_DEIXIS.search(first))


def visited_province(g: gazetteer.Gazetteer, first: str) -> str | None:
    """A page that names no region but speaks as a province (省政府, 全省; not as a city or
    county: 市委, 我县) and tells of the leadership's visit to a province by its short name
    (习近平总书记历次来陕考察重要讲话): that province, the one visited being the page's own."""
    if not speaks_as_province(first):
        return None
    pattern, short = _visit()
    m = pattern.search(first)
    codes = g.by_name.get(short[m.group(1)], []) if m else []
    return codes[0] if len(codes) == 1 else None


_NUMBERED = re.compile(NUMBER)


def numbered_province(g: gazetteer.Gazetteer, first: str) -> str | None:
    """A page that names no region but speaks as a province (我省, 全省; not as a city or a
    county) and cites documents numbered by a province's one-character name and a body's
    code or a kind (苏依法办〔2019〕5号, 苏政发〔2019〕12号): that province, whose bodies
    number what they send their departments. Several provinces so named place none; nor does
    an autonomous region's name, which a page speaking as a 省 is not (宁政发 is 南京's too)."""
    if not speaks_as_province(first):
        return None
    short, local = gazetteer.province_short_names(), number_grammar().local
    provinces = set()
    for m in _NUMBERED.finditer(first):
        head = local.fullmatch(m.group("head"))
        if head and head.group("who") in short and (head.group("body") or head.group("kind")) \
                and short[head.group("who")].endswith("省"):
            provinces.add(short[head.group("who")])
    codes = g.by_name.get(provinces.pop(), []) if len(provinces) == 1 else []
    return codes[0] if len(codes) == 1 else None


@lru_cache(maxsize=1)
def _zone_name() -> re.Pattern:
    """A zone's name: a few characters (its place, or none), then its kind (滨海高新区)."""
    return re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{gazetteer.zone_kinds().pattern})")


_CJK_NAME = re.compile(r"[\u4e00-\u9fff]+")


def zone_city(g: gazetteer.Gazetteer, title: str, opening: bool = False) -> str | None:
    """The city whose stem opens a development zone's name in the title (大同经济技术开发区
    管理委员会…报告, 唐山芦台经济开发区), or that ``opening`` text starts with: a zone is no division, its
    report is about the city that runs it; or the one county or district so named
    (宁河经济开发区 of 天津市宁河区)."""
    kinds = gazetteer.zone_kinds()
    if not kinds.search(title):
        return None                 # (no zone named: no city's stems to look for)
    for hit in g.city_stems(title):
        if len(hit.codes) != 1 or (opening and hit.start) or _division_named_at(g, title, hit.start):
            continue
        # (or the zone's own place between: 唐山芦台经济开发区; not a county's stem, 大同
        # 云州经济开发区 is 云州区's)
        if kinds.match(title, hit.end) or any(
                kinds.match(title, hit.end + k) and not g.is_stem(title[hit.end:hit.end + k])
                and _CJK_NAME.fullmatch(title, hit.end, hit.end + k) for k in (2, 3)):
            return hit.codes[0]
    for m in kinds.finditer(title):
        for start in range(max(m.start() - 4, 0), m.start() - 1):
            stem = title[start:m.start()]
            if g.is_stem(stem) and len(g.by_stem[stem]) == 1 and not (opening and start) \
                    and not _opens_township_name(g, title, start, m.end()) \
                    and not _division_named_at(g, title, start):
                return g.by_stem[stem][0]
    return None


def _division_named_at(g: gazetteer.Gazetteer, title: str, start: int) -> bool:
    """A division's name whose last word is a zone's kind opens at ``start`` (滨海新区, 天津's
    district: not a zone of 滨海县 named after its stem)."""
    hit = g.leading(title[start:start + 12])
    kind = hit and gazetteer.zone_kinds().search(title, start, start + hit.end)
    return bool(kind) and kind.end() == start + hit.end


def _opens_township_name(g: gazetteer.Gazetteer, text: str, start: int, end: int) -> bool:
    """``text[start:end]``, a place and a zone's kind, opens a township's whole name (浮山新区
    街道, a street of 青岛, no zone of 浮山县)."""
    m = _TOWNSHIP_END.match(text, end)
    return bool(m) and any(g.divisions[c].level == 4 for c in g.by_name.get(text[start:m.end()], ()))


def unit_region(g: gazetteer.Gazetteer, title: str, context) -> str | None:
    """The region a title opening with a body named after it serves, where the body's
    name holds only its stem (国家统计局大同调查队…报告, 青岛海关…报告): a national
    administration's local unit, a customs district or a special court (kg/extract/agencies.py's
    ``national_unit`` and ``city_named``); of a stem several regions share, the one nearest
    the regions the page names (``context()``: their codes, read only then)."""
    gr = agency_grammar()
    m = gr.national.match(title)
    units = gr.national_units.get(gr.national_names[m.group()], ()) if m else ()
    unit = national_unit(g, title, m.end(), units) if units else None
    if unit:
        codes = unit[1]
    else:
        codes = next((c for k in (4, 3, 2) if gr.city_named.match(title, k) and (c := cities(g, title[:k]))), [])
    return codes[0] if len(codes) == 1 else g.closest(codes, context()) if codes else None


def zones_own(g: gazetteer.Gazetteer, title: str, body: str) -> bool:
    """The report is a development zone's: its title names the zone after its city, or
    its first paragraph opens with the zone as its actor (2023年，高新区坚持…, 2025年，天津
    经济技术开发区管理委员会…; not a district named 新区, which is a division: 2023年，浦东
    新区…), or the sentence handing the report over names the zone (现将郑东新区2025年度…
    情况报告如下)."""
    return bool(zone_city(g, title)) or _titled_zone(g, title) \
        or any(_zone_at(g, body, pos) for pos in _actor_positions(body))


_TITLE_LEAD = re.compile(rf"(?:关于)?(?:{TITLE_YEAR.pattern})?")


def _titled_zone(g: gazetteer.Gazetteer, title: str) -> bool:
    """The title opens with a zone's name, after its year or 关于 (2022年天津经济技术开发区
    法治政府建设情况报告), not with a division's (浦东新区2023年…), and names no county or
    district it is one with (高新区(新市区)人民政府…: the district's government's report)."""
    return bool(title) and _zone_at(g, title, _TITLE_LEAD.match(title).end()) \
        and not any(g.divisions[h.codes[0]].level >= 3 for h in named_regions(g, title))


def _actor_positions(body: str) -> list[int]:
    """Where the report names who it is about: its first paragraph's actor (``opening``),
    then what the sentence sending the report up names (现将郑东新区2025年度…报告如下)."""
    return [pos for pos in (opening(body), reported_on(body)) if pos is not None]


def opened_by_province(g: gazetteer.Gazetteer, body: str, counts: Counter) -> str | None:
    """The province whose department the first paragraph opens with as its actor, named by
    the province's level word alone (2023年，省司法厅认真落实…; an autonomous region's 自治区
    or 区 before a 厅, which only a province-level department heads), where every place the
    page names lies in that one province: the province's page, not that of the city it
    gives as an example (指导绍兴市开展…)."""
    provinces = {g.lineage(c)[0] for c in counts}
    if len(provinces) != 1:
        return None
    province = provinces.pop()
    for pos in _actor_positions(body):
        word = next((w for w in ("自治区", "省", "区") if body.startswith(w, pos)), "")
        dept = agency_grammar().body.match(body, pos + len(word)) if word else None
        if dept and dept.group("stem") and (dept.group("head") == "厅" or word != "区") and \
                province.name.endswith("自治区" if word in ("自治区", "区") else "省"):
            return province.code
    return None


def _zone_at(g: gazetteer.Gazetteer, body: str, pos: int) -> bool:
    """A zone's name starts at ``pos``: no division's name runs into its kind (浦东新区 is a
    division; 天津 before 经济技术开发区 is the city that runs the zone)."""
    m = _zone_name().match(body, pos)
    if m is None:
        return False
    kind = gazetteer.zone_kinds().search(body, pos, m.end())
    hit = g.leading(body[pos:pos + 12])
    return not (hit and pos + hit.end > kind.start())


def own_division(g: gazetteer.Gazetteer, first: str, counts: Counter, best: str) -> str | None:
    """The division a page that speaks of itself as 我区, 我县 or 我市 (or of its own 区委,
    县政府) is, when the region it names most lies above it (its province's or city's
    plans, 视察重庆): the one division of that kind inside it that the page names — in
    full (定《梁平区…办法》; of a name two divisions share, its reading inside that region:
    《江北区…措施》 in a 重庆 page), or by its stem (我市…护航文昌经济, 我县…《2024年度法治宁海
    建设工作要点》); a city's department speaks so of its 市委 or 市司法局 (``city_spoken_of``).
    A province speaks as 全省, a city of its counties as 各县; an autonomous region calls
    itself 我区, and is left as it is."""
    m = _OWN_DIVISION.search(first)
    if m is None:
        return city_spoken_of(g, first, counts, best) if g.divisions[best].level == 1 else None
    if g.divisions[best].level > 2:
        return None
    kind = m.group("kind") or m.group("body") or "市"
    if (kind == "市" and g.divisions[best].level != 1) or \
            (kind == "区" and g.path(best).endswith("自治区")):
        return None             # (a prefecture's 我市 is itself, not one of its cities)
    found = {c for c in counts if c != best and g.is_within(c, best) and g.path(c).endswith(kind)}
    if not found:       # a name two divisions share (江北区: 宁波's and 重庆's), the one inside
        found = {c for h in named_regions(g, first) if len(h.codes) > 1 for c in h.codes
                 if g.is_within(c, best) and g.path(c).endswith(kind)}
    if not found:
        return (city_by_stem(g, first, best) or holding_city(g, counts, best)) if kind == "市" \
            else county_by_stem(g, first, best, kind) or holding_county(g, first, best, kind)
    return found.pop() if len(found) == 1 else None


def city_spoken_of(g: gazetteer.Gazetteer, first: str, counts: Counter, province: str) -> str | None:
    """The city of ``province``, named most, whose own bodies a page speaks of by their
    level word alone (市委, 市政府, 市司法局, 州委: not 汕头市委, a city named) and of none below
    a city (县委, 区政府, 全县): a city department's page that names its province more than its
    city (紧密围绕省委“1310”具体部署和市委十二届六次全会工作部署), as 我市 would say — the one city
    of that kind (市, 州, 盟) it names, by its stem, or by its counties and districts. Not a
    municipality's page, whose own bodies those are."""
    if g.divisions[province].name.endswith("市"):
        return None
    hits = named_regions(g, first)
    # (not two levels' bodies, every one of them: 指导市县生态环境局)
    kinds = {kind_spoken(said) for said in levels_spoken(_PREFECTURE_DEIXIS, first, hits)
             if said[0] in "全我本" or said[1] not in "县区旗"}
    if len(kinds) != 1 or levels_spoken(_COUNTY_DEIXIS, first, hits):
        return None
    kind = kinds.pop()
    found = {c for c in counts if g.divisions[c].level == 2 and g.is_within(c, province)
             and g.divisions[c].name.endswith(kind)}
    if found:
        return found.pop() if len(found) == 1 else None
    return (city_by_stem(g, first, province, speaking=False) if kind == "市" else None) \
        or holding_city(g, counts, province)


def holding_city(g: gazetteer.Gazetteer, counts: Counter, province: str) -> str | None:
    """The one city holding every county and district of ``province`` the page names, where
    it names no city (我局…澄海区获评…广东省: 汕头市's, whose district it gives as an example)."""
    return holding(g, [c for c in counts if g.divisions[c].level >= 3 and g.is_within(c, province)], 2)


def holding(g: gazetteer.Gazetteer, codes: list[str], level: int) -> str | None:
    """The one division of ``level`` (2: a city, 3: a county) holding every one of ``codes``,
    the places below it a page names (澄海区: 汕头市; 柳屯镇: 濮阳县); none where they lie in
    two, or in none of that level (a town of 仙桃市, a county-level city no city holds)."""
    held = {next((d.code for d in g.lineage(c) if d.level == level), None) for c in codes}
    return held.pop() if len(held) == 1 and None not in held else None


def county_kinds(first: str) -> set[str]:
    """The kinds of county-level division a page speaks as (我县, 全区, 区政府, 县委: 县, 区)."""
    return {k.group(1) or k.group(2) for k in _COUNTY_DEIXIS.finditer(first)}


def indexed_below(g: gazetteer.Gazetteer, first: str, raw: str, best: str) -> str | None:
    """The county or district a disclosure page's 索引号 names inside the region the page
    names most, where the page speaks as one of its kind (区政府, 县委) and names only
    its city's documents (《济南市…考核办法》 in a 天桥区 page): the publisher's own."""
    kinds = county_kinds(first)
    for code in indexed_division(g, raw) if kinds else ():
        d = g.divisions[code]
        if code != best and d.level == 3 and d.name[-1] in kinds and g.is_within(code, best):
            return code
    return None


# (a clause's marks, or a line's end)
_CLAUSE_BREAK = re.compile(rf"{CLAUSE_MARK.pattern}|\n")


def speaks_from_above(g: gazetteer.Gazetteer, first: str, counts: Counter, best: str) -> str | None:
    """The province or prefecture a page that speaks only as one (省政府, 全省, 自治区党委; 市委,
    全市, 市司法局: never as a level below, 我县, 区委, 区司法局, 全镇) names no body of but its
    divisions, all inside it, as examples: 延安市被命名为全国法治政府建设示范市 in Shaanxi's own
    report, 指导忻府区、原平市开展示范创建 in 忻州市司法局's."""
    level = g.divisions[best].level
    # (a county-level city speaks of itself as 市: 全市 and 市委 in 义乌市's page are its own)
    county_city = any(d.level == 3 and d.name.endswith("市") for d in g.lineage(best))
    prefecture = _PREFECTURE_NOT_CITY if county_city else _PREFECTURE_DEIXIS
    # (a municipality speaks as a 市: 本市, 全市16个区, 市政府办公厅 in 上海's page)
    municipality = g.lineage(best)[0].name.endswith("市")
    province = (_PREFECTURE_DEIXIS,) if municipality else (_PROVINCE_DEIXIS, _PROVINCE_BODIES)

    @cache
    def named() -> tuple[gazetteer.Hit, ...]:
        """The regions the page names (read once, and only if asked)."""
        return named_regions(g, first)

    for above, own in ((1, province), (2, (prefecture,))):
        # (重庆市荣昌区公安局: the level word ends a name, no level spoken as)
        if level <= above or not any(levels_spoken(p, first, named()) for p in own):
            continue
        heads = {g.lineage(c)[above - 1].code for c in counts if g.divisions[c].level >= above}
        head = heads.pop() if len(heads) == 1 else None
        if head is None or g.divisions[head].level != above:
            continue            # (a municipality's districts have no prefecture above them)
        # the levels below it, by their bodies (县委, 区司法局, 街道党工委) or themselves (全县,
        # 我镇); an autonomous region's 全区, 区党委 and 区政府 are its own, a 区委 or 区…局 a
        # district's
        below = ("" if municipality else "市州盟" if above == 1 else "市" if county_city else "") + "县旗镇乡"
        autonomous = g.divisions[head].name.endswith("自治区")
        below += "" if autonomous else "区"
        deixis = rf"[全我本][{below}]|(?<![各省市])(?<!自治)[{below}](?:委|党委|党工委|政府|人民政府|{_BUREAU})" \
                 r"|街道(?:党工委|工委|办事处)" + (rf"|(?<![各省市])(?<!自治)区(?:委|{_BUREAU})" if autonomous else "")
        # (沈阳市司法局 in a province's page: the level word ends a name, no level spoken as;
        # 广州市司法局: nor does what starts inside one, 州市司法局)
        spoken = [m.start() + 1 for m in spoken_matches(re.compile(deixis), first, named())]
        if spoken:
            # (nor, where it names several of its divisions, a body of one the clause has just
            # named: 徐汇区…，黄浦区通过区委中心组学习会、区政府常务会议, an example's own)
            examples = sum(g.divisions[c].level == level for c in counts) > 1
            spoken = [pos for pos in spoken if not (examples and any(
                h.end < pos and not _CLAUSE_BREAK.search(first, h.end, pos) for h in named()))]
        if not spoken and not writes_short(g, first, best, head):
            return head
    return None


def spoken_matches(pattern: re.Pattern, first: str, hits) -> list[re.Match]:
    """Where ``pattern`` finds a page speaking as a level (市委, 全县), less what starts inside
    a region's name (``hits``: 汕头市委, 重庆市荣昌区公安局 name a level, speak as none; 全州县,
    市中区司法局 are names, no 全州 nor 市…局)."""
    names = Cover([(h.start, h.end) for h in hits])
    return [m for m in pattern.finditer(first) if not names.holds(m.start(), m.start() + 1)]


def levels_spoken(pattern: re.Pattern, first: str, hits) -> list[str]:
    """What a page speaks as (``spoken_matches``), as written (市委, 全县)."""
    return [m.group() for m in spoken_matches(pattern, first, hits)]


def kind_spoken(said: str) -> str:
    """The kind of division a page speaking so speaks as (全市, 我县: its last character;
    市委, 县司法局, 省政府: its first)."""
    return said[-1] if said[0] in "全我本" else said[0]


def writes_short(g: gazetteer.Gazetteer, first: str, code: str, head: str) -> bool:
    """The page writes ``code``, a division below ``head`` it names in full, also by its
    stem alone, as a word (为始兴林业高质量发展和绿美始兴生态建设 beside 《始兴县…要点》):
    a place calls itself short; a province names the city it gives as an example in
    full (延安市被命名为…示范市)."""
    if code == head:
        return False
    name = g.divisions[code].name
    stem = g.stem(name)
    return len(stem) >= 2 and any(
        not first.startswith(name, at) and words.whole_words(first, at, at + len(stem))
        for at in occurrences(stem, first))


def city_by_stem(g: gazetteer.Gazetteer, first: str, province: str | None = None,
                 speaking: bool = True) -> str | None:
    """A page that names no city in full but speaks as a city (我市, 市委) and names one
    city by its stem, as a word (我市首条高速秦唐高速秦皇岛段, 护航文昌经济社会高质量发展):
    that city; with ``province``, only a city of that province; not ``speaking`` as the
    city, the city a township's page names by its stem (紧扣《法治东莞建设规划》)."""
    if speaking and not _CITY_DEIXIS.search(first):
        return None
    found = {h.codes[0] for h in g.city_stems(first)
             if len(h.codes) == 1 and words.whole_words(first, h.start, h.end)
             and (province is None or g.is_within(h.codes[0], province))}
    return found.pop() if len(found) == 1 else None


def speaks_below(g: gazetteer.Gazetteer, first: str, best: str) -> bool:
    """A province is the region the page names most, but the page speaks as one of its
    cities or counties (我市, 全县, 本区, 在县委、县政府的领导下: not an autonomous region's
    我区, nor a municipality's 本市), which it never names: whose the report is, the text
    cannot tell. So where a city is named most and the page speaks as a county or a banner,
    never as the city (在县委、县政府的坚强领导下…《绍兴市…要点》: not 我区, which a 地区 may
    say of itself, nor beside 我市, 全市)."""
    d = g.divisions[best]
    kinds = {m.group(1) or m.group(2) or m.group(3) for m in _SELF_BELOW.finditer(first)}
    if d.level == 2:
        return bool(kinds & {"县", "旗"}) and "市" not in kinds
    if d.level != 1 or d.name.endswith("市"):
        return False
    if d.name.endswith("自治区"):
        kinds.discard("区")
    return bool(kinds)


def holding_county(g: gazetteer.Gazetteer, first: str, above: str, kind: str) -> str | None:
    """The one county (or district, as ``kind`` says) inside ``above`` holding every
    township of it the page names, where it names no county (我局…指导柳屯镇开展… in a county
    bureau's page that names its province's plans: 濮阳县's)."""
    county = holding(g, [h.codes[0] for h in named_regions(g, first, above)
                         if len(h.codes) == 1 and g.divisions[h.codes[0]].level == 4], 3)
    return county if county and g.path(county).endswith(kind) else None


def county_by_stem(g: gazetteer.Gazetteer, first: str, above: str, kind: str) -> str | None:
    """The one county (or district, as ``kind`` says) inside ``above`` whose stem the
    page writes as a word (法治宁海建设: 宁海县), if one is."""
    found = {c for stem, c in _county_stems(g).get(above[:2], ()) if stem in first
             and g.path(c).endswith(kind) and g.is_within(c, above)
             and any(words.whole_words(first, at, at + len(stem)) for at in occurrences(stem, first))}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _county_stems(g: gazetteer.Gazetteer) -> dict[str, list[tuple[str, str]]]:
    """(stem, code) of the county-level divisions by province: a division's code begins
    with its province's, so a province's are looked up by that prefix."""
    out: dict[str, list[tuple[str, str]]] = {}
    for stem, codes in g.by_stem.items():
        for c in codes:
            if g.divisions[c].level == 3:
                out.setdefault(c[:2], []).append((stem, c))
    return out


def rule_of_law_county(g: gazetteer.Gazetteer, first: str) -> str | None:
    """A page that names no region but speaks as a county or district (全县, 县委) and
    names its rule-of-law programme after itself by its stem (推动法治始兴建设: 法治 + the
    place, as 法治中国, 法治浙江 are named): the one county of that stem and kind."""
    kinds = county_kinds(first)
    found = {c for c in rule_of_law_counties(g, first) if g.path(c)[-1] in kinds} if kinds else ()
    return found.pop() if len(found) == 1 else None


def rule_of_law_counties(g: gazetteer.Gazetteer, first: str) -> set[str]:
    """The counties of any kind whose stem a rule-of-law programme is named after
    (法治始兴, 法治云和): a stem a word of the text ends with, right after 法治 (whose 治 may
    make a word with the stem's first character: 法|治安|远 of 法治安远)."""
    found: set[str] = set()
    common = gazetteer.word_stems()     # (法治公安: the police's, no 公安县's)
    for m in _RULE_OF_LAW_PLACE.finditer(first):
        for size in (4, 3, 2):          # (法治吉木萨尔建设: a stem of four)
            stem = first[m.end():m.end() + size]
            codes = [] if stem in common else [c for c in g.by_stem.get(stem, ()) if g.divisions[c].level == 3]
            if codes and words.ends_word(first, m.end() + size):
                found.update(codes)
                break
    return found


def opening_region(g: gazetteer.Gazetteer, body: str) -> tuple[str | None, bool]:
    """The region the first paragraph opens with as its actor (2022年，长治市司法局坚持…),
    and whether a body of it is that actor (the report's author: 长治市司法局); else the
    one the sentence handing the report over names (现将池州市生态环境局2025年度…报告如下)."""
    for pos in _actor_positions(body):
        found = _actor_region(g, body, pos)
        if found[0]:
            return found
    return None, False


def _actor_region(g: gazetteer.Gazetteer, body: str, pos: int) -> tuple[str | None, bool]:
    """The region named at ``pos``, and whether it authored the report: a body of it
    follows, or it carries on its work itself (2024年，南岸区坚持…)."""
    window = body[pos:pos + 24]
    hits = named_regions(g, window)
    code = _opener_code(g, body, hits[0].codes) if hits and hits[0].start == 0 else None
    if code and g.divisions[code].level < 4:
        end, inner = hits[0].end, code
        for h in named_regions(g, window, g.home(code))[1:]:     # (its townships and villages too)
            # 广州市番禺区石楼镇大岭村认真开展…: the path written out names one place, its last
            below = [c for c in h.codes if g.is_within(c, inner)] if h.start == end else []
            if len(below) != 1:
                break
            end, inner = h.end, below[0]
            code = inner if g.divisions[inner].level < 4 else code
        village = _VILLAGE_AFTER.match(body, pos + end) if g.divisions[inner].level == 4 else None
        end = village.end() - pos if village else end       # …石楼镇大岭村: its village
        authored = agency_grammar().body.match(body, pos + end)
        if authored:
            return _branch(g, body, authored.end(), code) or code, True
        return code, bool(_CARRYING_ON.match(body, pos + end))
    # 2023年，十堰经济技术开发区党工委…: the city that runs the zone
    zone = zone_city(g, body[pos:pos + 16], opening=True)
    if zone:
        return zone, True
    own = _written_out(g, body, pos)
    return (own, True) if own else (None, False)


def _written_out(g: gazetteer.Gazetteer, body: str, pos: int) -> str | None:
    """The region of a department the opening names by its level alone (2023年，市公安局…),
    where the page writes the same department out with one region of that level
    (《宜春市公安局…方案》): that region, the author's."""
    level = body[pos:pos + 1]
    dept = agency_grammar().body.match(body, pos + 1) if level and level in "省市县区" else None
    if dept is None:
        return None
    found = {h.codes[0] for h in named_regions(g, body[:3000]) if len(h.codes) == 1
             and body.startswith(dept.group(), h.end) and g.path(h.codes[0]).endswith(level)
             and g.divisions[h.codes[0]].level < 4}
    return found.pop() if len(found) == 1 else None


def _opener_code(g: gazetteer.Gazetteer, body: str, codes: tuple[str, ...]) -> str | None:
    """Of the divisions an opening name may be, the one nearest the places the opening
    names that are one division only (2025年，城中区坚持…西宁: 西宁's, not 柳州's)."""
    if len(codes) == 1:
        return codes[0]
    return g.closest(codes, [h.codes[0] for h in named_regions(g, body[:3000]) if len(h.codes) == 1])


def _branch(g: gazetteer.Gazetteer, body: str, pos: int, city: str) -> str | None:
    """The county a city bureau's branch at ``pos`` is named after (岳阳市生态环境局岳阳县
    分局, 宿迁市自然资源和规划局宿城分局 by the district's stem): the branch works in that
    county, whose report its report is."""
    branch = BRANCH.match(body, pos)
    return branch_district(g, branch.group(1), city) if branch else None


def narrowest(g: gazetteer.Gazetteer, counts: Counter, opener: str | None = None,
              authored: bool = False) -> str:
    """The region the opening names most, or the deepest of the regions inside it named
    as often when they lie on one line: a district's report names its province's plan as
    often as the district itself (《广东省…纲要》和《清城区…要点》, 《浙江省…》《杭州市上城区…》),
    a province's report names itself more than a city. The region the first paragraph
    opens with as its actor is the report's own when named as often as any (a city
    department's report names a county once for a village's award: 2022年，长治市司法局…
    平顺县龙溪镇龙镇村…), or when it authored the report, inside the region named most
    (2022年，上城区司法局… 《杭州市…》《杭州市…》; 2024年，南岸区坚持…视察重庆…美丽重庆)."""
    top, n = counts.most_common(1)[0]
    if opener and (counts[opener] >= n or (authored and g.is_within(opener, top))):
        return opener
    inside = [c for c, k in counts.items() if c != top and k >= n and g.is_within(c, top)]
    # one line down (杭州市 and its 上城区): its deepest; two branches: no telling which
    deepest = max(inside, key=lambda c: g.divisions[c].level, default=None)
    if deepest and all(g.is_within(deepest, c) for c in inside):
        return deepest
    # as often as regions on other branches (a province's notice listing its cities and
    # counties twice each): the one they all lie in, where the page names it
    tied = [c for c, k in counts.items() if k >= n and c != top and not g.is_within(c, top)
            and not g.is_within(top, c)]
    if tied:
        shared = [d.code for d in g.lineage(top) if all(g.is_within(c, d.code) for c in tied)]
        if shared and shared[-1] in counts:
            return shared[-1]
    return top
