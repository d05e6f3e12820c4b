"""Conversions between core models and metadata-store rows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row

from core.artifacts import Artifact, ArtifactKind, payload_hash
from core.ledger import ArtifactTampered, ChainLink, HumanConfirmation, LedgerEvent

_HC = "human_confirmation"


def event_to_row(event: LedgerEvent) -> dict[str, Any]:
    """Column values of ``supervisor_ledger`` for ``event`` (JSON-safe detail)."""
    data = event.model_dump(mode="python", exclude={_HC, "detail", "fallback_chain", "stage", "decision"})
    hc = event.human_confirmation
    data.update(
        stage=event.stage.value,
        decision=event.decision.value,
        fallback_chain=list(event.fallback_chain),
        detail=event.model_dump(mode="json", include={"detail"})["detail"],
        human_confirmation_required=hc.required,
        human_confirmation_actor=hc.actor,
        human_confirmation_at=hc.timestamp,
    )
    return data


def row_to_event(row: Row[Any]) -> LedgerEvent:
    """Rebuild the :class:`LedgerEvent` of a ``supervisor_ledger`` row."""
    m = dict(row._mapping)
    for key in ("seq", "position", "prev_hash", "event_hash"):
        m.pop(key, None)
    hc = HumanConfirmation(
        required=bool(m.pop("human_confirmation_required")),
        actor=m.pop("human_confirmation_actor"),
        timestamp=m.pop("human_confirmation_at"),
    )
    return LedgerEvent.model_validate({**m, _HC: hc, "detail": m.get("detail") or {}})


def row_to_link(row: Row[Any]) -> ChainLink:
    """The :class:`ChainLink` (event plus chain fields) of a ``supervisor_ledger`` row."""
    m = row._mapping
    return ChainLink(m["position"], row_to_event(row), m["prev_hash"], m["event_hash"])


def row_to_artifact(row: Row[Any]) -> Artifact:
    """Rebuild the :class:`Artifact` envelope of an ``artifacts`` row, checking its payload against its
    content hash (:class:`ArtifactTampered` when the stored payload was changed)."""
    m = row._mapping
    actual = payload_hash(m["payload"]) if isinstance(m["payload"], dict) else "not a JSON object"
    if actual != m["content_hash"]:
        raise ArtifactTampered(kind=m["kind"], run_id=m["run_id"], version=m["version"],
                               stored_hash=m["content_hash"], actual_hash=actual)
    return Artifact(
        kind=ArtifactKind(m["kind"]),
        run_id=m["run_id"],
        version=m["version"],
        content_hash=m["content_hash"],
        payload=m["payload"],
        contract_hash=m["contract_hash"],
        policy_version=m["policy_version"],
        created_at=m["created_at"],
    )
