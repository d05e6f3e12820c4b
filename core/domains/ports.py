"""Ports of the domaining stage: vector index, embedder, arbiter, cache invalidation.

Concrete implementations live in ``adapters/`` (hnswlib, pgvector) or in core when they are pure
algorithms (:class:`core.domains.exact_index.ExactVectorIndex`, the rules arbiter).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np
from pydantic import BaseModel

from core.domains.evidence import ColumnEvidence
from core.domains.scoring import CandidateScore

#: A hit of a vector query: (item id, cosine similarity in [-1, 1]).
Hit = tuple[str, float]


@runtime_checkable
class VectorIndexPort(Protocol):
    """Cosine-similarity index over named vectors, grouped in namespaces (``name``, ``value``).

    ``fingerprint`` is an opaque content key (catalog hash + embedder id) stored with the
    namespace, so callers rebuild only when the catalog or embedder changed.
    """

    def upsert_namespace(self, namespace: str, ids: Sequence[str], vectors: np.ndarray, fingerprint: str) -> None:
        """Replace the namespace's contents with ``ids``/``vectors`` (unit vectors, one row each)."""
        ...

    def fingerprint(self, namespace: str) -> str | None:
        """Fingerprint of the namespace's current contents, or None when it is empty/absent."""
        ...

    def query_many(self, namespace: str, vectors: np.ndarray, k: int) -> list[list[Hit]]:
        """Top-``k`` hits per query row, best first (ties broken by id)."""
        ...


@runtime_checkable
class Embedder(Protocol):
    """Text -> unit vectors (deterministic)."""

    dim: int
    model_id: str

    def embed_one(self, text: str) -> np.ndarray:
        """Unit vector of one text."""
        ...

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Matrix of unit vectors."""
        ...


class ArbiterVerdict(BaseModel):
    """An arbiter's answer on a borderline column."""

    domain_id: str | None
    confidence: float
    rationale: str
    arbiter: str
    propose_alias: bool = False


@runtime_checkable
class Arbiter(Protocol):
    """Decides borderline columns from evidence and the scored candidates (best first)."""

    name: str

    def arbitrate(self, evidence: ColumnEvidence, candidates: Sequence[CandidateScore]) -> ArbiterVerdict:
        """Pick one candidate's domain or None (unknown), with a rationale."""
        ...


@runtime_checkable
class CacheInvalidator(Protocol):
    """Invalidates domain-dependent caches (domain assignments, mapping prompts) on a catalog change."""

    def invalidate_domain_caches(self, old_version: str | None, new_version: str, reason: str) -> None:
        """Drop every cache entry keyed on ``old_version`` (or all domain entries)."""
        ...
