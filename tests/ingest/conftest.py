"""Ingest test fixtures: in-memory doubles of our own ledger/artifact ports, contracts, masker."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import polars as pl
import pytest
from pydantic import BaseModel

from adapters.pii import PresidioMasker
from core.artifacts import Artifact, ArtifactKind, payload_hash
from core.catalog import TableSchema
from core.contract import Mode, RunContract, contract_template
from core.ingest.ports import SamplePlan, SourcePort
from core.ledger import LedgerEvent, Stage
from core.paths import EXAMPLES
from core.policy import PolicyEngine, load_policy_engine


class MemoryLedger:
    """Append-only in-memory LedgerPort."""

    def __init__(self) -> None:
        self._events: list[LedgerEvent] = []

    def append(self, event: LedgerEvent) -> LedgerEvent:
        self._events.append(event)
        return event

    def events(self, run_id: str, stage: Stage | None = None) -> Sequence[LedgerEvent]:
        return [e for e in self._events if e.run_id == run_id and (stage is None or e.stage == stage)]


class MemoryArtifacts:
    """In-memory ArtifactStorePort (idempotent put, versions per (run, kind))."""

    def __init__(self) -> None:
        self.items: list[Artifact] = []

    def put(self, kind: ArtifactKind, run_id: str | None, payload: BaseModel | dict[str, Any], *,
            contract_hash: str | None = None, policy_version: str | None = None) -> Artifact:
        data = payload.model_dump(mode="json") if isinstance(payload, BaseModel) else payload
        h = payload_hash(data)
        for a in self.items:
            if a.run_id == run_id and a.kind == kind and a.content_hash == h:
                return a
        version = 1 + sum(1 for a in self.items if a.run_id == run_id and a.kind == kind)
        art = Artifact(kind=kind, run_id=run_id, version=version, content_hash=h, payload=data,
                       contract_hash=contract_hash, policy_version=policy_version)
        self.items.append(art)
        return art

    def get(self, content_hash: str) -> Artifact | None:
        return next((a for a in self.items if a.content_hash == content_hash), None)

    def latest(self, run_id: str | None, kind: ArtifactKind) -> Artifact | None:
        found = [a for a in self.items if a.run_id == run_id and a.kind == kind]
        return found[-1] if found else None

    def list(self, run_id: str | None, kind: ArtifactKind | None = None) -> Sequence[Artifact]:
        return [a for a in self.items if a.run_id == run_id and (kind is None or a.kind == kind)]


class SpySource:
    """Wraps a real source and counts sample() calls."""

    def __init__(self, inner: SourcePort) -> None:
        self.inner = inner
        self.sample_calls = 0
        self.source_type = inner.source_type
        self.location = inner.location
        self.dialect = inner.dialect

    def introspect(self, *, with_stats: bool) -> list[TableSchema]:
        return self.inner.introspect(with_stats=with_stats)

    def sample(self, table: str, plan: SamplePlan) -> pl.DataFrame:
        self.sample_calls += 1
        return self.inner.sample(table, plan)


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mapwright_examples_generate", EXAMPLES / "generate.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def gen() -> ModuleType:
    """The deterministic messy-data generator of examples/generate.py."""
    return _load_generator()


@pytest.fixture
def ledger() -> MemoryLedger:
    return MemoryLedger()


@pytest.fixture
def artifacts() -> MemoryArtifacts:
    return MemoryArtifacts()


@pytest.fixture(scope="session")
def policy() -> PolicyEngine:
    return load_policy_engine()


@pytest.fixture(scope="session")
def masker() -> PresidioMasker:
    return PresidioMasker()


@pytest.fixture
def make_contract(tmp_path: Path) -> Callable[..., RunContract]:
    def make(location: str | Path, mode: Mode = Mode.DATA_MODE, lhs_type: str = "file", **kw: Any) -> RunContract:
        return contract_template(lhs_location=str(location), rhs_location=str(tmp_path / "target.db"),
                                 mode=mode, lhs_type=lhs_type, request_key=f"{location}|{mode}|{kw}", **kw)
    return make
