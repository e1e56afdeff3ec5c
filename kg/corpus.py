"""From paths to records: read every report, extract what can be read, report the rest.

A file that cannot be read never stops the run; it comes back as a ``Failure`` naming
the file and the reason, and the caller decides the exit code. Records come out in path
order whatever the number of worker processes, and a report whose bytes an earlier run
already extracted (with the same rules) is taken from the record cache instead.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

import orjson

from .io.read import ReadError, iter_paths, read_source
from .io.write import write_whole
from .workers import ordered_map

if TYPE_CHECKING:           # spaCy is imported where a pipeline runs: with workers, not here
    from spacy.language import Language


@dataclass(frozen=True)
class Failure:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """A hash of kg's code, data and config: records made by other rules are not reused."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.suffix in (".py", ".json", ".tsv", ".txt", ".cfg") and "__pycache__" not in p.parts:
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


class RecordCache:
    """Records by the sha256 of their file's bytes, under the rules' fingerprint."""

    def __init__(self, folder: Path, config: str | None = None):
        fp = rules_fingerprint()
        if config:
            fp += "-" + hashlib.sha256(Path(config).read_bytes()).hexdigest()[:8]
        self.folder = Path(folder) / fp

    def _file(self, sha: str) -> Path:
        return self.folder / sha[:2] / f"{sha}.json"

    def has(self, sha: str) -> bool:
        return self._file(sha).is_file()

    def get(self, sha: str, path: str) -> dict:
        record = orjson.loads(self._file(sha).read_bytes())
        record["path"], record["doc"] = path, os.path.basename(path)
        return record

    def put(self, sha: str, record: dict) -> None:
        from .record import record_json          # (spaCy is loaded by then)
        write_whole(self._file(sha), record_json(record))


def file_sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def failure_reason(e: Exception) -> str:
    """One line saying why a report's extraction failed."""
    first = (str(e).strip().splitlines() or [""])[0]
    first = first if len(first) <= 160 else first[:159] + "…"
    return f"extraction failed ({type(e).__name__}: {first})" if first else \
        f"extraction failed ({type(e).__name__})"


def _results_here(nlp: Language, paths: list[Path],
                  cache: RecordCache | None) -> Iterator[tuple[dict | None, str | None]]:
    """(record, None) or (None, why not) per path, in order; each record goes into the
    cache where it is made, so worker processes share that work too. Each report runs
    through the pipeline on its own (not ``nlp.pipe``, which drops a doc whose component
    fails and so loses the order), so that whatever goes wrong with one report — a file
    that cannot be read, a text spaCy refuses, a bug — costs that report alone."""
    from .pipeline import extract_record
    for p in paths:
        try:
            record = extract_record(nlp, read_source(p))
        except ReadError as e:
            yield None, str(e)
            continue
        except Exception as e:          # noqa: BLE001 — one report's failure is its own
            yield None, failure_reason(e)
            continue
        if cache is not None and record.get("sha256"):
            cache.put(record["sha256"], record)
        yield record, None


def _pipeline(config: str | None) -> Language:
    from .pipeline import load
    return load(config)


def _extract_chunk(cache: RecordCache | None, nlp: Language,
                   paths: list[Path]) -> list[tuple[dict | None, str | None]]:
    return list(_results_here(nlp, paths, cache))


def _results(paths: list[Path], workers: int, nlp: Language | None, config: str | None,
             cache: RecordCache | None) -> Iterator[tuple[dict | None, str | None]]:
    """Results in path order: here, or in ``workers`` processes, which start at once
    (``kg.workers``) and build their own pipeline from ``config``."""
    if workers <= 1 or len(paths) <= 1:
        return _results_here(nlp or _pipeline(config), paths, cache) if paths else iter(())
    return ordered_map(partial(_extract_chunk, cache), partial(_pipeline, config), paths, workers)


def extract(nlp: Language | None, paths: Iterable[str | Path], failures: list[Failure],
            on_record: Callable[[dict], None] | None = None, workers: int = 1,
            cache: RecordCache | None = None, config: str | None = None,
            stats: dict | None = None, shas: dict[str, str] | None = None) -> Iterator[dict]:
    """Records of every readable report under ``paths``, in path order.

    ``workers`` > 1 extracts in that many processes (same records, same order), which
    build their pipeline from ``config`` (``nlp`` serves one process); with a
    ``cache``, reports already extracted are read from it instead. ``stats`` (a dict)
    gets the counts of reports ``extracted`` and taken ``cached``; ``shas`` (path →
    sha256) spares hashing files the caller has hashed already. The files are listed
    and the workers started when this is called, so the caller's own start-up overlaps
    theirs; the records come as the returned iterator is read."""
    stats = stats if stats is not None else {}
    stats.update(extracted=0, cached=0)
    plan: list[tuple[Path, str | None, bool]] = []
    for p in iter_paths(list(paths)):
        sha = None
        if cache is not None:
            try:
                sha = (shas or {}).get(str(p)) or file_sha(p)
            except OSError as e:
                failures.append(Failure(str(p), e.strerror or str(e)))
                continue
        plan.append((p, sha, bool(sha and cache.has(sha))))
    results = _results([p for p, _, hit in plan if not hit], workers, nlp, config, cache)
    return _in_order(plan, results, cache, failures, stats, on_record)


def _in_order(plan: list[tuple[Path, str | None, bool]], results: Iterator,
              cache: RecordCache | None, failures: list[Failure], stats: dict,
              on_record: Callable[[dict], None] | None) -> Iterator[dict]:
    for p, sha, hit in plan:
        if hit:
            record = cache.get(sha, str(p))
            stats["cached"] += 1
        else:
            record, reason = next(results)
            if record is None:
                failures.append(Failure(str(p), reason))
                continue
            stats["extracted"] += 1
        if on_record:
            on_record(record)
        yield record
