"""From paths to records: read every report, extract what can be read, report the rest.

A file that cannot be read never stops the run; it comes back as a ``Failure`` naming
the file and the reason, and the caller decides the exit code.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from spacy.language import Language

from .io.read import ReadError, Source, iter_paths, read_source
from .pipeline import pipe
from .record import doc_to_record


@dataclass(frozen=True)
class Failure:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def read_all(paths: Iterable[str | Path], failures: list[Failure]) -> Iterator[Source]:
    for p in iter_paths(list(paths)):
        try:
            yield read_source(p)
        except ReadError as e:
            failures.append(Failure(str(p), str(e)))


def extract(nlp: Language, paths: Iterable[str | Path], failures: list[Failure],
            on_record: Callable[[dict], None] | None = None) -> Iterator[dict]:
    """Records of every readable report under ``paths``, in path order."""
    for doc in pipe(nlp, read_all(paths, failures)):
        record = doc_to_record(doc)
        if on_record:
            on_record(record)
        yield record
