"""Polars builders of the DSL 1.7 ops (``sign``, ``min``, ``max``), registered into
:data:`dsl.compile_polars.POLARS_OPS`. ``min`` / ``max`` read the column types (int or float result) and are
dispatched with them by :func:`dsl.compile_polars._step`."""

from __future__ import annotations

from typing import Any

import polars as pl

from dsl.v17_validate import extremum_type

Env = dict[str, pl.Expr]


def _sign(op: Any, env: Env) -> Env:
    x = env[op.input]
    finite = x.cast(pl.Float64).is_finite()  # false for NaN and +-Infinity, null for null
    one, zero = pl.lit(1, pl.Int64), pl.lit(0, pl.Int64)
    value = pl.when(x > 0).then(one).when(x < 0).then(-one).otherwise(zero)
    return {op.output: pl.when(finite).then(value)}


def extremum(op: Any, env: Env, types: dict[str, str]) -> Env:
    """``min`` / ``max``: nulls, NaN and +-Infinity left out (``min_horizontal`` skips nulls); a float
    result gets ``+ 0.0`` so a zero is always ``0.0`` (never ``-0.0``), as in SQL."""
    out = extremum_type(op, types)
    operands: list[pl.Expr] = []
    for a in op.args:
        if isinstance(a, str):
            e = env[a]
            if out == "float":
                f = e.cast(pl.Float64)
                e = f if types[a] == "int" else pl.when(f.is_finite()).then(f)
            operands.append(e)
        else:
            operands.append(pl.lit(a, pl.Int64) if out == "int" else pl.lit(float(a), pl.Float64))
    fn = pl.min_horizontal if op.op == "min" else pl.max_horizontal
    value = fn(operands)
    return {op.output: value if out == "int" else value + pl.lit(0.0, pl.Float64)}


V17_POLARS: dict[str, Any] = {"sign": _sign}
