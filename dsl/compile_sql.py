"""Compile a DSL pipeline to sqlglot expressions and SELECT statements per SQL dialect.

One dispatch table per dialect (:data:`DIALECT_OPS`); an op a dialect cannot express exactly
raises :class:`DialectUnsupported` (a DSLReject with ``op`` and ``dialect`` in its details) so
the planner can fall back to Polars. Other sqlglot dialects are accepted when their output is
verified equal to the engine they share semantics with; v1 verifies postgres, duckdb, sqlite.
"""

from __future__ import annotations

from typing import Any

from sqlglot import exp

from dsl import sql_ops as so
from dsl.bounded import bounded_before
from dsl.models import Pipeline
from dsl.mysql_sql import mysql_ops
from dsl.mysql_unshare import unshared
from dsl.sql_ops import Ctx, DialectUnsupported, SqlBuilder
from dsl.v12_sql import V12_SQL
from dsl.v14_sql import V14_SQL
from dsl.v15_sql import V15_SQL
from dsl.v16_sql import V16_SQL
from dsl.v17_sql import V17_SQL
from dsl.v18_sql import V18_SQL
from dsl.validate import cast_rule, step_types

__all__ = ["DialectUnsupported", "compile_pipeline", "to_sql", "DIALECT_OPS", "SUPPORTED_DIALECTS", "MAX_SQL_LAYERS"]

#: the longest chain of dependent steps compiled to one SQL expression: sqlglot builds and renders nested
#: expressions recursively and exceeds Python's recursion limit near 90 chained ``replace`` steps (a decoding
#: table of one ``replace`` per character is longer), so a deeper pipeline is refused (the planner runs it in Polars)
MAX_SQL_LAYERS = 64


def _shallow(pipeline: Pipeline, dialect: str) -> None:
    depth = len(pipeline.layers())
    if depth > MAX_SQL_LAYERS:
        raise DialectUnsupported(
            f"the pipeline chains {depth} dependent steps, more than the {MAX_SQL_LAYERS} one SQL statement is "
            f"compiled for: run it in Polars (ETL), or shorten it", op="pipeline", dialect=dialect, layers=depth)


def _type_cast(op: Any, env: so.Env, ctx: Ctx) -> so.Env:
    rule = cast_rule(op, ctx.src_type)
    if rule is None:
        return {op.output: env[op.input]}
    if ctx.dialect == "sqlite" and rule in ("parse_float", "midnight", "date_part"):
        raise so.unsupported(op, ctx, f"{rule} needs regex or date types")
    return {op.output: so.CAST_FNS[rule](env[op.input], ctx)}


_COMMON: dict[str, SqlBuilder] = {
    "trim": so.trim, "case": so.case_op, "collapse_whitespace": so.collapse,
    "regex_extract": so.regex_extract, "regex_split": so.regex_split, "concat": so.concat,
    "map_dict": so.map_dict, "unit_convert": so.unit_convert, "date_parse": so.date_parse,
    "date_format": so.date_format, "type_cast": _type_cast, "safe_math": so.safe_math,
    "select_when": so.select_when, **V12_SQL, **V14_SQL, **V15_SQL, **V16_SQL,
    **V17_SQL, **V18_SQL,
}

#: dialect -> {op name -> builder}
DIALECT_OPS: dict[str, dict[str, SqlBuilder]] = {
    "postgres": dict(_COMMON),
    "duckdb": dict(_COMMON),
    "sqlite": {**_COMMON, "collapse_whitespace": so.no_regex, "regex_extract": so.no_regex,
               "regex_split": so.no_regex},
    # MariaDB: the ops with an exact form only (dsl/mysql_sql.py); the rest refuse, so plans fall back to ETL
    "mysql": mysql_ops(_COMMON),
}
SUPPORTED_DIALECTS = tuple(DIALECT_OPS)


def _table(dialect: str) -> dict[str, SqlBuilder]:
    try:
        return DIALECT_OPS[dialect]
    except KeyError:
        raise DialectUnsupported(f"dialect {dialect!r} is not verified for the DSL; "
                                 f"use one of {list(SUPPORTED_DIALECTS)}", op=None, dialect=dialect) from None


def _col(name: str) -> exp.Expression:
    return exp.column(name, quoted=True)


def _apply(step: Any, env: so.Env, dialect: str, types: dict[str, str], bounded: frozenset[str]) -> so.Env:
    src = types.get(step.input) if hasattr(step, "input") else None
    return _table(dialect)[step.op](step, env, Ctx(dialect=dialect, src_type=src, bounded=bounded, types=types))


def compile_pipeline(pipeline: Pipeline, dialect: str, input_types: dict[str, str] | None = None, *,
                     features: frozenset[str] = frozenset()) -> dict[str, exp.Expression]:
    """Validate, then ``{output name: expression over input columns}`` (steps inlined).

    Input types: the argument, else ``pipeline.input_types``, else DSLReject. Gated ops
    (``select_when``) compile only when named in ``features``.
    """
    types = step_types(pipeline, input_types, features=features)
    _shallow(pipeline, dialect)
    bounded = bounded_before(pipeline, types)
    env: so.Env = {name: _col(name) for name in pipeline.inputs}
    for i, step in enumerate(pipeline.steps):
        env.update(_apply(step, env, dialect, types[i], bounded[i]))
    if dialect == "mysql":  # REPLACE must not write into a shared value (dsl/mysql_unshare.py)
        return {name: unshared(env[name]) for name in pipeline.outputs}
    return {name: env[name] for name in pipeline.outputs}


def to_sql(pipeline: Pipeline, dialect: str, table: str, input_types: dict[str, str] | None = None, *,
           features: frozenset[str] = frozenset()) -> str:
    """Validate, then render a SELECT of the outputs from ``table`` (one subquery per layer).

    Each layer computes its steps from the previous layer's plain columns, so an op that reads
    its input several times never re-evaluates an earlier op (PostgreSQL gets ``OFFSET 0``
    fences so the planner keeps the layers). Input types and ``features`` as in
    :func:`compile_pipeline`.
    """
    types = step_types(pipeline, input_types, features=features)
    _shallow(pipeline, dialect)
    bounded = bounded_before(pipeline, types)
    _table(dialect)  # an unverified dialect (mariadb, ...) is a typed refusal before sqlglot parses anything
    layers = pipeline.layers()
    source: exp.Expression = exp.to_table(table, dialect=dialect)
    for depth, layer in enumerate(layers):
        later = {c for li in layers[depth + 1:] for i in li for c in pipeline.steps[i].reads()}
        live = later | set(pipeline.outputs)
        env: so.Env = {}
        for i in layer:
            step = pipeline.steps[i]
            cols = {c: _col(c) for c in step.reads()}
            env.update(_apply(step, cols, dialect, types[i], bounded[i]))
        known = set(pipeline.inputs) | {c for li in layers[:depth + 1] for i in li
                                        for c in pipeline.steps[i].writes()}
        projections = [(env[c] if c in env else _col(c)).as_(c, quoted=True) for c in sorted(live & known)]
        sel = exp.select(*projections).from_(source, copy=False)  # the layers are built here: no copies
        if dialect == "postgres":
            sel = sel.offset(0, copy=False)
        source = sel.subquery(f"_l{depth}", copy=False)
    final: exp.Expression = exp.select(*[_col(c) for c in pipeline.outputs]).from_(source, copy=False)
    if dialect == "mysql":  # REPLACE must not write into a shared value (dsl/mysql_unshare.py)
        final = unshared(final)
    return final.sql(dialect=dialect)
