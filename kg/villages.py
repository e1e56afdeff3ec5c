"""The villages and communities (村, 社区, 嘎查) of each township, from
``kg/data/villages.tsv.gz`` (built with the gazetteer by ``kg/data/build_regions.py``
from NBS's 统计用区划代码): 580,000 names, read the first time a township's report asks
for its own, from kg's cache folder (kept by county: a hundredth of a second, where the
data file takes a sixth), and split a county at a time."""
from __future__ import annotations

import gzip
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .cachedir import derived


def _by_county() -> dict[str, str]:
    """County code → its townships' lines (code, tab, names joined by |)."""
    data = gzip.decompress(resources.files("kg.data").joinpath("villages.tsv.gz").read_bytes())
    lines: dict[str, list[str]] = {}
    for line in data.decode("utf-8").splitlines():
        if line and not line.startswith("#") and not line.startswith("township\t"):
            lines.setdefault(line[:6], []).append(line)     # (a township's code opens with its county's)
    return {county: "\n".join(rows) for county, rows in lines.items()}


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    made_from = b"\0".join([resources.files("kg.data").joinpath("villages.tsv.gz").read_bytes(),
                            Path(__file__).read_bytes(), sys.version.encode()])
    return derived("villages", made_from, _by_county)


@lru_cache(maxsize=256)
def of_county(code: str) -> dict[str, tuple[str, ...]]:
    """Township code → the names of its villages and communities, for a county's townships."""
    out = {}
    for line in _table().get(code, "").splitlines():
        township, names = line.split("\t")
        out[township] = tuple(names.split("|"))
    return out


def of_township(code: str) -> tuple[str, ...]:
    """The names of a township's villages and communities (后郑寨村, 多福巷社区)."""
    return of_county(code[:6]).get(code, ())
