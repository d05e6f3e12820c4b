"""Deterministic, dependency-free text embedding for domain names and value descriptors.

:class:`HashedNgramEmbedder` hashes character n-grams (3- and 4-grams of each word with boundary
marks, plus whole words) into a fixed number of buckets with CRC32, applies sublinear term
weighting and L2-normalizes. It is fast (pure Python + numpy), identical on every machine and
needs no model download, so catalog centroids and golden evals are reproducible bit for bit.
Any other embedder (e.g. the provider layer's offline ``embed``) can replace it through the
:class:`core.domains.ports.Embedder` protocol; the centroid index must then be rebuilt.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from core.vocab.tokens import normalize_alias


class HashedNgramEmbedder:
    """Hashed character n-gram embedding (see module docstring)."""

    def __init__(self, dim: int = 256, ngrams: tuple[int, ...] = (3, 4), word_weight: float = 1.5) -> None:
        self.dim = dim
        self.ngrams = ngrams
        self.word_weight = word_weight
        self.model_id = f"hashed-ngram-v1-d{dim}-n{''.join(map(str, ngrams))}"
        self._cache = lru_cache(maxsize=65536)(self._embed_uncached)

    def _features(self, text: str) -> dict[int, float]:
        feats: dict[int, float] = {}
        for word in text.split():
            w = f"<{word}>"
            h = zlib.crc32(b"w:" + word.encode()) % self.dim
            feats[h] = feats.get(h, 0.0) + self.word_weight
            for n in self.ngrams:
                for i in range(max(1, len(w) - n + 1)):
                    h = zlib.crc32(w[i:i + n].encode()) % self.dim
                    feats[h] = feats.get(h, 0.0) + 1.0
        return feats

    def _embed_uncached(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        for h, c in self._features(text).items():
            vec[h] = 1.0 + np.log(c)
        n = float(np.linalg.norm(vec))
        if n > 0:
            vec /= n
        vec.setflags(write=False)
        return vec

    def embed_one(self, text: str) -> np.ndarray:
        """Unit vector of one text (already-normalized text is embedded as is)."""
        return self._cache(text)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Matrix (len(texts) x dim) of unit vectors."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self.embed_one(t) for t in texts])


def embed_header(embedder: HashedNgramEmbedder, header: str) -> np.ndarray:
    """Embed a header after alias normalization (tokens, accents folded)."""
    return embedder.embed_one(normalize_alias(header))


def centroid(vectors: np.ndarray) -> np.ndarray:
    """L2-normalized mean of unit vectors (zero vector stays zero)."""
    if len(vectors) == 0:
        return np.zeros(vectors.shape[1] if vectors.ndim == 2 else 0, dtype=np.float32)
    c = vectors.mean(axis=0).astype(np.float32)
    n = float(np.linalg.norm(c))
    return c / n if n > 0 else c
