"""Analysis on the example: data_mode profile and findings, staged fixes that make the re-run clean,
metadata_only feasibility without reading a value, bad input, drift."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from adapters.sources import open_source
from core.analysis.rules import BadCrossFieldRule
from core.analysis.stage import latest_report, run_analysis, stage_fix
from core.artifacts import ArtifactKind
from core.catalog import Catalog
from core.contract import RunContract
from core.errors import DeterministicFailure, PolicyBlock
from core.ingest.stage import build_sample_pack
from core.ledger import Stage
from core.mapping import overrides
from core.mapping.ports import MappingPorts
from core.mapping.stage import run_mapping
from orchestration.example import EXAMPLE_SOURCE
from tests.analysis.conftest import enum_target

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def _override(contract: RunContract, ports: MappingPorts, target: str, pipeline: dict[str, object]) -> None:
    overrides.record(contract, ports.ledger, overrides.Override(target=target, kind="pipeline", actor="tester",
                                                                payload={"pipeline": pipeline}))
    run_mapping(contract, ports)


def test_example_data_mode_profiles_every_target_column(planned: Callable[..., RunContract],
                                                        analysis_ports: Callable[..., object]) -> None:
    contract = planned()
    aports = analysis_ports()
    out = run_analysis(contract, aports).output("analysis_report")  # type: ignore[arg-type]
    report = latest_report(aports, contract.run_id)  # type: ignore[arg-type]
    assert report.rows == 1000
    assert [p.column for p in report.profiles] == ["customer_id", "full_name", "email", "phone", "birth_date",
                                                   "signup_date", "country_code", "lifetime_value"]
    key = next(p for p in report.profiles if p.column == "customer_id")
    assert key.coverage == 1.0 and key.distinct == 1000
    assert out.passed == (not report.errors())
    plots = {k: v for k, v in out.notes.items() if k.startswith("plot: null rate per column")}
    assert plots and all("data:image/svg+xml;base64," in v for v in plots.values())


def _sample_pack(contract: RunContract, ports: MappingPorts) -> None:
    """The run's masked sample pack, as ingest stores it in data_mode (its masking says which columns are clear)."""
    art = ports.artifacts.latest(contract.run_id, ArtifactKind.CATALOG)
    assert art is not None and ports.masker is not None
    build_sample_pack(contract, Catalog.model_validate(art.payload), open_source(contract.lhs), policy=ports.policy,
                      ledger=ports.ledger, artifacts=ports.artifacts, masker=ports.masker)


def _orders(tmp_path: Path) -> tuple[Path, Path]:
    """A business table (no person in it) whose status column writes its values in several spellings, and a
    target with allowed status codes."""
    statuses = ["shipped", "Shipped", "delivered", "DELIVERED", "cancelled", "Cancelled"]
    rows = ["order_no,status,amount"] + [f"{1000 + i},{statuses[i % 6]},{(i * 37) % 900 + 10}.50"
                                         for i in range(300)]
    src = tmp_path / "orders.csv"
    src.write_text("\n".join(rows) + "\n", encoding="utf-8")
    tgt = tmp_path / "orders_target.yaml"
    tgt.write_text(yaml.safe_dump({"table": "orders", "columns": [
        {"name": "order_no", "type": "int", "key": True, "nullable": False},
        {"name": "status", "type": "string", "allowed_values": ["SHIPPED", "DELIVERED", "CANCELLED"]},
        {"name": "amount", "type": "decimal"}]}, sort_keys=False), encoding="utf-8")
    return src, tgt


def test_values_outside_the_allowed_set_get_a_value_map_fix_that_makes_the_rerun_clean(
        planned: Callable[..., RunContract], analysis_ports: Callable[..., object], ports: MappingPorts,
        tmp_path: Path) -> None:
    src, tgt = _orders(tmp_path)
    contract = planned(target=tgt, source=src)
    _sample_pack(contract, ports)
    _override(contract, ports, "status", {
        "inputs": ["status"], "outputs": ["status"], "input_types": {"status": "string"},
        "steps": [{"op": "trim", "input": "status", "output": "status"}]})
    aports = analysis_ports(source=src)
    out = run_analysis(contract, aports).output("analysis_report")  # type: ignore[arg-type]
    assert not out.passed, "values like 'shipped' or 'DELIVERED ' must hold the gate"
    report = latest_report(aports, contract.run_id)  # type: ignore[arg-type]
    finding = next(f for f in report.findings if f.rule == "constraint.allowed_values")
    assert finding.column == "status" and finding.count > 0 and finding.fix_id
    fix = next(x for x in report.fixes if x.fix_id == finding.fix_id)
    assert fix.kind == "value_map" and fix.payload["mapping"]
    with pytest.raises(PolicyBlock):
        stage_fix(contract, aports, fix.fix_id, actor="viewer", role="Viewer")  # type: ignore[arg-type]
    stage_fix(contract, aports, fix.fix_id, actor="op", role="Operator")  # type: ignore[arg-type]
    assert any(e.action == "analysis.fix.staged" for e in ports.ledger.events(contract.run_id, Stage.ANALYSIS))
    run_mapping(contract, ports)
    run_analysis(contract, aports)  # type: ignore[arg-type]
    again = latest_report(aports, contract.run_id)  # type: ignore[arg-type]
    left = [f for f in again.findings if f.rule == "constraint.allowed_values"]
    assert not left or left[0].count < finding.count / 10


def test_a_masked_source_column_gets_no_value_map_fix_its_values_would_be_stored(
        planned: Callable[..., RunContract], analysis_ports: Callable[..., object], ports: MappingPorts,
        tmp_path: Path) -> None:
    """A plan feeding an allowed-values target from the example's first names (masked in its sample pack): a
    value-map fix would store the names in the report, so the finding has shapes only and no fix (session 14)."""
    contract = planned(target=enum_target(tmp_path))
    _sample_pack(contract, ports)
    _override(contract, ports, "country_code", {
        "inputs": ["first_name"], "outputs": ["country_code"], "input_types": {"first_name": "string"},
        "steps": [{"op": "trim", "input": "first_name", "output": "country_code"}]})
    aports = analysis_ports()
    run_analysis(contract, aports)  # type: ignore[arg-type]
    report = latest_report(aports, contract.run_id)  # type: ignore[arg-type]
    finding = next(f for f in report.findings if f.rule == "constraint.allowed_values")
    assert finding.column == "country_code" and finding.count > 0 and finding.fix_id is None
    assert all(set(s) <= set("Aa9 |.-,") for s in finding.sample_shapes), "shapes only, never values"
    assert not [x for x in report.fixes if x.kind == "value_map"]
    names = set(pl.read_csv(EXAMPLE_SOURCE, infer_schema=False)["First Name"].drop_nulls().to_list())
    stored = str(report.model_dump())
    assert not [n for n in names if f"'{n}'" in stored]


def test_a_date_format_left_unparsed_gets_a_pipeline_fix(planned: Callable[..., RunContract],
                                                         analysis_ports: Callable[..., object],
                                                         ports: MappingPorts) -> None:
    contract = planned()
    _override(contract, ports, "signup_date", {
        "inputs": ["signup_date"], "outputs": ["signup_date"], "input_types": {"signup_date": "string"},
        "steps": [{"op": "date_parse", "input": "signup_date", "output": "signup_date", "format": "%Y-%m-%d"}]})
    aports = analysis_ports()
    run_analysis(contract, aports)  # type: ignore[arg-type]
    report = latest_report(aports, contract.run_id)  # type: ignore[arg-type]
    finding = next(f for f in report.findings if f.column == "signup_date" and f.rule.startswith("constraint."))
    fix = next(x for x in report.fixes if x.fix_id == finding.fix_id)
    assert fix.kind == "pipeline"
    stage_fix(contract, aports, fix.fix_id, actor="op", role="Operator")  # type: ignore[arg-type]
    run_mapping(contract, ports)
    run_analysis(contract, aports)  # type: ignore[arg-type]
    again = latest_report(aports, contract.run_id)  # type: ignore[arg-type]
    assert not [f for f in again.findings if f.column == "signup_date" and f.rule.startswith("constraint.")]
    assert again.drift and again.drift[0].reference.startswith("analysis_report v")


def test_metadata_only_checks_feasibility_without_reading_a_value(planned: Callable[..., RunContract],
                                                                   analysis_ports: Callable[..., object]) -> None:
    contract = planned(mode="metadata_only")

    def forbidden() -> pl.DataFrame:
        raise AssertionError("metadata_only must not read the source")

    aports = analysis_ports(frame=forbidden)
    run_analysis(contract, aports)  # type: ignore[arg-type]
    report = latest_report(aports, contract.run_id)  # type: ignore[arg-type]
    assert report.rows is None and not report.profiles
    assert {r.column for r in report.feasibility} >= {"customer_id", "full_name", "country_code"}
    key = next(r for r in report.feasibility if r.column == "customer_id")
    assert key.checks["key_mapped"] is True and key.checks["compiles"] is True


def test_a_cross_field_rule_naming_an_unknown_column_is_a_clear_error(
        planned: Callable[..., RunContract], analysis_ports: Callable[..., object], ports: MappingPorts,
        tmp_path: Path) -> None:
    target = enum_target(tmp_path, rules=[{"name": "young", "expression": "birth_year > 1900"}])
    contract = planned(target=target)
    with pytest.raises(BadCrossFieldRule) as err:
        run_analysis(contract, analysis_ports())  # type: ignore[arg-type]
    assert err.value.details["column"] == "birth_year" and "fix the rule" in err.value.message
    events = ports.ledger.events(contract.run_id, Stage.ANALYSIS)
    assert events[-1].error_code == "DETERMINISTIC_FAILURE"
    assert not ports.artifacts.list(contract.run_id, ArtifactKind.ANALYSIS_REPORT)


def test_a_source_that_lost_a_planned_column_is_named(planned: Callable[..., RunContract],
                                                      analysis_ports: Callable[..., object], ports: MappingPorts,
                                                      tmp_path: Path) -> None:
    contract = planned()
    src = pl.read_csv(Path(contract.lhs.location), infer_schema=False).drop("Phone")
    with pytest.raises(DeterministicFailure) as err:
        run_analysis(contract, analysis_ports(frame=lambda: src.rename(  # type: ignore[arg-type]
            {c: c.lower().replace(" ", "_").replace("-", "") for c in src.columns})))
    assert "phone" in err.value.details["missing"] and "re-run ingest" in err.value.message
    assert ports.ledger.events(contract.run_id, Stage.ANALYSIS)[-1].error_code == "DETERMINISTIC_FAILURE"
    assert not ports.artifacts.list(contract.run_id, ArtifactKind.ANALYSIS_REPORT)


def test_a_broken_cross_field_rule_is_an_error_finding(planned: Callable[..., RunContract],
                                                       analysis_ports: Callable[..., object], tmp_path: Path) -> None:
    target = enum_target(tmp_path, rules=[{"name": "value_cap", "columns": ["lifetime_value"],
                                           "expression": "lifetime_value < 4000 OR lifetime_value IS NULL"}])
    contract = planned(target=target)
    out = run_analysis(contract, analysis_ports()).output("analysis_report")  # type: ignore[arg-type]
    report = latest_report(analysis_ports(), contract.run_id)  # type: ignore[arg-type]
    broken = next(f for f in report.findings if f.rule == "cross_field.value_cap")
    expected = pl.read_csv(Path(contract.lhs.location), infer_schema=False)["Amount"].str.replace_all(
        r"[^0-9.]", "").cast(pl.Float64, strict=False)
    assert broken.severity == "error" and 0 < broken.count <= int((expected >= 4000).sum())
    assert not out.passed
