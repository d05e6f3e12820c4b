"""A discard of finished chunks of another source snapshot cut part-way (streamed into PostgreSQL) still leaves
``migration.source_changed`` on the ledger, and the next run finishes the discard and promotes only the new version
(core.migration.source_change ``discard_announced``): a real SIGKILL between two discards, and a refused discard."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from adapters.metadata_store import open_store
from adapters.targets.sql_target import SqlTarget
from core.inmemory import MemoryLedger
from core.migration.errors import TargetWriteRefused, write_refused
from core.migration.models import MigrationSpec
from core.migration.run import migrate
from tests.migration.conftest import ROOT, example_source, make_spec, new_run_id
from tests.migration.oracle import expected_rows
from tests.migration.test_source_change import BATCH, _final, _new_version

pytestmark = pytest.mark.postgres
FINISHED = 3


def _attempt(url: str, run_id: str, csv: Path, kill: str | None, ledger: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "MAPWRIGHT_FAULT_KILL"} | {"PYTHONPATH": str(ROOT)}
    if kill:
        env["MAPWRIGHT_FAULT_KILL"] = kill
    return subprocess.run([sys.executable, "-m", "tests.migration.drill_source_worker", url, run_id, str(BATCH),
                           str(csv), ledger], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                          check=False)


def _changed_after_some_chunks(url: str, tmp_path: Path, ledger: str) -> tuple[str, Path, list[int]]:
    """A run killed after 3 checkpointed chunks, then its CSV file rewritten: (run id, file, finished chunk ids)."""
    csv = tmp_path / "customers.csv"
    example_source().write_csv(csv)
    run_id = new_run_id()
    killed = _attempt(url, run_id, csv, f"after_write:{FINISHED}", ledger)
    assert killed.returncode == -9, killed.stderr[-2000:]
    target = SqlTarget(url)
    try:
        finished = sorted(c.chunk_id for c in target.checkpoints(run_id))
    finally:
        target.dispose()
    assert len(finished) == FINISHED
    _new_version(example_source()).write_csv(csv)
    return run_id, csv, finished


def _events(ledger: str, run_id: str, action: str) -> list[Any]:
    store = open_store(ledger)
    try:
        return [e for e in store.events(run_id) if e.action == action]
    finally:
        store.close()


def _promoted_new_version(url: str, run_id: str) -> None:
    target = SqlTarget(url)
    try:
        got = _final(target)
        assert len(got) == len(set(got)) and set(got) == expected_rows(_new_version(example_source()))[0], \
            "rows of two versions of the source were promoted"
    finally:
        target.dispose()


def test_a_kill_between_two_discards_leaves_the_event_and_the_rerun_finishes(pg_target_url: str,
                                                                            tmp_path: Path) -> None:
    ledger = f"sqlite:///{tmp_path / 'ledger.db'}"
    run_id, csv, finished = _changed_after_some_chunks(pg_target_url, tmp_path, ledger)
    cut = _attempt(pg_target_url, run_id, csv, "mid_discard:1", ledger)  # SIGKILL after the first discard
    assert cut.returncode == -9, cut.stderr[-2000:]
    (first,) = _events(ledger, run_id, "migration.source_changed")
    assert first.detail["discarding"] == finished, "the event did not name the chunks before the kill"
    target = SqlTarget(pg_target_url)
    try:
        left = sorted(c.chunk_id for c in target.checkpoints(run_id))
    finally:
        target.dispose()
    assert left == finished[1:], "the first discard did not complete before the kill"
    done = _attempt(pg_target_url, run_id, csv, None, ledger)
    assert done.returncode == 0 and "PROMOTED" in done.stdout, done.stderr[-2000:]
    events = _events(ledger, run_id, "migration.source_changed")
    assert [e.detail["discarding"] for e in events] == [finished, finished[1:]]
    _promoted_new_version(pg_target_url, run_id)


class _RefusesSecondDiscard(SqlTarget):
    """A target whose second chunk discard is refused (as a full disk or a revoked grant would refuse it)."""

    calls = 0

    def discard_chunk(self, spec: MigrationSpec, chunk_id: int, content_hash: str) -> bool:
        type(self).calls += 1
        if type(self).calls == 2:
            raise write_refused(self.location, "permission denied for table _mw_checkpoints", chunk_id=chunk_id)
        return super().discard_chunk(spec, chunk_id, content_hash)


def test_a_refused_discard_is_on_the_ledger_and_the_rerun_finishes(pg_target_url: str, tmp_path: Path) -> None:
    run_id, csv, finished = _changed_after_some_chunks(pg_target_url, tmp_path, f"sqlite:///{tmp_path / 'l.db'}")
    ledger = MemoryLedger()
    faulty = _RefusesSecondDiscard(pg_target_url)
    try:
        with pytest.raises(TargetWriteRefused):
            migrate(make_spec(run_id, batch_size=BATCH), csv, faulty, secret=b"drill", ledger=ledger)
    finally:
        faulty.dispose()
    (changed,) = [e for e in ledger.events(run_id) if e.action == "migration.source_changed"]
    (cut,) = [e for e in ledger.events(run_id) if e.action == "migration.source_change_incomplete"]
    assert changed.detail["discarding"] == finished
    assert (cut.detail["discarded"], cut.detail["not_discarded"]) == (finished[:1], finished[1:])
    assert cut.detail["error"] == TargetWriteRefused.code.value and cut.detail["error_type"] == "TargetWriteRefused"
    target = SqlTarget(pg_target_url)
    try:
        run = migrate(make_spec(run_id, batch_size=BATCH), csv, target, secret=b"drill", ledger=ledger)
        assert run.promoted and all(v.passed for v in run.validations), run.validations
    finally:
        target.dispose()
    again = [e.detail["discarding"] for e in ledger.events(run_id) if e.action == "migration.source_changed"]
    assert again == [finished, finished[1:]]
    _promoted_new_version(pg_target_url, run_id)
