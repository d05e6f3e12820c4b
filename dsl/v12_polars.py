"""Polars builders of the DSL 1.2 ops (registered into :data:`dsl.compile_polars.POLARS_OPS`).

Native expressions only. ``replace`` with a literal pattern uses plain string replacement;
a regex replacement string is escaped (``$`` -> ``$$``) so it is always literal.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from dsl.polars_guard import guarded
from dsl.regex import canonical, literal_of
from dsl.v12_text import replacement_parts, template_parts

Env = dict[str, pl.Expr]


def _coalesce(op: Any, env: Env) -> Env:
    return {op.output: pl.coalesce([env[c] for c in op.inputs])}


def _replace(op: Any, env: Env) -> Env:
    lit = literal_of(op.pattern)
    e = env[op.input]
    if op.groups:
        repl = "".join(f"${{{p}}}" if isinstance(p, int) else p.replace("$", "$$")
                       for p in replacement_parts(op.replacement))
        return {op.output: e.str.replace_all(canonical(op.pattern), repl, literal=False)}
    if lit is not None:
        return {op.output: e.str.replace_all(lit, op.replacement, literal=True)}
    repl = op.replacement.replace("$", "$$")
    return {op.output: e.str.replace_all(canonical(op.pattern), repl, literal=False)}


def _pad(op: Any, env: Env) -> Env:
    e = env[op.input]
    padded = e.str.pad_start(op.width, op.fill) if op.side == "left" else e.str.pad_end(op.width, op.fill)
    return {op.output: padded}


def _template(op: Any, env: Env) -> Env:
    parts = [pl.lit(p, pl.String) if isinstance(p, str) else env[op.inputs[p]] for p in template_parts(op.template)]
    if len(parts) == 1 and isinstance(template_parts(op.template)[0], int):
        return {op.output: parts[0]}
    return {op.output: pl.concat_str(parts, ignore_nulls=False)}


FN_LIMIT = 1e15


def _format_number(op: Any, env: Env) -> Env:
    x = env[op.input].cast(pl.Float64)
    p = 10 ** op.decimals
    scaled = (x.abs() * pl.lit(float(p), pl.Float64) + 0.5).floor()
    ok = x.is_finite() & (x.abs() * pl.lit(float(p), pl.Float64) < FN_LIMIT)
    n = pl.when(ok).then(scaled).cast(pl.Int64)
    digits = (n // p).cast(pl.String)
    if op.thousands:
        grouped = digits.str.reverse().str.replace_all("([0-9]{3})", "${1}" + op.thousands.replace("$", "$$"))
        digits = grouped.str.strip_chars_end(op.thousands).str.reverse()
    sign = pl.when((x < 0) & (n > 0)).then(pl.lit("-")).otherwise(pl.lit(""))
    parts = [sign, digits]
    if op.decimals:
        parts += [pl.lit(op.decimal_mark), (n % p).cast(pl.String).str.pad_start(op.decimals, "0")]
    return {op.output: pl.concat_str(parts)}


def _translate(op: Any, env: Env) -> Env:
    keys = list(op.mapping)
    return {op.output: env[op.input].str.replace_many(keys, [op.mapping[k] for k in keys])}


def _floor(op: Any, env: Env) -> Env:
    return {op.output: guarded([op.input], env, lambda a: a[0].floor())}


V12_POLARS: dict[str, Any] = {"coalesce": _coalesce, "replace": _replace, "pad": _pad, "template": _template,
                              "format_number": _format_number, "translate": _translate, "floor": _floor}
