"""Vector backends: hnswlib (file-persisted) and pgvector (embedded PostgreSQL) return the same
candidates as the exact scan for the same catalog."""

from __future__ import annotations

import uuid
from pathlib import Path

import numpy as np
import pytest

from adapters.vector import HnswVectorIndex, PgVectorIndex
from core.domains.engine import NAME_NS, VALUE_NS, ensure_index
from core.domains.exact_index import ExactVectorIndex
from core.domains.matcher import get_matcher
from core.domains.sketch import mask_pattern
from core.vocab.models import DomainCatalog

HEADERS = ["cust_email", "Vorname", "PLZ", "telefonnr", "order_dt", "weight_kg", "iban", "col_7", "user_agent",
           "fecha_alta", "ship_country", "MailingStreet", "txn_id", "latitude", "kunden_nr", "avatar_url"]
VALUES = [["a@b.com"], ["DE89370400440532013000"], ["12.5"], ["Berlin"], ["2024-01-01"], ["+49 30 1234567"]]


def _queries(catalog: DomainCatalog) -> tuple[np.ndarray, np.ndarray]:
    m = get_matcher(catalog)
    names = m.embedder.embed([h.lower() for h in HEADERS])
    values = np.stack([m.embedder.embed([mask_pattern(v) for v in vals]).mean(axis=0) for vals in VALUES])
    values /= np.linalg.norm(values, axis=1, keepdims=True)
    return names, values


def _ids(hits: list[list[tuple[str, float]]]) -> list[list[str]]:
    return [[h[0] for h in row] for row in hits]


def _assert_same(index, exact, q_names, q_values, k: int = 8) -> None:  # type: ignore[no-untyped-def]
    for ns, q in ((NAME_NS, q_names), (VALUE_NS, q_values)):
        got, want = index.query_many(ns, q, k), exact.query_many(ns, q, k)
        assert _ids(got) == _ids(want)
        for g_row, w_row in zip(got, want, strict=True):
            assert [round(s, 4) for _, s in g_row] == pytest.approx([round(s, 4) for _, s in w_row], abs=2e-4)


def test_hnsw_matches_exact_and_persists(tmp_path: Path, domain_catalog: DomainCatalog) -> None:
    m = get_matcher(domain_catalog)
    exact, hnsw = ExactVectorIndex(), HnswVectorIndex(tmp_path)
    assert ensure_index(exact, m) and ensure_index(hnsw, m)
    assert not ensure_index(hnsw, m)  # same fingerprint: no rebuild
    q_names, q_values = _queries(domain_catalog)
    _assert_same(hnsw, exact, q_names, q_values)
    reopened = HnswVectorIndex(tmp_path)  # loads the files written above
    assert reopened.fingerprint(NAME_NS) == m.fingerprint
    assert (tmp_path / f"{NAME_NS}.bin").is_file()
    _assert_same(reopened, exact, q_names, q_values)


def test_hnsw_empty_namespace(tmp_path: Path) -> None:
    idx = HnswVectorIndex(tmp_path)
    assert idx.fingerprint("nothing") is None
    assert idx.query_many("nothing", np.ones((2, 4), dtype=np.float32), 3) == [[], []]


@pytest.mark.postgres
def test_pgvector_matches_hnsw_and_exact(pg_vector_engine, tmp_path: Path, domain_catalog: DomainCatalog) -> None:  # type: ignore[no-untyped-def]
    m = get_matcher(domain_catalog)
    prefix = f"t{uuid.uuid4().hex[:8]}_"
    pg = PgVectorIndex(pg_vector_engine, dim=m.embedder.dim, table_prefix=prefix)
    exact, hnsw = ExactVectorIndex(), HnswVectorIndex(tmp_path)
    for idx in (pg, exact, hnsw):
        ensure_index(idx, m)
    assert pg.fingerprint(NAME_NS) == m.fingerprint
    assert not ensure_index(pg, m)
    q_names, q_values = _queries(domain_catalog)
    _assert_same(pg, exact, q_names, q_values)
    for ns, q in ((NAME_NS, q_names), (VALUE_NS, q_values)):
        assert _ids(pg.query_many(ns, q, 8)) == _ids(hnsw.query_many(ns, q, 8))
    with pg_vector_engine.connect() as conn:
        from sqlalchemy import text

        idx_def = conn.execute(text("SELECT indexdef FROM pg_indexes WHERE indexname = :n"),
                               {"n": f"{prefix}domain_vectors_hnsw"}).scalar()
    assert idx_def is not None and "hnsw" in idx_def and "vector_cosine_ops" in idx_def
