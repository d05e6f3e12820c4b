"""SQL builders (sqlglot trees) of the DSL 1.6 ops, registered into the dialect tables.

- ``date_part``: PostgreSQL ``extract(isodow | week | isoyear | quarter | doy FROM x)``, DuckDB
  ``strftime`` ``%u`` / ``%V`` / ``%G`` / ``%j`` (quarter from ``%m``), both ISO 8601 weeks, cast to
  bigint; SQLite has no date type: DialectUnsupported.
- ``int_to_words``: ``CASE`` tables for the units and tens of each group of three digits (integer
  division and ``%``), the groups joined with ``million`` / ``thousand`` (every dialect: ``rtrim`` of
  one argument, ``||`` or MariaDB's ``CONCAT``).
- ``words_to_int``: :mod:`dsl.words_sql` (PostgreSQL, DuckDB, SQLite; MariaDB: :mod:`dsl.mysql_words`).
"""

from __future__ import annotations

from typing import Any

from sqlglot import exp

from dsl import sql_ops as so
from dsl.words_sql import words_text, words_to_int

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


def int_to_words(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``int_to_words``: three groups of three digits, each from ``CASE`` tables."""
    return {op.output: words_text(env[op.input], ctx)}


V16_SQL: dict[str, so.SqlBuilder] = {"date_part": date_part, "int_to_words": int_to_words,
                                     "words_to_int": words_to_int}
