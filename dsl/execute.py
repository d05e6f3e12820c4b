"""Sample execution for the mapping stage: run a pipeline on sample rows, score vs expected.

Per output value: ``success`` (equal), ``near`` (within the near-match window, see README),
``fail``. A row is the worst of its outputs. Rows run through the compiled Polars expressions,
so the sample sees exactly what a migration would produce.
"""

from __future__ import annotations

import math
import re
from difflib import SequenceMatcher
from typing import Any, Literal

import polars as pl
from pydantic import BaseModel, Field

from dsl.compile_polars import apply_pipeline
from dsl.models import Pipeline
from dsl.validate import resolve_input_types, validate_pipeline

Status = Literal["success", "near", "fail"]
_WS = re.compile(r"[ \t\n\r\x0b\x0c]+")
_POLARS_TYPES: dict[str, pl.DataType] = {
    "string": pl.String(), "int": pl.Int64(), "float": pl.Float64(), "decimal": pl.Float64(),
    "bool": pl.Boolean(), "date": pl.Date(), "datetime": pl.Datetime("us"),
}


class RowResult(BaseModel):
    """Outcome for one sample row."""

    index: int
    status: Status
    actual: dict[str, Any]
    expected: dict[str, Any] | None = None
    per_output: dict[str, Status] = Field(default_factory=dict)


class SampleResult(BaseModel):
    """Per-row statuses and counts of a sample run."""

    rows: list[RowResult]
    success: int
    near: int
    fail: int
    total: int
    success_rate: float
    near_match_window: float


def _normalize(s: str) -> str:
    return _WS.sub(" ", s.strip(" \t\n\r\x0b\x0c")).translate(
        str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"))


def compare(actual: Any, expected: Any, window: float) -> Status:
    """Compare one value; see module docstring and README for the rules."""
    if actual is None or expected is None:
        return "success" if actual is None and expected is None else "fail"
    if isinstance(actual, bool) or isinstance(expected, bool):
        same = type(actual) is type(expected) and actual == expected
        return "success" if same else "fail"
    if isinstance(actual, int | float) and isinstance(expected, int | float):
        a, b = float(actual), float(expected)
        if a == b:
            return "success"
        if math.isfinite(a) and math.isfinite(b) and abs(a - b) <= window * max(abs(a), abs(b)):
            return "near"
        return "fail"
    if isinstance(actual, str) and isinstance(expected, str):
        if actual == expected:
            return "success"
        na, nb = _normalize(actual), _normalize(expected)
        if SequenceMatcher(None, na, nb, autojunk=False).ratio() >= 1.0 - window:
            return "near"
        return "fail"
    return "success" if actual == expected else "fail"


def run_sample(pipeline: Pipeline, rows: list[dict[str, Any]], expected: list[dict[str, Any]] | None,
               near_match_window: float, input_types: dict[str, str] | None = None, *,
               features: frozenset[str] = frozenset()) -> SampleResult:
    """Validate, run ``pipeline`` on ``rows`` and score each row against ``expected`` (same length).

    Input types: the argument, else ``pipeline.input_types``, else DSLReject; gated ops
    (``select_when``) run only when named in ``features``. Without ``expected`` every row is
    reported as ``success`` with its actual outputs (preview).
    """
    if expected is not None and len(expected) != len(rows):
        raise ValueError("expected must have one entry per row")
    types = resolve_input_types(pipeline, input_types)
    validate_pipeline(pipeline, types, features=features)  # before building the typed frame
    schema = {c: _POLARS_TYPES[types[c]] for c in pipeline.inputs}
    frame = pl.DataFrame([{c: r.get(c) for c in pipeline.inputs} for r in rows], schema=schema, orient="row")
    out = apply_pipeline(frame, pipeline, types, features=features).collect()
    results: list[RowResult] = []
    for i, actual in enumerate(out.iter_rows(named=True)):
        if expected is None:
            results.append(RowResult(index=i, status="success", actual=actual))
            continue
        per = {k: compare(actual.get(k), expected[i].get(k), near_match_window) for k in pipeline.outputs}
        status: Status = "fail" if "fail" in per.values() else "near" if "near" in per.values() else "success"
        results.append(RowResult(index=i, status=status, actual=actual, expected=expected[i], per_output=per))
    counts = {s: sum(r.status == s for r in results) for s in ("success", "near", "fail")}
    total = len(results)
    return SampleResult(rows=results, total=total, success_rate=counts["success"] / total if total else 0.0,
                        near_match_window=near_match_window, **counts)
