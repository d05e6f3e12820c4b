"""Memory-bounded uniqueness check for one key candidate (large files only).

:class:`BloomKeyCheck` is a *blocked* Bloom filter of fixed size (``BLOOM_BYTES``, 128 MiB: 2^24
words of 64 bits; each value sets ``BLOOM_BITS`` = 6 bits inside one word chosen by its 64-bit
hash). It is fed the seeded 64-bit hashes of the candidate column batch by batch (a Polars
``map_batches`` UDF inside the statistics scan, so it costs no extra pass) and counts *hits*: values
whose bits were all set already, plus repeats inside a batch.

Error behaviour (documented contract):

* **No false positives for ``is_key``**: a value that really occurs twice always hits on its second
  occurrence (equal values have equal hashes), so a column with a duplicate is never marked a key.
* **Chance hits are verified**: two *different* values can hit by chance (a Bloom false positive).
  The hashes that hit are kept (at most ``MAX_SUSPECTS``) and, only when there are any, one more
  streaming pass over the candidate column counts their exact occurrences (``verify_query``): a
  hash seen twice is a real repeat. The expected number of chance hits over ``n`` unique values
  (:func:`expected_false_hits`) is ~0 up to ~5 M rows, ~0.05 at 10 M, ~4 at 20 M, ~1,500 at 50 M,
  so the verification pass is normally skipped below ~10 M rows.
* **False negatives remain possible** only (a) through a 64-bit hash collision between two distinct
  values (probability ~ n^2 / 2^65: 3e-6 at 10 M rows) or (b) when more than ``MAX_SUSPECTS``
  hashes hit (the filter saturates: from roughly 100 M rows): the check then gives up and the column is
  not marked a key. A miss only loses the ``is_key`` hint (sampling then hashes whole rows).

Memory is ``BLOOM_BYTES`` + ``MAX_SUSPECTS`` x 8 bytes whatever the file size.
"""

from __future__ import annotations

import math
import threading

import numpy as np
import polars as pl

WORD_BITS_LOG2 = 24
BLOOM_BYTES = (1 << WORD_BITS_LOG2) * 8
BLOOM_BITS = 6
MAX_SUSPECTS = 1_000_000


def expected_false_hits(n: int, words_log2: int = WORD_BITS_LOG2, k: int = BLOOM_BITS) -> float:
    """Expected number of chance hits (unique values reported as repeats) after ``n`` inserts."""
    w = float(1 << words_log2)
    total, steps = 0.0, 200
    for j in range(steps):  # midpoint integration of p(i) over i in [0, n)
        i = (j + 0.5) * n / steps
        total += (1.0 - math.exp(-k * i / (64.0 * w))) ** k
    return total * n / steps


class BloomKeyCheck:
    """Counts repeated values of one column in fixed memory (see module docstring)."""

    def __init__(self, words_log2: int = WORD_BITS_LOG2) -> None:
        self._shift = np.uint64(64 - words_log2)
        self.words = np.zeros(1 << words_log2, dtype=np.uint64)
        self.hits = 0
        self.seen = 0
        self.suspects: list[np.ndarray] = []
        self.overflow = False
        self._lock = threading.Lock()

    def update(self, hashes: pl.Series) -> pl.Series:
        """Insert one batch of 64-bit hashes; returns zeros of the batch's length (the UDF's output
        is summed in the query only so the engine runs it). Nulls are ignored (they disqualify a key
        anyway)."""
        h = hashes.drop_nulls()
        uniq = h.unique()
        in_batch = h.len() - uniq.len()
        repeats = h.filter(h.is_duplicated()).unique().to_numpy() if in_batch else None
        a = uniq.to_numpy().astype(np.uint64, copy=False)
        idx = (a >> self._shift).astype(np.int64)
        one = np.uint64(1)
        mask = np.zeros(a.shape, dtype=np.uint64)
        for b in range(BLOOM_BITS):
            mask |= one << ((a >> np.uint64(6 * b)) & np.uint64(63))
        with self._lock:
            hit = (self.words[idx] & mask) == mask
            np.bitwise_or.at(self.words, idx, mask)
            present = int(np.count_nonzero(hit))
            self.hits += in_batch + present
            self.seen += h.len()
            if present:
                self._keep(a[hit])
            if repeats is not None:
                self._keep(repeats.astype(np.uint64, copy=False))
        return pl.zeros(hashes.len(), pl.UInt8, eager=True)

    def _keep(self, hashes: np.ndarray) -> None:
        if self.overflow or sum(len(x) for x in self.suspects) + len(hashes) > MAX_SUSPECTS:
            self.overflow, self.suspects = True, []
            return
        self.suspects.append(hashes)

    def suspect_hashes(self) -> pl.Series:
        """The distinct hashes that hit (to verify with :func:`verify_query`)."""
        arr = np.concatenate(self.suspects) if self.suspects else np.zeros(0, dtype=np.uint64)
        return pl.Series("h", arr, dtype=pl.UInt64).unique()


def verify_query(lf: pl.LazyFrame, hash_expr: pl.Expr, suspects: pl.Series) -> pl.LazyFrame:
    """Streaming query: how many suspect hashes occur more than once (0 = the column is unique)."""
    h = hash_expr.alias("__h")
    return (lf.select(h).filter(pl.col("__h").is_in(suspects.implode())).group_by("__h").len()
            .select((pl.col("len") > 1).sum().alias("repeats")))
