"""A model's second opinion where the rules are unsure (:mod:`core.mapping.provider`)."""

from __future__ import annotations

from typing import Any

from core.errors import DSLReject
from core.mapping import strategies as st
from core.mapping.models import Assignment, TargetRanking
from core.mapping.plan_inputs import PlanInputs
from core.mapping.proposal_choice import best_proposal, private
from core.mapping.provider import unsure
from core.mapping.target import TargetColumn
from core.mapping.validation import Validation


def consult(target: TargetColumn, a: Assignment, ranking: TargetRanking | None, props: list[st.Proposal],
             got: tuple[st.Proposal, Validation] | None, inp: PlanInputs,
             ) -> tuple[tuple[st.Proposal, Validation] | None, Assignment]:
    """Ask the model when the rules are unsure (``core.mapping.provider``); its proposals compete with
    the rules' on the same validation, after the same privacy gate (:mod:`core.mapping.value_privacy`: a model's
    constant that carries a value of a column the masker does not clear is never stored); a winner reading other
    sources moves the assignment to them."""
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
    extra = private(target, cols, extra, inp, every_column=True)
    if not extra:
        return got, a
    new = best_proposal(target, props + extra, inp)
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
