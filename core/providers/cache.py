"""Provider cache: key construction (§19), defaults (§36) and the port backends implement.

A key hashes everything that may change an answer: provider, model, normalized params,
system/user prompt hashes, lane, mode, PII flag, context scope, artifact version hashes,
policy version and locale. Changing any of them (mode/PII toggle, a new artifact or policy
version, another provider/model/params) yields a different key, so stale entries are never
read; :meth:`CachePort.invalidate_scope` additionally drops every entry of a scope at once.

Entries are JSON envelopes ``{"kind": "ok"|"neg", ...}``; negative entries (deterministic
provider failures such as "model not found" or "context too long") live for a bounded TTL so a
burst of identical bad requests does not hammer a provider (§36).
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from core.contract import Lane
from core.hashing import content_hash, sha256_hex

#: §36 defaults.
LANE_TTL_S: dict[Lane, int] = {Lane.INTERACTIVE: 24 * 3600, Lane.FLEX: 72 * 3600, Lane.BATCH: 7 * 24 * 3600}
MAX_ENTRY_BYTES = 2 * 1024 * 1024
NEGATIVE_TTL_S = 300


@runtime_checkable
class CachePort(Protocol):
    """A bounded TTL key-value cache with scope invalidation."""

    def get(self, key: str) -> bytes | None:
        """Value or None (missing or expired)."""
        ...

    def set(self, key: str, value: bytes, *, ttl_s: float, scope: str | None = None) -> bool:
        """Store; False when refused (entry too large)."""
        ...

    def delete(self, key: str) -> None:
        """Drop one key."""
        ...

    def invalidate_scope(self, scope: str) -> int:
        """Drop every key stored under ``scope``; returns how many."""
        ...


class CacheKeyParts(BaseModel):
    """Every input of a cache key (§19)."""

    model_config = ConfigDict(frozen=True)

    kind: str = "infer"
    provider: str
    model: str
    params_hash: str
    system_prompt_hash: str
    user_prompt_hash: str
    lane: str
    mode: str
    pii_flag: str
    scope: str
    artifact_hashes: dict[str, str] = Field(default_factory=dict)
    policy_version: str
    locale: str = "en"

    def key(self, namespace: str = "mw:prov") -> str:
        """The cache key string."""
        return f"{namespace}:{self.kind}:{content_hash(self)}"


def prompt_hashes(messages: list[Any]) -> tuple[str, str]:
    """(system, user+assistant) prompt hashes of a message list."""
    system = "\n".join(m.content for m in messages if m.role == "system")
    rest = "\n".join(f"{m.role}:{m.content}" for m in messages if m.role != "system")
    return sha256_hex(system), sha256_hex(rest)


def scope_id(run: str | None, tab: str | None, filters: dict[str, Any] | None) -> str:
    """Stable id of a context scope (run/tab/filters)."""
    return content_hash({"run": run, "tab": tab, "filters": filters or {}})[:32]
