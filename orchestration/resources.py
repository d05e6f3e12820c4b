"""Thin ConfigurableResource wrappers around core ports and adapters.

The same resource class covers the embedded default and the production backend by
configuration: ``db_url`` empty -> SQLite under MAPWRIGHT_HOME, ``postgresql+psycopg://...`` ->
Postgres. Client state lives in private attributes, built once per process.
"""

from __future__ import annotations

import os
from typing import Any

import dagster as dg
from pydantic import PrivateAttr

from adapters.metadata_store import MetadataStore, open_store
from core.contract import RunContract
from core.errors import DeterministicFailure
from core.ledger import LedgerRecorder
from core.policy import PolicyEngine, load_policy_engine
from core.thresholds import ThresholdProfile, load_threshold_profile


class MetadataStoreResource(dg.ConfigurableResource):
    """The metadata store (runs, artifacts, ledger).

    ``db_url`` (explicit SQLAlchemy URL, for tests and tools) wins; otherwise the URL is read at
    run time from the environment variable named by ``db_url_env`` — so a password never shows in
    the resource config the Dagster UI displays. Neither set = the embedded SQLite store.
    """

    db_url: str = ""
    db_url_env: str = "MAPWRIGHT_DB_URL"

    _store: MetadataStore | None = PrivateAttr(default=None)

    def store(self) -> MetadataStore:
        """The opened store (tables created on first use)."""
        if self._store is None:
            self._store = open_store(self.db_url or os.environ.get(self.db_url_env) or None)
        return self._store

    def contract(self, run_id: str) -> RunContract:
        """The run contract of a mapping-run partition; unknown run -> DETERMINISTIC_FAILURE."""
        record = self.store().get_run(run_id)
        if record is None:
            raise DeterministicFailure(f"no mapping run {run_id} in the metadata store", run_id=run_id)
        return record.contract

    def recorder(self, contract: RunContract, policy_version: str | None = None) -> LedgerRecorder:
        """A ledger recorder stamped with the run's contract hash and versions."""
        return LedgerRecorder(
            self.store(),
            contract.run_id,
            contract_hash=contract.contract_hash(),
            policy_version=policy_version,
            threshold_profile_id=contract.threshold_profile_id,
            dsl_version=contract.dsl_version,
        )


class PolicyResource(dg.ConfigurableResource):
    """The single policy engine, loaded from the versioned Policy Manifest."""

    #: empty = the manifest shipped in assets_config (resolved at run time)
    manifest_path: str = ""

    def engine(self) -> PolicyEngine:
        """The loaded engine (cached per manifest path)."""
        from pathlib import Path

        return load_policy_engine(Path(self.manifest_path) if self.manifest_path else None)

    def profile(self, profile_id: str) -> ThresholdProfile:
        """Threshold profile by id."""
        return load_threshold_profile(profile_id)


class PiiMaskerResource(dg.ConfigurableResource):
    """PII detection and masking (Presidio, offline pattern recognizers)."""

    _masker: Any = PrivateAttr(default=None)

    def masker(self) -> Any:
        """The masker, built once per process (Presidio start-up is slow)."""
        if self._masker is None:
            from adapters.pii import PresidioMasker

            self._masker = PresidioMasker()
        return self._masker
