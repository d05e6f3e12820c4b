"""Golden files per op and backend: ``golden/<op>.json`` holds input rows, a pipeline and, per
backend, the hand-checked expected output (or "unsupported" where the dialect must refuse); ``mysql`` is
MariaDB, run by :func:`test_golden_mariadb`.
``validate_all`` runs every backend named in ``write`` and compares (sqlglot-style helper).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dsl.models import V1_2_OPS, V1_3_OPS, V1_4_OPS, V1_5_OPS, V1_6_OPS, V1_7_OPS, V1_8_OPS, V1_OPS, Pipeline
from tests.dsl.dsl_harness import UNSUPPORTED, run_duckdb, run_polars, run_postgres, run_sqlite
from tests.dsl.mysql_harness import connect, run_mysql

GOLDEN = Path(__file__).parent / "golden"
FILES = sorted(GOLDEN.glob("*.json"))


def _decode(rows: list[dict[str, Any]], types: dict[str, str]) -> list[dict[str, Any]]:
    conv = {"date": dt.date.fromisoformat, "datetime": dt.datetime.fromisoformat}
    return [{k: conv[types[k]](v) if v is not None and types[k] in conv else v for k, v in r.items()} for r in rows]


def _encode(rows: Any) -> Any:
    if rows == UNSUPPORTED:
        return rows
    return [[v.isoformat() if isinstance(v, dt.date) else v for v in r] for r in rows]


def validate_all(pipeline: Pipeline, rows: list[dict[str, Any]], types: dict[str, str],
                 write: dict[str, Any], pg: Any = None) -> None:
    """Assert each backend in ``write`` produces its expected rows (or refuses: "unsupported")."""
    runners = {"polars": lambda: run_polars(pipeline, rows, types), "duckdb": lambda: run_duckdb(pipeline, rows, types),
               "sqlite": lambda: run_sqlite(pipeline, rows, types),
               "postgres": lambda: run_postgres(pg, pipeline, rows, types)}
    for backend, expected in write.items():
        if backend == "postgres" and pg is None:
            continue
        got = _encode(runners[backend]())
        assert got == expected, f"{backend}: got {got!r}, expected {expected!r}"


def _cases() -> list[Any]:
    out = []
    for f in FILES:
        for c in json.loads(f.read_text())["cases"]:
            out.append(pytest.param(c, id=f"{f.stem}-{c['name']}"))
    return out


def test_one_golden_file_per_op() -> None:
    assert {f.stem for f in FILES} == set(V1_OPS) | set(V1_2_OPS) | set(V1_3_OPS) | set(V1_4_OPS) | set(V1_5_OPS) \
        | set(V1_6_OPS) | set(V1_7_OPS) | set(V1_8_OPS)


@pytest.mark.parametrize("case", _cases())
def test_golden_local(case: dict[str, Any]) -> None:
    types = case["input_types"]
    write = {k: v for k, v in case["write"].items() if k not in ("postgres", "mysql")}
    validate_all(Pipeline.from_json(case["pipeline"]), _decode(case["rows"], types), types, write)


@pytest.mark.postgres
@pytest.mark.parametrize("case", _cases())
def test_golden_postgres(case: dict[str, Any], pg: Any) -> None:
    types = case["input_types"]
    validate_all(Pipeline.from_json(case["pipeline"]), _decode(case["rows"], types), types,
                 {"postgres": case["write"]["postgres"]}, pg=pg)


@pytest.fixture(scope="module")
def maria() -> Iterator[Any]:
    yield from connect()


def test_every_golden_case_names_its_mariadb_result() -> None:
    """Each case records MariaDB's result: Polars' rows (an exact form) or a refusal."""
    for c in _cases():
        write = c.values[0]["write"]
        assert write["mysql"] in (UNSUPPORTED, write["polars"]), c.id


#: the ops MariaDB refuses (dsl/README.md "Still refused on MariaDB"): every other op has an exact form there
MARIADB_REFUSED = {"normalize", "strip_accents"}


def test_mariadb_refuses_exactly_the_documented_ops() -> None:
    refused = {c.values[0]["pipeline"]["steps"][0]["op"] for c in _cases()
               if c.values[0]["write"]["mysql"] == UNSUPPORTED}
    assert refused == MARIADB_REFUSED


@pytest.mark.mariadb
@pytest.mark.parametrize("case", _cases())
def test_golden_mariadb(case: dict[str, Any], maria: Any) -> None:
    """MariaDB (dialect ``mysql``, strict mode, a non-UTC session) gives the expected rows or refuses."""
    types = case["input_types"]
    got = _encode(run_mysql(maria, Pipeline.from_json(case["pipeline"]), _decode(case["rows"], types), types))
    assert got == case["write"]["mysql"]
