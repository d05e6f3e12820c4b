"""Whether a decompose's part is pinned: a source holding several parts (the numbers of ``1,230 – 1,330 EUR``,
the words and initial of ``Jelle K. Dijkstra``) gets one proposal per part, and where no example row joins the
source every part passes validation alike (type checks only). Validation then cannot tell the parts apart, and
the first proposal would be loaded for any of them (the low bound into ``rent_high``). A decompose is *unpinned*
when another proposal giving other values passes as well (``mapping.accept_rate_min``) and fits the joined
example pairs no worse; the plan holds it for a person to pick, unless the examples' distribution picks the part
on its own (:attr:`core.mapping.strategies.Proposal.pinned`, a number position that is
:func:`core.mapping.number_parts.clear`)."""

from __future__ import annotations

from core.mapping import strategies as st
from core.mapping.plan_inputs import PlanInputs
from core.mapping.proposal_choice import fits, validate
from core.mapping.target import TargetColumn
from core.mapping.validation import Validation

NOTE = ("the part is not pinned by examples: {n} other proposal(s) giving other values pass validation alike "
        "(no example row joins the source to tell them apart); pick the part or give joined examples")


def unpinned(target: TargetColumn, chosen: st.Proposal, v: Validation, props: list[st.Proposal],
             inp: PlanInputs) -> str | None:
    """The hold reason when ``chosen`` (validated as ``v``) is one of several decompose parts that pass alike."""
    if chosen.pinned or chosen.pipeline is None or v.mode != "data_mode" or not v.rows:
        return None
    pairs = inp.examples.get(target.name) or []
    mine_fit = fits(target, chosen, pairs, inp) if pairs else 1.0
    mine = [r[2] for r in v.rows]
    own = chosen.pipeline.content_hash()
    rivals = 0
    for p in props:
        if p is chosen or p.pipeline is None or p.pipeline.content_hash() == own:
            continue
        w = validate(target, p, inp)
        if w is None or w.pass_rate < inp.accept_rate_min or (pairs and fits(target, p, pairs, inp) < mine_fit):
            continue
        rivals += [r[2] for r in w.rows] != mine
    return NOTE.format(n=rivals) if rivals else None
