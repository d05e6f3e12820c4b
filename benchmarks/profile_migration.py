"""Where a migration's time goes, per phase, on the client and on the server (issue 14's speed work).

Runs ONE step of :mod:`benchmarks.bench_migration` (``pg``: first load, replace; ``merge``: the same file with 10%
of the rows changed, into the table a ``pg`` run of the same table name promoted) in this process, with the
phases' functions wrapped: per phase its calls, wall seconds, the calling thread's CPU and the whole process's CPU
while it ran (Polars works in its own threads, so a phase's CPU is in the last column; phases overlap on threads, so
those do not add up). The server side is the CPU of this process's PostgreSQL backends (sampled from ``/proc``).

Usage: ``python benchmarks/profile_migration.py pg|merge CSV TABLE RUN_ID`` (a CSV from ``bench_migration.generate``,
its ``bench_changed.csv`` beside it for a merge; drop ``TABLE`` and its ``__mw_prev_*`` tables afterwards).
"""

from __future__ import annotations

import functools
import os
import resource
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_migration as bm  # noqa: E402

#: label -> [calls, wall s, calling thread's CPU s, process CPU s while it ran]
STATS: defaultdict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0, 0.0])
_LOCK = threading.Lock()


def _process_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _add(label: str, wall: float, thread: float, proc: float) -> None:
    with _LOCK:
        s = STATS[label]
        s[0] += 1
        s[1] += wall
        s[2] += thread
        s[3] += proc


def wrap(owner: Any, name: str, label: str, *, generator: bool = False) -> None:
    """Replace ``owner.name`` by a timed wrapper (a generator: each ``next`` is timed)."""
    original: Callable[..., Any] = getattr(owner, name)
    if generator:
        @functools.wraps(original)
        def gen(*a: Any, **k: Any) -> Iterator[Any]:
            it = original(*a, **k)
            while True:
                w, c, p = time.perf_counter(), time.thread_time(), _process_cpu()
                try:
                    value = next(it)
                except StopIteration:
                    return
                finally:
                    _add(label, time.perf_counter() - w, time.thread_time() - c, _process_cpu() - p)
                yield value

        setattr(owner, name, gen)
        return

    @functools.wraps(original)
    def call(*a: Any, **k: Any) -> Any:
        w, c, p = time.perf_counter(), time.thread_time(), _process_cpu()
        try:
            return original(*a, **k)
        finally:
            _add(label, time.perf_counter() - w, time.thread_time() - c, _process_cpu() - p)

    setattr(owner, name, call)


def _instrument() -> None:
    import adapters.targets.pg_stream as pgs
    import adapters.targets.sql_target as st
    import core.migration.prepared as prepared
    import core.migration.stage as stage
    import core.migration.thin as thin

    for owner, name, label, gen in [
        (prepared, "batches", "parse (CSV blocks -> frames)", True),
        (prepared, "plan_transform", "transform (compiled DSL)", False),
        (prepared, "validate_rows", "row checks", False),
        (prepared, "assign_chunks", "chunk ids (key hash)", False),
        (prepared, "with_unchanged", "merge: hashes + unchanged rows", False),
        (thin, "row_pairs", "hash: content pairs (Polars)", False),
        (thin, "row_hashes", "hash: server row hash (NumPy)", False),
        (thin, "write_sealed", "spill: seal + write", False),
        (prepared.Prepared, "_write_parts", "spill thread (hash + seal)", False),
        (prepared.Prepared, "_spill", "PASS (read, transform, stream)", False),
        (pgs.PgStagingStream, "_ingest", "binary COPY into staging (threads)", False),
        (pgs.PgStagingStream, "flush", "pass waits for COPY", False),
        (stage, "read_known", "merge: final table's hashes", False),
        (stage, "run_chunks", "checkpoints", False),
        (stage, "validate", "validations", False),
        (st.SqlTarget, "server_checksums", "server checksum query", False),
        (st.SqlTarget, "staged_counts", "staged counts query", False),
        (st.SqlTarget, "promote", "promotion", False),
    ]:
        wrap(owner, name, label, generator=gen)


def main() -> None:
    """Run the step, print the phases."""
    step, csv, table, run_id = sys.argv[1:5]
    _instrument()
    from adapters.targets.sql_target import SqlTarget
    from core.migration.models import MigrationSpec
    from core.migration.run import migrate

    spec = bm.spec(run_id, table, "merge" if step == "merge" else "replace")
    assert isinstance(spec, MigrationSpec)
    src = Path(csv).with_name("bench_changed.csv") if step == "merge" else Path(csv)
    server = bm.ServerCpu()
    load0, t0, cpu0 = os.getloadavg()[0], time.perf_counter(), _process_cpu()
    run = migrate(spec, src, SqlTarget(bm.PG), secret=b"bench")
    wall, cpu = time.perf_counter() - t0, _process_cpu() - cpu0
    time.sleep(0.1)
    assert run.promoted
    print(f"{step}: wall {wall:.2f} s  client CPU {cpu:.2f} s  server backends CPU {server.stop():.2f} s  "
          f"load {load0:.1f} -> {os.getloadavg()[0]:.1f}")
    for label, (n, w, c, p) in sorted(STATS.items(), key=lambda kv: -kv[1][1]):
        print(f"  {label:36s} calls {int(n):4d}  wall {w:7.2f} s  thread CPU {c:6.2f} s  process CPU {p:6.2f} s")


if __name__ == "__main__":
    main()
