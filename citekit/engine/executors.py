"""Where per-document work runs: in this process, a local process pool, or a Dask cluster.

All three take batches of :class:`DocumentTask` and yield each batch's results as soon as it
is done, in completion order (the caller restores the document order).  A batch result is
the worker's pipeline version and one stored :class:`DocumentResult` per task (``document.stored``).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol

from citekit.engine.document import DocumentTask, Stored, process_batch

BatchResult = tuple[str, list[Stored]]


class ExecutorError(Exception):
    """The executor cannot run or lost its workers (one line for the user)."""


class Executor(Protocol):
    jobs: int

    def run(self, batches: list[list[DocumentTask]]) -> Iterator[tuple[list[DocumentTask], BatchResult]]:
        """Each batch with its result, as they complete."""
        ...

    def close(self, cancel: bool = False) -> None:
        """Release the workers; ``cancel`` drops work not yet started (Ctrl-C)."""
        ...


class InProcess:
    """No workers: each batch runs here, in order (``--jobs 1``, tiny builds)."""

    jobs = 1

    def run(self, batches):
        for batch in batches:
            yield batch, process_batch(batch)

    def close(self, cancel: bool = False) -> None:
        pass


def _start_worker(build_pid: int) -> None:
    """Workers leave Ctrl-C to the build, which stops them itself, and end when the build
    process is gone (killed with SIGKILL, it cannot stop them)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while True:
            time.sleep(1)
            try:
                os.kill(build_pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:
                pass

    threading.Thread(target=watch, name="citekit-watch-build", daemon=True).start()


class LocalPool:
    """A pool of ``jobs`` worker processes on this machine.

    Workers come from a fork server that has already imported the extractors, so starting
    one is cheap and no thread state of the parent is inherited.  At most ``2 * jobs``
    batches are in flight, which keeps memory flat however many documents there are."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if "forkserver" in methods:
            context.set_forkserver_preload(["citekit.engine.document"])
        self._pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start_worker,
                                         initargs=(os.getpid(),))

    def run(self, batches):
        waiting = iter(batches)
        running: dict[Future, list[DocumentTask]] = {}

        def submit() -> None:
            for batch in waiting:
                running[self._pool.submit(process_batch, batch)] = batch
                if len(running) >= 2 * self.jobs:
                    return

        submit()
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in sorted(done, key=lambda f: running[f][0].shown):
                batch = running.pop(future)
                try:
                    result = future.result()
                except BrokenProcessPool:
                    raise ExecutorError("a worker process died (out of memory?); finished documents "
                                        "are kept in the cache, run the build again") from None
                yield batch, result
            submit()

    def close(self, cancel: bool = False) -> None:
        if cancel:
            terminate = getattr(self._pool, "terminate_workers", None)  # Python >= 3.14
            if terminate:
                terminate()
            else:
                for process in list((getattr(self._pool, "_processes", None) or {}).values()):
                    process.terminate()
        self._pool.shutdown(wait=True, cancel_futures=cancel)


class DaskCluster:
    """Batches as tasks on a Dask distributed cluster (``citekit[dask]``), results streamed
    back as they complete.  Workers need citekit installed and the documents readable at the
    same absolute paths (a shared file system)."""

    def __init__(self, scheduler: str | None) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise ExecutorError("--executor dask needs Dask: pip install 'citekit[dask]'") from None
        try:
            self._client = Client(scheduler, timeout="30s") if scheduler else Client(processes=True)
        except (OSError, TimeoutError) as exc:
            raise ExecutorError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
        self.jobs = max(1, sum(self._client.nthreads().values()))

    def run(self, batches):
        from distributed import as_completed

        futures = self._client.map(process_batch, batches, pure=False)
        by_key = {f.key: batch for f, batch in zip(futures, batches)}
        for future in as_completed(futures):
            yield by_key[future.key], future.result()
            future.release()

    def close(self, cancel: bool = False) -> None:
        self._client.close()


def make_executor(kind: str, jobs: int, scheduler: str | None = None) -> Executor:
    """``local`` (a pool, or this process for one job) or ``dask``."""
    if kind == "dask":
        return DaskCluster(scheduler)
    return InProcess() if jobs <= 1 else LocalPool(jobs)
