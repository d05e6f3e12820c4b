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
import sqlalchemy as sa
from pgvector.sqlalchemy import Vector
from sqlalchemy import Engine

from core.domains.ports import Hit
from core.errors import DeterministicFailure

_IDENT = re.compile(r"^[a-z_][a-z0-9_]{0,40}$")


class PgVectorIndex:
    """PostgreSQL + pgvector index (see module docstring). Every statement is a SQLAlchemy Core
    expression over the table below, so names are quoted by the dialect and values are bound."""

    def __init__(self, engine: Engine, *, dim: int = 256, table_prefix: str = "", schema: str | None = None) -> None:
        if table_prefix and not _IDENT.match(table_prefix):
            raise DeterministicFailure(f"invalid table prefix {table_prefix!r}")
        if schema and not _IDENT.match(schema):
            raise DeterministicFailure(f"invalid schema {schema!r}")
        self.engine = engine
        self.dim = int(dim)
        self.vectors = sa.Table(
            f"{table_prefix}domain_vectors", sa.MetaData(),
            sa.Column("namespace", sa.Text, primary_key=True), sa.Column("item_id", sa.Text, primary_key=True),
            sa.Column("embedding", Vector(self.dim), nullable=False), sa.Column("fingerprint", sa.Text, nullable=False),
            sa.Index(f"{table_prefix}domain_vectors_hnsw", "embedding", postgresql_using="hnsw",
                     postgresql_ops={"embedding": "vector_cosine_ops"}),
            schema=schema)
        self._ready = False

    def _ensure(self) -> None:
        if self._ready:
            return
        with self.engine.begin() as conn:
            conn.execute(sa.text("CREATE EXTENSION IF NOT EXISTS vector"))
            self.vectors.metadata.create_all(conn, checkfirst=True)
        self._ready = True

    def upsert_namespace(self, namespace: str, ids: Sequence[str], vectors: np.ndarray, fingerprint: str) -> None:
        """Replace the namespace's rows in one transaction."""
        self._ensure()
        vecs = np.asarray(vectors, dtype=np.float32)
        if vecs.ndim != 2 or (len(ids) and vecs.shape[1] != self.dim):
            raise DeterministicFailure(f"vectors must be (n, {self.dim})", namespace=namespace)
        t = self.vectors
        with self.engine.begin() as conn:
            conn.execute(sa.delete(t).where(t.c.namespace == namespace))
            if len(ids):
                conn.execute(t.insert(), [{"namespace": namespace, "item_id": i, "embedding": v,
                                           "fingerprint": fingerprint} for i, v in zip(ids, vecs, strict=True)])

    def fingerprint(self, namespace: str) -> str | None:
        """Fingerprint of the namespace's rows (None when empty)."""
        self._ensure()
        t = self.vectors
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.min(t.c.fingerprint)).where(t.c.namespace == namespace)).scalar()

    def query_many(self, namespace: str, vectors: np.ndarray, k: int) -> list[list[Hit]]:
        """Top-k by cosine similarity (1 - cosine distance), ties broken by id."""
        self._ensure()
        q = np.asarray(vectors, dtype=np.float32)
        t = self.vectors
        out: list[list[Hit]] = []
        with self.engine.begin() as conn:
            n = conn.execute(sa.select(sa.func.count()).select_from(t).where(t.c.namespace == namespace)).scalar() or 0
            conn.execute(sa.select(sa.func.set_config("hnsw.ef_search", str(max(int(n), k, 40)), True)))
            for row in q:
                dist = t.c.embedding.cosine_distance(row)
                stmt = (sa.select(t.c.item_id, (1 - dist).label("sim")).where(t.c.namespace == namespace)
                        .order_by(dist, t.c.item_id).limit(k + 2))
                rows = conn.execute(stmt).all()
                hits = sorted(((str(r[0]), float(r[1])) for r in rows), key=lambda h: (-round(h[1], 6), h[0]))
                out.append(hits[:k])
        return out
