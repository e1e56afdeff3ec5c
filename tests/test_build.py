"""kg build: parallel and incremental builds give exactly the clean build's graph."""
import json
import shutil
import subprocess
import sys

from conftest import EXAMPLES, ROOT


def kg(*args):
    out = subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True,
                         text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    return out


def exports(folder):
    files = [folder / "graph.json", folder / "graph.graphml", *sorted((folder / "csv").iterdir())]
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in files}


def test_workers_give_the_same_output(tmp_path):
    kg("build", EXAMPLES, "--out", tmp_path / "one", "--workers", "1", "--no-cache")
    kg("build", EXAMPLES, "--out", tmp_path / "two", "--workers", "2", "--no-cache")
    assert exports(tmp_path / "one") == exports(tmp_path / "two")
    one = kg("extract", EXAMPLES, "--workers", "1").stdout
    assert one == kg("extract", EXAMPLES, "--workers", "2").stdout


def test_incremental_build_follows_changes(tmp_path):
    reports = tmp_path / "reports"
    shutil.copytree(EXAMPLES, reports)
    out = tmp_path / "out"
    first = kg("build", reports, "--out", out, "--workers", "1")
    assert "3 extracted, 0 unchanged" in first.stderr
    before = exports(out)
    again = kg("build", reports, "--out", out, "--workers", "1")
    assert "all unchanged since the last build" in again.stderr
    assert exports(out) == before
    (out / "graph.json").unlink()              # an export gone: rebuilt from the cache
    again = kg("build", reports, "--out", out, "--workers", "1")
    assert "0 extracted, 3 unchanged" in again.stderr
    assert exports(out) == before
    # change one report, delete another, add a new one
    text = (reports / "xiangfan_2009.txt").read_text("utf-8")
    (reports / "xiangfan_2009.txt").write_text(text.replace("“依法行政大讲堂”", "“法治讲堂”"), "utf-8")
    (reports / "yanbian_2021.html").unlink()
    (reports / "new.txt").write_text("滑县2021年法治政府建设情况报告\n滑县人民政府制定《滑县行政执法公示办法》。\n", "utf-8")
    third = kg("build", reports, "--out", out, "--workers", "1")
    assert "2 extracted, 1 unchanged" in third.stderr
    kg("build", reports, "--out", tmp_path / "clean", "--workers", "1", "--no-cache")
    assert exports(out) == exports(tmp_path / "clean")
    graph = json.loads((out / "graph.json").read_text("utf-8"))
    names = {n["name"] for n in graph["nodes"]}
    assert "法治讲堂" in names and "依法行政大讲堂" not in names
    assert "滑县行政执法公示办法" in names and "延边州重大行政决策事项目录" not in names


def test_a_build_with_a_failed_report_leaves_no_stale_manifest(tmp_path):
    """Build A; then A with another report and a bad file (exports change, no manifest
    may be written: the bad file is tried again); then A again: not 'up to date' with
    the second build's exports, but A's graph again."""
    reports = tmp_path / "reports"
    shutil.copytree(EXAMPLES, reports)
    out = tmp_path / "out"
    kg("build", reports, "--out", out, "--workers", "1")
    before = exports(out)
    (reports / "new.txt").write_text("滑县2021年法治政府建设情况报告\n滑县人民政府制定《滑县行政执法公示办法》。\n", "utf-8")
    (reports / "bad.txt").write_bytes(b"")
    failed = subprocess.run([sys.executable, "-m", "kg", "build", str(reports), "--out", str(out),
                             "--workers", "1"], capture_output=True, text=True, cwd=ROOT)
    assert failed.returncode == 1 and exports(out) != before
    (reports / "new.txt").unlink()
    (reports / "bad.txt").unlink()
    again = kg("build", reports, "--out", out, "--workers", "1")
    assert "all unchanged" not in again.stderr
    assert exports(out) == before
