"""A DuckDB target table whose name differs from an existing one only in case (`CRM_Customer` after
`crm_customer`): DuckDB's names are case-insensitive, so both are one table. The promotion used to fail at its rename
as a refused write whose message masked both names as if personal and suggested grants or free space. It is now
refused before anything is written, as a typed error naming both tables and the case-only difference."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from adapters.targets.sql_target import SqlTarget, stage_name
from core.inmemory import MemoryLedger
from core.ledger import Decision
from core.migration.errors import TargetNameClash
from core.migration.run import embedded_contract, embedded_ports, migrate
from core.migration.stage import run_migration
from tests.migration.conftest import example_source, make_spec, new_run_id


def _tables(path: Path) -> set[str]:
    with duckdb.connect(str(path)) as con:
        return {r[0] for r in con.sql("SELECT table_name FROM information_schema.tables").fetchall()}


def test_a_case_only_clash_is_held_at_the_pre_flight_naming_both_tables(tmp_path: Path) -> None:
    db = tmp_path / "case.duckdb"
    target = SqlTarget(f"duckdb:///{db}")
    try:
        first = migrate(make_spec(new_run_id()), example_source(), target, secret=b"k")
        spec = make_spec(new_run_id(), table="CRM_Customer")
        ledger = MemoryLedger()
        contract = embedded_contract(spec)
        outcome = run_migration(contract, embedded_ports(spec, example_source(), target, secret=b"k", ledger=ledger))
    finally:
        target.dispose()
    gate = outcome.outputs[0].gate
    assert gate is not None and not gate.passed and "migration_run" not in outcome.extra
    reason = " ".join(gate.reasons)
    assert "'crm_customer', whose name differs from 'CRM_Customer' only in case" in reason
    assert "grant" not in reason and "free space" not in reason
    held = [e for e in ledger.events(contract.run_id) if e.action == "gate.migration_preflight_gate"]
    assert held and held[-1].decision is not Decision.ACCEPT
    assert "only in case" in " ".join(held[-1].detail["reasons"])
    assert stage_name(spec) not in _tables(db), "nothing written for the refused run"
    with duckdb.connect(str(db)) as con:
        assert con.execute("SELECT count(*) FROM crm_customer").fetchall() == [(first.rows_loaded,)]


def test_a_clash_created_after_prepare_is_refused_at_the_promotion(tmp_path: Path) -> None:
    db = tmp_path / "late.duckdb"
    target = SqlTarget(f"duckdb:///{db}")
    spec = make_spec(new_run_id(), table="CRM_Customer")
    try:
        migrate(spec, example_source(), target, secret=b"k", promote=False)  # staged, no clash yet
        migrate(make_spec(new_run_id()), example_source(), target, secret=b"k")  # crm_customer promoted meanwhile
        with pytest.raises(TargetNameClash) as err:
            target.promote(spec, {})
    finally:
        target.dispose()
    assert err.value.details["table"] == "CRM_Customer" and err.value.details["existing"] == "crm_customer"
    assert "refused the write" not in err.value.message
    tables = _tables(db)
    assert stage_name(spec) in tables, "the staged rows are kept (the promotion's transaction rolled back)"
    assert "CRM_Customer" not in tables and "crm_customer" in tables
