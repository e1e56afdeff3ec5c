"""The ``kg`` command line."""
from __future__ import annotations

import argparse
import gc
import json
import os
import re
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


def cmd_extract(args) -> int:
    from .record import record_json, records_json
    failures: list = []
    records = _stream_records(args, "extract", failures)
    if args.format == "json":
        chunks = records_json(records)
    else:
        chunks = (record_json(r) + b"\n" for r in records)
    if args.output in (None, "-"):
        sys.stdout.flush()
        out = getattr(sys.stdout, "buffer", None)
        for chunk in chunks:
            if out is not None:
                out.write(chunk)
            else:               # a stdout of text only (one a caller put in its place)
                sys.stdout.write(chunk.decode())
    else:
        from .io.write import write_whole
        write_whole(Path(args.output), chunks)  # all or nothing: a failed run leaves the old file
    return EXIT_SOME_FAILED if failures else EXIT_OK


def cmd_eval(args) -> int:
    from .evaluate import evaluate
    return evaluate(args.gold, args.paths, args.config, show_errors=args.errors)


EXIT_NEO4J = 3


def _neo4j_settings(args):
    from .graph.neo4j import Settings
    return Settings.from_env(args.uri, args.user, args.password, args.database)


def _neo4j_configured(args) -> bool:
    return bool(args.uri or os.environ.get("NEO4J_URI"))


def _workers(args) -> int:
    return args.workers or os.cpu_count() or 1


def _stream_records(args, label: str, failures: list, stats: dict | None = None,
                    shas: dict[str, str] | None = None):
    """Records one by one (nothing held back), with progress on a terminal. Worker
    processes start now: the caller's own start-up runs beside theirs."""
    from .corpus import RecordCache, extract
    _note_skipped(args.paths)
    progress = Progress(label)
    cache_dir = getattr(args, "cache", None)
    cache = RecordCache(Path(cache_dir), args.config) if cache_dir else None
    records = extract(None, args.paths, failures, on_record=progress.step,
                      workers=_workers(args), cache=cache,
                      config=args.config, stats=stats, shas=shas)
    return _reported(records, progress, failures)


def _note_skipped(paths: list[str]) -> None:
    """One line on the files the folder scan left for their names, with their kinds."""
    from collections import Counter

    from .io.read import skipped_files
    skipped = skipped_files(paths)
    if skipped:
        kinds = Counter(p.suffix.lower() or "(no suffix)" for p in skipped)
        print(f"kg: note: {len(skipped)} file{'s' if len(skipped) > 1 else ''} left out of the folder "
              f"scan by name ({', '.join(f'{k} ×{n}' for k, n in kinds.most_common())}); "
              "give a file by its path to read it whatever its name", file=sys.stderr)


def _reported(records, progress: Progress, failures: list):
    for record in records:
        for warning in record.get("warnings", ()):
            print(f"kg: warning: {record['path']}: {warning}", file=sys.stderr)
        yield record
    progress.done()
    for f in failures:
        print(f"kg: error: {f}", file=sys.stderr)


def _extract_records(args, label: str) -> tuple[list[dict], list]:
    failures: list = []
    records = list(_stream_records(args, label, failures))
    return records, failures


def _load_neo4j(args, records: list[dict]) -> int:
    from .graph.neo4j import Neo4jError, connect, counts, sync_records
    settings = _neo4j_settings(args)
    try:
        driver = connect(settings)
    except Neo4jError as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return EXIT_NEO4J
    with driver:
        try:
            done = sync_records(driver, records, settings.database, scope=args.paths)
        except Exception as e:                     # the driver's errors, said in one line
            print(f"kg: error: loading into Neo4j failed: {getattr(e, 'message', None) or e}",
                  file=sys.stderr)
            return EXIT_NEO4J
        db = counts(driver, settings.database)
    rate = done["rows"] / max(done["seconds"], 1e-9)
    print(f"neo4j: loaded {done['reports']} reports ({done['rows']} rows, {rate:,.0f} rows/s; "
          f"{done['unchanged']} unchanged, {done['replaced']} replaced, {done['removed']} removed) "
          f"into {settings.uri} database {settings.database}; it now holds "
          + ", ".join(f"{v} {k}" for k, v in db["nodes"].items()), file=sys.stderr)
    return EXIT_OK


def cmd_build(args) -> int:
    """One build at a time per output folder: a second says so and stops (the first
    holds the folder's lock until it ends, however it ends)."""
    from .io.write import Busy, exclusive
    try:
        with exclusive(Path(args.out)):
            return _build(args)
    except Busy as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return EXIT_USAGE


def _build(args) -> int:
    if args.no_cache:
        args.cache = None
    elif not args.cache:
        args.cache = str(Path(args.out) / ".kg-cache")
    manifest = _build_manifest(args)
    if manifest and _exports_current(args, manifest):
        print(f"reports: {len(manifest['reports'])} read, all unchanged since the last build: "
              f"the exports in {args.out} are up to date", file=sys.stderr)
        return _load_neo4j(args, _cached_records(args, manifest)) if args.neo4j else EXIT_OK
    stats: dict = {}
    failures: list = []
    shas = dict(manifest["reports"]) if manifest else None     # hashed once, for both
    stream = _stream_records(args, "build", failures, stats, shas)
    from .graph.build import RecordGraph, summary      # while the workers load the pipeline
    from .graph.export import write_all
    from .io.write import write_whole
    builder = RecordGraph()
    records = [] if args.neo4j else None      # kept only when Neo4j needs them afterwards
    for record in stream:
        builder.add(record)
        if records is not None:
            records.append(record)
    G = builder.G
    if manifest:
        # the exports are about to change: until the new manifest is written, no run may
        # take the last one's for them (a failed report keeps it from being written)
        _manifest_path(args).unlink(missing_ok=True)
    written = write_all(G, Path(args.out), _workers(args), view=args.view)
    info = summary(G)
    print(f"reports: {stats['extracted'] + stats['cached']} read ({stats['extracted']} extracted, {stats['cached']} "
          f"unchanged from the cache), {len(failures)} failed", file=sys.stderr)
    print("nodes: " + ", ".join(f"{k} {v}" for k, v in info["nodes"].items()), file=sys.stderr)
    print("edges: " + ", ".join(f"{k} {v}" for k, v in info["edges"].items()), file=sys.stderr)
    if info["top_cited"]:
        print("most cited regulations (regions citing):", file=sys.stderr)
        for name, n in info["top_cited"]:
            print(f"  {n:4d}  {name}", file=sys.stderr)
    print("wrote " + ", ".join(str(p) for p in written), file=sys.stderr)
    if manifest and not failures:       # a failed report is extracted again next time
        write_whole(_manifest_path(args), json.dumps(manifest))
    code = EXIT_OK
    if args.neo4j:
        code = _load_neo4j(args, records)
    if code == EXIT_OK and failures:
        code = EXIT_SOME_FAILED
    return code


def _manifest_path(args) -> Path:
    return Path(args.cache) / "last-build.json"


def _build_manifest(args) -> dict | None:
    """What a build is made of: every report's path and bytes, kg's rules, the outputs
    asked for. The same manifest as last time means the same exports."""
    if not args.cache:
        return None
    from .corpus import RecordCache, file_sha
    from .io.read import iter_paths
    try:
        reports = [[str(p), file_sha(p)] for p in iter_paths(args.paths)]
    except OSError:
        return None                      # an unreadable path: let the build report it
    return {"rules": RecordCache(Path(args.cache), args.config).folder.name,
            "view": args.view, "reports": reports}


def _exports_current(args, manifest: dict) -> bool:
    path = _manifest_path(args)
    out = Path(args.out)
    try:
        last = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(last, dict):
        return False
    wanted = ["graph.json", "graph.graphml", "csv"] + (["graph.html"] if args.view else [])
    return last == manifest and all((out / name).exists() for name in wanted)


def _cached_records(args, manifest: dict) -> list[dict]:
    from .corpus import RecordCache
    cache = RecordCache(Path(args.cache), args.config)
    return [cache.get(sha, path) for path, sha in manifest["reports"]]


def cmd_load(args) -> int:
    records, failures = _extract_records(args, "load")
    code = _load_neo4j(args, records)
    return code if code else (EXIT_SOME_FAILED if failures else EXIT_OK)


def cmd_view(args) -> int:
    from .graph.export import read_json
    path = Path(args.graph)
    if not path.is_file():
        print(f"kg: error: no graph at {path}: run `kg build REPORTS` first", file=sys.stderr)
        return EXIT_USAGE
    G = read_json(path)
    if args.timeline:
        from .view.static import FontError, render_timeline
        name = "timeline." + ("svg" if args.svg else "png")
        out = Path(args.output or path.with_name(name))
        try:
            render_timeline(G, args.timeline, out)
        except (FontError, ValueError) as e:
            print(f"kg: error: {e}", file=sys.stderr)
            return EXIT_USAGE
    elif args.png or args.svg:
        from .view.static import FontError, render_citations
        out = Path(args.output or path.with_name("citations." + ("svg" if args.svg else "png")))
        try:
            render_citations(G, out, top=args.top)
        except FontError as e:
            print(f"kg: error: {e}", file=sys.stderr)
            return EXIT_USAGE
    elif args.focus:
        from .view.focus import find_node, neighbourhood
        from .view.page import write_view
        try:
            center = find_node(G, args.focus)
        except KeyError as e:
            print(f"kg: error: {e.args[0]}", file=sys.stderr)
            return EXIT_USAGE
        sub = neighbourhood(G, center, args.depth)
        name = G.nodes[center].get("path") or G.nodes[center]["name"]
        out = write_view(sub, Path(args.output or path.with_name(f"focus-{_file_name(name)}.html")),
                         title=f"{name} — {args.depth} step{'s' if args.depth > 1 else ''}",
                         center=center)
        print(f"{sub.number_of_nodes()} nodes, {sub.number_of_edges()} edges within {args.depth} "
              f"of {name}", file=sys.stderr)
    else:
        from .view.page import write_view
        out = write_view(G, Path(args.output or path.with_name("graph.html")))
    print(f"wrote {out}", file=sys.stderr)
    return EXIT_OK


def _file_name(name: str) -> str:
    """A name as part of a file name: the path's slashes and the like made dashes."""
    return re.sub(r"[\\/:*?\"<>|\s]+", "-", name).strip("-")[:80] or "node"


def _print_rows(rows: list[dict], columns: list[str], fmt: str) -> None:
    if fmt == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        import csv
        w = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    else:
        widths = {c: max([_width(c)] + [_width(str(r.get(c, ""))) for r in rows]) for c in columns}
        print("  ".join(_pad(c, widths[c]) for c in columns).rstrip())
        for r in rows:
            print("  ".join(_pad(str(r.get(c, "")), widths[c]) for c in columns).rstrip())
        print(f"({len(rows)} rows)")


def _width(s: str) -> int:
    """Columns a string takes in a terminal: CJK characters take two."""
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, width: int) -> str:
    return s + " " * (width - _width(s))


def run_query(args, name: str, given: dict) -> int:
    from .graph.queries import coerce, load_queries, run_embedded, run_neo4j
    queries = load_queries()
    if name not in queries:
        print(f"kg: error: no query {name!r}; there are: {', '.join(queries)}", file=sys.stderr)
        return EXIT_USAGE
    q = queries[name]
    try:
        params = coerce(q, given)
    except ValueError as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    if _neo4j_configured(args):
        from .graph.neo4j import Neo4jError, connect
        settings = _neo4j_settings(args)
        try:
            with connect(settings) as driver:
                rows = run_neo4j(driver, settings.database, q, params)
        except Neo4jError as e:
            print(f"kg: error: {e}", file=sys.stderr)
            return EXIT_NEO4J
    else:
        from .graph.export import read_json
        path = Path(args.graph)
        if not path.is_file():
            print(f"kg: error: no graph at {path}: run `kg build REPORTS` first, or set NEO4J_URI",
                  file=sys.stderr)
            return EXIT_USAGE
        rows = run_embedded(read_json(path), name, params)
    columns = list(q.columns) if name != "trace" else ["region", "regulation", "report",
                                                        "sentence", "start", "end"]
    _print_rows(rows, columns, args.format)
    return EXIT_OK


def cmd_query(args) -> int:
    if args.name in (None, "list"):
        from .graph.queries import load_queries
        for q in load_queries().values():
            print(f"{q.name}  ({', '.join(q.params)})\n    {q.description}")
        return EXIT_OK
    given = {}
    for p in args.params:
        key, sep, value = p.partition("=")
        if not sep:
            print(f"kg: error: parameters are NAME=VALUE, not {p!r}", file=sys.stderr)
            return EXIT_USAGE
        given[key] = value
    return run_query(args, args.name, given)


def cmd_trace(args) -> int:
    return run_query(args, "trace", {"region": args.region, "regulation": args.regulation,
                                     "relation": args.relation})


def cmd_neo4j(args) -> int:
    from . import neo4j_local as local
    try:
        if args.action == "start":
            s = local.start(port=args.port, password=args.password)
            print(f"export NEO4J_URI={s.uri} NEO4J_USERNAME={s.user} NEO4J_PASSWORD={s.password}")
        elif args.action == "stop":
            print("stopped" if local.stop() else "no local Neo4j was running", file=sys.stderr)
        else:
            s = local.status()
            print(f"running: {s.uri} (pid {s.pid}, data in {s.home})" if s else "not running")
    except local.ServerError as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return EXIT_NEO4J
    return EXIT_OK


def _workers_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workers", type=int, metavar="N",
                   help="extraction processes (default: all cores)")


def _neo4j_flags(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("Neo4j connection (flags win over NEO4J_URI, NEO4J_USERNAME, "
                             "NEO4J_PASSWORD, NEO4J_DATABASE)")
    g.add_argument("--uri", help="Bolt URI, e.g. bolt://localhost:7687")
    g.add_argument("--user", help="user name (default neo4j)")
    g.add_argument("--password", help="password")
    g.add_argument("--database", help="database (default neo4j)")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="kg", description="Build knowledge graphs from Chinese government reports "
        "(法治政府建设报告 and the like): regions, agencies, regulations, initiatives and "
        "the relations between them, each with the sentence it came from.")
    ap.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract entities and relations from reports",
                        description="Read report files (text and web pages in any common "
                        "encoding, PDF, Word .docx; folders are searched) and write one record "
                        "per report.")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="report files or folders")
    ex.add_argument("--format", choices=["json", "jsonl"], default="json",
                    help="json: one document {\"documents\": [...]} (the gold format, "
                    "default); jsonl: one record per line")
    ex.add_argument("-o", "--output", help="write here instead of standard output")
    ex.add_argument("--config", help="a pipeline config to use instead of kg/pipeline.cfg")
    _workers_flag(ex)
    ex.add_argument("--cache", help="reuse records of unchanged reports from this folder")
    ex.set_defaults(func=cmd_extract)

    ev = sub.add_parser("eval", help="score extraction against gold annotations",
                        description="Extract the reports and score them with the gold "
                        "scorer (score.py beside the gold folder).")
    ev.add_argument("--gold", default="../shared/eval/gold",
                    help="folder of gold JSON files (default: %(default)s)")
    ev.add_argument("paths", nargs="*", default=["../shared/corpus/reports"], metavar="PATH",
                    help="reports to extract (default: ../shared/corpus/reports)")
    ev.add_argument("--config", help="a pipeline config to use instead of kg/pipeline.cfg")
    ev.add_argument("--errors", action="store_true",
                    help="before the scores, list per report the entities and relations "
                    "missed, spurious or named otherwise than the gold, and wrong report fields")
    ev.set_defaults(func=cmd_eval)

    bd = sub.add_parser("build", help="extract, merge into one graph, write exports",
                        description="Extract the reports, merge them into one graph and write "
                        "graph.graphml, graph.json and csv/ (neo4j-admin import) to --out.")
    bd.add_argument("paths", nargs="+", metavar="PATH", help="report files or folders")
    bd.add_argument("--out", default="exports", help="output folder (default: %(default)s)")
    bd.add_argument("--neo4j", action="store_true", help="also load the graph into Neo4j")
    bd.add_argument("--no-view", dest="view", action="store_false",
                    help="do not write graph.html (the interactive view)")
    bd.add_argument("--config", help="a pipeline config to use instead of kg/pipeline.cfg")
    _workers_flag(bd)
    bd.add_argument("--cache", help="record cache for incremental builds "
                    "(default: OUT/.kg-cache; reports whose bytes are unchanged are not extracted again)")
    bd.add_argument("--no-cache", action="store_true", help="extract every report afresh")
    _neo4j_flags(bd)
    bd.set_defaults(func=cmd_build)

    ld = sub.add_parser("load", help="extract reports and load them into Neo4j",
                        description="Extract the reports and merge them into a running Neo4j "
                        "(idempotent: loading the same reports again changes nothing).")
    ld.add_argument("paths", nargs="+", metavar="PATH", help="report files or folders")
    ld.add_argument("--config", help="a pipeline config to use instead of kg/pipeline.cfg")
    _workers_flag(ld)
    ld.add_argument("--cache", help="reuse records of unchanged reports from this folder")
    _neo4j_flags(ld)
    ld.set_defaults(func=cmd_load)

    qy = sub.add_parser("query", help="run a named query (kg query list shows them)",
                        description="Run a named query against Neo4j when one is configured "
                        "(NEO4J_URI or --uri), else against the exported graph.")
    qy.add_argument("name", nargs="?", help="query name, or list")
    qy.add_argument("params", nargs="*", metavar="NAME=VALUE", help="query parameters")
    qy.add_argument("--format", choices=["table", "json", "csv"], default="table")
    qy.add_argument("--graph", default="exports/graph.json",
                    help="exported graph for the embedded backend (default: %(default)s)")
    _neo4j_flags(qy)
    qy.set_defaults(func=cmd_query)

    tr = sub.add_parser("trace", help="the sentences behind a region citing a regulation "
                        "(or behind any edge, with --relation)")
    tr.add_argument("region", help="the region (division code, path or name), or with "
                    "--relation the edge's source (an agency's name …)")
    tr.add_argument("regulation", help="the regulation (canonical title or an alias), or with "
                    "--relation the edge's target")
    tr.add_argument("--relation", choices=["CITES", "ISSUED", "IMPLEMENTS", "PART_OF"],
                    help="the kind of edge (default: CITES)")
    tr.add_argument("--format", choices=["table", "json", "csv"], default="table")
    tr.add_argument("--graph", default="exports/graph.json",
                    help="exported graph for the embedded backend (default: %(default)s)")
    _neo4j_flags(tr)
    tr.set_defaults(func=cmd_trace)

    vw = sub.add_parser("view", help="the graph as one offline HTML page (or a picture)",
                        description="Write a self-contained interactive HTML view of an exported "
                        "graph (search, filters, evidence on click, trace mode), or with --png/--svg "
                        "a static picture of which regions cite which regulations, or with "
                        "--timeline NAME how many regions had taken NAME up by each year.")
    vw.add_argument("graph", nargs="?", default="exports/graph.json",
                    help="graph.json written by kg build (default: %(default)s)")
    vw.add_argument("-o", "--output", help="output file (default: beside the graph)")
    pic = vw.add_mutually_exclusive_group()
    pic.add_argument("--png", action="store_true", help="a PNG of the citation graph")
    pic.add_argument("--svg", action="store_true", help="an SVG of the citation graph")
    vw.add_argument("--timeline", metavar="NAME",
                    help="a picture (PNG, or SVG with --svg) of how many regions had taken up "
                         "NAME (an initiative or a regulation, canonical or alias) by each "
                         "year, by level (default file: timeline.png beside the graph)")
    vw.add_argument("--focus", metavar="NAME",
                    help="a page of one node's neighbourhood (a region, agency, regulation … by "
                         "name, path or alias), to send to a colleague")
    vw.add_argument("--depth", type=int, default=1, choices=(1, 2, 3),
                    help="steps from the --focus node (default: %(default)s)")
    vw.add_argument("--top", type=int, default=40,
                    help="most cited regulations to draw in a picture (default: %(default)s)")
    vw.set_defaults(func=cmd_view)

    nj = sub.add_parser("neo4j", help="start or stop a local Neo4j Community for trying kg",
                        description="A local Neo4j Community 5.26 from Maven Central (needs java "
                        "and mvn): Bolt on a loopback port, authentication on, data in a "
                        "temporary folder removed by stop. start prints the NEO4J_* settings.")
    nj.add_argument("action", choices=["start", "stop", "status"])
    nj.add_argument("--port", type=int, help="Bolt port (default: a free one)")
    nj.add_argument("--password", help="password (default: a random one)")
    nj.set_defaults(func=cmd_neo4j)
    return ap


# kg's heap is millions of small dicts and strings that live until the end (records,
# graph attributes); at Python's default thresholds the collector keeps walking them,
# a third of the time of merging a graph. Collect young objects less often instead.
GC_THRESHOLDS = (20_000, 50, 50)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    gc.set_threshold(*GC_THRESHOLDS)
    from .regex_cache import kept
    try:
        with kept():            # kg's patterns, compiled as the command imports its modules
            return args.func(args)
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


def run() -> None:
    """The ``kg`` command: ``main``, then exit leaving the heap to the operating system
    (frozen, so the collector's last pass at shutdown skips it: collecting the cycles of
    a 10,000-report graph there took ~3 s after the work was done)."""
    code = main()
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    run()
