"""Model registry (§15): providers (endpoint, key env var, locality) and models with tags.

Loaded from ``assets_config/providers/registry.yaml``. The endpoint of a provider may be
overridden by the environment variable ``MAPWRIGHT_<PROVIDER>_API_BASE`` (``-`` becomes ``_``)
so an operator can point a provider at a proxy without editing the file; egress to that host is
still checked by the policy engine.

Whether a provider keeps data on this machine is never decided by its name alone: the router
treats a provider as local (for PII) only when its resolved endpoint is a loopback host
(:func:`is_loopback_host`), see ``Router.is_local``.
"""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Literal
from urllib.parse import urlparse

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from core.errors import DeterministicFailure
from core.paths import assets_config_dir
from core.yamlio import read_yaml


def registry_path() -> Path:
    """``<assets_config>/providers/registry.yaml``, resolved per call (the env may change after import)."""
    return assets_config_dir() / "providers" / "registry.yaml"


def is_loopback_host(host: str | None) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ``::1``, IPv4-mapped 127.x)."""
    h = (host or "").strip().strip("[]").rstrip(".").lower()
    if not h:
        return False
    if h == "localhost":
        return True
    try:
        ip = ipaddress.ip_address(h)
    except ValueError:
        return False
    mapped = ip.ipv4_mapped if isinstance(ip, ipaddress.IPv6Address) else None
    return bool(ip.is_loopback or (mapped is not None and mapped.is_loopback))


ProviderKind = Literal["offline", "openai", "anthropic", "groq", "ollama", "openai_compatible"]


class ProviderSpec(BaseModel):
    """One provider endpoint."""

    model_config = ConfigDict(extra="forbid")

    name: str
    kind: ProviderKind
    api_base: str | None = None
    api_key_env: str | None = None
    local: bool = False
    enabled: bool = True
    timeout_s: float = Field(default=60.0, gt=0)

    def resolved_api_base(self) -> str | None:
        """Endpoint after the ``MAPWRIGHT_<NAME>_API_BASE`` override."""
        env = f"MAPWRIGHT_{self.name.upper().replace('-', '_')}_API_BASE"
        return os.environ.get(env) or self.api_base

    def endpoint_host(self) -> str | None:
        """Host name of the endpoint (what the policy's egress allow-list is checked against)."""
        base = self.resolved_api_base()
        return urlparse(base).hostname if base else None

    def loopback_endpoint(self) -> bool:
        """Whether the resolved endpoint is on this machine (a loopback host)."""
        return is_loopback_host(self.endpoint_host())

    def api_key(self) -> str | None:
        """The API key from the environment, if the provider needs one."""
        return os.environ.get(self.api_key_env) if self.api_key_env else None

    def configured(self) -> bool:
        """Enabled and, when a key is needed, the key variable is set."""
        return self.enabled and (self.api_key_env is None or bool(self.api_key()))


class ModelSpec(BaseModel):
    """One model with the routing tags of §15.

    Embedding models set ``embedding: true`` and ``dims`` (the vector dimension: every answer is
    checked against it, and only models of equal ``dims`` may stand in for each other as
    embedding fallbacks); their price is ``usd_per_1k_input``.
    """

    model_config = ConfigDict(extra="forbid")

    id: str
    provider: str
    wire_model: str
    quality: int = Field(ge=1, le=5)
    latency_ms: float = Field(gt=0)
    context_length: int = Field(gt=0)
    max_output_tokens: int = Field(default=4096, gt=0)
    modality: list[str] = Field(default_factory=lambda: ["text"])
    usd_per_1k_input: float = Field(default=0.0, ge=0)
    usd_per_1k_output: float = Field(default=0.0, ge=0)
    embedding: bool = False
    dims: int | None = Field(default=None, gt=0)

    @property
    def tag(self) -> str:
        """``provider:model`` tag used in fallback chains and policy lists."""
        return f"{self.provider}:{self.id}"

    @property
    def cost_per_1k(self) -> float:
        """Blended price used by the cost_first profile."""
        return self.usd_per_1k_input + self.usd_per_1k_output

    def usd(self, tokens_in: int, tokens_out: int) -> float:
        """Price of a call with these token counts."""
        return tokens_in / 1000 * self.usd_per_1k_input + tokens_out / 1000 * self.usd_per_1k_output


class ModelRegistry(BaseModel):
    """Providers and models."""

    model_config = ConfigDict(extra="forbid")

    version: str = "1"
    providers: dict[str, ProviderSpec]
    models: list[ModelSpec]

    def model(self, provider: str, model_id: str) -> ModelSpec:
        """Look a model up; DETERMINISTIC_FAILURE if unknown."""
        for m in self.models:
            if m.provider == provider and m.id == model_id:
                return m
        raise DeterministicFailure(f"model {provider}:{model_id} is not in the registry",
                                   provider=provider, model=model_id)

    def embedding_models(self) -> list[ModelSpec]:
        """Models usable for embeddings, in registry order."""
        return [m for m in self.models if m.embedding]

    def chat_models(self) -> list[ModelSpec]:
        """Models usable for chat/structured tasks."""
        return [m for m in self.models if not m.embedding and "text" in m.modality]


def load_registry(path: str | Path | None = None) -> ModelRegistry:
    """Load and validate the registry YAML (DETERMINISTIC_FAILURE when invalid)."""
    p = Path(path) if path else registry_path()
    try:
        data = read_yaml(p)
        for name, spec in (data.get("providers") or {}).items():
            spec.setdefault("name", name)
        reg = ModelRegistry.model_validate(data)
    except (OSError, yaml.YAMLError, ValidationError, AttributeError) as exc:
        raise DeterministicFailure(f"invalid provider registry {p}: {exc}") from exc
    unknown = sorted({m.provider for m in reg.models} - set(reg.providers))
    if unknown:
        raise DeterministicFailure(f"registry {p}: models reference unknown providers {unknown}")
    return reg

