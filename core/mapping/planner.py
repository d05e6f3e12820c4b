"""Per target column: proposals -> validation -> the chosen pipeline and the decision.

Decision rules (reasons are recorded with each):

* **hold**: a required (NOT NULL, no default) column has no source; the match score is under
  :data:`MATCH_MIN`; the best two candidates are within :data:`CLOSE_CALL` of each other; no
  proposal passes validation; metadata_only and the match is not strong (< :data:`STRONG`); where
  the plan needs SQL for the target's dialect (:mod:`core.mapping.sql_choice`), no proposal compiles
  or only one that fits worse than a refused one;
* **fix**: data_mode and the best proposal's pass rate is under ``mapping.accept_rate_min``
  (the source is right, the transformation needs a person: an edited pipeline, examples, a
  value mapping) — also an override that no longer passes;
* **accept**: otherwise; a nullable column without a source is accepted as left empty.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from core.errors import DSLReject
from core.mapping import strategies as st
from core.mapping.models import Assignment, MatchReport, TargetRanking
from core.mapping.plan import Alternative, ColumnPlan
from core.mapping.provider import ProviderAdvisor, Recorder, unsure
from core.mapping.side import MatchColumn, spec_of
from core.mapping.sql_choice import SqlChoice, choose, sql_requirement
from core.mapping.target import TargetColumn
from core.mapping.validation import Validation, on_examples, on_sample, symbolic
from core.pii.ports import PiiMasker
from core.vocab.models import DomainCatalog

MATCH_MIN = 0.55
STRONG = 0.75
CLOSE_CALL = 0.02
EXAMPLES_SHOWN = 3
_PRIORITY = {"override": 0, "remembered": 1, "synth": 2, "value_map": 3, "reformat": 4, "date": 5,
             "type_alignment": 6, "compose": 7, "decompose": 7, "atomic": 8, "provider": 9}


@dataclass
class PlanInputs:
    """Everything planning one run needs (values are raw and in memory only)."""

    mode: str
    dialect: str
    accept_rate_min: float
    near_window: float
    domain_catalog: DomainCatalog | None
    sources: dict[str, MatchColumn]
    rows: list[dict[str, Any]] = field(default_factory=list)
    examples: dict[str, list[tuple[list[str | None], str | None]]] = field(default_factory=dict)
    expected: dict[str, dict[int, Any]] = field(default_factory=dict)
    masker: PiiMasker | None = None
    on_reject: Callable[[str, st.Proposal, DSLReject], None] | None = None
    #: sample columns converted to a logical type, shared by the proposals that read them
    columns: dict[tuple[str, str], list[Any]] = field(default_factory=dict)
    #: a model's second opinion on unsure columns (None: rules only) and where its failures go
    advisor: ProviderAdvisor | None = None
    record: Recorder | None = None
    target_examples: dict[str, list[str]] = field(default_factory=dict)
    #: the source is a SQL table (the migration may then run the plan in the target: ELT); a file source
    #: always migrates through Polars, so its columns need no SQL (:mod:`core.mapping.sql_choice`)
    source_is_sql: bool = True


def effective(target: TargetColumn, catalog: DomainCatalog | None) -> TargetColumn:
    """The target column with its domain's format as a regex constraint when it declares none."""
    spec = spec_of(catalog, target.domain)
    if target.constraints.regex or spec is None:
        return target
    if not spec.regex or not spec.regex_specific or target.logical_type != "string":
        return target
    return target.model_copy(update={"constraints": target.constraints.model_copy(update={"regex": spec.regex})})


def proposals(target: TargetColumn, a: Assignment, inp: PlanInputs) -> list[st.Proposal]:
    """Every strategy's proposal for the assigned source(s)."""
    cols = [inp.sources[s] for s in a.sources if s in inp.sources]
    out: list[st.Proposal] = []
    if inp.examples.get(target.name):
        out += st.by_example(target, cols, inp.examples[target.name])
    if a.kind == "compose":
        out += st.compose(target, cols)
    elif a.kind == "decompose" and cols and target.logical_type == "string":
        whole = spec_of(inp.domain_catalog, cols[0].domain)
        parts = whole.composite_of if whole else []
        idx = parts.index(target.domain) if target.domain in parts else 0
        out += st.decompose(target, cols[0], idx, max(len(parts), 2))
    elif cols:
        out += st.atomic(target, cols[0], inp.domain_catalog)
    return out


def _masked_examples(v: Validation, target: str, masker: PiiMasker | None) -> list[dict[str, Any]]:
    picked = [r for r in v.rows if r[0] != "success"][:EXAMPLES_SHOWN] or v.rows[:EXAMPLES_SHOWN]
    picked = picked[:EXAMPLES_SHOWN]
    if not picked:
        return []
    flat = [{**{f"in.{k}": (None if x is None else str(x)) for k, x in inp.items()},
             target: None if out is None else str(out)} for _, inp, out in picked]
    if masker is None:
        from core.mapping.features import shape

        masked = [{k: (None if x is None else shape(x)) for k, x in r.items()} for r in flat]
    else:
        masked = masker.mask_rows(list(flat[0]), flat).rows
    return [{"status": s, "before": {k[3:]: x for k, x in m.items() if k.startswith("in.")},
             "after": m.get(target)} for (s, _, _), m in zip(picked, masked, strict=True)]


def validate(target: TargetColumn, p: st.Proposal, inp: PlanInputs) -> Validation | None:
    """Validation of one proposal; an out-of-policy proposal is reported and dropped."""
    assert p.pipeline is not None
    try:
        if inp.mode == "data_mode" and inp.rows:
            return on_sample(p.pipeline, target, inp.rows, inp.near_window, inp.dialect,
                             inp.expected.get(target.name), inp.columns)
        return symbolic(p.pipeline, target, inp.dialect)
    except DSLReject as exc:
        if inp.on_reject:
            inp.on_reject(target.name, p, exc)
        return None


def _fits(target: TargetColumn, p: st.Proposal, pairs: list[tuple[list[str | None], str | None]],
          inp: PlanInputs) -> float:
    assert p.pipeline is not None
    try:
        return round(on_examples(p.pipeline, target, pairs, inp.near_window), 3)
    except DSLReject:
        return 0.0


def _best(target: TargetColumn, props: list[st.Proposal], inp: PlanInputs,
          sink: list[SqlChoice] | None = None) -> tuple[st.Proposal, Validation] | None:
    """The best validated proposal with its SQL for the target's dialect (:mod:`core.mapping.sql_choice`);
    the whole choice (why proposals did not compile) is appended to ``sink``."""
    scored = [(p, v) for p in props if (v := validate(target, p, inp)) is not None]
    if not scored:
        return None
    pairs = inp.examples.get(target.name) or []

    def key(p: st.Proposal, v: Validation) -> tuple[float, float]:
        return _fits(target, p, pairs, inp), round(v.pass_rate, 3)

    def check(p: st.Proposal) -> tuple[Validation, tuple[float, float]] | None:
        v = validate(target, p, inp)
        return None if v is None else (v, key(p, v))

    ranked = [(p, v, key(p, v)) for p, v in scored]
    ranked.sort(key=lambda r: (-r[2][0], -r[2][1], _PRIORITY.get(r[0].strategy, 9)))
    required, reason = sql_requirement(inp.dialect, inp.source_is_sql)
    report = inp.on_reject
    got = choose(ranked, inp.dialect, required, reason, check,
                 None if report is None else (lambda p, exc: report(target.name, p, exc)))
    if sink is not None:
        sink.append(got)
    return got.chosen


def _consult(target: TargetColumn, a: Assignment, ranking: TargetRanking | None, props: list[st.Proposal],
             got: tuple[st.Proposal, Validation] | None, inp: PlanInputs,
             ) -> tuple[tuple[st.Proposal, Validation] | None, Assignment]:
    """Ask the model when the rules are unsure (``core.mapping.provider``); its proposals compete with
    the rules' on the same validation; a winner reading other sources moves the assignment to them."""
    assert inp.advisor is not None
    why = unsure(a.margin, got[1].pass_rate if got else None, inp.accept_rate_min,
                 inp.mode == "data_mode" and bool(inp.rows))
    if why is None:
        return got, a
    names = list(a.sources)
    if why.startswith("near tie") and ranking is not None:
        names += [n for c in ranking.candidates[:2] for n in c.sources if n not in names]
    cols = [inp.sources[n] for n in names if n in inp.sources]

    def record(t: str, exc: Any, detail: dict[str, Any]) -> None:
        if inp.record is not None:
            inp.record(t, exc, detail)

    def rejected(p: st.Proposal, exc: DSLReject) -> None:
        if inp.on_reject is not None:
            inp.on_reject(target.name, p, exc)

    extra = inp.advisor.propose(target, cols, inp.examples.get(target.name) or [],
                                inp.target_examples.get(target.name) or [], why, inp.domain_catalog, record, rejected)
    if not extra:
        return got, a
    new = _best(target, props + extra, inp)
    if new is None:
        return got, a
    p = new[0]
    assert p.pipeline is not None
    if p.strategy == "provider" and sorted(p.pipeline.inputs) != sorted(a.sources):
        cand = next((c for c in (ranking.candidates if ranking else []) if sorted(c.sources) ==
                     sorted(p.pipeline.inputs)), None)
        a = Assignment(target=a.target, sources=list(p.pipeline.inputs),
                       kind="compose" if len(p.pipeline.inputs) > 1 else "atomic",
                       score=cand.score if cand else a.score, margin=a.margin)
    return new, a


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
    props = [forced] if forced else proposals(target, a, inp)
    sink: list[SqlChoice] = []
    got = _best(tgt, props, inp, sink)
    refusals = sink[0].refusals if sink else []
    if not forced and inp.advisor is not None:
        got, a = _consult(tgt, a, ranking, props, got, inp)
    cand = next((c for c in (ranking.candidates if ranking else []) if c.sources == a.sources), None)
    upd: dict[str, Any] = {"sources": a.sources, "kind": a.kind, "match_score": a.score,
                           "evidence": cand.evidence if cand else None}
    if got is None:
        why = ["no proposal passes validation"]
        if refusals:
            why = [f"no valid proposal compiles for {inp.dialect}: "
                   f"{sql_requirement(inp.dialect, inp.source_is_sql)[1]}", *refusals[:3]]
        return base.model_copy(update={**upd, "decision": "hold", "reasons": why})
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
    if decision == "accept" and v.mode == "data_mode" and v.pass_rate < inp.accept_rate_min:
        decision = "fix"
        reasons = [f"pass rate {v.pass_rate:.3f} < accept_rate_min {inp.accept_rate_min}"] + [
            f"{n} row(s): {why}" for why, n in sorted(v.failures.items(), key=lambda kv: -kv[1])]
        if forced:
            reasons.insert(0, "the override no longer passes validation")
    pairs = inp.examples.get(target.name) or []
    fit = _fits(tgt, p, pairs, inp) if pairs else None
    if decision == "accept" and fit is not None and fit < 1.0:
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
        "confidence": round(a.score * rate, 4), "rationale": [p.rationale, *v.notes],
        "examples": _masked_examples(v, target.name, inp.masker), "figures": figures, "failures": v.failures,
        "decision": decision, "reasons": reasons, "provenance": p.provenance,
        "value_map_unmatched": len(p.value_map_unmatched), "rows_affected": v.fail + v.near})
