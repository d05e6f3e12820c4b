"""The strategy of a number-part decompose (:mod:`core.mapping.number_parts`): one DSL pipeline per position of
the numbers written in the source's values (``131/68 mmHg`` -> 131 or 68), the position the target's examples
fit best first, so that validation against the example pairs (where target rows join the sample) picks the
position; where none join, the first is *pinned* only when the examples' distribution picks it clearly
(:func:`core.mapping.number_parts.clear`), else the plan holds the column (:mod:`core.mapping.decompose_pin`)."""

from __future__ import annotations

from collections.abc import Sequence

from core.mapping.number_parts import (
    clear,
    number_part_steps,
    numbers_in,
    position_fits,
    swiss_apostrophes,
    target_numbers,
)
from core.mapping.side import MatchColumn
from core.mapping.strategies import Proposal
from core.mapping.target import TargetColumn
from dsl.models import Pipeline

DSL_NEEDED = "1.5.0"
_NAMES = {0: "first", 1: "second", 2: "third", -1: "last"}


def number_part_proposals(target: TargetColumn, src: MatchColumn, examples: Sequence[str] | None) -> list[Proposal]:
    """One proposal per position of the numbers inside ``src``'s values, best fitting ``examples`` first."""
    if target.logical_type not in ("int", "float", "decimal") or src.logical_type != "string":
        return []
    found = numbers_in(src.values or [])
    if found is None:
        return []
    rows, comma = found
    probe = MatchColumn(table="", name=target.name, original_name=target.name, logical_type=target.logical_type,
                        values=[str(v) for v in examples or []])
    ex = target_numbers(probe)
    fits = position_fits(ex, rows) if ex is not None else []
    ranked = [k for k, _ in fits]
    pinned = clear(fits)
    order = ranked + [k for k in (0, 1, 2, -1) if k not in ranked]
    to = "int" if target.logical_type == "int" else "float"
    swiss = swiss_apostrophes(src.values)
    out: list[Proposal] = []
    for k in order:
        pipe = Pipeline.model_validate({
            "dsl_version": DSL_NEEDED, "inputs": [src.name], "outputs": [target.name],
            "steps": number_part_steps(src.name, target.name, k, to, comma, swiss),
            "input_types": {src.name: src.logical_type}})
        out.append(Proposal(strategy="decompose", pipeline=pipe,
                            rationale=f"the {_NAMES.get(k, str(k))} number written in {src.name}'s values",
                            pinned=pinned and not out))
    return out
