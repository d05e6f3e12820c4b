"""The fast, bounded write path: batched sources, per-chunk spill, vectorised hashes, delta promotions."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.targets.sql_target import SqlTarget, prev_name
from core.migration import prepared
from core.migration.chunks import checksum, content_hash
from core.migration.engine import Prepared, run_chunk
from core.migration.models import Disposition
from core.migration.run import migrate
from tests.migration.conftest import example_source, make_spec, new_run_id
from tests.migration.oracle import expected_rows

SECRET = b"test-secret"
COLS = ["customer_id", "full_name", "email", "country_code"]


def _rows(target: SqlTarget, table: str = "crm_customer") -> set[tuple[object, ...]]:
    return {tuple(r) for r in target.final_frame(table).select(COLS).iter_rows()}


def test_content_hash_is_order_independent_and_sees_one_changed_value() -> None:
    frame = pl.DataFrame({"k": [1, 2, 3], "v": ["a", None, "c"], "x": [1.5, 2.25, None]})
    base = content_hash(frame, ["k"], ["k", "v", "x"])
    assert content_hash(frame.reverse(), ["k"], ["k", "v", "x"]) == base
    assert content_hash(frame.with_columns(pl.lit("b").alias("v")), ["k"], ["k", "v", "x"]) != base
    assert content_hash(frame.head(2), ["k"], ["k", "v", "x"]) != base
    # the readback may come back as other widths of the same values: same checksum
    narrow = frame.with_columns(pl.col("k").cast(pl.Int32), pl.col("x").cast(pl.Float32))
    assert checksum(narrow, ["k", "v", "x"]) == checksum(frame, ["k", "v", "x"])
    assert checksum(pl.concat([frame, frame.head(1)]), ["k", "v", "x"]) != checksum(frame, ["k", "v", "x"])


def test_a_lazy_source_in_small_batches_prepares_the_same_chunks(tmp_path: Path) -> None:
    src = example_source()
    csv = tmp_path / "src.csv"
    src.write_csv(csv)
    spec = make_spec(new_run_id(), batch_size=250)
    with Prepared(spec, src) as whole, Prepared(spec, pl.scan_csv(csv, infer_schema=False), read_rows=97) as lazy:
        assert (whole.rows_in, whole.n_chunks) == (lazy.rows_in, lazy.n_chunks) == (1000, 4)
        for cid in range(whole.n_chunks):
            a, b = whole.chunk(cid), lazy.chunk(cid)
            assert a.height == b.height
            assert content_hash(whole.good_rows(a), spec.key, COLS) == content_hash(lazy.good_rows(b), spec.key, COLS)
        assert whole.expected_checksum() == lazy.expected_checksum()
        assert len(list(lazy._dir.iterdir())) > lazy.n_chunks, "several source batches per chunk"
    assert not lazy._dir.exists(), "spill files removed on close"


def test_duplicate_keys_in_different_batches_are_quarantined_with_source_previews(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prepared, "READ_ROWS", 300)
    src = example_source()
    dup = src.filter(pl.col("customer_id") == "100000").with_columns(pl.lit("Other").alias("first_name"))
    source = pl.concat([src, dup])  # the copy is in the last source batch, the original in the first
    target = SqlTarget(f"duckdb:///{tmp_path / 't.duckdb'}")
    spec = make_spec(new_run_id())
    run = migrate(spec, source.lazy(), target, secret=SECRET)
    want, quarantined = expected_rows(source)
    assert _rows(target) == want and run.rows_quarantined == quarantined
    recs = [q for q in target.quarantine(spec.run_id) if "DUP_KEY" in q.reason_codes]
    assert len(recs) == 2 and len({q.key_token for q in recs}) == 1
    shapes = sorted(q.masked_preview_before["first_name"] or "" for q in recs)
    assert shapes == ["Aaaa", "Aaaaa"], "each copy's own source values, as shapes"
    target.dispose()


def test_merge_with_new_and_changed_keys_keeps_only_a_delta_and_rolls_back_exactly(target: SqlTarget) -> None:
    src = example_source()
    migrate(make_spec(new_run_id()), src.head(900), target, secret=SECRET)
    before = _rows(target)
    changed = src.with_columns(pl.when(pl.int_range(pl.len()) % 20 == 0).then(pl.lit("new@example.org"))
                               .otherwise(pl.col("email")).alias("email"))
    spec = make_spec(new_run_id(), disposition=Disposition.MERGE)
    run = migrate(spec, changed, target, secret=SECRET)
    after = _rows(target)
    want, _ = expected_rows(changed)
    assert after == want, "merge = the new source's valid rows (no key is missing from it)"
    updated = {r[0] for r in after - before} & {r[0] for r in before}
    inserted = {r[0] for r in after} - {r[0] for r in before}
    assert updated and inserted
    delta = target.final_frame(prev_name("crm_customer", spec.run_id))
    assert delta.height == len(updated) + len(inserted), "the previous version is a delta, not a copy"
    assert run.previous_table == prev_name("crm_customer", spec.run_id)
    target.rollback(spec.run_id, "crm_customer")
    assert _rows(target) == before


def test_append_rolls_back_by_removing_only_its_rows(target: SqlTarget) -> None:
    src = example_source()
    first = migrate(make_spec(new_run_id()), src.head(500), target, secret=SECRET)
    before = _rows(target)
    spec = make_spec(new_run_id(), disposition=Disposition.APPEND)
    migrate(spec, src.tail(500), target, secret=SECRET)
    assert len(_rows(target)) > first.rows_loaded
    target.rollback(spec.run_id, "crm_customer")
    assert _rows(target) == before


def test_a_rewritten_chunk_replaces_its_staged_rows(tmp_path: Path) -> None:
    target = SqlTarget(f"duckdb:///{tmp_path / 't.duckdb'}")
    spec = make_spec(new_run_id(), batch_size=500)
    with Prepared(spec, example_source()) as prep:
        target.prepare(spec)
        first = run_chunk(prep, target, 0, secret=SECRET, owner="a")
    changed = example_source().with_columns(pl.lit("x@example.org").alias("email"))
    with Prepared(spec, changed) as prep2:
        second = run_chunk(prep2, target, 0, secret=SECRET, owner="b")
    assert not second.noop and second.checkpoint.content_hash != first.checkpoint.content_hash
    staged = pl.concat(list(target.staged_batches(spec)))
    assert staged.height == second.checkpoint.row_count_out
    assert set(staged["email"].drop_nulls()) == {"x@example.org"}
    with target._engine.connect() as c:  # one checkpoint for the chunk
        assert c.execute(sa.text("SELECT count(*) FROM _mw_checkpoints")).scalar_one() == 1
    target.dispose()


@pytest.mark.postgres
def test_a_connection_dropped_between_chunks_is_replaced(pg_target_url: str) -> None:
    target = SqlTarget(pg_target_url)
    spec = make_spec(new_run_id(), batch_size=250)
    with Prepared(spec, example_source()) as prep:
        target.prepare(spec)
        run_chunk(prep, target, 0, secret=SECRET, owner="a")
        assert target._adbc is not None
        pid = target._adbc.execute(sa.select(sa.func.pg_backend_pid()))[0][0]
        target._adbc.rollback()
        eng = sa.create_engine(pg_target_url)
        with eng.begin() as c:  # what a server restart does to the cached connection
            assert c.execute(sa.select(sa.func.pg_terminate_backend(pid))).scalar_one()
        eng.dispose()
        second = run_chunk(prep, target, 1, secret=SECRET, owner="a")
    assert not second.noop
    assert [c.chunk_id for c in target.checkpoints(spec.run_id)] == [0, 1]
    target.dispose()


def test_spill_folders_of_killed_processes_are_swept() -> None:
    import subprocess
    import sys
    import tempfile

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True).stdout.strip()
    orphan = Path(tempfile.gettempdir()) / f"{prepared.SPILL_PREFIX}{dead}_test"
    orphan.mkdir()
    (orphan / "c0000000_b0000000.arrow").write_bytes(b"x")
    with Prepared(make_spec(new_run_id()), example_source()) as prep:
        assert prep._dir.name.startswith(f"{prepared.SPILL_PREFIX}")
    assert not orphan.exists()
