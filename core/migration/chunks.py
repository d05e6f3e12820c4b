"""Deterministic chunking by key hash, chunk content hashes and order-independent checksums (§37).

Chunks are buckets of a seeded 64-bit hash of the target key, so the same key always lands in
the same chunk whatever the physical order of the source, and duplicate keys meet in one chunk
(where they are caught). Polars' hash is stable for one Polars release, not across releases:
the chunk plan records the Polars version and a resume under another version is refused.
"""

from __future__ import annotations

import hashlib
import math

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


def canonical(frame: pl.DataFrame, columns: list[str]) -> pl.DataFrame:
    """The columns as canonical strings: floats and decimals rounded to 6 places, dates ISO."""
    out = []
    for c in columns:
        dtype = frame.schema[c]
        e = pl.col(c)
        if dtype.is_float() or isinstance(dtype, pl.Decimal):
            e = e.cast(pl.Float64).round(6)
        out.append(e.cast(pl.String).alias(c))
    return frame.select(out)


def content_hash(frame: pl.DataFrame, key: list[str], columns: list[str]) -> str:
    """SHA-256 over the rows ordered by key, over ``columns`` (post-transform), canonical form.

    The canonical bytes are the CSV rendering (header included) of the key-sorted canonical strings.
    """
    canon = canonical(frame, columns).sort(key, nulls_last=True)
    return hashlib.sha256(canon.write_csv(null_value=NULL_MARK).encode("utf-8", "surrogatepass")).hexdigest()


def checksum(frame: pl.DataFrame, columns: list[str]) -> str:
    """Order-independent checksum of a multiset of rows: ``count:sum_hi:sum_lo`` of 64-bit row hashes.

    Sums (not XOR) so that a duplicated row changes the checksum. Computed the same way from the
    transformed source and from the loaded target, then compared before promotion.
    """
    if frame.height == 0:
        return "0:0:0"
    canon = canonical(frame, columns)
    h = canon.select(_row_strings(columns).hash(seed=HASH_SEED).alias("h"))
    sums = h.select((pl.col("h") // (1 << 32)).sum().alias("hi"), (pl.col("h") % (1 << 32)).sum().alias("lo"))
    hi, lo = sums.row(0)
    return f"{frame.height}:{int(hi)}:{int(lo)}"


def combine_checksums(parts: list[str]) -> str:
    """Checksum of the union of disjoint row multisets."""
    n = hi = lo = 0
    for p in parts:
        a, b, c = (int(x) for x in p.split(":"))
        n, hi, lo = n + a, hi + b, lo + c
    return f"{n}:{hi}:{lo}"
