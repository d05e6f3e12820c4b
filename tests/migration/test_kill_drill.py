"""Kill drills (§14): SIGKILL at random fault points, resume, and nothing is lost or duplicated.

Each attempt runs in a fresh process with ``MAPWRIGHT_FAULT_KILL=<point>:<n>``; the process
kills itself with SIGKILL the n-th time it passes that point (during transform, between the
staged rows and the checkpoint inside the chunk transaction, after a chunk commit, before and
inside the promotion transaction). After at least 20 kills the migration is resumed to the end
and the final table must equal the oracle's rows exactly, with matching checksums.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from adapters.metadata_store import open_store
from adapters.targets.sql_target import SqlTarget
from tests.migration.conftest import ROOT, example_source, make_spec, new_run_id, race_for_one_chunk
from tests.migration.oracle import expected_rows

POINTS = ["transform", "before_write", "mid_write", "after_write", "before_promote", "mid_promote", "after_promote"]
BATCH = 10  # 1,000 rows -> 100 chunks, so 20 kills land before the end


def _attempt(url: str, run_id: str, kill: str | None, ledger: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("MAPWRIGHT_FAULT_KILL", None)
    if kill:
        env["MAPWRIGHT_FAULT_KILL"] = kill
    return subprocess.run([sys.executable, "-m", "tests.migration.drill_worker", url, run_id, str(BATCH), ledger],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)


def _drill(url: str, seed: int, tmp_path: Path, kills_wanted: int = 20) -> int:
    """Kill the migration ``kills_wanted`` times at random chunk-time points, then at each promotion
    point, then resume to the end; return the number of kills. The attempts share one persistent ledger: the
    promotion whose process was killed after its commit is on it once, recorded by the re-run."""
    ledger = f"sqlite:///{tmp_path / 'ledger.db'}"
    rng = random.Random(seed)
    run_id = new_run_id()
    kills = 0
    chunk_points = [p for p in POINTS if not p.endswith("promote")]
    plan = [f"{rng.choice(chunk_points)}:{rng.randint(1, 2)}" for _ in range(kills_wanted - 3)]
    plan += ["before_promote:1", "mid_promote:1", "after_promote:1"]
    for kill in plan:
        res = _attempt(url, run_id, kill, ledger)
        assert res.returncode in (-9, 0), res.stderr[-2000:]
        kills += res.returncode == -9
    assert res.returncode == -9, "the last attempt was to be killed after the promotion's commit"
    final = _attempt(url, run_id, None, ledger)
    assert final.returncode == 0 and "PROMOTED" in final.stdout, final.stderr[-2000:]
    target = SqlTarget(url)
    try:
        frame = target.final_frame("crm_customer").select("customer_id", "full_name", "email", "country_code")
        got = [tuple(r) for r in frame.iter_rows()]
        want, quarantined = expected_rows(example_source())
        assert len(got) == len(set(got)), "duplicated rows after kills"
        assert set(got) == want, "lost or wrong rows after kills"
        assert len(target.quarantine(run_id)) == quarantined
        ckpts = target.checkpoints(run_id)
        assert sum(c.row_count_in for c in ckpts) == 1000 and len(ckpts) == 1000 // BATCH
        promo = target.promotion(run_id)
        assert promo is not None and promo["rows_loaded"] == str(len(want))
    finally:
        target.dispose()
    store = open_store(ledger)
    try:
        promoted = [e for e in store.events(run_id) if e.action == "migration.promoted"]
    finally:
        store.close()
    assert len(promoted) == 1 and promoted[0].detail["recorded_from"] == "promotion record", promoted
    assert promoted[0].detail["rows"] == len(want)
    return kills


def test_kill_drill_duckdb(tmp_path: Path) -> None:
    assert _drill(f"duckdb:///{tmp_path / 'drill.duckdb'}", seed=7, tmp_path=tmp_path) >= 20


@pytest.mark.postgres
def test_kill_drill_postgres(pg_target_url: str, tmp_path: Path) -> None:
    assert _drill(pg_target_url, seed=11, tmp_path=tmp_path) >= 20


@pytest.mark.postgres
def test_two_workers_racing_for_one_chunk_write_it_once(pg_target_url: str) -> None:
    spec = make_spec(new_run_id(), batch_size=100)
    targets = [SqlTarget(pg_target_url) for _ in range(2)]
    results = race_for_one_chunk(spec, targets)
    assert sorted(r.noop for r in results) == [False, True], "exactly one worker writes the chunk"
    staged = sum(b.height for b in targets[0].staged_batches(spec))
    assert staged == results[0].checkpoint.row_count_out
    for t in targets:
        t.dispose()
