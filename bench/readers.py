"""How the libraries kg reads files with were chosen: each against its alternatives on
the same files, made here from the sample reports (and ../shared's, where present).

    .venv/bin/python -m bench.readers

PDF: text layer of PDFs written with a CID font (tests/files.py), by pypdfium2 (kg's)
and pdfplumber: seconds, and how much of the report's text comes back in order (the
longest common subsequence of non-space characters, as a share of the source's).
Encodings: the sample reports in GB18030, GBK, Big5, UTF-16 without BOM and UTF-8 cut
mid-character, decoded by kg's rules (kg/io/encoding.py), by charset-normalizer alone
and by chardet alone: how many come back as the text. A library not installed is said
so and skipped (pdfplumber and chardet are not kg's dependencies).
"""
from __future__ import annotations

import difflib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def texts() -> list[str]:
    from kg.io.read import iter_paths, read_source
    folders = [ROOT / "examples" / "reports", ROOT / "examples" / "research"]
    shared = ROOT.parent / "shared" / "corpus" / "reports"
    if shared.is_dir():
        folders.append(shared)
    return [read_source(p).text for p in iter_paths(folders)]


def kept(source: str, got: str) -> float:
    a, b = "".join(source.split()), "".join(got.split())
    m = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(block.size for block in m.get_matching_blocks()) / max(len(a), 1)


def pdf_readers() -> dict:
    def pdfium(path: Path) -> str:
        from kg.io.pdf import pdf_text
        return pdf_text(path)

    def plumber(path: Path) -> str:
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    return {"pypdfium2 (kg)": pdfium, "pdfplumber": plumber}


def bench_pdf(all_texts: list[str]) -> None:
    from files import write_pdf
    with tempfile.TemporaryDirectory() as tmp:
        paths = [write_pdf(t, Path(tmp) / f"{i}.pdf") for i, t in enumerate(all_texts)]
        for name, read in pdf_readers().items():
            try:
                t = time.perf_counter()
                got = [read(p) for p in paths]
                secs = time.perf_counter() - t
            except ImportError:
                print(f"| PDF | {name} | not installed | |")
                continue
            share = sum(kept(s, g) for s, g in zip(all_texts, got)) / len(got)
            print(f"| PDF ({len(paths)} files) | {name} | {secs:.2f} s | {100 * share:.1f}% of the text |")


def decoders() -> dict:
    def kg_rules(data: bytes) -> str:
        from kg.io.encoding import decode
        return decode(data).text

    def normalizer(data: bytes) -> str:
        from charset_normalizer import from_bytes
        best = from_bytes(data).best()
        return str(best) if best else ""

    def chardet_(data: bytes) -> str:
        import chardet
        enc = chardet.detect(data)["encoding"]
        return data.decode(enc, errors="replace") if enc else ""
    return {"kg's rules": kg_rules, "charset-normalizer alone": normalizer, "chardet alone": chardet_}


def bench_encodings(all_texts: list[str]) -> None:
    cases = []
    for t in all_texts:
        for enc in ("gb18030", "gbk", "big5", "utf-16-le", "utf-16-be"):
            data = t.encode(enc, errors="ignore")
            cases.append((enc, data, data.decode(enc)))
        data = (t + "依法治理").encode("utf-8")[:-1]
        cases.append(("utf-8 cut", data, t + "依法治"))
    for name, read in decoders().items():
        right, t0 = 0, time.perf_counter()
        try:
            for _, data, want in cases:
                try:
                    got = read(data)
                except Exception:          # noqa: BLE001 — a refusal counts as wrong
                    got = ""
                right += got.replace("\r\n", "\n") == want
        except ImportError:
            print(f"| encodings | {name} | not installed | |")
            continue
        print(f"| encodings ({len(cases)} files) | {name} | {time.perf_counter() - t0:.2f} s "
              f"| {right} right ({100 * right / len(cases):.0f}%) |")


def main() -> None:
    all_texts = texts()
    print(f"{len(all_texts)} reports; {time.strftime('%Y-%m-%d')}")
    print("| files | reader | time | result |")
    print("|---|---|---|---|")
    bench_pdf(all_texts)
    bench_encodings(all_texts)


if __name__ == "__main__":
    main()
