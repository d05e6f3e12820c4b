"""litellm-backed provider for every registry provider kind (OpenAI, Anthropic, Groq, Ollama,
any OpenAI-compatible server).

The router hands it already-normalized params (:mod:`core.providers.normalize`); this adapter
only names them for litellm (which translates ``stop`` -> ``stop_sequences`` for Anthropic and
``max_tokens`` -> ``num_predict`` for Ollama), disables litellm's own retries and cache (ours
apply), and maps every failure through :func:`map_provider_error`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from typing import Any

import httpx

from adapters.llm.error_mapping import map_provider_error
from core.errors import DeterministicFailure
from core.providers.models import HealthStatus, Message, ProviderCall, ProviderResponse
from core.providers.port import heuristic_token_estimate
from core.providers.registry import ModelRegistry, ProviderSpec

PREFIX = {"openai": "openai/", "openai_compatible": "openai/", "anthropic": "anthropic/", "groq": "groq/",
          "ollama": "ollama_chat/"}
ANTHROPIC_VERSION = "2023-06-01"


def _litellm() -> Any:
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    import litellm

    litellm.suppress_debug_info = True
    litellm.telemetry = False
    return litellm


class LiteLLMProvider:
    """One registry provider reached through litellm."""

    def __init__(self, spec: ProviderSpec, registry: ModelRegistry, *, health_timeout_s: float = 1.0) -> None:
        if spec.kind not in PREFIX:
            raise DeterministicFailure(f"provider kind {spec.kind!r} is not served by litellm")
        self.name = spec.name
        self.spec = spec
        self.registry = registry
        self.is_local = spec.local
        self.health_timeout_s = health_timeout_s
        self._http = httpx.Client(timeout=health_timeout_s)

    def _wire_model(self, model_id: str) -> str:
        return PREFIX[self.spec.kind] + self.registry.model(self.name, model_id).wire_model

    def infer(self, call: ProviderCall) -> ProviderResponse:
        """One completion; every failure becomes a taxonomy error."""
        llm = _litellm()
        kwargs: dict[str, Any] = {
            "model": self._wire_model(call.model),
            "messages": [{"role": m.role, "content": m.content} for m in call.messages],
            "temperature": call.params.temperature, "top_p": call.params.top_p,
            "max_tokens": call.params.max_tokens, "timeout": call.timeout_s,
            "num_retries": 0, "max_retries": 0, "api_base": self.spec.resolved_api_base(),
            "api_key": self.spec.api_key() or ("ollama" if self.spec.kind == "ollama" else None),
            "caching": False,
        }
        if call.params.stop:
            kwargs["stop"] = list(call.params.stop)
        try:
            resp = llm.completion(**kwargs)
        except Exception as exc:  # noqa: BLE001 - every provider failure is mapped, none escapes raw
            raise map_provider_error(exc, provider=self.name, model=call.model) from exc
        try:
            choice = resp.choices[0]
            text = choice.message.content or ""
            usage = getattr(resp, "usage", None)
            tin = int(getattr(usage, "prompt_tokens", 0) or 0)
            tout = int(getattr(usage, "completion_tokens", 0) or 0)
        except (AttributeError, IndexError, TypeError, ValueError) as exc:
            raise map_provider_error(ValueError(f"invalid json response shape: {exc}"), provider=self.name,
                                     model=call.model) from exc
        return ProviderResponse(text=text, tokens_in=tin, tokens_out=tout,
                                finish_reason=getattr(choice, "finish_reason", None), raw_model=kwargs["model"])

    def embed(self, texts: Sequence[str], *, model: str | None = None) -> list[list[float]]:
        """Remote embeddings are not routed yet (the offline embedder serves the pipeline)."""
        raise DeterministicFailure(f"{self.name}: remote embeddings are not enabled", provider=self.name)

    def token_estimate(self, messages: Sequence[Message] | str, *, model: str | None = None) -> int:
        """Conservative heuristic estimate (~4 chars/token; no tokenizer download needed)."""
        return heuristic_token_estimate(messages)

    def health(self) -> HealthStatus:
        """GET the provider's model list (``/models``, ``/v1/models`` or ``/api/tags``)."""
        base = (self.spec.resolved_api_base() or "").rstrip("/")
        headers: dict[str, str] = {}
        if self.spec.kind == "ollama":
            url = base + "/api/tags"
        elif self.spec.kind == "anthropic":
            url = base + "/v1/models"
            headers = {"x-api-key": self.spec.api_key() or "", "anthropic-version": ANTHROPIC_VERSION}
        else:
            url = base + "/models"
            headers = {"Authorization": f"Bearer {self.spec.api_key() or ''}"}
        t = time.perf_counter()
        try:
            r = self._http.get(url, headers=headers)
            ok = 200 <= r.status_code < 300
            detail = f"HTTP {r.status_code}"
        except httpx.HTTPError as exc:
            ok, detail = False, f"{type(exc).__name__}: {exc}"
        return HealthStatus(provider=self.name, healthy=ok, latency_ms=(time.perf_counter() - t) * 1000,
                            detail=detail)
