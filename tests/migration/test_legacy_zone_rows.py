"""``timestamptz`` values a promotion wrote in a non-UTC session before promotions ran in UTC
(adapters/targets/pg_zone): the next merge of the unchanged source rewrites them at the source's instants, moved by
the zone's offset. That is the right value, but it must not happen without a word: a ``migration.legacy_zone_rows``
event says so until a promotion marked UTC is recorded for the table (a rollback removes its record, so the next
merge says it again), and a rollback restores the stored values."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from adapters.targets.sql_target import SqlTarget
from core.inmemory import MemoryLedger
from core.migration.run import migrate
from tests.migration.conftest import POSTGRES
from tests.migration.test_user_final_types import ROWS, _zoned_source, _zoned_spec

pytestmark = pytest.mark.postgres


@pytest.fixture
def kolkata() -> Iterator[tuple[str, str, sa.Engine]]:
    """(target URL whose sessions run in Kolkata time, schema, engine) with a person's ``account`` table."""
    schema = f"mw_{uuid.uuid4().hex[:12]}"
    eng = sa.create_engine(POSTGRES)
    with eng.begin() as c:
        c.execute(sa.schema.CreateSchema(schema))
        c.exec_driver_sql(f'CREATE TABLE "{schema}".account (id bigint PRIMARY KEY, seen_at timestamptz)')
    yield f"{POSTGRES}?options=-csearch_path%3D{schema}%20-cTimeZone%3DAsia/Kolkata", schema, eng
    with eng.begin() as c:
        c.execute(sa.schema.DropSchema(schema, cascade=True))
    eng.dispose()


def _as_before_session_11(schema: str, eng: sa.Engine) -> None:
    """What a promotion through the Kolkata session wrote before promotions ran in UTC: the staged UTC wall time
    read as Kolkata time; and its promotion record without the UTC mark."""
    with eng.begin() as c:
        c.exec_driver_sql(f"UPDATE \"{schema}\".account SET seen_at = (seen_at AT TIME ZONE 'UTC') "
                          "AT TIME ZONE 'Asia/Kolkata'")
        for run_id, payload in c.exec_driver_sql(f'SELECT run_id, payload FROM "{schema}"._mw_promotions').all():
            old = {k: v for k, v in json.loads(payload).items() if k != "time_zone"}
            c.execute(sa.text(f'UPDATE "{schema}"._mw_promotions SET payload = :p WHERE run_id = :r'),
                      {"p": json.dumps(old), "r": run_id})


def _epochs(schema: str, eng: sa.Engine) -> dict[int, int]:
    with eng.connect() as c:
        rows = c.exec_driver_sql(f'SELECT id, extract(epoch FROM seen_at) FROM "{schema}".account').all()
    return {int(k): round(float(v) * 1e6) for k, v in rows}


def test_the_first_merge_after_the_upgrade_says_it_moves_the_legacy_values(
        kolkata: tuple[str, str, sa.Engine]) -> None:
    url, schema, eng = kolkata
    src = _zoned_source()
    want = dict(zip(range(ROWS), src["seen_at"].dt.epoch("us").to_list(), strict=True))
    target = SqlTarget(url)
    try:
        assert migrate(_zoned_spec(), src, target, secret=b"s").promoted
        _as_before_session_11(schema, eng)
        legacy = _epochs(schema, eng)
        assert all(want[k] - legacy[k] == 5.5 * 3600 * 10**6 for k in want), "not the pre-session-11 storage"
        ledger = MemoryLedger()
        spec = _zoned_spec()
        run = migrate(spec, src, target, secret=b"s", ledger=ledger)
        assert run.promoted and all(v.passed for v in run.validations), run.validations
        assert _epochs(schema, eng) == want, "the merge did not write the source's instants"
        (event,) = [e for e in ledger.events(spec.run_id) if e.action == "migration.legacy_zone_rows"]
        assert "Asia/Kolkata" in event.detail["warning"] and "['seen_at']" in event.detail["warning"]
        target.rollback(spec.run_id, "account")
        assert _epochs(schema, eng) == legacy, "a rollback did not restore the stored values"
        again = _zoned_spec()
        ledger2 = MemoryLedger()
        assert migrate(again, src, target, secret=b"s", ledger=ledger2).promoted  # still legacy: said again
        assert [e for e in ledger2.events(again.run_id) if e.action == "migration.legacy_zone_rows"]
        third = _zoned_spec()
        ledger3 = MemoryLedger()
        done = migrate(third, src, target, secret=b"s", ledger=ledger3)  # marked UTC since: nothing to say
        assert (done.rows_loaded, done.rows_unchanged) == (0, ROWS)
        assert not [e for e in ledger3.events(third.run_id) if e.action == "migration.legacy_zone_rows"]
    finally:
        target.dispose()


def test_a_merge_in_a_utc_session_or_of_marked_promotions_says_nothing(kolkata: tuple[str, str, sa.Engine]) -> None:
    url, schema, eng = kolkata
    src = _zoned_source()
    target = SqlTarget(url)
    try:
        assert migrate(_zoned_spec(), src, target, secret=b"s").promoted  # marked UTC
        spec = _zoned_spec()
        ledger = MemoryLedger()
        assert migrate(spec, src, target, secret=b"s", ledger=ledger).promoted
        assert not [e for e in ledger.events(spec.run_id) if e.action == "migration.legacy_zone_rows"]
    finally:
        target.dispose()
