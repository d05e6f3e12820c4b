"""The provider router (§15): candidates by profile and health, PII gate, policy, cache, budgets,
retries with backoff, fallback chains, lane deadlines, one ledger event per call.

Before a candidate is even probed for health, the policy engine is asked whether *any* call to it
could be allowed (:meth:`Router.refusal`: provider allow/deny lists, egress host) — a refused
provider is never contacted, so its API key never reaches a forbidden host.

Per candidate (``provider:model``) the router:

1. masks PII in the messages and task payload (unless the policy-gated local-only override
   applies) and confirms no PII remains;
2. normalizes params and estimates tokens/cost (registry prices);
3. asks the policy engine (``Action.EXTERNAL_CALL``) — every provider except the in-process
   offline one; a refusal skips the candidate;
4. reads the cache (unless ``fresh``, the prompt is PII-heavy, or it carries unmasked PII — the
   local-only override: neither the prompt nor the answer may be stored, so such calls are
   neither read from nor written to the cache);
5. checks the stage budget with the pre-send estimate — a breach skips the candidate and, when
   none is left, raises BUDGET/QUOTA_EXHAUSTED before anything is sent;
6. sends with retries by error class, within the lane deadline; validates structured output,
   retrying once with adjusted params, then falls back to the offline rules.

Transient errors that survive their retries move to the next candidate; deterministic errors
(DETERMINISTIC_FAILURE, DSL_REJECT) stop the call (§31).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import BaseModel

from core.errors import DeterministicFailure, MapwrightError, PolicyBlock, Timeout, TransientError
from core.ledger.models import LedgerPort
from core.policy.engine import PolicyEngine
from core.policy.models import Action, PolicyRequest
from core.providers.attempt import Attempt, record_call
from core.providers.budgets import BudgetExceeded, BudgetTracker
from core.providers.cache import CachePort
from core.providers.context import CallContext, RouterConfig
from core.providers.embedding import route_embed
from core.providers.models import EmbeddingResult, InferenceParams, InferenceRequest, InferenceResult
from core.providers.pii_gate import PiiGate
from core.providers.port import ProviderPort
from core.providers.registry import ModelRegistry, ModelSpec
from core.providers.routing import OFFLINE_KIND, HealthTracker, offline_model, order_models
from core.providers.tasks import SchemaInvalid, parse_task_output, render_messages, task_spec
from core.providers.trace import Trace

Validator = Callable[[str], BaseModel]


class Router:
    """Routes inference and structured tasks over the registered providers."""

    def __init__(self, registry: ModelRegistry, policy: PolicyEngine, ledger: LedgerPort | None,
                 cache: CachePort | None, providers: Mapping[str, ProviderPort],
                 config: RouterConfig | None = None, *, pii_gate: PiiGate | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.registry = registry
        self.policy = policy
        self.ledger = ledger
        self.cache = cache
        self.providers = dict(providers)
        self.config = config or RouterConfig()
        self.pii = pii_gate or PiiGate()
        self.sleep = sleep
        self.clock = clock
        self.budgets = BudgetTracker(ledger)
        self.health = HealthTracker(self.providers, ttl_s=self.config.health_ttl_s,
                                    fail_threshold=self.config.unhealthy_after_failures, clock=clock)

    # -- public API -------------------------------------------------------------------------
    def infer(self, request: InferenceRequest, *, ctx: CallContext) -> InferenceResult:
        """Answer a free-form request through the best allowed provider (see module doc)."""
        return self._route(request, ctx, None)[0]

    def run_task(self, task_name: str, payload: BaseModel, *, ctx: CallContext, fresh: bool = False,
                 pin: str | None = None, params: InferenceParams | None = None) -> BaseModel:
        """Run a structured task; returns the validated response model of the task."""
        return self.run_task_result(task_name, payload, ctx=ctx, fresh=fresh, pin=pin, params=params)[0]

    def run_task_result(self, task_name: str, payload: BaseModel, *, ctx: CallContext, fresh: bool = False,
                        pin: str | None = None, params: InferenceParams | None = None,
                        ) -> tuple[BaseModel, InferenceResult]:
        """Like :meth:`run_task` but also returns the audit record (provider, cost, chain)."""
        spec = task_spec(task_name)
        req_model = spec.request_model.model_validate(payload.model_dump(mode="json"))
        request = InferenceRequest(
            messages=render_messages(task_name, req_model),
            params=params or InferenceParams(temperature=0.0, max_tokens=1024),
            task=task_name, task_payload=req_model.model_dump(mode="json"),
            response_schema=spec.response_schema(), fresh=fresh, pin=pin,
        )
        result, parsed = self._route(request, ctx, lambda text: parse_task_output(task_name, text, req_model))
        assert parsed is not None
        return parsed, result

    def embed(self, texts: list[str], *, ctx: CallContext, model: str | None = None,
              fresh: bool = False) -> EmbeddingResult:
        """Embed ``texts`` with an embedding model of the registry (``model``: id or ``provider:id``;
        default: the first embedding model of the registry, the offline one as shipped).

        Remote models get the guarantees of :meth:`infer` — PII masked and confirmed, policy
        approval, pre-send budget check, per-text cache, retries, same-dimension fallbacks, one
        ledger event (see :mod:`core.providers.embedding`). Vectors are L2-normalized, in input
        order, of the model's ``dims``.
        """
        return route_embed(self, list(texts), ctx, model=model, fresh=fresh)

    def probe_health(self) -> dict[str, bool]:
        """Probe every provider now (fed into routing); returns provider -> healthy.

        A provider none of whose models the policy would let the router call (manifest lists,
        egress host) is not probed — its endpoint is never contacted — and reports ``False``.
        """
        out: dict[str, bool] = {}
        for name in self.providers:
            models = [m for m in self.registry.models if m.provider == name]
            admitted = any(self.refusal(m) is None for m in models)
            out[name] = self.health.probe(name).healthy if admitted else False
        return out

    def is_local(self, provider: str) -> bool:
        """Whether ``provider`` keeps data on this machine (for PII: masking, the local-only override).

        True for the in-process offline provider, and for a provider the policy names local only
        when its resolved endpoint is a loopback host — an "ollama" pointed at another machine is
        not local, whatever its name.
        """
        pspec = self.registry.providers.get(provider)
        if pspec is None:
            return False
        if pspec.kind == OFFLINE_KIND:
            return True
        return self.policy.is_local_provider(provider) and pspec.loopback_endpoint()

    def refusal(self, spec: ModelSpec, ctx: CallContext | None = None) -> PolicyBlock | None:
        """The policy engine's refusal of every external call to ``spec``, or None.

        Asked before a provider is probed or tried. The request is the most permissive call to the
        model's endpoint (no PII, no cost, no override), so only rules that refuse all calls there
        refuse it: the provider allow/deny lists (manifest and contract) and the egress allow-list
        (checked against the resolved endpoint host). The in-process offline provider is never refused.
        """
        pspec = self.registry.providers[spec.provider]
        if pspec.kind == OFFLINE_KIND:
            return None
        decision = self.policy.evaluate(PolicyRequest(
            action=Action.EXTERNAL_CALL, run_id=ctx.run_id if ctx else None, mode=ctx.mode if ctx else None,
            role=ctx.role if ctx else None, provider=spec.provider, model=spec.id,
            endpoint_host=pspec.endpoint_host(),
            contract_allowlist=ctx.provider_allowlist if ctx else None,
            contract_denylist=ctx.provider_denylist if ctx else None,
        ))
        if decision.allowed:
            return None
        return PolicyBlock(f"external call to {spec.tag} refused: " + "; ".join(decision.reasons),
                           run_id=ctx.run_id if ctx else None, stage=ctx.stage if ctx else None,
                           rules=decision.rules, provider=spec.provider, model=spec.id)

    def candidates(self, request: InferenceRequest, ctx: CallContext, *,
                   refused: dict[str, PolicyBlock] | None = None) -> list[ModelSpec]:
        """Ordered candidates for ``request`` (profile, configuration, policy, health; offline rules last).

        The offline rules only join structured tasks (they cannot answer free-form prompts). Models
        the policy refuses outright (:meth:`refusal`) are dropped *before* any health probe and,
        when ``refused`` is given, reported there by tag.
        """
        offline = offline_model(self.registry) if request.task else None  # rules answer tasks only
        if self.config.rules_only:
            if offline is None:
                raise DeterministicFailure("rules_only is on: only structured tasks can be answered (by rules)")
            return [offline]
        if request.pin:
            prov, _, mid = request.pin.partition(":")
            chosen = [self.registry.model(prov, mid)]
        else:
            pool = [m for m in self.registry.chat_models()
                    if m.provider in self.providers and self.registry.providers[m.provider].configured()
                    and self.registry.providers[m.provider].kind != OFFLINE_KIND]
            local = {m.provider for m in pool if self.is_local(m.provider)}
            chosen = order_models(pool, ctx.routing_profile, local)
            if offline is not None and ctx.routing_profile.value == "offline_first":
                chosen.insert(0, offline)
        healthy: list[ModelSpec] = []
        for m in chosen:
            if m.provider not in self.providers:
                continue
            if self.registry.providers[m.provider].kind != OFFLINE_KIND:
                block = self.refusal(m, ctx)
                if block is not None:  # never probe (nor call) a refused endpoint
                    if refused is not None:
                        refused[m.tag] = block
                    continue
                if not self.health.is_healthy(m.provider):
                    continue
            healthy.append(m)
        if offline is not None and self.config.offline_fallback and offline not in healthy:
            healthy.append(offline)
        return healthy

    # -- core loop ---------------------------------------------------------------------------
    def _route(self, request: InferenceRequest, ctx: CallContext,
               validator: Validator | None) -> tuple[InferenceResult, BaseModel | None]:
        trace = Trace(started=self.clock())
        deadline = trace.started + self.config.lane_deadline_s[ctx.lane.value]
        last: MapwrightError | None = None
        rules_only_now = False
        try:
            refused: dict[str, PolicyBlock] = {}
            candidates = self.candidates(request, ctx, refused=refused)
            for tag, block in refused.items():
                trace.skip(tag, str(block))
                last = last or block
            for spec in candidates:
                kind = self.registry.providers[spec.provider].kind
                if rules_only_now and kind != OFFLINE_KIND:
                    continue
                if kind != OFFLINE_KIND and self.clock() >= deadline:
                    trace.skip(spec.tag, "lane deadline passed")
                    last = Timeout(f"lane {ctx.lane.value} deadline passed", run_id=ctx.run_id, stage=ctx.stage)
                    continue
                trace.chain.append(spec.tag)
                attempt = Attempt(self, spec, request, ctx, validator, deadline, trace)
                try:
                    result, parsed = attempt.run()
                except (PolicyBlock, BudgetExceeded) as exc:
                    trace.skip(spec.tag, str(exc))
                    last = exc
                    continue
                except SchemaInvalid as exc:
                    trace.skip(spec.tag, str(exc))
                    last = exc
                    rules_only_now = True
                    continue
                except TransientError as exc:
                    trace.skip(spec.tag, str(exc))
                    last = exc
                    continue
                record_call(self, ctx, request, trace, result=result)
                return result, parsed
            if last is None:
                last = PolicyBlock("no provider candidate is available", run_id=ctx.run_id, stage=ctx.stage)
            raise last
        except MapwrightError as exc:
            if not trace.recorded:
                record_call(self, ctx, request, trace, error=exc)
            raise

    def info(self) -> dict[str, Any]:
        """Router state for diagnostics (health snapshot, config)."""
        return {"health": {k: v.healthy for k, v in self.health.snapshot().items()},
                "rules_only": self.config.rules_only, "providers": sorted(self.providers)}
