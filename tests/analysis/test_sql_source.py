"""A SQL source read by the Analysis in chunks by key: every row once, in key order; no key, no read."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import polars as pl
import pytest
import sqlalchemy as sa

from adapters.sources.sql import SqlSource
from core.errors import DeterministicFailure
from orchestration.analysis.sql_source import sql_batches

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_schema() -> Iterator[str]:
    schema = f"mw_analysis_{uuid.uuid4().hex[:10]}"
    md = sa.MetaData(schema=schema)
    keyed = sa.Table("Orders", md, sa.Column("Order ID", sa.Integer, primary_key=True),
                     sa.Column("Amount", sa.Numeric(10, 2)), sa.Column("Note", sa.Text))
    sa.Table("loose", md, sa.Column("a", sa.Integer), sa.Column("b", sa.Text))
    eng = sa.create_engine(PG)
    with eng.begin() as c:
        c.execute(sa.schema.CreateSchema(schema))
        md.create_all(c)
        # keys inserted out of order, and a note holding a colon (never taken for a parameter)
        c.execute(keyed.insert(), [{"Order ID": (i * 37) % 1051 + 1, "Amount": i / 4, "Note": f"n:{i}"}
                                   for i in range(1051)])
    yield schema
    with eng.begin() as c:
        c.execute(sa.schema.DropSchema(schema, cascade=True))
    eng.dispose()


def test_a_sql_table_streams_in_key_order_every_row_once(pg_schema: str) -> None:
    tables = {t.name: t for t in SqlSource(PG, allowed_schemas=[pg_schema]).introspect(with_stats=False)}
    orders = next(t for n, t in tables.items() if n.lower().endswith("orders"))
    seen: list[pl.DataFrame] = []
    sql_batches(PG, orders, run_id="r")(100, seen.append)
    assert len(seen) == 11 and all(b.height <= 100 for b in seen)
    frame = pl.concat(seen)
    key = orders.primary_key[0]
    assert frame.columns == [c.name for c in orders.columns]
    assert frame.height == 1051 and frame[key].to_list() == sorted(frame[key].to_list())
    assert frame[key].n_unique() == 1051


def test_a_sql_table_without_a_single_column_key_is_refused_with_the_fix(pg_schema: str) -> None:
    tables = SqlSource(PG, allowed_schemas=[pg_schema]).introspect(with_stats=False)
    loose = next(t for t in tables if t.name.lower().endswith("loose"))
    with pytest.raises(DeterministicFailure) as err:
        sql_batches(PG, loose, run_id="r")(100, lambda b: None)
    assert "no primary key" in err.value.message and "export the table" in err.value.message
