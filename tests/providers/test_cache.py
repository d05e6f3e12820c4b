"""Cache backends (memory, Redis) and the router's cache behaviour (§19, §36)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from adapters.cache import MemoryCache, RedisCache, make_cache
from adapters.llm.fake_wire_server import FakeWireServer
from core.contract import CacheScope, Lane, Mode, PiiPolicy
from core.errors import DeterministicFailure
from core.providers import CacheKeyParts, InferenceRequest, Message

from .helpers import RouterFactory, make_ctx


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def redis_cache() -> Iterator[RedisCache]:
    cache = RedisCache("redis://127.0.0.1:6379/0", prefix=f"mwtest:{uuid.uuid4().hex[:12]}:")
    yield cache
    cache.clear_prefix()


def test_memory_ttl_size_cap_and_scope() -> None:
    clock = Clock()
    c = MemoryCache(clock=clock, max_entry_bytes=100)
    assert c.set("a", b"1", ttl_s=10, scope="s1") and c.set("b", b"2", ttl_s=100, scope="s1")
    assert not c.set("big", b"x" * 101, ttl_s=10)
    assert c.get("big") is None
    clock.t += 11
    assert c.get("a") is None and c.get("b") == b"2"
    c.set("c", b"3", ttl_s=100, scope="s2")
    assert c.invalidate_scope("s1") == 1 and c.get("b") is None and c.get("c") == b"3"


def test_memory_lfu_eviction_keeps_hot_entries() -> None:
    c = MemoryCache(max_entries=20)
    for i in range(20):
        c.set(f"k{i}", b"v", ttl_s=60)
    for _ in range(3):
        for i in range(10):
            assert c.get(f"k{i}") == b"v"  # k0..k9 are hot
    c.set("new", b"v", ttl_s=60)
    assert len(c) <= 20 and c.evictions >= 1
    assert all(c.get(f"k{i}") == b"v" for i in range(10))
    assert c.get("new") == b"v"


@pytest.mark.redis
def test_redis_backend_ttl_scope_and_cap(redis_cache: RedisCache) -> None:
    c = redis_cache
    assert c.ping()
    assert c.set("a", b"1", ttl_s=60, scope="s1") and c.set("b", b"2", ttl_s=0.05, scope="s1")
    assert c.get("a") == b"1"
    assert not c.set("huge", b"x" * (2 * 1024 * 1024 + 1), ttl_s=60)
    ttl_ms = c.client.pttl(c.prefix + "a")
    assert 0 < ttl_ms <= 60_000
    import time

    time.sleep(0.1)
    assert c.get("b") is None
    c.set("c", b"3", ttl_s=60, scope="s2")
    assert c.invalidate_scope("s1") == 1 and c.get("a") is None and c.get("c") == b"3"
    assert isinstance(make_cache("redis://127.0.0.1:6379/0"), RedisCache) and isinstance(make_cache(None), MemoryCache)


def _parts(**kw: Any) -> CacheKeyParts:
    base: dict[str, Any] = {"provider": "openai", "model": "m", "params_hash": "p", "system_prompt_hash": "s",
                            "user_prompt_hash": "u", "lane": "interactive", "mode": "metadata_only",
                            "pii_flag": "mask=1;override=0", "scope": "sc", "artifact_hashes": {"catalog": "h1"},
                            "policy_version": "1.0.0", "locale": "en"}
    base.update(kw)
    return CacheKeyParts(**base)


@pytest.mark.parametrize("change", [
    {"provider": "anthropic"}, {"model": "m2"}, {"params_hash": "p2"}, {"system_prompt_hash": "s2"},
    {"user_prompt_hash": "u2"}, {"lane": "batch"}, {"mode": "data_mode"}, {"pii_flag": "mask=0;override=0"},
    {"scope": "other"}, {"artifact_hashes": {"catalog": "h2"}}, {"policy_version": "1.0.1"}, {"locale": "de"},
])
def test_every_key_part_changes_the_key(change: dict[str, Any]) -> None:
    assert _parts().key() != _parts(**change).key()
    assert _parts().key() == _parts().key()


def _req(text: str = "cache me", fresh: bool = False) -> InferenceRequest:
    return InferenceRequest(messages=[Message(role="user", content=text)], fresh=fresh)


def _router_with(cache: Any, make_router: RouterFactory) -> Any:
    return make_router(cache=cache)


@pytest.mark.parametrize("backend", ["memory", pytest.param("redis", marks=pytest.mark.redis)])
def test_router_hits_cache_and_honours_fresh_and_invalidation(make_router: RouterFactory, server: FakeWireServer,
                                                              backend: str, request: pytest.FixtureRequest) -> None:
    cache = MemoryCache() if backend == "memory" else request.getfixturevalue("redis_cache")
    router = _router_with(cache, make_router)
    ctx = make_ctx(cache_scope=CacheScope(run="R1"))
    first = router.infer(_req(), ctx=ctx)
    second = router.infer(_req(), ctx=ctx)
    assert not first.cached and second.cached and second.text == first.text
    assert len(server.requests()) == 1
    assert router.infer(_req(fresh=True), ctx=ctx).cached is False and len(server.requests()) == 2
    # changes of mode / PII toggle / artifacts / lane make new keys
    for changed in (ctx.model_copy(update={"mode": Mode.DATA_MODE}),
                    ctx.model_copy(update={"pii_policy": PiiPolicy(mask_before_send=False)}),
                    ctx.model_copy(update={"artifact_hashes": {"catalog": "v2"}}),
                    ctx.model_copy(update={"lane": Lane.BATCH})):
        assert router.infer(_req(), ctx=changed).cached is False
    assert len(server.requests()) == 6
    assert cache.invalidate_scope(ctx.scope()) >= 1
    assert router.infer(_req(), ctx=ctx).cached is False and len(server.requests()) == 7


def test_pii_heavy_prompts_are_not_cached(make_router: RouterFactory, server: FakeWireServer) -> None:
    router = make_router()
    heavy = "a@b.org c@d.org e@f.org 219-09-9999"
    router.infer(_req(heavy), ctx=make_ctx())
    router.infer(_req(heavy), ctx=make_ctx())
    assert len(server.requests()) == 2


def test_negative_cache_for_deterministic_failures(make_router: RouterFactory, server: FakeWireServer) -> None:
    router = make_router()
    ctx = make_ctx()
    server.plan("openai", "context_length")
    with pytest.raises(DeterministicFailure):
        router.infer(_req("too long"), ctx=ctx)
    with pytest.raises(DeterministicFailure) as ei:
        router.infer(_req("too long"), ctx=ctx)
    assert ei.value.details.get("cached") is True and len(server.requests()) == 1
    router.config.negative_ttl_s = 0.0  # bounded TTL: 0 disables negative entries
    assert router.infer(_req("too long", fresh=True), ctx=ctx).text == "pong"
