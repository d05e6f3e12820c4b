"""Signed numbers inside text (review F2 of h14-decomp): a minus at the value's start or after a space, ``/`` or
``(`` belongs to the number; a hyphen between two numbers (``1-5``) separates a range. Every backend agrees."""

from __future__ import annotations

from typing import Any

import psycopg
import pymysql
import pytest

from core.mapping.number_parts import number_part_steps, numbers_in
from dsl.models import Pipeline
from tests.dsl.dsl_harness import (
    PG_URL,
    _numbered,
    _ordered,
    norm,
    run_duckdb,
    run_polars,
    run_polars_exprs,
    run_postgres,
)

VALUES = ["-11 / -5 °C", "\u22123 / 4 °C", "1-5", "(-2) to 7", "-8/-2", "a-3 b 4", "12-13", "3 - 4",
          "1,230 – 1,330 EUR", "x -0.5 y 2,5", "", None, "no number", "-05/-7"]


def _pipe(index: int, to: str, comma: bool) -> Pipeline:
    return Pipeline.model_validate({"dsl_version": "1.5.0", "inputs": ["a"], "outputs": ["o"],
                                    "steps": number_part_steps("a", "o", index, to, comma),
                                    "input_types": {"a": "string"}})


def test_numbers_keep_their_sign_and_ranges_their_separator() -> None:
    got = numbers_in(["-11 / -5 °C", "\u22123 / 4 °C", "1-5 x", "(-2) to 7", "-8/-2", "12-13 y"])
    assert got is not None
    assert got[0] == [[-11.0, -5.0], [-3.0, 4.0], [1.0, 5.0], [-2.0, 7.0], [-8.0, -2.0], [12.0, 13.0]]


def test_the_pipeline_reads_signed_numbers() -> None:
    rows = [{"a": v} for v in VALUES]
    low = [r[0] for r in run_polars(_pipe(0, "int", False), rows, {"a": "string"})]
    high = [r[0] for r in run_polars(_pipe(1, "int", False), rows, {"a": "string"})]
    assert low[:8] == [-11, -3, 1, -2, -8, 3, 12, 3]
    assert high[:8] == [-5, 4, 5, 7, -2, 4, 13, 4]


def _maria(pipe: Pipeline, values: list[Any]) -> list[tuple[Any, ...]]:
    from dsl.compile_sql import to_sql

    conn = pymysql.connect(host="127.0.0.1", port=3306, user="root", database="test", charset="utf8mb4",
                           autocommit=True)
    try:
        aug, types = _numbered(pipe, {"a": "string"})
        sql = _ordered(to_sql(aug, "mysql", "t", types))
        with conn.cursor() as cur:
            cur.execute("CREATE TEMPORARY TABLE t (_rn INT, a TEXT) DEFAULT CHARSET=utf8mb4")
            cur.executemany("INSERT INTO t VALUES (%s, %s)", list(enumerate(values)))
            cur.execute(sql)
            return [tuple(norm(v) for v in r[1:]) for r in cur.fetchall()]
    finally:
        conn.close()


CASES = [(i, to, c) for i in (0, 1, -1) for to in ("int", "float") for c in (False, True)]


@pytest.mark.postgres
@pytest.mark.mariadb
def test_every_backend_reads_the_same_signed_numbers() -> None:
    rows = [{"a": v} for v in VALUES]
    types = {"a": "string"}
    with psycopg.connect(PG_URL, autocommit=True) as pg:
        for index, to, comma in CASES:
            pipe = _pipe(index, to, comma)
            ref = run_polars(pipe, rows, types)
            assert run_polars_exprs(pipe, rows, types) == ref
            assert run_duckdb(pipe, rows, types) == ref, (index, to, comma)
            assert run_postgres(pg, pipe, rows, types) == ref, (index, to, comma)
            assert _maria(pipe, VALUES) == ref, (index, to, comma)
