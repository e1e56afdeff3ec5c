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
