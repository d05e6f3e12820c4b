"""Retention of kept (sealed) spills: a never-promoted run's spill is swept once its retention expired and its run is
not running, with a ledger event; a running run's spill and a fresh one are kept; the sweep runs at the Migration
stage's start and from ``mapwright migration sweep-spill``."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from adapters.metadata_store import MetadataStore, open_store
from adapters.targets.sql_target import SqlTarget
from core.contract import RunContract, contract_template
from core.ledger import Stage
from core.migration.prepared import Prepared
from core.migration.sealed import spill_key
from core.migration.spill_retention import SpillRetention, kept_spills, sweep_spills
from core.migration.stage import MigrationPorts, preflight
from core.policy import load_policy_engine
from core.thresholds import load_threshold_profile
from orchestration.cli import cli
from orchestration.migration.wiring import spill_dir, spill_retention
from tests.migration.conftest import example_source, make_spec

SECRET = b"retention test secret"
HOUR = 3600.0


def _run(store: MetadataStore, tag: str, status: str) -> RunContract:
    c = contract_template(lhs_location=f"memory://{tag}", rhs_location=f"memory://{tag}", mode="data_mode",
                          role="Operator", request_key=f"retention|{tag}|{time.time_ns()}")
    store.save_run(c)
    if status != "created":
        store.set_status(c.run_id, status)
    return c


def _spill(folder: Path, run_id: str, *, age_hours: float) -> Path:
    """A real kept spill of ``run_id`` (the example source through the test plan), completed ``age_hours`` ago."""
    Prepared(make_spec(run_id, batch_size=300), example_source(), spill_dir=folder, key=spill_key(SECRET, run_id))
    path = next(p for rid, p in kept_spills(folder) if rid == run_id)
    then = time.time() - age_hours * HOUR
    for f in [*path.iterdir(), path]:
        os.utime(f, (then, then))
    return path


def _events(store: MetadataStore, run_id: str) -> list[dict]:
    return [e.detail for e in store.events(run_id) if e.action == "migration.spill_expired"]


def test_an_expired_spill_of_a_finished_run_goes_a_running_or_fresh_one_stays(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'meta.db'}")
    folder = tmp_path / "spill"
    failed, running, fresh = (_run(store, t, s) for t, s in (("failed", "failed"), ("running", "running"),
                                                             ("fresh", "cancelled")))
    old = _spill(folder, failed.run_id, age_hours=80)
    live = _spill(folder, running.run_id, age_hours=80)
    new = _spill(folder, fresh.run_id, age_hours=10)
    swept = sweep_spills(folder, spill_retention(store, 72), store)
    assert [s.run_id for s in swept] == [failed.run_id]
    assert not old.exists() and live.exists() and new.exists()
    assert swept[0].bytes > 0 and swept[0].age_hours >= 79.9
    (ev,) = _events(store, failed.run_id)
    assert ev["folder"] == old.name and ev["retention_hours"] == 72
    assert not _events(store, running.run_id) and not _events(store, fresh.run_id)
    assert [e.stage for e in store.events(failed.run_id)] == [Stage.MIGRATION]
    # once the running run ends (never promoted), its spill goes at the next sweep; the fresh one later
    store.set_status(running.run_id, "failed")
    assert [s.run_id for s in sweep_spills(folder, spill_retention(store, 72), store)] == [running.run_id]
    later = time.time() + 63 * HOUR
    assert [s.run_id for s in sweep_spills(folder, spill_retention(store, 72), store, now=later)] == [fresh.run_id]
    assert not list(folder.iterdir())
    store.close()


def test_a_swept_spill_is_prepared_again_from_the_source(tmp_path: Path) -> None:
    """Sweeping loses nothing: the run's next step spills its source again, rows and checksum unchanged."""
    folder, rid = tmp_path / "spill", "01MWRETENTIONAGAIN00000000"
    spec = make_spec(rid, batch_size=300)
    first = Prepared(spec, example_source(), spill_dir=folder, key=spill_key(SECRET, rid))
    want = (first.rows_in, first.expected_checksum())
    _spill(folder, rid, age_hours=100)
    store = open_store(f"sqlite:///{tmp_path / 'meta.db'}")
    assert len(sweep_spills(folder, SpillRetention(1, lambda _: False), store)) == 1
    again = Prepared(spec, example_source(), spill_dir=folder, key=spill_key(SECRET, rid))
    assert (again.rows_in, again.expected_checksum()) == want
    store.close()


def test_the_stage_start_sweeps_other_runs_never_its_own(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'meta.db'}")
    folder = tmp_path / "spill"
    other, me = _run(store, "other", "failed"), _run(store, "me", "created")
    gone = _spill(folder, other.run_id, age_hours=5)
    mine = _spill(folder, me.run_id, age_hours=5)
    target = SqlTarget(f"duckdb:///{tmp_path / 't.duckdb'}")
    try:
        spec = make_spec(me.run_id, batch_size=300)
        ports = MigrationPorts(artifacts=store, ledger=store, policy=load_policy_engine(), target=target,
                               source_frame=example_source, secret=SECRET, batch_size=300, validation_checks=[],
                               spec=spec, spill_dir=folder, spill_retention=spill_retention(store, 1))
        _, ready, _ = preflight(me, ports)
        assert ready is not None
    finally:
        target.dispose()
    assert not gone.exists() and mine.exists()
    assert len(_events(store, other.run_id)) == 1 and not _events(store, me.run_id)
    store.close()


def test_cli_sweep_spill_uses_the_profile_retention(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db_url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("MAPWRIGHT_DB_URL", db_url)
    monkeypatch.setenv("MAPWRIGHT_HOME", str(tmp_path / "home"))
    store = open_store(db_url)
    default = load_threshold_profile("tp_default_v1").migration.spill_retention_hours
    assert default == 72
    old, young = _run(store, "old", "failed"), _run(store, "young", "failed")
    gone = _spill(spill_dir(), old.run_id, age_hours=default + 1)
    kept = _spill(spill_dir(), young.run_id, age_hours=default - 1)
    res = CliRunner().invoke(cli, ["migration", "sweep-spill"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert f"removed the spill of run {old.run_id}" in res.output and "1 expired spill(s)" in res.output
    assert not gone.exists() and kept.exists()
    res = CliRunner().invoke(cli, ["migration", "sweep-spill", "--hours", "2"], catch_exceptions=False)
    assert res.exit_code == 0 and young.run_id in res.output and not kept.exists()
    assert len(_events(store, old.run_id)) == 1 and len(_events(store, young.run_id)) == 1
    store.close()
