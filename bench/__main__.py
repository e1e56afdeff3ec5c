"""kg's benchmark: every figure next to a baseline measured in the same run.

    .venv/bin/python -m bench [--sizes 100,1000,10000] [--skip-neo4j]

Prints one table: extraction throughput against plain jieba.lcut on the same texts (one
core, model load excluded, the two taking turns), and the same as whole processes (`kg
extract` of 300 reports, as a user runs it on all cores and with --workers 1, against a
process running jieba.lcut over them); one 50 MB
report against a 1 MB one (`kg extract`, time and peak memory); a same-run ceiling for
two processes (a CPU loop split in two); --workers 2 against one worker (taking turns, medians of
three) for extraction and for whole builds at each size from the second; peak memory of
`kg build` at each size (with the size of the graph it holds); a re-build of an
unchanged corpus against the first build; GraphML/JSON export time for the largest
graph; and the Neo4j load rate batched against one row per transaction. The corpus is generated once into bench/.corpus/
(bench/corpus.py) and reused; it is made from the shared reports where ../shared is beside the
repository, else from the sample reports alone (denser in names: kg's rate on it is about half
as high, so compare runs made from the same corpus).
"""
from __future__ import annotations

import argparse
import compileall
import gc
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / ".corpus"


def row(what: str, value: str, baseline: str, ratio: str, target: str = "") -> None:
    print(f"| {what} | {value} | {baseline} | {ratio} | {target} |", flush=True)


def throughput(files: list[Path], rounds: int = 3) -> tuple[float, float]:
    """chars/s of kg's full extraction (pipeline and record) and of jieba.lcut on the
    same texts, one core. The two take turns ten reports at a time, ``rounds`` times
    over, so that a slow spell of a shared machine falls on both alike."""
    import jieba

    from kg.io.read import read_source
    from kg.pipeline import extract_record, load
    sources = [read_source(f) for f in files]
    chars = rounds * sum(len(s.text) for s in sources)
    nlp = load()
    jieba.lcut("预热")
    [extract_record(nlp, s) for s in sources[:2]]    # warm: first-call caches
    kg_s = jieba_s = 0.0
    for _ in range(rounds):
        for i in range(0, len(sources), 10):
            chunk = sources[i:i + 10]
            t = time.perf_counter()
            for s in chunk:
                jieba.lcut(s.text)
            jieba_s += time.perf_counter() - t
            t = time.perf_counter()
            for s in chunk:
                extract_record(nlp, s)
            kg_s += time.perf_counter() - t
    return chars / kg_s, chars / jieba_s


JIEBA_COMMAND = ("import sys, jieba; from pathlib import Path; jieba.setLogLevel(60); "
                 "[jieba.lcut(f.read_text('utf-8')) for f in sorted(Path(sys.argv[1]).iterdir())]")


def command_seconds(folder: Path, rounds: int = 3) -> tuple[float, float, float]:
    """Medians of (``kg extract FOLDER -o FILE`` as a user runs it, on all cores; the
    same with ``--workers 1``; a Python process that imports jieba and runs jieba.lcut
    over the same files), each a whole process: start-up, reading and (for kg) JSON
    writing included; taking turns. kg's modules are byte-compiled first, as ``pip
    install`` does (jieba's came so): under PYTHONDONTWRITEBYTECODE an editable install
    compiles them in every process."""
    compileall.compile_dir(ROOT / "kg", quiet=1)
    out = CORPUS / "extract.json"
    kg_s, one_s, jieba_s = [], [], []
    extract = [sys.executable, "-m", "kg", "extract", str(folder), "-o", str(out)]
    for _ in range(rounds):
        for argv, times in ((extract, kg_s), (extract + ["--workers", "1"], one_s),
                            ([sys.executable, "-c", JIEBA_COMMAND, str(folder)], jieba_s)):
            t = time.perf_counter()
            subprocess.run(argv, cwd=ROOT, check=True, capture_output=True)
            times.append(time.perf_counter() - t)
    out.unlink(missing_ok=True)
    return median(kg_s), median(one_s), median(jieba_s)


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def parallel_ceiling(n: int = 20_000_000) -> tuple[float, float]:
    """(one process, two processes) seconds of a pure-Python loop split in two halves:
    what this machine gives a job with no shared work at all, the ceiling for --workers 2
    in this run (on a shared host two vCPUs are not always two idle cores)."""
    import multiprocessing
    t = time.perf_counter()
    _spin(n)
    one = time.perf_counter() - t
    t = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(_spin, [n // 2, n // 2])
    return one, time.perf_counter() - t


def median(xs: list[float]) -> float:
    return sorted(xs)[len(xs) // 2]


def kg_build(folder: Path, out: Path, *flags: str) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of a `kg build` in its own process."""
    return kg_command("build", str(folder), "--out", str(out), "--no-view", *flags)


def kg_command(*argv: str) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of a kg command in its own process."""
    cmd = [sys.executable, "-c",
           "import sys, time; from kg.cli import main; from bench.__main__ import peak_mb; "
           "t = time.perf_counter(); code = main(sys.argv[1:]); "
           "print('BENCH', time.perf_counter() - t, peak_mb(), file=sys.stderr); sys.exit(code)",
           *argv]
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if p.returncode:
        raise SystemExit(p.stderr)
    line = [ln for ln in p.stderr.splitlines() if ln.startswith("BENCH")][-1].split()
    return float(line[1]), float(line[2])


def long_report(folder: Path, mb: float) -> Path:
    """One report of ``mb`` megabytes (UTF-8): the reports of ``folder`` one after another,
    as a yearbook compiles them."""
    path = CORPUS / f"long_{mb:g}mb.txt"
    if path.exists():
        return path
    size, parts = int(mb * 1_000_000), []
    files = sorted(folder.iterdir())
    total, i = 0, 0
    while total < size:
        data = files[i % len(files)].read_bytes()
        parts.append(data)
        total += len(data)
        i += 1
    path.write_bytes(b"\n".join(parts)[:size].decode("utf-8", "ignore").encode("utf-8"))
    return path


def extraction_seconds(folder: Path, workers: int) -> float:
    """Extraction alone (records consumed, nothing built), pool start included."""
    from kg.corpus import extract
    t = time.perf_counter()
    for _ in extract(None, [folder], [], workers=workers):
        pass
    return time.perf_counter() - t


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM). Not getrusage's ru_maxrss: Linux
    carries the parent's high-water mark across fork and exec into it."""
    return _status_mb("VmHWM")


def resident_mb() -> float:
    gc.collect()
    return _status_mb("VmRSS")


def graph_memory(graph_json: Path) -> float:
    """Resident memory (MB) of a process holding the graph (read from graph.json), less
    that of the same process before: what the graph itself costs in memory."""
    code = ("import sys; from kg.graph.export import read_json; from bench.__main__ import resident_mb; "
            "base = resident_mb(); G = read_json(sys.argv[1]); print(resident_mb() - base)")
    p = subprocess.run([sys.executable, "-c", code, str(graph_json)], capture_output=True,
                       text=True, cwd=ROOT, check=True)
    return float(p.stdout.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--skip-neo4j", action="store_true")
    args = ap.parse_args()
    from kg.cli import GC_THRESHOLDS
    gc.set_threshold(*GC_THRESHOLDS)      # what the kg command runs with (kg.cli.main)
    sizes = [int(s) for s in args.sizes.split(",")]
    from bench.corpus import generate
    folders = {}
    for n in sizes:
        folders[n] = CORPUS / str(n)
        generate(n, folders[n])
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"{time.strftime('%Y-%m-%d')}")
    print("| measure | kg | baseline (same run) | ratio | target |")
    print("|---|---|---|---|---|")
    small = sorted(folders[sizes[0]].iterdir())
    kg_cps, jieba_cps = throughput(small)
    row(f"extraction, 1 core ({len(small)} reports)", f"{kg_cps:,.0f} chars/s",
        f"jieba.lcut {jieba_cps:,.0f} chars/s", f"{kg_cps / jieba_cps:.2f}×", "≥ 1.0×")
    hundreds = CORPUS / "300"
    generate(300, hundreds)
    kg_cmd, one_cmd, jieba_cmd = command_seconds(hundreds)
    row(f"kg extract 300 reports -o FILE, all {os.cpu_count()} cores (median of 3)", f"{kg_cmd:.1f} s",
        f"jieba.lcut of the files {jieba_cmd:.1f} s", f"{jieba_cmd / kg_cmd:.2f}×", "≥ 1.0×")
    row("  the same, --workers 1 (median of 3)", f"{one_cmd:.1f} s",
        f"jieba.lcut of the files {jieba_cmd:.1f} s", f"{jieba_cmd / one_cmd:.2f}×", "")
    small_one, large_one = long_report(hundreds, 1), long_report(hundreds, 50)
    out = CORPUS / "long.json"
    t1, m1 = kg_command("extract", str(small_one), "-o", str(out))
    t50, m50 = kg_command("extract", str(large_one), "-o", str(out))
    out.unlink(missing_ok=True)
    row("kg extract of one 50 MB report (time, peak memory)", f"{t50:.0f} s, {m50:,.0f} MB",
        f"a 1 MB report {t1:.1f} s, {m1:,.0f} MB", f"{t50 / t1:.0f}× time, {m50 / m1:.1f}× memory",
        "≤ 50× (linear)")
    mid = sizes[1] if len(sizes) > 1 else sizes[0]
    # one and two workers take turns, three times each; medians count
    c1, c2, e1, e2 = [], [], [], []
    for _ in range(3):
        one, two = parallel_ceiling()
        c1.append(one)
        c2.append(two)
        e1.append(extraction_seconds(folders[mid], 1))
        e2.append(extraction_seconds(folders[mid], 2))
    row("ceiling: a CPU loop split over 2 processes (median of 3)", f"{median(c2):.1f} s",
        f"1 process {median(c1):.1f} s", f"{median(c1) / median(c2):.2f}× faster", "")
    row(f"extraction --workers 2 ({mid} reports, median of 3)", f"{median(e2):.1f} s",
        f"--workers 1 {median(e1):.1f} s", f"{median(e1) / median(e2):.2f}× faster", "≥ 1.7×")
    tmp = CORPUS / "out"
    shutil.rmtree(tmp, ignore_errors=True)
    for n in dict.fromkeys(sizes[1:] or sizes):
        # whole builds, one and two workers taking turns, three times each: at the
        # largest size the fixed costs (imports, pipeline load) weigh least
        b1, b2 = [], []
        for _ in range(3):
            b1.append(kg_build(folders[n], tmp / "w1", "--workers", "1", "--no-cache")[0])
            b2.append(kg_build(folders[n], tmp / "w2", "--workers", "2", "--no-cache")[0])
        row(f"build --workers 2 ({n} reports, median of 3)", f"{median(b2):.1f} s",
            f"--workers 1 {median(b1):.1f} s", f"{median(b1) / median(b2):.2f}× faster", "≥ 1.7×")
    same = (tmp / "w1" / "graph.json").read_bytes() == (tmp / "w2" / "graph.json").read_bytes()
    row(f"  same graph.json from 1 and 2 workers ({n} reports)", str(same), "", "", "True")
    peaks = {}
    for n in sizes[1:] or sizes:
        secs, peak = kg_build(folders[n], tmp / f"m{n}", "--workers", "1")
        graph_mb = graph_memory(tmp / f"m{n}" / "graph.json")
        peaks[n] = (secs, peak, graph_mb)
        row(f"peak memory, build of {n} reports", f"{peak:,.0f} MB",
            f"the graph alone {graph_mb:,.0f} MB", "", "")
    if len(peaks) >= 2:
        (_, pa, _), (_, pb, gb) = peaks[sizes[-2]], peaks[sizes[-1]]
        row(f"  peak {sizes[-1]} vs {sizes[-2]} reports", f"{pb:,.0f} MB", f"{pa:,.0f} MB",
            f"{pb / pa:.2f}×", f"< 1.5× + graph = {1.5 * pa + gb:,.0f} MB")
    big = sizes[-1]
    first = peaks.get(big, (None,))[0]
    again, _ = kg_build(folders[big], tmp / f"m{big}", "--workers", "1")
    if first:
        row(f"re-build, unchanged {big} reports", f"{again:.1f} s", f"first build {first:.1f} s",
            f"{100 * again / first:.1f}%", "< 10%")
    from kg.graph.export import read_json, write_graphml, write_json
    G = read_json(tmp / f"m{big}" / "graph.json")
    t = time.perf_counter()
    write_graphml(G, tmp / "x.graphml")
    gml = time.perf_counter() - t
    t = time.perf_counter()
    write_json(G, tmp / "x.json")
    js = time.perf_counter() - t
    row(f"export of the {big}-report graph ({G.number_of_nodes():,} nodes, "
        f"{G.number_of_edges():,} edges)", f"GraphML {gml:.1f} s, JSON {js:.1f} s",
        f"its build {first or again:.1f} s", f"{(gml + js) / (first or again):.2f}×", "")
    if not args.skip_neo4j:
        from bench.neo4j_load import run as neo4j_run
        r = neo4j_run(copies=100, baseline_reports=60, batch=50)
        row("Neo4j load, batched (50 reports/tx)", f"{r['batched']:,.0f} rows/s",
            f"1 row/tx {r['single']:,.0f} rows/s", f"{r['batched'] / r['single']:.1f}×",
            "≥ 20× and ≥ 10,000 rows/s")


if __name__ == "__main__":
    main()
