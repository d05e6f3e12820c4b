"""SQL builders (sqlglot trees) of the DSL 1.6 ops, registered into the dialect tables.

- ``date_part``: PostgreSQL ``extract(isodow | week | isoyear | quarter | doy FROM x)``, DuckDB
  ``isodow`` / ``week`` / ``isoyear`` / ``quarter`` / ``dayofyear`` (both ISO 8601 weeks), cast to
  bigint; SQLite has no date type: DialectUnsupported.
- ``int_to_words`` / ``words_to_int``: not compiled to SQL yet (DialectUnsupported in every dialect):
  the planner runs them in Polars. PostgreSQL and DuckDB could express them (a ``CASE`` table per
  digit group, token sums over ``string_to_array`` / ``string_split``); not written and verified yet.
"""

from __future__ import annotations

from typing import Any

from sqlglot import exp

from dsl import sql_ops as so

Env = so.Env
PG_FIELDS = {"isodow": "isodow", "isoweek": "week", "isoyear": "isoyear", "quarter": "quarter", "dayofyear": "doy"}
DUCKDB_FNS = {"isodow": "isodow", "isoweek": "week", "isoyear": "isoyear", "quarter": "quarter",
              "dayofyear": "dayofyear"}


def date_part(op: Any, env: Env, ctx: so.Ctx) -> Env:
    """``date_part``: one ISO calendar part of a date / timestamp as bigint."""
    x = env[op.input]
    if ctx.dialect == "postgres":
        part: exp.Expression = exp.Extract(this=exp.var(PG_FIELDS[op.part]), expression=x)
    elif ctx.dialect == "duckdb":
        part = so.fn(DUCKDB_FNS[op.part], x)
    else:
        raise so.unsupported(op, ctx, "no date type")
    return {op.output: so.cast(part, "bigint")}


def _no_words(op: Any, env: Env, ctx: so.Ctx) -> Env:
    raise so.unsupported(op, ctx, "number words are compiled to Polars only (DSL 1.6)")


V16_SQL: dict[str, so.SqlBuilder] = {"date_part": date_part, "int_to_words": _no_words, "words_to_int": _no_words}
