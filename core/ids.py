"""ULID helpers: run ids stable across retries, event ids monotonic."""

from __future__ import annotations

import hashlib

from ulid import ULID


def new_ulid() -> str:
    """A fresh ULID string (time-ordered)."""
    return str(ULID())


def deterministic_ulid(seed: str, timestamp_ms: int = 0) -> str:
    """A ULID derived from ``seed``: the same seed always yields the same id.

    Used for run ids so that re-submitting the same contract request (a retry, a sensor tick
    re-evaluated after a restart) lands on the same mapping run. ``timestamp_ms`` fixes the
    time part (e.g. the source file's mtime) so ids still sort by arrival.
    """
    rand = hashlib.sha256(seed.encode("utf-8")).digest()[:10]
    ts = max(0, int(timestamp_ms)) & ((1 << 48) - 1)
    return str(ULID.from_bytes(ts.to_bytes(6, "big") + rand))


def is_ulid(value: str) -> bool:
    """True when ``value`` parses as a ULID."""
    try:
        ULID.from_str(value)
    except (ValueError, TypeError):
        return False
    return True
