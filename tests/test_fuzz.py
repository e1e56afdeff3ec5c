"""Arbitrary text never crashes extraction, and offsets stay inside the text."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.io.clean import blank_furniture
from kg.io.encoding import ReadError, decode

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
PUNCT = st.sampled_from(list("《》“”、，。；：（）()\n 省市县区委局厅办法条例改革"))
TEXTS = st.one_of(st.text(max_size=300),
                  st.text(alphabet=st.one_of(CJK, PUNCT), max_size=400))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_extraction_never_crashes(extract, text):
    r = extract(text)
    for e in r["entities"]:
        for m in e["mentions"]:
            assert 0 <= m["start"] < m["end"] <= len(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_report_cut_anywhere_never_crashes(extract, data):
    """Reports reach users cut mid-sentence (excerpts, truncated downloads): the sample
    reports cut at any point, so that whatever a rule looks at ends the text."""
    from pathlib import Path
    reports = sorted((Path(__file__).parent.parent / "examples" / "reports").glob("*.txt"))
    text = data.draw(st.sampled_from(reports)).read_text("utf-8")
    cut = data.draw(st.integers(min_value=0, max_value=len(text)))
    r = extract(text[:cut])
    for e in r["entities"]:
        for m in e["mentions"]:
            assert 0 <= m["start"] < m["end"] <= cut


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_decode_either_reads_or_says_why(data):
    try:
        text, enc, _ = decode(data)
    except ReadError as e:
        assert str(e)
    else:
        assert isinstance(text, str) and enc


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_blanking_keeps_length(text):
    assert len(blank_furniture(text)) == len(text)


ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "gbk", "big5", "utf-16", "utf-16-le", "utf-16-be"]


@st.composite
def report_files(draw) -> tuple[str, bytes]:
    """(suffix, bytes): Chinese text in a random encoding, perhaps cut short, or random
    bytes, under a random report suffix."""
    suffix = draw(st.sampled_from([".txt", ".html", ".md", ".pdf", ".docx", ".doc"]))
    if draw(st.booleans()):
        text = draw(st.text(alphabet=st.one_of(CJK, PUNCT), min_size=1, max_size=300))
        data = text.encode(draw(st.sampled_from(ENCODINGS)), errors="ignore")
        data = data[:len(data) - draw(st.integers(0, 3))]
    else:
        data = draw(st.binary(max_size=600))
    return suffix, data


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(report_files(), min_size=1, max_size=10))
def test_any_bytes_through_the_command_line_give_a_record_or_one_error_line(tmp_path_factory, files):
    import json
    import subprocess
    import sys

    from conftest import ROOT
    folder = tmp_path_factory.mktemp("bytes")
    names = []
    for i, (suffix, data) in enumerate(files):
        (folder / f"f{i}{suffix}").write_bytes(data)
        names.append(f"f{i}{suffix}")
    out = subprocess.run([sys.executable, "-m", "kg", "extract", str(folder)],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode in (0, 1) and "Traceback" not in out.stderr, out.stderr
    docs = {d["doc"] for d in json.loads(out.stdout)["documents"]}
    lines = out.stderr.splitlines()
    assert all(ln.startswith(("kg: error: ", "kg: warning: ")) for ln in lines), out.stderr
    failed = [ln.split(": ")[2].rsplit("/", 1)[-1] for ln in lines if ln.startswith("kg: error: ")]
    assert sorted(failed + sorted(docs)) == sorted(names), out.stderr
    assert out.returncode == (1 if failed else 0)
