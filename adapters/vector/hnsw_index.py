"""hnswlib-backed ``VectorIndexPort``: one cosine HNSW graph per namespace, persisted as files.

Layout under ``directory`` (default ``var_dir()/vector``): ``<namespace>.bin`` (the hnswlib
graph) and ``<namespace>.json`` (ids in label order, fingerprint, dim). A new instance on the
same directory loads the files lazily, so the index survives restarts; ``upsert_namespace``
writes to temporary files and renames them atomically. ``ef`` is raised to the namespace size
for queries, which makes the search exhaustive for catalog-sized namespaces (~100 centroids):
results equal the exact scan.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Sequence
from pathlib import Path

import hnswlib
import numpy as np

from core.domains.ports import Hit
from core.paths import var_dir


class HnswVectorIndex:
    """Embedded, file-persisted HNSW index (see module docstring)."""

    def __init__(self, directory: Path | None = None, *, m: int = 16, ef_construction: int = 200) -> None:
        self.directory = Path(directory) if directory else var_dir() / "vector"
        self.directory.mkdir(parents=True, exist_ok=True)
        self.m = m
        self.ef_construction = ef_construction
        self._loaded: dict[str, tuple[hnswlib.Index, list[str], str]] = {}
        self._lock = threading.Lock()

    def _paths(self, namespace: str) -> tuple[Path, Path]:
        return self.directory / f"{namespace}.bin", self.directory / f"{namespace}.json"

    def upsert_namespace(self, namespace: str, ids: Sequence[str], vectors: np.ndarray, fingerprint: str) -> None:
        """Build a fresh graph for the namespace and persist it atomically."""
        vecs = np.asarray(vectors, dtype=np.float32)
        dim = int(vecs.shape[1])
        index = hnswlib.Index(space="cosine", dim=dim)
        index.init_index(max_elements=max(len(ids), 1), ef_construction=self.ef_construction, M=self.m,
                         random_seed=42)
        if len(ids):
            index.add_items(vecs, np.arange(len(ids)), num_threads=1)
        bin_path, meta_path = self._paths(namespace)
        tmp_bin, tmp_meta = bin_path.with_suffix(".bin.tmp"), meta_path.with_suffix(".json.tmp")
        index.save_index(str(tmp_bin))
        tmp_meta.write_text(json.dumps({"ids": list(ids), "fingerprint": fingerprint, "dim": dim}), encoding="utf-8")
        with self._lock:
            os.replace(tmp_bin, bin_path)
            os.replace(tmp_meta, meta_path)
            self._loaded[namespace] = (index, list(ids), fingerprint)

    def _load(self, namespace: str) -> tuple[hnswlib.Index, list[str], str] | None:
        with self._lock:
            if namespace in self._loaded:
                return self._loaded[namespace]
            bin_path, meta_path = self._paths(namespace)
            if not (bin_path.is_file() and meta_path.is_file()):
                return None
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            index = hnswlib.Index(space="cosine", dim=int(meta["dim"]))
            index.load_index(str(bin_path), max_elements=max(len(meta["ids"]), 1))
            self._loaded[namespace] = (index, list(meta["ids"]), str(meta["fingerprint"]))
            return self._loaded[namespace]

    def fingerprint(self, namespace: str) -> str | None:
        """Fingerprint stored with the namespace, or None."""
        entry = self._load(namespace)
        return entry[2] if entry else None

    def query_many(self, namespace: str, vectors: np.ndarray, k: int) -> list[list[Hit]]:
        """Top-k cosine hits per query row, best first, ties broken by id."""
        entry = self._load(namespace)
        q = np.asarray(vectors, dtype=np.float32)
        if entry is None or not entry[1] or len(q) == 0:
            return [[] for _ in range(len(q))]
        index, ids, _ = entry
        kk = min(k + 2, len(ids))  # a little slack so ties at the k-th place are resolved by id
        index.set_ef(max(len(ids), kk))
        labels, dists = index.knn_query(q, k=kk, num_threads=1)
        out: list[list[Hit]] = []
        for lab_row, dist_row in zip(labels, dists, strict=True):
            hits = [(ids[int(lab)], float(1.0 - d)) for lab, d in zip(lab_row, dist_row, strict=True)]
            hits.sort(key=lambda h: (-round(h[1], 6), h[0]))
            out.append(hits[:k])
        return out
