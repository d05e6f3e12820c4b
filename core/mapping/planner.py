"""Per target column: proposals -> validation -> the chosen pipeline and the decision.

Decision rules (reasons are recorded with each):

* **hold**: a required (NOT NULL, no default) column has no source; the match score is under
  :data:`MATCH_MIN`; the best two candidates are within :data:`CLOSE_CALL` of each other; no
  proposal passes validation; metadata_only and the match is not strong (< :data:`STRONG`); where
  the plan needs SQL for the target's dialect (:mod:`core.mapping.sql_choice`), no proposal compiles
  or only one that fits worse than a refused one; a decompose whose part is not pinned by examples
  (:mod:`core.mapping.decompose_pin`: other parts pass validation alike);
* **fix**: data_mode and the best proposal's pass rate is under ``mapping.accept_rate_min``
  (the source is right, the transformation needs a person: an edited pipeline, examples, a
  value mapping) — also an override that no longer passes;
* **accept**: otherwise; a nullable column without a source is accepted as left empty.
"""

from __future__ import annotations

from typing import Any

from core.mapping import strategies as st
from core.mapping.consult import consult
from core.mapping.decompose_pin import unpinned
from core.mapping.models import Assignment, MatchReport
from core.mapping.overrides import ACCEPTED_AS_PLANNED
from core.mapping.plan import Alternative, ColumnPlan
from core.mapping.plan_inputs import PlanInputs
from core.mapping.proposal_choice import (
    best_proposal,
    effective,
    fits,
    masked_examples,
    private,
    proposals,
    validate,
)
from core.mapping.sql_choice import SqlChoice, sql_requirement
from core.mapping.target import TargetColumn

__all__ = ["CLOSE_CALL", "MATCH_MIN", "STRONG", "PlanInputs", "effective", "plan_column", "proposals", "validate"]

MATCH_MIN = 0.55
#: metadata_only's bar: the match score at which assignments are right as often (precision 0.889 on the 62 dev
#: pairs) as they were at 0.75 on the former metadata_only weights (session 12: :mod:`core.mapping.eval_bar`,
#: ``tools/mapping_bar.py``; re-derive it whenever :func:`core.mapping.scoring.params_for` changes)
STRONG = 0.66
CLOSE_CALL = 0.02
#: the first reason of a column whose override the value-privacy gate refused (:func:`plan_column`)
REFUSED_OVERRIDE = "the person's answer was not used: it holds literal values of a column the PII policy masks"


def plan_column(target: TargetColumn, report: MatchReport, inp: PlanInputs,
                forced: st.Proposal | None = None, forced_sources: Assignment | None = None) -> ColumnPlan:
    """Plan one target column (``forced``: an override's or remembered proposal)."""
    tgt = effective(target, inp.domain_catalog)
    a = forced_sources or report.assigned(target.name)
    ranking = next((r for r in report.targets if r.target == target.name), None)
    alts = [Alternative(sources=c.sources, kind=c.kind, score=c.score) for c in (ranking.candidates if ranking else [])
            if not a or c.sources != a.sources][:3]
    base = ColumnPlan(target=target.name, target_type=target.logical_type, domain=target.domain, alternatives=alts)
    if a is None:
        required = not target.constraints.nullable and target.constraints.default is None
        return base.model_copy(update={
            "decision": "hold" if required else "accept", "confidence": 0.0 if required else 1.0,
            "reasons": ["required target column has no source"] if required else
            [f"no source; the target default {target.constraints.default!r} applies"]
            if target.constraints.default is not None else ["no source; nullable column left empty"]})
    if forced is not None:  # a person's or a remembered proposal passes the value-privacy gate like any other
        kept = private(target, [inp.sources[s] for s in a.sources if s in inp.sources], [forced], inp)
        if not kept or kept[0].pipeline is not forced.pipeline:
            if forced.strategy != "override":
                return plan_column(target, report, inp, None, forced_sources)  # remembered: planned afresh
            return base.model_copy(update={
                "sources": a.sources, "kind": a.kind, "match_score": a.score, "decision": "hold",
                "reasons": [REFUSED_OVERRIDE,
                            "reference a lexicon or give a pipeline without literal personal values"]})
    props = [forced] if forced else proposals(target, a, inp)
    sink: list[SqlChoice] = []
    got = best_proposal(tgt, props, inp, sink)
    refusals = sink[0].refusals if sink else []
    if not forced and inp.advisor is not None:
        got, a = consult(tgt, a, ranking, props, got, inp)
    cand = next((c for c in (ranking.candidates if ranking else []) if c.sources == a.sources), None)
    upd: dict[str, Any] = {"sources": a.sources, "kind": a.kind, "match_score": a.score,
                           "evidence": cand.evidence if cand else None}
    if got is None:
        why = ["no proposal passes validation"]
        if refusals:
            why = [f"no valid proposal compiles for {inp.dialect}: "
                   f"{sql_requirement(inp.dialect, inp.source_is_sql)[1]}", *refusals[:3]]
        return base.model_copy(update={**upd, "decision": "hold", "reasons": why + inp.withheld.get(target.name, [])})
    p, v = got
    assert p.pipeline is not None
    rate = v.pass_rate if v.mode == "data_mode" else 0.9
    reasons: list[str] = []
    decision = "accept"
    if not forced:
        if a.score < MATCH_MIN:
            decision, reasons = "hold", [f"weak match {a.score:.2f} < {MATCH_MIN}"]
        elif a.margin < CLOSE_CALL:
            decision, reasons = "hold", [f"two candidates too close to call (margin {a.margin:.3f})"]
        elif v.mode == "metadata_only" and a.score < STRONG:
            decision, reasons = "hold", [f"metadata_only and match {a.score:.2f} < {STRONG}: needs a person"]
    as_planned = forced is not None and forced.rationale == ACCEPTED_AS_PLANNED
    if as_planned and v.mode == "data_mode" and v.pass_rate < inp.accept_rate_min:
        # `accept` answers a column to fix: the person takes the pipeline as it is; the failing rows are quarantined
        reasons = [f"accepted by a person at pass rate {v.pass_rate:.3f} < accept_rate_min {inp.accept_rate_min}: "
                   "rows that fail go to quarantine"]
    elif decision == "accept" and v.mode == "data_mode" and v.pass_rate < inp.accept_rate_min:
        decision = "fix"
        reasons = [f"pass rate {v.pass_rate:.3f} < accept_rate_min {inp.accept_rate_min}"] + [
            f"{n} row(s): {why}" for why, n in sorted(v.failures.items(), key=lambda kv: -kv[1])]
        if forced:
            reasons.insert(0, "the override no longer passes validation")
    if decision == "accept" and not forced and a.kind == "decompose" and (pin := unpinned(tgt, p, v, props, inp)):
        decision, reasons = "hold", [pin]
    pairs = inp.examples.get(target.name) or []
    fit = fits(tgt, p, pairs, inp) if pairs else None
    if decision == "accept" and fit is not None and fit < 1.0 and not as_planned:
        decision, reasons = "fix", [f"reproduces {fit:.0%} of {len(pairs)} example pair(s)"]
    if sink and sink[0].downgraded and got is sink[0].chosen:
        decision, reasons = "hold", [
            f"a better proposal does not compile for {inp.dialect}: {refusals[0]}",
            sql_requirement(inp.dialect, inp.source_is_sql)[1],
            f"the best that compiles ({p.strategy}) fits worse; choose it, edit a pipeline or give examples",
            *(reasons if decision == "hold" else [])]
    if decision == "accept":
        reasons = reasons or [f"match {a.score:.2f}" + (f", pass rate {v.pass_rate:.3f}" if v.mode == "data_mode"
                                                         else ", symbolic dry run passed")]
    figures: dict[str, float | int] = {"rows": v.total, "success": v.success, "near": v.near, "fail": v.fail,
                                       "pass_rate": v.pass_rate}
    if fit is not None:
        figures |= {"example_pairs": len(pairs), "examples_fit": fit}
    return base.model_copy(update={
        **upd, "strategy": p.strategy, "pipeline": p.pipeline.model_dump(mode="json"),
        "pipeline_hash": p.pipeline.content_hash(), "compiled_sql": v.compiled_sql,
        "confidence": round(a.score * rate, 4),
        "rationale": [p.rationale, *v.notes, *inp.withheld.get(target.name, [])],
        "examples": masked_examples(v, target.name, inp.masker, inp.sources), "figures": figures,
        "failures": v.failures,
        "decision": decision, "reasons": reasons, "provenance": p.provenance,
        "value_map_unmatched": len(p.value_map_unmatched), "rows_affected": v.fail + v.near})
