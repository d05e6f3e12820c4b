"""Routed embeddings (§15, §19): the same guarantees as inference, for ``Router.embed``.

Per candidate embedding model the router:

1. scans every text for PII and masks it (each text on its own, so a text's vector never depends
   on the rest of the batch) unless the policy-gated local-only override applies to a local
   provider, then confirms no PII remains — for every provider, the offline one included, so
   the text embedded is the same whichever model answers;
2. reads the per-text cache (§19 key: provider, model, params hash, text hash, lane, mode, PII
   flag, scope, artifact hashes, policy version, locale); texts with ``pii_heavy_findings`` or
   more findings, and texts whose PII stays unmasked (local-only override), are never cached
   (read or written); ``fresh`` bypasses reads;
3. estimates tokens of the texts still to embed (``token_estimate``) and prices them with the
   registry's ``usd_per_1k_input``; checks the stage budget *before* sending (early exit);
4. asks the policy engine (``Action.EXTERNAL_CALL``) for every provider but the in-process one;
5. sends the misses in one batch with retries by error class within the lane deadline, checks
   count and dimension, L2-normalizes, charges actual usage and fills the cache.

Fallback rule: after the requested model come only embedding models of the *same* ``dims``
(other healthy, configured providers first by routing profile, then the offline embedder if
``offline_fallback``). Vectors of another dimension could not live in the same index, so when
no same-dimension model is left the call fails with the primary's taxonomy error and
``details["fallback"]`` says why. Same-dimension models are still different vector spaces: the
result names the model that answered, and stores must key vectors by it.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np

from core.errors import (
    DeterministicFailure,
    MapwrightError,
    PolicyBlock,
    ProviderUnhealthy,
    Timeout,
    TransientError,
)
from core.failures import EmbeddingDimensionMismatch, MalformedResponse
from core.hashing import content_hash, sha256_hex
from core.policy.models import Action, PolicyRequest
from core.providers.attempt import append_event
from core.providers.budgets import BudgetExceeded
from core.providers.cache import CacheKeyParts
from core.providers.context import CallContext
from core.providers.models import EmbeddingCall, EmbeddingResult, Message
from core.providers.registry import ModelSpec
from core.providers.retry import call_with_retries
from core.providers.router_view import RouterView
from core.providers.routing import OFFLINE_KIND, order_models
from core.providers.trace import Trace

EMBED_ACTION = "provider.embed"
_EMPTY_HASH = sha256_hex("")


def l2_normalize(vectors: list[list[float]]) -> list[list[float]]:
    """Unit-length rows (a zero row stays zero)."""
    if not vectors:
        return []
    m = np.asarray(vectors, dtype=np.float64)
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    out: list[list[float]] = np.divide(m, norms, out=np.zeros_like(m), where=norms > 0).tolist()
    return out


def embedding_candidates(router: RouterView, ctx: CallContext, model: str | None,
                         trace: Trace) -> list[ModelSpec]:
    """The requested model (id or ``provider:id``; default: the first registry embedding model)
    followed by its same-dimension fallbacks (see module doc)."""
    reg = router.registry
    pool = [m for m in reg.embedding_models() if m.provider in router.providers]
    match = [m for m in pool if model is None or model in (m.id, m.tag)]
    if not match:
        raise DeterministicFailure(f"no embedding model {model!r} in the registry", run_id=ctx.run_id,
                                   stage=ctx.stage)
    primary = match[0]

    def offline(m: ModelSpec) -> bool:
        return reg.providers[m.provider].kind == OFFLINE_KIND

    same = [m for m in pool if m is not primary and m.dims is not None and m.dims == primary.dims]
    for m in pool:
        if m is not primary and offline(m) and m not in same:
            trace.skip(m.tag, f"dimension {m.dims} != {primary.dims}: not a compatible fallback")
    if router.config.rules_only and not offline(primary):
        chain = [m for m in same if offline(m)]
        if not chain:
            raise DeterministicFailure(
                f"rules_only is on and no offline embedder has the dimension of {primary.tag} ({primary.dims})",
                run_id=ctx.run_id, stage=ctx.stage, model=primary.tag)
        return chain
    remote = [m for m in same if not offline(m) and reg.providers[m.provider].configured()]
    local = {m.provider for m in remote if router.is_local(m.provider)}
    tail = [m for m in same if offline(m)] if router.config.offline_fallback else []
    return [primary, *order_models(remote, ctx.routing_profile, local), *tail]


class EmbedAttempt:
    """Embed a batch with one candidate model."""

    def __init__(self, router: RouterView, spec: ModelSpec, texts: list[str], ctx: CallContext, *, fresh: bool,
                 deadline: float, trace: Trace) -> None:
        self.r, self.spec, self.texts, self.ctx = router, spec, texts, ctx
        self.pspec = router.registry.providers[spec.provider]
        self.provider = router.providers[spec.provider]
        self.offline = self.pspec.kind == OFFLINE_KIND
        self.fresh, self.deadline, self.trace = fresh, deadline, trace
        self.masking = True

    def _gate(self) -> tuple[list[str], list[int]]:
        r, ctx, t = self.r, self.ctx, self.trace
        local = r.is_local(self.spec.provider)  # offline, or policy-local *and* on a loopback endpoint
        override = ctx.pii_policy.local_only_override and local
        mask = ctx.pii_policy.mask_before_send and not override
        self.masking = mask
        masked: list[str] = []
        findings: list[int] = []
        applied = False
        for text in self.texts:
            out = r.pii.apply([Message(role="user", content=text)], None, mask=mask)
            masked.append(out.messages[0].content)
            findings.append(out.findings)
            applied = applied or out.masked
        if applied and not r.pii.confirm_masked([Message(role="user", content=m) for m in masked]):
            raise PolicyBlock("PII masking could not be confirmed", run_id=ctx.run_id, stage=ctx.stage,
                              provider=self.spec.provider)
        t.pii_findings, t.pii_mask_applied, t.local_only_override = sum(findings), applied, override
        return masked, findings

    def _key(self, text_hash: str, system: str = _EMPTY_HASH) -> str:
        ctx = self.ctx
        return CacheKeyParts(
            kind="embed", provider=self.spec.provider, model=self.spec.id, params_hash=self.trace.params_hash,
            system_prompt_hash=system, user_prompt_hash=text_hash, lane=ctx.lane.value, mode=ctx.mode.value,
            pii_flag=ctx.pii_flag(), scope=ctx.scope(), artifact_hashes=ctx.artifact_hashes,
            policy_version=self.r.policy.version, locale=ctx.locale,
        ).key(self.r.config.cache_namespace)

    def _policy(self, masked: list[str], findings: int, *, usd: float) -> None:
        if self.offline:
            return
        r, ctx, spec, t = self.r, self.ctx, self.spec, self.trace
        spent = r.budgets.spent(ctx.run_id, ctx.stage)
        decision = r.policy.evaluate(PolicyRequest(
            action=Action.EXTERNAL_CALL, run_id=ctx.run_id, mode=ctx.mode, role=ctx.role,
            provider=spec.provider, model=spec.id, endpoint_host=self.pspec.endpoint_host(),
            pii_detected=findings > 0, pii_masked=t.pii_mask_applied, local_only_override=t.local_only_override,
            contract_allowlist=ctx.provider_allowlist, contract_denylist=ctx.provider_denylist,
            usd_estimate=usd, usd_spent_stage=spent.usd, usd_cap_stage=ctx.budget.usd if ctx.budget else None,
            prompt_hash=sha256_hex("\n".join(masked)),
        ))
        t.policy_version = decision.policy_version
        if not decision.allowed:
            raise PolicyBlock(f"external call to {spec.tag} refused: " + "; ".join(decision.reasons),
                              run_id=ctx.run_id, stage=ctx.stage, rules=decision.rules)

    def _check(self, vectors: list[list[float]], n: int, dim: int | None) -> int:
        if len(vectors) != n:
            raise MalformedResponse(self.spec.tag, f"returned {len(vectors)} vectors for {n} texts",
                                    provider=self.spec.provider, model=self.spec.id)
        dims = {len(v) for v in vectors} | ({dim} if dim else set())
        if len(dims) > 1:
            raise EmbeddingDimensionMismatch(self.spec.tag, sorted(dims), dim, provider=self.spec.provider,
                                             model=self.spec.id)
        return dims.pop() if dims else 0

    def run(self) -> EmbeddingResult:
        """Gate, cache, budget, policy, send, normalize; raise a taxonomy error on failure."""
        r, ctx, spec, t = self.r, self.ctx, self.spec, self.trace
        masked, findings = self._gate()
        t.params_hash = content_hash({"kind": "embed", "wire_model": spec.wire_model, "dims": spec.dims,
                                      "normalize": "l2"})
        cacheable = [r.cache is not None and f < r.config.pii_heavy_findings and (self.masking or not f)
                     for f in findings]  # unmasked PII (override) is never cached
        keys = [self._key(sha256_hex(m)) for m in masked]
        out: list[list[float] | None] = [None] * len(masked)
        if r.cache is not None and not self.fresh:
            for i, key in enumerate(keys):
                raw = r.cache.get(key) if cacheable[i] else None
                if raw is not None:
                    out[i] = json.loads(raw)["vector"]
        misses = [i for i, v in enumerate(out) if v is None]
        texts = [masked[i] for i in misses]
        tok_est = sum(self.provider.token_estimate(x, model=spec.id) for x in texts)
        t.token_estimate, t.usd_estimate = (0 if self.offline else tok_est), spec.usd(tok_est, 0)
        if texts and not self.offline:
            r.budgets.check(ctx.run_id, ctx.stage, ctx.budget, tokens=tok_est, usd=t.usd_estimate,
                            provider=spec.provider, model=spec.id)
        self._policy(masked, sum(findings), usd=t.usd_estimate if texts else 0.0)
        hits = [v for v in out if v is not None]
        dim = self._check(hits, len(hits), spec.dims)
        tokens = 0
        if texts:
            tokens, dim = self._send(texts, misses, keys, cacheable, out, dim or spec.dims)
        vectors = [v for v in out if v is not None]
        usd = spec.usd(tokens, 0)
        return EmbeddingResult(
            provider=spec.provider, model=spec.id, dim=dim or spec.dims or 0, vectors=vectors,
            cached=bool(masked) and not texts, cache_hits=len(masked) - len(texts), tokens_in=tokens,
            token_estimate=t.token_estimate, usd_estimate=t.usd_estimate, usd_actual=usd, retries=t.retries,
            fallback_chain=list(t.chain), pii_mask_applied=t.pii_mask_applied,
            local_only_override=t.local_only_override, params_hash=t.params_hash,
            latency_ms=(r.clock() - t.started) * 1000)

    def _send(self, texts: list[str], misses: list[int], keys: list[str], cacheable: list[bool],
              out: list[list[float] | None], dim: int | None) -> tuple[int, int]:
        r, ctx, spec = self.r, self.ctx, self.spec
        neg_key = self._key(content_hash(texts), system=sha256_hex("batch")) if all(
            cacheable[i] for i in misses) else None
        if neg_key is not None and not self.fresh and r.cache is not None:
            raw = r.cache.get(neg_key)
            if raw is not None:
                raise DeterministicFailure(json.loads(raw)["message"], run_id=ctx.run_id, stage=ctx.stage,
                                           cached=True, provider=spec.provider, model=spec.id)

        def send(timeout: float) -> tuple[list[list[float]], int]:
            resp = self.provider.embed_call(EmbeddingCall(provider=spec.provider, model=spec.id, texts=texts,
                                                          timeout_s=timeout))
            return resp.vectors, resp.tokens_in

        try:
            vectors, tokens = call_with_retries(r, spec.provider, self.pspec.timeout_s, ctx, self.deadline,
                                                self.trace, send)
            got = self._check(vectors, len(texts), dim)
        except DeterministicFailure as exc:
            if neg_key is not None and r.cache is not None:
                neg = json.dumps({"kind": "neg", "code": str(exc.code), "message": exc.message})
                r.cache.set(neg_key, neg.encode(), ttl_s=r.config.negative_ttl_s, scope=ctx.scope())
            raise
        r.budgets.charge(ctx.run_id, ctx.stage, tokens=tokens, usd=spec.usd(tokens, 0))
        ttl = r.config.lane_ttl_s[ctx.lane.value]
        for i, vec in zip(misses, l2_normalize(vectors), strict=True):
            out[i] = vec
            if cacheable[i] and r.cache is not None:
                body = json.dumps({"kind": "ok", "vector": vec}).encode()
                if len(body) <= r.config.max_entry_bytes:
                    r.cache.set(keys[i], body, ttl_s=ttl, scope=ctx.scope())
        return tokens, got


def route_embed(router: RouterView, texts: list[str], ctx: CallContext, *, model: str | None,
                fresh: bool) -> EmbeddingResult:
    """Embed ``texts`` over the candidates of ``model``; one ledger event per call (success or not)."""
    trace = Trace(started=router.clock())
    deadline = trace.started + router.config.lane_deadline_s[ctx.lane.value]
    inputs_hash = content_hash(texts)
    last: MapwrightError | None = None
    try:
        for spec in embedding_candidates(router, ctx, model, trace):
            pspec = router.registry.providers[spec.provider]
            if pspec.kind != OFFLINE_KIND:
                if not pspec.configured():
                    trace.skip(spec.tag, "provider not configured (disabled or API key unset)")
                    last = last or DeterministicFailure(f"{spec.provider} is not configured", run_id=ctx.run_id,
                                                        stage=ctx.stage, provider=spec.provider)
                    continue
                block = router.refusal(spec, ctx)
                if block is not None:  # refused outright: never probed, never called
                    trace.skip(spec.tag, str(block))
                    last = last or block
                    continue
                if not router.health.is_healthy(spec.provider):
                    trace.skip(spec.tag, "unhealthy")
                    last = ProviderUnhealthy(f"{spec.provider} is unhealthy", run_id=ctx.run_id, stage=ctx.stage,
                                             provider=spec.provider)
                    continue
                if router.clock() >= deadline:
                    trace.skip(spec.tag, "lane deadline passed")
                    last = Timeout(f"lane {ctx.lane.value} deadline passed", run_id=ctx.run_id, stage=ctx.stage)
                    continue
            trace.chain.append(spec.tag)
            try:
                result = EmbedAttempt(router, spec, texts, ctx, fresh=fresh, deadline=deadline, trace=trace).run()
            except (PolicyBlock, BudgetExceeded, TransientError) as exc:
                trace.skip(spec.tag, str(exc))
                last = exc
                continue
            detail: dict[str, Any] = {"cached": result.cached, "cache_hits": result.cache_hits, "texts": len(texts),
                                      "dim": result.dim, "latency_ms": round(result.latency_ms, 3)}
            append_event(router, ctx, trace, action=EMBED_ACTION, inputs_hash=inputs_hash,
                         outputs_hash=content_hash(result.vectors), provider=result.provider, model=result.model,
                         token_actual=result.tokens_in, usd_actual=result.usd_actual, detail=detail, error=None)
            return result
        if last is None:
            last = PolicyBlock("no embedding candidate is available", run_id=ctx.run_id, stage=ctx.stage)
        incompatible = "; ".join(f"{k}: {v}" for k, v in trace.skipped.items() if "compatible fallback" in v)
        last.details.setdefault("fallback", f"exhausted after {' -> '.join(trace.chain) or 'no attempt'}"
                                + (f"; {incompatible}" if incompatible else ""))
        raise last
    except MapwrightError as exc:
        if not trace.recorded:
            append_event(router, ctx, trace, action=EMBED_ACTION, inputs_hash=inputs_hash, outputs_hash=None,
                         provider=None, model=None, token_actual=0, usd_actual=0.0, detail={"texts": len(texts)},
                         error=exc)
        raise
