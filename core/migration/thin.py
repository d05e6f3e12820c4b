"""The thin spill: what a chunk needs after the pass when its valid rows were streamed into staging.

When the pass streams every checked batch's valid rows into the staging table
(:mod:`core.migration.stream`) and the spill is temporary (not kept for another step), the spill
need not hold those rows again: a chunk's checkpoint only needs, per valid row, its key (duplicate
keys are found per chunk, across batches), its two seeded row hashes (content hash and checksum,
:func:`core.migration.chunks.row_pairs`) and its source position; and, for the rows that failed a
check, the whole checked row (quarantine previews). So per batch and chunk the pass writes two
sealed parts, ``g<chunk>_b<batch>`` (key, hashes, position of the valid rows) and ``f<chunk>_b<batch>``
(the failed rows as the full spill holds them), instead of every transformed row; nothing is read
back but those. A valid row whose key turns out duplicated in its chunk is quarantined like in the
full spill: its source row is read again by position and checked again (deterministic: the same
values), and its key goes into :attr:`ThinChunk.drop`, the streamed rows the chunk's checkpoint
transaction deletes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from core.migration.chunks import CHUNK_COL, PAIR_A, PAIR_B, PAIR_SCHEMA, row_pairs
from core.migration.constraints import REASONS, validate_rows
from core.migration.models import MigrationSpec
from core.migration.pg_hash import SERVER_HASH, row_hashes
from core.migration.sealed import write_sealed
from core.migration.spill_manifest import SpillFile
from core.migration.unchanged import SAME, SERVER_EXACT, mark_unchanged

#: position of a row in the source (same column as the full spill's)
ROW_COL = "_mw_row"
DUP = "DUP_KEY"


@dataclass(frozen=True)
class ThinChunk:
    """One chunk as the thin spill gives it back."""

    #: row hashes of the valid rows that stay staged (``_mw_a``, ``_mw_b``; ``_mw_p``: their server hash, or null)
    pairs: pl.DataFrame
    #: row hashes of the valid rows the final table already holds as they are (merge: not staged)
    unchanged: pl.DataFrame
    #: every quarantined row, checked (typed target columns, reasons, ``__src_`` columns, ``_mw_row``)
    bad: pl.DataFrame
    #: key columns of streamed rows that became ``DUP_KEY`` (to delete from staging)
    drop: pl.DataFrame
    #: rows of the chunk in the source
    rows_in: int


def with_unchanged(checked: pl.DataFrame, spec: MigrationSpec, known: pl.DataFrame,
                   whole: frozenset[int] = frozenset()) -> pl.DataFrame:
    """``checked`` with its rows' hashes and ``_mw_same`` (a valid row the final table holds as is, see
    :mod:`core.migration.unchanged`): computed before the batch is streamed, so unchanged rows are not. Rows of
    the chunks in ``whole`` (finished earlier with every valid row staged) are never unchanged."""
    pairs = row_pairs(checked, [c.name for c in spec.columns])
    # the target hashed its final rows (unchanged.read_known): the rows' server hashes, also the staged ones'
    server = row_hashes(checked, spec).alias(SERVER_HASH) if SERVER_EXACT in known.columns else None
    same = mark_unchanged(checked, spec, known, server)
    extra = [pairs, same.to_frame()] + ([server.to_frame()] if server is not None else [])
    same_expr = pl.col(SAME) & (pl.col(REASONS).list.len() == 0)
    if whole:
        same_expr = same_expr & ~pl.col(CHUNK_COL).is_in(sorted(whole))
    return pl.concat([checked, *extra], how="horizontal").with_columns(same_expr.alias(SAME))


def write_parts(checked: pl.DataFrame, folder: Path, batch_no: int, spec: MigrationSpec, key: bytes, *,
                server: bool = False) -> dict[str, SpillFile]:
    """One checked batch (with ``_mw_chunk`` and ``_mw_row``) into thin sealed parts, per chunk; ``server``: each
    valid row's server hash too (``_mw_p``, :mod:`core.migration.pg_hash`). Returns the files' manifest entries."""
    cols = [c.name for c in spec.columns]
    failed = pl.col(REASONS).list.len() > 0
    good = checked.filter(~failed)
    if SAME in checked.columns:  # hashed already (with_unchanged)
        thin = good.select([*spec.key, ROW_COL, CHUNK_COL, PAIR_A, PAIR_B, SAME])
        checked = checked.drop(PAIR_A, PAIR_B, SAME, SERVER_HASH, strict=False)
    else:
        thin = pl.concat([good.select([*spec.key, ROW_COL, CHUNK_COL]), row_pairs(good, cols)], how="horizontal")
    if server and SERVER_HASH in good.columns:  # hashed already (with_unchanged)
        thin = thin.with_columns(good[SERVER_HASH])
    elif server:  # only rows that are staged (a merge leaves the unchanged ones out) need the server's hash
        staged = ~good[SAME] if SAME in good.columns else None
        hashes = row_hashes(good if staged is None else good.filter(staged), spec)
        if staged is not None:
            hashes = pl.Series(SERVER_HASH, [None] * good.height, dtype=pl.UInt64).scatter(
                staged.arg_true(), hashes)
        thin = thin.with_columns(hashes.alias(SERVER_HASH))
    written: dict[str, SpillFile] = {}
    for prefix, frame in (("g", thin), ("f", checked.filter(failed))):
        if not frame.height:
            continue
        for (cid,), part in frame.partition_by(CHUNK_COL, as_dict=True, include_key=False).items():
            name = f"{prefix}{int(cid):07d}_b{batch_no:07d}.arrow"
            written[name] = write_sealed(part, folder / name, key)
    return written


Refetch = Callable[[pl.Series], pl.DataFrame]
#: the checked frames of the chunk's parts of one prefix (``g`` / ``f``), every listed file (Prepared._chunk_frames)
Parts = Callable[[str], list[pl.DataFrame]]


def load_chunk(parts: Parts, spec: MigrationSpec, empty: pl.DataFrame, refetch: Refetch) -> ThinChunk:
    """A chunk from its thin parts; ``empty`` is the checked frame's empty shape, ``refetch`` checks the
    source rows at the given positions again (for valid rows that turn out to be duplicates)."""
    g, f = parts("g"), parts("f")
    good = pl.concat(g, how="vertical_relaxed") if g else None
    bad = pl.concat(f, how="vertical_relaxed") if f else None
    if good is None:
        good = pl.DataFrame(schema={**{k: empty.schema[k] for k in spec.key}, ROW_COL: pl.UInt64, **PAIR_SCHEMA})
    if SAME not in good.columns:
        good = good.with_columns(pl.lit(False).alias(SAME))
    if SERVER_HASH not in good.columns:  # no valid row, or the target does not checksum its rows itself
        good = good.with_columns(pl.lit(None, dtype=pl.UInt64).alias(SERVER_HASH))
    if bad is None:
        bad = empty.drop(CHUNK_COL, strict=False)
    rows_in = good.height + bad.height
    keys = pl.concat([good.select(spec.key), bad.select(spec.key)], how="vertical_relaxed")
    key_null = pl.any_horizontal([pl.col(k).is_null() for k in spec.key])
    dup = keys.select(pl.struct(spec.key).is_duplicated() & ~key_null).to_series()
    if not dup.any():
        return _split(good, bad, good.select(spec.key).head(0), rows_in)
    good_dup, bad_dup = dup.head(good.height), dup.tail(bad.height)
    bad = bad.with_columns(pl.when(bad_dup).then(pl.col(REASONS).list.concat(pl.lit([DUP])))
                           .otherwise(pl.col(REASONS)).alias(REASONS))
    moved = good.filter(good_dup)
    again = refetch(moved[ROW_COL]).with_columns(pl.lit([DUP], dtype=pl.List(pl.String)).alias(REASONS))
    bad = pl.concat([bad, again.select(bad.columns)], how="vertical_relaxed")
    # every copy of a duplicated key moved to quarantine: the streamed ones (not unchanged) leave staging
    return _split(good.filter(~good_dup), bad, moved.filter(~pl.col(SAME)).select(spec.key), rows_in)


def _split(kept: pl.DataFrame, bad: pl.DataFrame, drop: pl.DataFrame, rows_in: int) -> ThinChunk:
    same = pl.col(SAME)
    return ThinChunk(pairs=kept.filter(~same).select(PAIR_A, PAIR_B, SERVER_HASH), unchanged=kept.filter(same).select(
        PAIR_A, PAIR_B), bad=bad, drop=drop, rows_in=rows_in)


def recheck(source_rows: pl.DataFrame, spec: MigrationSpec, transform: Callable[[pl.DataFrame, MigrationSpec],
            pl.DataFrame]) -> pl.DataFrame:
    """Source rows read again by position (``_mw_row`` and ``__src_<column>``) transformed and checked again:
    the checked rows as the pass produced them (reasons of the row checks; source values kept)."""
    src = source_rows.select([pl.col(f"__src_{c}").alias(c) for c in spec.source_columns])
    checked = validate_rows(transform(src, spec), src, spec)
    return checked.with_columns(source_rows[ROW_COL].cast(pl.UInt64).alias(ROW_COL))
