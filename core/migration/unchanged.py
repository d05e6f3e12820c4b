"""Merge: rows already in the final table exactly as the source-through-plan gives them are not staged.

A merge re-run of a source with 10% changed rows used to stage every row, read every row back for
the checksum and join every staged row to the final table in the promotion. When the pass streams
into staging (:mod:`core.migration.stream`, a thin spill), the final table is read once before the
pass and each of its rows reduced to two 64-bit hashes: the seeded hash of its key
(:func:`core.migration.chunks.key_hash_expr`) and the seeded hash of its **exact** values
(:func:`core.migration.chunks.exact_row_hashes`: floats unrounded, decimals as text, values read back
through the target's types exactly like the staged rows are; the checksum's rounded canonical form would
take a change past the 6th decimal for no change and lose it). A valid source row whose
``(key hash, exact row hash)`` pair is in that set is *unchanged*: it is counted, not streamed; a value
whose exact form differs only in representation (a float against a decimal) is staged and merged (safe).

So a chunk's checkpoint records ``unchanged`` beside ``row_count_out`` (the rows it stages), the
row_count validation becomes ``in = loaded + unchanged + quarantined``, and the checksum validation
compares the staged (new or changed) rows only; the unchanged rows were compared by their row hash
when the final table was read. A key-hash collision only makes a row look changed (it is staged
and merged as before); a row counted unchanged needs its key hash and its exact 64-bit row hash
to match. The pairs of the unchanged rows are part of the chunk's content hash, so a chunk re-run
against a final table that changed meanwhile (another run promoted) is not taken for a no-op.

On PostgreSQL 14+ (UTF-8) the server hashes the final table's rows itself (:func:`read_known`): the key
and the exact row, each the way :mod:`core.migration.pg_hash` computes it (a decimal as its own text), so
two integers a row cross the wire instead of every column, and the pass hashes its source rows the same
way (those hashes are also the staged rows' side of the server-computed checksum).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import polars as pl

from core.migration import pg_hash
from core.migration.chunks import exact_row_hashes, key_hash_expr
from core.migration.models import MigrationSpec

#: key hash of a row (to match source rows with final rows)
KEY_HASH = "_mw_kh"
#: True on a valid source row the final table already holds with the same values
SAME = "_mw_same"
#: exact row hash (module docstring)
EXACT = "_mw_exact"
#: the same, computed the server's way (:mod:`core.migration.pg_hash`, key hash too): the second column of a
#: known frame whose final rows the target hashed itself (:func:`read_known`)
SERVER_EXACT = "_mw_exact_pg"


def read_known(spec: MigrationSpec, target: Any) -> pl.DataFrame:
    """The final table's ``(key hash, row hash)`` pairs: computed by the target when it can (PostgreSQL: two
    integers a row cross the wire instead of every column, nothing is hashed here), else read and hashed here."""
    server = getattr(target, "final_row_hashes", None)
    pairs: Iterator[pl.DataFrame] | None = server(spec) if server is not None and pg_hash.supported(spec) else None
    if pairs is None:
        return known_hashes(spec, target.final_batches(spec))
    parts = [pl.DataFrame({KEY_HASH: b[:, 0].cast(pl.Int64).reinterpret(signed=False),
                           SERVER_EXACT: b[:, 1].cast(pl.Int64).reinterpret(signed=False)}) for b in pairs if b.height]
    if not parts:
        return pl.DataFrame(schema={KEY_HASH: pl.UInt64, SERVER_EXACT: pl.UInt64})
    return pl.concat(parts).sort(KEY_HASH, SERVER_EXACT)


def known_hashes(spec: MigrationSpec, final_batches: Iterable[pl.DataFrame]) -> pl.DataFrame:
    """``(key hash, row hash)`` of every row of the final table, read in batches (typed like staged rows),
    sorted by key hash (each batch of the pass looks its rows up by binary search: no hash table per batch)."""
    cols = [c.name for c in spec.columns]
    parts = [pl.DataFrame({KEY_HASH: b.select(key_hash_expr(spec.key)).to_series(), EXACT: exact_row_hashes(b, cols)})
             for b in final_batches if b.height]
    if not parts:
        return pl.DataFrame(schema={KEY_HASH: pl.UInt64, EXACT: pl.UInt64})
    return pl.concat(parts).sort(KEY_HASH, EXACT)


def mark_unchanged(valid: pl.DataFrame, spec: MigrationSpec, known: pl.DataFrame,
                   server_rows: pl.Series | None = None) -> pl.Series:
    """Per row of ``valid``, True when the final table holds it as is: its key hash is in ``known`` (sorted,
    :func:`known_hashes` or :func:`read_known`) with the same exact row hash. Two final rows sharing a key
    hash make the second look absent: its source row is staged and merged as a changed one (safe).
    ``server_rows``: ``valid``'s :func:`core.migration.pg_hash.row_hashes` when already computed."""
    if not known.height or not valid.height:
        return pl.Series(SAME, [False] * valid.height, dtype=pl.Boolean)
    if SERVER_EXACT in known.columns:  # the target hashed its rows: the source rows are hashed its way
        kh = pg_hash.row_hashes(valid, spec, pg_hash.key_columns(spec))
        exact, col = (pg_hash.row_hashes(valid, spec) if server_rows is None else server_rows), SERVER_EXACT
    else:
        kh = valid.select(key_hash_expr(spec.key)).to_series()
        exact, col = exact_row_hashes(valid, [c.name for c in spec.columns]), EXACT
    at = known[KEY_HASH].search_sorted(kh, side="left").clip(upper_bound=known.height - 1)
    same = (known[KEY_HASH].gather(at) == kh) & (known[col].gather(at) == exact)
    return same.alias(SAME)
