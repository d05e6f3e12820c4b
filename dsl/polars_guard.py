"""The safe-range guard of numeric ops on Polars (shared by the 1.0 and 1.2+ op builders)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import polars as pl

from dsl.semantics import SAFE_MAX, SAFE_MIN

Env = dict[str, pl.Expr]


def in_range(f: pl.Expr) -> pl.Expr:
    """True when a float64 is 0 or within the safe range (false for NaN, inf, null)."""
    return (f == 0.0) | ((f.abs() >= SAFE_MIN) & (f.abs() <= SAFE_MAX))


def guarded(args: list[Any], env: Env, body: Callable[[list[pl.Expr]], pl.Expr]) -> pl.Expr:
    """``body`` over float64 operands, null unless every column operand is in the safe range."""
    fs = [env[a].cast(pl.Float64) if isinstance(a, str) else pl.lit(float(a), pl.Float64) for a in args]
    oks = [in_range(f) for a, f in zip(args, fs, strict=True) if isinstance(a, str)]
    cond = oks[0]
    for ok in oks[1:]:
        cond = cond & ok
    return pl.when(cond).then(body(fs))
