"""A SQL source keyed on several columns streams by composite keyset pages: every row once, in key order.

Run on PostgreSQL, MariaDB and SQLite: the key has a text part shared by many rows (page
boundaries fall inside a group), an integer and a date part; the table's names need quoting.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.sources.sql import SqlSource
from core.catalog import TableSchema
from core.errors import DeterministicFailure
from orchestration.analysis.sql_source import keyset_query, sql_batches
from tests.conftest import MARIADB_URL, POSTGRES_URL

REGIONS = ["AMER", "APAC", "EMEA", "LATM"]
KEYS = sorted({(r, s, date(2024, 1, 1) + timedelta(days=d)) for r in REGIONS for s in range(9) for d in (0, 3, 40)})


def _create(url: str, schema: str | None) -> None:
    md = sa.MetaData(schema=schema)
    t = sa.Table("Order Lines", md, sa.Column("Region Code", sa.String(8), primary_key=True),
                 sa.Column("Seq", sa.Integer, primary_key=True, autoincrement=False),
                 sa.Column("Day", sa.Date, primary_key=True), sa.Column("Note: text", sa.Text))
    rows = [{"Region Code": r, "Seq": s, "Day": d, "Note: text": f"n:{i}"} for i, (r, s, d) in enumerate(KEYS)]
    random.Random(7).shuffle(rows)  # inserted out of key order
    eng = sa.create_engine(url)
    with eng.begin() as c:
        md.create_all(c)
        c.execute(t.insert(), rows)
    eng.dispose()


@pytest.fixture
def pg_source() -> Iterator[tuple[str, list[str]]]:
    schema = f"mw_anck_{uuid.uuid4().hex[:10]}"
    eng = sa.create_engine(POSTGRES_URL)
    with eng.begin() as c:
        c.execute(sa.schema.CreateSchema(schema))
    _create(POSTGRES_URL, schema)
    yield POSTGRES_URL, [schema]
    with eng.begin() as c:
        c.execute(sa.schema.DropSchema(schema, cascade=True))
    eng.dispose()


@pytest.fixture
def maria_source() -> Iterator[tuple[str, list[str]]]:
    db = f"mw_anck_{uuid.uuid4().hex[:10]}"
    base = MARIADB_URL.rsplit("/", 1)[0]
    eng = sa.create_engine(MARIADB_URL)
    with eng.begin() as c:
        c.execute(sa.schema.CreateSchema(db))
    _create(f"{base}/{db}", None)
    yield f"{base}/{db}", []
    with eng.begin() as c:
        c.execute(sa.schema.DropSchema(db))
    eng.dispose()


@pytest.fixture
def sqlite_source(tmp_path: Path) -> tuple[str, list[str]]:
    url = f"sqlite:///{tmp_path / 'src.db'}"
    _create(url, None)
    return url, []


def _table(url: str, schemas: list[str]) -> TableSchema:
    tables = SqlSource(url, allowed_schemas=schemas).introspect(with_stats=False)
    return next(t for t in tables if t.format["table"] == "Order Lines")


def _streams_every_row_once_in_key_order(url: str, schemas: list[str]) -> None:
    table = _table(url, schemas)
    assert len(table.primary_key) == 3
    seen: list[pl.DataFrame] = []
    sql_batches(url, table, run_id="r")(7, seen.append)
    assert all(b.height <= 7 for b in seen) and len(seen) == -(-len(KEYS) // 7)
    frame = pl.concat(seen)
    assert frame.columns == [c.name for c in table.columns]
    got = [(r, int(s), d if isinstance(d, date) else date.fromisoformat(str(d)))
           for r, s, d in frame.select(table.primary_key).iter_rows()]
    assert got == KEYS  # each key once, in key order, across page boundaries inside a group
    assert sorted(frame[table.columns[-1].name].to_list()) == sorted(f"n:{i}" for i in range(len(KEYS)))


@pytest.mark.postgres
def test_composite_key_postgres(pg_source: tuple[str, list[str]]) -> None:
    _streams_every_row_once_in_key_order(*pg_source)


@pytest.mark.mariadb
def test_composite_key_mariadb(maria_source: tuple[str, list[str]]) -> None:
    _streams_every_row_once_in_key_order(*maria_source)


def test_composite_key_sqlite(sqlite_source: tuple[str, list[str]]) -> None:
    _streams_every_row_once_in_key_order(*sqlite_source)


def test_a_null_in_a_composite_key_is_refused_not_skipped(tmp_path: Path) -> None:
    """SQLite lets a non-INTEGER primary key column hold NULL; paging by comparison would skip that row."""
    url = f"sqlite:///{tmp_path / 'nulls.db'}"
    eng = sa.create_engine(url)
    with eng.begin() as c:
        c.exec_driver_sql('CREATE TABLE "t" ("a" TEXT, "b" INTEGER, "v" TEXT, PRIMARY KEY ("a", "b"))')
        c.exec_driver_sql("INSERT INTO \"t\" VALUES ('x', 1, 'p'), (NULL, 2, 'q'), ('y', 3, 'r')")
    eng.dispose()
    table = SqlSource(url).introspect(with_stats=False)[0]
    with pytest.raises(DeterministicFailure) as err:
        sql_batches(url, table, run_id="r")(2, lambda b: None)
    assert "NULL in its primary key" in err.value.message and "export the table" in err.value.message


@pytest.mark.parametrize("dialect", ["postgres", "mysql", "sqlite"])
def test_the_chunk_query_orders_by_the_bare_key_columns(sqlite_source: tuple[str, list[str]], dialect: str) -> None:
    """No NULL-placement sort key (MySQL's ``CASE WHEN ... IS NULL``) that would sort the whole table per chunk."""
    table = _table(*sqlite_source)
    sql = keyset_query(table, table.primary_key, params=["p0", "p1", "p2"], rows=10, dialect=dialect)
    order = sql.split("ORDER BY", 1)[1].split("LIMIT", 1)[0]
    assert "CASE" not in order and "NULLS" not in order
    assert order.count(",") == 2 and ":p2" in sql
