"""Validation of proposals: run on the sample (data_mode) or a symbolic dry run (metadata_only).

data_mode: the pipeline runs (``dsl.execute.run_sample``) on the real values of the
deterministic source sample, in memory. Each row is scored:

* **success**: the output equals the example value where an example pair exists, and passes
  every target constraint: not null where the target is NOT NULL (and never null where the input
  was not: a parse that loses a value fails), max length, allowed values, regex, key uniqueness;
* **near**: not success, but within ``mapping.near_match_window`` (w) of it: the example
  comparison of :func:`dsl.execute.compare` (numbers within relative w, strings whose
  case/whitespace-normalized similarity ratio is >= 1 - w), or a string at most ceil(w * max_length)
  characters over the max length;
* **fail**: anything else.

The pass rate is (success + near) / rows; a proposal is acceptable when it reaches
``mapping.accept_rate_min``. metadata_only: no values; types, compilation to the target's
dialect and the constraints that can be proven from the ops.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

import polars as pl
from pydantic import BaseModel, Field

from core.errors import DSLReject
from core.mapping.target import TargetColumn
from dsl.compile_polars import apply_pipeline
from dsl.compile_sql import to_sql
from dsl.execute import compare, run_sample
from dsl.models import Pipeline
from dsl.validate import validate_pipeline

_NUM = {"int", "float", "decimal"}
#: logical type -> Polars dtype of a sample column (as dsl.execute builds its frames)
POLARS_TYPES: dict[str, pl.DataType] = {
    "string": pl.String(), "int": pl.Int64(), "float": pl.Float64(), "decimal": pl.Float64(),
    "bool": pl.Boolean(), "date": pl.Date(), "datetime": pl.Datetime("us"),
}


class Validation(BaseModel):
    """Figures of one proposal's validation."""

    mode: str
    total: int = 0
    success: int = 0
    near: int = 0
    fail: int = 0
    pass_rate: float = 0.0
    failures: dict[str, int] = Field(default_factory=dict)
    compiled_sql: str | None = None
    output_type: str | None = None
    notes: list[str] = Field(default_factory=list)
    #: per-row (status, input values, output value) — raw, in memory only; masked before storing
    rows: list[tuple[str, dict[str, Any], Any]] = Field(default_factory=list, exclude=True)


def coerce(value: Any, logical: str) -> Any:
    """A sample cell as the pipeline input type expects it (None when it does not convert)."""
    if value is None or value == "":
        return None
    try:
        if logical == "int":
            return int(float(value)) if not isinstance(value, int) else value
        if logical in ("float", "decimal"):
            return float(value)
        if logical == "bool":
            return value if isinstance(value, bool) else str(value).strip().lower() in ("true", "1", "t", "yes")
    except (TypeError, ValueError):
        return None
    if logical in ("date", "datetime"):
        return value if not isinstance(value, str) else None
    return str(value)


def type_fits(out: str, target: str) -> bool:
    """An output logical type the target column can store."""
    return out == target or (out in _NUM and target in _NUM) or (out == "date" and target == "datetime")


def symbolic(pipeline: Pipeline, target: TargetColumn, dialect: str, *, compile_sql: bool = False) -> Validation:
    """Types, provable constraints and (``compile_sql``) compilation to ``dialect``; raises DSLReject
    when invalid. Compiling is left to the caller for the chosen proposal only (it is the slow part)."""
    out = validate_pipeline(pipeline, dict(pipeline.input_types or {}))[target.name]
    notes: list[str] = []
    if not type_fits(out, target.logical_type):
        raise DSLReject(f"pipeline output {out} does not fit target type {target.logical_type}",
                        column=target.name, argument="outputs")
    sql = to_sql(pipeline, dialect, "source") if compile_sql else None
    parses = any(s.op in ("date_parse", "type_cast", "regex_extract") for s in pipeline.steps)
    if not target.constraints.nullable and parses:
        notes.append("NOT NULL cannot be proven: a parse step may yield null")
    if target.constraints.allowed_values and not any(s.op == "map_dict" for s in pipeline.steps):
        notes.append("allowed values cannot be proven without a value mapping")
    return Validation(mode="metadata_only", compiled_sql=sql, output_type=out, notes=notes)


def _violation(v: Any, raw_in: bool, target: TargetColumn, rx: re.Pattern[str] | None, window: float,
               dupes: set[Any]) -> tuple[str, str | None]:
    c = target.constraints
    if v is None:
        if raw_in:
            return "fail", "lost a value (null from a non-null input)"
        return ("success", None) if c.nullable else ("fail", "null in a NOT NULL column")
    s = v if isinstance(v, str) else str(v)
    if c.allowed_values and s not in c.allowed_values:
        return "fail", "not an allowed value"
    if rx is not None and isinstance(v, str) and not rx.fullmatch(s):
        return "fail", "does not match the target regex"
    if c.max_length is not None and isinstance(v, str) and len(s) > c.max_length:
        over = len(s) - c.max_length
        return ("near", "over max length (within window)") if over <= math.ceil(window * c.max_length) else (
            "fail", "over max length")
    if v in dupes:
        return "fail", "duplicate key value"
    return "success", None


def on_examples(pipeline: Pipeline, target: TargetColumn, pairs: list[tuple[list[str | None], str | None]],
                window: float) -> float:
    """Share of example pairs (inputs -> expected output, given by a person or the target's example
    rows) the pipeline reproduces, counting *near* (see module docstring) as reproduced."""
    if not pairs:
        return 1.0
    types: dict[str, str] = dict(pipeline.input_types or {})
    rows = [{c: coerce(v, types[c]) for c, v in zip(pipeline.inputs, ins, strict=False)} for ins, _ in pairs]
    res = run_sample(pipeline, rows, None, window, types)
    ok = 0
    for r, (_, want) in zip(res.rows, pairs, strict=True):
        got = r.actual.get(target.name)
        if isinstance(got, int | float) and want is not None:
            try:
                ok += compare(float(got), float(want), window) != "fail"
            except ValueError:
                pass
        else:
            ok += compare(None if got is None else str(got), want, window) != "fail"
    return ok / len(pairs)


def coerced_column(rows: list[dict[str, Any]], column: str, logical: str,
                   cache: dict[tuple[str, str], list[Any]] | None = None) -> list[Any]:
    """One sample column converted to ``logical`` (memoized in ``cache``: several proposals read it)."""
    key = (column, logical)
    if cache is not None and key in cache:
        return cache[key]
    out = [coerce(r.get(column), logical) for r in rows]
    if cache is not None:
        cache[key] = out
    return out


def _present(values: list[Any]) -> list[bool]:
    return [v is not None and (not isinstance(v, str) or v.strip() != "") for v in values]


def sample_outputs(pipeline: Pipeline, columns: dict[str, list[Any]], types: dict[str, str], output: str) -> list[Any]:
    """``output`` of ``pipeline`` run on in-memory columns (already coerced to their logical types)
    through the compiled Polars expressions, as :func:`dsl.execute.run_sample` runs it, without
    per-row result objects (the pipeline was validated by :func:`symbolic`)."""
    schema = {c: POLARS_TYPES[types[c]] for c in pipeline.inputs}
    frame = pl.DataFrame({c: columns[c] for c in pipeline.inputs}, schema=schema)
    return apply_pipeline(frame, pipeline, types).collect().get_column(output).to_list()


def on_sample(pipeline: Pipeline, target: TargetColumn, rows: list[dict[str, Any]], window: float,
              dialect: str, expected: dict[int, Any] | None = None,
              cache: dict[tuple[str, str], list[Any]] | None = None) -> Validation:
    """Run ``pipeline`` on ``rows`` (raw, in memory) and score every row (see module docstring)."""
    base = symbolic(pipeline, target, dialect)
    types: dict[str, str] = dict(pipeline.input_types or {})
    cols = {c: coerced_column(rows, c, types[c], cache) for c in pipeline.inputs}
    inputs = [dict(zip(cols, vals, strict=True)) for vals in zip(*cols.values(), strict=True)]
    outs = sample_outputs(pipeline, cols, types, target.name) if rows else []
    dupes: set[Any] = set()
    if target.constraints.unique or target.constraints.key:
        dupes = {v for v, n in Counter(o for o in outs if o is not None).items() if n > 1}
    rx = re.compile(target.constraints.regex) if target.constraints.regex else None
    counts: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    scored: list[tuple[str, dict[str, Any], Any]] = []
    present = [any(flags) for flags in zip(*(_present(v) for v in cols.values()), strict=True)]
    for i, (inp, out) in enumerate(zip(inputs, outs, strict=True)):
        raw_in = present[i]
        status, why = _violation(out, raw_in, target, rx, window, dupes)
        if expected is not None and i in expected and status != "fail":
            cmp = compare(out, expected[i], window)
            status = "fail" if cmp == "fail" else ("near" if cmp == "near" else status)
            why = "differs from the example" if cmp == "fail" else why
        counts[status] += 1
        if why and status != "success":
            failures[why] += 1
        scored.append((status, inp, out))
    total = len(rows)
    return base.model_copy(update={
        "mode": "data_mode", "total": total, "success": counts["success"], "near": counts["near"],
        "fail": counts["fail"], "pass_rate": round((counts["success"] + counts["near"]) / total, 4) if total else 0.0,
        "failures": dict(failures), "rows": scored})
