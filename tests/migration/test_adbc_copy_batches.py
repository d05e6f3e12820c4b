"""AdbcSession.ingest hands the binary COPY record batches of at most COPY_BATCH_ROWS rows: every row arrives once with
its values, in one transaction, and a row refused in a later batch leaves none of the earlier batches' rows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import polars as pl
import pyarrow as pa
import pytest
import sqlalchemy as sa

from adapters.targets import adbc_pg
from adapters.targets.adbc_pg import AdbcSession, adbc_uri

pytestmark = pytest.mark.postgres


def _frame(n: int) -> pl.DataFrame:
    return pl.DataFrame({
        "i": list(range(n)),
        "s": [f"v{i}-é" if i % 5 else None for i in range(n)],
        "d": pl.Series([Decimal(f"{i}.{i % 1000:06d}") for i in range(n)], dtype=pl.Decimal(38, 6)),
        "day": [dt.date(2000, 1, 1) + dt.timedelta(days=i) for i in range(n)],
    })


def _table(url: str) -> sa.Table:
    md = sa.MetaData()
    return sa.Table("copy_batches", md, sa.Column("i", sa.BigInteger, nullable=False), sa.Column("s", sa.Text),
                    sa.Column("d", sa.Numeric(38, 6)), sa.Column("day", sa.Date))


def test_rows_over_several_copy_batches_arrive_once_each_with_their_values(
        pg_target_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(adbc_pg, "COPY_BATCH_ROWS", 7)
    sent: list[list[int]] = []
    batched = adbc_pg.copy_batches

    def spy(data: pa.Table) -> pa.Table:
        out = batched(data)
        sent.append([b.num_rows for b in out.to_batches()])
        return out

    monkeypatch.setattr(adbc_pg, "copy_batches", spy)
    engine = sa.create_engine(pg_target_url)
    table = _table(pg_target_url)
    table.metadata.create_all(engine)
    frame = _frame(52)  # 8 batches, the last one short
    session = AdbcSession(adbc_uri(engine.url))
    try:
        session.ingest(table.name, frame.slice(3, 49))  # an offset into the Arrow buffers too
        session.commit()
    finally:
        session.close()
    with engine.connect() as conn:
        got = conn.execute(sa.select(table).order_by(table.c.i)).all()
    assert [tuple(r) for r in got] == list(frame.slice(3, 49).iter_rows())
    assert sent == [[7] * 7], sent  # the COPY really went as several batches
    engine.dispose()


def test_a_row_refused_in_a_later_copy_batch_leaves_none_of_the_earlier_batches(
        pg_target_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(adbc_pg, "COPY_BATCH_ROWS", 5)
    engine = sa.create_engine(pg_target_url)
    table = _table(pg_target_url)
    table.metadata.create_all(engine)
    bad = _frame(30).with_columns(pl.when(pl.col("i") == 27).then(None).otherwise(pl.col("i")).alias("i"))
    session = AdbcSession(adbc_uri(engine.url))
    try:
        with pytest.raises(Exception, match="(?i)null"):
            session.ingest(table.name, bad)  # batch 6 of 6 holds the NULL key
        session.rollback()
    finally:
        session.close()
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one() == 0
    engine.dispose()


def test_text_goes_as_polars_string_views_and_arrives_exactly_long_short_empty_null_and_multibyte(
        pg_target_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(adbc_pg, "COPY_BATCH_ROWS", 5)
    types: list[pa.DataType] = []
    batched = adbc_pg.copy_batches

    def spy(data: pa.Table) -> pa.Table:
        types.append(data.schema.field("s").type)
        return batched(data)

    monkeypatch.setattr(adbc_pg, "copy_batches", spy)
    values = ["", None, "a", "exactly12byt", "thirteen byte", "日本語のとても長い値です-" * 3, "x" * 300, "é"] * 3
    frame = pl.DataFrame({"i": list(range(len(values))), "s": values}).with_columns(
        pl.lit(None, dtype=pl.Decimal(38, 6)).alias("d"), pl.lit(None, dtype=pl.Date).alias("day"))
    engine = sa.create_engine(pg_target_url)
    table = _table(pg_target_url)
    table.metadata.create_all(engine)
    session = AdbcSession(adbc_uri(engine.url))
    try:
        session.ingest(table.name, frame.slice(2, 20))  # an offset into the views' buffers too
        session.commit()
    finally:
        session.close()
    with engine.connect() as conn:
        got = conn.execute(sa.select(table.c.i, table.c.s).order_by(table.c.i)).all()
    assert [tuple(r) for r in got] == list(frame.slice(2, 20).select("i", "s").iter_rows())
    assert types == [pa.string_view()], types  # no copy into large_string before the COPY
