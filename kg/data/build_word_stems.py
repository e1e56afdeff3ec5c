"""Rebuild ``word_stems.txt``: the counties whose name without its level word is also an
everyday word (平安区 → 平安, 资源县 → 资源, 公安县 → 公安).

A county is seldom called by its stem alone, an everyday word very often is written: in
a report from 海东, 平安建设 is public-safety work and 平安 no mention of 平安区. Which
stems are everyday words is measured, not listed by hand:

* how common the stem is in written Chinese: PyPI ``wordfreq`` 3.1.1's large Chinese list
  (Wikipedia, subtitles, news, books, web text; CC BY-SA 4.0), a Zipf value of at least
  3.5 (three times in a million words; ``gazetteer.word_stems`` keeps those of 4.0, ten
  times, for stems written alone, ``gazetteer.word_counties`` all, for full names);
* that it is not first a place: jieba's dictionary (``dict.txt``, installed with kg) does
  not tag it ``ns`` (place name).

Only county-level divisions (level 3 of ``regions.tsv``) are kept: a prefecture is called
by its stem every day (大连, 桂林), a county's stem is its name only beside other places.

Run ``python -m kg.data.build_word_stems`` (it fetches the wordfreq wheel with
``pip download`` into a temporary folder, without installing it).
"""
from __future__ import annotations

import gzip
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import jieba
import srsly

from .. import gazetteer

PYPI_PACKAGE = "wordfreq==3.1.1"
WORDLIST = "wordfreq/data/large_zh.msgpack.gz"
MIN_ZIPF = 3.5
OUT = Path(__file__).with_name("word_stems.txt")


def zipf_values(wheel: Path) -> dict[str, float]:
    """Each word's Zipf value (log10 of its count in a billion words) from wordfreq's
    "cBpack" list: a header, then lists of words, the n-th at -n centibels."""
    with zipfile.ZipFile(wheel) as z:
        packed = srsly.msgpack_loads(gzip.decompress(z.read(WORDLIST)))
    out: dict[str, float] = {}
    for n, words in enumerate(packed[1:]):
        for word in words:
            out.setdefault(word, 9 - n / 100)
    return out


def jieba_tags() -> dict[str, str]:
    dictionary = Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME
    tags = {}
    for line in dictionary.read_text("utf-8").splitlines():
        word, _, tag = line.split()
        tags[word] = tag
    return tags


def word_stems(zipf: dict[str, float], tags: dict[str, str]) -> list[tuple[str, float, str]]:
    """(stem, Zipf value, a county it names) for every county stem that is an everyday word."""
    g = gazetteer.load()
    out = []
    for stem, codes in g.by_stem.items():
        if stem in g.by_name or tags.get(stem) == "ns" or zipf.get(stem, 0) < MIN_ZIPF:
            continue
        counties = [c for c in codes if g.divisions[c].level == 3]
        if counties:
            out.append((stem, zipf[stem], g.path(counties[0])))
    return sorted(out, key=lambda row: -row[1])


def build(wheel: Path, out: Path = OUT) -> int:
    rows = word_stems(zipf_values(wheel), jieba_tags())
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("# Counties' stems that are everyday words, built by kg/data/build_word_stems.py\n"
                f"# word frequency: PyPI {PYPI_PACKAGE} (large_zh, CC BY-SA 4.0), Zipf >= {MIN_ZIPF}\n"
                f"# not a place name in jieba {jieba.__version__}'s dict.txt; divisions: regions.tsv\n"
                "# A stem of Zipf >= 4.0 names its county only in a list of places with their\n"
                "# level word (平安、互助等县区), never alone (平安建设, 整合资源, 公安机关); any\n"
                "# of these, far from a report's region, names its county only where the text\n"
                "# cuts the full name as a word (合作市场: no 合作市; 会同县财政局: 会同, with).\n"
                "# stem\tZipf\ta county it names\n")
        for stem, z, path in rows:
            f.write(f"{stem}\t{z:.2f}\t{path}\n")
    return len(rows)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d",
                        tmp, PYPI_PACKAGE], check=True)
        wheel = next(Path(tmp).glob("wordfreq-*.whl"))
        print(f"wrote {build(wheel)} stems to {OUT}")


if __name__ == "__main__":
    main()
