"""The domaining stage through Dagster on the bundled example: artifact, gate, ledger, PII flags."""

from __future__ import annotations

import dagster as dg
import pytest

from core.artifacts import ArtifactKind
from core.ledger import Stage
from orchestration.definitions import STAGE_ASSETS
from orchestration.example import example_contract
from orchestration.partitions import MAPPING_RUNS


def _run(instance, resources, store, mode: str):
    contract = example_contract(mode)
    store.save_run(contract)
    instance.add_dynamic_partitions(MAPPING_RUNS, [contract.run_id])
    result = dg.materialize(STAGE_ASSETS, partition_key=contract.run_id, instance=instance, resources=resources,
                            raise_on_error=False)
    return contract, result


@pytest.mark.parametrize("mode", ["data_mode", "metadata_only"])
def test_domain_assignments_through_dagster(instance, resources, store, mode: str) -> None:
    contract, result = _run(instance, resources, store, mode)
    checks = {e.asset_check_evaluation_data.check_name: e.asset_check_evaluation_data.passed
              for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"}
    assert checks["catalog_gate"] and checks["sample_pack_gate"]
    art = store.latest(contract.run_id, ArtifactKind.DOMAIN_ASSIGNMENTS)
    assert art is not None
    summary = art.payload["summary"]
    assert summary["columns"] == 12
    # The gate passes exactly when nothing is borderline or unknown; the run fails on a held gate.
    expect_pass = summary["borderline"] == 0 and summary["low"] == 0
    assert checks["domain_assignments_gate"] is expect_pass
    assert result.success is expect_pass
    md = result.asset_materializations_for_node("domain_assignments")[0].metadata
    table = md["assignments"]
    assert isinstance(table, dg.TableMetadataValue) and md["artifact_hash"].value == art.content_hash
    assert {"column": "E-mail", "domain": "contact.email"}.items() <= next(
        r.data for r in table.records if r.data["column"] == "E-mail").items()
    by_name = {a["original_name"]: a for a in art.payload["assignments"]}
    assert by_name["E-mail"]["domain_id"] == "contact.email" and by_name["E-mail"]["pii"]
    assert by_name["SSN"]["pii"] and by_name["Customer ID"]["domain_id"] == "id.customer_id"
    uses_values = {a["evidence"]["value_evidence"] for a in art.payload["assignments"]}
    assert uses_values == ({True} if mode == "data_mode" else {False})
    domain_events = [e for e in store.events(contract.run_id) if e.stage is Stage.DOMAINS]
    assert domain_events[-1].action == "domains.assign"
    assert domain_events[-1].outputs_hash == art.content_hash
    assert domain_events[-1].human_confirmation.required is (not expect_pass)


def test_rerun_gives_the_same_assignments_hash(instance, resources, store) -> None:
    contract, _ = _run(instance, resources, store, "data_mode")
    first = store.latest(contract.run_id, ArtifactKind.DOMAIN_ASSIGNMENTS)
    again = dg.materialize(STAGE_ASSETS, partition_key=contract.run_id, instance=instance, resources=resources,
                           raise_on_error=False)
    assert again is not None
    second = store.latest(contract.run_id, ArtifactKind.DOMAIN_ASSIGNMENTS)
    assert first is not None and second is not None
    assert second.content_hash == first.content_hash and second.version == first.version
