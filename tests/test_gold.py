"""Regression guard: extraction scored on the shared gold reports by the shared scorer.

The floors are the ones the extraction issue sets; the three gold reports are for
checking, not tuning (held-out reports are scored the same way)."""
import json
import tempfile
from pathlib import Path

import pytest

from conftest import SHARED

GOLD = SHARED / "eval" / "gold"
pytestmark = pytest.mark.skipif(not (GOLD.is_dir() and (SHARED / "eval" / "score.py").is_file()),
                                reason="../shared/eval (gold and scorer) is not beside the repo")

FLOORS = {
    "detect": {"Region": 0.95, "Agency": 0.90, "Regulation": 0.95, "Initiative": 0.75,
               "CITES": 0.90, "ISSUED": 0.70, "IMPLEMENTS": 0.65},
    "canonical": {"Region": 0.90, "Agency": 0.80, "Regulation": 0.90, "Initiative": 0.60,
                  "CITES": 0.85, "ISSUED": 0.60, "IMPLEMENTS": 0.55},
}


@pytest.fixture(scope="module")
def result():
    from kg.evaluate import extract_to_file, score
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.json"
        assert extract_to_file([str(SHARED / "corpus" / "reports")], None, pred) == 0
        return json.loads(score(pred, GOLD, as_json=True).stdout)


@pytest.mark.parametrize("level", ["detect", "canonical"])
def test_f1_floors(result, level):
    scores = {**result["entities"], **result["relations"]}
    low = {k: scores[k][level]["f1"] for k, floor in FLOORS[level].items()
           if scores[k][level]["f1"] < floor}
    assert not low, f"below the floor: {low}"


def test_document_fields_all_right(result):
    assert result["doc_fields"] == {"date": 1.0, "subject_region": 1.0, "year": 1.0}
