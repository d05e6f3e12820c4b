"""Conversions between core models and metadata-store rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row

from core.artifacts import Artifact, ArtifactKind, payload_hash
from core.ledger import ArtifactTampered, ChainLink, Decision, HumanConfirmation, LedgerEvent, Stage, utc_text

_HC = "human_confirmation"
_CHAIN = frozenset({"seq", "position", "prev_hash", "event_hash"})
_FLAT = _CHAIN | {"human_confirmation_required", "human_confirmation_actor", "human_confirmation_at", "timestamp_utc"}


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


def row_body(m: dict[str, Any]) -> dict[str, Any]:
    """``core.ledger.event_body`` of the event stored in row dict ``m``, built from the row itself
    (no model validation: the verifier's fast path; equal to ``event_body(row_to_event(row))`` for
    every row the store wrote, and any edited value simply hashes differently)."""
    body = {k: v for k, v in m.items() if k not in _FLAT}
    body["timestamp_utc"] = utc_text(m["timestamp_utc"])
    body[_HC] = {"required": m["human_confirmation_required"], "actor": m["human_confirmation_actor"],
                 "timestamp": utc_text(m["human_confirmation_at"])}
    return body


def _enum(kind: type[Stage] | type[Decision], value: Any) -> Any:
    try:
        return kind(value)
    except ValueError:
        return value  # an edited value: the hash check reports it before anything uses it


@dataclass(frozen=True, slots=True)
class FoldRow:
    """The fields of a stored event that a decision-summary fold reads (``core.ledger.FoldableEvent``)."""

    event_id: str
    stage: Any
    decision: Any
    action: str
    error_code: str | None
    token_actual: int | None
    usd_actual: float | None
    pii_mask_applied: bool
    local_only_override: bool
    detail: dict[str, Any]


def row_to_link(row: Row[Any], *, with_event: bool = False) -> ChainLink:
    """The :class:`ChainLink` of a ``supervisor_ledger`` row; ``with_event`` adds the fold view of the event
    (built without validation: the verifier reads whole ledgers, and the hash vouches for the content)."""
    m = row._asdict()
    event = None
    if with_event:
        event = FoldRow(m["event_id"], _enum(Stage, m["stage"]), _enum(Decision, m["decision"]), m["action"],
                        m["error_code"], m["token_actual"], m["usd_actual"], m["pii_mask_applied"],
                        m["local_only_override"], m["detail"] if isinstance(m["detail"], dict) else {})
    return ChainLink(m["position"], m["event_id"], m["run_id"], m["prev_hash"], m["event_hash"], row_body(m), event)


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
