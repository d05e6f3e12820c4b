"""Deterministic chunking by key hash, chunk content hashes and order-independent checksums (§37).

Chunks are buckets of a seeded 64-bit hash of the target key, so the same key always lands in
the same chunk whatever the physical order of the source, and duplicate keys meet in one chunk
(where they are caught). Polars' hash is stable for one Polars release, not across releases:
the chunk plan records the Polars version and a resume under another version is refused.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable

import polars as pl

CHUNK_COL = "_mw_chunk"
HASH_SEED = 0x6D617077  # fixed: part of the chunk plan identity
NULL_MARK = "\x1f<null>\x1f"


def chunk_count(rows: int, batch_size: int) -> int:
    """Number of chunks for ``rows`` at target size ``batch_size`` (at least one)."""
    return max(1, math.ceil(rows / batch_size))


def _row_strings(columns: list[str]) -> pl.Expr:
    parts = [pl.col(c).cast(pl.String).fill_null(NULL_MARK) for c in columns]
    return pl.concat_str(parts, separator="\x1e")


def key_hash_expr(key: list[str]) -> pl.Expr:
    """Seeded 64-bit hash of the key columns (nulls hash as a fixed marker)."""
    return _row_strings(key).hash(seed=HASH_SEED)


def assign_chunks(frame: pl.DataFrame, key: list[str], n_chunks: int) -> pl.DataFrame:
    """``frame`` with a ``_mw_chunk`` column: key hash modulo ``n_chunks``."""
    return frame.with_columns((key_hash_expr(key) % n_chunks).cast(pl.Int64).alias(CHUNK_COL))


_CANON: dict[type[pl.DataType], pl.DataType] = {
    pl.Int8: pl.Int64(), pl.Int16: pl.Int64(), pl.Int32: pl.Int64(), pl.UInt8: pl.Int64(), pl.UInt16: pl.Int64(),
    pl.UInt32: pl.Int64(), pl.Datetime: pl.Datetime("us"), pl.Categorical: pl.String(), pl.Null: pl.String(),
}


def canonical(frame: pl.DataFrame, columns: list[str]) -> pl.DataFrame:
    """The columns in canonical types: floats and decimals as Float64 rounded to 6 places, small ints as
    Int64, datetimes in microseconds, the rest as they are (what the target reads back as)."""
    out = []
    for c in columns:
        dtype = frame.schema[c]
        e = pl.col(c)
        if dtype.is_float() or isinstance(dtype, pl.Decimal):
            e = e.cast(pl.Float64).round(6)
        elif type(dtype) in _CANON:
            e = e.cast(_CANON[type(dtype)])
        out.append(e.alias(c))
    return frame.select(out)


def exact_row_hashes(frame: pl.DataFrame, columns: list[str], seed: int = HASH_SEED) -> pl.Series:
    """Seeded 64-bit hash of each row's exact values: like :func:`row_hashes`, but floats are not rounded and
    decimals are hashed as their text, so a value changed past the 6th decimal (or by less than a float step of a
    large decimal) gives another hash. For decisions that must not take a changed row for an unchanged one."""
    if not columns:
        return pl.Series("h", [0] * frame.height, dtype=pl.UInt64)
    out = []
    for c in columns:
        dtype = frame.schema[c]
        e = pl.col(c)
        if isinstance(dtype, pl.Decimal):
            e = e.cast(pl.String)
        elif dtype.is_float():
            e = e.cast(pl.Float64)
        elif type(dtype) in _CANON:
            e = e.cast(_CANON[type(dtype)])
        out.append(e.alias(c))
    return frame.select(out).select(pl.struct(columns).hash(seed=seed).alias("h")).to_series()


def row_hashes(frame: pl.DataFrame, columns: list[str], seed: int = HASH_SEED) -> pl.Series:
    """Seeded 64-bit hash of each row's canonical ``columns`` (vectorised, no per-row Python)."""
    if not columns:
        return pl.Series("h", [0] * frame.height, dtype=pl.UInt64)
    return canonical(frame, columns).select(pl.struct(columns).hash(seed=seed).alias("h")).to_series()


def content_hash(frame: pl.DataFrame, key: list[str], columns: list[str]) -> str:
    """SHA-256 over the chunk's rows (``columns`` post-transform, canonical form), independent of row order.

    Each row contributes two seeded 64-bit hashes (128 bits); the pairs are sorted and digested with
    the column names and the row count, so the same rows in any physical order give the same hash.
    ``key`` is part of the identity (the rows are keyed by it).
    """
    return content_hash_and_checksum(frame, key, columns)[0]


def content_hash_and_checksum(frame: pl.DataFrame, key: list[str], columns: list[str]) -> tuple[str, str]:
    """``(content_hash(...), checksum(frame, columns))`` from one canonical pass: the checksum sums the
    same seeded row hash (``HASH_SEED``) that is the first half of each row's content-hash pair."""
    if not columns:
        return digest_pairs(pl.DataFrame(schema=PAIR_SCHEMA), key, columns, frame.height)[0], \
            checksum(frame, columns)
    return digest_pairs(row_pairs(frame, columns), key, columns, frame.height)


#: the two seeded 64-bit hashes of a row (:func:`row_pairs`): ``a`` is the checksum's row hash
PAIR_A, PAIR_B = "_mw_a", "_mw_b"
PAIR_SCHEMA = {PAIR_A: pl.UInt64(), PAIR_B: pl.UInt64()}


def row_pairs(frame: pl.DataFrame, columns: list[str]) -> pl.DataFrame:
    """Each row's two seeded 64-bit hashes of its canonical ``columns`` (``_mw_a``, ``_mw_b``), in row order:
    what a chunk's content hash and checksum are computed from (:func:`digest_pairs`)."""
    if not frame.height:
        return pl.DataFrame(schema=PAIR_SCHEMA)
    canon = canonical(frame, columns)
    return canon.select(pl.struct(columns).hash(seed=HASH_SEED).alias(PAIR_A),
                        pl.struct(columns).hash(seed=HASH_SEED ^ 0x5BD1E995).alias(PAIR_B))


def digest_pairs(pairs: pl.DataFrame, key: list[str], columns: list[str], height: int) -> tuple[str, str]:
    """``(content hash, checksum)`` of ``height`` rows given their :func:`row_pairs` (in any order)."""
    pairs = pairs.sort(PAIR_A, PAIR_B)
    h = hashlib.sha256(f"{','.join(key)}|{','.join(columns)}|{height}|".encode())
    h.update(pairs[PAIR_A].to_numpy().tobytes())
    h.update(pairs[PAIR_B].to_numpy().tobytes())
    return h.hexdigest(), "0:0:0" if height == 0 else checksum_of_hashes(pairs[PAIR_A])


def checksum_of_hashes(hashes: pl.Series) -> str:
    """``count:sum_hi:sum_lo`` of 64-bit row hashes (see :func:`checksum`)."""
    if hashes.len() == 0:
        return "0:0:0"
    hi = int((hashes // (1 << 32)).cast(pl.UInt64).sum())
    lo = int((hashes % (1 << 32)).cast(pl.UInt64).sum())
    return f"{hashes.len()}:{hi}:{lo}"


def checksum(frame: pl.DataFrame, columns: list[str]) -> str:
    """Order-independent checksum of a multiset of rows: ``count:sum_hi:sum_lo`` of 64-bit row hashes.

    Sums (not XOR) so that a duplicated row changes the checksum. Computed the same way from the
    transformed source and from the loaded target, then compared before promotion.
    """
    if frame.height == 0:
        return "0:0:0"
    return checksum_of_hashes(row_hashes(frame, columns))


def checksums_by_chunk(batches: Iterable[pl.DataFrame], cols: list[str]) -> dict[int, str]:
    """``{chunk id: count:sum_hi:sum_lo}`` of rows carrying their chunk id (:data:`CHUNK_COL`), from one pass over
    ``batches`` (a chunk's rows may be spread over all of them)."""
    parts: dict[int, list[str]] = {}
    for batch in batches:
        h = row_hashes(batch, cols)
        sums = pl.DataFrame({CHUNK_COL: batch[CHUNK_COL], "hi": (h // (1 << 32)).cast(pl.UInt64),
                             "lo": (h % (1 << 32)).cast(pl.UInt64)}).group_by(CHUNK_COL).agg(
            pl.len().alias("n"), pl.col("hi").sum(), pl.col("lo").sum())
        for cid, n, hi, lo in sums.iter_rows():
            parts.setdefault(int(cid), []).append(f"{n}:{hi}:{lo}")
    return {cid: combine_checksums(p) for cid, p in parts.items()}


def combine_checksums(parts: list[str]) -> str:
    """Checksum of the union of disjoint row multisets."""
    n = hi = lo = 0
    for p in parts:
        a, b, c = (int(x) for x in p.split(":"))
        n, hi, lo = n + a, hi + b, lo + c
    return f"{n}:{hi}:{lo}"
