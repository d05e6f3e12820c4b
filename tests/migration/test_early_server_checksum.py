"""A streamed PostgreSQL run takes the server's staged-row checksum while it writes the checkpoints (not after).

The sums stand at validation only for chunks whose checkpoint is still the one they were taken under, whose
staged row count is unchanged and none of whose staged rows was written since the snapshot taken before the sums;
anything else makes validation ask the server again.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
import sqlalchemy as sa

from adapters.targets.sql_target import SqlTarget, stage_name
from core.migration.errors import ValidationFailed
from core.migration.run import migrate
from tests.migration.conftest import example_source, make_spec, new_run_id

pytestmark = pytest.mark.postgres


def _spy(target: SqlTarget, name: str, before: Any = None) -> list[str]:
    """Record the thread of every call of ``target.<name>`` (``before``: run first, on the validation's call)."""
    threads: list[str] = []
    original = getattr(target, name)

    def call(*a: Any, **k: Any) -> Any:
        threads.append(threading.current_thread().name)
        if before is not None:
            before()
        return original(*a, **k)

    setattr(target, name, call)
    return threads


def test_the_servers_sums_are_taken_while_the_checkpoints_are_written_and_used_by_validation(
        pg_target_url: str) -> None:
    target = SqlTarget(pg_target_url)
    try:
        sums = _spy(target, "server_checksums")
        counts = _spy(target, "staged_unchanged")
        spec = make_spec(new_run_id(), batch_size=100)
        run = migrate(spec, example_source(), target, secret=b"k")
        assert run.promoted and {v.name: v.passed for v in run.validations} == {"row_count": True, "checksum": True}
        check = next(v for v in run.validations if v.name == "checksum")
        assert "computed by the target" in check.detail
        assert len(sums) == 1 and sums[0].startswith("mw-scan"), "one aggregate, run beside the checkpoint writes"
        assert counts, "validation checked every chunk's staged count and snapshot before trusting the early sums"
    finally:
        target.dispose()


def test_a_staged_row_gone_after_the_early_sums_makes_validation_ask_the_server_again(pg_target_url: str) -> None:
    target = SqlTarget(pg_target_url)
    spec = make_spec(new_run_id(), batch_size=100)

    def lose_a_row() -> None:  # after the checkpoints, before validation reads the counts
        with target._engine.begin() as conn:
            conn.execute(sa.text(f'DELETE FROM "{stage_name(spec)}" WHERE ctid = (SELECT min(ctid) FROM '
                                 f'"{stage_name(spec)}")'))

    try:
        sums = _spy(target, "server_checksums")
        _spy(target, "staged_unchanged", lose_a_row)
        with pytest.raises(ValidationFailed):
            migrate(spec, example_source(), target, secret=b"k")
        assert len(sums) == 2 and sums[0].startswith("mw-scan") and not sums[1].startswith("mw-scan"), \
            "the early sums no longer matched the staged counts: the server summed staging again"
        assert target.promotion(spec.run_id) is None, "nothing promoted"
    finally:
        target.dispose()


@pytest.mark.parametrize("change", ["update", "delete_insert"])
def test_a_staged_row_rewritten_in_place_after_the_early_sums_is_summed_again(pg_target_url: str, change: str) -> None:
    """Same row count, same checkpoints: only the rows' writers (their ``xmin``) tell validation the sums are stale."""
    target = SqlTarget(pg_target_url)
    spec = make_spec(new_run_id(), batch_size=100)
    stage = sa.table(stage_name(spec), *[sa.column(c.name) for c in spec.columns], sa.column("_mw_chunk"))
    final = sa.table(spec.table, sa.column("full_name"))

    done: list[bool] = []

    def rewrite() -> None:  # after the checkpoints, before validation reads the counts (once)
        if done:
            return
        done.append(True)
        with target._engine.begin() as conn:
            row = conn.execute(sa.select(stage).limit(1)).mappings().one()
            match = sa.and_(*[stage.c[k] == row[k] for k in spec.key])
            if change == "update":
                conn.execute(sa.update(stage).where(match).values(full_name="TAMPERED"))
            else:  # one chunk: a row deleted, another inserted in its place (the count is unchanged)
                conn.execute(sa.delete(stage).where(match))
                conn.execute(sa.insert(stage).values({**row, "full_name": "TAMPERED"}))

    try:
        sums = _spy(target, "server_checksums")
        _spy(target, "staged_unchanged", rewrite)
        _spy(target, "staged_counts", rewrite)
        with pytest.raises(ValidationFailed):
            migrate(spec, example_source(), target, secret=b"k")
        assert len(sums) == 2 and not sums[1].startswith("mw-scan"), "validation summed staging again"
        assert target.promotion(spec.run_id) is None, "the tampered staging was not promoted"
        with target._engine.connect() as conn:
            exists = sa.inspect(conn).has_table(spec.table)
            tampered = conn.execute(sa.select(sa.func.count()).select_from(final).where(
                final.c.full_name == "TAMPERED")).scalar() if exists else 0
        assert tampered == 0
    finally:
        target.dispose()
