"""The Mapping stage entry point: ``run_mapping(contract, ports) -> StageOutcome``.

Flow: source catalog and domain assignments (artifacts of the earlier stages) -> target intake
(Target Catalog artifact; domains for undeclared columns) -> in data_mode, the deterministic
sample of the source read into memory under the policy engine (SAMPLE_EXECUTION) -> matching
-> per target column: override, remembered decision or proposals -> validation -> decision ->
Mapping Plan artifact, ``mapping.plan`` ledger event and the ``mapping_plan_gate``. Any
taxonomy error is recorded (``mapping.*`` REJECT/RETRY event) and re-raised; artifacts are
written only after everything they depend on succeeded, so nothing is half-persisted.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

from core.artifacts import ArtifactKind
from core.catalog import Catalog
from core.contract import Mode, RunContract
from core.domains.assignments import DomainAssignments
from core.errors import DeterministicFailure, DSLReject, MapwrightError
from core.gates import GateResult, record_gate
from core.ingest.sampling import choose_plan, json_rows
from core.ledger import Decision, HumanConfirmation, LedgerRecorder, Stage
from core.mapping import memory, overrides
from core.mapping.arith_strategy import shown_relations
from core.mapping.assemble import example_pairs, lineage, plan_code, plan_tables, summary
from core.mapping.declared_domains import require_known_domains
from core.mapping.deltas import alias_deltas
from core.mapping.domaining import assign_target_domains, classify_tables
from core.mapping.errors import AnswerCarriesPersonalValues
from core.mapping.intake import load_target
from core.mapping.match import match_columns
from core.mapping.models import Assignment
from core.mapping.plan import ColumnPlan, MappingPlan
from core.mapping.planner import REFUSED_OVERRIDE, PlanInputs, plan_column
from core.mapping.ports import MappingPorts
from core.mapping.provider import ProviderAdvisor
from core.mapping.side import source_columns, target_columns, with_cells
from core.mapping.strategies import Proposal
from core.mapping.target import TargetIntake
from core.pii.run_day import dated, run_as_of
from core.policy import Action, PolicyRequest
from core.providers.context import CallContext
from core.stage import OutputOutcome, StageOutcome
from dsl.errors import DSLError
from dsl.models import Pipeline

PLAN_ACTION = "mapping.plan"
PROVIDER_ACTION = "mapping.provider"
DEFAULT_DIALECT = "duckdb"


def _rec(contract: RunContract, ports: MappingPorts) -> LedgerRecorder:
    return LedgerRecorder(ports.ledger, contract.run_id, contract_hash=contract.contract_hash(),
                          policy_version=ports.policy.version, threshold_profile_id=ports.profile.profile_id,
                          dsl_version=contract.dsl_version)


def _allowed(contract: RunContract, ports: MappingPorts, action: Action) -> bool:
    return ports.policy.evaluate(PolicyRequest(action=action, run_id=contract.run_id, mode=contract.mode,
                                               role=contract.rbac_actor.role,
                                               actor=contract.rbac_actor.user_id)).allowed


def mapping_gate(plan: MappingPlan) -> GateResult:
    """The blocking gate: every target column accepted; holds and fixes hold the run."""
    s = plan.summary

    def named(decision: str) -> str:
        return ", ".join(c.target for c in plan.columns if c.decision == decision)

    problems = [f"{s['hold']} column(s) on hold: {named('hold')}"] if s.get("hold") else []
    problems += [f"{s['fix']} column(s) need a fix: {named('fix')}"] if s.get("fix") else []
    return GateResult(gate="mapping_plan_gate", passed=not problems,
                      decision=Decision.ACCEPT if not problems else Decision.HOLD,
                      reasons=problems or ["every target column accepted"],
                      figures={k: int(v) for k, v in s.items()})


def target_location(contract: RunContract) -> str:
    """The target as intake reads it (``URL#table`` for a live table)."""
    rhs = contract.rhs
    if rhs.source.type == "sql" and rhs.schema_ref:
        return f"{rhs.location}#{rhs.schema_ref}"
    return rhs.location


def _intake(contract: RunContract, ports: MappingPorts, data: bool) -> TargetIntake:
    it = load_target(target_location(contract), ports.open_source, with_rows=data, masker=ports.masker,
                     seed=contract.seed, run_id=contract.run_id)
    require_known_domains(it.catalog.table, ports.domain_catalog)  # a misspelt declared domain is refused
    table, _ = assign_target_domains(it.catalog.table, it.raw_examples, domain_catalog=ports.domain_catalog,
                                     profile=ports.profile, index=ports.index)
    return it.model_copy(update={"catalog": it.catalog.model_copy(update={"table": table})})


def _sample(contract: RunContract, ports: MappingPorts, catalog: Catalog) -> tuple[str, list[dict[str, Any]]]:
    """The deterministic sample of the (first) source table, read into memory only."""
    assert contract.sample_caps is not None
    src = ports.open_source(contract.lhs)
    table = catalog.tables[0]
    src.introspect(with_stats=False)
    df = src.sample(table.name, choose_plan(table, contract.sample_caps, contract.seed))
    return table.name, json_rows(df)


def _forced(o: overrides.Override | None, remembered: dict[str, Any] | None, target: str, types: dict[str, str],
            previous: dict[str, Any] | None) -> tuple[Proposal | None, Assignment | None]:
    if o is not None:
        srcs = o.payload.get("sources") or (previous or {}).get("sources") or []
        asg = Assignment(target=target, sources=srcs, kind="compose" if len(srcs) > 1 else "atomic", score=1.0,
                         margin=1.0) if srcs else None
        if o.kind == "leave_empty":
            return None, None
        return overrides.as_proposal(o, target, srcs, types, previous), asg
    if remembered is not None:
        p = Proposal(strategy="remembered", pipeline=Pipeline.model_validate(remembered["pipeline"]),
                     provenance=f"remembered:{remembered['run_id']}", rationale="accepted in an earlier run")
        return p, Assignment(target=target, sources=remembered["sources"], kind=remembered["kind"], score=1.0)
    return None, None


def _record_pending(contract: RunContract, ports: MappingPorts, pending: overrides.Override,
                    columns: list[ColumnPlan]) -> None:
    """Record a person's answer once planned, unless the value-privacy gate refused it (then nothing is stored)."""
    cp = next(c for c in columns if c.target == pending.target)
    if cp.reasons[:1] == [REFUSED_OVERRIDE]:
        raise AnswerCarriesPersonalValues(pending.target, cp.sources)
    overrides.record(contract, ports.ledger, pending, policy_version=ports.policy.version)


def _provider_summary(advisor: ProviderAdvisor | None) -> dict[str, Any]:
    if advisor is None:
        return {"wired": False}
    return {"wired": True, "asked": advisor.asked, "answered": advisor.answered,
            "fallback": "rules" if advisor.down else None, "down": advisor.down}


def run_mapping(contract: RunContract, ports: MappingPorts, *, use_memory: bool = True,
                pending: overrides.Override | None = None) -> StageOutcome:
    """Plan every target column of the run; store the Mapping Plan; record events and the gate.

    ``pending``: a person's answer (:func:`core.mapping.review.answer`, with its id) planned with the recorded
    overrides and recorded only when the value-privacy gate lets it through; otherwise
    :class:`AnswerCarriesPersonalValues` and nothing is stored (the refusal is on the ledger, without the value)."""
    rec = _rec(contract, ports)
    # example rows are masked counting ages from the run's recorded day (core.pii.run_day)
    ports = replace(ports, masker=dated(ports.masker, run_as_of(ports.ledger, contract.run_id)))
    try:
        return _run(contract, ports, rec, use_memory, pending)
    except (MapwrightError, DSLError) as exc:
        rec.record_error(Stage.MAPPING, PLAN_ACTION, exc)
        raise


def _run(contract: RunContract, ports: MappingPorts, rec: LedgerRecorder, use_memory: bool,
         pending: overrides.Override | None) -> StageOutcome:
    t0 = time.perf_counter()
    cat_art = ports.artifacts.latest(contract.run_id, ArtifactKind.CATALOG)
    if cat_art is None:
        raise DeterministicFailure(f"run {contract.run_id} has no catalog; run the ingest stage first",
                                   run_id=contract.run_id, stage="MAPPING")
    catalog = Catalog.model_validate(cat_art.payload)
    dom_art = ports.artifacts.latest(contract.run_id, ArtifactKind.DOMAIN_ASSIGNMENTS)
    data = contract.mode is Mode.DATA_MODE and _allowed(contract, ports, Action.SAMPLE_EXECUTION)
    intake = _intake(contract, ports, data)
    rows: list[dict[str, Any]] = []
    values = None
    if data:  # sample_execution was allowed just above (a refusal plans in metadata_only)
        tname, rows = _sample(contract, ports, catalog)
        values = {(tname, c): [str(r[c]) for r in rows if r.get(c) not in (None, "")]
                  for c in (rows[0] if rows else {})}
    assignments = (DomainAssignments.model_validate(dom_art.payload) if dom_art else classify_tables(
        catalog.tables, None, domain_catalog=ports.domain_catalog, profile=ports.profile, index=ports.index))
    t1 = time.perf_counter()
    src_cols = source_columns(catalog, assignments, values, len(rows) or None)
    if rows:
        with_cells(src_cols, rows, tname)
    table = intake.catalog.table
    dst_cols = target_columns(table, intake.raw_examples, sampled=intake.catalog.kind != "schema_file")
    report = match_columns(src_cols, dst_cols, ports.domain_catalog, mode=contract.mode.value, embedder=ports.embedder)
    t2 = time.perf_counter()
    target_art = ports.artifacts.put(ArtifactKind.TARGET_CATALOG, contract.run_id, intake.catalog,
                                     contract_hash=contract.contract_hash(), policy_version=ports.policy.version)
    by_name = {c.name: c for c in src_cols}
    pairs, expected = example_pairs(report, table, intake.raw_examples, rows)
    dialect = intake.catalog.dialect or DEFAULT_DIALECT

    def on_reject(target: str, p: Proposal, exc: DSLReject) -> None:
        rec.record_error(Stage.MAPPING, "mapping.proposal", exc, detail={
            "target": target, "strategy": p.strategy, "provenance": p.provenance})

    def on_provider_error(target: str, exc: MapwrightError, detail: dict[str, Any]) -> None:
        rec.record_error(Stage.MAPPING, PROVIDER_ACTION, exc, detail={"target": target, **detail})

    advisor = None if ports.router is None else ProviderAdvisor(
        ports.router, CallContext.from_contract(contract, "MAPPING"), masker=ports.masker, context=by_name)

    inp = PlanInputs(mode=contract.mode.value if data else "metadata_only", dialect=dialect,
                     accept_rate_min=ports.profile.mapping.accept_rate_min,
                     near_window=ports.profile.mapping.near_match_window, domain_catalog=ports.domain_catalog,
                     sources=by_name, rows=rows, examples=pairs, expected=expected, masker=ports.masker,
                     on_reject=on_reject, advisor=advisor, record=on_provider_error,
                     source_is_sql=contract.lhs.source.type == "sql",
                     target_examples={c.name: [str(r[c.name]) for r in intake.raw_examples
                                               if r.get(c.name) not in (None, "")] for c in table.columns},
                     relations=shown_relations(dst_cols) if rows else {})
    active = overrides.active(ports.ledger, contract.run_id) | ({pending.target: pending} if pending else {})
    key = memory.memory_key([inp.mode, *((c.name, c.logical_type) for c in src_cols)], intake.catalog.schema_hash)
    remembered = memory.recall(ports.artifacts, key) if use_memory else {}
    prev_art = ports.artifacts.latest(contract.run_id, ArtifactKind.MAPPING_PLAN)
    previous = {c["target"]: c for c in (prev_art.payload.get("columns", []) if prev_art else [])}
    types = {c.name: c.logical_type for c in src_cols}
    columns: list[ColumnPlan] = []
    for col in table.columns:
        o = active.get(col.name)
        forced, asg = _forced(o, remembered.get(col.name) if not o else None, col.name, types, previous.get(col.name))
        if o is not None and o.kind == "leave_empty":
            cp = ColumnPlan(target=col.name, target_type=col.logical_type, domain=col.domain, decision="accept",
                            confidence=1.0, reasons=["left empty by a person"], provenance=f"override:{o.override_id}",
                            override_id=o.override_id)
        elif o is not None and o.kind == "examples":
            inp.examples[col.name] = [(list(i), out) for i, out in o.payload.get("pairs", [])]
            cp = plan_column(col, report, inp, None, asg)
            cp = cp.model_copy(update={"provenance": f"override:{o.override_id}", "override_id": o.override_id})
        else:
            cp = plan_column(col, report, inp, forced, asg)
            if o is not None:
                cp = cp.model_copy(update={"override_id": o.override_id, "provenance": f"override:{o.override_id}"})
        columns.append(cp)
    if pending is not None:
        _record_pending(contract, ports, pending, columns)
    t3 = time.perf_counter()
    plan = MappingPlan(run_id=contract.run_id, mode=inp.mode, dialect=dialect,
                       source_catalog_hash=cat_art.content_hash, target_catalog_hash=target_art.content_hash,
                       target_table=table.name, columns=columns, unused_sources=[
                           s for s in report.unused_sources if not any(s in c.sources for c in columns)],
                       lineage=lineage(columns, by_name, table.name), summary=summary(columns),
                       versions={"threshold_profile": ports.profile.profile_id, "policy": ports.policy.version,
                                 "dsl": contract.dsl_version, "domain_catalog": ports.domain_catalog.version,
                                 "memory_key": key})
    art = ports.artifacts.put(ArtifactKind.MAPPING_PLAN, contract.run_id, plan, contract_hash=contract.contract_hash(),
                              policy_version=ports.policy.version)
    remembered_n = memory.remember(ports.artifacts, key, plan) if use_memory else 0
    gate = mapping_gate(plan)
    rec.record(Stage.MAPPING, gate.decision, PLAN_ACTION, inputs_hash=cat_art.content_hash,
               outputs_hash=art.content_hash, human_confirmation=HumanConfirmation(required=not gate.passed),
               detail={"summary": plan.summary, "artifact_version": art.version, "mode": plan.mode,
                       "target_catalog": target_art.content_hash, "remembered": remembered_n,
                       "provider": _provider_summary(advisor),
                       "open_questions": [c.target for c in columns if c.decision != "accept"]})
    record_gate(rec, gate, outputs_hash=art.content_hash)
    figures: dict[str, float | int | str | bool] = {**plan.summary, "mode": plan.mode, "dialect": dialect,
                                                    "target_table": table.name}
    timings = {"intake_sample_s": t1 - t0, "match_s": t2 - t1, "plan_s": t3 - t2, "total_s": time.perf_counter() - t0}
    return StageOutcome(stage=Stage.MAPPING, run_id=contract.run_id, outputs=[OutputOutcome(
        name="mapping_plan", artifact=art.ref, gate=gate, figures=figures, tables=plan_tables(plan),
        code=plan_code(plan))],
        extra={"timings": {k: round(v, 4) for k, v in timings.items()}, "plan": plan.model_dump(mode="json"),
               "staged_deltas": [d.model_dump(mode="json") for d in alias_deltas(plan, by_name, ports.domain_catalog)],
               "target_catalog": target_art.ref.model_dump(mode="json")})
