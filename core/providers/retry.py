"""Retries with backoff by error class (§31), shared by inference and embedding attempts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from core.errors import ErrorCode, RateLimited, TransientError
from core.providers.context import CallContext, RouterConfig
from core.providers.router_view import RouterView
from core.providers.trace import Trace

T = TypeVar("T")


def backoff_delay(cfg: RouterConfig, exc: TransientError, n: int) -> float:
    """Delay before retry ``n`` (exponential, capped; a 429's Retry-After wins, within its cap)."""
    delay = min(cfg.backoff_max_s, cfg.backoff_base_s * (2 ** n))
    if isinstance(exc, RateLimited) and exc.retry_after_s is not None:
        delay = max(delay, min(exc.retry_after_s, cfg.max_retry_after_s))
    return delay


def call_with_retries(router: RouterView, provider: str, provider_timeout_s: float, ctx: CallContext,
                      deadline: float, trace: Trace, send: Callable[[float], T]) -> T:
    """Call ``send(timeout_s)`` retrying transient errors per class (§31) within the lane deadline.

    Feeds the health tracker (success resets; PROVIDER_UNHEALTHY marks the provider down) and
    counts retries on ``trace``; the last error is raised when retries or time run out.
    """
    cfg, n = router.config, 0
    while True:
        remaining = deadline - router.clock()
        timeout = min(cfg.lane_call_timeout_s[ctx.lane.value], provider_timeout_s, max(remaining, 0.001))
        try:
            resp = send(timeout)
        except TransientError as exc:
            exc.run_id, exc.stage = exc.run_id or ctx.run_id, exc.stage or ctx.stage
            router.health.record_failure(provider, hard=exc.code is ErrorCode.PROVIDER_UNHEALTHY)
            delay = backoff_delay(cfg, exc, n)
            if n >= cfg.max_retries.get(exc.code.value, 0) or router.clock() + delay >= deadline:
                raise
            router.sleep(delay)
            n += 1
            trace.retries += 1
            continue
        router.health.record_success(provider)
        return resp
