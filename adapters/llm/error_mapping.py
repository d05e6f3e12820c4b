"""Map every provider failure (litellm exceptions, HTTP statuses, transport errors) onto the one
error taxonomy (§31), identically for every wire API.

| condition | taxonomy |
|---|---|
| quota / insufficient_quota / credit balance / billing (any status) | QUOTA_EXHAUSTED |
| 429 | RATE_LIMIT (``retry_after_s`` from ``retry-after-ms`` / ``Retry-After``) |
| context length / window exceeded (any status) | DETERMINISTIC_FAILURE (``reason=context_length_exceeded``) |
| client timeout, 408 | TIMEOUT |
| 503, 529, "overloaded", connection refused / unreachable | PROVIDER_UNHEALTHY |
| other 5xx, malformed response body | TRANSIENT_ERROR |
| 400/401/403/404/422 | DETERMINISTIC_FAILURE |
"""

from __future__ import annotations

import email.utils
import time
from typing import Any

from core.errors import (
    DeterministicFailure,
    MapwrightError,
    ProviderUnhealthy,
    QuotaExhausted,
    RateLimited,
    Timeout,
    TransientFailure,
)
from core.failures import ContextLengthExceeded, MalformedResponse

_QUOTA = ("insufficient_quota", "exceeded your current quota", "quota exceeded", "quota exhausted",
          "credit balance is too low", "billing")
_CONTEXT = ("context_length_exceeded", "maximum context length", "context length", "context window",
            "prompt is too long", "too many tokens", "input length exceeds")
_UNHEALTHY = ("overloaded", "service unavailable", "connection refused", "connecterror", "name or service not known",
              "failed to establish", "cannot connect", "all connection attempts failed")
_MALFORMED = ("expecting property name", "expecting value", "unable to get json", "jsondecodeerror",
              "invalid json", "extra data")


def _headers(exc: BaseException) -> dict[str, str]:
    for attr in ("litellm_response_headers", "headers"):
        h = getattr(exc, attr, None)
        if h:
            try:
                return {str(k).lower(): str(v) for k, v in dict(h).items()}
            except (TypeError, ValueError):
                continue
    resp = getattr(exc, "response", None)
    h = getattr(resp, "headers", None)
    if h:
        try:
            return {str(k).lower(): str(v) for k, v in dict(h).items()}
        except (TypeError, ValueError):
            return {}
    return {}


def retry_after_seconds(headers: dict[str, str]) -> float | None:
    """Seconds to wait from ``retry-after-ms`` or ``Retry-After`` (seconds or HTTP date)."""
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    ra = headers.get("retry-after")
    if not ra:
        return None
    try:
        return max(0.0, float(ra))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(ra) if ra else None
        return max(0.0, parsed.timestamp() - time.time()) if parsed else None


def _status(exc: BaseException) -> int | None:
    for attr in ("status_code", "status"):
        v = getattr(exc, attr, None)
        if isinstance(v, int):
            return v
    resp = getattr(exc, "response", None)
    v = getattr(resp, "status_code", None)
    return v if isinstance(v, int) else None


def map_provider_error(exc: BaseException, *, provider: str, model: str) -> MapwrightError:
    """The taxonomy error for a provider exception (never raises)."""
    if isinstance(exc, MapwrightError):
        return exc
    name = type(exc).__name__
    msg = str(exc)
    low = f"{name} {msg}".lower()
    status = _status(exc)
    kw: dict[str, Any] = {"provider": provider, "model": model, "status": status, "exception": name,
                          "provider_message": msg[:500]}
    text = f"{provider}:{model}: {msg[:300]}"
    if any(s in low for s in _QUOTA) or status == 402:
        return QuotaExhausted(f"quota exhausted at {text}", **kw)
    if status == 429 or "ratelimit" in low.replace("_", "").replace(" ", ""):
        return RateLimited(f"rate limited by {text}", retry_after_s=retry_after_seconds(_headers(exc)), **kw)
    if "contextwindowexceeded" in low or any(s in low for s in _CONTEXT):
        return ContextLengthExceeded(text, **kw)
    if "timeout" in low or "timed out" in low or status == 408:
        return Timeout(f"timeout calling {text}", **kw)
    if status in (503, 529) or any(s in low for s in _UNHEALTHY):
        return ProviderUnhealthy(f"provider unhealthy: {text}", **kw)
    if any(s in low for s in _MALFORMED):
        return MalformedResponse(text, **kw)
    if name == "APIConnectionError":
        return ProviderUnhealthy(f"cannot reach {text}", **kw)
    if status is not None and status >= 500:
        return TransientFailure(f"server error {status} from {text}", **kw)
    if status is not None and 400 <= status < 500:
        return DeterministicFailure(f"request rejected ({status}) by {text}", **kw)
    return TransientFailure(f"unexpected provider error from {text}", **kw)
