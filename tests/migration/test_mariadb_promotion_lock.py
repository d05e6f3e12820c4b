"""MariaDB promotion lock robustness (second review of session 9, h9-fd_marialock).

1. The promotion's ``GET_LOCK`` session sits idle while the promotion works on other connections: when it ends
   (idle timeout, proxy cut, ``KILL``) the lock is gone; the promotion notices before its RENAME and before its
   record (a typed transient error, nothing half-written, a retry works), and a release failing after the work
   committed is no error.
2. A promotion refused for a stale marker leaves no copy of the final table behind.
3. A rollback cut by a transient RENAME error does not leave other runs refused with a misleading "resume" hint.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.targets.mariadb_target import LOCK_SESSION_TIMEOUT_S, MariaDbTarget
from adapters.targets.sql_target import prev_name
from core.migration import faults
from core.migration.errors import FinalTableChanged, TargetBusy, TargetUnavailable, TargetWriteRefused
from core.migration.models import Disposition, MigrationSpec
from core.migration.run import migrate
from tests.migration.conftest import example_source, make_spec, new_run_id

pytestmark = pytest.mark.mariadb
SECRET = b"maria-lock"
TABLE = "crm_customer"


@pytest.fixture
def target(maria_url: str) -> Iterator[tuple[MariaDbTarget, sa.Engine, pl.DataFrame, pl.DataFrame]]:
    src = example_source()
    t, eng = MariaDbTarget(maria_url), sa.create_engine(maria_url)
    migrate(make_spec(new_run_id()), src.head(500), t, secret=SECRET)
    yield t, eng, src.head(500), src.tail(500)
    t.dispose()
    eng.dispose()


def _ids(target: MariaDbTarget) -> set[int]:
    return set(target.final_frame(TABLE)["customer_id"].to_list())


def _tables(eng: sa.Engine) -> set[str]:
    return set(sa.inspect(eng).get_table_names())


def _kill_lock_at(point: str, eng: sa.Engine, target: MariaDbTarget) -> Callable[[str], None]:
    """A fault hook: at ``point``, KILL the session holding the table's promotion lock (from another connection)."""
    digest = hashlib.sha256(f"{target._url.database}.{TABLE}".encode()).hexdigest()[:40]
    real, fired = faults.point, list[str]()

    def hook(name: str) -> None:
        if name == point and not fired:
            fired.append(name)
            with eng.begin() as c:
                holder = c.execute(sa.select(sa.func.is_used_lock(f"mw:final:{digest}"))).scalar()
                assert holder is not None, "the promotion holds its lock here"
                c.exec_driver_sql(f"KILL CONNECTION {int(holder)}")
        real(name)
    return hook


def _staged(t: MariaDbTarget, rows: pl.DataFrame, disposition: Disposition) -> tuple[MigrationSpec, int]:
    spec = make_spec(new_run_id(), disposition=disposition)
    return spec, migrate(spec, rows, t, secret=SECRET, promote=False).rows_loaded


def test_the_lock_session_outlives_an_idle_promotion(target: tuple) -> None:
    t, _, _, _ = target
    with t._final_lock(TABLE) as lock:
        timeout = lock.conn.execute(sa.text("SELECT @@SESSION.wait_timeout")).scalar()
    assert int(timeout) == LOCK_SESSION_TIMEOUT_S > 8 * 3600


def test_an_append_whose_lock_session_was_killed_is_typed_leaves_nothing_and_retries(
        target: tuple, monkeypatch: pytest.MonkeyPatch) -> None:
    t, eng, _, second = target
    before, tables = _ids(t), _tables(eng)
    spec, appended = _staged(t, second, Disposition.APPEND)
    monkeypatch.setattr(faults, "point", _kill_lock_at("mid_promote", eng, t))
    with pytest.raises(TargetBusy, match="lock"):
        t.promote(spec, {"checksum": ""})
    assert _ids(t) == before, "the append's DML was rolled back with its record"
    assert t.promotion(spec.run_id) is None
    assert prev_name(TABLE, spec.run_id) not in _tables(eng), "no kept copy without a record"
    assert _tables(eng) - tables == {f"{TABLE}__mw_stg_{spec.run_id[-10:].lower()}"}, "only the staging is left"
    t.promote(spec, {"checksum": ""})  # the retry (the hook fired once)
    assert len(_ids(t)) == len(before) + appended > len(before) + 300


def test_a_replace_whose_lock_was_lost_before_its_rename_stays_resumable(
        target: tuple, monkeypatch: pytest.MonkeyPatch) -> None:
    t, eng, first, _ = target
    before = _ids(t)
    spec, _ = _staged(t, first.head(100), Disposition.REPLACE)
    monkeypatch.setattr(faults, "point", _kill_lock_at("promote_pending", eng, t))
    with pytest.raises(TargetBusy, match="lock"):
        t.promote(spec, {"checksum": ""})
    assert _ids(t) == before, "not renamed without the lock"
    t.promote(spec, {"checksum": ""})  # resumes the pending promotion
    assert 0 < len(_ids(t)) < len(before)
    rec = t.promotion(spec.run_id)
    assert rec is not None and rec["state"] == "done"


def test_a_failed_release_after_a_committed_promotion_is_not_an_error(
        target: tuple, monkeypatch: pytest.MonkeyPatch) -> None:
    t, eng, first, _ = target
    before = _ids(t)
    spec, _ = _staged(t, first.head(100), Disposition.REPLACE)
    monkeypatch.setattr(faults, "point", _kill_lock_at("mid_promote", eng, t))  # after the RENAME
    assert t.promote(spec, {"checksum": ""}) == prev_name(TABLE, spec.run_id)
    rec = t.promotion(spec.run_id)
    assert rec is not None and rec["state"] == "done" and 0 < len(_ids(t)) < len(before)


@pytest.mark.parametrize("disposition", [Disposition.MERGE, Disposition.APPEND, Disposition.REPLACE])
def test_a_promotion_with_a_stale_marker_is_refused_and_leaves_no_table(target: tuple,
                                                                       disposition: Disposition) -> None:
    t, eng, first, second = target
    spec, _ = _staged(t, first.with_columns(pl.lit("late@example.org").alias("email")), disposition)
    marker = t.final_marker(spec)
    other, _ = _staged(t, second, Disposition.APPEND)
    t.promote(other, {"checksum": ""})  # moves the marker
    tables, ids = _tables(eng), _ids(t)
    with pytest.raises(FinalTableChanged):
        t.promote(spec, {"checksum": ""}, expect_marker=marker)
    assert _tables(eng) == tables, "no kept copy nor new table left by the refused promotion"
    assert _ids(t) == ids and "late@example.org" not in set(t.final_frame(TABLE)["email"].to_list())
    assert t.promotion(spec.run_id) is None


def test_a_rollback_cut_by_a_transient_rename_error_does_not_block_other_runs(
        target: tuple, monkeypatch: pytest.MonkeyPatch) -> None:
    t, _, first, second = target
    run1, _ = _staged(t, first.head(100), Disposition.REPLACE)
    t.promote(run1, {"checksum": ""})
    kept = _ids(t)

    def cut(*_: object) -> None:
        raise sa.exc.OperationalError("RENAME TABLE", {}, Exception("(2013, 'Lost connection to server')"))
    monkeypatch.setattr(t, "_rename_pairs", cut)
    with pytest.raises(TargetUnavailable):
        t.rollback(run1.run_id, TABLE)
    monkeypatch.undo()
    rec = t.promotion(run1.run_id)
    assert rec is not None and rec["state"] == "done", "the tables show no RENAME: the state is given back"
    other, appended = _staged(t, second, Disposition.APPEND)
    t.promote(other, {"checksum": ""})
    assert len(_ids(t)) == len(kept) + appended > len(kept) + 300


def test_an_interrupted_rollback_names_the_rollback_as_the_fix(target: tuple, maria_url: str) -> None:
    t, eng, first, second = target
    run1, _ = _staged(t, first.head(100), Disposition.REPLACE)
    t.promote(run1, {"checksum": ""})
    with eng.begin() as c:  # a rollback cut where the tables could not be checked
        c.exec_driver_sql("UPDATE _mw_promotions SET payload = JSON_SET(payload, '$.state', 'rolling_back') "
                          "WHERE run_id = %s", (run1.run_id,))
    other, _ = _staged(t, second, Disposition.APPEND)
    with pytest.raises(TargetWriteRefused, match=f"roll back run {run1.run_id} again"):
        t.promote(other, {"checksum": ""})
    t.rollback(run1.run_id, TABLE)  # what the message says
    t.promote(other, {"checksum": ""})
    assert len(_ids(t)) > 500
