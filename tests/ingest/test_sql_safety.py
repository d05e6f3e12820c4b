"""SQL safety: every SQL-building entry point reads hostile identifiers as names and hostile
literals as values, on PostgreSQL, MariaDB, SQLite and DuckDB.

Hostile tables (quotes, backticks, backslashes, comments, semicolons, bind markers, percent
signs, NUL, unicode confusables) are created for real wherever the database allows the name,
next to a canary table. Then introspection (with and without stats, row estimates) and sampling
run through :class:`adapters.sources.SqlSource`. "Only the intended statement ran" is shown by
its effects: each result equals the named table's own data (no extra or missing row, no value
from elsewhere), the canary and the set of tables are unchanged, and on MariaDB the values of
``CURRENT_USER()`` and ``mysql.user`` never appear in anything returned.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, insert, inspect, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from adapters.sources import SqlSource
from core.catalog import TableSchema
from core.ingest.ports import SamplePlan
from core.ingest.sqlgen import count_query, sample_query, stats_query
from core.ingest.sqlguard import ensure_select_only

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
MARIA = "mysql+pymysql://root@127.0.0.1:3306"
CANARY = "mw_canary"

#: names that break naive quoting in at least one dialect (some are refused by some databases)
HOSTILE_NAMES = [
    "a'b", 'a"b', "a`b", "ends\\", "a\\'b", "x\\' OR 1=1 -- x", "x'; DROP TABLE mw_canary; --x",
    "a/*b", "c*/d", "e--f", "g;h", "i:j", "k:mwb1", "l%m", "n%(o)s", "\u02bcp", "q\uff07r",
    "\uff53\uff45\uff4c", "s\u2019t", " UNION SELECT 4242 -- x", "u\x00v", "$1", "w?x", "y\\\\:z",
]
#: values stored in the hostile column of every table (read back exactly)
HOSTILE_VALUES = ["it's", "\\", "'; DROP TABLE mw_canary; --", "\\' OR '1'='1", "/* x */ -- y", "\u02bc\uff07;"]


def _table(md: MetaData, name: str, schema: str | None) -> Table:
    return Table(name, md, Column("id", Integer, primary_key=True, autoincrement=False),
                 Column(name, String(60)), schema=schema)


def _make_tables(engine: Engine, schema: str | None, values: list[str]) -> list[str]:
    """Create the canary and every hostile table the database accepts; returns the created names."""
    md = MetaData()
    canary = Table(CANARY, md, Column("id", Integer, primary_key=True, autoincrement=False), schema=schema)
    with engine.begin() as c:
        canary.create(c)
        c.execute(insert(canary).values(id=1))
    created = []
    for name in HOSTILE_NAMES:
        t = _table(MetaData(), name, schema)
        try:
            with engine.begin() as c:
                t.create(c)
                c.execute(insert(t), [{"id": i, name: v} for i, v in enumerate(values)])
        except (SQLAlchemyError, ValueError):
            continue  # the database refuses this name (NUL, trailing space, ...): nothing to read
        created.append(name)
    return created


def _check_unharmed(engine: Engine, schema: str | None, created: list[str]) -> None:
    """The canary still holds its row and no table appeared or vanished."""
    md = MetaData()
    canary = Table(CANARY, md, Column("id", Integer), schema=schema)
    with engine.connect() as c:
        assert c.execute(select(canary.c.id)).all() == [(1,)]
        assert set(inspect(c).get_table_names(schema=schema)) == {CANARY, *created}


def _check_source(src: SqlSource, created: list[str], values: list[str]) -> list[TableSchema]:
    """Every hostile table is read as itself: names, counts, stats and sampled values."""
    out: list[TableSchema] = []
    for with_stats in (False, True):
        tables = {t.format["table"]: t for t in src.introspect(with_stats=with_stats)}
        assert set(tables) == {CANARY, *created}
        assert tables[CANARY].row_estimate == 1
        for name in created:
            t = tables[name]
            assert t.row_estimate == len(values), name
            assert [c.original_name for c in t.columns] == ["id", name]
            if with_stats:
                stats = t.columns[1].stats
                assert (stats.row_count, stats.null_count, stats.distinct_count) == (len(values), 0, len(values))
                assert stats.max_length == max(len(v) for v in values)
            plan = SamplePlan(seed=3, rows_max=100, bytes_max=1_000_000, key_columns=["id"])
            frame = src.sample(t.name, plan)
            assert frame.height == len(values)
            assert dict(zip(frame[frame.columns[0]].to_list(), frame[frame.columns[1]].to_list(),
                            strict=True)) == dict(enumerate(values)), name
            strat = src.sample(t.name, plan.model_copy(update={"strata": t.columns[1].name, "rows_max": 2}))
            assert strat.height == 2 and set(strat[strat.columns[1]].to_list()) <= set(values)
        out.extend(tables.values())
    return out


@pytest.fixture
def maria() -> Iterator[tuple[Engine, str]]:
    db = f"mw_safe_{uuid.uuid4().hex[:8]}\\"  # a trailing backslash: the escape of MySQL strings
    eng = create_engine(MARIA + "/test")
    quoted = "`" + db.replace("`", "``") + "`"
    with eng.begin() as c:
        c.exec_driver_sql(f"CREATE DATABASE {quoted}")  # test set-up: the name is ours and fixed-form
    yield eng, db
    with eng.begin() as c:
        c.exec_driver_sql(f"DROP DATABASE {quoted}")
    eng.dispose()


@pytest.mark.mariadb
def test_mariadb_backslash_schema_cannot_inject(maria: tuple[Engine, str]) -> None:
    """Issue 10 defect 1: a schema ending in a backslash plus a table named as SQL made the row
    estimate return attacker-chosen values; a table ending in a backslash stopped the schema."""
    eng, db = maria
    md = MetaData()
    names = [" UNION SELECT 4242 -- x", "ends\\", " UNION SELECT LENGTH(CURRENT_USER()) + 1000000 -- x"]
    for name in names:
        t = _table(md, name, db)
        with eng.begin() as c:
            t.create(c)
            c.execute(insert(t), [{"id": i, name: f"v{i}"} for i in range(3)])
    src = SqlSource(MARIA + "/test", schema_ref=db)
    tables = {t.format["table"]: t for t in src.introspect(with_stats=False)}
    assert set(tables) == set(names)
    assert {n: t.row_estimate for n, t in tables.items()} == dict.fromkeys(names, 3)


@pytest.mark.mariadb
def test_mariadb_hostile_identifiers(maria: tuple[Engine, str]) -> None:
    eng, db = maria
    created = _make_tables(eng, db, HOSTILE_VALUES)
    assert len(created) >= len(HOSTILE_NAMES) - 4, created  # only NUL-like names may be refused
    with eng.connect() as c:
        current_user = c.exec_driver_sql("SELECT CURRENT_USER()").scalar_one()
        users = [f"{u}@{h}" for u, h in c.exec_driver_sql("SELECT User, Host FROM mysql.user").all()]
    tables = _check_source(SqlSource(MARIA + "/test", schema_ref=db), created, HOSTILE_VALUES)
    seen = json.dumps([t.model_dump(mode="json", exclude={"source_location"}) for t in tables])
    for secret in [current_user, *users]:
        assert secret not in seen
    _check_unharmed(eng, db, created)


@pytest.fixture
def pg() -> Iterator[tuple[Engine, str]]:
    schema = f"mw_safe_{uuid.uuid4().hex[:8]}'\\"
    eng = create_engine(PG)
    quoted = '"' + schema.replace('"', '""') + '"'
    with eng.begin() as c:
        c.exec_driver_sql(f"CREATE SCHEMA {quoted}")  # test set-up: the name is ours and fixed-form
    yield eng, schema
    with eng.begin() as c:
        c.exec_driver_sql(f"DROP SCHEMA {quoted} CASCADE")
    eng.dispose()


@pytest.mark.postgres
def test_postgres_hostile_identifiers(pg: tuple[Engine, str]) -> None:
    eng, schema = pg
    created = _make_tables(eng, schema, HOSTILE_VALUES)
    assert len(created) >= len(HOSTILE_NAMES) - 1, created  # PostgreSQL refuses only NUL
    _check_source(SqlSource(PG, allowed_schemas=[schema], schema_ref=schema), created, HOSTILE_VALUES)
    _check_unharmed(eng, schema, created)


def test_sqlite_hostile_identifiers(tmp_path: Path) -> None:
    db = tmp_path / "hostile's \\ db.sqlite"
    eng = create_engine(f"sqlite:///{db}")
    values = [*HOSTILE_VALUES, "nul\x00inside"]
    created = _make_tables(eng, None, values)
    assert len(created) >= len(HOSTILE_NAMES) - 1, created
    _check_source(SqlSource(f"sqlite:///{db}"), created, values)
    _check_unharmed(eng, None, created)
    eng.dispose()


def test_duckdb_generated_queries_hostile_identifiers() -> None:
    """DuckDB has no SQLAlchemy source here: the sqlgen queries run on it directly (guarded)."""
    con = duckdb.connect()
    con.execute(f"CREATE TABLE {CANARY} (id INTEGER)")
    con.execute(f"INSERT INTO {CANARY} VALUES (1)")
    schema = "s'\\\"`;--"
    con.execute("CREATE SCHEMA " + '"' + schema.replace('"', '""') + '"')
    created = 0
    for name in HOSTILE_NAMES:
        quoted = '"' + name.replace('"', '""') + '"'
        target = '"' + schema.replace('"', '""') + '".' + quoted
        try:  # set-up with our own fixed quoting; values bound
            con.execute(f"CREATE TABLE {target} (id INTEGER, {quoted} VARCHAR)")
            con.executemany(f"INSERT INTO {target} VALUES (?, ?)", list(enumerate(HOSTILE_VALUES)))
        except duckdb.Error:
            continue
        created += 1
        cols = [("id", "int"), (name, "string")]
        q = count_query(schema, name, "duckdb")
        ensure_select_only(q, "duckdb")
        assert con.execute(q).fetchall() == [(len(HOSTILE_VALUES),)]
        q = stats_query(schema, name, cols, "duckdb")
        ensure_select_only(q, "duckdb")
        cur = con.execute(q)
        r = dict(zip([d[0] for d in cur.description], cur.fetchone() or (), strict=True))
        n = len(HOSTILE_VALUES)
        assert (r["n"], r["c1_nn"], r["c1_d"], r["c0_max"]) == (n, n, n, str(n - 1))
        plan = SamplePlan(seed=1, rows_max=50, bytes_max=10_000, key_columns=["id"])
        q = sample_query(schema, name, [("id", "id"), (name, "v")], plan, "duckdb")
        ensure_select_only(q, "duckdb")
        assert dict(con.execute(q).fetchall()) == dict(enumerate(HOSTILE_VALUES))
    assert created >= len(HOSTILE_NAMES) - 1
    assert con.execute(f"SELECT * FROM {CANARY}").fetchall() == [(1,)]
    con.close()


def _driver_rows(conn: Any, sql: str) -> list[tuple[Any, ...]]:
    """Run ``sql`` on the DB-API cursor with no parameters (no driver-side ``%``/``:`` parsing)."""
    cur = conn.connection.cursor()
    try:
        cur.execute(sql)
        return [tuple(r) for r in cur.fetchall()]
    finally:
        cur.close()


def _dsl_pipeline(col: str) -> Any:
    from dsl.models import Pipeline

    mapping = {v: f"{v}|mapped" for v in HOSTILE_VALUES[:3]}
    return Pipeline.model_validate({
        "inputs": [col], "outputs": ["out'\\", 'o"2'], "input_types": {col: "string"},
        "steps": [
            {"op": "map_dict", "input": col, "output": "out'\\", "mapping": mapping, "default": "';--\\"},
            {"op": "concat", "inputs": [col, col], "output": 'o"2', "separator": "'\\;/*"},
        ]})


@pytest.mark.parametrize("dialect", ["duckdb", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_dsl_sql_hostile_columns_and_literals(dialect: str) -> None:
    """DSL literals (map keys/values, defaults, separators) and column names stay values and names."""
    from dsl.compile_polars import apply_pipeline
    from dsl.compile_sql import to_sql

    col = "c'\\\"`;--"
    p = _dsl_pipeline(col)
    frame = pl.DataFrame({col: HOSTILE_VALUES})
    expected = sorted(apply_pipeline(frame, p, {col: "string"}).collect().rows())
    sql = to_sql(p, dialect, "mw_t")
    ensure_select_only(sql, dialect)
    if dialect == "duckdb":
        con = duckdb.connect()
        con.register("mw_t", frame)
        got = con.execute(sql).fetchall()
        con.close()
    elif dialect == "sqlite":
        eng = create_engine("sqlite://")
        md = MetaData()
        t = Table("mw_t", md, Column(col, String))
        with eng.begin() as c:
            t.create(c)
            c.execute(insert(t), [{col: v} for v in HOSTILE_VALUES])
            got = _driver_rows(c, sql)
    else:
        eng = create_engine(PG)
        md = MetaData()
        name = f"mw_t_{uuid.uuid4().hex[:8]}"
        t = Table(name, md, Column(col, String))
        with eng.begin() as c:
            t.create(c)
            try:
                c.execute(insert(t), [{col: v} for v in HOSTILE_VALUES])
                got = _driver_rows(c, to_sql(p, dialect, name))
            finally:
                t.drop(c)
        eng.dispose()
    assert sorted(got) == expected


def test_sqlite_source_reads_nul_and_quotes_in_values(tmp_path: Path) -> None:
    """Values are data: NUL, quotes and backslashes in cells reach the sample pack unchanged."""
    db = tmp_path / "v.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    vals = ["a\x00b", "'", "\\", "--", "/*"]
    con.executemany("INSERT INTO t VALUES (?, ?)", list(enumerate(vals)))
    con.commit()
    con.close()
    frame = SqlSource(f"sqlite:///{db}").sample("t", SamplePlan(seed=0, rows_max=10, bytes_max=10_000,
                                                                   key_columns=["id"]))
    assert dict(zip(frame["id"].to_list(), frame["v"].to_list(), strict=True)) == dict(enumerate(vals))


def test_url_with_a_non_numeric_port_is_a_named_error() -> None:
    """make_url raises a bare ValueError for such a port: it must not escape as an internal error."""
    from adapters.sources import open_source
    from core.contract import Endpoint
    from core.errors import DeterministicFailure

    endpoint = Endpoint.model_validate({"source": {"type": "sql"}, "location": "postgresql+psycopg://u@h:abc/db"})
    with pytest.raises(DeterministicFailure, match="port must be a number"):
        open_source(endpoint)
