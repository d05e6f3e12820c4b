"""The MariaDB promotion drill: a kill at every point of a promotion or rollback (each DDL statement commits on
its own, so the promotion is several steps, not one transaction) leaves the final table complete -- the old
version or the new one, never a mix, never missing -- and the next run (or rollback) finishes it, leaving no work
table behind; the kept previous version then rolls back to the old table exactly (README, "Promotion on
MariaDB")."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import sqlalchemy as sa

from adapters.targets.mariadb_target import MariaDbTarget
from core.migration.errors import IncompatibleTarget
from core.migration.models import Disposition
from core.migration.run import migrate
from tests.migration.conftest import ROOT, example_source, make_spec, new_run_id
from tests.migration.drill_promote_worker import TABLE, changed_source
from tests.migration.oracle import expected_rows

pytestmark = pytest.mark.mariadb
SECRET = b"drill"
COLS = ["customer_id", "full_name", "email", "country_code"]
REPLACE, MERGE, SCD2 = Disposition.REPLACE, Disposition.MERGE, Disposition.SCD2
#: (disposition, the final table exists before, what is killed, where): every fault point of the MariaDB promotion
#: (adapters/targets/mariadb_target.py) on the way of a replace over an existing table, a first load, a merge, and
#: of a rollback
#: the points after which a replace's promotion record is ``pending`` (written, not yet ``done``)
PENDING = ("promote_pending", "promote_renaming", "mid_promote")
CASES = [
    *[(REPLACE, True, "promote", p) for p in ("promote_created", "promote_pending", "promote_renaming", "mid_promote",
                                              "promote_recorded")],
    *[(REPLACE, False, "promote", p) for p in ("promote_created", "promote_pending", "mid_promote",
                                               "promote_recorded")],
    *[(MERGE, True, "promote", p) for p in ("promote_kept", "mid_promote", "promote_recorded")],
    *[(SCD2, True, "promote", p) for p in ("promote_kept", "mid_promote", "promote_recorded")],
    *[(REPLACE, True, "rollback", p) for p in ("rollback_marked", "mid_rollback")],
    (MERGE, True, "rollback", "rollback_marked"),
]


def _rows(t: MariaDbTarget) -> frozenset[tuple[object, ...]] | None:
    if not t.table_exists(TABLE):
        return None
    got = [tuple(r) for r in t.final_frame(TABLE).select(COLS).iter_rows()]
    assert len(got) == len(set(got)), "a row is in the final table twice"
    return frozenset(got)


def _worker(url: str, run_id: str, disposition: Disposition, action: str, kill: str | None) -> \
        subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("MAPWRIGHT_FAULT_KILL", None)
    if kill:
        env["MAPWRIGHT_FAULT_KILL"] = f"{kill}:1"
    return subprocess.run([sys.executable, "-m", "tests.migration.drill_promote_worker", url, run_id,
                           disposition.value, action], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=180, check=False)


def _work_tables(url: str) -> list[str]:
    eng = sa.create_engine(url)
    try:
        names = sa.inspect(eng).get_table_names()
    finally:
        eng.dispose()
    return sorted(n for n in names if "__mw_new_" in n or "__mw_stg_" in n or "__mw_rolledback_" in n)


@pytest.mark.parametrize(("disposition", "existing", "action", "point"), CASES,
                         ids=[f"{d.value}-{'over' if e else 'first'}-{a}-{p}" for d, e, a, p in CASES])
def test_a_kill_at_every_point_of_the_mariadb_promotion_leaves_a_complete_table(
        maria_url: str, disposition: Disposition, existing: bool, action: str, point: str) -> None:
    t = MariaDbTarget(maria_url)
    try:
        old: frozenset[tuple[object, ...]] | None = None
        if existing:  # the first version (SCD-2: its first load, every row a current version)
            first = SCD2 if disposition is SCD2 else REPLACE
            migrate(make_spec(new_run_id(), batch_size=250, disposition=first), example_source(), t, secret=SECRET)
            old = _rows(t)
            assert old == expected_rows(example_source())[0]
        by_key = {r[0]: r for r in old or ()}
        new_rows = expected_rows(changed_source())[0]
        if disposition is MERGE:
            new = frozenset((by_key | {r[0]: r for r in new_rows}).values())
        elif disposition is SCD2:  # every version: a changed row's old one closed, its new one open
            new = frozenset(old or ()) | new_rows
        else:
            new = frozenset(new_rows)
        assert new != old
        run_id = new_run_id()
        spec = make_spec(run_id, batch_size=250, disposition=disposition)
        migrate(spec, changed_source(), t, secret=SECRET, promote=action == "rollback")  # the chunks (and for a
        # rollback drill the promotion too)
        killed = _worker(maria_url, run_id, disposition, action, point)
        assert killed.returncode == -9, f"not killed at {point}: {killed.stdout}{killed.stderr[-2000:]}"
        between = _rows(t)
        assert between in (old, new), f"killed at {point}: the final table is neither the old nor the new version"
        if action == "promote" and disposition is REPLACE and point in PENDING:  # cut while the record is pending
            with pytest.raises(IncompatibleTarget, match="resume the run"):
                t.rollback(run_id, TABLE)
            assert _rows(t) == between
        if action == "promote":
            rerun = migrate(spec, changed_source(), t, secret=SECRET)  # the next run finishes the promotion
            assert rerun.promoted and _rows(t) == new
        t.rollback(run_id, TABLE)  # a rollback (again) finishes or undoes it: the old version, exactly
        assert _rows(t) == old
        assert not [n for n in _work_tables(maria_url) if "__mw_rolledback_" not in n], "a work table was left"
        assert t.promotion(run_id) is None
    finally:
        t.dispose()
