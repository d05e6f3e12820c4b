"""Provider layer (§15, §19, §36): one interface for local and cloud models.

Business code imports only from here: :class:`Router` (``infer``, ``run_task``, ``embed``),
:class:`CallContext`, the request/response models, the structured task models and the ports.
Concrete providers and caches live in ``adapters/llm`` and ``adapters/cache``.
"""

from core.providers.budgets import BudgetExceeded, BudgetTracker
from core.providers.cache import CacheKeyParts, CachePort
from core.providers.context import CallContext, RouterConfig
from core.providers.models import (
    EmbeddingCall,
    EmbeddingResponse,
    EmbeddingResult,
    HealthStatus,
    InferenceParams,
    InferenceRequest,
    InferenceResult,
    Message,
    ProviderCall,
    ProviderResponse,
)
from core.providers.pii_gate import PiiGate, RegexPiiDetector
from core.providers.port import ProviderPort, heuristic_token_estimate
from core.providers.registry import ModelRegistry, ModelSpec, ProviderSpec, load_registry
from core.providers.router import Router
from core.providers.tasks import (
    CandidateDomain,
    ClassifyColumnRequest,
    ClassifyColumnResponse,
    ColumnEvidence,
    ColumnSpec,
    ExpectedExample,
    ProposeTransformRequest,
    ProposeTransformResponse,
    RegexHit,
    SchemaInvalid,
    TransformProposal,
)

__all__ = [
    "BudgetExceeded", "BudgetTracker", "CacheKeyParts", "CachePort", "CallContext", "CandidateDomain",
    "ClassifyColumnRequest", "ClassifyColumnResponse", "ColumnEvidence", "ColumnSpec", "EmbeddingCall",
    "EmbeddingResponse", "EmbeddingResult",
    "ExpectedExample", "HealthStatus", "InferenceParams", "InferenceRequest", "InferenceResult", "Message",
    "ModelRegistry", "ModelSpec", "PiiGate", "ProposeTransformRequest", "ProposeTransformResponse",
    "ProviderCall", "ProviderPort", "ProviderResponse", "ProviderSpec", "RegexHit", "RegexPiiDetector", "Router",
    "RouterConfig", "SchemaInvalid", "TransformProposal", "heuristic_token_estimate", "load_registry",
]
