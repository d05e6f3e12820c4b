"""litellm-backed provider for every registry provider kind (OpenAI, Anthropic, Groq, Ollama,
any OpenAI-compatible server).

The router hands it already-normalized params (:mod:`core.providers.normalize`); this adapter
only names them for litellm (which translates ``stop`` -> ``stop_sequences`` for Anthropic and
``max_tokens`` -> ``num_predict`` for Ollama), disables litellm's own retries and cache (ours
apply), and maps every failure through :func:`map_provider_error`.

Embeddings go through ``litellm.embedding`` (OpenAI wire ``/v1/embeddings``; Ollama ``/api/embed``
— litellm 1.106.2 never calls the legacy ``/api/embeddings``). Two litellm 1.106.2 quirks are
worked around: its OpenAI embedding path turns ``max_retries=0`` into the default 2 (``0 or
DEFAULT``) and writes it onto the client, so we pass our own OpenAI client whose
``max_retries`` is pinned to 0 (:func:`_no_retry_openai`); its Ollama embedding path
ignores ``timeout`` (module-level HTTP client), so every embedding call also runs under a
deadline in a small worker pool and a late answer becomes TIMEOUT.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, TypeVar

import httpx

from adapters.llm.error_mapping import map_provider_error
from core.errors import DeterministicFailure, Timeout
from core.providers.models import (
    EmbeddingCall,
    EmbeddingResponse,
    HealthStatus,
    Message,
    ProviderCall,
    ProviderResponse,
)
from core.providers.port import heuristic_token_estimate
from core.providers.registry import ModelRegistry, ProviderSpec

PREFIX = {"openai": "openai/", "openai_compatible": "openai/", "anthropic": "anthropic/", "groq": "groq/",
          "ollama": "ollama_chat/"}
#: litellm prefixes of the kinds that have an embeddings API (Anthropic and Groq have none)
EMBED_PREFIX = {"openai": "openai/", "openai_compatible": "openai/", "ollama": "ollama/"}
ANTHROPIC_VERSION = "2023-06-01"
DEADLINE_GRACE_S = 0.05
_POOL = ThreadPoolExecutor(max_workers=8, thread_name_prefix="mw-embed")
T = TypeVar("T")


def _within(fn: Callable[[], T], timeout_s: float, *, provider: str, model: str) -> T:
    """Run ``fn`` with a hard deadline (TIMEOUT when it answers late; the late answer is dropped)."""
    fut = _POOL.submit(fn)
    try:
        return fut.result(timeout=timeout_s + DEADLINE_GRACE_S)
    except FutureTimeout as exc:
        fut.cancel()
        raise Timeout(f"timeout calling {provider}:{model} (embedding, {timeout_s:.2f}s)", provider=provider,
                      model=model) from exc


def _no_retry_openai(api_key: str, base_url: str | None) -> Any:
    """An ``openai.OpenAI`` client whose ``max_retries`` stays 0 whatever litellm assigns."""
    import openai

    class NoRetryOpenAI(openai.OpenAI):
        @property  # type: ignore[override]
        def max_retries(self) -> int:
            return 0

        @max_retries.setter
        def max_retries(self, value: int) -> None:
            return

    return NoRetryOpenAI(api_key=api_key, base_url=base_url, max_retries=0)


def _vectors(resp: Any, n: int) -> list[list[float]]:
    """Vectors of a litellm EmbeddingResponse in input order; ValueError on a malformed shape."""
    data = list(getattr(resp, "data", None) or [])
    if len(data) != n:
        raise ValueError(f"invalid json response shape: {len(data)} vectors for {n} inputs")
    items = [(d.get("index", i) if isinstance(d, dict) else getattr(d, "index", i),
              d.get("embedding") if isinstance(d, dict) else getattr(d, "embedding", None)) for i, d in enumerate(data)]
    out: list[list[float]] = []
    for _, vec in sorted(items, key=lambda x: x[0]):
        if not isinstance(vec, list) or not vec or not all(isinstance(x, int | float) for x in vec):
            raise ValueError("invalid json response shape: an embedding is not a list of numbers")
        floats = [float(x) for x in vec]
        if not all(math.isfinite(x) for x in floats):
            raise ValueError("invalid json response shape: non-finite embedding component")
        out.append(floats)
    return out


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
        self._oai: tuple[tuple[str | None, str | None], Any] | None = None
        self._oai_lock = threading.Lock()

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

    def _openai_client(self) -> Any:
        """An ``openai.OpenAI`` client without SDK retries (ours apply), rebuilt if base/key change."""
        key = (self.spec.resolved_api_base(), self.spec.api_key())
        with self._oai_lock:
            if self._oai is None or self._oai[0] != key:
                self._oai = (key, _no_retry_openai(key[1] or "none", key[0]))
            return self._oai[1]

    def embed_call(self, call: EmbeddingCall) -> EmbeddingResponse:
        """One ``litellm.embedding`` call; every failure (and a malformed answer) becomes a taxonomy error."""
        if self.spec.kind not in EMBED_PREFIX:
            raise DeterministicFailure(f"{self.name} ({self.spec.kind}) has no embeddings API", provider=self.name,
                                       model=call.model)
        llm = _litellm()
        kwargs: dict[str, Any] = {
            "model": EMBED_PREFIX[self.spec.kind] + self.registry.model(self.name, call.model).wire_model,
            "input": list(call.texts), "timeout": call.timeout_s, "num_retries": 0, "max_retries": 0,
            "api_base": self.spec.resolved_api_base(),
            "api_key": self.spec.api_key() or ("ollama" if self.spec.kind == "ollama" else None), "caching": False,
        }
        if self.spec.kind != "ollama":
            kwargs["client"] = self._openai_client()
        try:
            resp = _within(lambda: llm.embedding(**kwargs), call.timeout_s, provider=self.name, model=call.model)
            vectors = _vectors(resp, len(call.texts))
        except Exception as exc:  # noqa: BLE001 - every provider failure is mapped, none escapes raw
            raise map_provider_error(exc, provider=self.name, model=call.model) from exc
        usage = getattr(resp, "usage", None)
        return EmbeddingResponse(vectors=vectors, tokens_in=int(getattr(usage, "prompt_tokens", 0) or 0),
                                 raw_model=kwargs["model"])

    def embed(self, texts: Sequence[str], *, model: str | None = None) -> list[list[float]]:
        """Direct (unrouted) embedding with the provider's first embedding model or ``model``.

        No PII gate, cache or audit here: business code embeds through ``Router.embed``.
        """
        ids = [m.id for m in self.registry.embedding_models() if m.provider == self.name]
        mid = model or (ids[0] if ids else None)
        if mid is None:
            raise DeterministicFailure(f"{self.name}: no embedding model in the registry", provider=self.name)
        return self.embed_call(EmbeddingCall(provider=self.name, model=mid, texts=list(texts),
                                             timeout_s=self.spec.timeout_s)).vectors

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
