"""Fixtures of the migration tests: the example source, a spec over it, a target per backend."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.targets.sql_target import SqlTarget
from core.migration.models import ColumnPipeline, Disposition, MigrationSpec, TargetColumn
from dsl.models import Pipeline

ROOT = Path(__file__).resolve().parents[2]
POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
MARIADB = "mysql+pymysql://root@127.0.0.1:3306"
INPUTS = ["customer_id", "first_name", "last_name", "email", "country"]


def example_source() -> pl.DataFrame:
    """The bundled example as strings with standardized (lower snake) column names."""
    src = pl.read_csv(ROOT / "examples/source/customers.csv", infer_schema=False)
    return src.rename({c: c.lower().replace(" ", "_").replace("-", "") for c in src.columns})


def make_spec(run_id: str, *, batch_size: int = 200, disposition: Disposition = Disposition.REPLACE,
              table: str = "crm_customer") -> MigrationSpec:
    """A 4-column plan over the example: cast the key, compose the name, normalize the country."""
    pipe = Pipeline.model_validate({
        "dsl_version": "1.0.0", "inputs": INPUTS, "outputs": ["customer_id", "full_name", "email", "country_code"],
        "input_types": dict.fromkeys(INPUTS, "string"),
        "steps": [{"op": "type_cast", "input": "customer_id", "output": "customer_id", "to": "int"},
                  {"op": "concat", "inputs": ["first_name", "last_name"], "output": "full_name", "separator": " "},
                  {"op": "trim", "input": "country", "output": "c"},
                  {"op": "case", "input": "c", "output": "c", "mode": "upper"},
                  {"op": "map_dict", "input": "c", "output": "country_code", "on_missing": "keep",
                   "mapping": {"USA": "US", "U.S.": "US", "UNITED STATES": "US", "DEUTSCHLAND": "DE"}}]})
    return MigrationSpec(
        run_id=run_id, table=table, key=["customer_id"], input_types=dict(pipe.input_types or {}),
        pipelines=[ColumnPipeline(pipeline=pipe, outputs={o: o for o in pipe.outputs})],
        batch_size=batch_size, disposition=disposition,
        columns=[TargetColumn(name="customer_id", type="int", key=True, nullable=False, sources=["customer_id"]),
                 TargetColumn(name="full_name", type="string", nullable=False, sources=["first_name", "last_name"]),
                 TargetColumn(name="email", type="string", max_length=80, sources=["email"]),
                 TargetColumn(name="country_code", type="string", allowed_values=["US", "BR", "DE", "FR", "GB", "IN"],
                              sources=["country"])])


def stamp_spec(*, batch_size: int, disposition: Disposition = Disposition.REPLACE) -> MigrationSpec:
    """A 2-column plan for time-zone tests: the key cast to int and a ``seen_at`` datetime passed through."""
    pipe = Pipeline.model_validate({
        "dsl_version": "1.0.0", "inputs": ["id", "seen_at"], "outputs": ["id", "seen_at"],
        "input_types": {"id": "string", "seen_at": "datetime"},
        "steps": [{"op": "type_cast", "input": "id", "output": "id", "to": "int"}]})
    return MigrationSpec(
        run_id=new_run_id(), table="account", key=["id"], input_types=dict(pipe.input_types or {}),
        pipelines=[ColumnPipeline(pipeline=pipe, outputs={"id": "id", "seen_at": "seen_at"})], batch_size=batch_size,
        disposition=disposition,
        columns=[TargetColumn(name="id", type="int", key=True, nullable=False),
                 TargetColumn(name="seen_at", type="datetime")])


def race_for_one_chunk(spec: MigrationSpec, targets: Sequence[Any], chunk: int = 3) -> list[Any]:
    """Two (or more) workers, one target connection each, released together to write chunk ``chunk`` of the example;
    returns their chunk results (the first target is prepared first)."""
    from core.migration.engine import Prepared, run_chunk

    prep = Prepared(spec, example_source())
    targets[0].prepare(spec)
    results: list[Any] = []
    barrier = threading.Barrier(len(targets))

    def work(t: Any) -> None:
        barrier.wait()
        results.append(run_chunk(prep, t, chunk, secret=b"k", owner=str(id(t))))

    threads = [threading.Thread(target=work, args=(t,)) for t in targets]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return results


def new_run_id() -> str:
    """A fresh run id (26 chars like a ULID)."""
    return ("01MW" + uuid.uuid4().hex.upper())[:26]


def _pg_schema() -> Iterator[str]:
    schema = f"mw_{uuid.uuid4().hex[:12]}"
    eng = sa.create_engine(POSTGRES)
    with eng.begin() as c:
        c.execute(sa.schema.CreateSchema(schema))
    yield f"{POSTGRES}?options=-csearch_path%3D{schema}"
    with eng.begin() as c:
        c.execute(sa.schema.DropSchema(schema, cascade=True))
    eng.dispose()


@pytest.fixture
def pg_target_url() -> Iterator[str]:
    """A fresh PostgreSQL schema as the target."""
    yield from _pg_schema()


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres), "sqlite"])
def target_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty target database per backend (PostgreSQL: a unique schema)."""
    if request.param == "duckdb":
        yield f"duckdb:///{tmp_path / 'target.duckdb'}"
    elif request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'target.sqlite'}"
    else:
        yield from _pg_schema()


@pytest.fixture
def target(target_url: str) -> Iterator[SqlTarget]:
    """The target adapter over :func:`target_url`."""
    t = SqlTarget(target_url)
    yield t
    t.dispose()


@pytest.fixture
def maria_url() -> Iterator[str]:
    """A fresh database on the shared MariaDB (dropped afterwards)."""
    db = f"mw_{uuid.uuid4().hex[:12]}"
    eng = sa.create_engine(f"{MARIADB}/test")
    with eng.begin() as c:
        c.exec_driver_sql(f"CREATE DATABASE `{db}`")
    yield f"{MARIADB}/{db}"
    with eng.begin() as c:
        c.exec_driver_sql(f"DROP DATABASE IF EXISTS `{db}`")
    eng.dispose()
