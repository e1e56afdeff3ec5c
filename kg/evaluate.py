"""Score kg against gold annotations with the gold's own scorer (score.py).

``errors`` lists, per report, what kg missed, added or named differently, for entities and
relations: what a user adapting kg to a new kind of report looks at first. It matches with
the scorer's own functions (loaded from beside the gold folder), so an error here is an
error there.
"""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

RELATIONS = ("CITES", "ISSUED", "IMPLEMENTS")


def scorer_for(gold: str | Path) -> Path:
    return Path(gold).resolve().parent / "score.py"


def extract_to_file(paths: list[str], config: str | None, out: Path) -> int:
    from .corpus import extract
    from .pipeline import load
    from .record import records_json
    failures: list = []
    records = list(extract(load(config), paths, failures))
    for f in failures:
        print(f"kg: error: {f}", file=sys.stderr)
    out.write_bytes(b"".join(records_json(records)))
    return len(failures)


def score(pred: Path, gold: str | Path, as_json: bool = False) -> subprocess.CompletedProcess:
    cmd = [sys.executable, str(scorer_for(gold)), str(pred), str(gold)]
    return subprocess.run(cmd + (["--json"] if as_json else []), capture_output=True,
                          text=True, check=True)


def _scorer_module(gold: str | Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("kg_gold_scorer", scorer_for(gold))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _entity_line(e: dict) -> str:
    aliases = [a for a in e.get("aliases") or [] if a != e.get("canonical")]
    return f"{e['type']:<10} {e.get('canonical')}" + (f"  [{'、'.join(aliases)}]" if aliases else "")


def document_errors(pred: dict, gold: dict, sc: ModuleType) -> list[str]:
    """Lines ``missed|spurious|named …`` for one report, entities then relations."""
    types = sc.TYPES
    pents = [e for e in pred.get("entities") or [] if e.get("type") in types]
    gents = gold["entities"]
    pairs = sc.match_entities(pents, gents, strict=False)
    out = []
    for field in ("subject_region", "date", "year"):
        if sc.norm(pred.get(field)) != sc.norm(gold.get(field)):
            out.append(f"field    {field}: {pred.get(field)} (gold {gold.get(field)})")
    hit = set(pairs.values())
    out += [f"missed   {_entity_line(g)}" for i, g in enumerate(gents) if i not in hit]
    out += [f"spurious {_entity_line(p)}" for i, p in enumerate(pents) if i not in pairs]
    out += [f"named    {pents[p]['type']:<10} {pents[p].get('canonical')} (gold {gents[g]['canonical']})"
            for p, g in pairs.items()
            if sc.norm(pents[p].get("canonical")) != sc.norm(gents[g]["canonical"])]
    to_gold = {sc.norm(pents[p].get("canonical")): sc.norm(gents[g]["canonical"])
               for p, g in pairs.items()}
    shown = {sc.norm(g["canonical"]): g["canonical"] for g in gents}

    def key(r: dict) -> tuple[str, str, str]:
        s, t = sc.norm(r.get("source")), sc.norm(r.get("target"))
        return r["type"], to_gold.get(s, s), to_gold.get(t, t)

    grels = {key(r): r for r in gold["relations"] if r["type"] in RELATIONS}
    prels = {key(r): r for r in pred.get("relations") or [] if r.get("type") in RELATIONS}
    for what, mine, other in (("missed", grels, prels), ("spurious", prels, grels)):
        for k in sorted(set(mine) - set(other)):
            r = mine[k]
            out.append(f"{what:<8} {r['type']:<10} {shown.get(k[1], r['source'])} → "
                       f"{shown.get(k[2], r['target'])}")
    return out


def errors(pred: Path, gold: str | Path) -> str:
    sc = _scorer_module(gold)
    docs = json.loads(Path(pred).read_text("utf-8"))["documents"]
    by_name = {Path(str(d.get("doc", ""))).name: d for d in docs}
    blocks = []
    for path in sorted(Path(gold).glob("*.json")):
        g = json.loads(path.read_text("utf-8"))
        p = by_name.get(g["doc"])
        if p is None:
            continue
        lines = document_errors(p, g, sc)
        if lines:
            blocks.append(f"== {g['doc']} ({len(lines)})\n" + "\n".join(lines))
    return "\n\n".join(blocks) + "\n" if blocks else "no errors\n"


def evaluate(gold: str, paths: list[str], config: str | None, show_errors: bool = False) -> int:
    if not scorer_for(gold).is_file():
        print(f"kg: error: no scorer at {scorer_for(gold)} (is {gold} a gold folder?)",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.json"
        failed = extract_to_file(paths, config, pred)
        if show_errors:
            print(errors(pred, gold), end="")
        print(score(pred, gold).stdout, end="")
    return 1 if failed else 0
