"""MariaDB promotions and rollbacks of one table never interleave (review of session 9, findings 1, 3, 5).

MariaDB commits before every DDL statement, which released the version row of ``_mw_final_versions`` between a
replace promotion's ``pending`` record and its RENAME (and between a rollback's RENAME and its record's removal):
an append committed meanwhile ended up only in the kept copy, and a merge passed its marker check onto a
rolled-back table. The target now holds a per-table ``GET_LOCK`` across the whole promotion or rollback.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.targets.mariadb_target import MariaDbTarget
from core.migration import faults
from core.migration.errors import FinalTableChanged, TargetWriteRefused
from core.migration.models import Disposition
from core.migration.run import migrate
from tests.migration.conftest import example_source, make_spec, new_run_id

pytestmark = pytest.mark.mariadb
SECRET = b"maria-race"
TABLE = "crm_customer"


def _ids(target: MariaDbTarget, table: str = TABLE) -> set[int]:
    return set(target.final_frame(table)["customer_id"].to_list())


def _hold_at(point: str, thread_name: str, reached: threading.Event, go: threading.Event,
             crash: bool = False) -> Callable[[str], None]:
    real = faults.point

    def hook(name: str) -> None:
        if name == point and threading.current_thread().name == thread_name:
            reached.set()
            if crash:
                raise RuntimeError("killed between the record and the RENAME")
            assert go.wait(30)
        real(name)
    return hook


def _run(name: str, fn: Callable[[], object], out: dict[str, object]) -> threading.Thread:
    def body() -> None:
        try:
            out[name] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            out[name] = exc
    t = threading.Thread(target=body, name=name)
    t.start()
    return t


def _setup(maria_url: str) -> tuple[MariaDbTarget, MariaDbTarget, pl.DataFrame, pl.DataFrame]:
    src = example_source()
    first, second = src.head(500), src.tail(500)
    a, b = MariaDbTarget(maria_url), MariaDbTarget(maria_url)
    migrate(make_spec(new_run_id()), first, a, secret=SECRET)
    return a, b, first, second


def test_an_append_waits_for_a_replace_between_its_record_and_its_rename(
        maria_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, first, second = _setup(maria_url)
    try:
        before = _ids(a)
        spec_a, spec_b = make_spec(new_run_id()), make_spec(new_run_id(), disposition=Disposition.APPEND)
        migrate(spec_a, first, a, secret=SECRET, promote=False)
        appended = migrate(spec_b, second, b, secret=SECRET, promote=False).rows_loaded
        reached, go, out = threading.Event(), threading.Event(), dict[str, object]()
        monkeypatch.setattr(faults, "point", _hold_at("promote_pending", "replace", reached, go))
        ta = _run("replace", lambda: a.promote(spec_a, {"checksum": ""}), out)
        assert reached.wait(30), "the replace wrote its pending record"
        tb = _run("append", lambda: b.promote(spec_b, {"checksum": ""}), out)
        tb.join(1.5)
        appended_early = not tb.is_alive()
        go.set()
        ta.join(30)
        tb.join(30)
        assert not isinstance(out.get("replace"), BaseException), out
        assert not isinstance(out.get("append"), BaseException), out
        assert not appended_early, "the append waits for the replace's RENAME"
        got = _ids(a)
        assert before < got and len(got) == len(before) + appended > len(before) + 300, \
            "the appended rows are in the final table, not lost"
    finally:
        a.dispose()
        b.dispose()


def test_a_replace_cut_before_its_rename_blocks_other_promotions_until_resumed(
        maria_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, first, second = _setup(maria_url)
    try:
        before = _ids(a)
        spec_a, spec_b = make_spec(new_run_id()), make_spec(new_run_id(), disposition=Disposition.APPEND)
        migrate(spec_a, first, a, secret=SECRET, promote=False)
        appended = migrate(spec_b, second, b, secret=SECRET, promote=False).rows_loaded
        reached, go, out = threading.Event(), threading.Event(), dict[str, object]()
        monkeypatch.setattr(faults, "point", _hold_at("promote_pending", "replace", reached, go, crash=True))
        _run("replace", lambda: a.promote(spec_a, {"checksum": ""}), out).join(30)
        assert isinstance(out["replace"], RuntimeError), out
        with pytest.raises(TargetWriteRefused, match=spec_a.run_id):
            b.promote(spec_b, {"checksum": ""})
        assert _ids(a) == before, "nothing appended into the table the pending replace moves aside"
        a.promote(spec_a, {"checksum": ""})  # resumed (this thread: no fault)
        b.promote(spec_b, {"checksum": ""})
        got = _ids(a)
        assert before < got and len(got) == len(before) + appended > len(before) + 300
    finally:
        a.dispose()
        b.dispose()


def test_a_merge_waits_for_a_rollback_and_then_sees_it(maria_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, first, _ = _setup(maria_url)
    try:
        run1 = make_spec(new_run_id())
        migrate(run1, first.with_columns(pl.lit("one@example.org").alias("email")), a, secret=SECRET)
        merge = make_spec(new_run_id(), disposition=Disposition.MERGE)
        migrate(merge, first.with_columns(pl.lit("merge@example.org").alias("email")), b, secret=SECRET,
                promote=False)
        marker = b.final_marker(merge)
        reached, go, out = threading.Event(), threading.Event(), dict[str, object]()
        monkeypatch.setattr(faults, "point", _hold_at("mid_rollback", "rollback", reached, go))
        tr = _run("rollback", lambda: a.rollback(run1.run_id, TABLE), out)
        assert reached.wait(30), "the rollback renamed"
        tm = _run("merge", lambda: b.promote(merge, {"checksum": ""}, expect_marker=marker), out)
        tm.join(1.5)
        merged_early = not tm.is_alive()
        go.set()
        tr.join(30)
        tm.join(30)
        assert isinstance(out["rollback"], str), out
        assert not merged_early, "the merge waits for the rollback"
        assert isinstance(out["merge"], FinalTableChanged), out
        assert "merge@example.org" not in set(a.final_frame(TABLE)["email"].to_list())
    finally:
        a.dispose()
        b.dispose()


def test_a_rollback_never_takes_an_old_set_aside_table_for_its_own_rename(maria_url: str) -> None:
    """The kept copy dropped by hand and an old set-aside table present: refused, the record kept."""
    a, _, first, _ = _setup(maria_url)
    try:
        run1 = make_spec(new_run_id())
        migrate(run1, first, a, secret=SECRET)
        prev = a.promotion(run1.run_id)
        assert prev and prev["previous_table"]
        aside = f"{TABLE}__mw_rolledback_{run1.run_id[-10:].lower()}"
        eng = sa.create_engine(maria_url)
        with eng.begin() as c:
            c.exec_driver_sql(f"DROP TABLE `{prev['previous_table']}`")
            c.exec_driver_sql(f"CREATE TABLE `{aside}` (x INT)")
        eng.dispose()
        with pytest.raises(TargetWriteRefused):
            a.rollback(run1.run_id, TABLE)
        rec = a.promotion(run1.run_id)
        assert rec is not None and rec["state"] == "done", "the promotion is still recorded, as it was"
        assert a.table_exists(TABLE) and len(_ids(a)) > 300, "the final table is still in place"
    finally:
        a.dispose()


def test_a_lease_whose_session_died_is_a_notice_and_never_masks_the_body_error(maria_url: str) -> None:
    """A chunk lease whose session died under a body that succeeded is a notice (the chunk is written; the lock
    ended with the session: core.migration.notices), never an error; under a body that failed, the body's error."""
    a = MariaDbTarget(maria_url)
    eng = sa.create_engine(maria_url)
    run_id = new_run_id()
    name = f"mw:{run_id}:1"

    def kill_lease() -> None:
        with eng.begin() as c:
            holder = c.execute(sa.select(sa.func.is_used_lock(name))).scalar()
            assert holder is not None
            c.exec_driver_sql(f"KILL CONNECTION {int(holder)}")

    try:
        with a._lease(run_id, 1):
            kill_lease()
        (notice,) = a.take_notices()
        assert (notice.kind, notice.chunk_id) == ("lease_release_failed", 1) and not a.take_notices()
        with pytest.raises(ValueError, match="the body's own error"), a._lease(run_id, 1):
            kill_lease()
            raise ValueError("the body's own error")
        with a._lease(run_id, 1):  # the lock ended with its session: taken again at once
            pass
    finally:
        a.dispose()
        eng.dispose()
