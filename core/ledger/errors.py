"""Typed integrity failures of the ledger and the artifact store (§31 DETERMINISTIC_FAILURE).

Each carries structured fields (dlt style) so a caller, a log line or a ledger event can name what
broke without parsing the message; every message names the fix.
"""

from __future__ import annotations

from typing import Any

from core.errors import DeterministicFailure

LEDGER_FIX = (
    "the store refuses to proceed: restore the metadata database from a backup taken before the change "
    "(or investigate with `mapwright ledger verify --all`); never edit the ledger by hand"
)


class LedgerTampered(DeterministicFailure):
    """The Supervisor Ledger's hash chain, head, guards or decision summary do not check out.

    ``event_id`` and ``position`` name the first bad event (``None`` when the break is not an
    event, e.g. a missing table or trigger); ``reason`` says what is wrong in a few words.
    """

    def __init__(
        self, reason: str, *, event_id: str | None = None, position: int | None = None, **fields: Any
    ) -> None:
        where = ""
        if position is not None or event_id is not None:
            where = f" at position {position}" + (f" (event {event_id})" if event_id else "")
        super().__init__(f"supervisor ledger integrity check failed{where}: {reason}; {LEDGER_FIX}",
                         event_id=event_id, position=position, reason=reason, **fields)
        self.event_id = event_id
        self.position = position
        self.reason = reason

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with the structured fields."""
        fields = {k: v for k, v in self.details.items() if k not in ("event_id", "position", "reason")}
        return (_rebuild_tampered, (self.reason, self.event_id, self.position, self.run_id, self.stage, fields))


def _rebuild_tampered(reason: str, event_id: str | None, position: int | None, run_id: str | None,
                      stage: str | None, fields: dict[str, Any]) -> LedgerTampered:
    return LedgerTampered(reason, event_id=event_id, position=position, run_id=run_id, stage=stage, **fields)


class LedgerSchemaOutdated(DeterministicFailure):
    """The store was created by a mapwright without the hash-chained ledger."""

    def __init__(self, missing: list[str]) -> None:
        super().__init__(
            f"the metadata store's supervisor_ledger has no hash chain (missing columns: {', '.join(missing)}); "
            "upgrade it once, as the database owner: `mapwright ledger upgrade` (chains the existing events in "
            "append order; back the database up first)", missing_columns=missing,
        )
        self.missing = missing

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with the structured fields."""
        return (LedgerSchemaOutdated, (self.missing,))


class ArtifactTampered(DeterministicFailure):
    """A stored artifact's payload no longer matches its content hash."""

    def __init__(self, *, kind: str, run_id: str | None, version: int, stored_hash: str, actual_hash: str) -> None:
        super().__init__(
            f"artifact {kind} v{version} of run {run_id or '-'} was changed after it was stored: its payload hashes "
            f"to {actual_hash[:12]}…, not its content hash {stored_hash[:12]}…; restore the metadata database from "
            "a backup or re-materialize the artifact as a new version",
            run_id=run_id, kind=kind, version=version, stored_hash=stored_hash, actual_hash=actual_hash,
        )

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with the structured fields."""
        return (_rebuild_artifact, (self.details,))


def _rebuild_artifact(details: dict[str, Any]) -> ArtifactTampered:
    return ArtifactTampered(**details)
