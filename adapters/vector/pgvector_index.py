"""pgvector-backed ``VectorIndexPort``: one table of centroids with an HNSW index (cosine ops).

Table ``<prefix>domain_vectors(namespace, item_id, embedding vector(dim), fingerprint)`` with an
``hnsw (embedding vector_cosine_ops)`` index; the extension is created if missing (needs the
privilege; production images ship pgvector). Queries order by ``embedding <=> :q`` with
``hnsw.ef_search`` raised to the namespace size so the search is exhaustive for catalog-sized
namespaces and matches the exact scan. Vectors are written as pgvector text literals, so only
SQLAlchemy + a PostgreSQL driver are needed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from sqlalchemy import Engine, text

from core.domains.ports import Hit
from core.errors import DeterministicFailure

_IDENT = re.compile(r"^[a-z_][a-z0-9_]{0,40}$")


def _literal(vec: np.ndarray) -> str:
    return "[" + ",".join(f"{float(x):.7g}" for x in vec) + "]"


class PgVectorIndex:
    """PostgreSQL + pgvector index (see module docstring)."""

    def __init__(self, engine: Engine, *, dim: int = 256, table_prefix: str = "", schema: str | None = None) -> None:
        if table_prefix and not _IDENT.match(table_prefix):
            raise DeterministicFailure(f"invalid table prefix {table_prefix!r}")
        if schema and not _IDENT.match(schema):
            raise DeterministicFailure(f"invalid schema {schema!r}")
        self.engine = engine
        self.dim = int(dim)
        # validated names, still quoted by the dialect (no SQL text is built from unquoted input)
        quote = engine.dialect.identifier_preparer.quote_identifier
        self.table = (f"{quote(schema)}." if schema else "") + quote(f"{table_prefix}domain_vectors")
        self._index_name = quote(f"{table_prefix}domain_vectors_hnsw")
        self._ready = False

    def _ensure(self) -> None:
        if self._ready:
            return
        with self.engine.begin() as conn:
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS vector"))
            conn.execute(text(
                f"CREATE TABLE IF NOT EXISTS {self.table} (namespace text NOT NULL, item_id text NOT NULL, "
                f"embedding vector({self.dim}) NOT NULL, fingerprint text NOT NULL, "
                f"PRIMARY KEY (namespace, item_id))"))
            conn.execute(text(f"CREATE INDEX IF NOT EXISTS {self._index_name} ON {self.table} "
                              f"USING hnsw (embedding vector_cosine_ops)"))
        self._ready = True

    def upsert_namespace(self, namespace: str, ids: Sequence[str], vectors: np.ndarray, fingerprint: str) -> None:
        """Replace the namespace's rows in one transaction."""
        self._ensure()
        vecs = np.asarray(vectors, dtype=np.float32)
        if vecs.ndim != 2 or (len(ids) and vecs.shape[1] != self.dim):
            raise DeterministicFailure(f"vectors must be (n, {self.dim})", namespace=namespace)
        with self.engine.begin() as conn:
            conn.execute(text(f"DELETE FROM {self.table} WHERE namespace = :ns"), {"ns": namespace})
            if len(ids):
                conn.execute(
                    text(f"INSERT INTO {self.table} (namespace, item_id, embedding, fingerprint) "
                         f"VALUES (:ns, :id, CAST(:v AS vector), :fp)"),
                    [{"ns": namespace, "id": i, "v": _literal(v), "fp": fingerprint}
                     for i, v in zip(ids, vecs, strict=True)])

    def fingerprint(self, namespace: str) -> str | None:
        """Fingerprint of the namespace's rows (None when empty)."""
        self._ensure()
        with self.engine.connect() as conn:
            return conn.execute(text(f"SELECT min(fingerprint) FROM {self.table} WHERE namespace = :ns"),
                                {"ns": namespace}).scalar()

    def query_many(self, namespace: str, vectors: np.ndarray, k: int) -> list[list[Hit]]:
        """Top-k by cosine similarity (1 - cosine distance), ties broken by id."""
        self._ensure()
        q = np.asarray(vectors, dtype=np.float32)
        out: list[list[Hit]] = []
        with self.engine.begin() as conn:
            n = conn.execute(text(f"SELECT count(*) FROM {self.table} WHERE namespace = :ns"),
                             {"ns": namespace}).scalar() or 0
            conn.execute(text("SELECT set_config('hnsw.ef_search', :v, true)"), {"v": str(max(int(n), k, 40))})
            stmt = text(f"SELECT item_id, 1 - (embedding <=> CAST(:q AS vector)) AS sim FROM {self.table} "
                        f"WHERE namespace = :ns ORDER BY embedding <=> CAST(:q AS vector), item_id LIMIT :k")
            for row in q:
                rows = conn.execute(stmt, {"q": _literal(row), "ns": namespace, "k": k + 2}).all()
                hits = sorted(((str(r[0]), float(r[1])) for r in rows), key=lambda h: (-round(h[1], 6), h[0]))
                out.append(hits[:k])
        return out
