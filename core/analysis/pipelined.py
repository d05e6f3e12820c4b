"""Overlapped Analysis batches: the next batch is checked while the previous one is folded in.

Polars releases the GIL while it computes, so :meth:`core.analysis.profile.Profiler.compute` runs
on a small thread pool: while one batch is transformed and checked, the next is too (a plan's
slowest pipeline, e.g. a multi-format date parse, runs on one core per batch; two batches keep
both cores busy) and the reader thread parses the one after. Results are folded in source order
on the caller's thread, so the profile is the one a sequential pass gives. At most ``workers``
batches are in flight, which bounds memory.
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor

import polars as pl

from core.analysis.profile import Computed, Profiler

#: batches checked at the same time (one per core of the machines this runs on)
WORKERS = 2


class Pipelined:
    """Feeds a :class:`Profiler` batch by batch, computing up to ``workers`` batches concurrently."""

    def __init__(self, profiler: Profiler, workers: int | None = None) -> None:
        self.profiler = profiler
        self.workers = max(1, WORKERS if workers is None else workers)
        self.offset = 0
        self._pending: deque[Future[Computed]] = deque()
        self._pool: ThreadPoolExecutor | None = None

    def add(self, batch: pl.DataFrame) -> None:
        """Queue one batch (source order); folds the oldest when ``workers`` are in flight."""
        offset, self.offset = self.offset, self.offset + batch.height
        if self.profiler.flags is None or self.workers == 1:  # the first batch fixes the rules: inline
            self.profiler.fold(self.profiler.compute(batch, offset))
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="mapwright-analysis")
        self._pending.append(self._pool.submit(self.profiler.compute, batch, offset))
        while len(self._pending) >= self.workers:
            self.profiler.fold(self._pending.popleft().result())

    def finish(self) -> None:
        """Fold every batch still in flight."""
        while self._pending:
            self.profiler.fold(self._pending.popleft().result())

    def close(self) -> None:
        """Drop what is still queued (after an error) and stop the pool."""
        for f in self._pending:
            f.cancel()
        self._pending.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
