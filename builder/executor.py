"""The one executor the two maps run through: the per-source map (annotate) and the
per-page map (render).

A local process pool by default. Given a Dask scheduler's address (`--scheduler`), the
per-source map runs on that cluster through `distributed.Client.get_executor()`, a
`concurrent.futures.Executor` like the local pool: the same tasks, the same results,
so the output is byte-identical whichever executor ran them. The cluster's workers
need this package importable (the same version: the annotations are keyed by its code).
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

from . import lifeline

T = TypeVar("T")


@contextmanager
def pool(jobs: int, scheduler: str | None = None, inherit: bool = False) -> Iterator[Executor]:
    """An executor of `jobs` local worker processes, or the Dask cluster at `scheduler`
    (an address such as `tcp://10.0.0.5:8786`; `jobs` is then the cluster's business).

    `inherit`: the local workers are forked, so they start with this process's memory
    (a task set in a module global before the first `submit` need not be pickled); only
    where the platform can fork.

    Raises `ImportError` with a hint when a scheduler is given and `distributed` is not
    installed, and whatever `distributed.Client` raises for an unreachable scheduler
    (after its connection timeout).
    """
    if scheduler:
        try:
            from distributed import Client
        except ImportError as exc:  # pragma: no cover - depends on the installation
            raise ImportError("--scheduler needs Dask distributed: pip install -e '.[cluster]'") from exc
        client = Client(scheduler, set_as_default=False)
        try:
            yield client.get_executor()
        finally:
            client.close()
        return
    context = multiprocessing.get_context("fork") if inherit and "fork" in multiprocessing.get_all_start_methods() else None
    # A local worker dies with this process (a killed build leaves no orphans).
    local = ProcessPoolExecutor(jobs, mp_context=context, initializer=lifeline.die_with_parent)
    try:
        yield local
    finally:
        local.shutdown(wait=True, cancel_futures=True)


_task: Callable[[Any], tuple[str, Any, Any]] | None = None
Sink = Callable[[str, str], Any]
"""Takes a page (path, text) in a worker process; what it returns goes to the main one
instead of the text."""
CHUNK = 100
"""Pages a worker renders per task."""
PARALLEL_FROM = 400
"""Fewer pages than this render in-process: forking workers would cost more."""


def _run(items: list[Any]) -> list[tuple[str, Any, Any]]:
    assert _task is not None
    return [_task(item) for item in items]


class Mapped:
    """`task` over `items` through the executor (`pool`): local worker processes
    forked from this one, so they inherit the site and the templates instead
    of receiving them pickled. The work starts at once; iterating gives the pages in
    order, a chunk at a time, so they stream to the writer instead of all being held in
    memory. Few items, or one job, run in-process when iterated."""

    def __init__(
        self, task: Callable[[T], tuple[str, str | None, Any]], items: Sequence[T], jobs: int, sink: Sink | None = None
    ) -> None:
        global _task
        self._task, self._items = task, items
        self._pool: contextlib.ExitStack | None = None
        if jobs > 1 and len(items) >= PARALLEL_FROM and "fork" in multiprocessing.get_all_start_methods():
            if sink is None:
                _task = task
            else:  # the workers pass their pages to the sink themselves: only its answers come back
                def _task(item: T) -> tuple[str, Any, Any]:
                    path, text, extra = task(item)
                    return path, None if text is None else sink(path, text), extra
            size = max(1, min(CHUNK, len(items) // (jobs * 4)))
            chunks = [list(items[i : i + size]) for i in range(0, len(items), size)]
            self._pool = contextlib.ExitStack()
            workers = self._pool.enter_context(pool(jobs, inherit=True))
            self._results = workers.map(_run, chunks)  # the workers fork at the first task, with _task set

    def __iter__(self) -> Iterator[tuple[str, Any, Any]]:
        if self._pool is None:
            yield from (self._task(item) for item in self._items)
            return
        for part in self._results:
            yield from part
        self.close()

    def close(self) -> None:
        """Stop the workers (cancelling the chunks not started) and wait for them."""
        global _task
        if self._pool is not None:
            self._pool.close()
            self._pool = None
            _task = None

