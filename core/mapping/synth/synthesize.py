"""Transformation by example: search the whitelisted DSL for a pipeline that maps example
inputs to example outputs (offline, deterministic, bounded in time).

Steps: reject unusable or contradictory examples; search one program for all examples
(:mod:`.search`); if none fits, split the examples by input *shape* (runs of digits, letters,
spaces and the literal punctuation between them) and search one program per shape, guarded
and joined with ``coalesce`` (several date or number formats in one column); as a last
resort a lookup table of the seen pairs. Candidates are ranked by examples reproduced, then
by simplicity, and the best is re-run through the DSL engine (:func:`dsl.execute.run_sample`)
so the reported figures are the engine's, not the search's.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from typing import Any

from core.mapping.synth.atoms import LETTER, esc
from core.mapping.synth.emit import OUT, emit, emit_switch
from core.mapping.synth.errors import BadExamples, ContradictoryExamples
from core.mapping.synth.models import Candidate, SynthResult
from core.mapping.synth.search import Part, Program, Row, generate_atoms, lexmap_atoms, run, search
from dsl.execute import run_sample
from dsl.models import Pipeline

Example = tuple[list[str | None], str | None]
K_BEST = 4
MAX_BRANCHES = 4
_RUN = re.compile(f"[0-9]+|[{LETTER}]+|[\\t-\\r ]+|.", re.S)
TEXT_TYPES = ("string", "int", "bool", "date", "datetime")


def shape(value: str | None) -> str | None:
    """Anchored regex of a value's shape: ``"12/3/2024"`` -> ``^[0-9]+/[0-9]+/[0-9]+$``."""
    if value is None:
        return None
    out = []
    for m in _RUN.finditer(value):
        tok = m.group(0)
        if tok[0].isdigit() and tok.isdigit():
            out.append("[0-9]+")
        elif re.fullmatch(f"[{LETTER}]+", tok):
            out.append(f"[{LETTER}]+")
        elif tok[0] in " \t\n\r\x0b\x0c":
            out.append(r"[\t-\r ]+")
        else:
            out.append(esc(tok))
    return "^" + "".join(out) + "$"


def _check(examples: list[Example], names: list[str]) -> None:
    if not examples:
        raise BadExamples("no examples given: pass at least one (inputs -> output) pair")
    for i, (inp, _) in enumerate(examples):
        if len(inp) != len(names):
            raise BadExamples(f"example #{i} has {len(inp)} input values for {len(names)} inputs {names}",
                              example=i)
    first: dict[tuple[str | None, ...], int] = {}
    pairs: list[tuple[int, int]] = []
    for i, (inp, out) in enumerate(examples):
        key = tuple(inp)
        if key in first and examples[first[key]][1] != out:
            pairs.append((first[key], i))
        first.setdefault(key, i)
    if pairs:
        raise ContradictoryExamples(pairs)


def _solve(rows: list[Row], outs: list[str | None], usable: list[bool], deadline: float) -> list[Program]:
    idx = [i for i, o in enumerate(outs) if o]
    if not idx:
        return []
    srows, souts = [rows[i] for i in idx], [outs[i] or "" for i in idx]
    atoms = generate_atoms(srows, souts, usable, deadline)
    for values, atom in lexmap_atoms(srows, souts, usable).items():
        atoms.setdefault(values, atom)
    return search(souts, atoms, K_BEST, deadline)


def _passed(parts: tuple[Part, ...], rows: list[Row], outs: list[str | None]) -> int:
    return sum(run(parts, r) == o for r, o in zip(rows, outs, strict=True))


def _switch(rows: list[Row], outs: list[str | None], usable: list[bool], deadline: float
            ) -> tuple[list[tuple[list[str | None], tuple[Part, ...]]], float] | None:
    groups: dict[tuple[str | None, ...], list[int]] = {}
    for i, r in enumerate(rows):
        groups.setdefault(tuple(shape(v) if u else None for v, u in zip(r, usable, strict=True)), []).append(i)
    if not 1 < len(groups) <= MAX_BRANCHES:
        return None
    branches: list[tuple[list[str | None], tuple[Part, ...]]] = []
    cost = 0.0
    for sig, members in sorted(groups.items(), key=lambda kv: kv[1][0]):
        found = _solve([rows[i] for i in members], [outs[i] for i in members], usable, deadline)
        if not found:
            if all(outs[i] is None for i in members):
                continue  # these shapes map to null: leaving them out of the switch does that
            return None
        branches.append((list(sig), found[0].parts))
        cost += found[0].cost + 2.0
    return (branches, cost) if branches else None


def _text(v: Any) -> str | None:
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def _typed(v: str | None, t: str) -> Any:
    if v is None or t == "string":
        return v
    try:
        if t == "int":
            return int(v)
        if t in ("float", "decimal"):
            return float(v)
        if t == "bool":
            return v.strip().lower() in ("true", "t", "yes", "y", "1")
        if t == "date":
            return dt.date.fromisoformat(v)
        if t == "datetime":
            return dt.datetime.fromisoformat(v)
    except ValueError:
        return None
    return v


def engine_outputs(pipeline: Pipeline, rows: list[list[str | None]], names: list[str],
                   types: dict[str, str]) -> list[Any]:
    """Run ``pipeline`` through the DSL engine (Polars) on ``rows``; the ``out`` value per row."""
    typed = [{n: _typed(v, types.get(n, "string")) for n, v in zip(names, r, strict=True)} for r in rows]
    res = run_sample(pipeline, typed, None, 0.0, dict(pipeline.input_types or {}) or None)
    return [row.actual[OUT] for row in res.rows]


def synthesize(examples: list[tuple[list[str | None], str | None]], input_names: list[str],
               input_types: dict[str, str], *, budget_ms: int = 200, seed: int = 0) -> SynthResult:
    """Search DSL pipelines mapping each example's inputs to its output.

    ``examples``: ``(input values in the order of input_names, expected output)``; a None
    output means "this input maps to null". Returns the best pipeline (one output column
    ``out``) and up to four alternatives, ranked by examples reproduced, then simplicity.
    Deterministic: ``seed`` is accepted for API stability; the search has no randomness.
    Raises :class:`ContradictoryExamples` (same input, different outputs) and
    :class:`BadExamples` (none, or the wrong number of values).
    """
    del seed
    t0 = time.perf_counter()
    deadline = t0 + budget_ms / 1000.0
    _check(examples, input_names)
    types = {n: input_types.get(n, "string") for n in input_names}
    usable = [types[n] in TEXT_TYPES for n in input_names]
    rows: list[Row] = [[_text(v) for v in inp] for inp, _ in examples]
    outs = [o for _, o in examples]
    progs: list[tuple[float, int, str, Any]] = []
    for p in _solve(rows, outs, usable, deadline):
        progs.append((p.cost, _passed(p.parts, rows, outs), "single", p.parts))
    if not any(n == len(rows) for _, n, _, _ in progs):
        sw = _switch(rows, outs, usable, deadline)
        if sw is not None:
            branches, cost = sw
            got = _switch_passed(branches, rows, outs)
            progs.append((cost, got, "switch", branches))
    progs.sort(key=lambda x: (-x[1], x[0]))
    cands: list[Candidate] = []
    for cost, passed, kind, payload in progs[:K_BEST]:
        pipe = emit(payload, input_names, types) if kind == "single" else emit_switch(payload, input_names, types)
        cands.append(Candidate(pipeline=pipe, cost=cost, examples_passed=passed, description=kind,
                               score=round(passed / len(rows) / (1.0 + 0.02 * cost), 4)))
    if cands:  # the engine's word on the best candidate
        got_out = engine_outputs(cands[0].pipeline, [list(r) for r in rows], input_names, types)
        passed = sum(g == o for g, o in zip(got_out, outs, strict=True))
        c = cands[0]
        cands[0] = c.model_copy(update={"examples_passed": passed,
                                        "score": round(passed / len(rows) / (1.0 + 0.02 * c.cost), 4)})
    best = cands[0] if cands else None
    elapsed = (time.perf_counter() - t0) * 1000.0
    return SynthResult(pipeline=best.pipeline if best else None,
                       solved_all=bool(best and best.examples_passed == len(rows)),
                       candidates=cands, elapsed_ms=round(elapsed, 3), examples=len(rows),
                       timed_out=time.perf_counter() > deadline)


def _switch_passed(branches: list[tuple[list[str | None], tuple[Part, ...]]], rows: list[Row],
                   outs: list[str | None]) -> int:
    n = 0
    for r, o in zip(rows, outs, strict=True):
        got = None
        for shapes, parts in branches:
            if all(s is None or (v is not None and re.search(s, v)) for s, v in zip(shapes, r, strict=True)):
                got = run(parts, r)
                if got is not None:
                    break
        n += got == o
    return n
