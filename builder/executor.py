"""The one executor the two maps run through: the per-source map (annotate) and the
per-page map (render).

A local process pool by default. Given a Dask scheduler's address (`--scheduler`), the
per-source map runs on that cluster through `distributed.Client.get_executor()`, a
`concurrent.futures.Executor` like the local pool: the same tasks, the same results,
so the output is byte-identical whichever executor ran them. The cluster's workers
need this package importable (the same version: the annotations are keyed by its code).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager


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
    local = ProcessPoolExecutor(jobs, mp_context=context)
    try:
        yield local
    finally:
        local.shutdown(wait=True, cancel_futures=True)
