"""SQL builders of the DSL 1.4 Roman numeral ops (every verified dialect, SQLite included).

``roman_to_int`` counts the tokens of :data:`dsl.roman.WEIGHTS` with ``replace``/``length``, binds
the value once in a one-row derived table and keeps it when its rendering gives the text back;
``int_to_roman`` renders each decimal digit as a slice of a constant holding the ten renderings.
"""

from __future__ import annotations

from typing import Any

from sqlglot import exp

from dsl import roman
from dsl import sql_ops as so
from dsl.mysql_bytes import binary

Env = so.Env
_U, _X = "_dsl_u", "_dsl_x"


def _int_div(a: exp.Expression, d: int, ctx: so.Ctx) -> exp.Expression:
    if ctx.dialect in ("duckdb", "mysql"):  # MariaDB: DIV (its / is decimal division)
        return exp.IntDiv(this=a, expression=so.n(d))
    return exp.Div(this=a, expression=so.n(d), typed=True)


def _roman_value(e: exp.Expression, ctx: so.Ctx) -> exp.Expression:
    length = "strlen" if ctx.dialect == "duckdb" else "length"
    total: exp.Expression | None = None
    for token, weight in roman.WEIGHTS.items():
        removed = exp.Sub(this=so.fn(length, e.copy()),
                          expression=so.fn(length, so.fn("replace", e.copy(), so.s(token), so.s(""))))
        term = exp.Mul(this=so.cast(removed, "bigint"), expression=so.n(weight // len(token)))
        total = term if total is None else exp.Add(this=total, expression=term)
    assert total is not None
    return so.p(total)


def _roman_render(v: exp.Expression, ctx: so.Ctx) -> exp.Expression:
    """Canonical numeral of ``v`` (null outside 1..3999): per decimal digit, a slice of a constant
    holding the ten renderings padded to four characters, right-trimmed."""
    out: exp.Expression | None = None
    for place, table in roman.DIGITS:
        digit = exp.Mod(this=so.p(_int_div(v.copy(), place, ctx)), expression=so.n(10))
        start = exp.Add(this=exp.Mul(this=so.p(digit), expression=so.n(4)), expression=so.n(1))
        piece = so.fn("substr", so.s("".join(t.ljust(4) for t in table)), so.cast(start, "int"), so.n(4))
        # MariaDB's RTRIM takes one argument and removes trailing spaces, the same here
        part = so.fn("rtrim", piece) if ctx.dialect == "mysql" else so.fn("rtrim", piece, so.s(" "))
        out = part if out is None else exp.DPipe(this=out, expression=part, safe=True)
    assert out is not None
    ok = exp.Between(this=v.copy(), low=so.n(roman.MIN), high=so.n(roman.MAX))
    return so.case((ok, out))


def roman_to_int(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """The value, bound once in a one-row derived table, kept when its rendering gives the text back."""
    e = env[op.input]
    if ctx.dialect == "mysql":  # a MariaDB derived table cannot read the outer row: the value is written twice
        value = _roman_value(e, ctx)
        return {op.output: so.case((exp.EQ(this=binary(_roman_render(value, ctx)), expression=binary(e.copy())),
                                    value.copy()))}
    v = exp.column(_X, table=_U, quoted=True)
    bound = exp.select(_roman_value(e, ctx).as_(_X, quoted=True)).subquery(_U, copy=False)
    bound.set("alias", exp.TableAlias(this=exp.to_identifier(_U, quoted=True)))
    check = so.case((exp.EQ(this=_roman_render(v, ctx), expression=e.copy()), v.copy()))
    return {op.output: exp.Subquery(this=exp.select(check).from_(bound))}


def int_to_roman(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``int_to_roman``: 1..3999 -> canonical numeral (digit tables)."""
    return {op.output: _roman_render(env[op.input], ctx)}
