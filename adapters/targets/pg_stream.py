"""PostgreSQL: rows streamed into a run's staging table during the pass (:mod:`core.migration.stream`).

The stream has its own ADBC connection. It holds the run lease -- a session advisory lock in the
two-key space (``RUN_LOCK_CLASS``, crc32 of the run id), so it never meets a chunk's single-key
lock -- from open to close; every per-chunk writer of the run takes the same lock shared inside its
transaction. Each batch is one binary COPY of Arrow data and one commit, on a writer thread, so the
next batch is transformed while this one is loaded (one batch queued at most: bounded memory).
"""

from __future__ import annotations

import hashlib
import threading
import zlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import polars as pl
import sqlalchemy as sa

from adapters.targets import pg_checksum
from adapters.targets.adbc_pg import AdbcSession
from core.error_text import safe_cause
from core.migration import faults
from core.migration.chunks import CHUNK_COL
from core.migration.errors import TargetUnavailable, write_refused

#: first key of the run lease (the second is the run id's crc32): "mw"
RUN_LOCK_CLASS = 0x6D77
#: connections a batch is split over (the server parses and stores each part in its own process)
WRITERS = 2


def run_lock_keys(run_id: str) -> tuple[int, int]:
    """The two int4 keys of a run's lease."""
    crc = zlib.crc32(run_id.encode())
    return RUN_LOCK_CLASS, crc - (1 << 32) if crc >= 1 << 31 else crc


def chunk_index_name(stage: str) -> str:
    """The name of a staging table's BRIN index on its chunk column (PostgreSQL; created with the table)."""
    return f"mw_chunk_brin_{hashlib.sha256(stage.encode()).hexdigest()[:16]}"


def drop_chunk_index(stage: sa.Table) -> Any:
    """DROP INDEX IF EXISTS of ``stage``'s chunk index: a stream spreads every chunk's rows over the whole table, so
    the index no longer narrows a chunk's read to its pages, and keeping it up to date cost about 22% of the server's
    CPU of the binary COPY (each statement measured alone on 300k rows of the benchmark, backend CPU: 0.40 / 0.40 /
    0.52 s with the index, 0.31 / 0.31 / 0.32 s without; 0.40 -> 0.31 s). Nothing creates it again for the run
    (see :meth:`PgStagingStream.acquire`)."""
    return sa.schema.DropIndex(sa.Index(chunk_index_name(stage.name), stage.c[CHUNK_COL]), if_exists=True)


#: the longest the stream waits for the staging table's lock to drop its chunk index (a session reading staging in
#: an open transaction holds a lock that DROP INDEX must wait for; past this the index is kept: it is only a saving)
DROP_LOCK_TIMEOUT = "100ms"
#: PostgreSQL's SQLSTATE of a lock not obtained within lock_timeout
LOCK_NOT_AVAILABLE = "55P03"


def drop_lock_timeout() -> Any:
    """SELECT set_config('lock_timeout', :data:`DROP_LOCK_TIMEOUT`, true): for the rest of the transaction only."""
    return sa.select(sa.func.set_config(sa.literal("lock_timeout"), sa.literal(DROP_LOCK_TIMEOUT), sa.true()))


def run_lock_shared(run_id: str) -> Any:
    """The run lease taken shared for one transaction (per-chunk writers)."""
    k1, k2 = run_lock_keys(run_id)
    return sa.select(sa.func.pg_advisory_xact_lock_shared(sa.literal(k1, sa.Integer), sa.literal(k2, sa.Integer)))


def run_lock_exclusive_xact(run_id: str) -> Any:
    """The run lease taken exclusively for one transaction (settling what a killed stream left)."""
    k1, k2 = run_lock_keys(run_id)
    return sa.select(sa.func.pg_advisory_xact_lock(sa.literal(k1, sa.Integer), sa.literal(k2, sa.Integer)))


def stale_rows(stage: sa.Table, ckpt: sa.Table, run_id: str) -> Any:
    """DELETE of the staged rows whose chunk has no checkpoint (what a stream killed in flight left)."""
    done = sa.select(ckpt.c.chunk_id).where(ckpt.c.run_id == run_id)
    return sa.delete(stage).where(stage.c[CHUNK_COL].not_in(done))


#: how libpq words a lost server connection when the driver reports no SQLSTATE (a restart, a terminated backend)
CONNECTION_LOST = ("terminating connection", "server closed the connection", "no connection to the server",
                   "connection to server", "could not connect", "connection refused")


def adbc_error(location: str, exc: Exception) -> Exception:
    """The typed error of an ADBC failure: a lost connection is transient, anything else a refused write."""
    cause = safe_cause(exc)
    lost = any(mark in str(exc).lower() for mark in CONNECTION_LOST)  # libpq's own failures carry no SQLSTATE
    if lost or str(getattr(exc, "sqlstate", "") or "").startswith(("08", "57P")):
        return TargetUnavailable(location, cause)
    return write_refused(location, cause)


class PgStagingStream:
    """An open stream into one run's staging table (see the module docstring)."""

    def __init__(self, uri: str, location: str, run_id: str, stage: sa.Table, ckpt: sa.Table,
                 marker: sa.Table, *, on_close: Callable[[], None] | None = None) -> None:
        self._on_close = on_close
        self._loc, self._run, self._stage, self._ckpt, self._marker = location, run_id, stage, ckpt, marker
        self._uri = uri
        self._s = AdbcSession(uri)
        self._writers: list[AdbcSession] = []
        self._pool: ThreadPoolExecutor | None = None
        self._pending: list[Future[None]] = []
        self._counts: dict[int, int] = {}
        self._lock = threading.Lock()
        self.done: frozenset[int] = frozenset()
        self.failed = False
        self._held = False  # the run lease is ours: only then may close() touch the marker or staged rows
        #: the server can checksum the staged rows itself (:mod:`adapters.targets.pg_checksum`; set by acquire)
        self.server_checksum = False
        #: staging's chunk index was dropped by the first :meth:`write` (False: no write yet, or another session's
        #: lock on staging kept it)
        self.index_dropped = False
        self._index_checked = False
        #: why :meth:`close` could not clear the marker and release the lease itself (None: it did)
        self.close_failure: str | None = None

    def acquire(self) -> bool:
        """Take the run lease (False: another worker holds it), settle a killed stream, mark this one."""
        k1, k2 = run_lock_keys(self._run)
        got = self._s.execute(sa.select(sa.func.pg_try_advisory_lock(sa.literal(k1, sa.Integer),
                                                                     sa.literal(k2, sa.Integer))))
        self._s.commit()
        if not got or not got[0][0]:
            return False
        self._held = True
        marked = self._s.execute(sa.select(self._marker.c.run_id).where(self._marker.c.run_id == self._run))
        if marked:  # a stream of this run was killed in flight: its uncheckpointed rows go first
            self._s.execute(stale_rows(self._stage, self._ckpt, self._run))
        else:
            self._s.execute(self._marker.insert().values(run_id=self._run))
        rows = self._s.execute(sa.select(self._ckpt.c.chunk_id).where(self._ckpt.c.run_id == self._run))
        self._s.commit()
        self.done = frozenset(int(r[0]) for r in rows)
        self.server_checksum = bool(self._s.execute(pg_checksum.supported_query())[0][0])
        self._s.rollback()
        self._writers = [self._s, *(AdbcSession(self._uri) for _ in range(WRITERS - 1))]
        self._pool = ThreadPoolExecutor(max_workers=len(self._writers), thread_name_prefix="mw-stream")
        return True

    def _drop_chunk_index(self) -> bool:
        """Drop staging's chunk index in a transaction of its own, waiting at most :data:`DROP_LOCK_TIMEOUT` for the
        table's lock: True when it is gone, False when another session's lock on staging is held longer (the index
        stays, the stream goes on; the drop is only a saving). Any other failure is raised.

        A transaction of its own, rolled back whole on a timeout (the ADBC driver refuses every statement of a
        transaction in error, ``ROLLBACK TO SAVEPOINT`` included). A kill before it leaves the marker and the index:
        the next stream settles the marker and drops the index at its first write (``IF EXISTS``)."""
        try:
            self._s.execute(drop_lock_timeout())  # SET LOCAL: this transaction only
            self._s.execute(drop_chunk_index(self._stage))
            self._s.commit()
        except Exception as exc:
            if str(getattr(exc, "sqlstate", "") or "") != LOCK_NOT_AVAILABLE:
                raise
            self._s.rollback()
            return False
        return True

    def _ingest(self, session: AdbcSession, rows: pl.DataFrame) -> None:
        try:
            session.ingest(self._stage.name, rows)
            session.commit()
        except Exception as exc:
            self.failed = True
            raise adbc_error(self._loc, exc) from None
        with self._lock:
            for cid, n in rows.group_by(CHUNK_COL).len().iter_rows():
                self._counts[int(cid)] = self._counts.get(int(cid), 0) + int(n)
        faults.point("stream")

    def write(self, rows: pl.DataFrame) -> None:
        """Queue one batch, split over the writer connections (waits for the previous batch: one in flight).

        Before the first batch, staging's chunk index is dropped if its lock is free within
        :data:`DROP_LOCK_TIMEOUT` (:attr:`index_dropped`): at the first row streamed, not when the lease is taken,
        so a stream that writes nothing (a resumed run whose chunks are all staged, one reusing a kept spill) keeps
        it. The index is not created again for the run (``SqlTarget.prepare`` builds it only with a fresh staging
        table): once a stream has written, a per-chunk path that takes the run over (Dagster per-chunk steps after a
        failed streamed attempt) reads each chunk back with a scan of the whole staging table: slower, never wrong."""
        assert self._pool is not None, "acquire() first"
        self.flush()
        if not self._index_checked:  # under the lease, before any row is streamed; no batch is in flight
            self._index_checked = True
            try:
                self.index_dropped = self._drop_chunk_index()
            except Exception as exc:
                self.failed = True
                raise adbc_error(self._loc, exc) from None
        step = -(-rows.height // len(self._writers))
        self._pending = [self._pool.submit(self._ingest, w, rows.slice(i * step, step))
                         for i, w in enumerate(self._writers) if i * step < rows.height]

    def flush(self) -> dict[int, int]:
        """Wait for the queued batch; rows staged per chunk by this stream."""
        pending, self._pending = self._pending, []
        for f in pending:
            f.exception()
        for f in pending:
            f.result()
        return dict(self._counts)

    def close(self, finished: set[int]) -> None:
        """Clear the staged rows of streamed chunks not in ``finished`` (a failed or stopped run), remove the
        marker and release the lease; on a broken connection the marker stays and the next run settles.
        ``close_failure`` says which step failed, only when this stream held the lease (else nothing was ours)."""
        step = "ending the stream's writes (the stream marker stays: the run's next step settles it)"
        try:
            for f in self._pending:
                f.exception()
            if self._pool is not None:
                self._pool.shutdown(wait=True)
            for w in self._writers[1:]:
                w.rollback()
            self._s.rollback()
            if not self._held:  # the lease went to another stream: its marker and rows are not ours
                return
            step = ("clearing the unfinished chunks' staged rows and the stream marker (the marker stays: the run's "
                    "next step clears those rows)")
            if self.failed or not set(self._counts) <= finished:  # still under the lease: clear them now
                self._s.execute(stale_rows(self._stage, self._ckpt, self._run))
            self._s.execute(sa.delete(self._marker).where(self._marker.c.run_id == self._run))
            self._s.commit()
            step = "releasing the run lease after the stream marker was removed"
            # released here, not only by closing the session: the server ends a closed session's backend
            # (and frees its locks) a moment after the client has gone, so a waiting writer could still see it
            k1, k2 = run_lock_keys(self._run)
            self._s.execute(sa.select(sa.func.pg_advisory_unlock(sa.literal(k1, sa.Integer),
                                                                 sa.literal(k2, sa.Integer))))
            self._s.commit()
        except Exception as exc:  # noqa: BLE001 - a broken connection: the marker stays and the next run settles
            if self._held:
                self.close_failure = f"{step} failed: {safe_cause(exc)}"
        finally:
            for w in self._writers[1:]:
                w.close()
            self._s.close()  # ends the session: the lease goes with it
            if self._on_close is not None:
                self._on_close()
