"""Keyed tokens: equality of masked values within one run, and nothing else (issue 11).

The run key is ``HMAC-SHA256(secret, "mapwright-mask-v1:" + run_id)``. The secret comes from the
environment variable ``MAPWRIGHT_MASK_SECRET`` (a deployment secret, like a database password);
when it is unset, a random secret is drawn once per process. The secret and the run key are never
written anywhere: only tokens are. A token is the first :data:`TOKEN_HEX` hex digits of
``HMAC-SHA256(run_key, text)``: the same value gives the same token within a run (so distinct counts,
duplicates and joins survive masking), different runs give unrelated tokens, and without the secret a
token cannot be reversed by trying candidate values (a PIN or a birth date has few candidates).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import threading

SECRET_ENV = "MAPWRIGHT_MASK_SECRET"
TOKEN_HEX = 12
_LOCK = threading.Lock()
_PROCESS_SECRET: bytes | None = None


def _secret() -> bytes:
    global _PROCESS_SECRET
    env = os.environ.get(SECRET_ENV)
    if env:
        return env.encode("utf-8")
    with _LOCK:
        if _PROCESS_SECRET is None:
            _PROCESS_SECRET = secrets.token_bytes(32)
        return _PROCESS_SECRET


def run_key(run_id: str | None) -> bytes:
    """The masking key of one run (derived, never stored)."""
    return hmac.new(_secret(), f"mapwright-mask-v1:{run_id or ''}".encode(), hashlib.sha256).digest()


def token(key: bytes, text: str) -> str:
    """The keyed token of ``text`` under ``key``."""
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()[:TOKEN_HEX]
