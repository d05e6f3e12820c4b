"""Migration-stage failures that used to escape as raw Python exceptions: typed, on the ledger, nothing written
(issue 14, gap 4)."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from adapters.targets.elt_target import EltSqlTarget
from core.errors import DeterministicFailure
from core.inmemory import MemoryArtifacts, MemoryLedger
from core.ledger import Decision, LedgerRecorder
from core.migration.elt_stage import run_elt
from core.migration.errors import StrategyChanged
from core.migration.run import embedded_contract
from core.migration.sealed import random_key, read_sealed, write_sealed
from core.migration.sql_source import SqlSourceRef
from tests.migration.conftest import example_source, make_spec, new_run_id
from tests.migration.test_elt import load_source


def test_an_elt_run_whose_source_left_the_target_database_is_a_typed_error(tmp_path: Path) -> None:
    """The pre-flight chose ELT; when the run starts the source table is elsewhere: StrategyChanged, not ValueError."""
    url = f"duckdb:///{tmp_path / 'target.duckdb'}"
    elsewhere = f"duckdb:///{tmp_path / 'elsewhere.duckdb'}"
    load_source(elsewhere, example_source())
    target = EltSqlTarget(url)
    spec = make_spec(new_run_id())
    contract = embedded_contract(spec)
    ledger = MemoryLedger()
    try:
        with pytest.raises(StrategyChanged) as err:
            run_elt(contract, spec, SqlSourceRef(url=elsewhere, table="src_customers"), target, secret=b"k",
                    artifacts=MemoryArtifacts(), rec=LedgerRecorder(ledger, contract.run_id), policy_version="test")
        assert "re-run the migration" in err.value.message and "another database" in err.value.message
        events = [e for e in ledger.events(contract.run_id) if e.action == "migration.elt"]
        assert events and events[0].decision is Decision.REJECT, "on the ledger"
        assert not target.table_exists(spec.table) and target.checkpoints(spec.run_id) == [], "nothing written"
    finally:
        target.dispose()


def test_a_spill_file_removed_under_a_reader_is_a_typed_error(tmp_path: Path) -> None:
    path = tmp_path / "c0000000_b0000000.arrow"
    key = random_key()
    write_sealed(pl.DataFrame({"a": [1, 2]}), path, key)
    assert read_sealed(path, key)["a"].to_list() == [1, 2]
    path.unlink()
    with pytest.raises(DeterministicFailure, match="re-run the migration step") as err:
        read_sealed(path, key)
    assert err.value.details["file"] == str(path)
