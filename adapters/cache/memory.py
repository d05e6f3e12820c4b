"""In-process cache: bounded entry count and bytes, per-entry TTL, LFU eviction (§36).

Eviction drops the least-frequently-used entry (ties: least recently used) once ``max_entries``
or ``max_bytes`` is exceeded; expired entries are dropped lazily on read and during eviction.
Entries larger than ``max_entry_bytes`` (2 MB) are refused. Thread-safe.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from core.providers.cache import MAX_ENTRY_BYTES


@dataclass
class _Entry:
    value: bytes
    expires: float
    hits: int
    tick: int
    scope: str | None


class MemoryCache:
    """Bounded TTL LFU cache implementing ``core.providers.cache.CachePort``."""

    def __init__(self, *, max_entries: int = 10_000, max_bytes: int = 256 * 1024 * 1024,
                 max_entry_bytes: int = MAX_ENTRY_BYTES, clock: Callable[[], float] = time.monotonic) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.max_entry_bytes = max_entry_bytes
        self._clock = clock
        self._data: dict[str, _Entry] = {}
        self._scopes: dict[str, set[str]] = {}
        self._bytes = 0
        self._tick = itertools.count()
        self._lock = threading.Lock()
        self.evictions = 0

    def __len__(self) -> int:
        return len(self._data)

    def _drop(self, key: str) -> None:
        e = self._data.pop(key, None)
        if e is None:
            return
        self._bytes -= len(e.value)
        if e.scope is not None:
            keys = self._scopes.get(e.scope)
            if keys is not None:
                keys.discard(key)
                if not keys:
                    del self._scopes[e.scope]

    def get(self, key: str) -> bytes | None:
        """Value, or None when missing or expired; counts a use."""
        with self._lock:
            e = self._data.get(key)
            if e is None:
                return None
            if e.expires <= self._clock():
                self._drop(key)
                return None
            e.hits += 1
            e.tick = next(self._tick)
            return e.value

    def set(self, key: str, value: bytes, *, ttl_s: float, scope: str | None = None) -> bool:
        """Store ``value`` for ``ttl_s``; refuse entries over the size cap."""
        if len(value) > self.max_entry_bytes or ttl_s <= 0:
            return False
        with self._lock:
            self._drop(key)
            self._data[key] = _Entry(value, self._clock() + ttl_s, 0, next(self._tick), scope)
            self._bytes += len(value)
            if scope is not None:
                self._scopes.setdefault(scope, set()).add(key)
            self._evict(protect=key)
        return True

    def _evict(self, protect: str) -> None:
        if len(self._data) <= self.max_entries and self._bytes <= self.max_bytes:
            return
        now = self._clock()
        for k in [k for k, e in self._data.items() if e.expires <= now and k != protect]:
            self._drop(k)
        if len(self._data) <= self.max_entries and self._bytes <= self.max_bytes:
            return
        # evict down to 95% so a full cache does not pay a scan on every set
        target_n, target_b = int(self.max_entries * 0.95), int(self.max_bytes * 0.95)
        order = heapq.nsmallest(len(self._data), ((e.hits, e.tick, k) for k, e in self._data.items() if k != protect))
        for _, _, k in order:
            if len(self._data) <= target_n and self._bytes <= target_b:
                break
            self._drop(k)
            self.evictions += 1

    def delete(self, key: str) -> None:
        """Drop one key."""
        with self._lock:
            self._drop(key)

    def invalidate_scope(self, scope: str) -> int:
        """Drop every entry stored under ``scope``."""
        with self._lock:
            keys = list(self._scopes.get(scope, ()))
            for k in keys:
                self._drop(k)
            return len(keys)

    def clear(self) -> None:
        """Drop everything."""
        with self._lock:
            self._data.clear()
            self._scopes.clear()
            self._bytes = 0
