"""The law catalogue: national and local laws and regulations with their versions.

Read from ``kg/data/laws.tsv`` (made by ``kg/data/build_laws.py``, source named there).
Extraction uses it for official titles (刑法 → 中华人民共和国刑法) and to find national
laws named without 《》 (把宪法、民法典纳入…); the graph uses it for a regulation's level,
status and dates.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from .data import data_lines

NATION = "中华人民共和国"
# national levels whose titles a report may name bare, without 《》: short, well-known
# names, and a ministry's rules, whose titles name their field (公安机关办理行政案件程序规定)
BARE_LEVELS = ("宪法", "法律", "行政法规", "部门规章")


@dataclass(frozen=True)
class Version:
    title: str              # as reports must name it: 中华人民共和国刑法
    name: str               # as the catalogue keeps it: 刑法
    level: str              # 宪法, 法律, 行政法规, 司法解释, 部门规章, 地方性法规
    scope: str              # 全国, or the province that made it
    promulgated: str        # ISO date or ""
    effective: str
    in_force: bool


@dataclass(frozen=True)
class Catalogue:
    versions: dict[str, tuple[Version, ...]]     # official title → versions, oldest first
    official: dict[str, str]                     # catalogue name or title → official title

    def find(self, title: str) -> tuple[Version, ...]:
        """Versions of a title, named as the catalogue or as reports name it (with or
        without 中华人民共和国)."""
        found = self.versions.get(self.official.get(title, title), ())
        if not found and title.startswith(NATION):
            found = self.versions.get(self.official.get(title[len(NATION):], ""), ())
        return found

    def version_in(self, title: str, year: int) -> Version | None:
        """The version of a title in force in ``year``: the latest that took effect (or
        was promulgated) by that year's end."""
        dated = [v for v in self.find(title)
                 if (v.effective or v.promulgated) and int((v.effective or v.promulgated)[:4]) <= year]
        return dated[-1] if dated else None

    def bare_names(self) -> list[str]:
        """Names of national documents a report may cite without 《》."""
        return sorted({n for n, t in self.official.items()
                       if any(v.scope == "全国" and v.level in BARE_LEVELS for v in self.versions[t])})

    def local_titles(self) -> list[str]:
        """Titles of local regulations (上海市住宅物业管理规定); those that open with their
        region's full name are as specific written bare as in 《》."""
        return sorted({t for t, vs in self.versions.items() if any(v.scope != "全国" for v in vs)})


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    lines = data_lines("laws.tsv")
    versions: dict[str, list[Version]] = {}
    official: dict[str, str] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        v = Version(row["title"], row["name"], row["level"], row["scope"], row["promulgated"],
                    row["effective"], row["in_force"] == "1")
        versions.setdefault(v.title, []).append(v)
        # a national title wins a name that a local one shares
        if v.scope == "全国" or v.name not in official:
            official[v.name] = v.title
        official[v.title] = v.title
    return Catalogue({t: tuple(sorted(vs, key=lambda v: v.promulgated)) for t, vs in versions.items()},
                     official)
