"""Ingest test fixtures: in-memory doubles of our own ledger/artifact ports, contracts, masker."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import polars as pl
import pytest

from adapters.pii import PresidioMasker
from core.catalog import TableSchema
from core.contract import Mode, RunContract, contract_template
from core.ingest.ports import SamplePlan, SourcePort
from core.inmemory import MemoryArtifacts, MemoryLedger
from core.paths import EXAMPLES
from core.policy import PolicyEngine, load_policy_engine


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
