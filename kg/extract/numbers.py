"""Issuers named by a document number after a title (《…》(市中法委发〔2024〕3号)).

A number (发文字号, GB/T 9704) is the issuing region's abbreviation, a body code and a kind,
then 〔year〕 and a serial, per ``document_numbers`` in ``regulation_grammar.json``. National
numbers are known whole (国发, 中办发, 厅字). A local number's abbreviation is looked for in
the names of the report's subject region and the regions above it, the one the title
opens with or else the deepest holding it (蜀 is 下蜀镇's, 市中 is 市中区's, 石 is 石家庄市's;
濮 of 《濮阳市…》 is 濮阳市's in a 濮阳县 report; 伊州 is 伊犁哈萨克自治州's), or it is the
one-character name of the province the subject lies in (晋 for 山西省, 豫 for 河南省); its
body code says which of that region's bodies issued the document. Another province's
one-character name is not read (宁政发 is 宁夏's and 南京's alike).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .. import gazetteer
from .patterns import alternation

# the year's brackets as pages write them: 〔2022〕, [2022], ﹝2022﹞, (2022), 【2022】
_YEAR_SERIAL = r"[〔\[［﹝(（【]\d{4}[〕\]］﹞)）】]\d{1,4}号"
NUMBER = rf"(?P<head>[\u4e00-\u9fff]{{1,10}}){_YEAR_SERIAL}"
# a number in brackets after a title: 《…》(市中法委发〔2024〕3号)
DOCUMENT_NUMBER = re.compile(rf"\s*[(（]{NUMBER}[)）]")
# a number's year and serial, where a scan for numbers starts (its bracket opens it)
YEAR_SERIAL = re.compile(_YEAR_SERIAL)
# a number right after a title written bare: in brackets, or after a space (a table's row)
_NUMBER_NEXT = re.compile(rf"(?:\s*[(（]|[ \t\u3000]+){NUMBER}")


def number_follows(text: str, pos: int) -> bool:
    """A document number follows ``pos``: what ends there is a numbered document's title."""
    return _NUMBER_NEXT.match(text, pos) is not None


# a decree's number after a title: 《…条例》(国务院令第713号), 《…规定》(吉林省人民政府令第270号),
# (省政府令第222号), (沪府令35号), (省政府第3号令), (吉政令第218号): rules and regulations are
# issued as a government's or a ministry's decree (立法法; 规章制定程序条例: 规章 by 令, signed by
# the government's or the ministry's head)
_SERIAL = r"第?\s*[\d一二三四五六七八九十百零〇]+\s*[号號]"
DECREE = re.compile(rf"\s*[(（](?P<who>[\u4e00-\u9fff]{{1,16}}?)(?:令\s*{_SERIAL}|\s*{_SERIAL}令)[)）]")
# the level words a government's decree is signed with by its region's level (省政府令)
_DECREE_LEVELS = {"省": (1,), "自治区": (1,), "市": (2, 1), "州": (2,), "县": (3,), "区": (3, 2)}

# a number's head from a place in it to the year's bracket: the rest after a name inside it
# (城管法〔 after 柳 in 柳城管法〔2025〕11号), or all of it from where a name opens it (国办公开办函〔)
_REST_OF_HEAD = re.compile(rf"[\u4e00-\u9fff]{{0,9}}(?={_YEAR_SERIAL})")
# a number written year first (〔2014〕保市府办172号): its letters, from the year's bracket
# before them to the serial after
_YEAR_BEFORE = re.compile(r"[〔\[［﹝【]\d{4}[〕\]］﹞】][\u4e00-\u9fff]{0,9}$")
_SERIAL_AFTER = re.compile(r"[\u4e00-\u9fff]{0,9}\d{1,4}号")


def national_head_bodies(text: str, start: int) -> tuple[str, ...] | None:
    """The bodies a national number whose head opens at ``start`` names, or None: 国办 opens
    国办公开办函〔2021〕30号, a number of the State Council office's open-government office,
    not of the office itself."""
    m = _REST_OF_HEAD.match(text, start)
    return grammar().national.get(m.group()) if m else None


def in_a_number(text: str, start: int, end: int) -> bool:
    """The name at ``start``–``end`` is only letters of a document number's head, not the
    region the head opens with: 柳城管法〔2025〕11号 is 柳州's 城管 bureau's (柳 + 城管 + 法),
    not 柳城县's; 丰都府办〔2025〕37号 and 柳城政发 open with their region (丰都 + 府办). In
    a number written year first (〔2014〕保市府办172号) any name is the number's letters."""
    if _YEAR_BEFORE.search(text, max(start - 16, 0), start) and _SERIAL_AFTER.match(text, end):
        return True
    rest = _REST_OF_HEAD.match(text, end)
    if rest is None:
        return False
    if start and "\u4e00" <= text[start - 1] <= "\u9fff":
        return True                               # inside the head, not its opening
    local = grammar().local.fullmatch(text, start, rest.end())
    return not (local and local.end("who") == end and (local.group("body") or local.group("kind")))


@dataclass(frozen=True)
class NumberGrammar:
    national: dict[str, tuple[str, ...]]
    local: re.Pattern                      # who, body, kind
    bodies: dict[str, str]                 # body code → which body


@lru_cache(maxsize=1)
def grammar() -> NumberGrammar:
    data = json.loads(resources.files("kg.data").joinpath("regulation_grammar.json")
                      .read_text("utf-8"))["document_numbers"]
    codes = [c for c in data["bodies"] if c]
    local = re.compile(rf"(?P<who>[\u4e00-\u9fff]{{1,6}}?)(?P<body>{alternation(codes)})?"
                       rf"(?P<kind>{alternation(data['kinds'])})?")
    return NumberGrammar({k: tuple(v) for k, v in data["national"].items()}, local, data["bodies"])


def decree_issuers(text: str, title_end: int, subject: str | None,
                   national: dict[str, str]) -> list[str]:
    """The body whose decree number follows the title ending at ``title_end`` (its 》): a
    national body by name (``national``: the agency grammar's names), a government by its
    region's full name, by the province's one-character name (沪府令) or by the level word
    of a region the report's subject lies in (省政府令, 市人民政府令); else []."""
    if text[title_end:title_end + 1] != "》":
        return []
    m = DECREE.match(text, title_end + 1)
    if not m:
        return []
    who = m.group("who").removeprefix("中华人民共和国")
    if who in national:
        return [national[who]]
    place = re.sub(r"(?:人民政府|政府|府|政)$", "", who)
    if place == who or not place:
        return []
    g = gazetteer.load()
    hit = g.named_whole(place)
    if hit and len(hit.codes) == 1:
        return [g.government(hit.codes[0])]
    province = gazetteer.province_short_names().get(place)
    if province and (codes := g.by_name.get(province)):
        return [g.government(codes[0])]
    levels = _DECREE_LEVELS.get(place)
    if levels and subject:
        lineage = {d.level: d for d in g.lineage(subject)}
        found = next((lineage[lv] for lv in levels if lv in lineage
                      and (lv > 1 or place in ("省", "自治区") or lineage[lv].name.endswith("市"))), None)
        return [g.government(found.code)] if found else []
    return []


def _abbreviates(who: str, name: str) -> bool:
    """``who`` is how a number abbreviates the region ``name``: letters of its name (蜀 of
    下蜀镇, 市中 of 市中区), or an autonomous prefecture's first character and 州 (伊州 of
    伊犁哈萨克自治州, 巴州 of 巴音郭楞蒙古自治州)."""
    return who in name or (len(who) > 1 and who[-1] == "州" and name.endswith("自治州")
                           and name.startswith(who[:-1]))


def issuers(text: str, title_start: int, title_end: int, subject: str | None,
            rule_of_law: dict[str, str]) -> list[str]:
    """The bodies the number after the title at ``title_start``–``title_end`` names, or []:
    after its 》, or after a title written bare (``rule_of_law``: the committee's and its
    office's names with {level}, from the agency grammar)."""
    if text[title_end:title_end + 1] == "》":
        m = DOCUMENT_NUMBER.match(text, title_end + 1)
        title = text[text.rfind("《", 0, title_end) + 1:title_end]
    else:
        m = _NUMBER_NEXT.match(text, title_end)
        title = text[title_start:title_end]
    if not m:
        return []
    gr, head = grammar(), m.group("head")
    if head in gr.national:
        return list(gr.national[head])
    local = gr.local.fullmatch(head)
    if not local or not subject or not (local.group("body") or local.group("kind")):
        return []
    g = gazetteer.load()
    holding = [d for d in g.lineage(subject) if _abbreviates(local.group("who"), d.name)]
    if not holding:         # 晋政发, 豫政办, 粤府: the province's own one-character name
        province = gazetteer.province_short_names().get(local.group("who"))
        holding = [d for d in g.lineage(subject) if d.level == 1 and d.name == province]
    if not holding:
        return []
    # of several (濮 of 濮阳市 and 濮阳县), the one the title opens with, else the deepest
    opening = g.leading_full(title)
    region = next((d for d in holding if opening and d.code in opening.codes), holding[-1])
    prefix, top = g.prefix(region.code), region.level == 1
    body = gr.bodies[local.group("body") or ""]
    if body == "government":
        return [g.government(region.code)]
    if body == "government_office":
        return [f"{prefix}人民政府{'办公厅' if top else '办公室'}"]
    if body.startswith("congress_standing"):
        office = ("办公厅" if top else "办公室") if body.endswith("office") else ""
        return [f"{prefix}人民代表大会常务委员会{office}"]
    if body == "party_office":
        return [f"中共{prefix}委员会{'办公厅' if top else '办公室'}"]
    if body.startswith("rule_of_law"):
        template = rule_of_law["office" if body == "rule_of_law_office" else "committee"]
        return [f"中共{prefix}委员会{template.format(level=region.name[-1])}"]
    return [f"中共{prefix}委员会"]
