"""One candidate attempt of the router (gate, policy, cache, budget, send/retry, validate) and the
ledger record of a call."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from core.errors import DeterministicFailure, MapwrightError, PolicyBlock
from core.hashing import content_hash, sha256_hex
from core.ledger.models import Decision, LedgerEvent, Stage
from core.policy.models import Action, PolicyRequest
from core.providers.cache import CacheKeyParts, prompt_hashes
from core.providers.context import CallContext
from core.providers.models import InferenceParams, InferenceRequest, InferenceResult, Message, ProviderCall
from core.providers.normalize import normalize
from core.providers.registry import ModelSpec
from core.providers.retry import call_with_retries
from core.providers.router_view import RouterView
from core.providers.routing import OFFLINE_KIND
from core.providers.tasks import SchemaInvalid
from core.providers.trace import Trace

STRICT_REMINDER = ("Your previous answer was not a valid JSON object for the required schema. "
                   "Reply with only that JSON object.")


class Attempt:
    """Try one candidate model for a request."""

    def __init__(self, router: RouterView, spec: ModelSpec, request: InferenceRequest, ctx: CallContext,
                 validator: Callable[[str], BaseModel] | None, deadline: float, trace: Trace) -> None:
        self.r = router
        self.spec = spec
        self.pspec = router.registry.providers[spec.provider]
        self.provider = router.providers[spec.provider]
        self.request = request
        self.ctx = ctx
        self.validator = validator
        self.deadline = deadline
        self.trace = trace
        self.offline = self.pspec.kind == OFFLINE_KIND

    def _gate(self) -> tuple[list[Message], dict[str, Any] | None, int, bool, bool]:
        local = self.r.is_local(self.spec.provider)  # offline, or policy-local *and* on a loopback endpoint
        override = self.ctx.pii_policy.local_only_override and local
        mask = self.ctx.pii_policy.mask_before_send and not override
        out = self.r.pii.apply(list(self.request.messages), self.request.task_payload, mask=mask)
        if out.masked and not self.r.pii.confirm_masked(out.messages):
            raise PolicyBlock("PII masking could not be confirmed", run_id=self.ctx.run_id, stage=self.ctx.stage,
                              provider=self.spec.provider)
        return out.messages, out.payload, out.findings, out.masked, override

    def run(self) -> tuple[InferenceResult, BaseModel | None]:
        """Gate, check, (cache), send and validate; raise a taxonomy error on failure."""
        r, ctx, spec, t = self.r, self.ctx, self.spec, self.trace
        messages, payload, findings, masked, override = self._gate()
        t.pii_findings, t.pii_mask_applied, t.local_only_override = findings, masked, override
        params, messages, prompt_tokens = normalize(self.request.params, spec, messages,
                                                    lambda m: self.provider.token_estimate(m, model=spec.id))
        t.params_hash = content_hash(params)
        tok_est = 0 if self.offline else prompt_tokens + params.max_tokens
        usd_est = spec.usd(prompt_tokens, params.max_tokens)
        t.token_estimate, t.usd_estimate = tok_est, usd_est
        key = self._cache_key(messages, params)
        # never cache a PII-heavy prompt, nor one whose PII went out unmasked (local-only override):
        # the stored entry (prompt-derived answer) could hold the raw PII
        cacheable = r.cache is not None and findings < r.config.pii_heavy_findings and (masked or not findings)
        if cacheable and not self.request.fresh and r.cache is not None:
            raw = r.cache.get(key)
            if raw is not None:
                self._require_policy(messages, findings, masked, override, usd=0.0)  # a hit costs nothing
                return self._from_cache(raw)
        if not self.offline:
            r.budgets.check(ctx.run_id, ctx.stage, ctx.budget, tokens=tok_est, usd=usd_est,
                            provider=spec.provider, model=spec.id)
        self._require_policy(messages, findings, masked, override, usd=usd_est)
        return self._send(messages, payload, params, key if cacheable else None)

    def _require_policy(self, messages: list[Message], findings: int, masked: bool, override: bool, *,
                        usd: float) -> None:
        """Ask the policy engine (EXTERNAL_CALL); the in-process offline provider makes no external call."""
        if self.offline:
            return
        r, ctx, spec = self.r, self.ctx, self.spec
        spent = r.budgets.spent(ctx.run_id, ctx.stage)
        decision = r.policy.evaluate(PolicyRequest(
            action=Action.EXTERNAL_CALL, run_id=ctx.run_id, mode=ctx.mode, role=ctx.role,
            provider=spec.provider, model=spec.id, endpoint_host=self.pspec.endpoint_host(),
            pii_detected=findings > 0, pii_masked=masked, local_only_override=override,
            contract_allowlist=ctx.provider_allowlist, contract_denylist=ctx.provider_denylist,
            usd_estimate=usd, usd_spent_stage=spent.usd, usd_cap_stage=ctx.budget.usd if ctx.budget else None,
            prompt_hash=sha256_hex("\n".join(m.content for m in messages)),
        ))
        self.trace.policy_version = decision.policy_version
        if not decision.allowed:
            raise PolicyBlock(f"external call to {spec.tag} refused: " + "; ".join(decision.reasons),
                              run_id=ctx.run_id, stage=ctx.stage, rules=decision.rules)

    def _cache_key(self, messages: list[Message], params: InferenceParams) -> str:
        sys_h, user_h = prompt_hashes(messages)
        ctx = self.ctx
        return CacheKeyParts(
            kind=self.request.task or "infer", provider=self.spec.provider, model=self.spec.id,
            params_hash=self.trace.params_hash, system_prompt_hash=sys_h, user_prompt_hash=user_h,
            lane=ctx.lane.value, mode=ctx.mode.value, pii_flag=ctx.pii_flag(), scope=ctx.scope(),
            artifact_hashes=ctx.artifact_hashes, policy_version=self.r.policy.version, locale=ctx.locale,
        ).key(self.r.config.cache_namespace)

    def _from_cache(self, raw: bytes) -> tuple[InferenceResult, BaseModel | None]:
        entry = json.loads(raw)
        if entry.get("kind") == "neg":
            raise DeterministicFailure(entry["message"], run_id=self.ctx.run_id, stage=self.ctx.stage,
                                       cached=True, provider=self.spec.provider, model=self.spec.id)
        result = InferenceResult.model_validate(entry["result"])
        parsed = self.validator(result.text) if self.validator else None
        result = result.model_copy(update=self._audit(cached=True, usd_actual=0.0))
        return result, parsed

    def _audit(self, **extra: Any) -> dict[str, Any]:
        t = self.trace
        return {"retries": t.retries, "fallback_chain": list(t.chain), "pii_mask_applied": t.pii_mask_applied,
                "local_only_override": t.local_only_override, "params_hash": t.params_hash,
                "token_estimate": t.token_estimate, "usd_estimate": t.usd_estimate,
                "latency_ms": (self.r.clock() - t.started) * 1000, **extra}

    def _call_once(self, messages: list[Message], payload: dict[str, Any] | None,
                   params: InferenceParams) -> Any:
        def send(timeout: float) -> Any:
            return self.provider.infer(ProviderCall(
                provider=self.spec.provider, model=self.spec.id, messages=messages, params=params,
                timeout_s=timeout, task=self.request.task, task_payload=payload))
        return call_with_retries(self.r, self.spec.provider, self.pspec.timeout_s, self.ctx, self.deadline,
                                 self.trace, send)

    def _send(self, messages: list[Message], payload: dict[str, Any] | None, params: InferenceParams,
              key: str | None) -> tuple[InferenceResult, BaseModel | None]:
        r, ctx, spec = self.r, self.ctx, self.spec
        schema_tries = 0
        while True:
            try:
                resp = self._call_once(messages, payload, params)
            except DeterministicFailure as exc:
                if key is not None and r.cache is not None:
                    neg = json.dumps({"kind": "neg", "code": str(exc.code), "message": exc.message})
                    r.cache.set(key, neg.encode(), ttl_s=r.config.negative_ttl_s, scope=ctx.scope())
                raise
            usd = spec.usd(resp.tokens_in, resp.tokens_out)
            r.budgets.charge(ctx.run_id, ctx.stage, tokens=resp.tokens_in + resp.tokens_out, usd=usd)
            result = InferenceResult(text=resp.text, provider=spec.provider, model=spec.id, tokens_in=resp.tokens_in,
                                     tokens_out=resp.tokens_out, usd_actual=usd,
                                     rules_fallback=self.offline and self.validator is not None)
            try:
                parsed = self.validator(resp.text) if self.validator else None
            except SchemaInvalid:
                if schema_tries >= r.config.schema_retries:
                    raise
                schema_tries += 1
                self.trace.retries += 1
                params = params.model_copy(update={"temperature": 0.0, "top_p": 1.0})
                messages = [*messages, Message(role="user", content=STRICT_REMINDER)]
                continue
            result = result.model_copy(update=self._audit())
            if parsed is not None:
                result = result.model_copy(update={"parsed": parsed.model_dump(mode="json")})
            if key is not None and r.cache is not None:
                body = json.dumps({"kind": "ok", "result": result.model_dump(mode="json")}).encode()
                if len(body) <= r.config.max_entry_bytes:
                    r.cache.set(key, body, ttl_s=r.config.lane_ttl_s[ctx.lane.value], scope=ctx.scope())
            return result, parsed


def _stage(name: str) -> Stage:
    try:
        return Stage(name.upper())
    except ValueError:
        return Stage.SUPERVISOR


def record_call(router: RouterView, ctx: CallContext, request: InferenceRequest, trace: Trace, *,
                result: InferenceResult | None = None, error: MapwrightError | None = None) -> None:
    """Append the one ledger event of a routed call (success or failure)."""
    detail: dict[str, Any] = {}
    if result is not None:
        detail.update(cached=result.cached, rules_fallback=result.rules_fallback,
                      latency_ms=round(result.latency_ms, 3))
    append_event(router, ctx, trace, action=f"provider.{request.task or 'infer'}",
                 inputs_hash=content_hash([m.model_dump() for m in request.messages]),
                 outputs_hash=sha256_hex(result.text) if result is not None else None,
                 provider=result.provider if result else None, model=result.model if result else None,
                 token_actual=(result.tokens_in + result.tokens_out) if result and not result.cached else 0,
                 usd_actual=result.usd_actual if result else 0.0, detail=detail, error=error)


def append_event(router: RouterView, ctx: CallContext, trace: Trace, *, action: str, inputs_hash: str,
                 outputs_hash: str | None, provider: str | None, model: str | None, token_actual: int,
                 usd_actual: float, detail: dict[str, Any], error: MapwrightError | None) -> None:
    """Append one provider ledger event with the audit fields of ``trace`` (provider/model default
    to the last candidate of the chain when the call failed)."""
    trace.recorded = True
    if router.ledger is None:
        return
    last = trace.chain[-1] if trace.chain else None
    last_provider, _, last_model = (last or ":").partition(":")
    full: dict[str, Any] = {"lane": ctx.lane.value, "profile": ctx.routing_profile.value,
                            "skipped": trace.skipped, "pii_findings": trace.pii_findings, **detail}
    if error is not None:
        full.update(error.to_dict())
    router.ledger.append(LedgerEvent(
        run_id=ctx.run_id, stage=_stage(ctx.stage),
        decision=Decision.ACCEPT if error is None else (Decision.RETRY if error.transient else Decision.REJECT),
        action=action, inputs_hash=inputs_hash, outputs_hash=outputs_hash,
        provider=provider or last_provider or None, model=model or last_model or None,
        params_hash=trace.params_hash or None, token_estimate=trace.token_estimate, token_actual=token_actual,
        usd_estimate=trace.usd_estimate, usd_actual=usd_actual,
        retries=trace.retries, fallback_chain=list(trace.chain), pii_mask_applied=trace.pii_mask_applied,
        local_only_override=trace.local_only_override, policy_version=trace.policy_version or router.policy.version,
        contract_hash=ctx.contract_hash, error_code=str(error.code) if error else None, detail=full,
    ))
