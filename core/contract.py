"""The Run Contract (ROADMAP §28): every normative key, its rules, its hash.

A contract is canonical JSON with sorted keys; its SHA-256 is the contract hash that the ledger
stores and every artifact echoes. ``run_id`` is a ULID; :func:`run_id_for` derives it
deterministically from the request so a retry of the same request lands on the same run.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import (
    Field,
    SerializerFunctionWrapHandler,
    ValidationError,
    field_validator,
    model_serializer,
    model_validator,
)

from core.errors import DeterministicFailure, PolicyBlock
from core.hashing import canonical_json, content_hash
from core.ids import deterministic_ulid, is_ulid
from core.models import FrozenModel as _Strict
from core.source_url import ENV_REF as ENV_REF  # re-exported: the allowed form of a secret
from core.source_url import SourceUrlError, check_source_url
from core.yamlio import read_yaml

ROADMAP_VERSION = "1.1.0"
SEMVER = r"^\d+\.\d+\.\d+$"


class Mode(StrEnum):
    """Run mode (§3); immutable for the life of a run."""

    METADATA_ONLY = "metadata_only"
    DATA_MODE = "data_mode"


class Lane(StrEnum):
    """Processing lane (§4)."""

    INTERACTIVE = "interactive"
    FLEX = "flex"
    BATCH = "batch"


class RoutingProfile(StrEnum):
    """Provider routing profile (§15)."""

    QUALITY_FIRST = "quality_first"
    COST_FIRST = "cost_first"
    LATENCY_FIRST = "latency_first"
    OFFLINE_FIRST = "offline_first"


class Role(StrEnum):
    """RBAC roles (§32)."""

    VIEWER = "Viewer"
    ANALYST = "Analyst"
    OPERATOR = "Operator"
    MAINTAINER = "Maintainer"
    ADMIN = "Admin"


class SourceRef(_Strict):
    """``{type: file|sql}`` part of lhs/rhs."""

    type: Literal["file", "sql"]


class Endpoint(_Strict):
    """lhs / rhs: ``{source:{type}, location, schema_ref}``.

    ``location`` is a file path or folder (file) or an SQLAlchemy URL (sql); ``schema_ref`` names
    the table/schema (sql), a schema file, or is null for "infer".

    Secrets never enter a contract: it is hashed, echoed on the append-only ledger and shown in
    the UI. A SQL URL may carry a secret only as an environment reference, in the password
    (``postgresql+psycopg://app:${PGPASSWORD}@db/prod``) or a secret query parameter, expanded
    when the source connects; see :mod:`core.source_url` for every rule.
    """

    source: SourceRef
    location: str = Field(min_length=1)
    schema_ref: str | None = None
    allowed_schemas: list[str] | None = None
    #: delimited files: is the first record the header? ``auto`` (default) decides from the values
    #: (:mod:`core.ingest.header_row`); ``present``/``absent`` say so and win over the detection.
    header: Literal["auto", "present", "absent"] = "auto"

    @model_validator(mode="after")
    def _no_secret_outside_its_slot(self) -> Endpoint:
        if self.source.type == "sql":
            try:
                check_source_url(self.location)
            except SourceUrlError as exc:
                raise ValueError(str(exc)) from None
            if self.header != "auto":
                raise ValueError("header applies to file sources only (a SQL table's columns have names)")
        return self

    @model_serializer(mode="wrap")
    def _default_header_unwritten(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """``header: auto`` is not written, so the canonical JSON (and hash) of a contract that does not set it
        is what it was before the setting existed."""
        data: dict[str, Any] = handler(self)
        if data.get("header") == "auto":
            data.pop("header")
        return data


class PiiPolicy(_Strict):
    """§28 pii_policy."""

    mask_before_send: bool = True
    local_only_override: bool = False


class StageBudget(_Strict):
    """Per-stage caps (§28 budget_caps)."""

    tokens: int = Field(ge=0)
    usd: float = Field(ge=0)
    wall_time_s: float = Field(gt=0)


class SampleCaps(_Strict):
    """Sample caps (§9, §28): rows and bytes."""

    rows_max: int = Field(gt=0, le=1_000_000)
    bytes_max: int = Field(gt=0)


class CacheScope(_Strict):
    """Context scope of cache keys (§19)."""

    run: str | None = None
    tab: str | None = None
    filters: dict[str, Any] = Field(default_factory=dict)


class RbacActor(_Strict):
    """Who acts (§32)."""

    user_id: str = Field(min_length=1)
    role: Role


STAGE_NAMES = ("ingest", "domains", "mapping", "analysis", "migration")


class RunContract(_Strict):
    """The Run Contract with every normative key of §28."""

    run_id: str
    roadmap_version: str = Field(pattern=SEMVER)
    mode: Mode
    lane_hint: Lane | None = None
    lhs: Endpoint
    rhs: Endpoint
    pii_policy: PiiPolicy
    budget_caps: dict[str, StageBudget]
    routing_profile: RoutingProfile = RoutingProfile.QUALITY_FIRST
    provider_allowlist: list[str] | None = None
    provider_denylist: list[str] | None = None
    threshold_profile_id: str = Field(min_length=1)
    dsl_version: str = Field(pattern=SEMVER)
    sample_caps: SampleCaps | None = None
    cache_scope: CacheScope
    human_confirm_required: bool
    rbac_actor: RbacActor
    audit_tags: list[str] = Field(default_factory=list)
    seed: int = 0

    @field_validator("run_id")
    @classmethod
    def _ulid(cls, v: str) -> str:
        if not is_ulid(v):
            raise ValueError(f"run_id {v!r} is not a ULID")
        return v.upper()

    @field_validator("budget_caps")
    @classmethod
    def _stages(cls, v: dict[str, StageBudget]) -> dict[str, StageBudget]:
        unknown = sorted(set(v) - set(STAGE_NAMES))
        if unknown:
            raise ValueError(f"budget_caps has unknown stages {unknown}; allowed {list(STAGE_NAMES)}")
        return v

    @field_validator("lhs")
    @classmethod
    def _lhs_names_no_fragment(cls, v: Endpoint) -> Endpoint:
        """A SQL source names its table in ``schema_ref``, not after ``#`` (the target's ``URL#table`` is
        target-only): ``#customers`` would otherwise become part of the database name."""
        if v.source.type == "sql" and "#" in v.location:
            raise ValueError(
                "a SQL source URL cannot name its table after '#' (that would become part of the database "
                "name); give the URL without it and name the schema or schema.table in the contract's "
                "lhs.schema_ref (mapwright run create --contract FILE)")
        return v

    @model_validator(mode="after")
    def _data_mode_caps(self) -> RunContract:
        if self.mode is Mode.DATA_MODE and self.sample_caps is None:
            raise ValueError("sample_caps is required in data_mode (§28)")
        return self

    def contract_hash(self) -> str:
        """SHA-256 over the canonical JSON (sorted keys) of the contract."""
        return content_hash(self)

    def canonical(self) -> str:
        """Canonical JSON text of the contract."""
        return canonical_json(self)

    def budget(self, stage: str) -> StageBudget | None:
        """Budget of ``stage`` (any case: ``DOMAINS`` and ``domains`` are the same) if the contract sets one."""
        return self.budget_caps.get(stage.lower())


def run_id_for(request_key: str, timestamp_ms: int = 0) -> str:
    """Deterministic ULID for a run request (same request -> same run_id across retries)."""
    return deterministic_ulid("mapwright-run:" + request_key, timestamp_ms)


def parse_contract(data: dict[str, Any], *, run_id: str | None = None) -> RunContract:
    """Validate a contract dict; errors become DETERMINISTIC_FAILURE naming each bad key."""
    try:
        return RunContract.model_validate(data)
    except ValidationError as exc:
        problems = [
            {"key": ".".join(str(p) for p in e["loc"]) or "<root>", "problem": e["msg"]}
            for e in exc.errors()
        ]
        missing = [p["key"] for p, e in zip(problems, exc.errors(), strict=True) if e["type"] == "missing"]
        summary = "; ".join(f"{p['key']}: {p['problem']}" for p in problems)
        raise DeterministicFailure(
            f"invalid run contract: {summary}",
            run_id=run_id or (data.get("run_id") if isinstance(data, dict) else None),
            stage="SUPERVISOR",
            problems=problems,
            missing_keys=missing,
        ) from None


def absolute_file_location(location: str, base: Path | None = None) -> str:
    """A file endpoint's location as an absolute path (``~`` expanded; a relative one against ``base``,
    default the working directory), so any process running a stage reads the same file. A SQL URL
    (anything with ``://``) is returned unchanged."""
    if "://" in location:
        return location
    p = Path(location).expanduser()
    if not p.is_absolute():
        p = (base or Path.cwd()) / p
    return str(p.resolve())


def load_contract(path: str | Path) -> RunContract:
    """Load a contract from a YAML or JSON file. Relative file locations of ``lhs``/``rhs`` are
    relative to the contract file's folder and stored as absolute paths."""
    p = Path(path)
    try:
        data = read_yaml(p)
    except (OSError, yaml.YAMLError) as exc:
        raise DeterministicFailure(f"cannot read contract {p}: {exc}", stage="SUPERVISOR") from exc
    if not isinstance(data, dict):
        raise DeterministicFailure(f"contract {p} is not a mapping", stage="SUPERVISOR")
    for side in ("lhs", "rhs"):
        ep = data.get(side)
        if (isinstance(ep, dict) and isinstance(ep.get("location"), str) and ep["location"]
                and isinstance(ep.get("source"), dict) and ep["source"].get("type") == "file"):
            data[side] = {**ep, "location": absolute_file_location(ep["location"], p.resolve().parent)}
    return parse_contract(data)


def assert_same_mode(existing: RunContract, proposed: RunContract) -> None:
    """Mode is immutable once a run starts (§3, §28): refuse a contract that changes it."""
    if existing.run_id == proposed.run_id and existing.mode != proposed.mode:
        raise PolicyBlock(
            f"mode is immutable for run {existing.run_id}: {existing.mode} -> {proposed.mode}; "
            "create a new run contract instead",
            run_id=existing.run_id,
            stage="SUPERVISOR",
            rule="mode_immutable",
        )


def default_budgets() -> dict[str, dict[str, float]]:
    """Sensible default per-stage caps used by templates and the CLI."""
    return {
        "domains": {"tokens": 150_000, "usd": 2.0, "wall_time_s": 600},
        "mapping": {"tokens": 250_000, "usd": 4.0, "wall_time_s": 900},
        "analysis": {"tokens": 50_000, "usd": 1.0, "wall_time_s": 600},
        "ingest": {"tokens": 0, "usd": 0.0, "wall_time_s": 1800},
        "migration": {"tokens": 0, "usd": 0.0, "wall_time_s": 7200},
    }


def contract_template(
    *,
    lhs_location: str,
    rhs_location: str,
    mode: Mode | str = Mode.DATA_MODE,
    lhs_type: str = "file",
    rhs_type: str = "file",
    user_id: str = "local",
    role: Role | str = Role.ANALYST,
    request_key: str | None = None,
    timestamp_ms: int = 0,
    **overrides: Any,
) -> RunContract:
    """Build a complete contract from a few flags (CLI `run create`, the landing-zone sensor)."""
    key = request_key or f"{lhs_location}|{rhs_location}|{mode}"
    data: dict[str, Any] = {
        "run_id": run_id_for(key, timestamp_ms),
        "roadmap_version": ROADMAP_VERSION,
        "mode": str(mode),
        "lhs": {"source": {"type": lhs_type}, "location": lhs_location},
        "rhs": {"source": {"type": rhs_type}, "location": rhs_location},
        "pii_policy": {"mask_before_send": True, "local_only_override": False},
        "budget_caps": default_budgets(),
        "routing_profile": "quality_first",
        "threshold_profile_id": "tp_default_v1",
        "dsl_version": "1.0.0",
        "cache_scope": {"run": None, "tab": None, "filters": {}},
        "human_confirm_required": True,
        "rbac_actor": {"user_id": user_id, "role": str(role)},
    }
    if str(mode) == Mode.DATA_MODE:
        data["sample_caps"] = {"rows_max": 1000, "bytes_max": 1_000_000}
    data.update(overrides)
    data["cache_scope"] = {**data["cache_scope"], "run": data["run_id"]}
    return parse_contract(data)
