"""The cache is best-effort (a Redis outage is a miss, never an error) and never holds answers to
prompts that carried unmasked PII (local-only override)."""

from __future__ import annotations

import logging
import uuid

import pytest
import redis

from adapters.cache import MemoryCache, RedisCache, make_cache
from adapters.llm.fake_wire_server import FakeWireServer
from core.contract import CacheScope, Lane, PiiPolicy, Role
from core.providers import (
    CandidateDomain,
    ClassifyColumnRequest,
    ColumnEvidence,
    InferenceRequest,
    Message,
)

from .helpers import RouterFactory, make_ctx

DEAD = "redis://127.0.0.1:6390/0"  # nothing listens there
EMAIL = "jane.doe@example.org"
LOGGER = "adapters.cache.redis_cache"


def _req(text: str, pin: str | None = None) -> InferenceRequest:
    return InferenceRequest(messages=[Message(role="user", content=text)], pin=pin)


def _warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == LOGGER and r.levelno == logging.WARNING]


def test_redis_outage_is_a_miss_not_an_error(make_router: RouterFactory, server: FakeWireServer,
                                             caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    cache = make_cache(DEAD, prefix=f"mwtest:{uuid.uuid4().hex[:12]}:")
    router = make_router(cache=cache)
    ctx = make_ctx(cache_scope=CacheScope(run="R-outage"))
    first = router.infer(_req("cache me"), ctx=ctx)
    second = router.infer(_req("cache me"), ctx=ctx)
    assert first.text == second.text == "pong" and not second.cached
    assert len(server.requests()) == 2  # every call answered by the provider
    assert cache.invalidate_scope(ctx.scope()) == 0
    assert len(_warnings(caplog)) == 1  # one warning per outage, not one per operation


@pytest.mark.redis
def test_redis_cache_recovers_after_outage(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    cache = RedisCache(DEAD, prefix=f"mwtest:{uuid.uuid4().hex[:12]}:", retry_after_s=0.0)
    try:
        assert cache.get("a") is None and cache.set("a", b"1", ttl_s=60, scope="s") is False
        cache.delete("a")
        assert cache.invalidate_scope("s") == 0 and cache.ping() is False
        assert len(_warnings(caplog)) == 1
        cache.client = redis.Redis.from_url("redis://127.0.0.1:6379/0")  # the server is back
        assert cache.set("a", b"1", ttl_s=60, scope="s") is True and cache.get("a") == b"1"
        assert any("recovered" in r.getMessage() for r in caplog.records if r.name == LOGGER)
        assert cache.invalidate_scope("s") == 1 and cache.get("a") is None
    finally:
        cache.clear_prefix()


def test_redis_outage_window_skips_the_server(caplog: pytest.LogCaptureFixture) -> None:
    """Within the outage window the cache does not wait on the server again (misses are instant)."""
    cache = RedisCache(DEAD, retry_after_s=60.0)
    assert cache.get("k") is None
    calls: list[str] = []

    class Counting:
        def __getattr__(self, name: str) -> object:
            calls.append(name)
            raise AssertionError("the server must not be contacted during the outage window")

    cache.client = Counting()
    assert cache.get("k") is None and cache.set("k", b"v", ttl_s=1) is False and cache.invalidate_scope("s") == 0
    assert calls == []


OVERRIDE = PiiPolicy(mask_before_send=True, local_only_override=True)


def test_override_unmasked_pii_answers_are_never_cached(make_router: RouterFactory, server: FakeWireServer) -> None:
    cache = MemoryCache()
    router = make_router(cache=cache, providers=["ollama"])
    ctx = make_ctx(role=Role.MAINTAINER, pii_policy=OVERRIDE, lane=Lane.BATCH)
    prompt = _req(f"who is {EMAIL}?", pin="ollama:llama-test")  # 1 finding: below the PII-heavy threshold
    for _ in range(2):
        res = router.infer(prompt, ctx=ctx)
        assert res.local_only_override and not res.cached
    assert len(server.requests("ollama")) == 2 and len(cache) == 0
    # masked PII is still cached (the masked prompt and answer hold no PII)
    masked_ctx = make_ctx(role=Role.MAINTAINER, lane=Lane.BATCH)
    router.infer(prompt, ctx=masked_ctx)
    assert router.infer(prompt, ctx=masked_ctx).cached and len(cache) == 1


def test_override_unmasked_pii_embeddings_and_rules_are_never_cached(make_router: RouterFactory,
                                                                      server: FakeWireServer) -> None:
    cache = MemoryCache()
    router = make_router(cache=cache, providers=["ollama"])
    ctx = make_ctx(role=Role.MAINTAINER, pii_policy=OVERRIDE)
    for _ in range(2):
        res = router.embed([f"mail {EMAIL}", "order total"], ctx=ctx, model="ollama:nomic")
        assert res.local_only_override
    sent = [r.body["input"] for r in server.embed_requests("ollama")]
    assert sent == [[f"mail {EMAIL}", "order total"], [f"mail {EMAIL}"]]  # only the PII-free text was cached
    assert len(cache) == 1
    task = ClassifyColumnRequest(column_name="contact", evidence=ColumnEvidence(value_sketches=[EMAIL]),
                                 candidates=[CandidateDomain(domain_id="contact.email", aliases=["email"], score=0.9)])
    for _ in range(2):  # the in-process rules see the raw values too: not cached either
        _, r = router.run_task_result("classify_column", task, ctx=ctx, pin="offline:rules-v1")
        assert r.provider == "offline" and not r.cached
    assert len(cache) == 1
