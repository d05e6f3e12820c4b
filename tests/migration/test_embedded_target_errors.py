"""Embedded targets (DuckDB, SQLite) that are missing, locked or unreadable: typed errors, never a raw driver
exception, and a read never creates the file (issue 14, gap 3; PostgreSQL: test_merge_unchanged_guards.py)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from adapters.targets.elt_target import EltSqlTarget
from adapters.targets.sql_target import SqlTarget
from core.migration.errors import TargetReadFailed, TargetUnavailable, TargetWriteRefused
from core.migration.models import MigrationSpec
from core.migration.run import migrate
from tests.migration.conftest import example_source, make_spec, new_run_id

SECRET = b"embedded-target-errors"
BACKENDS = ["duckdb", "sqlite"]


def _reads(target: SqlTarget, spec: MigrationSpec) -> dict[str, Callable[[], object]]:
    return {"final_frame": lambda: target.final_frame(spec.table),
            "final_batches": lambda: list(target.final_batches(spec)),
            "reference_sample": lambda: target.reference_sample(spec.table, ["email"], ["customer_id"], 10),
            "final_marker": lambda: target.final_marker(spec),
            "checkpoints": lambda: target.checkpoints(spec.run_id),
            "staged_batches": lambda: list(target.staged_batches(spec))}


def _url(backend: str, path: Path) -> str:
    return f"{backend}:///{path}" + ("?timeout=0.2" if backend == "sqlite" else "")  # SQLite: wait 0.2 s on a lock


@pytest.fixture
def promoted(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Path, MigrationSpec]]:
    """A target file holding a promoted example run."""
    backend = request.param
    path = tmp_path / f"t.{backend}"
    spec = make_spec(new_run_id())
    target = SqlTarget(_url(backend, path))
    migrate(spec, example_source(), target, secret=SECRET)
    target.dispose()
    yield backend, path, spec


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_unreadable_target_file_is_unavailable(backend: str, tmp_path: Path) -> None:
    path = tmp_path / f"garbage.{backend}"
    path.write_bytes(b"not a database " * 400)
    target = SqlTarget(_url(backend, path))
    spec = make_spec(new_run_id())
    try:
        for name, read in {**_reads(target, spec), "table_exists": lambda: target.table_exists(spec.table)}.items():
            with pytest.raises(TargetUnavailable) as err:
                read()
            assert err.value.transient and target.location in err.value.message, name
        with pytest.raises(TargetUnavailable):  # a write too: transient, not "grant the role CREATE"
            migrate(spec, example_source(), target, secret=SECRET)
    finally:
        target.dispose()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_missing_target_file_is_unavailable_for_final_reads_and_is_not_created(backend: str, tmp_path: Path) -> None:
    path = tmp_path / f"missing.{backend}"
    target = SqlTarget(_url(backend, path))
    spec = make_spec(new_run_id())
    try:
        assert target.table_exists(spec.table) is False
        assert list(target.final_batches(spec)) == [] and target.final_marker(spec) == ""
        assert target.checkpoints(spec.run_id) == [] and target.promotion(spec.run_id) is None
        for read in (lambda: target.final_frame(spec.table),
                     lambda: target.reference_sample(spec.table, ["email"], ["customer_id"], 10)):
            with pytest.raises(TargetUnavailable, match="does not exist"):
                read()
        assert not path.exists(), "a read does not create the target file"
    finally:
        target.dispose()


@pytest.mark.parametrize("promoted", BACKENDS, indirect=True)
def test_a_missing_table_is_a_typed_read_error(promoted: tuple[str, Path, MigrationSpec]) -> None:
    backend, path, spec = promoted
    target = EltSqlTarget(_url(backend, path))
    other = make_spec(new_run_id(), table="no_such_table")
    try:
        for name, read in {"final_frame": lambda: target.final_frame("no_such_table"),
                           "reference_sample": lambda: target.reference_sample("no_such_table", ["email"],
                                                                               ["customer_id"], 10),
                           "staged_batches": lambda: list(target.staged_batches(other)),
                           "staged_counts": lambda: target.staged_counts(other)}.items():
            with pytest.raises(TargetReadFailed) as err:
                read()
            assert not err.value.transient and "no_such_table" in err.value.message, name
    finally:
        target.dispose()


@pytest.mark.parametrize("promoted", ["sqlite"], indirect=True)
def test_a_locked_sqlite_target_is_unavailable_for_reads_and_writes(promoted: tuple[str, Path, MigrationSpec]) -> None:
    _, path, spec = promoted
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    target = SqlTarget(_url("sqlite", path))
    try:
        for name, read in _reads(target, spec).items():
            with pytest.raises(TargetUnavailable, match="locked") as err:
                read()
            assert err.value.transient, name
        with pytest.raises(TargetUnavailable, match="locked"):  # not TargetWriteRefused: retry, nothing to grant
            migrate(make_spec(new_run_id()), example_source(), target, secret=SECRET)
    finally:
        holder.rollback()
        holder.close()
        target.dispose()


@pytest.mark.parametrize("promoted", ["duckdb"], indirect=True)
def test_a_duckdb_target_held_by_another_process_is_unavailable(promoted: tuple[str, Path, MigrationSpec]) -> None:
    _, path, spec = promoted
    code = f"import duckdb, sys, time; c = duckdb.connect({str(path)!r}); print('held', flush=True); time.sleep(60)"
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    target = SqlTarget(_url("duckdb", path))
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        for name, read in _reads(target, spec).items():
            with pytest.raises(TargetUnavailable, match="lock") as err:
                read()
            assert err.value.transient and not isinstance(err.value, TargetWriteRefused), name
    finally:
        holder.kill()
        holder.wait()
        target.dispose()
    target = SqlTarget(_url("duckdb", path))
    try:
        assert target.final_frame(spec.table).height > 0, "readable again once the other process is gone"
    finally:
        target.dispose()
