"""Rows streamed into PostgreSQL staging during the pass (core.migration.stream): exactly once still holds."""

from __future__ import annotations

import os
import subprocess
import sys

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.targets.sql_target import SqlTarget, stage_name
from core.migration import prepared
from core.migration.engine import Prepared, run_chunks
from core.migration.models import Checkpoint
from core.migration.run import migrate
from tests.migration.conftest import ROOT, example_source, make_spec, new_run_id
from tests.migration.oracle import expected_rows

pytestmark = pytest.mark.postgres
SECRET = b"stream-secret"
COLS = ["customer_id", "full_name", "email", "country_code"]


def _staged_and_marked(url: str, spec: object) -> tuple[int, int]:
    eng = sa.create_engine(url)
    try:
        with eng.connect() as c:
            staged = c.execute(sa.select(sa.func.count()).select_from(sa.table(stage_name(spec)))).scalar_one()  # type: ignore[arg-type]
            marked = c.execute(sa.text("SELECT count(*) FROM _mw_streams")).scalar_one()
        return int(staged), int(marked)
    finally:
        eng.dispose()


def _final(target: SqlTarget) -> list[tuple[object, ...]]:
    return [tuple(r) for r in target.final_frame("crm_customer").select(COLS).iter_rows()]


def test_streamed_batches_with_a_key_duplicated_across_them_load_exactly_once(
        pg_target_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prepared, "READ_ROWS", 150)  # 7 streamed batches
    src = example_source()
    dup = src.filter(pl.col("customer_id") == "100000").with_columns(pl.lit("Other").alias("first_name"))
    source = pl.concat([src, dup])  # the original is streamed in the first batch, its copy in the last
    target = SqlTarget(pg_target_url)
    seen: list[tuple[int, int, int]] = []  # (rows streamed, streamed rows dropped, rows kept) per checkpoint
    write = target.write_streamed_chunk

    def spy(spec: object, chunk_id: int, rows: pl.DataFrame | None, quarantine: list[object], ckpt: Checkpoint,
            staged: int, *, drop: pl.DataFrame | None = None) -> bool:
        assert rows is None, "a streamed pass's spill is thin: the valid rows are not handed over again"
        seen.append((staged, 0 if drop is None else drop.height, ckpt.row_count_out))
        return write(spec, chunk_id, rows, quarantine, ckpt, staged, drop=drop)  # type: ignore[arg-type]

    monkeypatch.setattr(target, "write_streamed_chunk", spy)
    reads: list[dict[str, object]] = []  # staged_batches calls (the checksum's read-backs)
    read = target.staged_batches

    def read_spy(spec: object, *args: object, **kw: object) -> object:
        reads.append(kw)
        return read(spec, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(target, "staged_batches", read_spy)
    try:
        spec = make_spec(new_run_id(), batch_size=100)
        run = migrate(spec, source.lazy(), target, secret=SECRET)
        assert len(seen) == run.chunks, "every chunk's rows came through the stream"
        # both copies were streamed (each batch was valid alone); the chunk check quarantines both: their key's
        # streamed rows are deleted in the chunk's checkpoint transaction, the other rows stay as streamed
        assert [(d, s - k) for s, d, k in seen if s != k] == [(2, 2)], "only the duplicated key's chunk differs"
        # nothing was read back: the server computed the staged rows' checksum (core.migration.pg_hash)
        assert reads == []
        assert next(v for v in run.validations if v.name == "checksum").detail.endswith("(computed by the target)")
        want, quarantined = expected_rows(source)
        got = _final(target)
        assert len(got) == len(set(got)) and set(got) == want and run.rows_quarantined == quarantined
        assert all(v.passed for v in run.validations)
        assert not any(k == 100000 for k, *_ in got), "both copies of a duplicated key are quarantined"
        eng = sa.create_engine(pg_target_url)
        with eng.connect() as c:
            assert c.execute(sa.text("SELECT count(*) FROM _mw_streams")).scalar_one() == 0, "marker removed"
        eng.dispose()
    finally:
        target.dispose()


def _killed_in_stream(url: str, run_id: str, nth: int) -> subprocess.CompletedProcess[str]:
    code = ("import sys\n"
            "from core.migration import prepared\n"
            "prepared.READ_ROWS = 150\n"
            "sys.argv = ['w', sys.argv[1], sys.argv[2], '100']\n"
            "import runpy; runpy.run_module('tests.migration.drill_worker', run_name='__main__')\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MAPWRIGHT_FAULT_KILL": f"stream:{nth}"}
    return subprocess.run([sys.executable, "-c", code, url, run_id], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=False)


def test_a_stream_killed_in_flight_is_settled_by_chunk_writers_and_by_the_next_stream(pg_target_url: str) -> None:
    run_id = new_run_id()
    spec = make_spec(run_id, batch_size=100)
    res = _killed_in_stream(pg_target_url, run_id, 3)
    assert res.returncode == -9, res.stderr[-2000:]
    staged, marked = _staged_and_marked(pg_target_url, spec)
    assert staged > 0 and marked == 1, "three batches committed, no checkpoint: the marker says so"
    target = SqlTarget(pg_target_url)
    try:
        # a chunk-by-chunk writer (a Dagster step) settles first: the unfinished stream's rows go
        results = run_chunks(Prepared(spec, example_source()), target, secret=SECRET, chunks=[0, 1])
        staged, marked = _staged_and_marked(pg_target_url, spec)
        assert marked == 0 and staged == sum(r.checkpoint.row_count_out for r in results)
    finally:
        target.dispose()
    res = _killed_in_stream(pg_target_url, run_id, 2)  # killed again mid-stream, chunks 0 and 1 done
    assert res.returncode == -9, res.stderr[-2000:]
    target = SqlTarget(pg_target_url)
    try:
        run = migrate(spec, example_source(), target, secret=SECRET)  # the next stream settles, then loads
        assert run.promoted and all(v.passed for v in run.validations)
        want, quarantined = expected_rows(example_source())
        got = _final(target)
        assert len(got) == len(set(got)) and set(got) == want and run.rows_quarantined == quarantined
        assert sorted(c.chunk_id for c in target.checkpoints(run_id)) == list(range(run.chunks))
    finally:
        target.dispose()


def test_one_stream_per_run_and_chunk_writers_wait_for_it(pg_target_url: str) -> None:
    spec = make_spec(new_run_id(), batch_size=100)
    first, second = SqlTarget(pg_target_url), SqlTarget(pg_target_url)
    try:
        first.prepare(spec)
        stream = first.open_stream(spec)
        assert stream is not None and second.open_stream(spec) is None, "the run lease is exclusive"
        eng = sa.create_engine(pg_target_url)
        marker = sa.table("_mw_streams", sa.column("run_id"))
        with eng.connect() as c:  # the refused stream left the holder's marker alone (a kill still settles)
            mine = sa.select(sa.func.count()).select_from(marker).where(marker.c.run_id == spec.run_id)
            assert c.execute(mine).scalar_one() == 1
        with eng.connect() as c:  # a chunk writer's shared lease waits (here: is refused without waiting)
            from adapters.targets.pg_stream import run_lock_keys

            k1, k2 = run_lock_keys(spec.run_id)
            got = c.execute(sa.select(sa.func.pg_try_advisory_xact_lock_shared(k1, k2))).scalar_one()
            assert got is False
        stream.close(set())
        with eng.connect() as c:
            got = c.execute(sa.select(sa.func.pg_try_advisory_xact_lock_shared(k1, k2))).scalar_one()
            assert got is True, "closing the stream releases the lease"
        eng.dispose()
        again = second.open_stream(spec)
        assert again is not None
        again.close(set())
    finally:
        first.dispose()
        second.dispose()


def test_a_thin_spill_checkpoints_and_quarantines_exactly_like_the_full_spill(
        pg_target_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prepared, "READ_ROWS", 120)  # keys duplicated across batches, failed rows in several
    src = example_source()
    dups = src.head(40).with_columns(pl.lit("Copy").alias("first_name"))  # 40 valid keys, each seen twice
    source = pl.concat([src, dups])
    spec = make_spec(new_run_id(), batch_size=100)
    target = SqlTarget(pg_target_url)
    try:
        run = migrate(spec, source.lazy(), target, secret=SECRET)
        assert run.promoted and all(v.passed for v in run.validations)
        streamed = {c.chunk_id: c for c in target.checkpoints(spec.run_id)}
        quarantined = target.quarantine(spec.run_id)
    finally:
        target.dispose()
    from core.migration.engine import stage_chunk

    with Prepared(spec, source) as full:  # no stream: the full spill, every transformed row
        assert not full.thin
        want = [stage_chunk(full, cid, secret=SECRET, owner="x") for cid in range(full.n_chunks)]
    assert sorted(streamed) == [w.chunk_id for w in want]
    for w in want:
        got = streamed[w.chunk_id]
        assert (got.content_hash, got.row_count_in, got.row_count_out, got.quarantined, got.checksum) == (
            w.checkpoint.content_hash, w.checkpoint.row_count_in, w.checkpoint.row_count_out,
            w.checkpoint.quarantined, w.checkpoint.checksum)
    full_q = sorted((q.chunk_id, q.key_token, tuple(q.reason_codes), tuple(sorted(q.masked_preview_before.items())),
                     tuple(sorted(q.masked_preview_after.items()))) for w in want for q in w.quarantine)
    thin_q = sorted((q.chunk_id, q.key_token, tuple(q.reason_codes), tuple(sorted(q.masked_preview_before.items())),
                     tuple(sorted(q.masked_preview_after.items()))) for q in quarantined)
    assert thin_q == full_q and sum(1 for q in full_q if "DUP_KEY" in q[2]) >= 80
