"""Fixtures of the provider tests: the fake wire server and a router factory with tiny backoffs."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import pytest

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from adapters.cache import MemoryCache  # noqa: E402
from adapters.llm import build_providers  # noqa: E402
from adapters.llm.fake_wire_server import FakeWireServer  # noqa: E402
from core.inmemory import MemoryLedger  # noqa: E402
from core.policy.engine import load_policy_engine  # noqa: E402
from core.providers import Router  # noqa: E402

from .helpers import FAKE_KEY_ENV, RouterFactory, fake_registry, fast_config  # noqa: E402


@pytest.fixture(scope="session")
def fake_server() -> Iterator[FakeWireServer]:
    from adapters.llm.litellm_provider import _litellm

    llm = _litellm()  # import litellm once up front (~5 s) so it does not eat a lane deadline in a test
    with FakeWireServer(retry_after_s=0.05, timeout_sleep_s=0.8) as srv:
        for model, wire in (("openai/x", "openai"), ("anthropic/claude-3-5-haiku-20241022", "anthropic"),
                            ("groq/llama-3.3-70b-versatile", "openai"), ("ollama_chat/x", "ollama")):
            llm.completion(model=model, messages=[{"role": "user", "content": "warm"}], api_base=srv.base(wire),
                           api_key="k", max_tokens=4, num_retries=0, timeout=30)  # first call's lazy imports
        for model, wire in (("openai/x", "openai"), ("ollama/x", "ollama")):
            llm.embedding(model=model, input=["warm"], api_base=srv.base(wire), api_key="k", timeout=30)
        srv.reset()
        yield srv


@pytest.fixture
def server(fake_server: FakeWireServer) -> FakeWireServer:
    fake_server.reset()
    return fake_server


@pytest.fixture
def make_router(server: FakeWireServer, monkeypatch: pytest.MonkeyPatch) -> RouterFactory:
    monkeypatch.setenv(FAKE_KEY_ENV, "sk-test-fake")
    monkeypatch.delenv("MAPWRIGHT_RULES_ONLY", raising=False)

    def factory(*, providers: Sequence[str] | None = None, cache: Any = "memory", ledger: MemoryLedger | None = None,
                sleep: Callable[[float], None] | None = None, **cfg: Any) -> Router:
        reg = fake_registry(server, providers=providers)
        router = Router(reg, load_policy_engine(), ledger if ledger is not None else MemoryLedger(),
                        MemoryCache() if cache == "memory" else cache, build_providers(reg), fast_config(**cfg),
                        sleep=sleep or time.sleep)
        return router

    return factory
