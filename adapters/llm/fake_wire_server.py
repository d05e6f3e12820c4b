"""A local HTTP server on 127.0.0.1 speaking the OpenAI chat-completions and embeddings, Anthropic
messages and Ollama chat and embed (``/api/embed``) wire APIs, with fault injection — the
stand-in for cloud LLMs in tests, the conformance suite and the benchmark (ARCHITECTURE §7).

* Every request is recorded (wire, path, headers, parsed body) so tests can assert what left
  the process (e.g. that no raw PII ever reached a non-local provider).
* :meth:`FakeWireServer.plan` queues faults per wire (consumed one per request):
  ``rate_limit`` (429 + Retry-After), ``unavailable`` (503), ``server_error`` (500), ``timeout``
  (sleeps past the client timeout), ``bad_json`` (valid envelope, content not JSON),
  ``context_length`` (400 context-length error), ``quota`` (429 insufficient_quota), ``bad_body``
  (200 with a non-JSON body). :meth:`outage` makes a wire answer 503 until lifted.
* Faults apply the same way to embedding requests (``bad_json`` answers an envelope whose vectors
  are not lists). Embedding vectors are deterministic: :func:`fake_vector` seeds a generator from
  the SHA-256 of the input text; they are deliberately *not* unit length (the router normalizes).
  The dimension is the request's ``dimensions`` if given, else :attr:`FakeWireServer.embed_dims`
  for the model, else ``default_embed_dim``.
* The answer text comes from a responder ``(wire, body) -> str``; the default answers structured
  tasks with the offline rules applied to the payload embedded in the prompt, and anything else
  with a fixed text.
"""

from __future__ import annotations

import hashlib
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from typing import Any

import numpy as np

from adapters.llm.fake_wire_handler import _Handler
from core.providers.tasks import extract_payload

Responder = Callable[[str, dict[str, Any]], str]
WIRES = ("openai", "anthropic", "ollama")
#: dimensions of the real models the fake imitates (anything else: ``default_embed_dim``)
EMBED_DIMS = {"text-embedding-3-small": 1536, "text-embedding-3-large": 3072, "nomic-embed-text": 768}


def fake_vector(text: str, dim: int) -> list[float]:
    """Deterministic, non-normalized vector of ``text`` (seeded from its SHA-256)."""
    seed = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "little")
    return [round(float(x), 6) for x in np.random.default_rng(seed).normal(0.0, 2.0, dim)]


@dataclass
class Recorded:
    """One request the server received."""

    wire: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    raw: str
    chat: bool = True
    embed: bool = False


def _prompt_text(wire: str, body: dict[str, Any]) -> str:
    parts: list[str] = []
    if wire == "anthropic" and isinstance(body.get("system"), str):
        parts.append(body["system"])
    elif wire == "anthropic" and isinstance(body.get("system"), list):
        parts += [b.get("text", "") for b in body["system"] if isinstance(b, dict)]
    for m in body.get("messages", []):
        c = m.get("content")
        if isinstance(c, str):
            parts.append(c)
        elif isinstance(c, list):
            parts += [b.get("text", "") for b in c if isinstance(b, dict)]
    return "\n".join(parts)


def default_responder(wire: str, body: dict[str, Any]) -> str:
    """Answer structured tasks with the offline rules (a deterministic 'model')."""
    from adapters.llm.offline_provider import solve_task

    text = _prompt_text(wire, body)
    payload = extract_payload(text)
    for line in text.splitlines():
        if line.startswith("task=") and payload is not None:
            return solve_task(line[5:].strip(), payload)
    return "pong"


def normalized_params(wire: str, body: dict[str, Any]) -> dict[str, Any]:
    """The sampling params a request carried, in common names (for conformance checks)."""
    if wire == "ollama":
        o = body.get("options") or {}
        stop = o.get("stop")
        return {"temperature": o.get("temperature"), "top_p": o.get("top_p"),
                "stop": stop if isinstance(stop, list) else ([stop] if stop else []),
                "max_tokens": o.get("num_predict")}
    stop = body.get("stop_sequences") if wire == "anthropic" else body.get("stop")
    return {"temperature": body.get("temperature"), "top_p": body.get("top_p"),
            "stop": stop if isinstance(stop, list) else ([stop] if stop else []),
            "max_tokens": body.get("max_tokens", body.get("max_completion_tokens"))}


@dataclass
class _State:
    faults: dict[str, deque[str]] = field(default_factory=lambda: {w: deque() for w in WIRES})
    outage: set[str] = field(default_factory=set)
    requests: list[Recorded] = field(default_factory=list)


class FakeWireServer:
    """Threaded fake LLM server; use as a context manager or call start()/stop()."""

    def __init__(self, *, responder: Responder | None = None, retry_after_s: float = 0.05,
                 timeout_sleep_s: float = 1.0, tokens_in: int = 11, tokens_out: int = 7,
                 embed_dims: dict[str, int] | None = None, default_embed_dim: int = 256) -> None:
        self.responder = responder or default_responder
        self.embed_dims = dict(EMBED_DIMS if embed_dims is None else embed_dims)
        self.default_embed_dim = default_embed_dim
        self.retry_after_s = retry_after_s
        self.timeout_sleep_s = timeout_sleep_s
        self.tokens = (tokens_in, tokens_out)
        self.state = _State()
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- control ------------------------------------------------------------------------------
    def start(self) -> FakeWireServer:
        """Bind an ephemeral port on 127.0.0.1 and serve in a daemon thread."""
        server = self

        class Handler(_Handler):
            fake = server

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Shut the server down."""
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> FakeWireServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """Bound port."""
        assert self._httpd is not None
        return int(self._httpd.server_address[1])

    def base(self, wire: str) -> str:
        """api_base for a wire (OpenAI-style bases end in /v1)."""
        root = f"http://127.0.0.1:{self.port}"
        return root + "/v1" if wire == "openai" else root

    def plan(self, wire: str, *faults: str) -> None:
        """Queue faults for the next requests of ``wire``."""
        with self._lock:
            self.state.faults[wire].extend(faults)

    def outage(self, wire: str, down: bool = True) -> None:
        """Make ``wire`` answer 503 to everything (including health probes) until lifted."""
        with self._lock:
            (self.state.outage.add if down else self.state.outage.discard)(wire)

    def requests(self, wire: str | None = None, *, chat_only: bool = True) -> list[Recorded]:
        """Recorded requests (optionally of one wire; chat calls only by default)."""
        with self._lock:
            reqs = list(self.state.requests)
        return [r for r in reqs if (wire is None or r.wire == wire) and (not chat_only or r.chat)]

    def embed_requests(self, wire: str | None = None) -> list[Recorded]:
        """Recorded embedding requests (``/v1/embeddings``, ``/api/embed``), optionally of one wire."""
        with self._lock:
            reqs = list(self.state.requests)
        return [r for r in reqs if r.embed and (wire is None or r.wire == wire)]

    def embed_dim(self, model: str) -> int:
        """Dimension the server answers for ``model`` (without ``dimensions`` in the request)."""
        return self.embed_dims.get(model, self.default_embed_dim)

    def vector(self, text: str, dim: int) -> list[float]:
        """The vector the server returns for ``text`` (see :func:`fake_vector`)."""
        return fake_vector(text, dim)

    def reset(self) -> None:
        """Forget requests and queued faults."""
        with self._lock:
            self.state = _State()

    def _next_fault(self, wire: str) -> str | None:
        with self._lock:
            if wire in self.state.outage:
                return "unavailable"
            q = self.state.faults[wire]
            return q.popleft() if q else None

    def _record(self, **fields: Any) -> None:
        with self._lock:
            self.state.requests.append(Recorded(**fields))
