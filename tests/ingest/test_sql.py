"""SQL sources against the running PostgreSQL and MariaDB, and SQLite: introspection, sampling,
read-only enforcement (guard and session), schema allow-list."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from adapters.pii import PresidioMasker
from adapters.sources import SqlSource, open_source
from core.contract import RunContract
from core.errors import PolicyBlock
from core.ingest import build_catalog, build_sample_pack
from core.ingest.ports import SamplePlan
from core.policy import PolicyEngine

from .conftest import MemoryArtifacts, MemoryLedger

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
MARIA = "mysql+pymysql://root@127.0.0.1:3306"
COUNTRIES = ["US", "DE", "FR", "GB"]


def _ddl(q: Callable[[str], str], money: str) -> list[str]:
    rows = ", ".join(
        f"({i}, 'Person {i}', 'p{i}@example.com', '{COUNTRIES[i % 4]}', '2024-0{1 + i % 9}-1{i % 9}')"
        for i in range(1, 61))
    orders = ", ".join(f"({i}, {1 + i % 60}, {i * 3}.25)" for i in range(1, 121))
    return [
        f"CREATE TABLE {q('customers')} (id INTEGER PRIMARY KEY, full_name VARCHAR(80) NOT NULL, "
        f"email VARCHAR(120), country CHAR(2), signup_date DATE)",
        f"CREATE TABLE {q('orders')} (order_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL "
        f"REFERENCES {q('customers')} (id), amount {money})",
        f"INSERT INTO {q('customers')} VALUES {rows}",
        f"INSERT INTO {q('orders')} VALUES {orders}",
    ]


@pytest.fixture
def pg_schema() -> Iterator[str]:
    schema = f"mw_ingest_{uuid.uuid4().hex[:10]}"
    eng = create_engine(PG)
    with eng.begin() as c:
        c.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        for s in _ddl(lambda t: f'"{schema}"."{t}"', "NUMERIC(10, 2)"):
            c.exec_driver_sql(s)
    yield schema
    with eng.begin() as c:
        c.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    eng.dispose()


@pytest.fixture
def maria_db() -> Iterator[str]:
    db = f"mw_ingest_{uuid.uuid4().hex[:10]}"
    eng = create_engine(MARIA + "/test")
    with eng.begin() as c:
        c.exec_driver_sql(f"CREATE DATABASE `{db}`")
        for s in _ddl(lambda t: f"`{db}`.`{t}`", "DECIMAL(10, 2)"):
            c.exec_driver_sql(s)
    yield f"{MARIA}/{db}"
    with eng.begin() as c:
        c.exec_driver_sql(f"DROP DATABASE `{db}`")
    eng.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    db = tmp_path / "src.db"
    eng = create_engine(f"sqlite:///{db}")
    with eng.begin() as c:
        for s in _ddl(lambda t: f'"{t}"', "NUMERIC(10, 2)"):
            c.exec_driver_sql(s)
    eng.dispose()
    return f"sqlite:///{db}"


def _check_source(src: SqlSource, prefix: str) -> None:
    tables = {t.name: t for t in src.introspect(with_stats=True)}
    assert set(tables) == {f"{prefix}customers", f"{prefix}orders"}
    cust, orders = tables[f"{prefix}customers"], tables[f"{prefix}orders"]
    assert cust.primary_key == ["id"] and cust.column("id").is_key and cust.row_estimate == 60
    assert orders.row_estimate == 120
    (fk,) = orders.foreign_keys
    assert fk.columns == ["customer_id"] and fk.ref_table == f"{prefix}customers" and fk.ref_columns == ["id"]
    types = {c.name: c.logical_type for c in cust.columns}
    assert types == {"id": "int", "full_name": "string", "email": "string", "country": "string",
                     "signup_date": "date"}
    assert orders.column("amount").logical_type == "decimal"
    assert cust.column("country").stats.distinct_count == 4 and cust.column("email").stats.min is None
    assert (orders.column("amount").stats.min or "").startswith("3.25")
    plan = SamplePlan(seed=5, rows_max=8, bytes_max=100_000, key_columns=["id"], strata="country", strata_kind="value")
    a = src.sample(f"{prefix}customers", plan)
    b = src.sample(f"{prefix}customers", plan)
    assert a.height == 8 and a.equals(b) and a.columns == ["id", "full_name", "email", "country", "signup_date"]
    assert a["country"].head(4).n_unique() == 4  # strata interleaved
    other = src.sample(f"{prefix}customers", plan.model_copy(update={"seed": 6}))
    assert other["id"].to_list() != a["id"].to_list()
    with pytest.raises(PolicyBlock):
        src.query("DELETE FROM orders WHERE order_id = 1")


def _write_is_refused(src: SqlSource, table: str) -> None:
    # bypass the sqlglot guard entirely: the session itself must refuse the write
    with src.engine.connect() as conn:
        with pytest.raises(SQLAlchemyError, match="(?i)read.only|readonly|query_only|attempt to write"):
            conn.execute(text(f"INSERT INTO {table} (order_id, customer_id, amount) VALUES (9999, 1, 1.00)"))
            conn.commit()


@pytest.mark.postgres
def test_postgres(pg_schema: str) -> None:
    src = SqlSource(PG, allowed_schemas=[pg_schema])
    assert src.dialect == "postgres"
    _check_source(src, f"{pg_schema}.")
    _write_is_refused(src, f'"{pg_schema}".orders')
    with pytest.raises(PolicyBlock, match="allow-list"):
        SqlSource(PG, allowed_schemas=[pg_schema], schema_ref="public").introspect(with_stats=False)
    (only,) = SqlSource(PG, allowed_schemas=[pg_schema], schema_ref=f"{pg_schema}.orders").introspect(with_stats=False)
    assert only.name == f"{pg_schema}.orders" and only.column("amount").stats.min is None


@pytest.mark.mariadb
def test_mariadb(maria_db: str) -> None:
    src = SqlSource(maria_db)
    assert src.dialect == "mysql"
    _check_source(src, "")
    _write_is_refused(src, "orders")


def test_sqlite(sqlite_url: str) -> None:
    src = SqlSource(sqlite_url)
    _check_source(src, "")
    _write_is_refused(src, "orders")


def test_sql_stages_end_to_end(sqlite_url: str, make_contract: Callable[..., RunContract], policy: PolicyEngine,
                               ledger: MemoryLedger, artifacts: MemoryArtifacts, masker: PresidioMasker) -> None:
    c = make_contract(sqlite_url, lhs_type="sql", sample_caps={"rows_max": 10, "bytes_max": 50_000})
    src = open_source(c.lhs)
    catalog, _ = build_catalog(c, src, policy=policy, ledger=ledger, artifacts=artifacts)
    assert catalog.source_type == "sql" and catalog.dialect == "sqlite"
    packs, _ = build_sample_pack(c, catalog, src, policy=policy, ledger=ledger, artifacts=artifacts, masker=masker)
    by = {p.table: p for p in packs}
    assert by["customers"].row_count == 10 and "stratified[signup_date:month]" in by["customers"].strategy
    masking = {m.column: m for m in by["customers"].masking}
    assert masking["email"].entity_types == ["EMAIL_ADDRESS"] and masking["full_name"].entity_types == ["PERSON"]
    assert all("@" in r["email"] and set(r["email"]) <= set("Aa9@.-_+") for r in by["customers"].rows)  # shapes
    assert all(float(r["amount"]) % 1 == 0.25 for r in by["orders"].rows)  # amounts are not PII: kept
