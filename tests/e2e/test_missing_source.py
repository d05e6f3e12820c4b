"""A run whose source file does not exist: one INGEST reject on the ledger (code and message), the supervisor halts
after one Dagster run (not three blind re-requests), and the summary a person reads says why and how to continue."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from adapters.metadata_store import MetadataStore
from core.contract import contract_template
from core.ledger import Decision, Stage
from core.supervisor import StepKind
from orchestration.driver import advance
from orchestration.example import EXAMPLE_TARGET, create_example_run
from orchestration.summary import summary_lines


def test_a_missing_source_is_recorded_and_halts_at_once(tmp_path: Path, store: MetadataStore, db_url: str,
                                                        instance: dg.DagsterInstance) -> None:
    missing = tmp_path / "gone" / "customers.csv"
    contract = contract_template(lhs_location=str(missing), rhs_location=str(EXAMPLE_TARGET), mode="data_mode",
                                 user_id="t", role="Operator", request_key=f"missing-source:{tmp_path}")
    create_example_run(contract, store)
    step, ran = advance(store, contract.run_id, instance=instance, db_url=db_url)

    assert step.kind is StepKind.HALTED and step.stage is Stage.INGEST, step
    assert len(ran) == 1, ran  # a deterministic failure is not re-requested
    rejects = [e for e in store.events(contract.run_id) if e.stage is Stage.INGEST and e.decision is Decision.REJECT]
    assert [(e.action, e.error_code) for e in rejects] == [("catalog.build", "DETERMINISTIC_FAILURE")]
    assert str(missing) in rejects[0].detail["message"]

    text = "\n".join(summary_lines(store, contract.run_id, step))
    assert "HALTED at INGEST: catalog.build: DETERMINISTIC_FAILURE." in text
    assert f"error [DETERMINISTIC_FAILURE]: source {missing} does not exist" in text
    assert f"mapwright run confirm {contract.run_id} --stage INGEST" in text
