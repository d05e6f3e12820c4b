"""Keyed tokens: equality of masked values within one run, and nothing else (issue 11).

The run key is ``HMAC-SHA256(secret, "mapwright-mask-v1:" + run_id)``. The secret comes from the
environment variable ``MAPWRIGHT_MASK_SECRET`` (a deployment secret, like a database password);
when it is unset, from a random 32-byte key file created once under the state folder
(``keys/mask.key``, mode 0600), so the same run masks the same way in every process (artifact hashes
stay deterministic) while the secret never enters an artifact, the ledger or the metadata store.
A token is the first :data:`TOKEN_HEX` hex digits of
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

from core.paths import var_dir
from core.settings import get_settings

SECRET_ENV = "MAPWRIGHT_MASK_SECRET"
TOKEN_HEX = 12
_LOCK = threading.Lock()
_PROCESS_SECRET: bytes | None = None


def _secret() -> bytes:
    global _PROCESS_SECRET
    env = get_settings().mask_secret
    if env:
        return env.encode("utf-8")
    with _LOCK:
        if _PROCESS_SECRET is None:
            _PROCESS_SECRET = _key_file()
        return _PROCESS_SECRET


def _key_file() -> bytes:
    """The installation's masking secret (created on first use; never copied anywhere else)."""
    return key_file("mask.key")


def key_file(name: str) -> bytes:
    """A 32-byte installation secret kept in ``<state>/keys/<name>`` (mode 0600), created once, atomically."""
    path = var_dir() / "keys" / name
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.part")
        tmp.write_bytes(secrets.token_bytes(32))
        tmp.chmod(0o600)
        try:
            os.link(tmp, path)  # atomic and never overwrites a key another process created first
        except FileExistsError:
            pass
        finally:
            tmp.unlink(missing_ok=True)
    return path.read_bytes()


def run_key(run_id: str | None) -> bytes:
    """The masking key of one run (derived, never stored)."""
    return hmac.new(_secret(), f"mapwright-mask-v1:{run_id or ''}".encode(), hashlib.sha256).digest()


def token(key: bytes, text: str) -> str:
    """The keyed token of ``text`` under ``key``."""
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()[:TOKEN_HEX]
