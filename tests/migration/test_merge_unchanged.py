"""Merge on PostgreSQL: rows the final table already holds as they are are counted, not staged
(core.migration.unchanged); the result is the same merge, exactly once."""

from __future__ import annotations

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.targets.sql_target import SqlTarget, stage_name
from core.migration import prepared
from core.migration.models import Disposition
from core.migration.run import migrate
from tests.migration.conftest import example_source, make_spec, new_run_id
from tests.migration.oracle import expected_rows

pytestmark = pytest.mark.postgres
SECRET = b"merge-unchanged"
COLS = ["customer_id", "full_name", "email", "country_code"]


def _final(target: SqlTarget) -> dict[object, tuple[object, ...]]:
    return {r[0]: tuple(r) for r in target.final_frame("crm_customer").select(COLS).iter_rows()}


def test_a_merge_stages_only_new_and_changed_rows_and_counts_the_rest(
        pg_target_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prepared, "READ_ROWS", 150)
    src = example_source()
    target = SqlTarget(pg_target_url)
    staged: list[int] = []  # rows in staging when each merge promotes
    promote = target.promote

    def spy(spec: object, summary: dict[str, str], **kw: str | None) -> str | None:
        eng = sa.create_engine(pg_target_url)
        with eng.connect() as c:
            staged.append(int(c.execute(sa.select(sa.func.count()).select_from(
                sa.table(stage_name(spec)))).scalar_one()))  # type: ignore[arg-type]
        eng.dispose()
        return promote(spec, summary, **kw)  # type: ignore[arg-type]

    try:
        first = migrate(make_spec(new_run_id()), src, target, secret=SECRET)
        before = _final(target)
        monkeypatch.setattr(target, "promote", spy)
        # every 10th row changed, one new key, and a second copy of an unchanged key (both copies quarantined)
        changed = src.with_columns(pl.when(pl.int_range(pl.len()) % 10 == 0).then(pl.lit("new@example.org"))
                                   .otherwise(pl.col("email")).alias("email"))
        unchanged_key = next(k for k in sorted(before, key=str) if before[k][2] != "new@example.org"
                             and src.filter(pl.col("customer_id") == str(k)).height == 1
                             and changed.filter(pl.col("customer_id") == str(k))["email"].item() == before[k][2])
        extra = pl.concat([changed.filter(pl.col("customer_id") == str(unchanged_key)).with_columns(
            pl.lit("Twin").alias("first_name")), changed.head(1).with_columns(pl.lit("990001").alias("customer_id"))])
        source = pl.concat([changed, extra])
        run = migrate(make_spec(new_run_id(), disposition=Disposition.MERGE), source, target, secret=SECRET)
        assert run.promoted and all(v.passed for v in run.validations), run.validations
        want, quarantined = expected_rows(source)
        after = _final(target)
        want_by_key = {r[0]: r for r in want}
        assert {k: v for k, v in after.items() if k in want_by_key} == want_by_key, "every valid row merged"
        assert after[unchanged_key] == before[unchanged_key], "a duplicated key's row is quarantined, not merged"
        moved = sum(1 for k, r in want_by_key.items() if before.get(k) != r)  # new or changed rows
        assert 0 < moved < len(want) and run.rows_quarantined == quarantined
        assert (run.rows_loaded, run.rows_unchanged) == (moved, len(want) - moved), "only new/changed rows staged"
        assert run.rows_in == run.rows_loaded + run.rows_unchanged + run.rows_quarantined
        assert staged == [moved]
        # the same source again: every valid row is unchanged, nothing is staged, the table stays as it is
        again = migrate(make_spec(new_run_id(), disposition=Disposition.MERGE), source, target, secret=SECRET)
        assert again.promoted and all(v.passed for v in again.validations)
        assert (again.rows_loaded, again.rows_unchanged) == (0, len(want)) and staged[-1] == 0
        assert _final(target) == after
        assert first.rows_unchanged == 0
    finally:
        target.dispose()
