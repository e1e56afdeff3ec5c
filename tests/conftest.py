from __future__ import annotations

from pathlib import Path

import pytest

from kg.io.read import Source
from kg.pipeline import extract_record, load

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
        return extract_record(nlp, Source(name, text, "utf-8"))
    return run


@pytest.fixture
def read(tmp_path):
    """A text as kg reads it from a file (letter spacing, glosses, quotes…): the text a
    report's own file would give the pipeline."""
    def run(text: str) -> str:
        from kg.io.read import read_source
        f = tmp_path / "report.txt"
        f.write_text(text, "utf-8")
        return read_source(f).text
    return run


def canon(record: dict, kind: str) -> set[str]:
    return {e["canonical"] for e in record["entities"] if e["type"] == kind}


def rels(record: dict, kind: str) -> set[tuple[str, str]]:
    return {(r["source"], r["target"]) for r in record["relations"] if r["type"] == kind}


def _records(nlp, folder: Path) -> list[dict]:
    from kg.corpus import extract as extract_paths
    failures: list = []
    records = list(extract_paths(nlp, [folder], failures))
    assert not failures
    return records


@pytest.fixture(scope="session")
def sample_records(nlp):
    """Records of the sample reports, extracted once."""
    return _records(nlp, EXAMPLES)


RESEARCH = ROOT / "examples" / "research"


@pytest.fixture(scope="session")
def research_records(nlp):
    """Records of the reports written for the research queries (examples/research)."""
    return _records(nlp, RESEARCH)


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory):
    """A real local Neo4j Community (kg.neo4j_local), started once for the session."""
    from kg import neo4j_local
    state = tmp_path_factory.mktemp("neo4j") / "state.json"
    server = neo4j_local.start(state=state)
    yield server
    neo4j_local.stop(state=state)


@pytest.fixture()
def neo4j_driver(neo4j_server):
    """A driver on an emptied database."""
    from neo4j import GraphDatabase
    with GraphDatabase.driver(neo4j_server.uri, auth=(neo4j_server.user, neo4j_server.password)) as d:
        d.execute_query("MATCH (n) DETACH DELETE n")
        yield d
