"""ELT of a source whose datetime column is zoned (PostgreSQL ``timestamptz``, DuckDB ``TIMESTAMPTZ``): the work
table's value must be the same naive UTC instant the staging table holds, so the checksum (text forms of both sides)
matches and the final column holds the source's instants, whatever the session's time zone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from adapters.targets.elt_target import EltSqlTarget
from core.migration.elt import choose_strategy, migrate_elt
from core.migration.models import Disposition, MigrationSpec
from tests.migration.conftest import _pg_schema, stamp_spec

ROWS = 50
#: 02:30 UTC on 10 March 2024 is inside New York's DST gap as a wall time
STAMPS = [dt.datetime(2024, 1 + k % 12, 1 + k % 28, k % 24, (k * 7) % 60, k % 60, 1000 * k, tzinfo=dt.UTC)
          for k in range(ROWS - 1)] + [dt.datetime(2024, 3, 10, 2, 30, tzinfo=dt.UTC)]


def _spec(disposition: Disposition = Disposition.REPLACE) -> MigrationSpec:
    return stamp_spec(batch_size=20, disposition=disposition)


def _load(url: str, zoned_type: str) -> None:
    eng = sa.create_engine(url)
    with eng.begin() as c:
        c.exec_driver_sql(f"CREATE TABLE src_zoned (id TEXT, seen_at {zoned_type})")
        c.execute(sa.text("INSERT INTO src_zoned VALUES (:i, :s)"),
                  [{"i": str(k), "s": s} for k, s in enumerate(STAMPS)])
    eng.dispose()


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def zoned_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The source table ``src_zoned`` (a zoned datetime column) in the target database; PostgreSQL sessions of the
    target URL run in Kolkata time (+05:30)."""
    if request.param == "duckdb":
        url = f"duckdb:///{tmp_path / 'zoned.duckdb'}"
        _load(url, "TIMESTAMPTZ")
        yield url
    else:
        for url in _pg_schema():
            _load(url, "timestamptz")
            yield f"{url}%20-cTimeZone%3DAsia/Kolkata"


def test_elt_of_a_zoned_source_column_passes_its_checksum_and_lands_at_the_source_instants(zoned_url: str) -> None:
    target = EltSqlTarget(zoned_url)
    try:
        spec = _spec()
        strategy, reason, query = choose_strategy(spec, target, zoned_url, "src_zoned")
        assert strategy == "ELT" and query is not None, reason
        run = migrate_elt(spec, "src_zoned", query, target, secret=b"s", reason=reason)
        assert all(v.passed for v in run.validations), run.validations
        assert run.promoted and run.rows_loaded == ROWS
        got = target.final_frame("account").sort("id")["seen_at"].to_list()
        assert got == [s.replace(tzinfo=None) for s in STAMPS], "instants moved by the session's zone"
        merge = _spec(Disposition.MERGE)  # a merge of the same source rewrites nothing shifted
        again = migrate_elt(merge, "src_zoned", query, target, secret=b"s", reason=reason)
        assert again.promoted and all(v.passed for v in again.validations), again.validations
        assert target.final_frame("account").sort("id")["seen_at"].to_list() == got
    finally:
        target.dispose()
