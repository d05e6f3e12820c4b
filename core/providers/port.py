"""The one provider interface (§15): ``infer``, ``embed``/``embed_call``, ``token_estimate``, ``health``.

Concrete providers live in ``adapters/llm``; core code only sees this Protocol. Providers raise
taxonomy errors from :mod:`core.errors` (RATE_LIMIT, TIMEOUT, ...) and nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from core.providers.models import (
    EmbeddingCall,
    EmbeddingResponse,
    HealthStatus,
    Message,
    ProviderCall,
    ProviderResponse,
)

CHARS_PER_TOKEN = 4
TOKENS_PER_MESSAGE = 4


def heuristic_token_estimate(messages: Sequence[Message] | str) -> int:
    """Conservative, provider-independent token estimate (~4 chars/token + per-message overhead).

    Used for pre-send budget checks: it is fast (no tokenizer load) and rounds up.
    """
    if isinstance(messages, str):
        return max(1, -(-len(messages) // CHARS_PER_TOKEN))
    total = 0
    for m in messages:
        total += TOKENS_PER_MESSAGE + -(-len(m.content) // CHARS_PER_TOKEN)
    return max(1, total + 2)


@runtime_checkable
class ProviderPort(Protocol):
    """A model provider behind the uniform interface."""

    name: str
    is_local: bool

    def infer(self, call: ProviderCall) -> ProviderResponse:
        """Run one completion; raise a taxonomy error on failure."""
        ...

    def embed(self, texts: Sequence[str], *, model: str | None = None) -> list[list[float]]:
        """Embed texts into L2-normalized vectors (direct use; no gate, no audit)."""
        ...

    def embed_call(self, call: EmbeddingCall) -> EmbeddingResponse:
        """One routed embedding attempt (per-attempt timeout, token usage); raise a taxonomy error
        on failure. The router gates, caches, retries and normalizes around it."""
        ...

    def token_estimate(self, messages: Sequence[Message] | str, *, model: str | None = None) -> int:
        """Estimated prompt tokens for ``messages`` on ``model``."""
        ...

    def health(self) -> HealthStatus:
        """Cheap liveness probe (never raises)."""
        ...
