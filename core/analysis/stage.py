"""The Analysis stage entry point (§13): "if we migrate with this plan, what will the target look like?"

:func:`run_analysis` makes every decision: metadata_only gets the feasibility matrix and domain
coverage; data_mode (when the policy engine allows ``data_stats``) also runs the accepted plan
over the whole source, streamed in batches with bounded memory (:mod:`core.analysis.profile`),
profiles the output, finds anomalies, measures drift against a named reference, proposes fixes
and threshold changes. The gate holds on any error finding.
:func:`stage_fix` turns a proposed fix into a Mapping override (RBAC-checked); the caller re-plans.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import polars as pl

from core.analysis import drift as drift_mod
from core.analysis.errors import ReferenceTargetUnavailable, SourceChanged
from core.analysis.feasibility import feasibility
from core.analysis.fixes import propose_fixes
from core.analysis.models import AnalysisReport, DriftReference, Finding, Fix
from core.analysis.pipelined import Pipelined
from core.analysis.present import report_notes, report_plots, report_tables
from core.analysis.profile import Profiler, Rule
from core.analysis.reference import REFERENCE_ROWS, ReferenceSample, ReferenceTarget, reference_name
from core.analysis.rules import rule_expr
from core.analysis.thresholds import suggest
from core.artifacts import ArtifactKind, ArtifactStorePort
from core.catalog import Catalog, SamplePack, TableSchema
from core.contract import Mode, RunContract
from core.errors import DeterministicFailure, MapwrightError
from core.gates import GateResult, record_gate
from core.hashing import content_hash
from core.ledger import Decision, LedgerPort, LedgerRecorder, Stage
from core.mapping import overrides
from core.mapping.plan import MappingPlan
from core.mapping.target import TargetCatalog
from core.migration.errors import TargetUnavailable
from core.migration.plan_spec import spec_from_plan
from core.policy import Action, PolicyEngine, PolicyRequest
from core.policy.engine import role_of
from core.stage import OutputOutcome, StageOutcome, require_latest, stage_recorder
from core.thresholds import ThresholdProfile
from dsl.errors import DSLError

ACTION = "analysis.report"
BATCH_ROWS = 250_000

#: ``source_batches(batch_rows, consume)``: calls ``consume`` with every batch of the source, in order
SourceBatches = Callable[[int, Callable[[pl.DataFrame], None]], None]


def frame_batches(read: Callable[[], pl.DataFrame]) -> SourceBatches:
    """A :data:`SourceBatches` over a frame read in memory (tests, small sources)."""

    def stream(rows: int, consume: Callable[[pl.DataFrame], None]) -> None:
        for part in read().iter_slices(rows):
            consume(part)

    return stream


@dataclass
class AnalysisPorts:
    """What the Analysis stage needs from the outside world."""

    artifacts: ArtifactStorePort
    ledger: LedgerPort
    policy: PolicyEngine
    profile: ThresholdProfile
    #: streams the whole source table (standardized names) to a consumer in batches of about the
    #: given number of rows; called only when data_mode allows it
    source_batches: SourceBatches
    secret: bytes
    #: the migration target (its dialect for compilation checks; a key-hash sample of its rows as the
    #: drift reference)
    target: ReferenceTarget | None = None
    today: date | None = None


def _load(contract: RunContract, ports: AnalysisPorts) -> tuple[MappingPlan, TargetCatalog, Catalog]:
    def latest(kind: ArtifactKind) -> dict[str, Any]:
        return require_latest(ports.artifacts, contract.run_id, kind, kind.value).payload

    return (MappingPlan.model_validate(latest(ArtifactKind.MAPPING_PLAN)),
            TargetCatalog.model_validate(latest(ArtifactKind.TARGET_CATALOG)),
            Catalog.model_validate(latest(ArtifactKind.CATALOG)))


def run_analysis(contract: RunContract, ports: AnalysisPorts) -> StageOutcome:
    """Analyse the run's accepted plan; store the Analysis Report; record the gate."""
    rec = stage_recorder(contract, ports.policy, ports.ledger)
    try:
        return _run(contract, ports, rec)
    except (MapwrightError, DSLError) as exc:
        rec.record_error(Stage.ANALYSIS, ACTION, exc)
        raise


def _run(contract: RunContract, ports: AnalysisPorts, rec: LedgerRecorder) -> StageOutcome:
    t0 = time.perf_counter()
    plan, target, catalog = _load(contract, ports)
    dialect = ports.target.dialect if ports.target is not None else "duckdb"
    rows, findings, uncovered = feasibility(plan, target, catalog, dialect)
    report = AnalysisReport(run_id=contract.run_id, mode=contract.mode.value, plan_hash=content_hash(plan),
                            target_table=target.table.name, feasibility=rows, uncovered_domains=uncovered)
    data = contract.mode is Mode.DATA_MODE and ports.policy.evaluate(PolicyRequest(
        action=Action.DATA_STATS, mode=contract.mode, run_id=contract.run_id, role=contract.rbac_actor.role)).allowed
    if data:
        report = _data_mode(contract, ports, plan, target, catalog, report, findings)
    else:
        report = report.model_copy(update={"findings": findings})
    overridden = set(overrides.active(ports.ledger, contract.run_id))
    report = report.model_copy(update={"threshold_suggestions": suggest(
        plan, overridden, ports.profile.mapping.accept_rate_min)})
    art = ports.artifacts.put(ArtifactKind.ANALYSIS_REPORT, contract.run_id, report,
                              contract_hash=contract.contract_hash(), policy_version=ports.policy.version)
    errors = report.errors()
    rec.record(Stage.ANALYSIS, Decision.ACCEPT if not errors else Decision.HOLD, ACTION, outputs_hash=art.content_hash,
               inputs_hash=report.plan_hash,
               detail={"findings": len(report.findings), "errors": len(errors), "fixes": len(report.fixes),
                       "rows": report.rows, "mode": report.mode})
    gate = GateResult(gate="analysis_report_gate", passed=not errors,
                      decision=Decision.ACCEPT if not errors else Decision.HOLD,
                      reasons=[f.message for f in errors][:20] or ["no error-severity finding"],
                      figures={"findings": len(report.findings), "errors": len(errors), "fixes": len(report.fixes)})
    record_gate(rec, gate, outputs_hash=art.content_hash, inputs_hash=report.plan_hash)
    notes = report_notes(report) | report_plots(report, null_rate_max=ports.profile.analysis.null_rate_max)
    out = OutputOutcome(name="analysis_report", artifact=art.ref, gate=gate, tables=report_tables(report), notes=notes,
                        figures={"findings": len(report.findings), "errors": len(errors),
                                 "warnings": sum(f.severity == "warning" for f in report.findings),
                                 "fixes": len(report.fixes), "rows": report.rows or 0,
                                 "seconds": round(time.perf_counter() - t0, 3)})
    return StageOutcome(stage=Stage.ANALYSIS, run_id=contract.run_id, outputs=[out])


def _data_mode(contract: RunContract, ports: AnalysisPorts, plan: MappingPlan, target: TargetCatalog,
               catalog: Catalog, report: AnalysisReport, findings: list[Finding]) -> AnalysisReport:
    spec = spec_from_plan(plan, target, batch_size=ports.profile.migration.batch_size,
                          validation_checks=[], accepted_only=False)
    names = {c.name for c in target.table.columns}
    rules = [Rule(r.name, r.expression, list(r.columns), rule_expr(r.name, r.expression, names))
             for r in target.table.cross_field_rules]
    limits = ports.profile.analysis
    domains = {c.name: c.domain for c in target.table.columns}
    drift_cols = [c.name for c in spec.columns if c.name not in spec.key and c.type in drift_mod.TYPES
                  and domains.get(c.name) not in drift_mod.SKIP_DOMAINS]
    reference, ref = _drift_reference(contract, ports, spec.table, spec.key, drift_cols)
    ref_name = reference.name if reference is not None else ""
    fix_sources = sorted({c.sources[0] for c in spec.columns if len(c.sources) == 1 and (
        c.allowed_values or c.type in ("date", "datetime")) and c.sources[0] in spec.source_columns})
    prof = Profiler(spec, domains=domains, secret=ports.secret, today=ports.today or date.today(), rules=rules,
                    drift_columns=drift_cols, fix_sources=fix_sources)
    expected = catalog.tables[0] if len(catalog.tables) == 1 else None

    feed = Pipelined(prof)

    def consume(batch: pl.DataFrame) -> None:
        if not feed.offset:
            _check_columns(contract, spec.source_columns, batch.columns, expected)
        feed.add(batch)

    try:
        ports.source_batches(BATCH_ROWS, consume)
        feed.finish()
    finally:
        feed.close()
    if expected is not None and catalog.source_type == "file" and expected.row_estimate is not None \
            and prof.rows != expected.row_estimate:
        raise SourceChanged(contract.run_id, f"it had {expected.row_estimate} rows at ingest and has {prof.rows} now")
    res = prof.result(null_rate_max=limits.null_rate_max, dup_key_rate_max=limits.dup_key_rate_max)
    fixes, all_findings = propose_fixes([*findings, *res.findings], spec, res.failing, res.distinct_sources,
                                        res.source_types, limits.null_rate_max, _clear_sources(contract, ports))
    hists = {c: h for c in drift_cols if c in res.sample.columns
             and (h := drift_mod.histogram(res.sample[c])) is not None}
    drifts = [d for col, h in ref.items() if col in res.sample.columns
              and (d := drift_mod.compare(res.sample[col], h, col, ref_name)) is not None]
    return report.model_copy(update={"rows": res.rows, "profiles": res.profiles, "findings": all_findings,
                                     "fixes": fixes, "drift": drifts,
                                     "drift_reference": reference if drifts else None, "histograms": {
                                         k: {"edges": v["edges"], "counts": v["counts"]} for k, v in hists.items()}})


def _clear_sources(contract: RunContract, ports: AnalysisPorts) -> frozenset[str]:
    """Source columns the run's sample pack stored in clear (the masker's decision at ingest); none without a pack."""
    art = ports.artifacts.latest(contract.run_id, ArtifactKind.SAMPLE_PACK)
    if art is None:
        return frozenset()
    packs = [SamplePack.model_validate(p) for p in art.payload.get("packs") or []]
    return frozenset(c for p in packs for c in p.columns if c not in {m.column for m in p.masking})


def _check_columns(contract: RunContract, wanted: list[str], have: list[str], expected: TableSchema | None) -> None:
    """The first batch has every column the plan reads, and the columns the catalog recorded."""
    missing = [c for c in wanted if c not in have]
    if missing:
        raise DeterministicFailure(f"the plan reads {missing}, which the source no longer has; re-run ingest and "
                                   "mapping", run_id=contract.run_id, stage="ANALYSIS", missing=missing)
    if expected is not None and [c.name for c in expected.columns] != list(have):
        raise SourceChanged(contract.run_id, f"its columns changed since ingest (now {list(have)[:20]})")


def _drift_reference(contract: RunContract, ports: AnalysisPorts, table: str, key: list[str],
                     columns: list[str]) -> tuple[DriftReference | None, dict[str, dict[str, list[float]]]]:
    """The named drift reference: a bounded key-hash sample of the live target's rows (when it has
    any), else the previous report's histograms."""
    live = _live_sample(ports, contract.run_id, table, key, columns)
    if live is not None and live.frame.height:
        ref = DriftReference(name=reference_name(table, live), kind="live_target", sample_rows=live.frame.height,
                             total_rows=live.total_rows,
                             method=f"the {REFERENCE_ROWS} rows with the smallest MD5 of the key {key}")
        return ref, {c: h for c in columns if c in live.frame.columns
                     and (h := drift_mod.histogram(live.frame[c])) is not None}
    prev = sorted(ports.artifacts.list(contract.run_id, ArtifactKind.ANALYSIS_REPORT), key=lambda a: a.version)
    if not prev:
        return None, {}
    return (DriftReference(name=f"analysis_report v{prev[-1].version}", kind="previous_report",
                           method="decile histograms of the previous report's mapped-output sample"),
            dict(prev[-1].payload.get("histograms", {})))


def _live_sample(ports: AnalysisPorts, run_id: str, table: str, key: list[str],
                 columns: list[str]) -> ReferenceSample | None:
    if ports.target is None or not columns:
        return None
    try:
        if not ports.target.table_exists(table):
            return None
        return ports.target.reference_sample(table, columns, key, REFERENCE_ROWS)
    except TargetUnavailable as exc:
        raise ReferenceTargetUnavailable(run_id, str(exc.details.get("location", "")),
                                         str(exc.details.get("cause", ""))) from None


def latest_report(ports: AnalysisPorts, run_id: str) -> AnalysisReport:
    """The run's latest Analysis Report."""
    kind = ArtifactKind.ANALYSIS_REPORT
    return AnalysisReport.model_validate(require_latest(ports.artifacts, run_id, kind, kind.value).payload)


def stage_fix(contract: RunContract, ports: AnalysisPorts, fix_id: str, *, actor: str, role: str) -> Fix:
    """Record a proposed fix as a Mapping override (RBAC: confirm_stage); the caller re-plans Mapping."""
    rec = stage_recorder(contract, ports.policy, ports.ledger)
    try:
        ports.policy.require(PolicyRequest(action=Action.CONFIRM_STAGE, run_id=contract.run_id, mode=contract.mode,
                                           role=role_of(role), actor=actor), stage=Stage.ANALYSIS.value)
        report = latest_report(ports, contract.run_id)
        fix = next((f for f in report.fixes if f.fix_id == fix_id), None)
        if fix is None:
            raise DeterministicFailure(f"no fix {fix_id!r} in the latest analysis report of {contract.run_id}; "
                                       f"known: {[f.fix_id for f in report.fixes]}", run_id=contract.run_id,
                                       stage="ANALYSIS", fix_id=fix_id)
    except (MapwrightError, DSLError) as exc:
        rec.record_error(Stage.ANALYSIS, "analysis.fix", exc, detail={"fix_id": fix_id, "actor": actor})
        raise
    if fix.kind in ("value_map", "pipeline") and fix.target:
        overrides.record(contract, ports.ledger, overrides.Override(
            target=fix.target, kind=fix.kind, payload=fix.payload, actor=actor), policy_version=ports.policy.version)
    rec.record(Stage.ANALYSIS, Decision.FIX, "analysis.fix.staged", actor=actor,
               detail={"fix_id": fix.fix_id, "kind": fix.kind, "target": fix.target,
                       "applies": "mapping override, re-validated by the next Mapping plan"
                       if fix.kind in ("value_map", "pipeline") else "recorded; a threshold change is a new "
                                                                     "threshold profile (not applied to this run)"})
    return fix
