from __future__ import annotations

from pathlib import Path

import pytest

from kg.io.read import Source
from kg.pipeline import load, pipe
from kg.record import doc_to_record

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "reports"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    return load()


@pytest.fixture(scope="session")
def extract(nlp):
    """Run the pipeline on a text; returns the record (gold format)."""
    def run(text: str, name: str = "t.txt") -> dict:
        doc = next(pipe(nlp, [Source(name, text, "utf-8")]))
        return doc_to_record(doc)
    return run


def canon(record: dict, kind: str) -> set[str]:
    return {e["canonical"] for e in record["entities"] if e["type"] == kind}


def rels(record: dict, kind: str) -> set[tuple[str, str]]:
    return {(r["source"], r["target"]) for r in record["relations"] if r["type"] == kind}
