"""SQL builders (sqlglot trees) of the DSL 1.7 ops, the same ``CASE`` form in every dialect.

- ``sign``: ``CASE WHEN x > 0 THEN 1 WHEN x < 0 THEN -1 WHEN x = 0 THEN 0 END`` behind a finiteness test for float and
  decimal operands, ``ABS(x) <= 1.7976931348623157e308``, which is false for ±Infinity and, since PostgreSQL and
  DuckDB order NaN above every number, for NaN too (in PostgreSQL ``'NaN' > 0`` is true, so the test comes first).
- ``min`` / ``max``: operand ``i`` is the result when it is not null and ``<=`` (``>=``) every other non-null
  operand (the first such one on ties, whose values are equal); the last operand is the ``ELSE``. Plain
  comparisons only: ``LEAST``/``GREATEST`` return null for any null argument in MariaDB and SQLite (not in
  PostgreSQL and DuckDB), and they are not on the read-only SQL guard's allow-list. A float result is
  ``+ 0.0`` (a zero is ``0.0``, never ``-0.0``, as in Polars).
"""

from __future__ import annotations

import sys
from typing import Any

from sqlglot import exp

from dsl import sql_ops as so
from dsl.v17_validate import extremum_type

Env = so.Env
DBL_MAX = sys.float_info.max


def finite(f: exp.Expression) -> exp.Expression:
    """``f`` (a double) is a number: not null, NaN or ±Infinity."""
    return exp.LTE(this=so.fn("abs", f), expression=so.dbl(DBL_MAX))


def sign(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``sign``: -1 / 0 / 1 as bigint; null for null, NaN, ±Infinity."""
    x = env[op.input] if ctx.src_type == "int" else so.cast(env[op.input], "double")
    value = so.case((exp.GT(this=x.copy(), expression=so.n(0)), so.n(1)),
                    (exp.LT(this=x.copy(), expression=so.n(0)), so.n(-1)),
                    (exp.EQ(this=x.copy(), expression=so.n(0)), so.n(0)))  # null stays null
    if ctx.src_type == "int":
        return {op.output: so.cast(value, "bigint")}
    return {op.output: so.cast(so.case((finite(x.copy()), value)), "bigint")}


def _operands(op: Any, env: Env, ctx: so.Ctx, out: str) -> list[tuple[exp.Expression, bool]]:
    """(expression, may be null) per argument, in the result type; non-finite floats become null."""
    ops: list[tuple[exp.Expression, bool]] = []
    for a in op.args:
        if not isinstance(a, str):
            ops.append((so.n(a) if out == "int" else so.dbl(float(a)), False))
        elif out == "int":
            ops.append((env[a], True))
        else:
            f = so.cast(env[a], "double")
            ops.append((f if ctx.types.get(a) == "int" else so.case((finite(f.copy()), f.copy())), True))
    return ops


def extremum(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``min`` / ``max`` with nulls left out: null only when every operand is null."""
    out = extremum_type(op, ctx.types)
    ops = _operands(op, env, ctx, out)
    cmp: type[exp.Binary] = exp.LTE if op.op == "min" else exp.GTE
    whens = []
    for i, (e, nullable) in enumerate(ops[:-1]):
        conds: list[exp.Expr] = [exp.Not(this=exp.Is(this=e.copy(), expression=exp.Null()))] if nullable else []
        for j, (other, other_nullable) in enumerate(ops):
            if j == i:
                continue
            beats: exp.Expr = cmp(this=e.copy(), expression=other.copy())
            conds.append(so.p(exp.or_(exp.Is(this=other.copy(), expression=exp.Null()), beats)) if other_nullable
                         else beats)
        whens.append((exp.and_(*conds), e.copy()))
    value: exp.Expression = so.case(*whens, default=ops[-1][0].copy())
    if out == "int":
        return {op.output: so.cast(value, "bigint")}
    return {op.output: exp.Add(this=so.p(value), expression=so.dbl(0.0))}


V17_SQL: dict[str, so.SqlBuilder] = {"sign": sign, "min": extremum, "max": extremum}
