"""kg.workers: a function over a list in worker processes, results in list order."""
import multiprocessing
import os
import subprocess
import sys
import time

import pytest

from conftest import EXAMPLES
from kg import workers
from kg.workers import WorkerError, ordered_map


def _setup():
    return os.getpid()


def _square(made, chunk):
    """Uneven work: later items are quicker, so chunks come back out of order."""
    out = []
    for x in chunk:
        time.sleep(0.002 * (x % 5))
        out.append((x * x, made))
    return out


def _fail_on_13(made, chunk):
    if 13 in chunk:
        raise ValueError("item 13 is bad")
    return chunk


def _die_on_13(made, chunk):
    if 13 in chunk:
        os._exit(9)             # as if killed: no exception, no message
    return chunk


def _failing_setup():
    raise OSError("no pipeline here")


@pytest.mark.parametrize("processes", [2, 3])
def test_results_come_back_in_order(processes):
    items = list(range(200))
    results = list(ordered_map(_square, _setup, items, processes))
    assert [r for r, _ in results] == [x * x for x in items]


def test_setup_runs_once_outside_this_process_and_is_shared():
    pids = {made for _, made in ordered_map(_square, _setup, list(range(100)), 3)}
    assert len(pids) == 1 and os.getpid() not in pids
    assert not multiprocessing.active_children()


def test_a_workers_exception_comes_back_with_its_traceback():
    with pytest.raises(WorkerError, match="(?s)a worker process failed.*item 13 is bad"):
        list(ordered_map(_fail_on_13, _setup, list(range(50)), 2))
    assert not multiprocessing.active_children()


def test_a_failing_setup_is_an_error():
    with pytest.raises(WorkerError, match="no pipeline here"):
        list(ordered_map(_square, _failing_setup, list(range(10)), 2))


def test_a_worker_that_dies_is_an_error_not_a_hang():
    with pytest.raises(WorkerError, match="stopped before its work was done"):
        list(ordered_map(_die_on_13, _setup, list(range(50)), 2))
    assert not multiprocessing.active_children()


def test_stopping_early_stops_the_workers():
    results = ordered_map(_square, _setup, list(range(400)), 2)
    assert next(results)[0] == 0
    results.close()
    assert not multiprocessing.active_children()


def test_spawned_workers_give_the_same_results(monkeypatch):
    monkeypatch.setattr(workers, "_context", lambda: multiprocessing.get_context("spawn"))
    items = list(range(40))
    results = list(ordered_map(_square, _setup, items, 2))
    assert [r for r, _ in results] == [x * x for x in items]


def test_nothing_to_do_starts_nothing():
    assert list(ordered_map(_square, _setup, [], 2)) == []
    assert not multiprocessing.active_children()


def test_a_parallel_build_never_loads_the_pipeline_here(tmp_path):
    """The workers build the pipeline; this process only merges and writes, so its
    own start (graph code, gazetteer) runs beside theirs."""
    code = ("import sys; from kg.cli import main; "
            "code = main(sys.argv[1:]); print('spacy' in sys.modules); sys.exit(code)")
    out = subprocess.run([sys.executable, "-c", code, "build", str(EXAMPLES), "--out",
                          str(tmp_path), "--no-view", "--workers", "2"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
