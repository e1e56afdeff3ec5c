"""Rebuild ``laws.tsv``, kg's catalogue of national and local laws and regulations.

Source: the catalogue ``law_catalogue.tsv`` that ships beside the project
(``../shared/data``), itself made from the public repository LawRefBook/Laws (commit
2f4c5c2, 2025-04-19; see its README): national laws, administrative regulations and
judicial interpretations in full as of 2025-04, departmental rules and local regulations
of seven provinces in part. Laws are not subject to copyright in China (著作权法 第五条);
the file keeps catalogue facts only.

What this adds to the catalogue is each title as reports must name it: national laws
and the constitution carry 中华人民共和国 officially (刑法 → 中华人民共和国刑法), as do
the implementing regulations of a national law (土地管理法实施条例); the parts of the
civil code (民法典 总则) are one code; full-width brackets become half-width.

Run ``python -m kg.data.build_laws [CATALOGUE]``.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[3] / "shared" / "data" / "law_catalogue.tsv"
OUT = Path(__file__).with_name("laws.tsv")
NATION = "中华人民共和国"
COLUMNS = ("title", "name", "level", "scope", "promulgated", "effective", "in_force")
_IMPLEMENTING = re.compile(r"^(.+法)实施(?:条例|细则|办法)$")


def half_width(s: str) -> str:
    return s.replace("（", "(").replace("）", ")").strip()


def official_title(name: str, level: str, scope: str, laws: set[str]) -> str:
    """The title with the national prefix where the official one carries it."""
    if scope != "全国" or name.startswith((NATION, "全国人民代表大会", "中国")):
        return name
    if level in ("宪法", "法律") and not name.startswith("关于"):
        return NATION + name
    m = _IMPLEMENTING.match(name)
    if level == "行政法规" and m and m.group(1) in laws:
        return NATION + name
    return name


def rows(catalogue: Path) -> list[dict]:
    with catalogue.open(encoding="utf-8", newline="") as f:
        source = list(csv.DictReader(f, delimiter="\t"))
    for r in source:
        r["name"] = half_width(r["name"]).split(" ")[0]     # 民法典 总则 → 民法典
    laws = {r["name"] for r in source if r["scope"] == "全国" and r["level"] == "法律"}
    out, seen = [], set()
    for r in source:
        key = (r["name"], r["level"], r["scope"], r["publish"])
        if key in seen:
            continue
        seen.add(key)
        out.append({"title": official_title(r["name"], r["level"], r["scope"], laws),
                    "name": r["name"], "level": r["level"], "scope": r["scope"],
                    "promulgated": r["publish"], "effective": r["valid_from"],
                    "in_force": "0" if r["expired"] == "1" else "1"})
    out.sort(key=lambda r: (r["scope"] != "全国", r["scope"], r["level"], r["name"], r["promulgated"]))
    return out


def write(rows_: list[dict], out: Path, catalogue: Path) -> None:
    header = ("# Chinese laws and regulations, one row per version: title as reports must name it\n"
              "# (national laws with 中华人民共和国), catalogue name, level, scope (全国 or the\n"
              "# province), promulgated, effective, in_force (1/0 as of the catalogue's date).\n"
              "# Made by kg/data/build_laws.py from law_catalogue.tsv (LawRefBook/Laws, commit\n"
              "# 2f4c5c2, 2025-04-19). Do not edit by hand.\n")
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write(header)
        w = csv.DictWriter(f, COLUMNS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows_)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("catalogue", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if not args.catalogue.is_file():
        print(f"build_laws: no catalogue at {args.catalogue}", file=sys.stderr)
        return 2
    made = rows(args.catalogue)
    write(made, args.output, args.catalogue)
    print(f"wrote {len(made)} rows to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
