"""Run one DSL pipeline on the real MariaDB (dialect ``mysql``) and return rows comparable with Polars'.

The session runs in strict SQL mode (a conversion warning inside ``CREATE TABLE ... AS SELECT`` is an error)
and in a time zone that is not UTC, so any op that silently read the session time zone would differ.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import polars as pl
import pymysql

from dsl.compile_polars import apply_pipeline
from dsl.compile_sql import DialectUnsupported, to_sql
from dsl.models import Pipeline
from tests.dsl.dsl_harness import PL_TYPES, UNSUPPORTED, _numbered, _ordered, norm

MYSQL_TYPES = {"string": "LONGTEXT", "int": "BIGINT", "float": "DOUBLE", "decimal": "DECIMAL(38,10)",
               "bool": "BOOLEAN", "date": "DATE", "datetime": "DATETIME(6)"}
#: a session time zone other than UTC (and not a whole hour): the DSL's time ops must not depend on it
SESSION_TZ = "+05:30"


def connect() -> Iterator[Any]:
    """A MariaDB connection (root, db ``test``) in strict mode and the :data:`SESSION_TZ` time zone."""
    conn = pymysql.connect(host="127.0.0.1", port=3306, user="root", database="test", charset="utf8mb4",
                           autocommit=True)
    with conn.cursor() as cur:
        cur.execute("SET SESSION sql_mode = 'STRICT_ALL_TABLES,ERROR_FOR_DIVISION_BY_ZERO'")
        cur.execute(f"SET SESSION time_zone = '{SESSION_TZ}'")
    yield conn
    conn.close()


def _from_mysql(v: Any) -> Any:
    return float(v) if isinstance(v, Decimal) else v


def run_polars_features(p: Pipeline, rows: list[dict[str, Any]], types: dict[str, str],
                        features: frozenset[str] = frozenset()) -> list[tuple[Any, ...]]:
    """The Polars reference (layered execution) with ``features`` enabled."""
    schema = {c: PL_TYPES[types[c]] for c in p.inputs}
    frame = pl.DataFrame([{c: r.get(c) for c in p.inputs} for r in rows], schema=schema, orient="row")
    out = apply_pipeline(frame, p, types, features=features).collect()
    return [tuple(norm(v) for v in r) for r in out.iter_rows()]


def run_mysql(conn: Any, p: Pipeline, rows: list[dict[str, Any]], types: dict[str, str],
              features: frozenset[str] = frozenset()) -> Any:
    """The pipeline's SQL on a temporary table of ``rows`` (``UNSUPPORTED`` when the dialect refuses)."""
    try:
        aug, atypes = _numbered(p, types)
        sql = _ordered(to_sql(aug, "mysql", "t", atypes, features=features))
    except DialectUnsupported:
        return UNSUPPORTED
    cols = ", ".join(f"`{c}` {MYSQL_TYPES[types[c]]}" for c in p.inputs)
    with conn.cursor() as cur:
        cur.execute("DROP TEMPORARY TABLE IF EXISTS t")
        cur.execute(f"CREATE TEMPORARY TABLE t (_rn INT, {cols}) DEFAULT CHARSET=utf8mb4")
        ph = ", ".join(["%s"] * (len(p.inputs) + 1))
        values = [[i] + [r.get(c) for c in p.inputs] for i, r in enumerate(rows)]
        cur.executemany(f"INSERT INTO t VALUES ({ph})", values)
        cur.execute("DROP TEMPORARY TABLE IF EXISTS t_out")
        cur.execute("CREATE TEMPORARY TABLE t_out AS " + sql)  # strict mode: a conversion warning fails here
        cur.execute("DROP TEMPORARY TABLE t_out")
        cur.execute(sql)
        res = cur.fetchall()
    return [tuple(norm(_from_mysql(v)) for v in r[1:]) for r in res]
