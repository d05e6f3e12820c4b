"""The end-of-run summary a person reads (the example, ``run advance``): built from the ledger."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from adapters.metadata_store import MetadataStore
from core.artifacts import ArtifactKind
from core.ledger import Decision, LedgerEvent, Stage
from core.supervisor import CONFIRM_ACTION, REQUEST_ACTION, STAGE_PLAN, NextStep, StepKind


def _last(events: Sequence[LedgerEvent], action: str) -> LedgerEvent | None:
    return next((e for e in reversed(events) if e.action == action), None)


def _feasibility(store: MetadataStore, run_id: str) -> str:
    """metadata_only: the feasibility matrix in one line (checks passed, failed, left to data_mode)."""
    art = store.latest(run_id, ArtifactKind.ANALYSIS_REPORT)
    rows = (art.payload.get("feasibility") or []) if art else []
    checks = [v for r in rows for v in r.get("checks", {}).values()]
    failed = sorted({r["column"] for r in rows if False in r.get("checks", {}).values()})
    return (f"feasibility of {len(rows)} target columns: {checks.count(True)} checks pass, "
            f"{checks.count(False)} fail{' (' + ', '.join(failed) + ')' if failed else ''}, "
            f"{checks.count(None)} need the data (checked in data_mode)")


def _figures(stage: Stage, events: Sequence[LedgerEvent]) -> str:
    """One line of figures per stage, from its own ledger events."""
    def d(action: str) -> dict[str, Any]:
        ev = _last(events, action)
        return ev.detail if ev else {}

    if stage is Stage.INGEST:
        rows = d("catalog.build").get("rows", {})
        pack = d("sample_pack.build").get("tables", {})
        masked = sum(int(t.get("rows", 0)) for t in pack.values()) if pack else 0
        headless = sorted(k for k, v in d("catalog.header_row").get("tables", {}).items() if not v.get("present", True))
        return (f"{len(rows)} table(s), {sum(rows.values())} source rows; "
                + (f"{masked} masked sample rows" if pack else "no row samples (metadata_only)")
                + (f"; no header row (first record read as data): {', '.join(headless)}" if headless else ""))
    if stage is Stage.DOMAINS:
        s = d("domains.assign").get("summary", {})
        return (f"{s.get('columns', 0)} columns: {s.get('high', 0)} high, {s.get('borderline', 0)} borderline, "
                f"{s.get('low', 0)} low; {s.get('pii', 0)} PII")
    if stage is Stage.MAPPING:
        s = d("mapping.plan").get("summary", {})
        return (f"{s.get('columns', 0)} target columns: {s.get('accept', 0)} accepted, {s.get('hold', 0)} on hold, "
                f"{s.get('fix', 0)} to fix; {s.get('overrides', 0)} review answer(s)")
    if stage is Stage.ANALYSIS:
        s = d("analysis.report")
        return f"{s.get('findings', 0)} finding(s), {s.get('errors', 0)} error(s), {s.get('fixes', 0)} proposed fix(es)"
    pre = d("migration.preflight")
    text = (f"pre-flight: {pre.get('chunks', 0)} chunk(s) of {pre.get('rows', 0)} rows"
            + (" (dry run: the plan only)" if pre.get("dry_run") else ""))
    chunks = {e.detail.get("chunk_id") for e in events if e.action == "migration.chunk"}
    if chunks:
        text += f"; {len(chunks)} chunk(s) checkpointed"
    val = d("migration.validations")
    if val:
        text += "; validations " + ", ".join(f"{k} {'pass' if v.get('passed') else 'FAIL'}" for k, v in val.items())
    return text


def _decision(stage: Stage, events: Sequence[LedgerEvent]) -> str:
    gates = [g for step in STAGE_PLAN if step.stage is stage for g in step.gates]
    decided = [e for g in gates if (e := _last(events, f"gate.{g}")) is not None]
    if not decided:
        return "not run"
    words = sorted({e.decision.value for e in decided})
    confirms = [e for e in events if e.action == CONFIRM_ACTION and e.detail.get("stage") == stage.value
                and e.human_confirmation.actor]
    text = "/".join(words)
    if confirms:
        c = confirms[-1]
        text += f", confirmed by {c.human_confirmation.actor} ({c.detail.get('role')}, {c.detail.get('source', 'cli')})"
    return text


def _next_lines(run_id: str, step: NextStep, events: Sequence[LedgerEvent]) -> list[str]:
    """Why the run stands where it stands (a hold, a halt and its errors, a stop) and the commands that continue it."""
    confirm = f"mapwright run confirm {run_id} --stage {step.stage.value if step.stage else '<STAGE>'} --user <you> " \
              "--role Operator"
    if step.kind is StepKind.HOLD and step.stage is not None:
        review = f"answer its questions with mapwright review {run_id}, then " if step.stage is Stage.MAPPING else ""
        return [f"HELD at {step.stage.value}: " + "; ".join(step.reasons) + ".",
                f"  to continue: {review}{confirm}, then mapwright run advance {run_id}"]
    if step.kind is StepKind.STOPPED:
        return ["STOPPED: " + "; ".join(step.reasons) + ".",
                f"  to continue: mapwright run resume {run_id}, then mapwright run advance {run_id}"]
    if step.kind is not StepKind.HALTED:
        return []
    lines = ["HALTED" + (f" at {step.stage.value}" if step.stage else "") + ": " + "; ".join(step.reasons) + "."]
    # the last error of the stage, as recorded (taxonomy messages name the place and the fix): a reject, or the
    # transient error each attempt met when the attempts ran out (an unreachable source: retried, then halted)
    errors = [e for e in events if e.stage is step.stage and e.error_code
              and e.decision in (Decision.REJECT, Decision.RETRY) and e.detail.get("message")]
    if errors:
        lines.append(f"  error [{errors[-1].error_code}]: {errors[-1].detail['message']}")
    if step.stage is not None:
        lines.append(f"  to continue once the cause is fixed: {confirm}, then mapwright run advance {run_id}")
    return lines


def summary_lines(store: MetadataStore, run_id: str, step: NextStep) -> list[str]:
    """The summary as lines of text (tested; printed by :func:`print_summary`)."""
    record = store.require_run(run_id)
    events = list(store.events(run_id))
    lines = [f"mapping run {run_id} ({record.contract.mode.value}): {record.status.value}"]
    for stage in dict.fromkeys(s.stage for s in STAGE_PLAN):
        lanes = sorted({e.detail.get("lane", "") for e in events
                        if e.action == REQUEST_ACTION and e.detail.get("stage") == stage.value} - {""})
        decision = _decision(stage, events)
        lines.append(f"  {stage.value:<9} {decision:<58} lane {'/'.join(lanes) or '-'}")
        if decision != "not run":  # a stage not reached has no figures (zeros would read as results)
            lines.append(f"  {'':<9} {_figures(stage, events)}")
        if stage is Stage.ANALYSIS and record.contract.mode.value == "metadata_only":
            lines.append(f"  {'':<9} {_feasibility(store, run_id)}")
    promoted = _last(events, "migration.promoted")
    pre = _last(events, "migration.preflight")
    if promoted is not None and pre is not None:
        lines.append(f"migrated: {promoted.detail.get('rows')} rows into table {promoted.detail.get('table')}, "
                     f"{promoted.detail.get('quarantined')} quarantined")
        lines.append(f"target:   {pre.detail.get('target')}")
    elif pre is not None and pre.detail.get("dry_run"):
        lines.append(f"dry-run migration plan: {pre.detail.get('chunks')} chunk(s) into table "
                     f"{pre.detail.get('table')} at {pre.detail.get('target')} (nothing written)")
    lines += _next_lines(run_id, step, events)
    lines += ["inspect:",
              f"  mapwright run show {run_id}",
              f"  mapwright ledger {run_id}",
              f"  mapwright analysis show {run_id}",
              *([f"  mapwright migration status {run_id}", f"  mapwright quarantine list {run_id}"]
                if promoted is not None else []),
              f"UI: scripts/ui.sh, then http://127.0.0.1:3000 (DAGSTER_HOME={os.environ.get('DAGSTER_HOME', '')}):",
              "  Runs: one run per stage (ingest_job ... promotion_job);",
              f"  Assets > an asset (catalog, domain_assignments, mapping_plan, ...) > Partitions > {run_id}"]
    return lines


def print_summary(store: MetadataStore, run_id: str, step: NextStep, *, log_path: Path | None = None) -> None:
    """Print :func:`summary_lines` (and where Dagster's log went)."""
    for line in summary_lines(store, run_id, step):
        print(line)
    if log_path is not None:
        print(f"Dagster log: {log_path}")
