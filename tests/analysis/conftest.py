"""Fixtures for Analysis and the stage-level Migration tests: a planned example run in memory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from adapters.sources.files import FileSource
from core.analysis.stage import AnalysisPorts, frame_batches
from core.contract import RunContract
from core.mapping.ports import MappingPorts
from core.mapping.stage import run_mapping
from core.thresholds import load_threshold_profile
from orchestration.analysis.source import file_batches
from orchestration.example import EXAMPLE_SOURCE, EXAMPLE_TARGET
from tests.mapping.conftest import domain_catalog, make_run, masker, ports  # noqa: F401 - fixtures

COUNTRIES = ["US", "BR", "DE", "FR", "GB", "IN", "MX", "CA", "JP"]


def frame_of(source: Path) -> Callable[[], pl.DataFrame]:
    """The whole source table as the migration/analysis wiring reads it."""

    def read() -> pl.DataFrame:
        with FileSource(source) as fs:
            name = fs.introspect(with_stats=False)[0].name
            return fs.frame(name)

    return read


def enum_target(tmp_path: Path, **changes: Any) -> Path:
    """The example target with allowed values on country_code (and optional extra keys)."""
    spec = yaml.safe_load(EXAMPLE_TARGET.read_text(encoding="utf-8"))
    for col in spec["columns"]:
        if col["name"] == "country_code":
            col["allowed_values"] = COUNTRIES
    spec.update(changes)
    path = tmp_path / "target.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def analysis_ports(ports: MappingPorts) -> Callable[..., AnalysisPorts]:  # noqa: F811
    """Analysis ports over the same in-memory ledger and artifacts as the mapping ports."""

    def make(source: Path = EXAMPLE_SOURCE, frame: Callable[[], pl.DataFrame] | None = None) -> AnalysisPorts:
        return AnalysisPorts(artifacts=ports.artifacts, ledger=ports.ledger, policy=ports.policy,
                             profile=load_threshold_profile("tp_default_v1"),
                             source_batches=frame_batches(frame) if frame is not None else file_batches(source),
                             secret=b"analysis-test", target=None)

    return make


@pytest.fixture
def planned(make_run: Callable[..., RunContract], ports: MappingPorts) -> Callable[..., RunContract]:  # noqa: F811
    """A run of (source, target, mode) with its catalog and Mapping Plan."""

    def make(target: Path = EXAMPLE_TARGET, mode: str = "data_mode", source: Path = EXAMPLE_SOURCE) -> RunContract:
        contract = make_run(source=source, target=target, mode=mode)
        run_mapping(contract, ports)
        return contract

    return make
