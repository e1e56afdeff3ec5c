"""kg build killed with SIGKILL at any moment, and two builds into one folder: real
processes, real kills. The exports are always a whole build's, old or new; the record
cache only holds whole records; the next run finishes the job."""
import csv
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

from conftest import EXAMPLES, ROOT
from kg.io.write import finish_updates

RESEARCH = ROOT / "examples" / "research"


def start_build(src, out):
    return subprocess.Popen([sys.executable, "-m", "kg", "build", str(src), "--out", str(out),
                             "--workers", "2"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def build(src, out):
    p = start_build(src, out)
    _, err = p.communicate()
    assert p.returncode == 0, err
    return err


def reports(folder, texts, copies):
    """``copies`` different files of each text (a line added), so none is a cache hit."""
    folder.mkdir(exist_ok=True)
    for path in texts:
        for i in range(copies):
            text = path.read_text("utf-8") + f"\n（第{i}份）\n"
            (folder / f"{path.stem}_{i}{path.suffix}").write_text(text, "utf-8")


def snapshot(out):
    """The exports: every visible file, by name, its sha256; and checks each is whole."""
    files = {}
    for p in sorted(out.rglob("*")):
        rel = p.relative_to(out)
        if p.is_dir() or any(part.startswith(".") for part in rel.parts):
            continue
        data = p.read_bytes()
        if p.suffix == ".json":
            json.loads(data)
        elif p.suffix == ".graphml":
            ET.fromstring(data)
        elif p.suffix == ".csv":
            list(csv.reader(data.decode("utf-8-sig").splitlines()))
        elif p.suffix == ".html":
            assert data.rstrip().endswith(b"</html>")
        files[rel.as_posix()] = hashlib.sha256(data).hexdigest()
    return files


def cache_is_whole(out):
    records = [p for p in (out / ".kg-cache").rglob("*.json") if len(p.stem) == 64]
    for p in records:
        json.loads(p.read_text("utf-8"))
    return len(records)


def test_a_killed_build_leaves_whole_exports_and_the_next_run_finishes(tmp_path):
    src = tmp_path / "reports"
    reports(src, sorted(EXAMPLES.iterdir()), 4)
    out, clean = tmp_path / "exports", tmp_path / "clean"
    build(src, out)
    old = snapshot(out)
    reports(src, sorted(RESEARCH.iterdir()), 6)         # new reports: the next build differs
    t = time.perf_counter()
    build(src, clean)
    full = time.perf_counter() - t
    new = snapshot(clean)
    assert new != old
    random.seed(7)
    seen = set()
    for i in range(8):
        p = start_build(src, out)
        time.sleep(random.uniform(0.2, full))
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()
        pending = [u for u in out.glob(".kg-update-*") if (u / ".complete").exists()]
        if pending:                         # killed while renaming: finished by the next run
            seen.add("renaming")
            continue
        now = snapshot(out)
        assert now in (old, new), f"kill {i}: exports neither the old build's nor the new one's"
        seen.add("old" if now == old else "new")
        cache_is_whole(out)
    build(src, out)
    assert snapshot(out) == new
    assert not list(out.glob(".kg-update-*"))
    assert cache_is_whole(out) == len(list(src.iterdir()))
    assert "old" in seen, seen              # some kills fell inside a build
    print("states after the kills:", seen)


def test_a_half_renamed_update_is_finished_by_the_next_run(tmp_path):
    """The state a kill between two renames leaves: the journal written, graph.json
    moved, the rest still in the update's folder."""
    out = tmp_path / "exports"
    out.mkdir()
    for name, text in (("graph.json", "old"), ("graph.graphml", "old"), ("graph.html", "old")):
        (out / name).write_text(text)
    (out / "csv").mkdir()
    (out / "csv" / "nodes.csv").write_text("old")
    update = out / ".kg-update-x1"
    (update / "csv").mkdir(parents=True)
    (update / "csv" / "nodes.csv").write_text("new")
    (update / "graph.graphml").write_text("new")
    (out / "graph.json").write_text("new")              # already renamed
    (update / ".complete").write_text(json.dumps(["graph.html"]))
    unfinished = out / ".kg-update-x2"                  # killed before its journal: dropped
    unfinished.mkdir()
    (unfinished / "graph.json").write_text("half")
    finish_updates(out)
    assert sorted(p.name for p in out.iterdir()) == ["csv", "graph.graphml", "graph.json"]
    assert (out / "graph.graphml").read_text() == (out / "graph.json").read_text() == "new"
    assert (out / "csv" / "nodes.csv").read_text() == "new"


def test_a_second_build_into_the_same_folder_says_so_and_stops(tmp_path):
    src = tmp_path / "reports"
    reports(src, sorted(EXAMPLES.iterdir()), 6)
    out = tmp_path / "exports"
    first = start_build(src, out)
    lock = out / ".kg-build.lock"
    deadline = time.time() + 30
    while not (lock.exists() and lock.read_text().strip() == str(first.pid)):
        assert time.time() < deadline and first.poll() is None
        time.sleep(0.02)
    second = subprocess.run([sys.executable, "-m", "kg", "build", str(src), "--out", str(out)],
                            cwd=ROOT, capture_output=True, text=True)
    assert second.returncode == 2
    assert second.stderr.strip() == (f"kg: error: another kg build (pid {first.pid}) is writing "
                                      f"into {out}; wait for it to finish, or give another --out")
    _, err = first.communicate()
    assert first.returncode == 0, err
    assert json.loads((out / "graph.json").read_text("utf-8"))
