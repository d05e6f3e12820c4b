"""Mergeable, bounded summaries for the streamed Analysis profile.

* :class:`Distinct`: a K-minimum-values sketch of one column's hashed values (exact below ``K``
  distinct values, an estimate with ~1.6% relative error above);
* :class:`RowSample`: a uniform, deterministic sample of rows of at most ``size`` rows (the rows
  whose row-number hash is smallest), for the drift histograms.

Both update from one Polars batch at a time and hold at most ``K`` hashes or ``size`` rows.
"""

from __future__ import annotations

import polars as pl

SEED = 0x5EED
K = 4096
U64_MAX = 2**64 - 1


class Distinct:
    """Distinct non-null values of one column over every batch (K minimum hash values)."""

    def __init__(self, k: int = K) -> None:
        self.k = k
        self.hashes: pl.Series = pl.Series("h", [], dtype=pl.UInt64)

    @property
    def threshold(self) -> int:
        """Hashes above this cannot enter the sketch any more."""
        return int(self.hashes.max()) if self.hashes.len() >= self.k else U64_MAX  # type: ignore[arg-type]

    def expr(self, column: str) -> pl.Expr:
        """The batch's candidate hashes (one list value) to :meth:`merge`."""
        h = pl.col(column).drop_nulls().hash(SEED)
        return h.filter(h <= pl.lit(self.threshold, dtype=pl.UInt64)).unique().bottom_k(self.k).implode()

    def merge(self, candidates: pl.Series) -> None:
        """Fold one batch's candidate hashes in."""
        if candidates.len():
            self.hashes = pl.concat([self.hashes, candidates.cast(pl.UInt64)]).unique().bottom_k(self.k)

    def estimate(self) -> int:
        """Exact when fewer than K distinct values were seen, else the KMV estimate."""
        n = self.hashes.len()
        if n < self.k:
            return n
        return int(round((self.k - 1) * (U64_MAX / float(self.hashes.max()))))  # type: ignore[arg-type]


class RowSample:
    """A deterministic uniform sample of at most ``size`` rows of the given columns."""

    def __init__(self, columns: list[str], size: int) -> None:
        self.columns = columns
        self.size = size
        self.parts: list[pl.DataFrame] = []
        self.rows = 0
        self.threshold = U64_MAX

    def add(self, frame: pl.DataFrame, offset: int) -> None:
        """Rows of ``frame`` (global row numbers from ``offset``) that may belong to the sample."""
        self.extend(self.candidates(frame, offset))

    def candidates(self, frame: pl.DataFrame, offset: int) -> pl.DataFrame | None:
        """The rows of ``frame`` that may enter the sample, with their hash (no state changed)."""
        if not self.columns or not frame.height:
            return None
        h = pl.int_range(offset, offset + frame.height, dtype=pl.UInt64).hash(SEED).alias("__h")
        return frame.select([h, *self.columns]).filter(pl.col("__h") <= pl.lit(self.threshold, dtype=pl.UInt64))

    def extend(self, part: pl.DataFrame | None) -> None:
        """Fold in candidates from :meth:`candidates`."""
        if part is not None and part.height:
            self.parts.append(part)
            self.rows += part.height
        if self.rows > 2 * self.size:
            self._compact()

    def _compact(self) -> None:
        kept = pl.concat(self.parts, how="vertical_relaxed").sort("__h").head(self.size)
        self.parts, self.rows = [kept], kept.height
        if kept.height >= self.size:
            self.threshold = int(kept["__h"][-1])

    def frame(self) -> pl.DataFrame:
        """The sample (without the hash column)."""
        if not self.parts:
            return pl.DataFrame()
        self._compact()
        return self.parts[0].drop("__h")
