"""PostgreSQL's row hash computed in NumPy (core.migration.pg_hash) is the server's, value for value and per chunk."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import numpy as np
import polars as pl
import psycopg
import pytest
import sqlalchemy as sa

from adapters.targets import pg_checksum
from adapters.targets.adbc_pg import AdbcSession, adbc_uri
from adapters.targets.sql_target import SqlTarget, stage_name
from core.migration import pg_hash
from core.migration.chunks import CHUNK_COL, checksum_of_hashes
from core.migration.engine import validate
from core.migration.models import MigrationSpec, TargetColumn
from core.migration.prepared import Prepared
from core.migration.run import migrate
from core.migration.stream import StreamSink
from core.migration.unchanged import SERVER_EXACT, known_hashes, mark_unchanged, read_known
from tests.migration.conftest import POSTGRES, example_source, make_spec, new_run_id

pytestmark = pytest.mark.postgres
PG = POSTGRES.replace("+psycopg", "")


def _server(sql: str, values: list[object], cast: str) -> list[int]:
    with psycopg.connect(PG) as conn:
        rows = conn.execute(f"SELECT {sql} FROM unnest(%s::{cast}[]) WITH ORDINALITY t(x, i) ORDER BY i",
                            (values,)).fetchall()
    return [int(r[0]) for r in rows]


def _signed(h: np.ndarray) -> list[int]:
    return [int(x) for x in h.view(np.int64)]


def test_element_hashes_are_the_servers_on_every_code_path() -> None:
    rng = random.Random(14)
    # every tail length (0-11) after 0-4 whole 12-byte blocks, ASCII and multi-byte UTF-8
    strings = ["", "a", "é", "日本語"] + ["".join(rng.choice("ab9 éß日") for _ in range(n)) for n in range(60)]
    assert _signed(pg_hash._string_hash(pl.Series(strings))) == _server("hashtextextended(x, 0)", strings, "text")
    ints = [0, 1, -1, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**63 - 1, -2**63] + [
        rng.randint(-2**63, 2**63 - 1) for _ in range(50)]
    assert _signed(pg_hash.hash_int8(np.array(ints))) == _server("hashint8extended(x, 0)", ints, "int8")
    assert _signed(pg_hash.hash_int8(np.array(ints), np.array(ints).view(np.uint64))) == \
        _server("hashint8extended(x, x)", ints, "int8"), "seeded with itself (the row hash's last step)"
    floats = [0.0, -0.0, 1.5, -2.25, float("inf"), float("-inf"), float("nan"), 5e-324, 1e308] + [
        rng.uniform(-1e9, 1e9) for _ in range(50)]
    assert _signed(pg_hash.hash_float8(np.array(floats))) == _server("hashfloat8extended(x, 0)", floats, "float8")


def _all_types_spec() -> MigrationSpec:
    types = {"s": "string", "i": "int", "f": "float", "d": "decimal", "dt": "date", "ts": "datetime", "b": "bool"}
    return make_spec(new_run_id()).model_copy(update={"columns": [
        TargetColumn(name=n, type=t, key=n == "i", nullable=n != "i") for n, t in types.items()], "key": ["i"]})  # type: ignore[arg-type]


def _frame(rows: int, rng: random.Random) -> pl.DataFrame:
    def maybe(v: object) -> object:
        return None if rng.random() < 0.1 else v

    decimals = [Decimal("0"), Decimal("-0.5"), Decimal("0.000001"), Decimal("-0.000001"),
                Decimal("12345678901234567890.123456"), Decimal("-99999999999999999999999999999999.999999")]
    return pl.DataFrame({
        "s": [maybe("".join(rng.choice("xyz é日") for _ in range(rng.randint(0, 30)))) for _ in range(rows)],
        "i": list(range(rows)),
        "f": [maybe(rng.choice([0.0, -0.0, rng.uniform(-1e6, 1e6), float("inf")])) for _ in range(rows)],
        "d": [maybe(rng.choice(decimals + [Decimal(rng.randint(-10**9, 10**9)) / 10**6])) for _ in range(rows)],
        "dt": [maybe(dt.date(1900, 1, 1) + dt.timedelta(days=rng.randint(0, 80_000))) for _ in range(rows)],
        "ts": [maybe(dt.datetime(1960, 1, 1) + dt.timedelta(microseconds=rng.randint(0, 3 * 10**15)))
               for _ in range(rows)],
        "b": [maybe(rng.random() < 0.5) for _ in range(rows)],
    }, schema={"s": pl.String, "i": pl.Int64, "f": pl.Float64, "d": pl.Decimal(38, 6), "dt": pl.Date,
               "ts": pl.Datetime("us"), "b": pl.Boolean})


def test_a_staged_chunks_server_checksum_is_the_clients_and_sees_a_value_moved_between_rows(
        pg_target_url: str) -> None:
    spec = _all_types_spec()
    target = SqlTarget(pg_target_url)
    try:
        target.prepare(spec)
        stage = target._table(stage_name(spec), spec.columns, None, chunk=True)
        frame = _frame(600, random.Random(7)).with_columns((pl.col("i") % 3).cast(pl.Int32).alias(CHUNK_COL))
        session = AdbcSession(adbc_uri(sa.engine.make_url(pg_target_url)))
        session.ingest(stage.name, frame)  # the stream's path: Arrow through binary COPY
        session.commit()
        session.close()
        want = {cid: checksum_of_hashes(pg_hash.row_hashes(part, spec))
                for (cid,), part in frame.partition_by(CHUNK_COL, as_dict=True).items()}
        assert target.server_checksums(spec) == want
        # two rows of one chunk swap their text: every column's multiset stays the same, the rows do not
        linear = sa.text(f"SELECT sum(hash_record_extended(row(s, i, f, d, dt, ts, b), 0)::numeric) "
                         f"FROM {stage.name} WHERE {CHUNK_COL} = 0")
        swap = f"UPDATE {stage.name} SET s = CASE i WHEN 0 THEN :x ELSE :y END WHERE i IN (0, 3)"
        with target._engine.begin() as conn:
            conn.execute(sa.text(swap), {"x": "swap-a", "y": "swap-b"})
        before, before_linear = target.server_checksums(spec), _scalar(target, linear)
        with target._engine.begin() as conn:
            conn.execute(sa.text(swap), {"x": "swap-b", "y": "swap-a"})
        after = target.server_checksums(spec)
        # (a record hash is 31 * h + element per column, modulo 2**64: linear in the column hashes)
        assert (_scalar(target, linear) - before_linear) % 2**64 == 0, "a plain sum of record hashes is blind to it"
        assert after[0] != before[0] and {1: after[1], 2: after[2]} == {1: before[1], 2: before[2]}
    finally:
        target.dispose()


def _scalar(target: SqlTarget, q: sa.TextClause) -> int:
    with target._engine.connect() as conn:
        return int(conn.execute(q).scalar_one())


def test_a_streamed_migration_validates_with_the_servers_checksum_and_catches_a_changed_row(
        pg_target_url: str) -> None:
    target = SqlTarget(pg_target_url)
    reads: list[object] = []
    read = target.staged_batches
    target.staged_batches = lambda *a, **k: reads.append(k) or read(*a, **k)  # type: ignore[method-assign]
    try:
        spec = make_spec(new_run_id(), batch_size=100)
        run = migrate(spec, example_source().lazy(), target, secret=b"k", promote=False)  # chunk writers load it
        assert not run.promoted
        reads.clear()
        # validated as the stage's promotion does, by a streamed (thin) preparation of the same run
        stream = target.open_stream(spec)
        assert stream is not None and stream.server_checksum
        try:
            with Prepared(spec, example_source(), sink=StreamSink(stream, spec)) as prep:
                assert prep.server_checksum
                checks = {v.name: v for v in validate(prep, target)}
                assert checks["checksum"].passed and "computed by the target" in checks["checksum"].detail
                assert reads == [], "the loaded side came from the server, not from a read-back"
                with target._engine.begin() as conn:
                    conn.execute(sa.text(f"UPDATE {stage_name(spec)} SET full_name = full_name || '.' "
                                         "WHERE customer_id = (SELECT min(customer_id) FROM "
                                         f"{stage_name(spec)})"))
                checks = {v.name: v for v in validate(prep, target)}
                assert not checks["checksum"].passed and checks["row_count"].passed
        finally:
            stream.close({c.chunk_id for c in target.checkpoints(spec.run_id)})
    finally:
        target.dispose()


def test_types_the_server_cannot_hash_like_the_client_keep_the_read_back() -> None:
    spec = make_spec(new_run_id())
    assert pg_hash.supported(spec)
    assert not pg_hash.supported(spec.model_copy(update={"columns": []}))
    assert pg_checksum.supported_query() is not None


def test_the_servers_final_row_hashes_find_exactly_the_unchanged_rows_like_the_clients(pg_target_url: str) -> None:
    spec = _all_types_spec()
    target = SqlTarget(pg_target_url)
    try:
        final = target._table(spec.table, spec.columns, spec.key, chunk=False)
        final.create(target._engine)
        frame = _frame(300, random.Random(3)).with_columns(  # row 2's float moves by one step below
            pl.when(pl.col("i") == 2).then(1.0).otherwise(pl.col("f")).alias("f"))
        session = AdbcSession(adbc_uri(sa.engine.make_url(pg_target_url)))
        session.ingest(final.name, frame)
        session.commit()
        session.close()
        known = read_known(spec, target)
        assert SERVER_EXACT in known.columns and known.height == 300, "two integers a row, hashed by the server"
        changed = frame.with_columns(  # one change per kind, each on its own row
            pl.when(pl.col("i") == 1).then(pl.lit("changed")).otherwise(pl.col("s")).alias("s"),
            pl.when(pl.col("i") == 2).then(1.0 + 2**-52).otherwise(pl.col("f")).alias("f"),
            pl.when(pl.col("i") == 3).then(pl.col("d").fill_null(0) + Decimal("0.000001")).otherwise(pl.col("d"))
            .alias("d"),
            pl.when(pl.col("i") == 4).then(pl.col("dt").fill_null(dt.date(2000, 1, 1)) + dt.timedelta(days=1))
            .otherwise(pl.col("dt")).alias("dt"),
            pl.when(pl.col("i") == 5).then(~pl.col("b").fill_null(False)).otherwise(pl.col("b")).alias("b"),
            pl.when(pl.col("i") == 6).then(pl.lit(dt.datetime(1901, 1, 1))).otherwise(pl.col("ts")).alias("ts"),
        ).with_columns(pl.when(pl.col("i") == 7).then(pl.lit(-1)).otherwise(pl.col("i")).alias("i"))  # a new key
        marks = mark_unchanged(changed, spec, known)
        assert [i for i, same in enumerate(marks) if not same] == [1, 2, 3, 4, 5, 6, 7], "every other row is unchanged"
        client = mark_unchanged(changed, spec, known_hashes(spec, target.final_batches(spec)))
        # the client's own hashing sees the same changes; it also stages rows whose huge decimal does not survive
        # its float read-back (safe, and what the server's exact text hash no longer needs)
        assert {i for i, same in enumerate(client) if not same} >= {1, 2, 3, 4, 5, 6, 7}
    finally:
        target.dispose()
