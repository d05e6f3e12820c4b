"""The checksum's loaded side read back per chunk while the next chunk is written (PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.targets.sql_target import SqlTarget, stage_name
from core.migration.chunks import checksum, combine_checksums
from core.migration.engine import Prepared, run_chunks, validate
from core.migration.readback import concurrent, staged_checksum
from tests.migration.conftest import example_source, make_spec, new_run_id

SECRET = b"test-secret"


def _full_scan(target: SqlTarget, prep: Prepared) -> str:
    cols = [c.name for c in prep.spec.columns]
    return combine_checksums([checksum(b, cols) for b in target.staged_batches(prep.spec)])


@pytest.mark.postgres
def test_early_readbacks_give_the_full_scan_checksum_and_a_changed_chunk_is_read_again(pg_target_url: str) -> None:
    target = SqlTarget(pg_target_url)
    assert concurrent(target)
    spec = make_spec(new_run_id(), batch_size=250)
    with Prepared(spec, example_source()) as prep:
        target.prepare(spec)
        run_chunks(prep, target, secret=SECRET)
        early = prep.loaded_checksums()
        ckpts = target.checkpoints(spec.run_id)
        assert sorted(early) == list(range(prep.n_chunks)) == [c.chunk_id for c in ckpts]
        assert all(early[c.chunk_id][0] == c.content_hash for c in ckpts)
        assert sum(int(v.split(":")[0]) for _, v in early.values()) == sum(c.row_count_out for c in ckpts)
        assert staged_checksum(prep, target, ckpts) == _full_scan(target, prep) == prep.expected_checksum()
        assert all(v.passed for v in validate(prep, target))
        # a staged row of chunk 1 disappears behind the engine's back: its count differs, it is read again
        stage = sa.table(stage_name(spec), sa.column("_mw_chunk"), sa.column("customer_id"))
        with target._engine.begin() as conn:
            victim = conn.execute(sa.select(stage.c.customer_id).where(stage.c._mw_chunk == 1).limit(1)).scalar_one()
            conn.execute(sa.delete(stage).where(stage.c.customer_id == victim))
        assert staged_checksum(prep, target, ckpts) == _full_scan(target, prep) != prep.expected_checksum()
        failed = {v.name for v in validate(prep, target) if not v.passed}
        assert failed == {"row_count", "checksum"}
    target.dispose()


def test_embedded_targets_read_back_after_the_load(tmp_path: Path) -> None:
    target = SqlTarget(f"duckdb:///{tmp_path}/t.duckdb")
    assert not concurrent(target)
    spec = make_spec(new_run_id(), batch_size=250)
    with Prepared(spec, example_source()) as prep:
        target.prepare(spec)
        run_chunks(prep, target, secret=SECRET)
        assert prep.loaded_checksums() == {}
        counts = target.staged_counts(spec)
        ckpts = target.checkpoints(spec.run_id)
        assert counts == {c.chunk_id: c.row_count_out for c in ckpts if c.row_count_out}
        assert staged_checksum(prep, target, ckpts) == prep.expected_checksum()
        one = pl.concat(list(target.staged_batches(spec, chunk_id=2)))
        assert one.height == counts[2]
    target.dispose()


@pytest.mark.postgres
def test_a_chunk_rewritten_in_place_after_its_early_readback_is_read_again(pg_target_url: str) -> None:
    """Same checkpoint, same staged count: the rewritten row's writer is newer than the read-back's snapshot."""
    target = SqlTarget(pg_target_url)
    spec = make_spec(new_run_id(), batch_size=250)
    with Prepared(spec, example_source()) as prep:
        target.prepare(spec)
        run_chunks(prep, target, secret=SECRET)
        ckpts = target.checkpoints(spec.run_id)
        stage = sa.table(stage_name(spec), sa.column("_mw_chunk"), sa.column("customer_id"), sa.column("full_name"))
        with target._engine.begin() as conn:
            victim = conn.execute(sa.select(stage.c.customer_id).where(stage.c._mw_chunk == 0).limit(1)).scalar_one()
            conn.execute(sa.update(stage).where(stage.c.customer_id == victim).values(full_name="TAMPERED"))
        assert staged_checksum(prep, target, ckpts) == _full_scan(target, prep) != prep.expected_checksum()
        assert {v.name for v in validate(prep, target) if not v.passed} == {"checksum"}
    target.dispose()
