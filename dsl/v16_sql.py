"""SQL builders (sqlglot trees) of the DSL 1.6 ops, registered into the dialect tables.

- ``date_part``: PostgreSQL ``extract(isodow | week | isoyear | quarter | doy FROM x)``, DuckDB
  ``strftime`` ``%u`` / ``%V`` / ``%G`` / ``%j`` (quarter from ``%m``), both ISO 8601 weeks, cast to
  bigint; SQLite has no date type: DialectUnsupported.
- ``int_to_words``: ``CASE`` tables for the units and tens of each group of three digits (integer
  division and ``%``), the groups joined with ``million`` / ``thousand`` (every dialect: ``rtrim`` of
  one argument, ``||`` or MariaDB's ``CONCAT``).
- ``words_to_int``: :mod:`dsl.words_sql` (PostgreSQL, DuckDB, SQLite; MariaDB refuses).
"""

from __future__ import annotations

from typing import Any

from sqlglot import exp

from dsl import numwords
from dsl import sql_ops as so
from dsl.v15_sql import _cat, _int_div
from dsl.words_sql import words_to_int

Env = so.Env
DUCKDB_FORMATS = {"isodow": "%u", "isoweek": "%V", "isoyear": "%G", "dayofyear": "%j"}
PG_FIELDS = {"isodow": "isodow", "isoweek": "week", "isoyear": "isoyear", "quarter": "quarter", "dayofyear": "doy"}


def date_part(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``date_part``: one ISO calendar part of a date / timestamp as bigint."""
    x = env[op.input]
    if ctx.dialect == "postgres":
        part: exp.Expression = exp.Extract(this=exp.var(PG_FIELDS[op.part]), expression=x)
    elif ctx.dialect == "duckdb":  # strftime: on the read-only SQL guard's allow-list, unlike isodow()/extract
        if op.part == "quarter":
            month = so.cast(so.fn("strftime", x, so.s("%m")), "bigint")
            part = exp.IntDiv(this=so.p(exp.Add(this=month, expression=so.n(2))), expression=so.n(3))
        else:
            part = so.fn("strftime", x, so.s(DUCKDB_FORMATS[op.part]))
    else:
        raise so.unsupported(op, ctx, "no date type")
    return {op.output: so.cast(part, "bigint")}


def _table(x: exp.Expression, words: dict[int, str]) -> exp.Expression:
    return so.case(*((exp.EQ(this=x.copy(), expression=so.n(k)), so.s(w)) for k, w in words.items()))


def _gt0(x: exp.Expression) -> exp.Expression:
    return exp.GT(this=x.copy(), expression=so.n(0))


def _below_100(x: exp.Expression, ctx: so.Ctx) -> exp.Expression:
    ones = dict(enumerate(numwords.ONES))
    tens = {i: w for i, w in enumerate(numwords.TENS) if w}
    unit = exp.Mod(this=so.p(x.copy()), expression=so.n(10))
    tail = so.case((_gt0(unit), _cat(so.s("-"), _table(unit, ones))), default=so.s(""))
    compound = _cat(_table(_int_div(x.copy(), so.n(10), ctx), tens), tail)
    return so.case((exp.LT(this=x.copy(), expression=so.n(20)), _table(x, ones)), default=compound)


def _group(x: exp.Expression, ctx: so.Ctx) -> exp.Expression:
    """1..999 as words (the caller skips 0)."""
    rest = exp.Mod(this=so.p(x.copy()), expression=so.n(100))
    hundreds = _cat(_table(_int_div(x.copy(), so.n(100), ctx), dict(enumerate(numwords.ONES))), so.s(" hundred"))
    with_rest = _cat(hundreds, so.case((_gt0(rest), _cat(so.s(" "), _below_100(rest, ctx))), default=so.s("")))
    return so.case((exp.GTE(this=x.copy(), expression=so.n(100)), with_rest), default=_below_100(rest, ctx))


def words_text(x: exp.Expression, ctx: so.Ctx) -> exp.Expression:
    """``x`` (an int expression) as English words; null outside 0..999,999,999."""
    parts: list[exp.Expression] = []
    for word, mult in numwords.SCALES:
        g = exp.Mod(this=so.p(_int_div(x.copy(), so.n(mult), ctx)), expression=so.n(1000))
        parts.append(so.case((_gt0(g), _cat(_group(g, ctx), so.s(f" {word} "))), default=so.s("")))
    u = exp.Mod(this=so.p(x.copy()), expression=so.n(1000))
    parts.append(so.case((_gt0(u), _group(u, ctx)), default=so.s("")))
    text = so.fn("rtrim", _cat(*parts))
    bad = exp.Or(this=exp.LT(this=x.copy(), expression=so.n(0)),
                 expression=exp.GT(this=x.copy(), expression=so.n(numwords.MAX)))
    return so.case((exp.Is(this=x.copy(), expression=exp.Null()), exp.Null()), (bad, exp.Null()),
                   (exp.EQ(this=x.copy(), expression=so.n(0)), so.s("zero")), default=text)


def int_to_words(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``int_to_words``: three groups of three digits, each from ``CASE`` tables."""
    return {op.output: words_text(env[op.input], ctx)}


V16_SQL: dict[str, so.SqlBuilder] = {"date_part": date_part, "int_to_words": int_to_words,
                                     "words_to_int": words_to_int}
