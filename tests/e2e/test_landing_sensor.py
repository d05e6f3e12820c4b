"""The landing_zone sensor through Dagster's sensor context: new files -> runs, idempotent."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import dagster as dg

from orchestration.example import EXAMPLE_SOURCE
from orchestration.resources import MetadataStoreResource, PolicyResource
from orchestration.supervisor.landing import LandingZoneResource, landing_zone


def _tick(instance, db_url: str, folder: Path, cursor: str | None) -> dg.SensorResult:
    ctx = dg.build_sensor_context(
        instance=instance,
        cursor=cursor,
        resources={"store": MetadataStoreResource(db_url=db_url), "policy": PolicyResource(),
                   "landing": LandingZoneResource(folder=str(folder), settle_seconds=1)},
    )
    result = landing_zone(ctx)
    assert isinstance(result, dg.SensorResult)
    return result


def test_new_file_becomes_one_run_and_restart_does_not_resubmit(instance, db_url, store, tmp_path: Path) -> None:
    landing = tmp_path / "landing"
    landing.mkdir()
    target = landing / "customers.csv"
    shutil.copy(EXAMPLE_SOURCE, target)
    old = time.time() - 30
    os.utime(target, (old, old))
    (landing / "incoming.csv.part").write_text("half,written\n")

    first = _tick(instance, db_url, landing, None)
    assert not first.run_requests  # seen once: waits until it is stable
    second = _tick(instance, db_url, landing, first.cursor)
    assert len(second.run_requests) == 1
    req = second.run_requests[0]
    assert req.partition_key == req.run_key
    assert [r.partition_keys for r in second.dynamic_partitions_requests] == [[req.partition_key]]
    rec = store.get_run(req.partition_key)
    assert rec is not None and rec.contract.lhs.location == str(target.resolve())
    assert [e.action for e in store.events(req.partition_key)] == ["landing.submit"]

    third = _tick(instance, db_url, landing, second.cursor)
    assert not third.run_requests
    # Lost cursor (e.g. sensor reset): the same file version maps to the same run_id / run_key.
    instance.add_dynamic_partitions("mapping_runs", [req.partition_key])
    a = _tick(instance, db_url, landing, None)
    b = _tick(instance, db_url, landing, a.cursor)
    assert [r.run_key for r in b.run_requests] == [req.run_key]
    assert not b.dynamic_partitions_requests
    assert [e.action for e in store.events(req.partition_key)] == ["landing.submit"]


def test_defaults_with_a_role_that_may_not_create_runs_are_refused_on_the_ledger(instance, db_url, store,
                                                                                   tmp_path: Path) -> None:
    landing = tmp_path / "landing"
    landing.mkdir()
    (landing / "_mapwright.yaml").write_text("role: Viewer\nuser_id: eve\n")
    target = landing / "customers.csv"
    shutil.copy(EXAMPLE_SOURCE, target)
    old = time.time() - 30
    os.utime(target, (old, old))
    first = _tick(instance, db_url, landing, None)
    second = _tick(instance, db_url, landing, first.cursor)
    assert not second.run_requests and not second.dynamic_partitions_requests
    assert store.list_runs() == []
    rejected = [e for run in [store.events(r) for r in _ledger_runs(db_url)] for e in run]
    assert [(e.action, e.decision.value, e.error_code) for e in rejected] == [
        ("landing.submit", "reject", "POLICY_BLOCK")]


def _ledger_runs(db_url: str) -> list[str]:
    import sqlalchemy as sa

    with sa.create_engine(db_url).connect() as conn:
        return [r[0] for r in conn.execute(sa.text("SELECT DISTINCT run_id FROM supervisor_ledger"))]
