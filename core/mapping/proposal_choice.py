"""Proposals for one target column and the choice among them: every strategy's proposal for the
assigned source(s), validated (on the sample in data_mode, symbolically otherwise), ranked by fit on
the example pairs, pass rate and strategy priority, with SQL for the target's dialect
(:mod:`core.mapping.sql_choice`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.errors import DSLReject
from core.mapping import strategies as st
from core.mapping.arith_strategy import arith_compose
from core.mapping.code_slices import slice_proposals
from core.mapping.date_parts import embedded_date_proposal
from core.mapping.initial_groups import initial_proposals, initial_target
from core.mapping.models import Assignment
from core.mapping.number_strategy import number_part_proposals
from core.mapping.part_strategies import cjk_name_split, locator_parts, separator_parts
from core.mapping.plan_inputs import PlanInputs
from core.mapping.side import MatchColumn, spec_of
from core.mapping.sql_choice import SqlChoice, choose, sql_requirement
from core.mapping.target import TargetColumn
from core.mapping.time_strategy import date_time_compose
from core.mapping.unit_strategy import unit_compose
from core.mapping.validation import Validation, on_examples, on_sample, symbolic
from core.mapping.value_map_strategy import learned_value_map
from core.mapping.value_privacy import ClearColumns, gate
from core.pii.ports import PiiMasker
from core.pii.table_context import mask_in_context
from core.vocab.models import DomainCatalog

EXAMPLES_SHOWN = 3
_PRIORITY = {"override": 0, "remembered": 1, "synth": 2, "value_map": 3, "reformat": 4, "date": 5,
             "type_alignment": 6, "compose": 7, "arithmetic": 7, "decompose": 7, "atomic": 8, "provider": 9}



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
        if len(cols) == 2 and target.logical_type in ("int", "float", "decimal"):
            out += unit_compose(target, cols[0], cols[1])  # a value and its unit column
            out += arith_compose(target, cols[0], cols[1], inp.relations.get(target.name, []))  # the examples' relation
        if len(cols) == 2 and target.logical_type == "datetime":
            out += date_time_compose(target, cols[0], cols[1])  # a date and a time of day
    elif a.kind == "decompose" and cols and target.logical_type in ("date", "datetime"):
        out += embedded_date_proposal(target, cols[0])  # a birth date inside an id, a date inside a text
    elif a.kind == "decompose" and cols and target.logical_type == "string":
        whole = spec_of(inp.domain_catalog, cols[0].domain)
        parts = whole.composite_of if whole else []
        idx = parts.index(target.domain) if target.domain in parts else 0
        initials = initial_proposals(target, cols[0]) if initial_target(inp.target_examples.get(target.name)) else []
        if initials:  # Jelle K. Dijkstra -> K: a target of initials takes no word (names without one give null)
            return out + initials
        out += slice_proposals(target, cols[0], inp.target_examples.get(target.name))  # HLBU5131224 -> HLBU
        out += st.decompose(target, cols[0], idx, max(len(parts), 2))
        if target.domain in ("person.last_name", "person.first_name"):  # solid CJK names (김민준)
            out += cjk_name_split(target, cols[0], family=target.domain == "person.last_name")
        out += locator_parts(target, cols[0])  # Block B / Row 12 / Seat 7
        out += separator_parts(target, cols[0])  # NEL^LWAZI
        out += initial_proposals(target, cols[0])
    elif a.kind == "decompose" and cols:
        out += number_part_proposals(target, cols[0], inp.target_examples.get(target.name))  # 131/68 mmHg, first
        out += slice_proposals(target, cols[0], inp.target_examples.get(target.name))  # is2021237114 -> 2021
        out += locator_parts(target, cols[0])
        out += separator_parts(target, cols[0])
    elif cols:
        out += st.atomic(target, cols[0], inp.domain_catalog)
        out += learned_value_map(target, cols[0], inp.examples.get(target.name) or [], inp.domain_catalog)
    return private(target, cols, out, inp)


def private(target: TargetColumn, cols: list[MatchColumn], out: list[st.Proposal],
             inp: PlanInputs, *, every_column: bool = False) -> list[st.Proposal]:
    """``out`` through the privacy gate of proposals that carry values (:mod:`core.mapping.value_privacy`): every
    proposal that may reach the plan passes here, the rules', a model's (:mod:`core.mapping.consult`), a person's
    answer and a remembered one (:func:`core.mapping.planner.plan_column`) alike;
    ``cols``: the source columns the proposals were made from (their values are what a constant may carry);
    ``every_column`` (a model's proposals): a constant is checked against every source column's values too."""
    if inp.clear is None:
        inp.clear = ClearColumns(inp.masker, inp.sources, inp.domain_catalog)
    kept, notes = gate(target, cols, out, inp.clear, inp.examples.get(target.name) or [],
                       inp.target_examples.get(target.name) or [], every_column=every_column)
    if notes:
        inp.withheld.setdefault(target.name, []).extend(n for n in notes if n not in inp.withheld[target.name])
    return kept


def masked_examples(v: Validation, target: str, masker: PiiMasker | None,
                    context: Mapping[str, MatchColumn] | None = None) -> list[dict[str, Any]]:
    """Up to :data:`EXAMPLES_SHOWN` rows of a validation (failures first), masked before/after; a source column is
    also decided in its table (``context``: every source column by name, :mod:`core.pii.table_context`)."""
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
        masked = mask_in_context(masker, list(flat[0]), flat, context,
                                 alias={k: k[3:] for k in flat[0] if k.startswith("in.")}, derived=[target])
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


def fits(target: TargetColumn, p: st.Proposal, pairs: list[tuple[list[str | None], str | None]],
          inp: PlanInputs) -> float:
    """Share of the example pairs a proposal reproduces (0 when it is refused)."""
    assert p.pipeline is not None
    try:
        return round(on_examples(p.pipeline, target, pairs, inp.near_window), 3)
    except DSLReject:
        return 0.0


def best_proposal(target: TargetColumn, props: list[st.Proposal], inp: PlanInputs,
          sink: list[SqlChoice] | None = None) -> tuple[st.Proposal, Validation] | None:
    """The best validated proposal with its SQL for the target's dialect (:mod:`core.mapping.sql_choice`);
    the whole choice (why proposals did not compile) is appended to ``sink``."""
    scored = [(p, v) for p in props if (v := validate(target, p, inp)) is not None]
    if not scored:
        return None
    pairs = inp.examples.get(target.name) or []

    def key(p: st.Proposal, v: Validation) -> tuple[float, float]:
        return fits(target, p, pairs, inp), round(v.pass_rate, 3)

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
