"""The metadata store: runs, artifacts, the Supervisor Ledger, threshold profiles, prompts.

``open_store(url=None, schema=None)`` returns a :class:`MetadataStore` on SQLite (default, file
under ``var_dir()``) or PostgreSQL (``postgresql+psycopg://...``), with every table created.
It implements ``core.ledger.LedgerPort`` and ``core.artifacts.ArtifactStorePort``.

Run contracts are immutable (no contract versioning): saving the same ``run_id`` with the same
contract hash is a no-op that returns the stored contract; a different ``mode`` is refused with
POLICY_BLOCK (§3, §28: mode is immutable); any other change is a DETERMINISTIC_FAILURE naming the
changed keys — a changed contract is a new run with a new ``run_id``.
"""

from __future__ import annotations

import builtins
from datetime import datetime
from enum import StrEnum
from typing import Any, cast

from pydantic import BaseModel
from sqlalchemy import Table, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from adapters.metadata_store.artifact_store import ArtifactStoreMixin
from adapters.metadata_store.base import utcnow
from adapters.metadata_store.engine import build_engine, resolve
from adapters.metadata_store.ledger_store import LedgerStoreMixin
from adapters.metadata_store.tables import PromptRow, RunRow, ThresholdProfileRow
from core.contract import RunContract, assert_same_mode
from core.errors import DeterministicFailure, MapwrightError, TransientFailure
from core.ledger import LedgerEvent, LedgerTampered
from core.thresholds import ThresholdProfile

RUNS = cast(Table, RunRow.__table__)
PROFILES = cast(Table, ThresholdProfileRow.__table__)
PROMPTS = cast(Table, PromptRow.__table__)
#: the fix an unknown run id names (mistyped, or a run of another store)
UNKNOWN_RUN_FIX = "`mapwright run list` lists the runs of this store"


class RunStatus(StrEnum):
    """Lifecycle status of a mapping run."""

    CREATED = "created"
    RUNNING = "running"
    HELD = "held"
    COMPLETED = "completed"
    FAILED = "failed"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


class RunRecord(BaseModel):
    """A stored run: its contract plus lifecycle fields."""

    run_id: str
    contract: RunContract
    contract_hash: str
    mode: str
    status: RunStatus
    created_at: datetime
    updated_at: datetime


def _record(row: Any) -> RunRecord:
    m = row._mapping
    return RunRecord(
        run_id=m["run_id"], contract=RunContract.model_validate(m["contract"]), contract_hash=m["contract_hash"],
        mode=m["mode"], status=RunStatus(m["status"]), created_at=m["created_at"], updated_at=m["updated_at"],
    )


class MetadataStore(LedgerStoreMixin, ArtifactStoreMixin):
    """SQLAlchemy metadata store (SQLite or PostgreSQL; same models and tests)."""

    # -- runs ------------------------------------------------------------------------------------
    def save_run(self, contract: RunContract, *, event: LedgerEvent | None = None) -> tuple[RunContract, bool]:
        """Store ``contract``; returns (stored contract, created?).

        Idempotent for the same run_id and contract hash. ``event`` (e.g. the ``run.create``
        ledger event) is appended in the same transaction, only when the run is created.
        """
        digest = contract.contract_hash()
        now = utcnow()
        values = {
            "run_id": contract.run_id, "contract": contract.model_dump(mode="json"), "contract_hash": digest,
            "mode": contract.mode.value, "status": RunStatus.CREATED.value, "created_at": now, "updated_at": now,
        }
        ins = pg_insert(RUNS) if self.dialect == "postgresql" else sqlite_insert(RUNS)
        with self._translated("save run", run_id=contract.run_id, stage="SUPERVISOR"), self._write() as conn:
            # ON CONFLICT DO NOTHING waits for a concurrent creator of the same run_id and then
            # inserts nothing (a SELECT ... FOR UPDATE of a missing row would lock nothing)
            created = conn.execute(ins.values(**values).on_conflict_do_nothing(index_elements=["run_id"])
                                   .returning(RUNS.c.run_id)).scalar_one_or_none()
            if created is not None:
                if event is not None:
                    self._append_in(conn, [event])
                return contract, True
            row = conn.execute(select(RUNS).where(RUNS.c.run_id == contract.run_id)).first()
            if row is None:  # pragma: no cover - the conflicting row cannot vanish (runs are never deleted)
                raise TransientFailure(f"run {contract.run_id} conflicted but is not visible; retry",
                                       run_id=contract.run_id, stage="SUPERVISOR")
            existing = RunContract.model_validate(row._mapping["contract"])
            if row._mapping["contract_hash"] == digest:
                return existing, False
            assert_same_mode(existing, contract)
            old, new = existing.model_dump(mode="json"), contract.model_dump(mode="json")
            changed = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
            raise DeterministicFailure(
                f"run {contract.run_id} exists with a different contract (changed: {', '.join(changed)}); "
                "contracts are immutable: create a new run",
                run_id=contract.run_id, stage="SUPERVISOR", changed_keys=changed,
                existing_hash=row._mapping["contract_hash"], proposed_hash=digest,
            )

    def get_run(self, run_id: str) -> RunRecord | None:
        """The stored run, or None."""
        with self._translated("get run", run_id=run_id), self._read() as conn:
            row = conn.execute(select(RUNS).where(RUNS.c.run_id == run_id)).first()
        return _record(row) if row is not None else None

    def require_run(self, run_id: str) -> RunRecord:
        """The stored run; DETERMINISTIC_FAILURE if unknown."""
        record = self.get_run(run_id)
        if record is None:
            raise DeterministicFailure(f"unknown run {run_id}; {UNKNOWN_RUN_FIX}", run_id=run_id)
        return record

    def list_runs(self, limit: int | None = None) -> builtins.list[RunRecord]:
        """Runs, newest first."""
        q = select(RUNS).order_by(RUNS.c.created_at.desc(), RUNS.c.run_id.desc())
        if limit is not None:
            q = q.limit(limit)
        with self._translated("list runs"), self._read() as conn:
            return [_record(r) for r in conn.execute(q)]

    def set_status(self, run_id: str, status: RunStatus | str) -> RunRecord:
        """Set a run's lifecycle status; unknown run or status -> DETERMINISTIC_FAILURE."""
        try:
            value = RunStatus(status)
        except ValueError:
            raise DeterministicFailure(
                f"unknown run status {status!r}; known: {[s.value for s in RunStatus]}", run_id=run_id
            ) from None
        with self._translated("set status", run_id=run_id), self._write() as conn:
            res = conn.execute(
                update(RUNS).where(RUNS.c.run_id == run_id).values(status=value.value, updated_at=utcnow())
            )
            if res.rowcount == 0:
                raise DeterministicFailure(f"unknown run {run_id}; {UNKNOWN_RUN_FIX}", run_id=run_id)
        return self.require_run(run_id)

    # -- threshold profiles ------------------------------------------------------------------------
    def save_threshold_profile(self, profile: ThresholdProfile) -> bool:
        """Store a profile version; True if new. Same (id, version) with other content -> DETERMINISTIC_FAILURE
        (profiles are immutable; a change is a new version)."""
        digest = profile.content_hash()
        key = (PROFILES.c.profile_id == profile.profile_id) & (PROFILES.c.version == profile.version)
        with self._translated("save threshold profile"), self._write() as conn:
            stored = conn.execute(select(PROFILES.c.content_hash).where(key)).scalar_one_or_none()
            if stored == digest:
                return False
            if stored is not None:
                raise DeterministicFailure(
                    f"threshold profile {profile.profile_id} v{profile.version} exists with other content; "
                    "bump its version", profile_id=profile.profile_id, version=profile.version,
                )
            conn.execute(PROFILES.insert().values(
                profile_id=profile.profile_id, version=profile.version, content_hash=digest,
                body=profile.model_dump(mode="json"), created_at=utcnow(),
            ))
        return True

    def get_threshold_profile(self, profile_id: str, version: int | None = None) -> ThresholdProfile | None:
        """A stored profile (newest version unless ``version`` is given)."""
        q = select(PROFILES.c.body).where(PROFILES.c.profile_id == profile_id)
        q = q.where(PROFILES.c.version == version) if version is not None else q
        with self._translated("get threshold profile"), self._read() as conn:
            body = conn.execute(q.order_by(PROFILES.c.version.desc()).limit(1)).scalar_one_or_none()
        return ThresholdProfile.model_validate(body) if body is not None else None

    # -- prompts -----------------------------------------------------------------------------------
    def save_prompt(self, prompt_hash: str, text_masked: str) -> bool:
        """Store a masked prompt by hash; True if new (idempotent)."""
        with self._translated("save prompt"), self._write() as conn:
            if conn.execute(select(PROMPTS.c.prompt_hash).where(PROMPTS.c.prompt_hash == prompt_hash)).first():
                return False
            conn.execute(PROMPTS.insert().values(prompt_hash=prompt_hash, text_masked=text_masked, created_at=utcnow()))
        return True

    def get_prompt(self, prompt_hash: str) -> str | None:
        """Masked prompt text by hash."""
        with self._translated("get prompt"), self._read() as conn:
            return conn.execute(select(PROMPTS.c.text_masked).where(PROMPTS.c.prompt_hash == prompt_hash)).scalar()


def _first_bad_event(store: MetadataStore, guard: LedgerTampered) -> LedgerTampered:
    """A guard or structure failure, naming the first bad event when the chain (still readable) has one."""
    if guard.position is not None or guard.event_id is not None:
        return guard
    try:
        store.verify_ledger()
    except LedgerTampered as chain:
        if chain.position is not None:
            return LedgerTampered(f"{chain.reason}; and {guard.reason}", event_id=chain.event_id,
                                  position=chain.position, run_id=chain.run_id, guard=guard.reason)
    except MapwrightError:
        pass  # the chain cannot be read (a missing table): the guard failure says it all
    return guard


def open_store(
    url: str | None = None, *, schema: str | None = None, create: bool = True, verify: bool = True
) -> MetadataStore:
    """Open the metadata store at ``url`` (default ``$MAPWRIGHT_DB_URL`` or ``<var_dir()>/mapwright.db``).

    ``schema`` (or a ``?schema=`` URL parameter) isolates a PostgreSQL store in its own schema.
    ``create`` runs the idempotent :meth:`MetadataStore.create_all` (which also checks the ledger's
    structure and guard triggers). ``verify`` runs the ledger's open check (hash chain from the last
    trusted checkpoint, head, decision summaries); a break raises ``core.ledger.LedgerTampered``
    naming the first bad event and the store is not returned. Only ``mapwright ledger upgrade``
    opens with ``verify=False``.
    """
    parsed, schema = resolve(url, schema)
    store = MetadataStore(build_engine(parsed, schema), schema)
    try:
        if create:
            try:
                store.create_all()
            except LedgerTampered as exc:
                raise _first_bad_event(store, exc) from None
        if verify:
            store.check_ledger_at_open()
    except Exception:
        store.close()
        raise
    return store
