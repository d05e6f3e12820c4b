"""Provider-neutral request/response models: what business code sends and receives.

Business code never sees a provider's wire format: it builds an :class:`InferenceRequest`
(messages + canonical :class:`InferenceParams`) and gets an :class:`InferenceResult`. The router
turns the request into one :class:`ProviderCall` per attempt (normalized params, masked
messages, per-attempt timeout) and a provider answers with a :class:`ProviderResponse`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Message(BaseModel):
    """One chat message."""

    model_config = ConfigDict(frozen=True)

    role: Literal["system", "user", "assistant"]
    content: str


class InferenceParams(BaseModel):
    """Canonical sampling parameters, normalized identically for every provider (§15).

    * ``temperature`` is on the common [0, 1] scale (Anthropic's range; OpenAI's 0-2 is clamped).
    * ``top_p`` in (0, 1].
    * ``stop``: at most 4 distinct non-empty sequences (the strictest provider limit).
    * ``max_tokens``: output cap; always sent (Anthropic requires it), clamped to the model's
      output limit and to what the context window leaves after the prompt.
    * ``truncation``: ``error`` refuses an over-long prompt before sending
      (DETERMINISTIC_FAILURE); ``truncate_start`` drops text from the start of the longest
      user message until the prompt fits.
    """

    model_config = ConfigDict(frozen=True)

    temperature: float = 0.0
    top_p: float = 1.0
    stop: list[str] = Field(default_factory=list)
    max_tokens: int = Field(default=512, ge=1)
    truncation: Literal["error", "truncate_start"] = "error"


class InferenceRequest(BaseModel):
    """A provider-neutral inference request.

    ``task``/``task_payload`` are set for structured tasks (see :mod:`core.providers.tasks`): LLM
    providers read the rendered ``messages``; the offline provider answers from the payload.
    ``pin`` ("provider:model") forces one candidate (still policy-checked); ``fresh`` bypasses
    the cache and re-materializes it (§36).
    """

    model_config = ConfigDict(frozen=True)

    messages: list[Message] = Field(min_length=1)
    params: InferenceParams = Field(default_factory=InferenceParams)
    task: str | None = None
    task_payload: dict[str, Any] | None = None
    response_schema: dict[str, Any] | None = None
    pin: str | None = None
    fresh: bool = False


class ProviderCall(BaseModel):
    """One attempt against one provider/model with normalized params and masked messages."""

    model_config = ConfigDict(frozen=True)

    provider: str
    model: str
    messages: list[Message]
    params: InferenceParams
    timeout_s: float
    task: str | None = None
    task_payload: dict[str, Any] | None = None


class ProviderResponse(BaseModel):
    """What a provider returns for one call."""

    text: str
    tokens_in: int = 0
    tokens_out: int = 0
    finish_reason: str | None = None
    raw_model: str | None = None


class CallAudit(BaseModel):
    """Audit fields of one routed provider call (inference or embedding); they also go to the ledger."""

    provider: str
    model: str
    tokens_in: int = 0
    token_estimate: int = 0
    usd_estimate: float = 0.0
    usd_actual: float = 0.0
    cached: bool = False
    retries: int = 0
    fallback_chain: list[str] = Field(default_factory=list)
    pii_mask_applied: bool = False
    local_only_override: bool = False
    params_hash: str = ""
    latency_ms: float = 0.0


class InferenceResult(CallAudit):
    """The router's answer, with the audit fields of :class:`CallAudit`."""

    text: str
    tokens_out: int = 0
    parsed: dict[str, Any] | None = None
    rules_fallback: bool = False


class HealthStatus(BaseModel):
    """Result of a health probe."""

    provider: str
    healthy: bool
    latency_ms: float = 0.0
    detail: str = ""
    checked_at: datetime = Field(default_factory=lambda: datetime.now(UTC))


class EmbeddingCall(BaseModel):
    """One embedding attempt against one provider/model (texts already PII-masked)."""

    model_config = ConfigDict(frozen=True)

    provider: str
    model: str
    texts: list[str]
    timeout_s: float


class EmbeddingResponse(BaseModel):
    """What a provider returns for one embedding call: one raw vector per text, in input order."""

    vectors: list[list[float]]
    tokens_in: int = 0
    raw_model: str | None = None


class EmbeddingResult(CallAudit):
    """Vectors for a batch of texts, with the audit fields of :class:`CallAudit`.

    Normalization rules, identical for every provider (offline, OpenAI, Ollama, ...): one vector
    per input text in input order; every vector has exactly ``dim`` float components (the
    registry's ``dims`` when declared); every vector is L2-normalized by the router (a zero
    vector stays zero). ``cached`` is true when every vector came from the cache.
    """

    dim: int
    vectors: list[list[float]]
    cache_hits: int = 0
