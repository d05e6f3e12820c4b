"""Run one DSL pipeline on rows through every backend and return comparable Python rows."""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
import uuid
from typing import Any

import duckdb
import polars as pl

from dsl.compile_polars import apply_pipeline, compile_pipeline
from dsl.compile_sql import DialectUnsupported, to_sql
from dsl.models import Pipeline

PG_URL = "postgresql://postgres@127.0.0.1:5432/test"
PL_TYPES: dict[str, pl.DataType] = {
    "string": pl.String(), "int": pl.Int64(), "float": pl.Float64(), "decimal": pl.Float64(),
    "bool": pl.Boolean(), "date": pl.Date(), "datetime": pl.Datetime("us"),
}
SQL_TYPES = {
    "postgres": {"string": "text", "int": "bigint", "float": "double precision", "decimal": "numeric",
                 "bool": "boolean", "date": "date", "datetime": "timestamp"},
    "duckdb": {"string": "varchar", "int": "bigint", "float": "double", "decimal": "double",
               "bool": "boolean", "date": "date", "datetime": "timestamp"},
    "sqlite": {"string": "text", "int": "integer", "float": "real", "decimal": "real",
               "bool": "integer", "date": "text", "datetime": "text"},
}
UNSUPPORTED = "unsupported"


def norm(v: Any) -> Any:
    """Comparable form: -0.0 -> 0.0, NaN kept as the string 'NaN', bools/ints distinct."""
    if isinstance(v, float):
        return "NaN" if math.isnan(v) else (0.0 if v == 0 else v)
    return v


def _frame(p: Pipeline, rows: list[dict[str, Any]], types: dict[str, str]) -> pl.DataFrame:
    schema = {c: PL_TYPES[types[c]] for c in p.inputs}
    return pl.DataFrame([{c: r.get(c) for c in p.inputs} for r in rows], schema=schema, orient="row")


def run_polars(p: Pipeline, rows: list[dict[str, Any]], types: dict[str, str]) -> list[tuple[Any, ...]]:
    """Execution path: layered lazy evaluation."""
    out = apply_pipeline(_frame(p, rows, types), p, types).collect()
    return [tuple(norm(v) for v in r) for r in out.iter_rows()]


def run_polars_exprs(p: Pipeline, rows: list[dict[str, Any]], types: dict[str, str]) -> list[tuple[Any, ...]]:
    """Preview path: the single inlined expressions of compile_pipeline."""
    exprs = compile_pipeline(p, types)
    out = _frame(p, rows, types).lazy().select(list(exprs.values())).collect()
    return [tuple(norm(v) for v in r) for r in out.iter_rows()]


def _bool_sql(v: Any, dialect: str) -> Any:
    return int(v) if dialect == "sqlite" and isinstance(v, bool) else v


def _numbered(p: Pipeline, types: dict[str, str]) -> tuple[Pipeline, dict[str, str]]:
    """Same pipeline plus a pass-through row number ``_rn`` as first output (SQL has no order)."""
    aug = p.model_copy(update={"inputs": [*p.inputs, "_rn"], "outputs": ["_rn", *p.outputs]})
    return aug, {**types, "_rn": "int"}


def _ordered(query: str) -> str:
    return f"SELECT * FROM ({query}) AS q ORDER BY 1"


def run_duckdb(p: Pipeline, rows: list[dict[str, Any]], types: dict[str, str]) -> Any:
    try:
        aug, atypes = _numbered(p, types)
        sql = _ordered(to_sql(aug, "duckdb", "t", atypes))
    except DialectUnsupported:
        return UNSUPPORTED
    con = duckdb.connect()
    try:
        cols = ", ".join(f'"{c}" {SQL_TYPES["duckdb"][types[c]]}' for c in p.inputs)
        con.execute(f'CREATE TABLE t (_rn INTEGER, {cols})')
        ph = ", ".join("?" for _ in range(len(p.inputs) + 1))
        if rows:
            con.executemany(f"INSERT INTO t VALUES ({ph})", [[i] + [r.get(c) for c in p.inputs]
                                                             for i, r in enumerate(rows)])
        res = con.execute(sql).fetchall()
        return [tuple(norm(v) for v in r[1:]) for r in res]
    finally:
        con.close()


def run_sqlite(p: Pipeline, rows: list[dict[str, Any]], types: dict[str, str]) -> Any:
    try:
        aug, atypes = _numbered(p, types)
        sql = _ordered(to_sql(aug, "sqlite", "t", atypes))
    except DialectUnsupported:
        return UNSUPPORTED
    con = sqlite3.connect(":memory:")
    try:
        cols = ", ".join(f'"{c}" {SQL_TYPES["sqlite"][types[c]]}' for c in p.inputs)
        con.execute(f"CREATE TABLE t (_rn INTEGER PRIMARY KEY, {cols})")
        ph = ", ".join("?" for _ in range(len(p.inputs) + 1))
        con.executemany(f"INSERT INTO t VALUES ({ph})", [[i] + [_bool_sql(r.get(c), "sqlite") for c in p.inputs]
                                                         for i, r in enumerate(rows)])
        res = con.execute(sql).fetchall()
        out_types = _out_types(p, types)
        return [tuple(norm(_from_sqlite(v, t)) for v, t in zip(r[1:], out_types, strict=True)) for r in res]
    finally:
        con.close()


def _out_types(p: Pipeline, types: dict[str, str]) -> list[str]:
    from dsl.validate import validate_pipeline

    return list(validate_pipeline(p, types, features=frozenset({"select_when"})).values())


def _from_sqlite(v: Any, t: str) -> Any:
    if v is None:
        return None
    if t == "bool":
        return bool(v)
    if t == "float":
        return float(v)
    return v


def run_postgres(conn: Any, p: Pipeline, rows: list[dict[str, Any]], types: dict[str, str]) -> Any:
    """Load rows into a fresh temp table on ``conn`` (psycopg, autocommit) and run the SQL."""
    name = f"dsl_{uuid.uuid4().hex[:12]}"
    try:
        aug, atypes = _numbered(p, types)
        sql = _ordered(to_sql(aug, "postgres", name, atypes))
    except DialectUnsupported:
        return UNSUPPORTED
    cols = ", ".join(f'"{c}" {SQL_TYPES["postgres"][types[c]]}' for c in p.inputs)
    with conn.cursor() as cur:
        cur.execute(f"CREATE TEMP TABLE {name} (_rn integer, {cols})")
        try:
            with cur.copy(f"COPY {name} FROM STDIN") as copy:
                for i, r in enumerate(rows):
                    copy.write_row([i] + [r.get(c) for c in p.inputs])
            cur.execute(sql)
            res = cur.fetchall()
        finally:
            cur.execute(f"DROP TABLE {name}")
    return [tuple(norm(_from_pg(v)) for v in r[1:]) for r in res]


def _from_pg(v: Any) -> Any:
    from decimal import Decimal

    if isinstance(v, Decimal):
        return float(v)
    if isinstance(v, dt.datetime) and v.tzinfo is not None:
        return v.replace(tzinfo=None)
    return v


def run_all(p: Pipeline, rows: list[dict[str, Any]], types: dict[str, str], pg: Any = None) -> dict[str, Any]:
    """Results per backend (``UNSUPPORTED`` where the dialect refuses an op)."""
    out = {"polars": run_polars(p, rows, types), "duckdb": run_duckdb(p, rows, types),
           "sqlite": run_sqlite(p, rows, types)}
    if pg is not None:
        out["postgres"] = run_postgres(pg, p, rows, types)
    return out


def assert_local_backends_agree(name: str, pipe: Any, rows: list[dict[str, Any]], types: dict[str, str],
                                unsupported: dict[str, set[str]]) -> None:
    """Polars expressions, DuckDB and SQLite give the Polars reference on ``rows``; a backend refuses exactly the
    cases ``unsupported`` lists for it (and compiles every other)."""
    ref = run_polars(pipe, rows, types)
    assert run_polars_exprs(pipe, rows, types) == ref
    for backend, runner in (("duckdb", run_duckdb), ("sqlite", run_sqlite)):
        got = runner(pipe, rows, types)
        if got == UNSUPPORTED:
            assert name in unsupported.get(backend, set()), f"{backend} refused {name}"
            continue
        assert name not in unsupported.get(backend, set()), f"{backend} compiled {name}"
        assert got == ref, f"{backend} differs from polars on {rows!r}"
