"""The cheaper forms of the server's row hash (issue 14 speed work) keep the client and the server in step.

* null-mask bits only for float columns (the one type whose non-null value, 0.0, hashes as a null does);
* a ``numeric(p, 6)`` decimal hashed as its own text (staging's type; a final column read from the catalog).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import polars as pl
import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from adapters.targets import pg_checksum
from adapters.targets.adbc_pg import AdbcSession, adbc_uri
from adapters.targets.sql_target import SqlTarget, stage_name
from core.migration import pg_hash
from core.migration.chunks import CHUNK_COL, checksum_of_hashes
from core.migration.models import MigrationSpec, TargetColumn
from core.migration.unchanged import SERVER_EXACT, mark_unchanged, read_known
from tests.migration.conftest import make_spec, new_run_id

pytestmark = pytest.mark.postgres

COLUMNS = [TargetColumn(name="i", type="int", key=True, nullable=False), TargetColumn(name="s", type="string"),
           TargetColumn(name="n", type="int"), TargetColumn(name="d", type="decimal"),
           TargetColumn(name="dt", type="date"), TargetColumn(name="b", type="bool")]
SCHEMA: dict[str, pl.DataType] = {"i": pl.Int64(), "s": pl.String(), "n": pl.Int64(), "d": pl.Decimal(38, 6),
                                   "dt": pl.Date(), "b": pl.Boolean()}


def _spec() -> MigrationSpec:
    return make_spec(new_run_id()).model_copy(update={"columns": COLUMNS, "key": ["i"]})


def _sql(q: Any) -> str:
    return str(q.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))


def test_without_float_columns_the_server_hash_has_no_null_mask_and_no_decimal_round_trip() -> None:
    spec = _spec()
    target = SqlTarget("postgresql+psycopg://postgres@127.0.0.1:5432/test")
    try:
        stage = target._table(stage_name(spec), spec.columns, None, chunk=True)
        sql = _sql(pg_checksum.checksum_query(stage, spec))
        assert "CASE" not in sql.upper() and "round(" not in sql, sql
        with_float = spec.model_copy(update={"columns": [*COLUMNS, TargetColumn(name="f", type="float")]})
        stage_f = target._table(stage_name(with_float), with_float.columns, None, chunk=True)
        assert _sql(pg_checksum.checksum_query(stage_f, with_float)).upper().count("CASE WHEN") == 1
        assert pg_hash.masked(with_float.columns) == ["f"]
    finally:
        target.dispose()


def test_a_null_in_a_column_without_a_mask_bit_still_hashes_apart_from_every_value(pg_target_url: str) -> None:
    """Null against the values that are 'empty' in each type (the ones a careless hash would confuse with it);
    the server's sums equal the client's row for row."""
    spec = _spec()
    target = SqlTarget(pg_target_url)
    try:
        target.prepare(spec)
        stage = target._table(stage_name(spec), spec.columns, None, chunk=True)
        base = {"i": 1, "s": "x", "n": 5, "d": Decimal("1.5"), "dt": dt.date(2001, 2, 3), "b": True}
        empties = {"s": "", "n": 0, "d": Decimal("0"), "dt": dt.date(2000, 1, 1), "b": False}
        rows = [base]
        for col, empty in empties.items():
            rows += [{**base, col: None}, {**base, col: empty}]
        frame = pl.DataFrame(rows, schema=SCHEMA).with_columns(pl.int_range(pl.len(), dtype=pl.Int32).alias(CHUNK_COL))
        session = AdbcSession(adbc_uri(sa.engine.make_url(pg_target_url)))
        session.ingest(stage.name, frame)
        session.commit()
        session.close()
        client = {n: checksum_of_hashes(pg_hash.row_hashes(frame.slice(n, 1), spec)) for n in range(frame.height)}
        assert target.server_checksums(spec) == client, "the server and NumPy agree on every row"
        assert len(set(client.values())) == frame.height, "a null differs from the empty value of its type"
    finally:
        target.dispose()


def test_a_final_numeric_6_column_is_hashed_as_its_text_and_a_change_in_the_sixth_place_is_still_seen(
        pg_target_url: str) -> None:
    spec = _spec()
    target = SqlTarget(pg_target_url)
    try:
        with target._engine.begin() as conn:
            conn.execute(sa.text(f"CREATE TABLE {spec.table} (i bigint PRIMARY KEY, s text, n bigint, "
                                 "d numeric(20, 6), dt date, b boolean)"))
            conn.execute(sa.text(f"INSERT INTO {spec.table} VALUES (1, 'a', 1, 1.5, '2001-02-03', true), "
                                 "(2, 'b', 2, -0.000001, NULL, NULL), (3, NULL, NULL, NULL, NULL, NULL)"))
        final = target._table(spec.table, spec.columns, spec.key, chunk=False)
        assert "~" not in _sql(pg_checksum.final_hashes_query(final, spec, frozenset({"d"})))
        known = read_known(spec, target)
        assert SERVER_EXACT in known.columns and known.height == 3
        source = pl.DataFrame({"i": [1, 2, 3], "s": ["a", "b", None], "n": [1, 2, None],
                               "d": [Decimal("1.5"), Decimal("-0.000001"), None],
                               "dt": [dt.date(2001, 2, 3), None, None], "b": [True, None, None]}, schema=SCHEMA)
        assert mark_unchanged(source, spec, known).to_list() == [True, True, True]
        moved = source.with_columns(pl.Series("d", [Decimal("1.500001"), Decimal("0"), Decimal("0")],
                                              dtype=pl.Decimal(38, 6)))
        assert mark_unchanged(moved, spec, known).to_list() == [False, False, False]
    finally:
        with target._engine.begin() as conn:
            sa.Table(spec.table, sa.MetaData()).drop(conn, checkfirst=True)
        target.dispose()


def test_a_postgres_staging_table_is_not_null_where_the_spec_says_so_and_the_final_one_keeps_it(
        pg_target_url: str) -> None:
    """The promotion's ALTER then scans for the primary key only (SET NOT NULL finds the column NOT NULL)."""
    from core.migration.run import migrate
    from tests.migration.conftest import example_source

    spec = make_spec(new_run_id())
    target = SqlTarget(pg_target_url)
    try:
        target.prepare(spec)
        with target._engine.connect() as conn:
            staged = {c["name"]: c["nullable"] for c in sa.inspect(conn).get_columns(stage_name(spec))}
        assert staged == {**{c.name: c.nullable for c in spec.columns}, CHUNK_COL: False}
        run = migrate(spec, example_source(), target, secret=b"k")
        assert run.promoted and run.rows_loaded > 0
        with target._engine.connect() as conn:
            insp = sa.inspect(conn)
            final = {c["name"]: c["nullable"] for c in insp.get_columns(spec.table)}
            assert insp.get_pk_constraint(spec.table)["constrained_columns"] == spec.key
        assert final == {c.name: c.nullable for c in spec.columns}
    finally:
        target.dispose()
