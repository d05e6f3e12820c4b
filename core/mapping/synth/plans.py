"""Plans: one program, or several joined with ``coalesce`` (each optionally guarded by an
input shape), plus an optional empty-string fallback — their Python evaluation and their
emission as a DSL pipeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.mapping.synth.emit import emit, emit_switch
from core.mapping.synth.search import Part, Row, run
from dsl.models import Pipeline

Branch = tuple[tuple[str | None, ...], tuple[Part, ...]]


@dataclass(frozen=True)
class Plan:
    """Branches tried in order (first non-null wins); ``empty``: null becomes "" (non-null first input)."""

    branches: tuple[Branch, ...]
    cost: float
    kind: str
    empty: bool = False
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    #: the output of a blank (empty or whitespace) first input, checked before the branches
    fallback: str | None = None


def guard_ok(shapes: tuple[str | None, ...], row: Row) -> bool:
    """Python mirror of the shape guards (regex_extract group 0, null when empty)."""
    return all(s is None or (v is not None and v != "" and re.search(s, v) is not None)
               for s, v in zip(shapes, row, strict=True))


def run_plan(plan: Plan, row: Row) -> str | None:
    """Python evaluation of a plan."""
    if plan.fallback is not None and row and row[0] is not None and row[0].strip(" \t\n\r\x0b\x0c") == "":
        return plan.fallback
    got = None
    for shapes, parts in plan.branches:
        if guard_ok(shapes, row):
            got = run(parts, row)
            if got is not None:
                break
    if got is None and plan.empty and row and row[0] is not None:
        return ""
    return got


def passed(plan: Plan, rows: list[Row], outs: list[str | None]) -> int:
    """How many examples the plan reproduces."""
    return sum(run_plan(plan, r) == o for r, o in zip(rows, outs, strict=True))


def emit_plan(plan: Plan, names: list[str], types: dict[str, str]) -> Pipeline:
    """The plan as a pipeline with output ``out``."""
    if len(plan.branches) == 1 and not plan.empty and plan.fallback is None and \
            all(s is None for s in plan.branches[0][0]):
        return emit(plan.branches[0][1], names, types)
    return emit_switch([(list(s), p) for s, p in plan.branches], names, types, empty=plan.empty,
                       fallback=plan.fallback)
