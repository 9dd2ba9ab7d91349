"""How a build runs, apart from what it makes: the garbage collector off while it runs
(`collector_off`), the seconds each stage took (`Clock`), a call made at most once
(`Once`), and a task run in a forked process while this one goes on (`Background`, with
`Later` to take the files it staged)."""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import time
from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar

from . import lifeline

T = TypeVar("T")


@contextlib.contextmanager
def collector_off() -> Iterator[None]:
    """The cyclic garbage collector off during a build: the build holds millions of
    small objects and makes no reference cycles worth collecting, and each full
    collection would walk all of them (it cost a third of the link stage at 10,000
    sources). It is switched back on at the end (a process that builds again, such as
    `watch`, collects then as usual).

    The objects the build made and kept are moved to the oldest generation first
    (`gc.freeze` then `gc.unfreeze`, which walk nothing): left in the youngest, where
    they piled up while the collector was off, the first collection after the build
    would walk all of them, and the next ones again (0.4 to 1.8 s after each edit
    in `watch` at 10,000 sources). Cycles among them are still found by the full
    collections to come."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


class Clock:
    """Seconds per stage, for the summary line and the benchmarks."""

    def __init__(self) -> None:
        self.timings: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, stage: str, less: str = "") -> None:
        """The time since the last lap is `stage`'s (less the time already given to `less`)."""
        now = time.perf_counter()
        self.timings[stage] = now - self._last - self.timings.get(less, 0.0)
        self._last = now

    def timed(self, items: Iterator[T], stage: str) -> Iterator[T]:
        """`items`, the time spent making them added to `stage` (the rest of the lap is
        the consumer's)."""
        self.timings.setdefault(stage, 0.0)
        try:
            while True:
                start = time.perf_counter()
                item = next(items, None)
                self.timings[stage] += time.perf_counter() - start
                if item is None:
                    return
                yield item
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()


class Once:
    """A call made at most once, however often it is asked for."""

    def __init__(self, call: Callable[[], object]) -> None:
        self._call: Callable[[], object] | None = call

    def __call__(self) -> None:
        if self._call is not None:
            call, self._call = self._call, None
            call()


class Background(Generic[T]):
    """`task(*args)` in a forked process (which inherits the arguments instead of
    receiving them pickled), or here when `fork` is false or unavailable."""

    _call: tuple[Callable[..., Any], tuple[Any, ...]] | None = None

    def __init__(self, task: Callable[..., T], args: tuple[Any, ...], fork: bool) -> None:
        self._task, self._args = task, args
        self._pool: Any = None
        if fork and "fork" in multiprocessing.get_all_start_methods():
            Background._call = (task, args)
            self._pool = multiprocessing.get_context("fork").Pool(1, initializer=lifeline.die_with_parent)
            Background._call = None
            self._pending = self._pool.apply_async(_background)

    def result(self) -> T:
        """The task's result (call once)."""
        if self._pool is None:
            return self._task(*self._args)
        try:
            return self._pending.get()  # type: ignore[no-any-return]
        finally:
            self._pool.terminate()
            self._pool.join()


def _background() -> Any:
    assert Background._call is not None
    task, args = Background._call
    return task(*args)


class Later:
    """The files a `Background` task stages, taken when they are iterated (not before)."""

    def __init__(self, task: Background[list[tuple[str, Any]]] | None) -> None:
        self._task = task

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        if self._task is not None:
            yield from self._task.result()
