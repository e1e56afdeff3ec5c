"""The ``kg`` command line."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from . import __version__

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


class Progress:
    """One status line on a terminal (stderr); silent when stderr is not a terminal."""

    def __init__(self, label: str, enabled: bool | None = None):
        self.label, self.count, self.start = label, 0, time.monotonic()
        self.enabled = sys.stderr.isatty() if enabled is None else enabled

    def step(self, record: dict) -> None:
        self.count += 1
        if self.enabled:
            rate = self.count / max(time.monotonic() - self.start, 1e-9)
            print(f"\r{self.label}: {self.count} reports ({rate:.1f}/s) {record['doc'][:40]:<40}",
                  end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.enabled and self.count:
            print(file=sys.stderr)


def _write(text: str, out: str | None) -> None:
    if out in (None, "-"):
        sys.stdout.write(text)
        return
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)          # all or nothing: a failed run leaves the old file


def cmd_extract(args) -> int:
    from .corpus import extract
    from .pipeline import load
    from .record import records_document
    nlp = load(args.config)
    failures: list = []
    progress = Progress("extract")
    records = list(extract(nlp, args.paths, failures, on_record=progress.step))
    progress.done()
    for f in failures:
        print(f"kg: error: {f}", file=sys.stderr)
    if args.format == "json":
        text = json.dumps(records_document(records), ensure_ascii=False, indent=1) + "\n"
    else:
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    _write(text, args.output)
    if not records and failures:
        return EXIT_SOME_FAILED
    return EXIT_SOME_FAILED if failures else EXIT_OK


def cmd_eval(args) -> int:
    from .evaluate import evaluate
    return evaluate(args.gold, args.paths, args.config)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="kg", description="Build knowledge graphs from Chinese government reports "
        "(法治政府建设报告 and the like): regions, agencies, regulations, initiatives and "
        "the relations between them, each with the sentence it came from.")
    ap.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract entities and relations from reports",
                        description="Read report files (.txt, .html, .htm, .md; folders are "
                        "searched) in any common encoding and write one record per report.")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="report files or folders")
    ex.add_argument("--format", choices=["json", "jsonl"], default="json",
                    help="json: one document {\"documents\": [...]} (the gold format, "
                    "default); jsonl: one record per line")
    ex.add_argument("-o", "--output", help="write here instead of standard output")
    ex.add_argument("--config", help="a pipeline config to use instead of kg/pipeline.cfg")
    ex.set_defaults(func=cmd_extract)

    ev = sub.add_parser("eval", help="score extraction against gold annotations",
                        description="Extract the reports and score them with the gold "
                        "scorer (score.py beside the gold folder).")
    ev.add_argument("--gold", default="../shared/eval/gold",
                    help="folder of gold JSON files (default: %(default)s)")
    ev.add_argument("paths", nargs="*", default=["../shared/corpus/reports"], metavar="PATH",
                    help="reports to extract (default: ../shared/corpus/reports)")
    ev.add_argument("--config", help="a pipeline config to use instead of kg/pipeline.cfg")
    ev.set_defaults(func=cmd_eval)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
