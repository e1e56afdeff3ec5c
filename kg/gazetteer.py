"""The administrative-division gazetteer: names, codes, paths and short forms.

Loaded once from ``kg/data/regions.tsv`` (see ``kg/data/build_regions.py`` for its
sources). Everything that turns a region name into a canonical path goes through here.
"""
from __future__ import annotations

import bisect
import re
import sys
from functools import lru_cache
from importlib import resources
from importlib.metadata import version
from pathlib import Path
from typing import NamedTuple

import ahocorasick

from .cachedir import derived
from .data import data_lines
from .extract.patterns import words_regex
from .extract.words import starts_word, whole_words
from .names import all_matches, leftmost_longest, longest_matches, names_automaton

LEVEL_SUFFIXES = {1: ("省", "市", "自治区", "特别行政区"),
                  2: ("自治州", "地区", "市", "州", "盟"),
                  3: ("自治县", "自治旗", "市", "县", "区", "旗", "林区", "特区"),
                  4: ("民族乡", "街道", "镇", "乡", "苏木")}
# every level's suffixes, longest first: 自治县 before 县
_SUFFIXES = tuple(sorted({s for ss in LEVEL_SUFFIXES.values() for s in ss}, key=len, reverse=True))


class Division(NamedTuple):
    """A named tuple, not a dataclass: the gazetteer's 41,000 of them are read back from
    kg's cache folder at every start, and tuples unpickle several times faster."""
    code: str
    name: str
    level: int
    parent: str

    @property
    def province(self) -> str:
        return self.code[:2]


# 和县 is also 和 (and) + 县 (the county's …): 县委、县政府领导和县依法治县委员会支持
_CONJUNCTION_NAME = re.compile(r"[和与及][县区市旗]")
# 会同县 is also 会同 (together with) + 县…, between two bodies: 县司法局会同县财政局
_WITH_NAME = re.compile(r"会同[县区市]")
_BODY_LAST = frozenset("局委办厅府院室部所组会")
_CLOSING_MARKS = frozenset("》〉>”’\"')）")


# a level character that begins a word of its own: 环县城 is 环 + 县城 (the county town),
# not 环县, where the words read so (滑县城市管理局 is 滑县's); 城东区域 is no 东区, and no
# district's name is followed by 域 (维护和平区域稳定, 安定区域: 区域, a region)
_LEVEL_WORDS = ("县城", "县域", "县级", "区域", "区级", "市域", "市级")

# the level words a township's name ends with
_TOWNSHIP_LEVEL = re.compile(r"街道|镇|乡|苏木")
# …and how a township's name may end (鹤龙街: a 街道 as Guangzhou writes it)
_TOWNSHIP_NAME_END = re.compile(r"(?:镇|乡|街道|街|苏木|地区)$")

# a place name that opens the name of a university, a paper, a station, an airport or a
# firm (大同大学, 山西日报, 北京大兴国际机场, 江苏承匠律师事务所, 大同煤矿集团有限公司) is no
# mention of the place
_NAMED_AFTER = re.compile(r"大学|学院|日报|晚报|卫视|电视台|广播电台|国际机场"
                          r"|[\u4e00-\u9fff]{0,8}?(?:律师事务所|会计师事务所|有限责任公司|有限公司)")


class Hit(NamedTuple):
    start: int
    end: int
    surface: str
    codes: tuple[str, ...]


def _ethnic_groups() -> list[str]:
    return sorted(data_lines("ethnic_groups.txt"), key=len, reverse=True)


def _ethnic_name(group: str) -> str:
    """A group's name as division names write it: with 族, or without it for names of two
    characters or more (伊犁哈萨克自治州, 博尔塔拉蒙古自治州); one character keeps it (白族: 长白
    朝鲜族自治县 is 长白 + 朝鲜族, not 长 + 白…)."""
    name = group.removesuffix("族")
    return re.escape(name) + ("族?" if len(name) >= 2 else "族")


# a Mongol banner named for its league's wing and position (科尔沁右翼中旗, 土默特左旗,
# 乌拉特前旗, 东乌珠穆沁旗), as the banners sign themselves and Inner Mongolia's papers
# write them: the first character of the tribe's name, then the wing and the position
# (科右中旗, 土左旗, 乌前旗, 东乌旗)
_WING_BANNER = re.compile(r"^(.{2,}?)([左右])翼([前中后])旗$")
_PLACED_BANNER = re.compile(r"^(.{2,}?)([左右前中后])旗$")
_SIDE_BANNER = re.compile(r"^([东西])(.{2,})旗$")


def _banner_short_names(name: str) -> set[str]:
    if m := _WING_BANNER.match(name):
        return {m.group(1)[0] + m.group(2) + m.group(3) + "旗"}
    if m := _PLACED_BANNER.match(name):
        return {m.group(1)[0] + m.group(2) + "旗"}
    if m := _SIDE_BANNER.match(name):
        return {m.group(1) + m.group(2)[0] + "旗"}
    return set()


def _one_city(rows: list[Division]) -> list[Division]:
    """Prefecture-level cities without counties (东莞市, 中山市, 嘉峪关市) stand in the
    code tables twice, as the prefecture and as a county of the same name under it that
    holds the towns: one city, whose towns are its own (广东省/东莞市/东城街道)."""
    names = {d.code: d.name for d in rows}
    twin = {d.code: d.parent for d in rows if d.level == 3 and names.get(d.parent) == d.name}
    return [d._replace(parent=twin.get(d.parent, d.parent)) for d in rows if d.code not in twin]


class Gazetteer:
    def __init__(self, rows: list[Division], other_names: dict[str, list[str]]):
        """``other_names``: a division's code → its former names and usual short names."""
        rows = _one_city(rows)
        self.divisions = {d.code: d for d in rows}
        self._lineages: dict[str, tuple[Division, ...]] = {}
        self._paths: dict[str, str] = {}
        self.by_name: dict[str, list[str]] = {}
        self.by_stem: dict[str, list[str]] = {}
        ethnic = "|".join(_ethnic_name(e) for e in _ethnic_groups())
        autonomous = re.compile(rf"^(.+?)(?:{ethnic})+自治(州|县|旗)$")
        # (named for its people alone: 鄂温克族自治旗 → 鄂温克旗, 鄂伦春自治旗 → 鄂伦春旗)
        peoples = "|".join(re.escape(e.removesuffix("族")) for e in _ethnic_groups()
                           if len(e.removesuffix("族")) >= 2)
        own_people = re.compile(rf"^({peoples})族?自治(县|旗)$")
        province = re.compile(rf"^(.{{2,}}?)(?:省|市|特别行政区|(?:{ethnic})*自治区)$")
        for d in rows:
            names = {d.name, *other_names.get(d.code, [])}
            m = autonomous.match(d.name)
            if m:                   # 延边朝鲜族自治州 → 延边州, 镇宁布依族苗族自治县 → 镇宁自治县
                names.update((m.group(1) + m.group(2), f"{m.group(1)}自治{m.group(2)}"))
            if d.level == 3 and (people := own_people.match(d.name)):
                names.add(people.group(1) + people.group(2))
            if d.level == 3 and d.name.endswith("旗"):
                names.update(_banner_short_names(d.name))   # 科尔沁右翼中旗 → 科右中旗
            if d.level == 2 and d.name.endswith("盟") and len(d.name) >= 4:
                names.add(d.name[0] + "盟")     # 锡林郭勒盟 → 锡盟, 阿拉善盟 → 阿盟, as the leagues
                                                # and their banners write them
            if d.level == 4 and d.name.endswith("街道") and len(d.name) >= 4:
                names.add(d.name[:-1])      # 鹤龙街道 → 鹤龙街, as Guangzhou writes its own
            if d.level == 1:
                short = province.match(d.name)
                if short:                   # 内蒙古自治区 → 内蒙古, 新疆维吾尔自治区 → 新疆
                    names.add(short.group(1))
            for n in names:
                self.by_name.setdefault(n, []).append(d.code)
            if d.level in (2, 3):
                # an autonomous prefecture or county is called by its place name alone (凉山,
                # 黔东南, 伊犁; 昌吉 as 昌吉市 is), not by the name before its level word (凉山彝族)
                stem = m.group(1) if m else self.stem(d.name)
                if len(stem) >= 2:
                    self.by_stem.setdefault(stem, []).append(d.code)
        # names of provinces, prefectures and counties are searched everywhere, township
        # names only inside a report's home region (see ``find``): that keeps the
        # automaton scanned over every report small (a tenth of the names)
        self._matchable = {name: tuple(codes) for name, codes in self.by_name.items()
                           if self._matchable_name(name, codes)}
        self._automaton = self._build([n for n, codes in self._matchable.items()
                                       if any(self.divisions[c].level < 4 for c in codes)])
        self._townships: dict[str, set[str]] = {}           # home code → township names
        for name, codes in self._matchable.items():
            for c in codes:
                if self.divisions[c].level == 4:
                    for d in self.lineage(c)[:2]:
                        self._townships.setdefault(d.code, set()).add(name)
        # stems near a home: the home prefecture's own (太原) and its counties' (清徐); a
        # province's, its cities' (太原 in a 山西省 report)
        self._stems: dict[str, dict[str, list[str]]] = {}  # home code → stem → codes
        for stem, codes in self.by_stem.items():
            if stem in self.by_name:
                continue
            for c in codes:
                d = self.divisions[c]
                home = c if d.level == 2 else d.parent
                self._stems.setdefault(home, {}).setdefault(stem, []).append(c)
                if d.level == 2:        # a province's report names its cities so too (在太原召开)
                    self._stems.setdefault(d.parent, {}).setdefault(stem, []).append(c)
        self._local_automata: dict[str, ahocorasick.Automaton] = {}
        self._city_stems: ahocorasick.Automaton | None = None
        self._township_stems: dict[str, dict[str, tuple[str, ...]]] = {}  # county → stem → codes
        # (made here, so that the cache keeps them: making them took longer than reading)
        self.longest_township = max(len(d.name) for d in rows if d.level == 4)
        self.township_reach = self._township_reach()
        self.holding_townships = self._holding_townships()

    def __getstate__(self) -> dict:
        """What the cache keeps: not the lineages and automata made on demand (the
        lineages were all made while building; reading them back cost more than making
        the few a run needs)."""
        return {**self.__dict__, "_lineages": {}, "_paths": {}, "_local_automata": {},
                "_city_stems": None, "_township_stems": {}}

    def _matchable_name(self, name: str, codes: list[str]) -> bool:
        # two-character 区 names (城区, 郊区, 矿区) are ordinary words; two-character
        # counties (滑县, 和县) and the one such city (芒市) are kept and trusted only near
        # the report's region, where no word runs into them (光芒市场); the
        # two-character 州 and 盟 are prefectures' usual short names (博州,
        # usual_short_names.tsv; 锡盟)
        return len(name) >= 3 or name.endswith(("县", "旗", "州", "盟", "市")) or \
            any(self.divisions[c].level == 1 for c in codes)

    def _build(self, names: list[str]) -> ahocorasick.Automaton:
        return names_automaton({name: self._matchable[name] for name in names})

    @staticmethod
    def stem(name: str) -> str:
        for suffix in _SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix) + 1:
                return name[: -len(suffix)]
        return name

    def home(self, code: str) -> str:
        """The prefecture holding a division (the province, for a province)."""
        return [d.code for d in self.lineage(code) if d.level <= 2][-1]

    def find(self, text: str, home: str | None = None) -> list[Hit]:
        """Leftmost-longest, non-overlapping name matches: provinces, prefectures and
        counties anywhere; near ``home`` (a prefecture's or province's code, see ``home``)
        also its townships, where the name is a place and not a coincidence (城关镇 is a
        town in hundreds of counties), and the stems of the home itself and of its counties
        (太原 for 太原市, 梁平 for 梁平区), or of a province's cities, which ``is_stem`` tells
        apart."""
        hits = self._scan(self._automaton, text)
        local = [Hit(*m) for m in all_matches(self._local_automaton(home), text)] if home else []
        if local:           # (none: the hits found anywhere stand as they are, no list to build)
            # what a name found anywhere, or a stem of the home, cuts out of other words is
            # no mention (推[广灵]丘县; 平安[镇]赉: 平安 and 镇赉, no 平安镇)
            cutting = sorted(hits + [h for h in local if self.is_stem(h.surface)])
            starts = [h.start for h in cutting]
            hits = leftmost_longest(hits + [h for h in local if not self._inside_words(text, h, cutting, starts)])
        hits = [h for h in hits if not _joined_by_conjunction(text, h)
                and not (h.surface in _common_nouns() and not _after_its_city(text, h, hits))
                and not (len(h.surface) == 2 and text[h.end - 1:h.end + 1] in _LEVEL_WORDS
                         and not whole_words(text, h.start, h.end))
                and not (h.surface.endswith("区") and text.startswith("域", h.end))
                and not (_NAMED_AFTER.match(text, h.end) and not self._township_at(text, h.end))
                and not self._opens_township(text, h)
                and not self._inside_township(text, h)]
        children = self._short_children(text, hits)
        if children:
            hits = leftmost_longest(hits + children)
        return self._under_parents(hits)

    def _township_reach(self) -> dict[str, int]:
        """``township_reach``: a township's last character before its level word, with the
        level word (龙头镇 → 头镇, 鹤龙街 → 龙街) → the longest name before the level word of
        the townships that end so: where a text's 镇 or 街道 can end a township's name at all,
        and how far back its name may start (族乡: 凤山彝族蒙古族乡's eight characters).
        ``longest_township``: the longest township name's length (哈日布日格德音乌拉镇: 15)."""
        reach: dict[str, int] = {}
        for name, codes in self.by_name.items():
            level = _TOWNSHIP_NAME_END.search(name)
            if level and level.start() and any(self.divisions[c].level == 4 for c in codes):
                key = name[level.start() - 1] + level.group()
                reach[key] = max(reach.get(key, 0), level.start())
        return reach

    def _holding_townships(self) -> dict[str, list[tuple[str, int]]]:
        """A name searched everywhere, or a city's stem → the townships whose names hold
        it after their first character, with where (巴丹吉林镇 holds 吉林, 大河南镇 and
        银河南路街道 河南, 东阳江镇 阳江): a few dozen names of thirty thousand. (Not the
        names that open with their parents' names, 四平市铁东区北门街道, as a few rows of
        the tables write them.)"""
        held: dict[str, list[tuple[str, int]]] = {}
        for name, codes in self.by_name.items():
            if not any(self.divisions[c].level == 4 for c in codes):
                continue
            hits = self._scan(self._automaton, name)
            if hits and hits[0].start == 0:
                continue
            for h in hits + self._scan(self._city_stem_automaton(), name):
                if h.start > 0 and not any(self.divisions[c].level == 4 for c in h.codes):
                    held.setdefault(h.surface, []).append((name, h.start))
        return held

    def _inside_township(self, text: str, h: Hit) -> bool:
        """The name sits inside a township's whole name, which starts a word of the page
        (阿拉善右旗's 巴丹吉林镇 names no 吉林省, 灯塔市's 大河南镇政府 no 河南省; 扩大河南镇村
        does, 大 being 扩大's). (Its end is no word's edge where 镇政府 is one word.)"""
        for name, offset in self.holding_townships.get(h.surface, ()):
            start = h.start - offset
            if start >= 0 and text.startswith(name, start) and starts_word(text, start):
                return True
        return False

    def _opens_township(self, text: str, h: Hit) -> bool:
        """The name opens a township's whole name, as the page's words read it (青岛's
        宁夏路街道 and 云南路街道, no mention of 宁夏 or 云南; not 河北乡村振兴, where 乡 is
        乡村's)."""
        return not any(self.divisions[c].level == 4 for c in h.codes) and self._township_at(text, h.start, h.end)

    def _township_at(self, text: str, start: int, after: int | None = None) -> bool:
        """A township's whole name starts at ``start`` (and goes on past ``after``): 学院路街道
        after 海淀区 opens no university's name."""
        for m in _TOWNSHIP_LEVEL.finditer(text, after or start, start + self.longest_township + 1):
            named = self.by_name.get(text[start:m.end()], ())
            if any(self.divisions[c].level == 4 for c in named) and whole_words(text, start, m.end()):
                return True
        return False

    def _short_children(self, text: str, hits: list[Hit]) -> list[Hit]:
        """The two-character districts no scan takes alone (城区, 郊区, 矿区: words of
        running text) where their city's name is written just before them (晋城市城区,
        阳泉市郊区和矿区: each a district of 阳泉; the list's second item its city's too)."""
        out: list[Hit] = []
        for h in hits:
            if len(h.codes) != 1 or self.divisions[h.codes[0]].level != 2:
                continue
            pos = h.end
            while (name := text[pos:pos + 2]).endswith("区"):
                kids = tuple(c for c in self.by_name.get(name, ()) if self.divisions[c].parent == h.codes[0])
                if not kids:
                    break
                out.append(Hit(pos, pos + 2, name, kids))
                pos += 2
                if text[pos:pos + 1] not in ("、", "和", "及"):
                    break
                pos += 1
        return out

    def _under_parents(self, hits: list[Hit]) -> list[Hit]:
        """A name written right after its parent's is that parent's child: 长春市朝阳区 is
        长春's 朝阳区 (Beijing has one too). (A two-character district, which no scan takes,
        is found after its city by ``_short_children``.)"""
        out: list[Hit] = []
        for h in hits:
            if out and len(h.codes) > 1 and out[-1].end == h.start:
                children = [c for c in h.codes if self.divisions[c].parent in out[-1].codes]
                if len(children) == 1:
                    h = h._replace(codes=(children[0],))
            out.append(h)
        return out

    def leading(self, name: str) -> Hit | None:
        """The region a name opens with (大同市…办法, 江苏省依法治校示范校), if one does."""
        head = name[:12]
        # (a name no region's name opens, as most titles, is told so by the scan alone: what
        # ``find`` does after it drops or re-reads names, and adds none at the start)
        if not any(m[0] == 0 for m in all_matches(self._automaton, head)):
            return None
        hits = self.find(head)
        return hits[0] if hits and hits[0].start == 0 else None

    def leading_full(self, name: str) -> Hit | None:
        """The region a name opens with by its full name (北京市全面依法治市规划), not by a
        short one (海南自由贸易港…, 河北雄安新区…: national plans named for a region)."""
        hit = self.leading(name)
        return hit if hit and self.divisions[hit.codes[0]].name == hit.surface else None

    def named_whole(self, name: str) -> Hit | None:
        """The region ``name`` is by its full name and nothing more (安吉县; not 安吉县人民政府,
        not the stem 安吉)."""
        hit = self.leading_full(name)
        return hit if hit and hit.end == len(name) else None

    def path_end(self, name: str, full: bool = False) -> int:
        """Where the regions a name opens with, one after another, end (吴忠市红寺堡区民政局:
        6; 0 where none opens it); with ``full``, by their full names only (not the stem 安吉)."""
        lead, pos = (self.leading_full if full else self.leading), 0
        while pos < len(name) and (hit := lead(name[pos:])):
            pos += hit.end
        return pos

    def leading_codes(self, name: str) -> tuple[str, ...]:
        """The deepest region of the path a name opens with (龙岩市永定区卫生健康局…: the
        永定区 of 龙岩市, not 张家界's), or nothing."""
        codes: tuple[str, ...] = ()
        while hit := self.leading(name):
            inside = tuple(c for c in hit.codes if not codes or any(self.is_within(c, a) for a in codes))
            if not inside:
                break
            codes, name = inside, name[hit.end:]
        return codes

    def is_stem(self, surface: str) -> bool:
        """A name without its level word (太原): a word of the text only where it is one."""
        return surface in self.by_stem and surface not in self.by_name

    @staticmethod
    def _inside_words(text: str, local: Hit, hits: list[Hit], starts: list[int]) -> bool:
        """A home's stem or township cut out of other words where another name (``hits``,
        in text order; ``starts`` theirs) starts inside it and runs on (推[广灵]丘县: 推广
        and 灵丘县, not 广灵县's stem)."""
        i = bisect.bisect_right(starts, local.start)
        return i < len(hits) and hits[i].start < local.end < hits[i].end \
            and not whole_words(text, local.start, local.end)

    @staticmethod
    def _scan(automaton: ahocorasick.Automaton, text: str) -> list[Hit]:
        return [Hit(*m) for m in longest_matches(automaton, text)]

    def _local_automaton(self, home: str) -> ahocorasick.Automaton:
        found = self._local_automata.get(home)
        if found is None:
            if len(self._local_automata) >= 512:
                self._local_automata.pop(next(iter(self._local_automata)))
            names = {n: self._matchable[n] for n in self._townships.get(home, ())}
            for stem, codes in self._stems.get(home, {}).items():
                names.setdefault(stem, tuple(codes))
            found = self._local_automata[home] = names_automaton(names)
        return found

    def city_stems(self, text: str) -> list[Hit]:
        """The stems of prefectures and of the cities a province runs itself (秦皇岛 for
        秦皇岛市, 文昌 for 海南省文昌市) anywhere in ``text``: for a page that names no city
        in full, where only a word can tell a stem from a coincidence; not in a township's
        whole name (眉山乡, 东阳江镇, 阜新街道)."""
        return [h for h in self._scan(self._city_stem_automaton(), text)
                if not self._opens_township(text, h) and not self._inside_township(text, h)]

    def _city_stem_automaton(self) -> ahocorasick.Automaton:
        if self._city_stems is None:
            self._city_stems = names_automaton({
                stem: codes for stem in self.by_stem if (codes := self.city_stem_codes(stem))})
        return self._city_stems

    def city_stem_codes(self, stem: str) -> tuple[str, ...]:
        """The prefectures and province-run cities ``stem`` is the stem of (三亚 → 三亚市),
        none where it is a full name as well."""
        if stem in self.by_name:
            return ()
        return tuple(c for c in self.by_stem.get(stem, ()) if self._city(c))

    def county_of(self, code: str) -> str | None:
        """The county a county or a township is, or lies in (whose townships its report
        names by their stems); None above a county."""
        d = self.divisions[code]
        return code if d.level == 3 else d.parent if d.level == 4 else None

    def township_stems(self, county: str) -> dict[str, str]:
        """A county's townships by their names without the level word (宝城 for 宝城镇),
        the names their stations go by (宝城司法所); a stem two townships share names
        neither."""
        return {stem: codes[0] for stem, codes in self.township_stem_codes(county).items()
                if len(codes) == 1}

    def township_stem_codes(self, county: str) -> dict[str, tuple[str, ...]]:
        """A county's townships' stems → the townships of each (章党: 章党镇 and 章党街道,
        which a list's level word tells apart, 章党、碾盘等乡镇). Looked up among the names
        near the county's home, once per county."""
        found = self._township_stems.get(county)
        if found is None:
            codes: dict[str, list[str]] = {}
            for name in self._townships.get(self.home(county), ()):
                # (the county's own first: of the home's hundreds of names, a few dozen)
                own = [c for c in self._matchable[name]
                       if self.divisions[c].parent == county and self.divisions[c].level == 4]
                if not own:
                    continue
                stem = self.stem(name)
                if len(stem) < 2 or stem == name:
                    continue
                for c in own:
                    if c not in codes.get(stem, ()):
                        codes.setdefault(stem, []).append(c)
            found = self._township_stems[county] = {stem: tuple(cs) for stem, cs in codes.items()}
        return found

    def _city(self, code: str) -> bool:
        d = self.divisions[code]
        return d.level == 2 or (d.level == 3 and self.divisions[d.parent].level == 1
                                and self.path(code).endswith("市"))

    def lineage(self, code: str) -> tuple[Division, ...]:
        """From the province down to the division itself."""
        found = self._lineages.get(code)
        if found is None:
            out, c = [], code
            while c:
                d = self.divisions[c]
                out.append(d)
                c = d.parent
            found = self._lineages[code] = tuple(out[::-1])
        return found

    def path(self, code: str) -> str:
        found = self._paths.get(code)
        if found is None:
            found = self._paths[code] = "/".join(d.name for d in self.lineage(code))
        return found

    def prefix(self, code: str) -> str:
        """The region written out as agency names need it: 山西省大同市平城区."""
        return self.path(code).replace("/", "")

    def run_by_office(self, code: str) -> bool:
        """A 街道, or a township-level 地区 (Beijing's 来广营地区, NBS's name for it): its
        district government keeps an office there (办事处) and its party committee a working
        committee (工委), neither elected there."""
        d = self.divisions[code]
        return d.level == 4 and d.name.endswith(("街道", "地区"))

    def government(self, code: str) -> str:
        """A division's people's government, or for a 街道 or a township-level 地区 the
        office its district government keeps there in place of one (…金龙街道办事处,
        …来广营地区办事处), and for a prefecture's 地区 or 盟 the province's agency that
        governs it (兴安盟行政公署: they elect no congress, so have no people's government;
        地方组织法 第八十五条)."""
        name = self.divisions[code].name
        office = "办事处" if self.run_by_office(code) else \
            "行政公署" if name.endswith(("地区", "盟")) else "人民政府"
        return self.prefix(code) + office

    def is_within(self, code: str, ancestor: str) -> bool:
        return any(d.code == ancestor for d in self.lineage(code))

    def closest(self, codes: list[str] | tuple[str, ...], context: list[str]) -> str | None:
        """The candidate nearest the context codes (subject region first), or None.

        Nearness is the depth of the shared ancestor, a context code itself nearest of all
        at its depth; a candidate that shares no province with any context code is only
        taken when it is the sole candidate."""
        if len(codes) == 1:
            return codes[0]
        best, best_score = None, 0
        for c in codes:
            mine = {d.code for d in self.lineage(c)}
            for rank, ctx in enumerate(context):
                shared = [d for d in self.lineage(ctx) if d.code in mine]
                if shared:
                    # (the context itself wins a tie: 昌吉 in a 昌吉州 report is the
                    # prefecture, not its seat 昌吉市; 吉林 in a 吉林省 report the province)
                    score = 10 * len(shared) + 5 * (c == ctx) - rank / 100
                    if score > best_score:
                        best, best_score = c, score
                    break
        return best


def _read() -> Gazetteer:
    rows, other_names = [], {}
    text = resources.files("kg.data").joinpath("regions.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.startswith("#") or line.startswith("code\t"):
            continue
        code, name, level, parent, former = line.split("\t")
        rows.append(Division(code, name, int(level), parent))
        if former:
            other_names[code] = former.split("|")
    for line in data_lines("usual_short_names.tsv"):
        code, _, short = line.split("\t")
        other_names.setdefault(code, []).extend(short.split("|"))
    return Gazetteer(rows, other_names)


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Built from the data files once per machine, then read back from kg's cache folder
    (in about half the time: every ``kg`` process and worker starts with it)."""
    data = resources.files("kg.data")
    made_from = b"\0".join([data.joinpath("regions.tsv").read_bytes(),
                             data.joinpath("ethnic_groups.txt").read_bytes(),
                             data.joinpath("usual_short_names.tsv").read_bytes(),
                             Path(__file__).read_bytes(),
                             Path(__file__).with_name("names.py").read_bytes(),
                             f"{sys.version}\n{version('pyahocorasick')}".encode()])
    return derived("gazetteer", made_from, _read)


def _joined_by_conjunction(text: str, hit: Hit) -> bool:
    """和县 in 领导和县依法治县委员会 is 和 + 县…: a name that is a conjunction and a level
    word, inside running text and not after the region above it (马鞍山市和县); 会同县 in
    县司法局会同县财政局 is 会同 + 县…, right after a body's name."""
    if _WITH_NAME.fullmatch(hit.surface):
        return hit.start > 0 and text[hit.start - 1] in _BODY_LAST
    # (a title or quotation closed right before: 认真贯彻落实了《条例》和县政府…)
    return bool(_CONJUNCTION_NAME.fullmatch(hit.surface)) and (
        _run_into(text, hit, "省市州盟区县") or text[hit.start - 1:hit.start] in _CLOSING_MARKS)


def _after_its_city(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """A name that is also a common noun (kg/data/common_noun_regions.txt) is a district at
    a clause's start, or right after the name of the city above it (阳泉市郊区, 洛阳市老城区;
    not 全市平安区创建, where 市 ends no name)."""
    if not _run_into(text, hit, ""):
        return True
    return text[hit.start - 1] in "市州盟" and any(x.end == hit.start for x in hits)


def _run_into(text: str, hit: Hit, parent_ends: str) -> bool:
    """A Chinese character runs into the name from its left, and not the last character
    of the region above it (…市, …州)."""
    before = text[hit.start - 1] if hit.start else ""
    return "\u4e00" <= before <= "\u9fff" and before not in parent_ends


@lru_cache(maxsize=1)
def _common_nouns() -> frozenset[str]:
    """Division names that are also common nouns (kg/data/common_noun_regions.txt)."""
    return frozenset(ln.strip() for ln in data_lines("common_noun_regions.txt"))


# how common a county's stem must be in written Chinese (wordfreq's Zipf value) to name no
# county when written alone
BARE_STEM_ZIPF = 4.0


@lru_cache(maxsize=1)
def word_stems() -> frozenset[str]:
    """Counties' stems that are everyday words (kg/data/word_stems.txt, Zipf 4.0 and more:
    平安, 资源, 公安), which name no county written alone."""
    return frozenset(stem for stem, zipf in _county_words() if zipf >= BARE_STEM_ZIPF)


@lru_cache(maxsize=1)
def word_counties() -> frozenset[str]:
    """The stems of all of kg/data/word_stems.txt (Zipf 3.5 and more: 会同, 清水 too), whose
    full names far from a report may be those words before a level word (会同县财政局)."""
    return frozenset(stem for stem, _ in _county_words())


@lru_cache(maxsize=1)
def _county_words() -> tuple[tuple[str, float], ...]:
    return tuple((row[0], float(row[1])) for row in (ln.split("\t") for ln in data_lines("word_stems.txt")))


@lru_cache(maxsize=1)
def zone_kinds() -> re.Pattern:
    """The kinds of development zones (kg/data/zone_kinds.txt): a zone is no division, the
    city whose name opens it runs it (大同经济技术开发区)."""
    return words_regex(data_lines("zone_kinds.txt"))


@lru_cache(maxsize=1)
def zone_short_kinds() -> dict[str, tuple[str, ...]]:
    """A zone kind's short form → the full kinds it stands for (kg/data/zone_short_kinds.tsv:
    经开区 → 经济技术开发区, 经济开发区)."""
    return {short: tuple(full.split("|")) for short, full in
            (line.split("\t") for line in data_lines("zone_short_kinds.tsv"))}


@lru_cache(maxsize=1)
def province_short_names() -> dict[str, str]:
    """Each province's one-character short names (简称) and the province's full name
    (kg/data/province_abbreviations.txt): 陕 is 陕西省, 藏 西藏自治区."""
    short = {}
    for line in data_lines("province_abbreviations.txt"):
        province, names = line.split("\t")
        short.update((n, province) for n in names.split())
    return short
