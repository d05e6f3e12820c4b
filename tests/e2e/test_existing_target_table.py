"""A run whose target table already exists in the target with other columns (made by hand): the pre-flight holds
(``existing_table``, naming them), a person confirms MIGRATION, and the run goes on to its chunks and promotion with
the old table kept for a rollback. Found by a new-user walkthrough: the table was replaced without a word; with the
hold alone, the confirmed run then crashed (the chunk partitions of a held pre-flight were never registered)."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import duckdb
import pytest

from adapters.metadata_store import MetadataStore
from adapters.targets.factory import open_target
from core.contract import contract_template
from core.ledger import Stage
from core.policy import load_policy_engine
from core.supervisor import StepKind, confirm_stage
from orchestration.driver import advance
from orchestration.example import EXAMPLE_SOURCE, EXAMPLE_TARGET, create_example_run


def test_an_existing_table_with_other_columns_holds_then_migrates(
        tmp_path: Path, store: MetadataStore, db_url: str, instance: dg.DagsterInstance,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target_db = tmp_path / "target.duckdb"
    monkeypatch.setenv("MAPWRIGHT_TARGET_URL", f"duckdb:///{target_db}")
    with duckdb.connect(str(target_db)) as c:
        c.execute("CREATE TABLE crm_other (id INTEGER PRIMARY KEY, something VARCHAR)")
        c.execute("INSERT INTO crm_other VALUES (1, 'kept')")
    schema = tmp_path / "other.yaml"
    schema.write_text(EXAMPLE_TARGET.read_text(encoding="utf-8").replace("table: crm_customer", "table: crm_other"),
                      encoding="utf-8")
    contract = contract_template(lhs_location=str(EXAMPLE_SOURCE), rhs_location=str(schema), mode="data_mode",
                                 user_id="t", role="Operator", request_key=f"existing-table:{tmp_path}")
    create_example_run(contract, store)
    policy = load_policy_engine()
    rid = contract.run_id
    step, _ = advance(store, rid, instance=instance, db_url=db_url)
    assert step.kind is StepKind.HOLD and step.stage is Stage.DOMAINS, step
    confirm_stage(store, policy, run_id=rid, stage=Stage.DOMAINS, user_id="t", role="Operator")
    step, _ = advance(store, rid, instance=instance, db_url=db_url)
    assert step.kind is StepKind.HOLD and step.stage is Stage.MIGRATION, step
    assert any("existing_table: table crm_other already exists in the target with column(s) this run does not "
               "write: id, something" in r for r in step.reasons), step.reasons
    target = open_target(f"duckdb:///{target_db}")  # the adapter: the run's own connection settings
    assert target.final_frame("crm_other").rows() == [(1, "kept")]  # nothing replaced while held
    confirm_stage(store, policy, run_id=rid, stage=Stage.MIGRATION, user_id="t", role="Operator")
    step, _ = advance(store, rid, instance=instance, db_url=db_url)
    assert step.kind is StepKind.COMPLETE, step
    assert target.final_frame("crm_other").height == 1000
    assert target.final_frame(f"crm_other__mw_prev_{rid[-10:].lower()}").rows() == [(1, "kept")]  # for a rollback
