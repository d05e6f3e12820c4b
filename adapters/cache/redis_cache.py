"""Redis cache backend (§19 "Redis TTL for hot entries").

Values are stored with ``SET key value PX ttl``; each scope keeps a set of its keys
(``<prefix>scope:<scope>``) so :meth:`invalidate_scope` drops them in one pipeline. Entries over
2 MB are refused. LFU eviction under memory pressure is the Redis server's
``maxmemory-policy allkeys-lfu`` (operations setting, see the README), TTLs are per entry.

The cache is best-effort: a Redis failure (:class:`redis.RedisError` — connection refused, timeout,
...) never reaches the caller. ``get`` answers a miss, ``set`` skips the write (returns False),
``delete``/``invalidate_scope`` do nothing (0). The first failure logs one warning and opens an
outage window of ``retry_after_s`` during which the server is not contacted at all (every
operation is an instant miss); the first operation after the window tries again, and a success
logs the recovery. Note that an invalidation lost in an outage is not replayed: stale entries
then live until their TTL (keys already change with every input that matters, §19).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

import redis

from core.providers.cache import MAX_ENTRY_BYTES

SCOPE_TTL_S = 8 * 24 * 3600
RETRY_AFTER_S = 5.0
log = logging.getLogger(__name__)
T = TypeVar("T")


class RedisCache:
    """``CachePort`` over a Redis server; every key gets ``prefix``."""

    def __init__(self, url: str = "redis://127.0.0.1:6379/0", *, prefix: str = "mapwright:",
                 max_entry_bytes: int = MAX_ENTRY_BYTES, client: Any = None,
                 retry_after_s: float = RETRY_AFTER_S, clock: Callable[[], float] = time.monotonic) -> None:
        self.client = client or redis.Redis.from_url(url, socket_timeout=2.0, socket_connect_timeout=2.0)
        self.prefix = prefix
        self.max_entry_bytes = max_entry_bytes
        self.retry_after_s = retry_after_s
        self._clock = clock
        self._down_since: float | None = None  # start of the current outage (None: healthy)
        self._retry_at = 0.0
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        """False while an outage window is open."""
        return self._down_since is None

    def _guard(self, op: str, fn: Callable[[], T], miss: T) -> T:
        """Run ``fn`` against Redis; on a Redis failure (or inside an outage window) answer ``miss``."""
        with self._lock:
            if self._down_since is not None and self._clock() < self._retry_at:
                return miss
        try:
            out = fn()
        except redis.RedisError as exc:
            with self._lock:
                first = self._down_since is None
                now = self._clock()
                if first:
                    self._down_since = now
                self._retry_at = now + self.retry_after_s
            if first:
                log.warning("redis cache unavailable (%s on %s: %s); continuing without cache, retrying every %.1fs",
                            type(exc).__name__, op, exc, self.retry_after_s)
            return miss
        with self._lock:
            down_since, self._down_since = self._down_since, None
        if down_since is not None:
            log.info("redis cache recovered after %.1fs", self._clock() - down_since)
        return out

    def _k(self, key: str) -> str:
        return self.prefix + key

    def _scope_key(self, scope: str) -> str:
        return f"{self.prefix}scope:{scope}"

    def get(self, key: str) -> bytes | None:
        """Value or None (also None when Redis is unavailable)."""
        v = self._guard("get", lambda: self.client.get(self._k(key)), None)
        if v is None:
            return None
        return v.encode() if isinstance(v, str) else bytes(v)

    def set(self, key: str, value: bytes, *, ttl_s: float, scope: str | None = None) -> bool:
        """Store with a millisecond TTL; False for entries over the size cap or when Redis is unavailable."""
        if len(value) > self.max_entry_bytes or ttl_s <= 0:
            return False

        def write() -> bool:
            pipe = self.client.pipeline(transaction=False)
            pipe.set(self._k(key), value, px=max(1, int(ttl_s * 1000)))
            if scope is not None:
                sk = self._scope_key(scope)
                pipe.sadd(sk, key)
                pipe.expire(sk, max(SCOPE_TTL_S, int(ttl_s) + 60))
            pipe.execute()
            return True

        return self._guard("set", write, False)

    def delete(self, key: str) -> None:
        """Drop one key (nothing when Redis is unavailable)."""
        self._guard("delete", lambda: self.client.delete(self._k(key)), 0)

    def invalidate_scope(self, scope: str) -> int:
        """Drop every key recorded under ``scope``; returns how many existed (0 when Redis is unavailable)."""
        def drop() -> int:
            sk = self._scope_key(scope)
            keys = [k.decode() if isinstance(k, bytes) else str(k) for k in self.client.smembers(sk)]
            if not keys:
                return 0
            removed = int(self.client.delete(*[self._k(k) for k in keys]))
            self.client.delete(sk)
            return removed

        return self._guard("invalidate_scope", drop, 0)

    def clear_prefix(self) -> int:
        """Drop every key under this cache's prefix (tests, maintenance)."""
        n = 0
        for k in self.client.scan_iter(match=self.prefix + "*", count=500):
            n += int(self.client.delete(k))
        return n

    def ping(self) -> bool:
        """True when the server answers (False on a Redis failure; does not touch the outage window)."""
        try:
            return bool(self.client.ping())
        except redis.RedisError:
            return False
