"""Vector index adapters implementing ``core.domains.ports.VectorIndexPort``: hnswlib (embedded,
file-persisted) and pgvector (PostgreSQL, HNSW index)."""

from adapters.vector.hnsw_index import HnswVectorIndex
from adapters.vector.pgvector_index import PgVectorIndex

__all__ = ["HnswVectorIndex", "PgVectorIndex"]
