"""A streamed PostgreSQL run proves its staged rows from their writers instead of hashing them again (issue 14).

The loaded side of the checksum: a chunk whose staged rows were all inserted by the stream's own committed COPY
transactions, as many as its checkpoint counts, is summed from the hashes the pass computed; nothing is read back
and the server hashes nothing. A row rewritten, deleted or added by anyone else after the checkpoints makes that
chunk (only that one) read back, and the validation fails exactly as before. A staging table emptied between a
stop and the resume (what crash recovery does to an UNLOGGED table) is re-checked and loaded again: no row lost
or duplicated.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import sqlalchemy as sa

from adapters.targets.sql_target import SqlTarget, stage_name
from core.inmemory import MemoryLedger
from core.migration.chunks import CHUNK_COL
from core.migration.errors import ValidationFailed
from core.migration.models import MigrationSpec
from core.migration.run import embedded_contract, migrate
from tests.migration.conftest import example_source, make_spec, new_run_id
from tests.migration.oracle import expected_rows

pytestmark = pytest.mark.postgres

SECRET = b"staged-proof"
COLS = ["customer_id", "full_name", "email", "country_code"]


def _spy(target: SqlTarget, name: str, before: Callable[[], None] | None = None) -> list[dict[str, Any]]:
    """Record the keyword arguments of every call of ``target.<name>`` (``before``: run first, on each call)."""
    calls: list[dict[str, Any]] = []
    original = getattr(target, name)

    def call(*a: Any, **k: Any) -> Any:
        calls.append(k)
        if before is not None:
            before()
        return original(*a, **k)

    setattr(target, name, call)
    return calls


def _final(target: SqlTarget) -> list[tuple[object, ...]]:
    return [tuple(r) for r in target.final_frame("crm_customer").select(COLS).iter_rows()]


def test_streamed_rows_are_proven_by_their_writers_nothing_read_back_or_summed(pg_target_url: str) -> None:
    target = SqlTarget(pg_target_url)
    try:
        reads, sums = _spy(target, "staged_batches"), _spy(target, "server_checksums")
        writers = _spy(target, "staged_writers")
        src = example_source()
        run = migrate(make_spec(new_run_id(), batch_size=100), src, target, secret=SECRET)
        assert run.promoted and all(v.passed for v in run.validations), run.validations
        check = next(v for v in run.validations if v.name == "checksum")
        assert "the stream's own rows, by writer and count" in check.detail
        assert reads == [] and sums == [], "no staged row was read back or hashed by the server"
        assert len(writers) == 1, "one GROUP BY over staging"
        want, quarantined = expected_rows(src)
        got = _final(target)
        assert len(got) == len(set(got)) and set(got) == want and run.rows_quarantined == quarantined
    finally:
        target.dispose()


def _tamper(target: SqlTarget, spec: MigrationSpec, change: str) -> int:
    """Change chunk 1's staged rows once; returns that chunk's id."""
    stage = sa.table(stage_name(spec), *[sa.column(c.name) for c in spec.columns], sa.column(CHUNK_COL))
    with target._engine.begin() as conn:
        row = conn.execute(sa.select(stage).where(stage.c[CHUNK_COL] == 1).limit(1)).mappings().one()
        match = sa.and_(stage.c[CHUNK_COL] == 1, *[stage.c[k] == row[k] for k in spec.key])
        if change == "update":  # same count, same chunk: only the row's writer (xmin) changed
            conn.execute(sa.update(stage).where(match).values(full_name="TAMPERED"))
        elif change == "delete_insert":
            conn.execute(sa.delete(stage).where(match))
            conn.execute(sa.insert(stage).values({**row, "full_name": "TAMPERED"}))
        elif change == "delete":
            conn.execute(sa.delete(stage).where(match))
        else:  # a copy of a staged row added by another writer
            conn.execute(sa.insert(stage).values(dict(row)))
    return 1


@pytest.mark.parametrize("change", ["update", "delete_insert", "delete", "insert"])
def test_a_staged_row_changed_by_another_writer_is_read_back_and_fails_validation(
        pg_target_url: str, change: str) -> None:
    target = SqlTarget(pg_target_url)
    spec = make_spec(new_run_id(), batch_size=100)
    done: list[int] = []

    def tamper() -> None:  # after the checkpoints, right before validation asks who wrote the staged rows
        if not done:
            done.append(_tamper(target, spec, change))

    try:
        _spy(target, "staged_writers", tamper)
        reads = _spy(target, "staged_batches")
        with pytest.raises(ValidationFailed):
            migrate(spec, example_source(), target, secret=SECRET)
        assert done == [1]
        assert [r.get("chunk_id") for r in reads] == [1], "only the changed chunk was read back"
        assert target.promotion(spec.run_id) is None, "nothing promoted"
        with target._engine.connect() as conn:
            assert not sa.inspect(conn).has_table(spec.table)
    finally:
        target.dispose()


def test_staging_emptied_between_a_stop_and_the_resume_is_loaded_again_exactly_once(pg_target_url: str) -> None:
    """An UNLOGGED staging table is emptied by crash recovery while the checkpoints (logged) stay: the resume's
    re-check must find every finished chunk stale and load it again (0 rows lost, 0 duplicated)."""
    target = SqlTarget(pg_target_url)
    src = example_source()
    try:
        spec = make_spec(new_run_id(), batch_size=100)
        progress: list[int] = []
        stopped = migrate(spec, src, target, secret=SECRET, progress=lambda c, _t, _r: progress.append(c),
                          should_stop=lambda: len(progress) >= 4)
        assert not stopped.promoted
        finished = sorted(c.chunk_id for c in target.checkpoints(spec.run_id))
        assert len(finished) >= 4
        with target._engine.begin() as conn:  # what crash recovery leaves of an unlogged table: nothing
            conn.exec_driver_sql(f'TRUNCATE "{stage_name(spec)}"')
        ledger = MemoryLedger()
        run = migrate(spec, src, target, secret=SECRET, ledger=ledger)
        assert run.promoted and all(v.passed for v in run.validations), run.validations
        want, quarantined = expected_rows(src)
        got = _final(target)
        assert len(got) == len(set(got)), "no row duplicated"
        assert set(got) == want and run.rows_quarantined == quarantined, "no row lost"
        events = [e.detail for e in ledger.events(embedded_contract(spec).run_id)
                  if e.action == "migration.chunk_recheck"]
        assert sorted(int(str(e["chunk_id"])) for e in events) == finished, "every finished chunk reloaded"
        assert all(e["rows_staged"] == 0 for e in events)
    finally:
        target.dispose()
