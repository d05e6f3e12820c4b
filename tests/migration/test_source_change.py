"""A run resumed after its source changed loads every chunk from one snapshot (core.migration.source_change).

The kill is real (SIGKILL at a fault point after some chunks were checkpointed, in a worker process whose
temporary spill dies with it); the source is a real CSV file rewritten between the kill and the resume. The
promoted table must be exactly the new version of the file (no row of the old one), the run must not fail its
validations, and the ledger must say what was done (``migration.source_changed``)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import polars as pl
import pytest

from adapters.targets.sql_target import SqlTarget
from core.inmemory import MemoryLedger
from core.migration.errors import SourceChangedDuringRead
from core.migration.run import migrate
from core.migration.source_batches import file_batches
from core.migration.source_id import file_fingerprint, source_fingerprint
from tests.migration.conftest import ROOT, example_source, make_spec, new_run_id
from tests.migration.oracle import expected_rows

BATCH = 50  # 1,000 rows -> 20 chunks


def _attempt(url: str, run_id: str, csv: Path, kill: str | None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("MAPWRIGHT_FAULT_KILL", None)
    if kill:
        env["MAPWRIGHT_FAULT_KILL"] = kill
    return subprocess.run([sys.executable, "-m", "tests.migration.drill_source_worker", url, run_id, str(BATCH),
                           str(csv)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)


def _final(target: SqlTarget) -> list[tuple[object, ...]]:
    frame = target.final_frame("crm_customer").select("customer_id", "full_name", "email", "country_code")
    return [tuple(r) for r in frame.iter_rows()]


def _new_version(src: pl.DataFrame) -> pl.DataFrame:
    """Every row's e-mail changed (so every finished chunk's rows differ) and one row fewer."""
    return src.head(src.height - 1).with_columns(pl.col("email").str.to_uppercase())


def _shorter_version(src: pl.DataFrame) -> pl.DataFrame:
    """Every e-mail changed and 60 rows fewer: one chunk fewer than the finished run's plan (940 rows -> 19)."""
    return _new_version(src).head(src.height - 60)


def _drill(url: str, tmp_path: Path, kill: str = "after_write:3", finished_chunks: int = 3,
           version: Callable[[pl.DataFrame], pl.DataFrame] = _new_version) -> None:
    csv = tmp_path / "customers.csv"
    old = example_source()
    old.write_csv(csv)
    run_id = new_run_id()
    killed = _attempt(url, run_id, csv, kill)  # some chunks checkpointed, then SIGKILL
    assert killed.returncode == -9, killed.stderr[-2000:]
    target = SqlTarget(url)
    try:
        finished = target.checkpoints(run_id)
        assert len(finished) == finished_chunks and {c.source_id for c in finished} == {file_fingerprint(csv)}
        new = version(old)
        new.write_csv(csv)  # the file changes between the kill and the resume
        ledger = MemoryLedger()
        run = migrate(make_spec(run_id, batch_size=BATCH), csv, target, secret=b"drill", ledger=ledger)
        want, quarantined = expected_rows(new)
        got = _final(target)
        assert run.promoted and all(v.passed for v in run.validations), run.validations
        assert len(got) == len(set(got)) and set(got) == want, "rows of two versions of the source were promoted"
        assert run.rows_quarantined == quarantined and run.rows_in == new.height
        assert {c.source_id for c in target.checkpoints(run_id)} == {file_fingerprint(csv)}
        events = [e for e in ledger.events(run_id) if e.action == "migration.source_changed"]
        assert len(events) == 1 and sorted(events[0].detail["chunks"]) == sorted(c.chunk_id for c in finished)
        plan = -(-new.height // BATCH)
        assert sorted(c.chunk_id for c in target.checkpoints(run_id)) == list(range(plan))
    finally:
        target.dispose()


def test_a_resume_after_the_file_changed_promotes_only_its_new_version_duckdb(tmp_path: Path) -> None:
    _drill(f"duckdb:///{tmp_path / 'target.duckdb'}", tmp_path)


@pytest.mark.postgres
def test_a_resume_after_the_file_changed_promotes_only_its_new_version_postgres(pg_target_url: str,
                                                                              tmp_path: Path) -> None:
    """PostgreSQL streams the rows during the pass (a thin spill): the finished chunks are discarded first."""
    _drill(pg_target_url, tmp_path)


def test_a_resume_after_the_file_shrank_by_a_chunk_promotes_its_new_version_duckdb(tmp_path: Path) -> None:
    """Every chunk was finished (killed just before the promotion); the new version has one chunk fewer: the last
    finished chunk, which the new plan has no place for, is discarded (before: ResumeMismatch on every re-run)."""
    _drill(f"duckdb:///{tmp_path / 'target.duckdb'}", tmp_path, "before_promote:1", 20, _shorter_version)


@pytest.mark.postgres
def test_a_resume_after_the_file_shrank_by_a_chunk_promotes_its_new_version_postgres(pg_target_url: str,
                                                                                   tmp_path: Path) -> None:
    _drill(pg_target_url, tmp_path, "before_promote:1", 20, _shorter_version)


def test_an_unchanged_file_resumes_without_redoing_its_finished_chunks(tmp_path: Path) -> None:
    csv = tmp_path / "customers.csv"
    example_source().write_csv(csv)
    url, run_id = f"duckdb:///{tmp_path / 'target.duckdb'}", new_run_id()
    assert _attempt(url, run_id, csv, "after_write:3").returncode == -9
    target = SqlTarget(url)
    try:
        before = {c.chunk_id: c.finished_at for c in target.checkpoints(run_id)}
        ledger = MemoryLedger()
        run = migrate(make_spec(run_id, batch_size=BATCH), csv, target, secret=b"drill", ledger=ledger)
        assert run.promoted and set(_final(target)) == expected_rows(example_source())[0]
        after = {c.chunk_id: c.finished_at for c in target.checkpoints(run_id)}
        assert all(after[cid] == at for cid, at in before.items()), "a finished chunk was redone"
        assert not [e for e in ledger.events(run_id) if e.action == "migration.source_changed"]
    finally:
        target.dispose()


class _RewrittenMidRead:
    """A CSV file another process rewrites while the pass reads it (after its first batch)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fingerprint(self) -> str:
        return file_fingerprint(self.path)

    def count(self) -> int:
        return int(pl.scan_csv(self.path, infer_schema=False).select(pl.len()).collect().item())

    def scan(self) -> pl.LazyFrame:
        return pl.scan_csv(self.path, infer_schema=False)

    def batches(self, columns: list[str], rows: int) -> Iterator[pl.DataFrame]:
        for i, batch in enumerate(file_batches(self.path, columns, rows)):
            yield batch
            if i == 0:
                with self.path.open("a") as fh:  # appended to while being read
                    fh.write("99999,Late,Row,late@example.com,FR\n")


def test_a_file_changed_while_it_is_read_is_refused_and_nothing_is_checkpointed(tmp_path: Path) -> None:
    csv = tmp_path / "customers.csv"
    example_source().write_csv(csv)
    spec = make_spec(new_run_id(), batch_size=BATCH)
    target = SqlTarget(f"duckdb:///{tmp_path / 'target.duckdb'}")
    try:
        with pytest.raises(SourceChangedDuringRead) as err:
            migrate(spec, _RewrittenMidRead(csv), target, secret=b"drill")
        assert err.value.transient and target.checkpoints(spec.run_id) == []
        assert not target.table_exists("crm_customer")
    finally:
        target.dispose()


def test_fingerprints_tell_versions_apart_and_unknown_sources_are_never_trusted(tmp_path: Path) -> None:
    csv = tmp_path / "a.csv"
    csv.write_text("a\n1\n")
    first = source_fingerprint(csv)
    csv.write_text("a\n2\n")  # same size, rewritten
    assert first.startswith("file:") and source_fingerprint(csv) != first
    frame = pl.DataFrame({"a": ["1", "2"]})
    assert source_fingerprint(frame) == source_fingerprint(frame.clone())
    assert source_fingerprint(frame) != source_fingerprint(frame.reverse())
    assert source_fingerprint(frame.lazy()) == ""
