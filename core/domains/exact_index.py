"""Exact (brute-force) cosine index: the reference implementation of :class:`VectorIndexPort`.

Pure numpy, in memory. Used by the golden eval entry point and as the oracle the hnswlib and
pgvector adapters are tested against. With ~100 domain centroids a full scan is microseconds.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from core.domains.ports import Hit


def top_k(ids: Sequence[str], mat: np.ndarray, queries: np.ndarray, k: int) -> list[list[Hit]]:
    """Exact top-k by cosine (rows are unit vectors), ties broken by id."""
    if len(ids) == 0:
        return [[] for _ in range(len(queries))]
    sims = np.asarray(queries, dtype=np.float32) @ mat.T
    out: list[list[Hit]] = []
    for row in sims:
        order = sorted(range(len(ids)), key=lambda i: (-round(float(row[i]), 6), ids[i]))[:k]
        out.append([(ids[i], float(row[i])) for i in order])
    return out


class ExactVectorIndex:
    """In-memory exact index implementing ``VectorIndexPort``."""

    def __init__(self) -> None:
        self._ns: dict[str, tuple[list[str], np.ndarray, str]] = {}

    def upsert_namespace(self, namespace: str, ids: Sequence[str], vectors: np.ndarray, fingerprint: str) -> None:
        """Replace the namespace."""
        self._ns[namespace] = (list(ids), np.asarray(vectors, dtype=np.float32), fingerprint)

    def fingerprint(self, namespace: str) -> str | None:
        """Fingerprint of the namespace or None."""
        entry = self._ns.get(namespace)
        return entry[2] if entry else None

    def query_many(self, namespace: str, vectors: np.ndarray, k: int) -> list[list[Hit]]:
        """Exact top-k per query row."""
        ids, mat, _ = self._ns.get(namespace, ([], np.zeros((0, 1), dtype=np.float32), ""))
        return top_k(ids, mat, vectors, k)
