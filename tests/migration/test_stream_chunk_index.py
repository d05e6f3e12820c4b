"""PostgreSQL staging's BRIN chunk index: created with a fresh staging table (a chunk written whole is read back
through it), dropped by a stream at its first write (streamed chunks are interleaved: the index narrows nothing and
slows the COPY), and then only if staging's lock is free within a short timeout (a reader is never waited for)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.targets.pg_stream import PgStagingStream, chunk_index_name
from adapters.targets.sql_target import SqlTarget, stage_name
from core.migration.chunks import CHUNK_COL
from core.migration.models import Checkpoint, MigrationSpec, QuarantineRecord
from core.migration.run import migrate
from tests.migration.conftest import example_source, make_spec, new_run_id

pytestmark = pytest.mark.postgres


def _indexes(url: str, table: str) -> set[str]:
    eng = sa.create_engine(url)
    try:
        with eng.connect() as c:
            return {str(i["name"]) for i in sa.inspect(c).get_indexes(table)}
    finally:
        eng.dispose()


def _rows(ids: list[int], chunk: int) -> pl.DataFrame:
    """Staging rows of :func:`make_spec`'s columns, all of one chunk."""
    return pl.DataFrame({"customer_id": ids, "full_name": [f"N {i}" for i in ids], "email": [None] * len(ids),
                         "country_code": ["US"] * len(ids), CHUNK_COL: [chunk] * len(ids)},
                        schema={"customer_id": pl.Int64, "full_name": pl.String, "email": pl.String,
                                "country_code": pl.String, CHUNK_COL: pl.Int32})


def test_a_stream_drops_the_chunk_index_at_its_first_write(pg_target_url: str) -> None:
    spec = make_spec(new_run_id())
    target = SqlTarget(pg_target_url)
    try:
        target.prepare(spec)
        stage = stage_name(spec)
        assert chunk_index_name(stage) in _indexes(pg_target_url, stage)
        stream = target.open_stream(spec)
        assert stream is not None
        try:
            assert chunk_index_name(stage) in _indexes(pg_target_url, stage)  # the lease alone keeps it
            stream.write(_rows([1, 2, 3], chunk=0))
            assert stream.flush() == {0: 3}
            assert stream.index_dropped
            assert chunk_index_name(stage) not in _indexes(pg_target_url, stage)
        finally:
            stream.close(set())  # chunk 0 has no checkpoint: its streamed rows are cleared
        target.prepare(spec)  # a resumed step's prepare leaves the existing staging table as the stream left it
        assert chunk_index_name(stage) not in _indexes(pg_target_url, stage)
    finally:
        target.dispose()


def test_a_stream_that_writes_nothing_keeps_the_chunk_index(pg_target_url: str) -> None:
    """A resumed run that streams no row (its chunks all staged, or a kept spill written per chunk) holds the lease
    without touching the index, so the per-chunk read-backs keep it."""
    spec = make_spec(new_run_id())
    target = SqlTarget(pg_target_url)
    try:
        target.prepare(spec)
        stage = stage_name(spec)
        stream = target.open_stream(spec)
        assert stream is not None
        stream.close(set())
        assert not stream.index_dropped
        target.prepare(spec)
        assert chunk_index_name(stage) in _indexes(pg_target_url, stage)
    finally:
        target.dispose()


class _WatchedTarget(SqlTarget):
    """A PostgreSQL target that records, at each streamed chunk's checkpoint (while the stream is open, before
    promotion), whether staging still has its chunk index, and how long opening the stream took."""

    def __init__(self, url: str, on_first_chunk: Callable[[], None] | None = None) -> None:
        super().__init__(url)
        self.url = url
        self.index_seen: list[bool] = []
        self.open_seconds: list[float] = []
        self._on_first_chunk = on_first_chunk

    def open_stream(self, spec: MigrationSpec) -> PgStagingStream | None:
        t0 = time.perf_counter()
        try:
            return super().open_stream(spec)
        finally:
            self.open_seconds.append(time.perf_counter() - t0)

    def write_streamed_chunk(self, spec: MigrationSpec, chunk_id: int, rows: pl.DataFrame | None,
                             quarantine: list[QuarantineRecord], checkpoint: Checkpoint, staged: int, *,
                             drop: pl.DataFrame | None = None) -> bool:
        stage = stage_name(spec)
        self.index_seen.append(chunk_index_name(stage) in _indexes(self.url, stage))
        if self._on_first_chunk is not None:
            self._on_first_chunk()
            self._on_first_chunk = None
        return super().write_streamed_chunk(spec, chunk_id, rows, quarantine, checkpoint, staged, drop=drop)


def _promoted_once(target: SqlTarget, spec: MigrationSpec, src: pl.DataFrame, quarantined: int) -> None:
    final = target.final_frame(spec.table)
    assert final.height + quarantined == src.height
    assert final["customer_id"].n_unique() == final.height


def test_a_streamed_migration_has_no_chunk_index_while_it_streams_and_promotes_every_row(pg_target_url: str) -> None:
    src = example_source()
    spec = make_spec(new_run_id(), batch_size=150)
    target = _WatchedTarget(pg_target_url)
    try:
        target.prepare(spec)
        assert chunk_index_name(stage_name(spec)) in _indexes(pg_target_url, stage_name(spec))
        run = migrate(spec, src, target, secret=b"chunk-index")
        assert run.promoted
        assert target.index_seen and not any(target.index_seen)  # streamed chunks, none with the index
        _promoted_once(target, spec, src, run.rows_quarantined)
    finally:
        target.dispose()


def test_a_reader_holding_staging_open_does_not_hold_up_the_stream(pg_target_url: str) -> None:
    """A session idle in a transaction that read staging holds a lock DROP INDEX must wait for: the stream gives up
    the drop after the short lock timeout, streams with the index kept, and every row is promoted once."""
    src = example_source()
    spec = make_spec(new_run_id(), batch_size=150)
    eng = sa.create_engine(pg_target_url)
    reader = eng.connect()
    tx = reader.begin()
    target = _WatchedTarget(pg_target_url, on_first_chunk=tx.rollback)  # the reader ends once a chunk is streamed
    try:
        target.prepare(spec)
        reader.execute(sa.select(sa.func.count()).select_from(sa.table(stage_name(spec)))).all()
        out: dict[str, Any] = {}
        worker = threading.Thread(target=lambda: out.update(run=migrate(spec, src, target, secret=b"lock")),
                                  daemon=True)
        worker.start()
        worker.join(60)
        hung = worker.is_alive()
        if hung:  # free the migration before failing, so the schema can be dropped
            tx.rollback()
            worker.join(60)
        assert not hung, "the stream waited for the reader's lock on staging"
        assert target.open_seconds and max(target.open_seconds) < 5
        assert target.index_seen and all(target.index_seen)  # the drop was skipped: the index stayed
        run = out["run"]
        assert run.promoted
        _promoted_once(target, spec, src, run.rows_quarantined)
    finally:
        reader.close()
        eng.dispose()
        target.dispose()
