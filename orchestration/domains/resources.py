"""Resources of the domaining stage: live domain catalog, vector index, borderline arbiter."""

import os
from pathlib import Path
from typing import Any

import dagster as dg
from pydantic import PrivateAttr
from sqlalchemy import create_engine

from adapters.cache import make_cache
from adapters.llm import build_router
from adapters.llm.arbiter import RouterArbiter
from adapters.metadata_store import MetadataStore
from adapters.metadata_store.domain_tables import DomainStore
from core.contract import Lane, RunContract
from core.domains.arbiter import rules_arbiter_for
from core.domains.ports import Arbiter, VectorIndexPort
from core.errors import DeterministicFailure
from core.ledger import LedgerPort
from core.policy import PolicyEngine
from core.providers import CallContext
from core.providers.pii_gate import PiiGate
from core.vocab.catalog_loader import domains_dir, load_domain_catalog
from core.vocab.models import DomainCatalog

_SHIPPED: dict[tuple[str, int, int], DomainCatalog] = {}


def shipped_catalog(directory: Path | None = None) -> DomainCatalog:
    """The catalog shipped in assets_config/domains, parsed and validated once per process and
    re-read only when a file there changes (keyed by file count and newest mtime)."""
    directory = domains_dir() if directory is None else directory
    files = list(directory.glob("*.yaml"))
    key = (str(directory), len(files), max((f.stat().st_mtime_ns for f in files), default=0))
    if key not in _SHIPPED:
        _SHIPPED.clear()
        _SHIPPED[key] = load_domain_catalog(directory)
    return _SHIPPED[key]


def open_domain_store(meta: MetadataStore, policy: PolicyEngine, cache: Any = None) -> DomainStore:
    """The domain store on the metadata store's database. The shipped catalog (assets_config/domains)
    seeds it on first use; a shipped catalog with new content becomes the live version (kind
    ``release``), so upgrades reach existing stores while promotions/rollbacks keep their history."""
    store = DomainStore(meta.engine, policy, cache=cache)
    store.create_all()
    store.import_release(shipped_catalog())
    return store


class DomainsResource(dg.ConfigurableResource):
    """Domain catalog (live version in the metadata store), vector index and arbiter.

    ``index_backend``: ``hnswlib`` (embedded, files under MAPWRIGHT_HOME) or ``pgvector`` (a
    Postgres with the extension, URL from the env var named by ``vector_url_env``). The provider
    router's cache: in-process, or Redis when the env var named by ``cache_url_env`` holds a
    ``redis://`` URL. URLs are read at run time so credentials never appear in the UI's config.
    """

    index_backend: str = "hnswlib"
    vector_url_env: str = "MAPWRIGHT_VECTOR_URL"
    cache_url_env: str = "MAPWRIGHT_CACHE_URL"

    _index: Any = PrivateAttr(default=None)
    _cache: Any = PrivateAttr(default=None)
    _pii_gate: Any = PrivateAttr(default=None)

    def domain_store(self, meta: MetadataStore, policy: PolicyEngine) -> DomainStore:
        """The domain store (see :func:`open_domain_store`); promotions reset this resource's index."""
        return open_domain_store(meta, policy, cache=self)

    def invalidate_domain_caches(self, old_version: str | None, new_version: str, reason: str) -> None:
        """Domain-dependent caches: the index namespaces are keyed by catalog hash; drop loaded ones."""
        self._index = None

    def index(self) -> VectorIndexPort:
        """The configured vector index (one per process)."""
        if self._index is None:
            if self.index_backend == "pgvector":
                from adapters.vector import PgVectorIndex

                url = os.environ.get(self.vector_url_env, "")
                if not url:
                    raise DeterministicFailure(f"index_backend pgvector needs {self.vector_url_env}")
                self._index = PgVectorIndex(create_engine(url, pool_pre_ping=True))
            else:
                from adapters.vector import HnswVectorIndex

                self._index = HnswVectorIndex()
        return self._index

    def arbiter(self, contract: RunContract, policy: PolicyEngine, ledger: LedgerPort,
                catalog: DomainCatalog, *, lane: Lane | None = None) -> Arbiter:
        """Borderline arbiter: the provider router's classify_column task, rules as last resort."""
        if self._cache is None:
            self._cache = make_cache(os.environ.get(self.cache_url_env) or None)
        if self._pii_gate is None:
            from adapters.pii import CombinedPiiDetector

            self._pii_gate = PiiGate(CombinedPiiDetector())
        router = build_router(contract, policy=policy, ledger=ledger, cache=self._cache, pii_gate=self._pii_gate)
        # The lane the supervisor chose for this Dagster run (its ``mapwright/lane`` tag); it is part
        # of every provider cache key. Without one: the contract's hint, else batch.
        ctx = CallContext.from_contract(contract, "DOMAINS", lane=lane or contract.lane_hint or Lane.BATCH)
        descriptions = {d.id: (d.description, list(d.aliases)) for d in catalog.domains}
        return RouterArbiter(router, ctx, rules_arbiter_for(catalog), descriptions)
