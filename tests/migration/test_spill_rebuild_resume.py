"""A kept spill rebuilt (after damage) while the run has finished chunks may come from a changed source: every
finished chunk is staged again against the rebuilt spill (a chunk whose content did not change is not written
again), so the promotion never mixes two snapshots of the source and a run with validations on finishes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest

from adapters.targets.sql_target import SqlTarget
from core.inmemory import MemoryLedger
from core.migration.run import embedded_contract, embedded_ports, migrate
from core.migration.stage import MigrationPorts, load_chunks, preflight, prepared, promote
from tests.migration.conftest import example_source, make_spec, new_run_id
from tests.migration.oracle import expected_rows

SECRET = b"rebuild resume secret"


class _Run:
    def __init__(self, url: str, spill: Path, checks: list[str]) -> None:
        self.src = example_source()
        self.target = SqlTarget(url)
        self.spec = make_spec(new_run_id(), batch_size=250).model_copy(update={"validation_checks": checks})
        self.spill = spill
        self.ledger = MemoryLedger()
        self.ports: MigrationPorts = embedded_ports(self.spec, lambda: self.src, self.target, secret=SECRET,
                                                    spill_dir=spill, ledger=self.ledger)
        self.contract = embedded_contract(self.spec)
        assert preflight(self.contract, self.ports)[1] is not None

    def damage_and_change_source(self) -> None:
        (folder,) = [p for p in self.spill.iterdir() if p.name.startswith(self.spec.run_id)]
        sorted(folder.glob("c0000002_b*.arrow"))[0].unlink()
        self.src = self.src.with_columns((pl.lit("new.") + pl.col("email")).alias("email"))

    def assert_final_is_the_new_source(self) -> None:
        want, _ = expected_rows(self.src)
        got = set(self.target.final_frame("crm_customer").select(
            "customer_id", "full_name", "email", "country_code").iter_rows())
        assert got == want


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A DuckDB file or a fresh PostgreSQL schema."""
    duck = f"duckdb:///{tmp_path / 't.duckdb'}"
    yield duck if request.param == "duckdb" else request.getfixturevalue("pg_target_url")


@pytest.mark.parametrize("checks", [["row_count", "checksum"], []])
def test_one_process_reloads_finished_chunks_after_a_rebuild(url: str, tmp_path: Path, checks: list[str]) -> None:
    run = _Run(url, tmp_path / "spill", checks)
    try:
        with prepared(run.contract, run.ports) as prep:
            load_chunks(run.contract, run.ports, [0, 1], prep=prep)
        run.damage_and_change_source()
        with prepared(run.contract, run.ports) as prep:
            assert prep.rebuilt and prep.reload_finished
            results = load_chunks(run.contract, run.ports, prep=prep)
            assert sorted(r.chunk_id for r in results) == list(range(prep.n_chunks))
            promote(run.contract, run.ports, prep=prep)
        run.assert_final_is_the_new_source()
    finally:
        run.target.dispose()


@pytest.mark.parametrize("checks", [["row_count", "checksum"], []])
def test_per_chunk_steps_then_promotion_never_mix_snapshots(url: str, tmp_path: Path, checks: list[str]) -> None:
    """The Dagster shape: chunk steps 0 and 1 done, the spill rebuilt by step 2, the promotion step reloads."""
    run = _Run(url, tmp_path / "spill", checks)
    try:
        for cid in (0, 1):
            with prepared(run.contract, run.ports) as prep:
                load_chunks(run.contract, run.ports, [cid], prep=prep)
        run.damage_and_change_source()
        for cid in (2, 3):
            with prepared(run.contract, run.ports) as prep:
                load_chunks(run.contract, run.ports, [cid], prep=prep)
        promote(run.contract, run.ports)
        run.assert_final_is_the_new_source()
        rewritten = [e for e in run.ledger.events(run.contract.run_id)
                     if e.action == "migration.chunk" and e.detail.get("chunk_id") in (0, 1)]
        assert len(rewritten) == 4 and not any(e.detail["noop"] for e in rewritten)
    finally:
        run.target.dispose()


def test_an_unchanged_source_rebuild_writes_nothing_again(tmp_path: Path) -> None:
    run = _Run(f"duckdb:///{tmp_path / 't.duckdb'}", tmp_path / "spill", ["row_count", "checksum"])
    try:
        with prepared(run.contract, run.ports) as prep:
            load_chunks(run.contract, run.ports, [0, 1], prep=prep)
        (folder,) = [p for p in run.spill.iterdir() if p.name.startswith(run.spec.run_id)]
        sorted(folder.glob("c0000002_b*.arrow"))[0].unlink()
        with prepared(run.contract, run.ports) as prep:
            results = {r.chunk_id: r.noop for r in load_chunks(run.contract, run.ports, prep=prep)}
            promote(run.contract, run.ports, prep=prep)
        assert results == {0: True, 1: True, 2: False, 3: False}
        run.assert_final_is_the_new_source()
    finally:
        run.target.dispose()


def test_a_stop_during_the_reload_is_honoured_and_the_resume_finishes_it(tmp_path: Path) -> None:
    run = _Run(f"duckdb:///{tmp_path / 't.duckdb'}", tmp_path / "spill", ["row_count", "checksum"])
    try:
        first = migrate(run.spec, run.src, run.target, secret=SECRET, spill_dir=run.spill, promote=False)
        assert len(run.target.checkpoints(run.spec.run_id)) == first.chunks and not first.promoted
        run.damage_and_change_source()
        calls: list[int] = []
        stopped = migrate(run.spec, run.src, run.target, secret=SECRET, spill_dir=run.spill,
                          progress=lambda *_: calls.append(1), should_stop=lambda: len(calls) >= 1)
        assert len(calls) == 1 and not stopped.promoted  # every chunk has a checkpoint, one was staged again
        done = migrate(run.spec, run.src, run.target, secret=SECRET, spill_dir=run.spill)
        assert done.promoted
        run.assert_final_is_the_new_source()
    finally:
        run.target.dispose()
