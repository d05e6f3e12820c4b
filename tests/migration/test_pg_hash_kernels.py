"""The in-place lookup3 kernels of core.migration.pg_hash stay the server's on the paths the session-13 speed-up added:
blocks every key has (mixed on whole arrays), blocks only some keys have, and a per-row seed that is never zero."""

from __future__ import annotations

import random
from collections.abc import Sequence

import numpy as np
import polars as pl
import psycopg
import pytest

from core.migration import pg_hash
from tests.migration.conftest import POSTGRES

pytestmark = pytest.mark.postgres
PG = POSTGRES.replace("+psycopg", "")


def _server(sql: str, values: Sequence[object], cast: str) -> list[int]:
    with psycopg.connect(PG) as conn:
        rows = conn.execute(f"SELECT {sql} FROM unnest(%s::{cast}[]) WITH ORDINALITY t(x, i) ORDER BY i",
                            (list(values),)).fetchall()
    return [int(r[0]) for r in rows]


def _signed(h: np.ndarray) -> list[int]:
    return [int(x) for x in h.view(np.int64)]


def test_keys_that_all_have_whole_blocks_hash_like_the_server_shared_blocks_and_ragged_ones() -> None:
    rng = random.Random(13)
    # every key has at least two whole 12-byte blocks (mixed without a row subset), some have up to five
    strings = ["".join(rng.choice("ab9 éß日-") for _ in range(rng.randint(24, 64))) for _ in range(300)]
    series = pl.Series(strings)
    assert _signed(pg_hash._string_hash(series)) == _server("hashtextextended(x, 0)", strings, "text")
    # a slice (an Arrow offset into the buffers) of keys of exactly one block each
    exact = [f"{i:03d}-{i * 7 % 1000:03d}-{i:04d}" for i in range(400)]
    sliced = pl.Series(exact).slice(17, 300)
    assert _signed(pg_hash._string_hash(sliced)) == _server("hashtextextended(x, 0)", exact[17:317], "text")


def test_the_row_hashs_last_step_with_no_zero_seed_is_the_servers_and_a_changed_seed_changes_it() -> None:
    rng = random.Random(31)
    values = np.array([rng.randint(-2**63, 2**63 - 1) | 1 for _ in range(200)], dtype=np.int64)  # none is zero
    seeded = pg_hash.hash_int8(values, values.view(np.uint64))
    assert _signed(seeded) == _server("hashint8extended(x, x)", values.tolist(), "int8")
    other = pg_hash.hash_int8(values, values.view(np.uint64) + np.uint64(2))
    assert (other != seeded).all()


def test_few_distinct_values_hash_like_the_server_whether_looked_up_or_hashed_per_row() -> None:
    rng = random.Random(41)
    short = ["A", "I", "P", "", "é"]  # under one 12-byte block: hashed per row
    long = ["a product name of some length", "another rather long status text", "日本語の長い値です"]  # looked up
    for choices in (short, long):
        values = [None if rng.random() < 0.1 else rng.choice(choices) for _ in range(5000)]
        got = pg_hash._element_hashes(pl.Series(values, dtype=pl.String), "string")
        want = _server("coalesce(hashtextextended(x, 0), 0)", values, "text")
        assert _signed(got) == want
    ints = [None if rng.random() < 0.1 else rng.choice([0, 7, -3, 2**40]) for _ in range(5000)]  # few distinct ints
    got = pg_hash._element_hashes(pl.Series(ints, dtype=pl.Int64), "int")
    assert _signed(got) == _server("coalesce(hashint8extended(x, 0), 0)", ints, "int8")
