"""kg's hand-written encoders give exactly what the standard library would."""
import csv
import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.graph.build import evidence_item
from kg.graph.export import _csv_row, _flat

TEXT = st.text(alphabet=st.one_of(st.characters(), st.sampled_from('"\\,\n\r|\u2028《》')))
EVIDENCE = st.fixed_dictionaries(
    {"sentence": TEXT, "start": st.integers(0, 10**6), "end": st.integers(0, 10**6)},
    optional={"mention": st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)).map(list)})


@settings(max_examples=300, deadline=None)
@given(TEXT, EVIDENCE)
def test_evidence_item_is_sorted_compact_json(report, ev):
    item = {"report": report, "sentence": ev["sentence"], "start": ev["start"], "end": ev["end"]}
    if "mention" in ev:
        item["mention"] = ev["mention"]
    text = evidence_item(report, ev)
    assert text == json.dumps(item, ensure_ascii=False, sort_keys=True)
    assert json.loads(text) == item


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXT, max_size=6))
def test_list_property_is_json(values):
    assert _flat(values) == json.dumps(values, ensure_ascii=False)


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXT, min_size=2, max_size=6))
def test_csv_row_is_what_the_csv_module_writes(cells):
    out = io.StringIO(newline="")
    csv.writer(out).writerow(cells)
    assert _csv_row(cells) == out.getvalue()
    assert next(csv.reader(io.StringIO(_csv_row(cells), newline=""))) == cells
