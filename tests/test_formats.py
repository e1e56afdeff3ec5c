"""Reports as users have them: PDF and Word, other encodings, broken and huge files.
Every file is made here, by the library or codec that writes such files."""
import codecs
import json
import os
import subprocess
import sys

import pytest

from conftest import EXAMPLES, ROOT
from files import write_docx, write_pdf
from kg.io.encoding import ReadError
from kg.io.read import read_source
from kg.pipeline import extract_record

REPORTS = sorted(EXAMPLES.iterdir())


def kg(*args):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT)


def entities(record: dict) -> set[tuple[str, str]]:
    return {(e["type"], e["canonical"]) for e in record["entities"]}


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.name)
@pytest.mark.parametrize("write", [write_pdf, write_docx], ids=["pdf", "docx"])
def test_pdf_and_docx_give_the_entities_of_the_text(nlp, tmp_path, report, write):
    text = read_source(report).text                 # HTML: the text kg reads from it
    path = write(text, tmp_path / f"report.{write.__name__[6:]}")
    as_text = entities(extract_record(nlp, read_source(report)))
    source = read_source(path)
    record = extract_record(nlp, source)
    assert len(as_text & entities(record)) >= 0.9 * len(as_text), as_text - entities(record)
    for e in record["entities"]:
        for m in e["mentions"]:
            assert source.text[m["start"]:m["end"]] == m["text"]


def test_a_name_broken_by_the_pdf_margin_is_one_name(nlp, tmp_path):
    """The opening is cut so that the margin falls inside 平城区 (平城 | 区 or 平 | 城区)."""
    import pypdfium2 as pdfium
    opening = "二〇二〇年，我们认真贯彻落实中央和省委省政府的决策部署，全力推进法治政府建设工作"
    for cut in range(20, len(opening)):
        text = opening[:cut] + "，平城区人民政府制定《平城区行政规范性文件管理办法》。"
        path = write_pdf(text, tmp_path / "wrapped.pdf")
        pdf = pdfium.PdfDocument(str(path))
        raw = pdf[0].get_textpage().get_text_range()
        pdf.close()
        if "平城\r\n区" in raw or "平\r\n城区" in raw:
            break
    else:
        pytest.fail("no cut put the margin inside the name")
    record = extract_record(nlp, read_source(path))
    assert ("Agency", "山西省大同市平城区人民政府") in entities(record)
    assert ("Regulation", "平城区行政规范性文件管理办法") in entities(record)


def test_a_signature_set_to_the_right_margin_is_its_own_lines(nlp, tmp_path):
    """The body and the date end at the margin as full lines do, but start far in: neither
    runs on into the next line."""
    text = ("平城区2021年法治政府建设情况报告\n2021年，区政府全面推进依法行政，制定《平城区行政规范性"
            "文件管理办法》，深化行政执法体制改革，规范行政执法行为，全面提升依法行政水平和能力。\n")
    path = write_pdf(text, tmp_path / "signed.pdf", signature=("平城区人民政府", "2022年3月1日"))
    source = read_source(path)
    assert source.text.endswith("\n平城区人民政府\n2022年3月1日\n")
    record = extract_record(nlp, source)
    assert record["date"] == "2022-03-01"
    assert record["publisher"] == "山西省大同市平城区人民政府"


def test_a_scanned_pdf_says_it_has_no_text(tmp_path):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(tmp_path / "scan.pdf"))
    c.rect(100, 100, 300, 400, fill=1)               # a page of pixels, no glyphs
    c.showPage()
    c.save()
    with pytest.raises(ReadError, match="without a text layer.*OCR"):
        read_source(tmp_path / "scan.pdf")


TEXT = (EXAMPLES / "chaoyang_2022.txt").read_text("utf-8")


def folder_of_every_kind(folder):
    """Good reports of every kind, and bad files; returns (good names, bad names)."""
    good = {
        "a.pdf": lambda p: write_pdf(TEXT, p),
        "b.docx": lambda p: write_docx(TEXT, p),
        "c_gb18030.txt": lambda p: p.write_bytes(TEXT.encode("gb18030")),
        "d_utf16le.txt": lambda p: p.write_bytes(TEXT.encode("utf-16-le")),
        "e_utf16be.txt": lambda p: p.write_bytes(TEXT.encode("utf-16-be")),
        "f_cut.txt": lambda p: p.write_bytes((TEXT + "依法治区").encode("utf-8")[:-1]),  # in 区
        "g_huge.txt": lambda p: p.write_text(TEXT * (3_500_000 // len(TEXT) + 1), "utf-8"),
        "h.html": lambda p: p.write_bytes((EXAMPLES / "yanbian_2021.html").read_bytes()),
    }
    bad = {
        "empty.txt": lambda p: p.write_bytes(b""),
        "random.txt": lambda p: p.write_bytes(os.urandom(4096)),
        "fake.pdf": lambda p: p.write_text("<html><body>404 Not Found</body></html>", "utf-8"),
        "old.doc": lambda p: p.write_bytes(codecs.decode("d0cf11e0a1b11ae1", "hex") + bytes(504)),
        "broken.docx": lambda p: p.write_bytes(b"PK\x03\x04" + os.urandom(200)),
    }
    for name, make in {**good, **bad}.items():
        make(folder / name)
    return set(good), set(bad)


def test_a_folder_of_every_kind(tmp_path):
    """Every good report is extracted, each bad file is one error line, exit code 1."""
    folder = tmp_path / "reports"
    folder.mkdir()
    good, bad = folder_of_every_kind(folder)
    out = kg("extract", folder, "--workers", 2, "-o", tmp_path / "out.json")
    assert out.returncode == 1 and "Traceback" not in out.stderr
    errors = [ln for ln in out.stderr.splitlines() if ln.startswith("kg: error: ")]
    assert sorted(e.split(": ")[2].rsplit("/", 1)[-1] for e in errors) == sorted(bad), out.stderr
    assert len(out.stderr.splitlines()) == len(errors) + 1, out.stderr   # and one warning:
    assert "kg: warning: " in out.stderr and "f_cut.txt: 2 undecodable bytes dropped" in out.stderr
    docs = json.loads((tmp_path / "out.json").read_text("utf-8"))["documents"]
    assert {d["doc"] for d in docs} == good
    expected = entities(next(d for d in docs if d["doc"] == "c_gb18030.txt"))
    for d in docs:
        if d["doc"] != "h.html":                    # the others hold chaoyang_2022.txt
            assert len(entities(d) & expected) >= 0.9 * len(expected), d["doc"]
    assert next(d for d in docs if d["doc"] == "f_cut.txt")["warnings"]


def test_a_huge_report_is_extracted_in_sections_with_offsets_into_the_whole(nlp):
    """Three sections: the same entities as the report once, every offset into the whole."""
    from kg.io.read import Source
    from kg.pipeline import SECTION_CHARS
    one = extract_record(nlp, Source("one.txt", TEXT, "utf-8"))
    text = TEXT * (2 * SECTION_CHARS // len(TEXT) + 2)
    record = extract_record(nlp, Source("huge.txt", text, "utf-8"))
    assert entities(record) == entities(one)
    assert record["title"] == one["title"] and record["publisher"] == one["publisher"]
    copies = len(text) // len(TEXT)
    assert sum(len(e["mentions"]) for e in record["entities"]) == \
        copies * sum(len(e["mentions"]) for e in one["entities"])
    for e in record["entities"]:
        for m in e["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    for r in record["relations"]:
        for ev in r["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["sentence"]
            assert ev["start"] <= ev["mention"][0] < ev["mention"][1] <= ev["end"]


@pytest.mark.parametrize("name,data,why", [
    ("x.doc", codecs.decode("d0cf11e0a1b11ae1", "hex") + bytes(100), "Word 97-2003 or WPS.*libreoffice"),
    ("x.wps", codecs.decode("d0cf11e0a1b11ae1", "hex") + bytes(100), "Word 97-2003 or WPS"),
    ("x.pdf", b"%PDF-1.7\n" + bytes(range(256)), "not a readable PDF"),
    # (PDFium's own reason ends with a stop: one sentence, no ".;" inside it)
    ("x.pdf", b"%PDF-1.4 broken", r"^not a readable PDF \([^.]*[^.;]; a broken"),
    ("x.pdf", "<!DOCTYPE html><html>错误</html>".encode(), "named .pdf but holds an HTML page"),
    ("x.png", b"\x89PNG\r\n\x1a\n" + bytes(50), "PNG image.*OCR"),
    ("x.zip", b"PK\x03\x04" + bytes(50), "broken ZIP"),
])
def test_files_that_are_not_reports_say_what_to_do(tmp_path, name, data, why):
    (tmp_path / name).write_bytes(data)
    with pytest.raises(ReadError, match=why):
        read_source(tmp_path / name)


def test_an_ofd_file_says_what_to_do(tmp_path):
    import zipfile
    with zipfile.ZipFile(tmp_path / "x.ofd", "w") as z:
        z.writestr("OFD.xml", "<ofd:OFD xmlns:ofd='http://www.ofdspec.org/2016'/>")
    with pytest.raises(ReadError, match="OFD.*PDF"):
        read_source(tmp_path / "x.ofd")
