"""Score kg against gold annotations with the gold's own scorer (score.py)."""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path


def scorer_for(gold: str | Path) -> Path:
    return Path(gold).resolve().parent / "score.py"


def extract_to_file(paths: list[str], config: str | None, out: Path) -> int:
    from .corpus import extract
    from .pipeline import load
    from .record import records_document
    failures: list = []
    records = list(extract(load(config), paths, failures))
    for f in failures:
        print(f"kg: error: {f}", file=sys.stderr)
    out.write_text(json.dumps(records_document(records), ensure_ascii=False), encoding="utf-8")
    return len(failures)


def score(pred: Path, gold: str | Path, as_json: bool = False) -> subprocess.CompletedProcess:
    cmd = [sys.executable, str(scorer_for(gold)), str(pred), str(gold)]
    return subprocess.run(cmd + (["--json"] if as_json else []), capture_output=True,
                          text=True, check=True)


def evaluate(gold: str, paths: list[str], config: str | None) -> int:
    if not scorer_for(gold).is_file():
        print(f"kg: error: no scorer at {scorer_for(gold)} (is {gold} a gold folder?)",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.json"
        failed = extract_to_file(paths, config, pred)
        print(score(pred, gold).stdout, end="")
    return 1 if failed else 0
