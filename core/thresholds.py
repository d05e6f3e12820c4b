"""Threshold Profiles (ROADMAP §29), loaded from YAML under assets_config/threshold_profiles/."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import Field, model_validator

from core.errors import DeterministicFailure
from core.hashing import content_hash
from core.models import FrozenModel
from core.paths import assets_config_dir
from core.yamlio import read_yaml


class DomainingThresholds(FrozenModel):
    """Confidence bands and score weights for domaining (§10, §29)."""

    tau_high: float = Field(ge=0, le=1)
    tau_low: float = Field(ge=0, le=1)
    alpha: float = 0.45
    beta: float = 0.30
    gamma: float = 0.15
    epsilon: float = 0.10

    @model_validator(mode="after")
    def _order(self) -> DomainingThresholds:
        if self.tau_low > self.tau_high:
            raise ValueError("tau_low must not exceed tau_high")
        return self


class MappingThresholds(FrozenModel):
    """Mapping acceptance (§12)."""

    accept_rate_min: float = Field(ge=0, le=1)
    near_match_window: float = Field(ge=0, le=1)


class AnalysisThresholds(FrozenModel):
    """Analysis limits (§13)."""

    null_rate_max: float = Field(ge=0, le=1)
    dup_key_rate_max: float = Field(ge=0, le=1)


class MigrationThresholds(FrozenModel):
    """Migration chunking and validations (§14)."""

    batch_size: int = Field(gt=0)
    validation_checks: list[str]
    #: hours a run's kept (sealed) spill may outlive its last write when the run is never promoted and not
    #: running; then it is swept (core.migration.spill_retention)
    spill_retention_hours: float = Field(default=72.0, gt=0)


class StageTokenBudget(FrozenModel):
    """Hard token cap of one stage."""

    tokens: int = Field(ge=0)


class Budgets(FrozenModel):
    """Per-stage token caps (§29)."""

    domaining: StageTokenBudget
    mapping: StageTokenBudget


class ThresholdProfile(FrozenModel):
    """A versioned threshold profile (§29)."""

    profile_id: str
    version: int = 1
    domaining: DomainingThresholds
    mapping: MappingThresholds
    analysis: AnalysisThresholds
    migration: MigrationThresholds
    budgets: Budgets

    def content_hash(self) -> str:
        """SHA-256 of the canonical JSON."""
        return content_hash(self)




def profiles_dir() -> Path:
    """``<assets_config>/threshold_profiles`` (``PROFILES_DIR``), resolved now."""
    return assets_config_dir() / "threshold_profiles"


_LAZY_PATHS = {"PROFILES_DIR": profiles_dir}


def load_threshold_profile(profile_id: str, directory: Path | None = None) -> ThresholdProfile:
    """Load ``<directory>/<profile_id>.yaml`` (default: the shipped profiles); unknown id -> DETERMINISTIC_FAILURE."""
    return _load_threshold_profile(profile_id, profiles_dir() if directory is None else directory)


@lru_cache(maxsize=32)
def _load_threshold_profile(profile_id: str, directory: Path) -> ThresholdProfile:
    path = directory / f"{profile_id}.yaml"
    if not path.is_file():
        known = sorted(p.stem for p in directory.glob("*.yaml"))
        raise DeterministicFailure(
            f"unknown threshold profile {profile_id!r}; known: {known}", profile_id=profile_id
        )
    return ThresholdProfile.model_validate(read_yaml(path))


def __getattr__(name: str) -> Any:
    """Path constants resolved when read (``MAPWRIGHT_ASSETS_CONFIG`` may change after import)."""
    if name in _LAZY_PATHS:
        return _LAZY_PATHS[name]()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
