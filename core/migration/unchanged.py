"""Merge: rows already in the final table exactly as the source-through-plan gives them are not staged.

A merge re-run of a source with 10% changed rows used to stage every row, read every row back for
the checksum and join every staged row to the final table in the promotion. When the pass streams
into staging (:mod:`core.migration.stream`, a thin spill), the final table is read once before the
pass and each of its rows reduced to two 64-bit hashes: the seeded hash of its key
(:func:`core.migration.chunks.key_hash_expr`) and the seeded hash of its canonical values -- the
same row hash the checksum validation sums (:func:`core.migration.chunks.row_hashes`, values read
back through the target's types exactly like the staged rows are). A valid source row whose
``(key hash, row hash)`` pair is in that set is *unchanged*: it is counted, not streamed.

So a chunk's checkpoint records ``unchanged`` beside ``row_count_out`` (the rows it stages), the
row_count validation becomes ``in = loaded + unchanged + quarantined``, and the checksum validation
compares the staged (new or changed) rows only; the unchanged rows were compared by their row hash
when the final table was read. A key-hash collision only makes a row look changed (it is staged
and merged as before); a row counted unchanged needs its 128-bit pair to match. The pairs of the
unchanged rows are part of the chunk's content hash, so a chunk re-run against a final table that
changed meanwhile (another run promoted) is not taken for a no-op.
"""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

from core.migration.chunks import PAIR_A, key_hash_expr, row_hashes
from core.migration.models import MigrationSpec

#: key hash of a row (to match source rows with final rows)
KEY_HASH = "_mw_kh"
#: True on a valid source row the final table already holds with the same values
SAME = "_mw_same"


def known_hashes(spec: MigrationSpec, final_batches: Iterable[pl.DataFrame]) -> pl.DataFrame:
    """``(key hash, row hash)`` of every row of the final table, read in batches (typed like staged rows),
    sorted by key hash (each batch of the pass looks its rows up by binary search: no hash table per batch)."""
    cols = [c.name for c in spec.columns]
    parts = [pl.DataFrame({KEY_HASH: b.select(key_hash_expr(spec.key)).to_series(), PAIR_A: row_hashes(b, cols)})
             for b in final_batches if b.height]
    if not parts:
        return pl.DataFrame(schema={KEY_HASH: pl.UInt64, PAIR_A: pl.UInt64})
    return pl.concat(parts).sort(KEY_HASH, PAIR_A)


def mark_unchanged(valid: pl.DataFrame, pairs: pl.DataFrame, spec: MigrationSpec,
                   known: pl.DataFrame) -> pl.Series:
    """Per row (``pairs`` are its row hashes, same order), True when the final table holds it as is: its key
    hash is in ``known`` (sorted, :func:`known_hashes`) with the same row hash. Two final rows sharing a key
    hash make the second look absent: its source row is staged and merged as a changed one (safe)."""
    if not known.height or not valid.height:
        return pl.Series(SAME, [False] * valid.height, dtype=pl.Boolean)
    kh = valid.select(key_hash_expr(spec.key)).to_series()
    at = known[KEY_HASH].search_sorted(kh, side="left").clip(upper_bound=known.height - 1)
    same = (known[KEY_HASH].gather(at) == kh) & (known[PAIR_A].gather(at) == pairs[PAIR_A])
    return same.alias(SAME)
