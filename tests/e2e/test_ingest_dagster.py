"""The ingest stage end to end through Dagster: assets, blocking gates, metadata, ledger, store."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import dagster as dg
import pytest

from adapters.metadata_store import MetadataStore
from core.artifacts import ArtifactKind
from core.contract import contract_template
from core.ledger import Decision, Stage
from orchestration.example import example_contract
from orchestration.ingest.assets import ingest
from orchestration.partitions import MAPPING_RUNS

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def _only_shapes(found: list[str]) -> bool:
    """Every e-mail-like match is a format-preserving shape (letters A/a, digits 9), no real address."""
    return bool(found) and all(re.fullmatch(r"[Aa9._%+@-]+", f) for f in found)


def _materialize(instance: dg.DagsterInstance, resources: dict, run_id: str, *, raise_on_error: bool = True):
    if not instance.has_dynamic_partition(MAPPING_RUNS, run_id):
        instance.add_dynamic_partitions(MAPPING_RUNS, [run_id])
    return dg.materialize([ingest], partition_key=run_id, instance=instance, resources=resources,
                          raise_on_error=raise_on_error)


def _mats(result: dg.ExecuteInProcessResult, asset: str) -> list[dg.AssetMaterialization]:
    """Materializations of one asset of the ingest multi-asset."""
    return [m for m in result.asset_materializations_for_node("ingest") if m.asset_key.path[-1] == asset]


def _check_results(result: dg.ExecuteInProcessResult) -> dict[str, bool]:
    return {e.asset_check_evaluation_data.check_name: e.asset_check_evaluation_data.passed
            for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"}


def _run_data_mode(instance: dg.DagsterInstance, resources: dict, store: MetadataStore) -> tuple[str, object]:
    contract = example_contract("data_mode")
    store.save_run(contract)
    result = _materialize(instance, resources, contract.run_id)
    return contract.run_id, result


def _shown(metadata: Mapping[str, Any], label: str) -> str:
    """What the UI shows for a table entry: its note, header and every cell, as text."""
    about = metadata.get(f"{label} (about)")
    table = metadata[label]
    assert isinstance(table, dg.TableMetadataValue), type(table)
    cells = [" ".join(str(v) for v in r.data.values()) for r in table.records]
    return "\n".join([str(about.value) if about is not None else "", *(c.name for c in table.schema.columns),
                      *cells])


def _assert_example_run(instance: dg.DagsterInstance, resources: dict, store: MetadataStore) -> None:
    run_id, result = _run_data_mode(instance, resources, store)
    assert result.success
    assert _check_results(result) == {"catalog_gate": True, "sample_pack_gate": True}
    mats = _mats(result, "catalog")
    assert mats[0].partition == run_id
    assert "customer" in _shown(mats[0].metadata, "preview")  # the catalog preview table and its note
    sample_md = _shown(_mats(result, "sample_pack")[0].metadata, "masked_sample")
    assert "masked" in sample_md and _only_shapes(EMAIL.findall(sample_md))  # ``aaaa@aaaa.aaa`` is no address
    # Artifacts and ledger in the metadata store.
    cat = store.latest(run_id, ArtifactKind.CATALOG)
    pack = store.latest(run_id, ArtifactKind.SAMPLE_PACK)
    assert cat is not None and pack is not None
    assert _only_shapes(EMAIL.findall(str(pack.payload)))
    masked = {m["column"]: m["entity_types"] for p in pack.payload["packs"] for m in p["masking"]}
    assert any("EMAIL_ADDRESS" in e for e in masked.values())
    events = store.events(run_id)
    actions = [(e.stage, e.decision, e.action) for e in events]
    assert (Stage.INGEST, Decision.ACCEPT, "catalog.build") in actions
    assert (Stage.SUPERVISOR, Decision.ACCEPT, "gate.catalog_gate") in actions
    assert any(e.pii_mask_applied for e in events if e.stage is Stage.INGEST)
    # The materializations are in the instance's event log for this partition.
    rec = instance.get_latest_materialization_event(dg.AssetKey("sample_pack"))
    assert rec is not None and rec.asset_materialization.partition == run_id


def test_example_run_through_sqlite_instance(instance, resources, store) -> None:
    _assert_example_run(instance, resources, store)


@pytest.mark.postgres
def test_example_run_through_dagster_postgres_instance(pg_instance, resources, store) -> None:
    assert type(pg_instance.run_storage).__name__ == "PostgresRunStorage"
    _assert_example_run(pg_instance, resources, store)


def test_same_inputs_same_artifacts(instance, resources, store) -> None:
    run_id, first = _run_data_mode(instance, resources, store)
    hashes = {k: store.latest(run_id, k).content_hash for k in (ArtifactKind.CATALOG, ArtifactKind.SAMPLE_PACK)}
    _, second = _run_data_mode(instance, resources, store)
    assert first.success and second.success
    again = {k: store.latest(run_id, k) for k in hashes}
    assert {k: a.content_hash for k, a in again.items()} == hashes
    assert all(a.version == 1 for a in again.values())


def test_metadata_only_reads_no_rows(instance, resources, store) -> None:
    contract = example_contract("metadata_only")
    store.save_run(contract)
    result = _materialize(instance, resources, contract.run_id)
    assert result.success
    assert _check_results(result)["sample_pack_gate"] is True
    assert store.latest(contract.run_id, ArtifactKind.SAMPLE_PACK) is None
    md = _mats(result, "sample_pack")[0].metadata
    assert md["rows"].value == 0 and "metadata_only" in md["policy"].value
    assert any(e.action == "sample_pack.skipped" for e in store.events(contract.run_id))


def test_bad_file_fails_with_code_and_ledger_event_and_stores_nothing(instance, resources, store,
                                                                      tmp_path: Path) -> None:
    bad = tmp_path / "blob.csv"
    bad.write_bytes(bytes(range(256)) * 64)
    contract = contract_template(lhs_location=str(bad), rhs_location="t.yaml", request_key=str(bad))
    store.save_run(contract)
    result = _materialize(instance, resources, contract.run_id, raise_on_error=False)
    assert not result.success
    assert store.latest(contract.run_id, ArtifactKind.CATALOG) is None
    rejects = [e for e in store.events(contract.run_id) if e.decision is Decision.REJECT]
    assert rejects and rejects[0].stage is Stage.INGEST
    assert rejects[0].error_code == "DETERMINISTIC_FAILURE"
    assert instance.get_latest_materialization_event(dg.AssetKey("sample_pack")) is None


def test_held_catalog_gate_stops_the_sample_and_the_supervisor_holds(instance, resources, store,
                                                                     tmp_path: Path) -> None:
    import polars as pl

    from core.supervisor import StepKind, next_step

    src = tmp_path / "empty_cols.parquet"
    pl.DataFrame({"a": [None, None, None]}, schema={"a": pl.Null}).write_parquet(src)
    contract = contract_template(lhs_location=str(src), rhs_location="t.yaml", request_key=str(src))
    store.save_run(contract)
    result = _materialize(instance, resources, contract.run_id, raise_on_error=False)
    assert _check_results(result).get("catalog_gate") is False
    assert not _mats(result, "sample_pack") and store.latest(contract.run_id, ArtifactKind.SAMPLE_PACK) is None
    step = next_step(store.events(contract.run_id))
    assert step.kind is StepKind.HOLD and step.stage is Stage.INGEST


def test_sample_pack_alone_after_catalog(instance, resources, store) -> None:
    contract = example_contract("data_mode")
    store.save_run(contract)
    instance.add_dynamic_partitions("mapping_runs", [contract.run_id])
    first = dg.materialize([ingest], partition_key=contract.run_id, instance=instance, resources=resources,
                           selection=["catalog"])
    assert first.success and not _mats(first, "sample_pack")
    second = dg.materialize([ingest], partition_key=contract.run_id, instance=instance, resources=resources,
                            selection=["sample_pack"])
    assert second.success and _mats(second, "sample_pack") and not _mats(second, "catalog")
    assert store.latest(contract.run_id, ArtifactKind.SAMPLE_PACK) is not None
