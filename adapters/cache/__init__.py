"""Cache backends for the provider layer: in-process (default) and Redis."""

from __future__ import annotations

from adapters.cache.memory import MemoryCache
from adapters.cache.redis_cache import RedisCache
from core.errors import DeterministicFailure
from core.providers.cache import CachePort


def make_cache(url: str | None = None, *, prefix: str = "mapwright:") -> CachePort:
    """``None``/``memory://`` -> :class:`MemoryCache`; ``redis://...`` -> :class:`RedisCache`."""
    if url is None or url.startswith("memory:"):
        return MemoryCache()
    if url.startswith(("redis://", "rediss://", "unix://")):
        return RedisCache(url, prefix=prefix)
    raise DeterministicFailure(f"unsupported cache url {url!r} (use None, memory:// or redis://)")


__all__ = ["MemoryCache", "RedisCache", "make_cache"]
