"""A function over a list in worker processes, results back in list order.

The first worker runs ``setup`` (for kg: building the pipeline, which is what imports
spaCy) and forks the others from itself, so they share what it built copy-on-write and
the calling process never builds it: that process gets on with its own start (the graph
code, the gazetteer) on another core meanwhile. Workers take chunks of the list from a
shared counter, so a slow item holds up only its chunk, and send each chunk's results
down their own pipe; the caller puts the chunks back in order, reading whatever arrives,
so no worker waits long on a full pipe. A worker's exception comes back with its
traceback; a worker that dies (killed, out of memory) is an error, not a hang.

Where processes cannot fork, each worker is spawned and runs ``setup`` itself.
"""
from __future__ import annotations

import gc
import multiprocessing
import pickle
import traceback
import weakref
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Iterator

CHUNK = 8          # items per message: small enough that the last chunks even out
PIPE_SIZE = 1 << 20


class WorkerError(RuntimeError):
    """A worker process failed or stopped before its work was done."""


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


@dataclass(frozen=True)
class _Job:
    work: Callable[[Any, list], list]       # (what setup made, a chunk) → one result per item
    setup: Callable[[], Any]
    items: list
    chunk: int
    counter: Any                            # multiprocessing.Value: the next chunk to take


_MADE: Any = None      # what setup() made, in the first worker; the others inherit it


def ordered_map(work: Callable[[Any, list], list], setup: Callable[[], Any], items: list,
                processes: int) -> Iterator:
    """``work(setup(), chunk)`` over ``items`` in ``processes`` worker processes, one
    result per item in order. The processes start now, not when the first result is
    asked for; under spawn, ``work`` and ``setup`` must be picklable (module-level)."""
    if not items:
        return iter(())
    ctx = _context()
    processes = max(1, min(processes, len(items)))
    chunk = max(1, min(CHUNK, len(items) // (4 * processes)))
    pipes = [ctx.Pipe(duplex=False) for _ in range(processes)]
    for r, _ in pipes:
        _widen(r)
    readers = [r for r, _ in pipes]
    writers = [w for _, w in pipes]
    job = _Job(work, setup, items, chunk, ctx.Value("q", 0))
    first = ctx.Process(target=_first, args=(job, readers, writers), name="kg-worker-0")
    first.start()
    for w in writers:
        w.close()                       # only the workers write: EOF means a worker is gone
    results = _collect(readers, -(-len(items) // chunk))
    # also if never read to the end; holding the job keeps its counter's semaphore, which
    # a spawned worker opens by name after start() has dropped the process's arguments
    stop = weakref.finalize(results, _stop, readers, first, job)
    return _stopping(results, stop)


def _widen(pipe: Connection) -> None:
    """A pipe holds 64 KB by default, less than a chunk of records, so a worker would
    wait at every chunk until this process, busy with the previous one, read it. Linux
    lets a pipe hold up to ``/proc/sys/fs/pipe-max-size`` (1 MB unless lowered)."""
    try:
        import fcntl
        fcntl.fcntl(pipe.fileno(), fcntl.F_SETPIPE_SZ, PIPE_SIZE)
    except (ImportError, AttributeError, OSError):
        pass                   # not Linux, or a lower limit: the default size works, slower


def _stopping(results: Iterator, stop: weakref.finalize) -> Iterator:
    try:
        yield from results
    finally:
        stop()


def _stop(readers: list[Connection], first, job: _Job) -> None:
    """Close this end of the pipes (a worker still sending gets EPIPE and stops) and wait
    for the first worker, which waits for those it forked."""
    for r in readers:
        r.close()
    first.join(timeout=30)
    if first.is_alive():
        first.terminate()
        first.join()


def _collect(readers: list[Connection], chunks: int) -> Iterator:
    pending: dict[int, list] = {}
    live = list(readers)
    for i in range(chunks):
        while i not in pending:
            if not live:
                raise WorkerError("the worker processes stopped before their work was done")
            for r in wait(live):
                try:
                    message = pickle.loads(r.recv_bytes())
                except EOFError:
                    raise WorkerError("a worker process stopped before its work was done "
                                      "(killed, or out of memory?)") from None
                if message[0] == "chunk":
                    pending[message[1]] = message[2]
                elif message[0] == "done":
                    live.remove(r)
                else:
                    raise WorkerError(f"a worker process failed:\n{message[1]}")
        yield from pending.pop(i)


def _first(job: _Job, readers: list[Connection], writers: list[Connection]) -> None:
    global _MADE
    for r in readers:
        r.close()              # so that workers see EPIPE, not a full pipe, if the caller goes
    others = []
    try:
        _MADE = job.setup()
        gc.freeze()            # the workers' collectors leave what they inherit alone
        ctx = _context()
        for i in range(1, len(writers)):
            others.append(ctx.Process(target=_worker, args=(job, writers, i),
                                      name=f"kg-worker-{i}"))
            others[-1].start()
    except BaseException:
        _send(writers[0], ("error", traceback.format_exc()))
        return
    _worker(job, writers, 0)
    for p in others:
        p.join()


def _worker(job: _Job, writers: list[Connection], i: int) -> None:
    out = writers[i]
    for j, w in enumerate(writers):
        if j != i:
            w.close()
    try:
        made = _MADE if _MADE is not None else job.setup()      # spawned: its own
        while True:
            with job.counter.get_lock():
                n = job.counter.value
                job.counter.value = n + 1
            chunk = job.items[n * job.chunk:(n + 1) * job.chunk]
            if not chunk:
                break
            _send(out, ("chunk", n, job.work(made, chunk)))
        _send(out, ("done",))
    except BrokenPipeError:
        pass                   # the caller stopped reading
    except BaseException:
        _send(out, ("error", traceback.format_exc()))
    finally:
        out.close()


def _send(out: Connection, message: tuple) -> None:
    try:
        out.send_bytes(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        if message[0] == "chunk":
            raise
        # an error or "done" nobody is listening for any more
