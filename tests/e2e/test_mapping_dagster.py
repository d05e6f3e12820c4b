"""The mapping stage through Dagster on the bundled example: a plan in both modes, the gate, the
supervisor's stage plan and the guided review job."""

from __future__ import annotations

import dagster as dg
import pytest

from core.artifacts import ArtifactKind
from core.ledger import Stage
from core.supervisor import STAGE_PLAN
from orchestration.definitions import STAGE_ASSETS, defs
from orchestration.example import EXAMPLE_SOURCE, example_contract
from orchestration.mapping.assets import mapping_plan
from orchestration.partitions import MAPPING_RUNS


def _plan(instance, resources, store, mode: str):
    contract = example_contract(mode)
    store.save_run(contract)
    instance.add_dynamic_partitions(MAPPING_RUNS, [contract.run_id])
    dg.materialize([a for a in STAGE_ASSETS if a is not mapping_plan], partition_key=contract.run_id,
                   instance=instance, resources=resources, raise_on_error=False)
    result = dg.materialize([mapping_plan], partition_key=contract.run_id, instance=instance, resources=resources,
                            raise_on_error=False)
    return contract, result


@pytest.mark.parametrize("mode", ["data_mode", "metadata_only"])
def test_mapping_plan_through_dagster(instance, resources, store, mode: str) -> None:
    contract, result = _plan(instance, resources, store, mode)
    assert result.success
    art = store.latest(contract.run_id, ArtifactKind.MAPPING_PLAN)
    assert art is not None and art.payload["mode"] == mode
    cols = {c["target"]: c for c in art.payload["columns"]}
    assert cols["full_name"]["kind"] == "compose" and cols["full_name"]["sources"] == ["first_name", "last_name"]
    assert cols["signup_date"]["strategy"] == "date" and cols["lifetime_value"]["strategy"] == "type_alignment"
    assert cols["country_code"]["sources"] == ["country"] and cols["email"]["sources"] == ["e_mail"]
    assert all(c["decision"] == "accept" for c in cols.values())
    assert all(c["compiled_sql"] for c in cols.values() if c["sources"])
    if mode == "data_mode":
        assert cols["country_code"]["strategy"] == "value_map"
        assert all(c["figures"]["pass_rate"] >= 0.95 for c in cols.values() if c["sources"])
        # stored examples are masked (format-preserving shapes): no e-mail address of the source survives
        stored = str(cols["email"]["examples"])
        emails = [line.split(",")[3] for line in EXAMPLE_SOURCE.read_text(encoding="utf-8").splitlines()[1:]]
        assert not any(e and e in stored for e in emails)
        values = [v for ex in cols["email"]["examples"] for v in [ex["after"], *ex["before"].values()] if v]
        assert values and all(not any(ch.isalnum() and ch not in "aA9" for ch in v) for v in values)
    else:
        assert all(c["examples"] == [] for c in cols.values())
    checks = {e.asset_check_evaluation_data.check_name: e.asset_check_evaluation_data.passed
              for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"}
    assert checks == {"mapping_plan_gate": True}
    md = result.asset_materializations_for_node("mapping_plan")[0].metadata
    plan = md["plan"]
    assert md["artifact_hash"].value == art.content_hash and isinstance(plan, dg.TableMetadataValue)
    assert "full_name" in {r.data["target"] for r in plan.records}
    events = [e for e in store.events(contract.run_id) if e.stage is Stage.MAPPING]
    assert events[-1].action == "mapping.plan" and events[-1].outputs_hash == art.content_hash
    assert store.latest(contract.run_id, ArtifactKind.TARGET_CATALOG) is not None
    assert next(s for s in STAGE_PLAN if s.stage is Stage.MAPPING).assets == ("mapping_plan",)


def test_review_job_records_an_override_and_replans(instance, resources, store) -> None:
    contract, _ = _plan(instance, resources, store, "data_mode")
    job = defs.get_job_def("review_mapping_job")
    res = job.execute_in_process(instance=instance, resources=resources, run_config={"ops": {"apply_review_answers": {
        "config": {"run_id": contract.run_id, "answers": ["birth_date=source:last_login"], "actor": "ana",
                   "role": "Operator"}}}})
    assert res.success
    art = store.latest(contract.run_id, ArtifactKind.MAPPING_PLAN)
    assert art is not None
    col = next(c for c in art.payload["columns"] if c["target"] == "birth_date")
    assert col["sources"] == ["last_login"] and col["override_id"]
    assert any(e.action == "mapping.override" for e in store.events(contract.run_id))
