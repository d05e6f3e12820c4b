"""MariaDB ``TIMESTAMP`` columns follow the session's ``time_zone``: every connection a migration opens to MariaDB
(target and source) runs in UTC, so a server or user whose default zone is '+05:30' neither writes shifted
instants into a user's ``TIMESTAMP`` final column, nor moves them on a merge, nor reads a source's
``TIMESTAMP`` column shifted."""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.sources.sql_table_reader import SqlTableReader
from adapters.targets.mariadb_target import MariaDbTarget
from core.migration.models import Disposition, MigrationSpec
from core.migration.run import migrate
from tests.migration.conftest import stamp_spec

pytestmark = pytest.mark.mariadb
ROWS = 60


def _zoned(url: str, zone: str) -> str:
    """``url`` whose sessions start in ``zone`` (as a server whose default zone is ``zone`` would give them)."""
    return url + "?init_command=" + quote(f"SET time_zone = '{zone}'")


def _spec() -> MigrationSpec:
    return stamp_spec(batch_size=25, disposition=Disposition.MERGE)


def _stamps() -> list[dt.datetime]:
    """UTC instants, one of them 02:30 UTC on a DST-change day elsewhere (UTC has no gap)."""
    return [dt.datetime(2024, 1 + k % 12, 1 + k % 28, k % 24, (k * 7) % 60, k % 60, 1000 * k) for k in range(ROWS)]


def _epochs(eng: sa.Engine) -> dict[int, int]:
    """Stored instants as epoch microseconds (``UNIX_TIMESTAMP`` of a ``TIMESTAMP`` does not depend on the zone)."""
    with eng.connect() as c:
        rows = c.execute(sa.text("SELECT id, UNIX_TIMESTAMP(seen_at) FROM account")).all()
    return {int(k): round(float(v) * 1e6) for k, v in rows}


def test_a_user_timestamp_column_holds_the_sources_instants_in_a_non_utc_session(maria_url: str) -> None:
    eng = sa.create_engine(maria_url)
    with eng.begin() as c:
        c.exec_driver_sql("CREATE TABLE account (id BIGINT PRIMARY KEY, seen_at TIMESTAMP(6) NULL)")
    src = pl.DataFrame({"id": [str(k) for k in range(ROWS)], "seen_at": _stamps()}).with_columns(
        pl.col("seen_at").dt.replace_time_zone("UTC"))
    want = dict(zip(range(ROWS), src["seen_at"].dt.epoch("us").to_list(), strict=True))
    india, other = MariaDbTarget(_zoned(maria_url, "+05:30")), MariaDbTarget(_zoned(maria_url, "-03:00"))
    try:
        first = migrate(_spec(), src, india, secret=b"s")
        assert first.promoted and all(v.passed for v in first.validations), first.validations
        assert _epochs(eng) == want, "instants moved by the session's zone"
        again = migrate(_spec(), src, other, secret=b"s")  # a merge through another zone rewrites nothing shifted
        assert again.promoted and all(v.passed for v in again.validations), again.validations
        assert _epochs(eng) == want, "a merge through another zone moved the instants"
        assert india.final_frame("account").sort("id")["seen_at"].to_list() == _stamps(), "read back shifted"
    finally:
        india.dispose()
        other.dispose()
        eng.dispose()


def test_a_source_timestamp_column_is_read_as_its_utc_instants_in_a_non_utc_session(maria_url: str) -> None:
    eng = sa.create_engine(maria_url)
    stamps = _stamps()
    with eng.begin() as c:
        c.exec_driver_sql("SET time_zone = '+00:00'")
        c.exec_driver_sql("CREATE TABLE src (id BIGINT PRIMARY KEY, seen_at TIMESTAMP(6) NULL)")
        c.execute(sa.text("INSERT INTO src VALUES (:i, :s)"), [{"i": k, "s": s} for k, s in enumerate(stamps)])
    reader = SqlTableReader(_zoned(maria_url, "+05:30"))
    try:
        got = pl.concat(list(reader.read_ordered("src", ["id", "seen_at"], ["id"], 25)))
        assert got["seen_at"].to_list() == stamps, "a source TIMESTAMP read in the session's zone"
    finally:
        reader.dispose()
        eng.dispose()
