"""The spaCy side: factories, config, Doc/Span results, nlp.pipe."""
import subprocess
import sys

import spacy

import kg
from kg.extract.doc import MENTIONS
from kg.pipeline import COMPONENTS


def test_components_are_registered_factories():
    for name in COMPONENTS:
        assert spacy.registry.factories.get(name)


def test_load_builds_the_configured_pipeline(nlp):
    assert nlp.lang == "zh"
    assert nlp.pipe_names == COMPONENTS
    assert kg.load().pipe_names == COMPONENTS


def test_results_on_doc_spans_and_extensions(nlp):
    doc = nlp("平城区2020年法治政府建设报告\n平城区人民政府制定《普法责任清单》。\n")
    labels = {s.label_ for s in doc.spans[MENTIONS]}
    assert {"Region", "Agency", "Regulation"} <= labels
    span = next(s for s in doc.spans[MENTIONS] if s.label_ == "Regulation")
    assert span.text == "普法责任清单" and span.kb_id_ == "普法责任清单"
    assert "平城区人民政府" in {e.text for e in doc.ents}          # longest wins over 平城区
    assert all(a.end <= b.start for a, b in zip(doc.ents, doc.ents[1:]))
    assert doc._.kg_report["subject_region"] == "山西省/大同市/平城区"
    assert any(r["type"] == "CITES" for r in doc._.kg_relations)


def test_each_mention_is_recorded_once(nlp, sample_records):
    """The mentions the components read (a cache) are the span group's, the first too."""
    from kg.extract.doc import mentions
    doc = nlp("平城区2020年法治政府建设报告\n平城区人民政府制定《普法责任清单》。\n")
    spans = [(s.start_char, s.end_char, s.label_) for s in doc.spans[MENTIONS]]
    assert [(s.start_char, s.end_char, s.label_) for s in mentions(doc)] == spans
    assert len(spans) == len(set(spans))
    for record in sample_records:
        for e in record["entities"]:
            offsets = [(m["start"], m["end"]) for m in e["mentions"]]
            assert len(offsets) == len(set(offsets)), (record["doc"], e["canonical"])


def test_pipe_streams_many_texts(nlp):
    texts = [f"平城区{y}年法治政府建设报告\n正文。\n" for y in range(2015, 2025)]
    years = [d._.kg_report["year"] for d in nlp.pipe(texts, batch_size=3)]
    assert years == list(range(2015, 2025))


def test_config_override(tmp_path):
    from kg.pipeline import CONFIG
    cfg = CONFIG.read_text("utf-8").replace(
        'pipeline = ["kg_metadata","kg_regions","kg_agencies","kg_regulations","kg_initiatives","kg_relations","kg_ents"]',
        'pipeline = ["kg_metadata","kg_regions"]')
    path = tmp_path / "small.cfg"
    path.write_text(cfg, "utf-8")
    assert kg.load(path).pipe_names == ["kg_metadata", "kg_regions"]


def test_a_title_found_with_white_space_between_its_characters():
    # the walk that finds a report's title where a page wrapped or letter-spaced it gives
    # what the pattern 大\s*同\s*… gives, on random texts; and a name's plain occurrences
    import random
    import re
    from kg.extract.doc import occurrences, spaced_occurrences
    assert spaced_occurrences("平城区报告", "x平城\n区 报\u3000告y平城区报告") == [(1, 9), (10, 15)]
    assert occurrences("同同", "同同同同同") == [0, 2] and occurrences("", "同") == []
    rng = random.Random(7)
    for _ in range(5000):
        name = "".join(rng.choice("大同市平城区") for _ in range(rng.randint(1, 4)))
        text = "".join(rng.choice("大同市平城区 \n\u3000") for _ in range(rng.randint(0, 40)))
        pattern = r"\s*".join(map(re.escape, name))
        assert spaced_occurrences(name, text) == [m.span() for m in re.finditer(pattern, text)]
        assert occurrences(name, text) == [m.start() for m in re.finditer(re.escape(name), text)]


def test_records_do_not_wait_for_doc_ents(nlp):
    """kg_ents sets doc.ents for spaCy's tools; a record is made without it, and is the
    same with it."""
    from kg.io.read import Source
    from kg.pipeline import NOT_RECORDED, extract_record
    from kg.record import doc_to_record
    text = "平城区2020年法治政府建设报告\n平城区人民政府制定《普法责任清单》。\n"
    assert "kg_ents" in NOT_RECORDED and nlp.pipe_names[-1] == "kg_ents"
    record = extract_record(nlp, Source("a.txt", text, "utf-8"))
    skipped = nlp(text, disable=NOT_RECORDED)
    assert not skipped.ents
    assert nlp(text).ents
    whole = doc_to_record(nlp(text))
    assert {e["canonical"] for e in whole["entities"]} == {e["canonical"] for e in record["entities"]}


def test_spacys_command_line_waits_until_asked_for():
    """kg imports spaCy without spaCy's CLI (kg/lazy_spacy_cli.py); spacy.info and
    spacy.cli still work, and the stand-in leaves no trace once spaCy is imported."""
    code = """
import sys, kg, spacy
from kg.pipeline import load
assert load()("北京市人民政府印发《实施办法》").ents
print(sorted(m for m in ("spacy.cli", "spacy.cli.info", "typer", "requests") if m in sys.modules))
print(spacy.info(markdown=False, silent=True)["spacy_version"] == spacy.__version__)
import spacy.cli
from spacy.cli.info import info_model
print(spacy.cli.info is sys.modules["spacy.cli.info"].info, callable(info_model))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:3] == ["[]", "True", "True True"]
