"""Driver messages in typed errors and on the ledger carry no personal value (issue 11), but still name the
table, column and error kind; a PostgreSQL lock timeout (55P03) is transient.

Every message here is produced by the real driver (PostgreSQL through psycopg and ADBC, MariaDB through PyMySQL,
DuckDB, SQLite), from a statement that holds a personal value.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import adbc_driver_postgresql.dbapi as adbc
import duckdb
import polars as pl
import pytest
import sqlalchemy as sa

from adapters.sources.sql_session import classify_db_error, read_only_engine
from adapters.targets.driver_errors import read_error, transient
from adapters.targets.mariadb_target import MariaDbTarget
from adapters.targets.pg_stream import adbc_error
from adapters.targets.sql_target import SqlTarget
from core.error_text import SHAPE_MAX, safe_cause, shape
from core.errors import MapwrightError
from core.inmemory import MemoryLedger
from core.migration.errors import TargetBusy, TargetReadFailed, TargetWriteRefused, write_refused
from core.migration.models import Disposition
from core.migration.run import migrate
from tests.migration.conftest import MARIADB, POSTGRES, example_source, make_spec, new_run_id

SECRET = b"driver-messages"


def _recorded(err: MapwrightError) -> str:
    """Everything of the typed error a person or a record sees: message and fields."""
    return err.message + json.dumps(err.details, default=str)


def _assert_clean(text: str, *values: str) -> None:
    leaked = [v for v in values if v in text]
    assert not leaked, f"raw values {leaked} in {text!r}"


def _fail(run: sa.Engine | duckdb.DuckDBPyConnection, sql: str, params: dict[str, object] | list[object]) -> Exception:
    """The exception the driver raises for ``sql`` (the test fails if it raises none)."""
    try:
        if isinstance(run, sa.Engine):
            with run.begin() as c:
                c.execute(sa.text(sql), params)
        else:
            run.execute(sql, params)
    except Exception as exc:  # noqa: BLE001 - the driver's own error is what is examined
        return exc
    raise AssertionError(f"{sql} did not fail")


def test_shape_keeps_the_form_of_a_value_not_the_value() -> None:
    assert shape("Juan Pérez-12") == "Aaaa Aaaaa-99"
    assert shape("a@b.c") == "a@a.a" and shape(shape("O'Brien")) == shape("O'Brien") == "A'Aaaaa"
    assert shape("x" * 100) == "a" * SHAPE_MAX + "…"


@pytest.mark.postgres
def test_postgres_messages_name_the_column_and_state_but_not_the_value() -> None:
    table = f"mw_msg_{uuid.uuid4().hex[:10]}"
    eng = sa.create_engine(POSTGRES)
    try:
        with eng.begin() as c:
            c.exec_driver_sql(f"CREATE TABLE {table} (id text PRIMARY KEY, email text UNIQUE, age bigint, "
                              "name text NOT NULL)")
            c.execute(sa.text(f"INSERT INTO {table} VALUES ('12345678Z', 'juan.perez@example.com', 1, 'Juan')"))
        dup = _fail(eng, f"INSERT INTO {table} VALUES ('X1', :e, 1, 'Ana')", {"e": "juan.perez@example.com"})
        cast = _fail(eng, f"INSERT INTO {table} VALUES ('X2', 'b@c.d', CAST(:a AS bigint), 'Ana')", {"a": "Juan"})
        null = _fail(eng, f"INSERT INTO {table} VALUES ('Perez77', 'c@d.e', 1, NULL)", {})
        err = write_refused("pg", safe_cause(dup))
        _assert_clean(_recorded(err), "juan.perez", "example.com")
        assert f"{table}_email_key" in err.message and "Key (email)=(" in err.message and "23505" in err.message
        err = write_refused("pg", safe_cause(cast))
        _assert_clean(_recorded(err), "Juan")
        assert "invalid input syntax for type bigint" in err.message and "22P02" in err.message
        err = read_error("pg", "rows", null)
        assert isinstance(err, TargetReadFailed)
        _assert_clean(_recorded(err), "Perez77", "c@d.e")
        assert f'column "name" of relation "{table}"' in err.message and "23502" in err.message
    finally:
        with eng.begin() as c:
            c.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")
        eng.dispose()


@pytest.mark.postgres
def test_an_adbc_message_drops_the_statement_and_shapes_the_key_detail() -> None:
    table = f"mw_msg_{uuid.uuid4().hex[:10]}"
    conn = adbc.connect(POSTGRES.replace("postgresql+psycopg", "postgresql"))
    cur = conn.cursor()
    try:
        cur.execute(f"CREATE TABLE {table} (id text PRIMARY KEY)")
        cur.execute(f"INSERT INTO {table} VALUES ('12345678Z')")
        conn.commit()
        try:
            cur.execute(f"INSERT INTO {table} VALUES ('12345678Z')")
        except adbc.Error as exc:
            conn.rollback()
            err = adbc_error("pg", exc)
        else:
            raise AssertionError("the duplicate insert did not fail")
        assert isinstance(err, TargetWriteRefused)
        _assert_clean(_recorded(err), "12345678Z")
        assert f"{table}_pkey" in err.message and "Key (id)=(99999999A)" in err.message and "23505" in err.message
    finally:
        cur.execute(f"DROP TABLE IF EXISTS {table}")
        conn.commit()
        cur.close()
        conn.close()


@pytest.mark.mariadb
def test_mariadb_messages_keep_the_error_number_and_names_but_not_the_value() -> None:
    table = f"mw_msg_{uuid.uuid4().hex[:10]}"
    eng = sa.create_engine(f"{MARIADB}/test")
    try:
        with eng.begin() as c:
            c.exec_driver_sql(f"CREATE TABLE {table} (id varchar(20) PRIMARY KEY, name varchar(40), age bigint)")
            c.execute(sa.text(f"INSERT INTO {table} VALUES ('12345678Z', 'x', 1)"))
        dup = _fail(eng, f"INSERT INTO {table} VALUES (:i, 'y', 1)", {"i": "12345678Z"})
        err = write_refused("maria", safe_cause(dup))
        _assert_clean(_recorded(err), "12345678Z")
        assert "Duplicate entry '99999999A' for key 'PRIMARY'" in err.message and "error 1062" in err.message
        with eng.begin() as c:
            c.execute(sa.text(f"INSERT INTO {table} VALUES ('Q', :n, 1)"), {"n": "O'Brien Gómez"})
            c.exec_driver_sql(f"CREATE UNIQUE INDEX mw_uq_name ON {table} (name)")
        quoted = _fail(eng, f"INSERT INTO {table} VALUES ('R', :n, 1)", {"n": "O'Brien Gómez"})
        _assert_clean(_recorded(write_refused("maria", safe_cause(quoted))), "Brien", "Gómez")
        assert "for key 'mw_uq_name'" in safe_cause(quoted)
        bad = _fail(eng, f"INSERT INTO {table} VALUES ('S', 'z', :a)", {"a": "Juan"})
        err = write_refused("maria", safe_cause(bad))
        _assert_clean(_recorded(err), "Juan")
        assert f"`{table}`.`age`" in err.message and "error 1366" in err.message
    finally:
        with eng.begin() as c:
            c.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")
        eng.dispose()


@pytest.mark.mariadb
def test_mariadb_backtick_names_in_constraint_messages_are_kept() -> None:
    """MariaDB quotes identifiers in backticks; a backtick literal is a value only where no object word names it."""
    table = f"mw_msg_{uuid.uuid4().hex[:10]}"
    eng = sa.create_engine(f"{MARIADB}/test")
    try:
        with eng.begin() as c:
            c.exec_driver_sql(f"CREATE TABLE {table}p (id int PRIMARY KEY)")
            c.exec_driver_sql(f"CREATE TABLE {table}c (id int PRIMARY KEY, pid int, n int CHECK (n > 0), "
                              f"CONSTRAINT fk_{table} FOREIGN KEY (pid) REFERENCES {table}p (id))")
        fk = _fail(eng, f"INSERT INTO {table}c (id, pid) VALUES (1, :p)", {"p": 612345678})
        check = _fail(eng, f"INSERT INTO {table}c (id, n) VALUES (2, :n)", {"n": -612345678})
        assert safe_cause(fk) == f"{fk.orig.args[1]} (error 1452)"  # type: ignore[attr-defined]
        assert f"`test`.`{table}c`, CONSTRAINT `fk_{table}` FOREIGN KEY (`pid`) REFERENCES `{table}p` (`id`)" \
            in safe_cause(fk)
        assert f"CONSTRAINT `{table}c.n` failed for `test`.`{table}c` (error 4025)" == safe_cause(check)
    finally:
        with eng.begin() as c:
            c.exec_driver_sql(f"DROP TABLE IF EXISTS {table}c")
            c.exec_driver_sql(f"DROP TABLE IF EXISTS {table}p")
        eng.dispose()


def test_embedded_messages_name_the_column_but_not_the_value(tmp_path: Path) -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE people (id varchar PRIMARY KEY, age bigint)")
    con.execute("INSERT INTO people VALUES ('12345678Z', 1)")
    dup = _fail(con, "INSERT INTO people VALUES (?, 2)", ["12345678Z"])
    conv = _fail(con, "INSERT INTO people VALUES ('Q', CAST(? AS bigint))", ["Juan"])
    assert '"id: 99999999A"' in safe_cause(dup) and "Duplicate key" in safe_cause(dup)
    assert "Could not convert string 'Aaaa' to INT64" == safe_cause(conv).split(": ", 1)[1]
    small = _fail(con, "SELECT CAST(? AS smallint)", [612345678])  # the value unquoted
    assert "with value 999999999 can't be cast" in safe_cause(small)
    for exc in (dup, conv, small):
        _assert_clean(_recorded(write_refused("duck", safe_cause(exc))), "12345678Z", "Juan", "612345678")
    lite = sa.create_engine(f"sqlite:///{tmp_path / 't.sqlite'}")
    with lite.begin() as c:
        c.exec_driver_sql("CREATE TABLE people (id text PRIMARY KEY)")
        c.exec_driver_sql("INSERT INTO people VALUES ('12345678Z')")
    err = _fail(lite, "INSERT INTO people VALUES (:i)", {"i": "12345678Z"})
    lite.dispose()
    assert safe_cause(err) == "UNIQUE constraint failed: people.id", "no statement, no parameters"


BACKENDS = ["duckdb", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres),
            pytest.param("mariadb", marks=pytest.mark.mariadb)]
#: what each backend's refusal still names (error kind, index or column, code)
NAMES = {"duckdb": ("Duplicate key", '"email: '), "sqlite": ("UNIQUE constraint failed", "crm_customer.email"),
         "postgres": ("mw_uq_email", "Key (email)=(", "SQLSTATE 23505"),
         "mariadb": ("Duplicate entry", "'mw_uq_email'", "error 1062")}


@pytest.fixture
def any_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, SqlTarget]]:
    """A fresh target of each backend."""
    backend, tag = request.param, uuid.uuid4().hex[:10]
    admin = sa.create_engine(POSTGRES if backend == "postgres" else f"{MARIADB}/test")
    if backend in ("duckdb", "sqlite"):
        target = SqlTarget(f"{backend}:///{tmp_path / f't.{backend}'}")
    elif backend == "postgres":
        with admin.begin() as c:
            c.execute(sa.schema.CreateSchema(f"mw_msg_{tag}"))
        target = SqlTarget(f"{POSTGRES}?options=-csearch_path%3Dmw_msg_{tag}")
    else:
        with admin.begin() as c:
            c.exec_driver_sql(f"CREATE DATABASE `mw_msg_{tag}`")
        target = MariaDbTarget(f"{MARIADB}/mw_msg_{tag}")
    yield backend, target
    target.dispose()
    if backend in ("postgres", "mariadb"):
        with admin.begin() as c:
            if backend == "postgres":
                c.execute(sa.schema.DropSchema(f"mw_msg_{tag}", cascade=True))
            else:
                c.exec_driver_sql(f"DROP DATABASE IF EXISTS `mw_msg_{tag}`")
    admin.dispose()


@pytest.mark.parametrize("any_target", BACKENDS, indirect=True)
def test_a_refused_promotion_on_the_ledger_names_the_constraint_not_the_personal_value(
        any_target: tuple[str, SqlTarget]) -> None:
    backend, target = any_target
    src = example_source()
    migrate(make_spec(new_run_id()), src, target, secret=SECRET)
    eng = sa.create_engine(target._url)  # noqa: SLF001 - the test adds a unique index behind the adapter's back
    with eng.begin() as c:
        c.exec_driver_sql("CREATE UNIQUE INDEX mw_uq_email ON crm_customer (email)")
    eng.dispose()
    fresh_keys = src.with_columns((pl.col("customer_id").cast(pl.Int64) + 100_000).cast(pl.String))
    spec, ledger = make_spec(new_run_id(), disposition=Disposition.APPEND), MemoryLedger()
    with pytest.raises(TargetWriteRefused) as err:
        migrate(spec, fresh_keys, target, secret=SECRET, ledger=ledger)
    recorded = [json.dumps(e.detail, default=str) for e in ledger.events(spec.run_id)]
    refused = [r for r, e in zip(recorded, ledger.events(spec.run_id), strict=True) if e.action == "migration.promote"]
    assert refused, "the refused promotion is on the ledger"
    emails = [e for e in src["email"].drop_nulls().to_list() if len(e) > 5]
    for text in (_recorded(err.value), *recorded):
        _assert_clean(text, *emails)
    for name in NAMES[backend]:
        assert name in err.value.details["cause"] and name in refused[0], (backend, name)


@pytest.mark.postgres
def test_a_postgres_lock_timeout_is_transient(pg_target_url: str) -> None:
    admin = sa.create_engine(pg_target_url)
    target = SqlTarget(pg_target_url + "%20-clock_timeout%3D150")
    with admin.connect() as holder:
        holder.exec_driver_sql("CREATE TABLE crm_customer (customer_id bigint PRIMARY KEY)")
        holder.commit()
        holder.exec_driver_sql("LOCK TABLE crm_customer IN ACCESS EXCLUSIVE MODE")
        with pytest.raises(TargetBusy, match="lock timeout") as err:
            target.final_frame("crm_customer")
        holder.rollback()
    assert err.value.transient and "55P03" in err.value.message
    target.dispose()
    admin.dispose()
    assert transient("x", RuntimeError("canceling statement due to lock timeout")) is not None


@pytest.mark.postgres
def test_a_sql_source_error_names_the_type_but_not_the_row_value() -> None:
    eng = read_only_engine(POSTGRES)
    try:
        with eng.connect() as c:
            c.execute(sa.text("SELECT CAST(v AS bigint) FROM (VALUES ('Juan Pérez')) AS people(v)"))
    except sa.exc.DBAPIError as exc:
        err = classify_db_error(exc, "pg-source", "query")
    else:
        raise AssertionError("the cast did not fail")
    finally:
        eng.dispose()
    _assert_clean(_recorded(err), "Juan", "Pérez")
    assert "invalid input syntax for type bigint" in err.message and "22P02" in err.message
