"""The command line on real files: output format, schema, failures, exit codes."""
import json
import subprocess
import sys

import jsonschema
import pytest
from spacy.language import Language

from kg.pipeline import load

from conftest import EXAMPLES, ROOT

SCHEMA = json.loads((ROOT / "schemas" / "extraction.schema.json").read_text("utf-8"))


def kg(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd)


@pytest.fixture(scope="module")
def sample():
    out = kg("extract", EXAMPLES, "--format", "json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_help_lists_commands():
    out = kg("--help")
    assert out.returncode == 0 and "extract" in out.stdout and "eval" in out.stdout
    assert "--format" in kg("extract", "--help").stdout


def test_sample_output_follows_the_schema(sample):
    jsonschema.validate(sample, SCHEMA)
    assert {d["doc"] for d in sample["documents"]} == {p.name for p in EXAMPLES.iterdir()}


def test_every_mention_and_evidence_points_into_the_file(sample):
    from kg.io.read import read_source
    for d in sample["documents"]:
        text = read_source(d["path"]).text
        for e in d["entities"]:
            for m in e.get("mentions", []):
                assert text[m["start"]:m["end"]] == m["text"]
        for r in d["relations"]:
            for ev in r["evidence"]:
                assert text[ev["start"]:ev["end"]].strip() == ev["sentence"]


def test_relation_endpoints_are_entities(sample):
    for d in sample["documents"]:
        names = {e["canonical"] for e in d["entities"]}
        for r in d["relations"]:
            assert r["source"] in names and r["target"] in names, r


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-8-sig"])
def test_other_encodings_give_the_same_record(tmp_path, sample, encoding):
    src = EXAMPLES / "chaoyang_2022.txt"
    f = tmp_path / src.name
    f.write_bytes(src.read_text("utf-8").encode(encoding))
    out = kg("extract", f)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)["documents"][0]
    want = next(d for d in sample["documents"] if d["doc"] == src.name)
    for key in ("subject_region", "date", "year", "publisher", "entities", "relations"):
        assert got[key] == want[key], key


def test_bad_files_are_reported_and_the_rest_extracted(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "good.txt").write_text((EXAMPLES / "xiangfan_2009.txt").read_text("utf-8"), "utf-8")
    out = kg("extract", tmp_path, "-o", tmp_path / "out.json")
    assert out.returncode == 1
    errors = out.stderr.strip().splitlines()
    assert len(errors) == 2 and all(e.startswith("kg: error: ") for e in errors)
    assert any("empty.txt: empty file" in e for e in errors)
    assert any("binary.txt: binary" in e for e in errors)
    docs = json.loads((tmp_path / "out.json").read_text("utf-8"))["documents"]
    assert [d["doc"] for d in docs] == ["good.txt"]


def test_files_a_folder_scan_leaves_are_named_in_a_note(tmp_path):
    (tmp_path / "good.txt").write_text((EXAMPLES / "xiangfan_2009.txt").read_text("utf-8"), "utf-8")
    (tmp_path / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(50))
    (tmp_path / "table.xlsx").write_bytes(b"PK\x03\x04" + bytes(50))
    out = kg("extract", tmp_path, "-o", tmp_path / "out.json")
    assert out.returncode == 0, out.stderr
    notes = [ln for ln in out.stderr.splitlines() if ln.startswith("kg: note: ")]
    assert len(notes) == 1 and "2 files" in notes[0] and ".png" in notes[0] and ".xlsx" in notes[0]
    # given by its path, a file is read whatever its name: the note says so
    assert "by its path" in notes[0]


def test_an_exception_in_one_report_costs_that_report_alone(tmp_path):
    """Any failure while extracting a report (here a component that raises on one
    text) is that report's one-line reason; the reports beside it are extracted."""
    from kg.corpus import extract

    @Language.component("kg_test_fails_on_炸")
    def fails(doc):
        if "炸" in doc.text:
            raise RuntimeError("boom\nsecond line")
        return doc

    broken = load()
    broken.add_pipe("kg_test_fails_on_炸")
    (tmp_path / "a.txt").write_text("炸" + (EXAMPLES / "xiangfan_2009.txt").read_text("utf-8"), "utf-8")
    (tmp_path / "b.txt").write_text((EXAMPLES / "xiangfan_2009.txt").read_text("utf-8"), "utf-8")
    failures: list = []
    records = list(extract(broken, [tmp_path], failures))
    assert [r["doc"] for r in records] == ["b.txt"]
    assert [str(f) for f in failures] == [f"{tmp_path / 'a.txt'}: extraction failed (RuntimeError: boom)"]


def test_jsonl_format(tmp_path):
    out = kg("extract", EXAMPLES, "--format", "jsonl")
    lines = out.stdout.strip().splitlines()
    assert len(lines) == len(list(EXAMPLES.iterdir()))
    assert all(json.loads(ln)["entities"] for ln in lines)


def test_missing_path_is_an_error():
    out = kg("extract", "no/such/report.txt")
    assert out.returncode == 1 and "no/such/report.txt" in out.stderr


def test_extract_build_and_load_use_all_cores_unless_told():
    import os
    from kg.cli import _workers, build_parser
    parser = build_parser()
    for argv in (["extract", "r"], ["build", "r"], ["load", "r"]):
        assert _workers(parser.parse_args(argv)) == (os.cpu_count() or 1)
    assert _workers(parser.parse_args(["extract", "r", "--workers", "1"])) == 1
