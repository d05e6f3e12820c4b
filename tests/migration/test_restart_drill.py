"""Target restart drills (§14) without restarting the shared PostgreSQL: the migration's own backends
are killed with ``pg_terminate_backend`` (between chunks, and at random instants while chunks are
written), then the run resumes: 0 lost, 0 duplicated, every chunk checkpointed once.

Disk-full, on the embedded DuckDB target: the worker process runs with ``RLIMIT_FSIZE`` (the
kernel refuses to grow any file past a few hundred KB, exactly what a full disk does to the
writer) so a chunk or the promotion fails mid-write (TargetOutOfSpace); the resumed run without the
limit completes. PostgreSQL disk-full (a tablespace on a tiny tmpfs): tests/migration/test_disk_full_pg.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import adbc_driver_manager as adbc_error
import pytest
import sqlalchemy as sa

from adapters.targets.sql_target import SqlTarget
from core.errors import MapwrightError
from core.migration.run import migrate
from tests.migration.conftest import POSTGRES, ROOT, _pg_schema, example_source, make_spec, new_run_id
from tests.migration.oracle import expected_rows

COLS = ["customer_id", "full_name", "email", "country_code"]


@pytest.fixture
def pg_app_url() -> Iterator[tuple[str, str]]:
    """(target URL tagged with a unique application_name, that name) in a fresh schema."""
    app = f"mw_drill_{uuid.uuid4().hex[:10]}"
    for url in _pg_schema():
        yield f"{url}&application_name={app}", app


def _terminate(app: str) -> int:
    eng = sa.create_engine(POSTGRES)
    try:
        with eng.begin() as c:
            q = sa.text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = :a "
                        "AND pid <> pg_backend_pid()")
            return int(c.execute(q, {"a": app}).scalar_one())
    finally:
        eng.dispose()


def _check(target: SqlTarget, run_id: str, n_chunks: int) -> None:
    got = [tuple(r) for r in target.final_frame("crm_customer").select(COLS).iter_rows()]
    assert len(got) == len(set(got)), "duplicated rows"
    assert set(got) == expected_rows(example_source())[0], "lost or wrong rows"
    ckpts = target.checkpoints(run_id)
    assert sorted(c.chunk_id for c in ckpts) == list(range(n_chunks))


@pytest.mark.postgres
def test_connections_dropped_between_chunks(pg_app_url: tuple[str, str]) -> None:
    url, app = pg_app_url
    target = SqlTarget(url)
    killed: list[int] = []

    def progress(done: int, total: int, rows: int) -> None:
        if done % 3 == 0:
            killed.append(_terminate(app))

    try:
        spec = make_spec(new_run_id(), batch_size=50)
        run = migrate(spec, example_source(), target, secret=b"drill", progress=progress)
        assert run.promoted and sum(killed) >= 5, killed
        _check(target, spec.run_id, run.chunks)
    finally:
        target.dispose()


@pytest.mark.postgres
def test_backends_killed_mid_chunk_then_resume(pg_app_url: tuple[str, str]) -> None:
    url, app = pg_app_url
    spec = make_spec(new_run_id(), batch_size=20)
    stop = threading.Event()
    kills: list[int] = []

    def killer() -> None:
        while not stop.is_set():
            kills.append(_terminate(app))
            time.sleep(0.15)

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    failures = 0
    try:
        for _ in range(60):
            target = SqlTarget(url)
            try:
                run = migrate(spec, example_source(), target, secret=b"drill")
                if run.promoted:
                    break
            except (MapwrightError, sa.exc.DBAPIError, OSError, adbc_error.Error):
                # adbc_error: a backend killed during the checksum read-back surfaces as the ADBC driver's
                # own error (SqlTarget._read_frame does not map it to TargetUnavailable yet)
                failures += 1
            finally:
                target.dispose()
            if failures >= 3:
                stop.set()
    finally:
        stop.set()
        thread.join()
    assert failures >= 1 and sum(kills) >= 1, (failures, sum(kills))
    target = SqlTarget(url)
    try:
        done = migrate(spec, example_source(), target, secret=b"drill")
        assert done.promoted
        _check(target, spec.run_id, done.chunks)
    finally:
        target.dispose()


def _disk_full_attempt(url: str, run_id: str, limit: int | None) -> subprocess.CompletedProcess[str]:
    code = ("import resource, signal, sys\n"
            "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
            f"lim = {limit!r}\n"
            "if lim: resource.setrlimit(resource.RLIMIT_FSIZE, (lim, lim))\n"
            "sys.argv = ['w', 'sql', sys.argv[1], sys.argv[2], '10']\n"
            "import runpy; runpy.run_module('tests.migration.drill_worker_any', run_name='__main__')\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("MAPWRIGHT_FAULT_KILL", None)
    return subprocess.run([sys.executable, "-c", code, url, run_id], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=180, check=False)


def test_disk_full_on_the_embedded_target_then_resume(tmp_path: Path) -> None:
    url = f"duckdb:///{tmp_path / 'full.duckdb'}"
    run_id = new_run_id()
    full = _disk_full_attempt(url, run_id, 300_000)
    assert full.returncode != 0 and "PROMOTED" not in full.stdout, full.stdout
    assert "TargetOutOfSpace" in full.stderr and "File too large" in full.stderr, full.stderr[-2000:]
    probe = SqlTarget(url)
    try:  # the refused write left no partial final table and only whole chunks
        assert not probe.table_exists("crm_customer") and len(probe.checkpoints(run_id)) < 100
    finally:
        probe.dispose()
    done = _disk_full_attempt(url, run_id, None)
    assert done.returncode == 0 and "PROMOTED" in done.stdout, done.stderr[-2000:]
    target = SqlTarget(url)
    try:
        _check(target, run_id, 100)
    finally:
        target.dispose()
