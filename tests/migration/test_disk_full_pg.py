"""Disk-full drill on PostgreSQL (§14 drills): the target's tables live in a tablespace on a 1 MB tmpfs.

What is simulated, exactly: the test (root on this machine, PostgreSQL on the same host) mounts a
tmpfs of 1 MB, makes it a tablespace, and points the migration's sessions at it with
``default_tablespace`` in the target URL, so the staging and bookkeeping tables fill it. A chunk
write then fails inside PostgreSQL with SQLSTATE 53100 ("could not extend file ...: No space left
on device"), as on a full disk. The run must stop with :class:`TargetOutOfSpace`, put the failure on
the ledger, leave no final table and only whole chunks staged; after the tmpfs is grown (space
freed) the resumed run loads every row exactly once. Skipped where tmpfs cannot be mounted (not
root, no mount) or the server cannot reach it (a remote PostgreSQL).
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.targets.sql_target import SqlTarget, stage_name
from core.inmemory import MemoryLedger
from core.ledger import Decision
from core.migration.errors import TargetOutOfSpace
from core.migration.run import migrate
from tests.migration.conftest import POSTGRES, example_source, make_spec, new_run_id
from tests.migration.oracle import expected_rows

pytestmark = pytest.mark.postgres
COLS = ["customer_id", "full_name", "email", "country_code"]


def _mount(where: Path, size: str, *, remount: bool = False) -> bool:
    opts = f"remount,size={size}" if remount else f"size={size},mode=0700"
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(where)], capture_output=True, check=False)
    return res.returncode == 0


@pytest.fixture
def tiny_tablespace() -> Iterator[tuple[str, Path]]:
    """(target URL whose tables go to a 1 MB tablespace, its mount point); dropped and unmounted after."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    try:
        owner = pwd.getpwnam("postgres")
    except KeyError:
        pytest.skip("no local postgres user: the server cannot own a tablespace here")
    name = f"mw_ts_{uuid.uuid4().hex[:10]}"
    where = Path("/tmp") / name
    where.mkdir()
    if not _mount(where, "1m"):
        where.rmdir()
        pytest.skip("tmpfs mount refused")
    os.chown(where, owner.pw_uid, owner.pw_gid)
    eng = sa.create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    schema = name.replace("_ts_", "_")
    created = dropped = False
    try:
        with eng.connect() as c:
            try:
                c.exec_driver_sql(f"CREATE TABLESPACE {name} LOCATION '{where}'")
                created = True
            except sa.exc.DBAPIError:
                pytest.skip("the PostgreSQL server cannot use a local directory (remote server?)")
            c.execute(sa.schema.CreateSchema(schema))
        yield f"{POSTGRES}?options=-csearch_path%3D{schema}%20-cdefault_tablespace%3D{name}", where
    finally:
        try:
            if created:
                with eng.connect() as c:
                    c.execute(sa.schema.DropSchema(schema, cascade=True, if_exists=True))
                    c.exec_driver_sql(f"DROP TABLESPACE IF EXISTS {name}")
            dropped = True
        finally:
            eng.dispose()
            # Never unmount under a live tablespace: the server's next checkpoint would fail to fsync its
            # files and PANIC. A tablespace that could not be dropped leaves its small tmpfs mounted instead.
            if dropped:
                subprocess.run(["umount", str(where)], capture_output=True, check=False)
                where.rmdir()


def big_source(copies: int = 20) -> pl.DataFrame:
    """The example ``copies`` times with fresh keys (about 2 MB staged: twice the tablespace)."""
    return pl.concat([example_source()] * copies).with_columns(
        pl.int_range(pl.len()).cast(pl.String).alias("customer_id"))


def test_a_full_tablespace_stops_the_run_cleanly_and_resume_loads_exactly_once(
        tiny_tablespace: tuple[str, Path]) -> None:
    url, mount = tiny_tablespace
    src = big_source()
    spec = make_spec(new_run_id(), batch_size=1000)
    ledger = MemoryLedger()
    target = SqlTarget(url)
    try:
        with pytest.raises(TargetOutOfSpace) as info:
            migrate(spec, src, target, secret=b"disk-full", ledger=ledger)
        assert "No space left on device" in info.value.message and "free space" in info.value.message
        failed = [e for e in ledger.events(spec.run_id) if e.action == "migration.chunk"
                  and e.decision is Decision.REJECT]
        assert len(failed) == 1 and failed[0].error_code == "DETERMINISTIC_FAILURE"
        assert "No space left on device" in failed[0].detail["cause"]
        ckpts = target.checkpoints(spec.run_id)
        # the rows are streamed into staging during the pass (core.migration.stream): the tablespace fills
        # there, before the chunks' checkpoints; what the stream had committed is removed with the error
        assert len(ckpts) < 20, "the tablespace should fill before the end of the run"
        assert not target.table_exists("crm_customer")  # no partial final table
        probe = sa.create_engine(url)
        with probe.connect() as c:  # only whole chunks are staged: rows == their checkpoints
            staged = c.execute(sa.select(sa.func.count()).select_from(sa.table(stage_name(spec)))).scalar_one()
        probe.dispose()
        assert staged == sum(c.row_count_out for c in ckpts)

        assert _mount(mount, "64m", remount=True)  # space freed
        run = migrate(spec, src, target, secret=b"disk-full", ledger=ledger)
        assert run.promoted and all(v.passed for v in run.validations)
        got = [tuple(r) for r in target.final_frame("crm_customer").select(COLS).iter_rows()]
        want, quarantined = expected_rows(src)
        assert len(got) == len(set(got)) and set(got) == want and run.rows_quarantined == quarantined
        assert sorted(c.chunk_id for c in target.checkpoints(spec.run_id)) == list(range(20))
    finally:
        target.dispose()
