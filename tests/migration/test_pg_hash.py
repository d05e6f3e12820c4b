"""PostgreSQL's row hash computed in NumPy (core.migration.pg_hash) is the server's, value for value and per chunk."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from decimal import Decimal

import numpy as np
import polars as pl
import psycopg
import pytest
import sqlalchemy as sa

from adapters.targets import pg_checksum
from adapters.targets.adbc_pg import AdbcSession, adbc_uri
from adapters.targets.sql_target import SqlTarget, stage_name
from core.migration import chunks, pg_hash
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


def _server(sql: str, values: Sequence[object], cast: str) -> list[int]:
    with psycopg.connect(PG) as conn:
        rows = conn.execute(f"SELECT {sql} FROM unnest(%s::{cast}[]) WITH ORDINALITY t(x, i) ORDER BY i",
                            (list(values),)).fetchall()
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
    target.staged_batches = lambda *a, **k: reads.append(k) or read(*a, **k)  # type: ignore[method-assign,func-returns-value]
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


def _one_row(f: float | None, d: str | None = "1.5") -> pl.DataFrame:
    """One row of :func:`_all_types_spec`'s columns (key 1), its float ``f`` and decimal ``d`` as given."""
    return pl.DataFrame({"s": ["x"], "i": [1], "f": [f], "d": [None if d is None else Decimal(d)],
                         "dt": [dt.date(2001, 2, 3)], "ts": [dt.datetime(2001, 2, 3, 4, 5)], "b": [True]},
                        schema={"s": pl.String, "i": pl.Int64, "f": pl.Float64, "d": pl.Decimal(38, 6),
                                "dt": pl.Date, "ts": pl.Datetime("us"), "b": pl.Boolean})


def test_a_null_hashes_apart_from_a_zero_float_on_the_server_and_in_numpy_and_minus_zero_as_before(
        pg_target_url: str) -> None:
    """Fails without the null masks: ``hash_record_extended`` hashes a null as 0, and so does a zero float8."""
    spec = _all_types_spec()
    target = SqlTarget(pg_target_url)
    try:
        target.prepare(spec)
        stage = target._table(stage_name(spec), spec.columns, None, chunk=True)
        rows = [_one_row(None), _one_row(0.0), _one_row(-0.0), _one_row(0.0, None), _one_row(None, None)]
        frame = pl.concat([r.with_columns(pl.lit(n, pl.Int32).alias(CHUNK_COL)) for n, r in enumerate(rows)])
        session = AdbcSession(adbc_uri(sa.engine.make_url(pg_target_url)))
        session.ingest(stage.name, frame)
        session.commit()
        session.close()
        client = {n: checksum_of_hashes(pg_hash.row_hashes(r, spec)) for n, r in enumerate(rows)}
        assert target.server_checksums(spec) == client, "the server and NumPy agree on every row"
        assert len({client[0], client[1], client[3], client[4]}) == 4, "null float, 0.0, null decimal, both null"
        # -0.0 equals 0.0 (as float8 and as in the client-side checksum the server's replaces): no change
        old = [checksum_of_hashes(chunks.row_hashes(r, [c.name for c in spec.columns])) for r in rows[:3]]
        assert client[2] == client[1] and old[2] == old[1] and old[0] != old[1]
    finally:
        target.dispose()


def test_a_merge_stages_a_row_whose_float_changed_between_null_and_zero(pg_target_url: str) -> None:
    spec = _all_types_spec()
    target = SqlTarget(pg_target_url)
    try:
        for final_f, source_f, same in [(0.0, None, False), (None, 0.0, False), (None, -0.0, False),
                                        (0.0, -0.0, True), (None, None, True)]:
            final = target._table(spec.table, spec.columns, spec.key, chunk=False)
            final.drop(target._engine, checkfirst=True)
            final.create(target._engine)
            session = AdbcSession(adbc_uri(sa.engine.make_url(pg_target_url)))
            session.ingest(final.name, _one_row(final_f))
            session.commit()
            session.close()
            known = read_known(spec, target)
            assert SERVER_EXACT in known.columns
            assert mark_unchanged(_one_row(source_f), spec, known).to_list() == [same], (final_f, source_f)
    finally:
        with target._engine.begin() as conn:
            sa.Table(spec.table, sa.MetaData()).drop(conn, checkfirst=True)
        target.dispose()


def test_a_final_table_of_another_numeric_scale_or_a_nondeterministic_collation_still_finds_unchanged_rows(
        pg_target_url: str) -> None:
    """Fails before: the server hashed ``numeric(12,2)``'s own text ("1.50", the client "1.500000") and a
    nondeterministic collation's sort key, so every row looked changed and the merge restaged them all."""
    spec = make_spec(new_run_id()).model_copy(update={"columns": [
        TargetColumn(name="i", type="int", key=True, nullable=False), TargetColumn(name="s", type="string"),
        TargetColumn(name="d", type="decimal"), TargetColumn(name="e", type="decimal"),
        TargetColumn(name="g", type="decimal")], "key": ["i"]})
    coll = f"mw_ci_{spec.run_id}"[:60]
    target = SqlTarget(pg_target_url)
    try:
        with target._engine.begin() as conn:
            conn.execute(sa.text(f'CREATE COLLATION "{coll}" (provider = icu, locale = \'und-u-ks-level2\', '
                                 "deterministic = false)"))
            conn.execute(sa.text(f'CREATE TABLE {spec.table} (i bigint PRIMARY KEY, s text COLLATE "{coll}", '
                                 "d numeric(12, 2), e numeric(20, 8), g double precision)"))
            conn.execute(sa.text(f"INSERT INTO {spec.table} VALUES (1, 'Abc', 1.5, 2.25, 0.5), "
                                 "(2, 'abc', 7, 1.23456789, 1e20), (3, NULL, NULL, NULL, 1.0000000000000002)"))
        known = read_known(spec, target)
        assert SERVER_EXACT in known.columns and known.height == 3
        dec = pl.Decimal(38, 6)
        source = pl.DataFrame({"i": [1, 2, 3], "s": ["Abc", "abc", None],
                               "d": pl.Series([Decimal("1.5"), Decimal("7"), None], dtype=dec),
                               "e": pl.Series([Decimal("2.25"), Decimal("1.234568"), None], dtype=dec),
                               "g": pl.Series([Decimal("0.5"), Decimal("1e20"), Decimal("1")], dtype=dec)})
        # rows 1 and 2 hold the source's values in other types (2's float 1e20 has the text 1e+20), but row 2's e
        # has more places in the final table (a change, though six places round to it); row 3's float is 1 + 2**-52
        assert mark_unchanged(source, spec, known).to_list() == [True, False, False]
        assert mark_unchanged(source.with_columns(pl.lit("ABC").alias("s")), spec, known)[0] is False, \
            "a case change is a change, whatever the column's collation says"
        fixed = source.with_columns(pl.Series("e", [Decimal("2.25"), Decimal("1.234567"), None], dtype=dec))
        with target._engine.begin() as conn:
            conn.execute(sa.text(f"UPDATE {spec.table} SET e = 1.234567 WHERE i = 2"))
            conn.execute(sa.text(f"UPDATE {spec.table} SET g = 1 WHERE i = 3"))
        assert mark_unchanged(fixed, spec, read_known(spec, target)).to_list() == [True, True, True]
    finally:
        with target._engine.begin() as conn:
            sa.Table(spec.table, sa.MetaData()).drop(conn, checkfirst=True)
            conn.execute(sa.text(f'DROP COLLATION IF EXISTS "{coll}"'))
        target.dispose()


def test_a_decimal_is_hashed_from_its_six_place_typed_value_never_rounded_here() -> None:
    """Fails before: Polars rounded 0.0000005 half to even (0.000000) where PostgreSQL's round gives 0.000001, and
    a float 1e20 converted through its binary value (100000000000000004764.729344) where the server has 1e20."""
    for s in [pl.Series("d", [Decimal("0.0000005")], dtype=pl.Decimal(38, 7)), pl.Series("d", [1e20])]:
        with pytest.raises(ValueError, match="Decimal"):
            pg_hash._element_hashes(s, "decimal")
    exact = [Decimal("1.25"), Decimal("-0.05"), Decimal("0")]
    two = pg_hash._element_hashes(pl.Series("d", exact, dtype=pl.Decimal(38, 2)), "decimal")
    assert _signed(two) == _server("hashtextextended(round(x, 6)::text, 0)", exact, "numeric")
    ints = pg_hash._element_hashes(pl.Series("d", [3, -4]), "decimal")
    assert _signed(ints) == _server("hashtextextended(round(x, 6)::text, 0)", [3, -4], "numeric")
