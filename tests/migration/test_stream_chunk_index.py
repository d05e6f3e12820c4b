"""PostgreSQL staging's BRIN chunk index: created with a fresh staging table (a chunk written whole is read back
through it), dropped by a stream (streamed chunks are interleaved: the index narrows nothing and slows the COPY)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from adapters.targets.pg_stream import chunk_index_name
from adapters.targets.sql_target import SqlTarget, stage_name
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


def test_a_stream_drops_the_chunk_index_that_a_fresh_staging_table_gets(pg_target_url: str) -> None:
    spec = make_spec(new_run_id())
    target = SqlTarget(pg_target_url)
    try:
        target.prepare(spec)
        stage = stage_name(spec)
        assert chunk_index_name(stage) in _indexes(pg_target_url, stage)
        stream = target.open_stream(spec)
        assert stream is not None
        try:
            assert chunk_index_name(stage) not in _indexes(pg_target_url, stage)
        finally:
            stream.close(set())
        target.prepare(spec)  # a resumed step's prepare leaves the existing staging table as the stream left it
        assert chunk_index_name(stage) not in _indexes(pg_target_url, stage)
    finally:
        target.dispose()


def test_a_streamed_migration_without_the_index_promotes_every_row(pg_target_url: str) -> None:
    src = example_source()
    spec = make_spec(new_run_id(), batch_size=150)
    target = SqlTarget(pg_target_url)
    try:
        run = migrate(spec, src, target, secret=b"chunk-index")
        assert run.promoted
        final = target.final_frame(spec.table)
        assert final.height + run.rows_quarantined == src.height
        assert final["customer_id"].n_unique() == final.height
    finally:
        target.dispose()
