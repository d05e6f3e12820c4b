"""Redis cache backend (§19 "Redis TTL for hot entries").

Values are stored with ``SET key value PX ttl``; each scope keeps a set of its keys
(``<prefix>scope:<scope>``) so :meth:`invalidate_scope` drops them in one pipeline. Entries over
2 MB are refused. LFU eviction under memory pressure is the Redis server's
``maxmemory-policy allkeys-lfu`` (operations setting, see the README), TTLs are per entry.
"""

from __future__ import annotations

from typing import Any

from core.providers.cache import MAX_ENTRY_BYTES

SCOPE_TTL_S = 8 * 24 * 3600


class RedisCache:
    """``CachePort`` over a Redis server; every key gets ``prefix``."""

    def __init__(self, url: str = "redis://127.0.0.1:6379/0", *, prefix: str = "mapwright:",
                 max_entry_bytes: int = MAX_ENTRY_BYTES, client: Any = None) -> None:
        import redis

        self.client = client or redis.Redis.from_url(url, socket_timeout=2.0, socket_connect_timeout=2.0)
        self.prefix = prefix
        self.max_entry_bytes = max_entry_bytes

    def _k(self, key: str) -> str:
        return self.prefix + key

    def _scope_key(self, scope: str) -> str:
        return f"{self.prefix}scope:{scope}"

    def get(self, key: str) -> bytes | None:
        """Value or None."""
        v = self.client.get(self._k(key))
        if v is None:
            return None
        return v.encode() if isinstance(v, str) else bytes(v)

    def set(self, key: str, value: bytes, *, ttl_s: float, scope: str | None = None) -> bool:
        """Store with a millisecond TTL; refuse entries over the size cap."""
        if len(value) > self.max_entry_bytes or ttl_s <= 0:
            return False
        pipe = self.client.pipeline(transaction=False)
        pipe.set(self._k(key), value, px=max(1, int(ttl_s * 1000)))
        if scope is not None:
            sk = self._scope_key(scope)
            pipe.sadd(sk, key)
            pipe.expire(sk, max(SCOPE_TTL_S, int(ttl_s) + 60))
        pipe.execute()
        return True

    def delete(self, key: str) -> None:
        """Drop one key."""
        self.client.delete(self._k(key))

    def invalidate_scope(self, scope: str) -> int:
        """Drop every key recorded under ``scope``; returns how many existed."""
        sk = self._scope_key(scope)
        keys = [k.decode() if isinstance(k, bytes) else str(k) for k in self.client.smembers(sk)]
        if not keys:
            return 0
        removed = int(self.client.delete(*[self._k(k) for k in keys]))
        self.client.delete(sk)
        return removed

    def clear_prefix(self) -> int:
        """Drop every key under this cache's prefix (tests, maintenance)."""
        n = 0
        for k in self.client.scan_iter(match=self.prefix + "*", count=500):
            n += int(self.client.delete(k))
        return n

    def ping(self) -> bool:
        """True when the server answers."""
        return bool(self.client.ping())
