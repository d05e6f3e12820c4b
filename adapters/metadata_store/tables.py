"""Tables of the metadata store (ROADMAP §7, §27, §30, §37).

Choices recorded here:

* ``mapping_plans``, ``analysis_reports`` and ``migration_runs`` (§7) are not separate tables:
  they are rows of :class:`ArtifactRow` with ``kind`` ``mapping_plan`` / ``analysis_report`` /
  ``migration_run``. Every artifact gets the same content hash + version treatment (§27) and the
  same queries; kind-specific columns would only duplicate the payload.
* ``artifacts.run_id`` is nullable (run-independent artifacts such as a threshold profile or a
  policy manifest) and carries no foreign key, so a stage can store artifacts before or without a
  ``runs`` row (tests, backfills). ``run_key`` (= run_id or ``""``) exists because SQL unique
  constraints treat NULLs as distinct; uniqueness is on (run_key, kind, content_hash) and on
  (run_key, kind, version).
* ``supervisor_ledger`` has a surrogate ``seq`` (insert order) besides the ULID ``event_id``, and
  the hash-chain fields ``position`` (1, 2, ... without gaps, store-wide), ``prev_hash`` and
  ``event_hash`` (``core.ledger.chain``); the database itself refuses UPDATE/DELETE on it
  (triggers installed by ``ddl.py``).
* ``ledger_head`` is the one-row chain head (position, hash of the last event); its triggers let it
  only move forward onto an existing event. ``ledger_checkpoints`` is insert-only: the positions
  verified at open, the anchor of incremental verification and of truncation detection.
* ``ledger_decision_summary`` is the materialized §30 Decision Summary, rewritten in the same
  transaction as each ledger append and sealed to the run's last chain event (``seal``).
* ``quarantine_rows`` and ``migration_checkpoints`` carry the §37 record fields; later stages
  write them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Float, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from adapters.metadata_store.base import Base, JSONType, UTCDateTime, utcnow

ULID_LEN = 26
HASH_LEN = 64
#: JSON kept as written on every backend (PostgreSQL ``json``, not ``jsonb``): the columns whose content
#: is hashed (artifact payloads, ledger event details) must read back exactly. JSONB stores numbers as
#: numerics, so ``1e+20`` would come back as the integer 100000000000000000000 and ``-0.0`` as ``0.0``,
#: and the hash of a legitimately stored value would no longer match.
ExactJSON = JSON()


class RunRow(Base):
    """One mapping run (its Run Contract and lifecycle status)."""

    __tablename__ = "runs"

    run_id: Mapped[str] = mapped_column(String(ULID_LEN), primary_key=True)
    contract: Mapped[dict[str, Any]] = mapped_column(JSONType)
    contract_hash: Mapped[str] = mapped_column(String(HASH_LEN), index=True)
    mode: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ArtifactRow(Base):
    """A versioned, content-hashed artifact (§27)."""

    __tablename__ = "artifacts"
    __table_args__ = (
        # versions are unique per (run, kind); a content hash may repeat (A, B, A -> versions 1, 2, 3)
        UniqueConstraint("run_key", "kind", "version"),
        Index(None, "content_hash"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[str | None] = mapped_column(String(ULID_LEN), index=True)
    run_key: Mapped[str] = mapped_column(String(ULID_LEN))
    kind: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(HASH_LEN))
    payload: Mapped[dict[str, Any]] = mapped_column(ExactJSON)
    contract_hash: Mapped[str | None] = mapped_column(String(HASH_LEN))
    policy_version: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class LedgerRow(Base):
    """One Supervisor Ledger event (§30). Append-only, enforced by database triggers."""

    __tablename__ = "supervisor_ledger"
    __table_args__ = (Index(None, "run_id", "stage"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    position: Mapped[int] = mapped_column(Integer, unique=True)
    prev_hash: Mapped[str] = mapped_column(String(HASH_LEN))
    event_hash: Mapped[str] = mapped_column(String(HASH_LEN))
    event_id: Mapped[str] = mapped_column(String(ULID_LEN), unique=True)
    run_id: Mapped[str] = mapped_column(String(ULID_LEN), index=True)
    timestamp_utc: Mapped[datetime] = mapped_column(UTCDateTime())
    stage: Mapped[str] = mapped_column(String(16))
    decision: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(128), default="")
    inputs_hash: Mapped[str | None] = mapped_column(String(HASH_LEN))
    outputs_hash: Mapped[str | None] = mapped_column(String(HASH_LEN))
    provider: Mapped[str | None] = mapped_column(String(64))
    model: Mapped[str | None] = mapped_column(String(128))
    params_hash: Mapped[str | None] = mapped_column(String(HASH_LEN))
    token_estimate: Mapped[int | None] = mapped_column(Integer)
    token_actual: Mapped[int | None] = mapped_column(Integer)
    usd_estimate: Mapped[float | None] = mapped_column(Float)
    usd_actual: Mapped[float | None] = mapped_column(Float)
    retries: Mapped[int] = mapped_column(Integer, default=0)
    fallback_chain: Mapped[list[str]] = mapped_column(JSONType)
    pii_mask_applied: Mapped[bool] = mapped_column(Boolean, default=False)
    local_only_override: Mapped[bool] = mapped_column(Boolean, default=False)
    policy_version: Mapped[str | None] = mapped_column(String(32))
    threshold_profile_id: Mapped[str | None] = mapped_column(String(64))
    dsl_version: Mapped[str | None] = mapped_column(String(32))
    contract_hash: Mapped[str | None] = mapped_column(String(HASH_LEN))
    catalog_version: Mapped[str | None] = mapped_column(String(128))
    error_code: Mapped[str | None] = mapped_column(String(32))
    error_detail_id: Mapped[str | None] = mapped_column(String(128))
    human_confirmation_required: Mapped[bool] = mapped_column(Boolean, default=False)
    human_confirmation_actor: Mapped[str | None] = mapped_column(String(128))
    human_confirmation_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    detail: Mapped[dict[str, Any]] = mapped_column(ExactJSON)


class DecisionSummaryRow(Base):
    """Materialized per-run Decision Summary (§30), updated with every append."""

    __tablename__ = "ledger_decision_summary"

    run_id: Mapped[str] = mapped_column(String(ULID_LEN), primary_key=True)
    summary: Mapped[dict[str, Any]] = mapped_column(JSONType)
    events: Mapped[int] = mapped_column(Integer, default=0)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    head_position: Mapped[int] = mapped_column(Integer, default=0)
    seal: Mapped[str | None] = mapped_column(String(HASH_LEN))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class LedgerHeadRow(Base):
    """The chain head: position and hash of the last appended event (one row, ``id`` = 1)."""

    __tablename__ = "ledger_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    position: Mapped[int] = mapped_column(Integer)
    event_hash: Mapped[str] = mapped_column(String(HASH_LEN))
    event_id: Mapped[str | None] = mapped_column(String(ULID_LEN))


class LedgerCheckpointRow(Base):
    """A verified chain position (insert-only): where the next open's verification starts."""

    __tablename__ = "ledger_checkpoints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    position: Mapped[int] = mapped_column(Integer)
    event_hash: Mapped[str] = mapped_column(String(HASH_LEN))
    #: SQLite: ``PRAGMA schema_version`` at the check; PostgreSQL: the check snapshot's ``txid_snapshot_xmax``
    marker: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ThresholdProfileRow(Base):
    """A Threshold Profile version (§29); immutable once stored."""

    __tablename__ = "threshold_profiles"

    profile_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(HASH_LEN))
    body: Mapped[dict[str, Any]] = mapped_column(JSONType)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class PromptRow(Base):
    """A prompt by hash, stored masked only (§6 audit field ``prompt_hash``)."""

    __tablename__ = "prompts"

    prompt_hash: Mapped[str] = mapped_column(String(HASH_LEN), primary_key=True)
    text_masked: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class QuarantineRow(Base):
    """A quarantined row (§37): masked previews only, released by an authorised role."""

    __tablename__ = "quarantine_rows"
    __table_args__ = (UniqueConstraint("run_id", "chunk_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[str] = mapped_column(String(ULID_LEN), index=True)
    chunk_id: Mapped[str] = mapped_column(String(64))
    key: Mapped[str] = mapped_column(String(512))
    reason_codes: Mapped[list[str]] = mapped_column(JSONType)
    masked_preview_before: Mapped[dict[str, Any]] = mapped_column(JSONType)
    masked_preview_after: Mapped[dict[str, Any] | None] = mapped_column(JSONType, nullable=True)
    diff_ptr: Mapped[str | None] = mapped_column(String(512))
    rbac_required_role: Mapped[str] = mapped_column(String(16), default="Operator")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    released_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    released_by: Mapped[str | None] = mapped_column(String(128))


class CheckpointRow(Base):
    """A migration chunk checkpoint (§37)."""

    __tablename__ = "migration_checkpoints"

    run_id: Mapped[str] = mapped_column(String(ULID_LEN), primary_key=True)
    stage: Mapped[str] = mapped_column(String(16), primary_key=True)
    chunk_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    content_hash: Mapped[str | None] = mapped_column(String(HASH_LEN))
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    row_count_in: Mapped[int | None] = mapped_column(Integer)
    row_count_out: Mapped[int | None] = mapped_column(Integer)
    validations: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    status: Mapped[str] = mapped_column(String(32))
    next_action: Mapped[str | None] = mapped_column(String(64))
