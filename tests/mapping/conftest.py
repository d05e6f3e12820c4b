"""Fixtures for the mapping stage: in-memory ledger/artifacts, the example run, real adapters."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from adapters.sources import open_source
from core.contract import RunContract, contract_template
from core.ingest.stage import build_catalog
from core.inmemory import MemoryArtifacts, MemoryLedger
from core.mapping.ports import MappingPorts
from core.policy import load_policy_engine
from core.thresholds import load_threshold_profile
from core.vocab.catalog_loader import load_domain_catalog
from core.vocab.models import DomainCatalog
from orchestration.example import EXAMPLE_SOURCE, EXAMPLE_TARGET

_DC: list[DomainCatalog] = []


@pytest.fixture(scope="session")
def domain_catalog() -> DomainCatalog:
    """The shipped domain catalog (loaded once)."""
    if not _DC:
        _DC.append(load_domain_catalog())
    return _DC[0]


@pytest.fixture(scope="session")
def masker():  # type: ignore[no-untyped-def]
    """The real Presidio masker (slow to build: once per session)."""
    from adapters.pii import PresidioMasker

    return PresidioMasker()


@pytest.fixture
def ports(domain_catalog: DomainCatalog, masker) -> MappingPorts:  # type: ignore[no-untyped-def]
    """Fresh in-memory ledger and artifact store with the real policy, profile, opener and masker."""
    return MappingPorts(policy=load_policy_engine(), ledger=MemoryLedger(), artifacts=MemoryArtifacts(),
                        profile=load_threshold_profile("tp_default_v1"), domain_catalog=domain_catalog,
                        open_source=open_source, masker=masker)


@pytest.fixture
def make_run(ports: MappingPorts) -> Callable[..., RunContract]:
    """A contract for (source, target, mode) with its source catalog built by the ingest stage."""

    def make(source: Path = EXAMPLE_SOURCE, target: str | Path = EXAMPLE_TARGET, mode: str = "data_mode",
             rhs_type: str = "file", key: str = "t") -> RunContract:
        c = contract_template(lhs_location=str(source), rhs_location=str(target), mode=mode, rhs_type=rhs_type,
                              role="Operator", user_id="tester", request_key=f"{key}:{source}:{target}:{mode}")
        build_catalog(c, open_source(c.lhs), policy=ports.policy, ledger=ports.ledger, artifacts=ports.artifacts)
        return c

    return make
