"""What the conformance suite's chat and embedding cases share: the expected fault -> taxonomy code
table, the case record and the call context of the checks."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from core.contract import Lane, Mode, PiiPolicy, Role, RoutingProfile
from core.ids import new_ulid
from core.providers import CallContext

EXPECTED: dict[str, str] = {
    "rate_limit": "RATE_LIMIT", "quota": "QUOTA_EXHAUSTED", "context_length": "DETERMINISTIC_FAILURE",
    "unavailable": "PROVIDER_UNHEALTHY", "server_error": "TRANSIENT_ERROR", "timeout": "TIMEOUT",
    "bad_body": "TRANSIENT_ERROR",
}


class ConformanceCase(BaseModel):
    """One check of one provider."""

    provider: str
    check: str
    expected: Any
    actual: Any
    passed: bool


def ctx_for_conformance(**kw: Any) -> CallContext:
    """Call context of the conformance checks (analyst, metadata_only, interactive)."""
    base: dict[str, Any] = {"run_id": new_ulid(), "stage": "domains", "lane": Lane.INTERACTIVE,
                            "mode": Mode.METADATA_ONLY, "role": Role.ANALYST, "pii_policy": PiiPolicy(),
                            "routing_profile": RoutingProfile.QUALITY_FIRST}
    base.update(kw)
    return CallContext(**base)
