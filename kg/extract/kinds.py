"""What a regulation is: its kind, who made it (jurisdiction) and, where the law
catalogue knows it, its legal status and dates.

Kinds follow the forms the law gives documents (``kg/data/regulation_kinds.json`` says
which and how sure each rule is): a catalogue match decides first (its level is the
kind), then the title's form, its region prefix and its issuers. The jurisdiction is
``全国`` or the path of the region that made it: from the catalogue's scope, a national
title or issuer, the title's own region, or the issuer's region; ``未知`` when none says.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .. import gazetteer, laws
from .regulations import NATION, core_title, is_national

UNKNOWN = "未知"
NATIONAL = "全国"
_NOTICE = re.compile(r"^(?:.*?)关于.+的(?:通知|意见|决定|通报|批复|通告|公告|函)$")
_TRIAL = re.compile(r"[(（](?:试行|暂行)[)）]$")
_DRAFT = re.compile(r"[(（][^()（）]*(?:草案|征求意见稿|送审稿)[^()（）]*[)）]")
_LEVEL_WORDS = {1: "province", 2: "prefecture", 3: "county", 4: "township"}


@dataclass(frozen=True)
class Rule:
    kind: str
    sure: str
    ends: tuple[str, ...] = ()
    starts: tuple[str, ...] = ()
    by: tuple[str | None, ...] = ()
    where: tuple[str, ...] = ()
    notice: bool = False

    def applies(self, core: str, by: set[str | None], where: str) -> bool:
        return ((not self.ends or core.endswith(self.ends))
                and (not self.starts or core.startswith(self.starts))
                and (not self.by or bool(by & set(self.by)))
                and (not self.where or where in self.where)
                and (not self.notice or bool(_NOTICE.match(core))))


@dataclass(frozen=True)
class KindRules:
    levels: dict[str, str]
    rules: tuple[Rule, ...]
    fallback: str
    ministry_endings: tuple[str, ...]
    national_kinds: frozenset[str]


def _tuple(v) -> tuple:
    """A rule's field as a tuple: a list as it is, one value alone, nothing empty."""
    return tuple(v) if isinstance(v, list) else () if v is None else (v,)


@lru_cache(maxsize=1)
def kind_rules() -> KindRules:
    data = json.loads(resources.files("kg.data").joinpath("regulation_kinds.json").read_text("utf-8"))
    rules = tuple(Rule(r["kind"], r["sure"], _tuple(r.get("ends")), _tuple(r.get("starts")),
                       _tuple(r.get("by")), _tuple(r.get("where")), bool(r.get("notice")))
                  for r in data["rules"])
    return KindRules(data["catalogue_levels"], rules, data["fallback"], tuple(data["ministry_endings"]),
                     frozenset(data["national_kinds"]))


def issuer_kind(name: str, region_code: str | None, kr: KindRules) -> str | None:
    """party, congress, government or ministry: what made the document, in the rules' terms
    (party: the central organs and provincial committees, which make 党内法规)."""
    if name.startswith(("中共", "中国共产党", "中央")):
        central = region_code is None or gazetteer.load().divisions[region_code].level == 1
        return "party" if central else "local party"
    if "人民代表大会" in name:
        return "congress"
    if "人民政府" in name:
        return "government"
    if region_code is None and name.endswith(kr.ministry_endings) and \
            not name.startswith(("国务院", "最高")):
        return "ministry"                  # 司法部, 国家税务总局: national bodies, no region
    return None


@lru_cache(maxsize=65536)             # titles recur across a corpus's reports
def title_region(title: str, subject: str | None) -> str | None:
    """The division a title starts with (山西省…条例), resolved near the subject."""
    g = gazetteer.load()
    hits = g.find(title[:16], g.home(subject) if subject else None)
    code, end = None, 0
    for h in hits:                  # 济南市市中区…: the last of the regions written out
        if h.start != end:
            break
        found = g.closest(h.codes, [code or subject] if (code or subject) else [])
        if found is None or (code and not g.is_within(found, code)):
            break
        code, end = found, h.end
    return code


@lru_cache(maxsize=65536)
def _legal_status(title: str) -> tuple:
    return tuple(legal_status(title).items())


def legal_status(title: str) -> dict:
    """status, promulgated, effective (and in_force_until for a trial version that a
    final one replaced) of a title the catalogue holds; {} otherwise or for a draft."""
    if _DRAFT.search(title):
        return {}
    cat = laws.catalogue()
    versions = cat.find(title) or cat.find(core_title(title))
    if not versions:
        return {}
    last = versions[-1]
    out = {"status": "in force" if any(v.in_force for v in versions) else "not in force",
           "promulgated": last.promulgated, "effective": last.effective or last.promulgated}
    if _TRIAL.search(title):
        final = [v for v in cat.find(core_title(title)) if v.promulgated > last.promulgated]
        if final:
            out["in_force_until"] = final[0].effective or final[0].promulgated
    return {k: v for k, v in out.items() if v}


def describe(title: str, issuers: list[tuple[str, str | None]], subject: str | None) -> dict:
    """kind, kind_sure, jurisdiction and the catalogue's status fields of one title;
    ``issuers`` are (agency name, the region code its name carries)."""
    return dict(_describe(title, tuple(issuers), subject))


@lru_cache(maxsize=65536)             # a title, its issuers and region recur across reports
def _describe(title: str, issuers: tuple[tuple[str, str | None], ...], subject: str | None) -> dict:
    kr, g = kind_rules(), gazetteer.load()
    cat = laws.catalogue()
    core = core_title(_DRAFT.sub("", title)) or title
    versions = cat.find(title) or cat.find(core)
    region = title_region(core, subject)
    national = region is None and (is_national(core) or core.startswith(NATION) or (
        bool(issuers) and all(code is None for _, code in issuers)))
    where = "national" if national else _LEVEL_WORDS.get(g.divisions[region].level, "") if region else ""
    if versions:
        kind, sure, scope = kr.levels.get(versions[-1].level, kr.fallback), "catalogue", versions[-1].scope
        jurisdiction = NATIONAL if scope == "全国" else \
            next((g.path(c) for c in g.by_name.get(scope, []) if g.divisions[c].level == 1), UNKNOWN)
    else:
        by = {issuer_kind(name, code, kr) for name, code in issuers} or {None}
        rule = next((r for r in kr.rules if r.applies(core, by, where)), None)
        kind, sure = (rule.kind, rule.sure) if rule else (kr.fallback, "low")
        coded = [code for _, code in issuers if code]
        jurisdiction = NATIONAL if national else g.path(region) if region else \
            g.path(coded[0]) if coded else NATIONAL if issuers or kind in kr.national_kinds else UNKNOWN
    return {"kind": kind, "kind_sure": sure, "jurisdiction": jurisdiction, **dict(_legal_status(title))}
