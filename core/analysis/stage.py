"""The Analysis stage entry point (§13): "if we migrate with this plan, what will the target look like?"

:func:`run_analysis` makes every decision: metadata_only gets the feasibility matrix and domain
coverage; data_mode (when the policy engine allows ``data_stats``) also runs the accepted plan
over the whole source in memory, profiles the output, finds anomalies, measures drift against a
named reference, proposes fixes and threshold changes. The gate holds on any error finding.
:func:`stage_fix` turns a proposed fix into a Mapping override (RBAC-checked); the caller re-plans.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import polars as pl

from core.analysis import drift as drift_mod
from core.analysis.feasibility import feasibility
from core.analysis.fixes import propose_fixes
from core.analysis.models import AnalysisReport, Drift, Finding, Fix
from core.analysis.plots import bar_chart, markdown_image
from core.analysis.profile import profile
from core.analysis.rules import rule_expr
from core.analysis.thresholds import suggest
from core.artifacts import ArtifactKind, ArtifactStorePort
from core.catalog import Catalog
from core.contract import Mode, RunContract
from core.errors import DeterministicFailure, MapwrightError
from core.gates import GateResult, record_gate
from core.hashing import content_hash
from core.ledger import Decision, LedgerPort, LedgerRecorder, Stage
from core.mapping import overrides
from core.mapping.plan import MappingPlan
from core.mapping.target import TargetCatalog
from core.migration.plan_spec import spec_from_plan
from core.migration.ports import TargetPort
from core.policy import Action, PolicyEngine, PolicyRequest
from core.policy.engine import role_of
from core.stage import OutputOutcome, StageOutcome
from core.thresholds import ThresholdProfile
from dsl.errors import DSLError

ACTION = "analysis.report"


@dataclass
class AnalysisPorts:
    """What the Analysis stage needs from the outside world."""

    artifacts: ArtifactStorePort
    ledger: LedgerPort
    policy: PolicyEngine
    profile: ThresholdProfile
    #: the whole source table in memory (standardized names), read only when data_mode allows it
    source_frame: Callable[[], pl.DataFrame]
    secret: bytes
    #: the migration target (its dialect for compilation checks; its rows as the drift reference)
    target: TargetPort | None = None
    today: date | None = None


def _rec(contract: RunContract, ports: AnalysisPorts) -> LedgerRecorder:
    return LedgerRecorder(ports.ledger, contract.run_id, contract_hash=contract.contract_hash(),
                          policy_version=ports.policy.version)


def _load(contract: RunContract, ports: AnalysisPorts) -> tuple[MappingPlan, TargetCatalog, Catalog]:
    got = {k: ports.artifacts.latest(contract.run_id, k) for k in
           (ArtifactKind.MAPPING_PLAN, ArtifactKind.TARGET_CATALOG, ArtifactKind.CATALOG)}
    missing = [k.value for k, a in got.items() if a is None]
    if missing:
        raise DeterministicFailure(f"run {contract.run_id} has no {', '.join(missing)}; run the earlier stages "
                                   "first", run_id=contract.run_id, stage="ANALYSIS", missing=missing)
    return (MappingPlan.model_validate(got[ArtifactKind.MAPPING_PLAN].payload),  # type: ignore[union-attr]
            TargetCatalog.model_validate(got[ArtifactKind.TARGET_CATALOG].payload),  # type: ignore[union-attr]
            Catalog.model_validate(got[ArtifactKind.CATALOG].payload))  # type: ignore[union-attr]


def run_analysis(contract: RunContract, ports: AnalysisPorts) -> StageOutcome:
    """Analyse the run's accepted plan; store the Analysis Report; record the gate."""
    rec = _rec(contract, ports)
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
    report = AnalysisReport(run_id=contract.run_id, mode=contract.mode.value, plan_hash=_plan_hash(plan),
                            target_table=target.table.name, feasibility=rows, uncovered_domains=uncovered)
    data = contract.mode is Mode.DATA_MODE and ports.policy.evaluate(PolicyRequest(
        action=Action.DATA_STATS, mode=contract.mode, run_id=contract.run_id, role=contract.rbac_actor.role)).allowed
    if data:
        report = _data_mode(contract, ports, plan, target, report, findings)
    else:
        report = report.model_copy(update={"findings": findings})
    overridden = set(overrides.active(ports.ledger, contract.run_id))
    report = report.model_copy(update={"threshold_suggestions": suggest(
        plan, overridden, ports.profile.mapping.accept_rate_min)})
    art = ports.artifacts.put(ArtifactKind.ANALYSIS_REPORT, contract.run_id, report,
                              contract_hash=contract.contract_hash(), policy_version=ports.policy.version)
    errors = report.errors()
    rec.record(Stage.ANALYSIS, Decision.ACCEPT if not errors else Decision.HOLD, ACTION, outputs_hash=art.content_hash,
               detail={"findings": len(report.findings), "errors": len(errors), "fixes": len(report.fixes),
                       "rows": report.rows, "mode": report.mode})
    gate = GateResult(gate="analysis_report_gate", passed=not errors,
                      decision=Decision.ACCEPT if not errors else Decision.HOLD,
                      reasons=[f.message for f in errors][:20] or ["no error-severity finding"],
                      figures={"findings": len(report.findings), "errors": len(errors), "fixes": len(report.fixes)})
    record_gate(rec, gate, outputs_hash=art.content_hash)
    out = OutputOutcome(name="analysis_report", artifact=art.ref, gate=gate, tables=report_tables(report),
                        figures={"findings": len(report.findings), "errors": len(errors),
                                 "warnings": sum(f.severity == "warning" for f in report.findings),
                                 "fixes": len(report.fixes), "rows": report.rows or 0,
                                 "seconds": round(time.perf_counter() - t0, 3)})
    return StageOutcome(stage=Stage.ANALYSIS, run_id=contract.run_id, outputs=[out])


def _plan_hash(plan: MappingPlan) -> str:
    return content_hash(plan)


def _data_mode(contract: RunContract, ports: AnalysisPorts, plan: MappingPlan, target: TargetCatalog,
               report: AnalysisReport, findings: list[Finding]) -> AnalysisReport:
    spec = spec_from_plan(plan, target, batch_size=ports.profile.migration.batch_size,
                          validation_checks=[], accepted_only=False)
    source = ports.source_frame()
    missing = [c for c in spec.source_columns if c not in source.columns]
    if missing:
        raise DeterministicFailure(f"the plan reads {missing}, which the source no longer has; re-run ingest and "
                                   "mapping", run_id=contract.run_id, stage="ANALYSIS", missing=missing)
    limits = ports.profile.analysis
    domains = {c.name: c.domain for c in target.table.columns}
    prof = profile(spec, source, null_rate_max=limits.null_rate_max, dup_key_rate_max=limits.dup_key_rate_max,
                   domains=domains, secret=ports.secret, today=ports.today)
    all_findings = [*findings, *prof.findings]
    output = prof.output if prof.output is not None else pl.DataFrame()
    names = set(output.columns)
    for rule in target.table.cross_field_rules:
        bad = output.filter(~rule_expr(rule.name, rule.expression, names))
        if bad.height:
            all_findings.append(Finding(finding_id=f"cross_field:{rule.name}", rule=f"cross_field.{rule.name}",
                                        severity="error", column=",".join(rule.columns) or None, count=bad.height,
                                        rate=round(bad.height / max(output.height, 1), 4),
                                        message=f"{bad.height} row(s) break {rule.name}: {rule.expression}"))
    distinct = {c: [str(v) for v in source[c].drop_nulls().unique().head(201).to_list()] for c in spec.source_columns}
    types = {c: "string" if source.schema[c] == pl.String() else "other" for c in spec.source_columns}
    fixes, all_findings = propose_fixes(all_findings, spec, prof.failing, distinct, types, limits.null_rate_max)
    hists = {c.name: h for c in spec.columns if c.name not in spec.key and domains.get(c.name) not in
             drift_mod.SKIP_DOMAINS and (h := drift_mod.histogram(output[c.name])) is not None}
    drifts = _drift(contract, ports, spec.table, output, hists)
    return report.model_copy(update={"rows": prof.rows, "profiles": prof.profiles, "findings": all_findings,
                                     "fixes": fixes, "drift": drifts, "histograms": {
                                         k: {"edges": v["edges"], "counts": v["counts"]} for k, v in hists.items()}})


def _drift(contract: RunContract, ports: AnalysisPorts, table: str, output: pl.DataFrame,
           hists: dict[str, dict[str, list[float]]]) -> list[Drift]:
    ref_name = ""
    ref: dict[str, dict[str, list[float]]] = {}
    live = _live_rows(ports, table)
    if live is not None and live.height:
        ref_name = f"live target {table} ({live.height} rows)"
        ref = {c: h for c in hists if c in live.columns and (h := drift_mod.histogram(live[c])) is not None}
    else:
        prev = sorted(ports.artifacts.list(contract.run_id, ArtifactKind.ANALYSIS_REPORT), key=lambda a: a.version)
        if prev:
            last = prev[-1]
            ref_name = f"analysis_report v{last.version}"
            ref = dict(last.payload.get("histograms", {}))
    out: list[Drift] = []
    for col, h in ref.items():
        if col in output.columns and (d := drift_mod.compare(output[col], h, col, ref_name)) is not None:
            out.append(d)
    return out


def _live_rows(ports: AnalysisPorts, table: str) -> pl.DataFrame | None:
    if ports.target is None or not ports.target.table_exists(table):
        return None
    return ports.target.final_frame(table)


def report_tables(report: AnalysisReport) -> dict[str, str]:
    """Markdown for a person: findings by severity, the profile or feasibility matrix, plots."""
    order = {"error": 0, "warning": 1, "info": 2}
    fs = sorted(report.findings, key=lambda f: (order[f.severity], -f.count))
    tables = {"findings": "| severity | rule | column | rows | rate | message | fix |\n|---|---|---|---|---|---|---|\n"
              + "\n".join(f"| {f.severity} | {f.rule} | {f.column or ''} | {f.count} | {f.rate:.2%} | "
                          f"{f.message.replace('|', '/')} | {f.fix_id or ''} |" for f in fs)}
    if report.fixes:
        tables["fixes"] = "| fix | kind | target | what | effect |\n|---|---|---|---|---|\n" + "\n".join(
            f"| {x.fix_id} | {x.kind} | {x.target or ''} | {x.description} | {x.expected_effect} |"
            for x in report.fixes)
    checks = sorted({k for r in report.feasibility for k in r.checks})
    tables["feasibility"] = ("| column | " + " | ".join(checks) + " |\n|" + "---|" * (len(checks) + 1) + "\n"
                             + "\n".join(f"| {r.column} | " + " | ".join(
                                 {True: "yes", False: "NO", None: "-"}[r.checks.get(k)] for k in checks) + " |"
                                 for r in report.feasibility))
    if report.profiles:
        tables["profile"] = "| column | coverage | null rate | distinct | violations |\n|---|---|---|---|---|\n" + \
            "\n".join(f"| {p.column} | {p.coverage:.1%} | {p.null_rate:.1%} | {p.distinct} | "
                      f"{', '.join(f'{k}={v}' for k, v in p.violations.items())} |" for p in report.profiles)
        tables["plot: null rate per column"] = markdown_image("null rate", bar_chart(
            "null rate per target column (after transform)", [(p.column, p.null_rate) for p in report.profiles]))
        tables["plot: coverage per column"] = markdown_image("coverage", bar_chart(
            "coverage per target column", [(p.column, p.coverage) for p in report.profiles]))
    if report.drift:
        tables["plot: drift (PSI) per column"] = markdown_image("drift", bar_chart(
            f"PSI vs {report.drift[0].reference}", [(d.column, d.psi or 0.0) for d in report.drift],
            limit=0.25, unit="", scale=1.0))
    if report.threshold_suggestions:
        tables["threshold suggestions"] = "| field | current | suggested | why |\n|---|---|---|---|\n" + "\n".join(
            f"| {s.field} | {s.current} | {s.suggested} | {s.rationale} |" for s in report.threshold_suggestions)
    return tables


def latest_report(ports: AnalysisPorts, run_id: str) -> AnalysisReport:
    """The run's latest Analysis Report."""
    art = ports.artifacts.latest(run_id, ArtifactKind.ANALYSIS_REPORT)
    if art is None:
        raise DeterministicFailure(f"run {run_id} has no analysis report; run the analysis stage first",
                                   run_id=run_id, stage="ANALYSIS")
    return AnalysisReport.model_validate(art.payload)


def stage_fix(contract: RunContract, ports: AnalysisPorts, fix_id: str, *, actor: str, role: str) -> Fix:
    """Record a proposed fix as a Mapping override (RBAC: confirm_stage); the caller re-plans Mapping."""
    rec = _rec(contract, ports)
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
