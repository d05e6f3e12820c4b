"""Request handler of :mod:`adapters.llm.fake_wire_server`: wire formats and injected faults."""

from __future__ import annotations

import json
import time
from http.server import BaseHTTPRequestHandler
from typing import Any

# (status, OpenAI error, Anthropic error type/message, Ollama error text) per fault
_ERRORS: dict[str, tuple[int, dict[str, Any], tuple[str, str], str]] = {
    "rate_limit": (429, {"message": "Rate limit reached for requests", "type": "requests",
                         "code": "rate_limit_exceeded"},
                   ("rate_limit_error", "Number of requests has exceeded your rate limit"), "too many requests"),
    "quota": (429, {"message": "You exceeded your current quota, please check your plan and billing details.",
                    "type": "insufficient_quota", "code": "insufficient_quota"},
              ("invalid_request_error", "Your credit balance is too low to access the Anthropic API "
                                        "(quota exhausted)."), "quota exceeded"),
    "context_length": (400, {"message": "This model's maximum context length is 8192 tokens. However, your "
                                        "messages resulted in 9100 tokens.", "type": "invalid_request_error",
                             "code": "context_length_exceeded"},
                       ("invalid_request_error", "prompt is too long: 210000 tokens > 200000 maximum"),
                       "input length exceeds the maximum context length"),
    "unavailable": (503, {"message": "The server is overloaded or not ready yet.", "type": "server_error"},
                    ("overloaded_error", "Overloaded"), "service unavailable"),
    "server_error": (500, {"message": "The server had an error while processing your request.",
                           "type": "server_error"}, ("api_error", "Internal server error"), "internal error"),
}


def _wire_of(path: str, headers: Any) -> tuple[str, str]:
    """(wire, endpoint kind) of a request path; kind is ``chat``, ``embed`` or ``other``."""
    p = path.split("?")[0].rstrip("/")
    if p.endswith("/messages") or (p.endswith("/models") and headers.get("anthropic-version")):
        return "anthropic", "chat" if p.endswith("/messages") else "other"
    if p.startswith("/api/"):
        if p in ("/api/chat", "/api/generate"):
            return "ollama", "chat"
        return "ollama", "embed" if p == "/api/embed" else "other"
    if p.endswith("/chat/completions"):
        return "openai", "chat"
    return "openai", "embed" if p.endswith("/embeddings") else "other"


def _embed_inputs(body: dict[str, Any]) -> list[str]:
    raw = body.get("input", body.get("prompt", ""))
    items = raw if isinstance(raw, list) else [raw]
    return [i if isinstance(i, str) else json.dumps(i) for i in items]


class _Handler(BaseHTTPRequestHandler):
    fake: Any = None
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence stderr logging
        return

    def _send(self, status: int, payload: Any, headers: dict[str, str] | None = None, raw: bytes | None = None) -> None:
        body = raw if raw is not None else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        # one write for head + body: avoids the Nagle/delayed-ACK stall of split small writes
        buf: list[bytes] = getattr(self, "_headers_buffer", [])
        buf.append(b"\r\n")
        self._headers_buffer: list[bytes] = []
        try:
            self.wfile.write(b"".join(buf) + body)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_GET(self) -> None:  # noqa: N802
        wire, _ = _wire_of(self.path, self.headers)
        self.fake._record(wire=wire, path=self.path, headers=dict(self.headers), body={}, raw="", chat=False,
                          embed=False)
        if wire in self.fake.state.outage:
            self._send(503, {"error": "down"})
        elif wire == "ollama":
            self._send(200, {"models": [{"name": "llama3.1:8b"}], "version": "0.0-fake"})
        else:
            self._send(200, {"object": "list", "data": [{"id": "fake-model", "object": "model"}]})

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode("utf-8", "replace")
        try:
            body = json.loads(raw) if raw else {}
        except ValueError:
            body = {}
        wire, kind = _wire_of(self.path, self.headers)
        self.fake._record(wire=wire, path=self.path, headers=dict(self.headers), body=body, raw=raw,
                          chat=kind == "chat", embed=kind == "embed")
        if kind == "other":
            self._send(200, {"modelfile": "", "parameters": "", "template": "{{ .Prompt }}",
                             "details": {"family": "llama"}, "model_info": {"llama.context_length": 128000}})
            return
        fault = self.fake._next_fault(wire)
        if fault == "timeout":
            time.sleep(self.fake.timeout_sleep_s)
            fault = None
        if fault in _ERRORS:
            self._error(wire, fault)
            return
        if fault == "bad_body":
            self._send(200, None, raw=b"{not json")
            return
        if kind == "embed":
            self._embed_ok(wire, body, malformed=fault == "bad_json")
            return
        text = "this is not json {" if fault == "bad_json" else self.fake.responder(wire, body)
        self._ok(wire, body, text)

    def _embed_ok(self, wire: str, body: dict[str, Any], *, malformed: bool) -> None:
        """OpenAI ``/v1/embeddings`` or Ollama ``/api/embed`` answer (``malformed``: vectors are not lists)."""
        texts = _embed_inputs(body)
        model = str(body.get("model", "fake"))
        dims = body.get("dimensions")
        dim = dims if isinstance(dims, int) and dims > 0 else self.fake.embed_dim(model)
        vecs: list[Any] = ["not-a-vector" if malformed else self.fake.vector(t, dim) for t in texts]
        tokens = sum(max(1, len(t) // 4) for t in texts)
        if wire == "ollama":
            self._send(200, {"model": model, "embeddings": vecs, "total_duration": 1000, "load_duration": 10,
                             "prompt_eval_count": tokens})
        else:
            self._send(200, {"object": "list", "model": model,
                             "data": [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vecs)],
                             "usage": {"prompt_tokens": tokens, "total_tokens": tokens}})

    def _error(self, wire: str, fault: str) -> None:
        status, oai, (atype, amsg), otext = _ERRORS[fault]
        headers: dict[str, str] = {}
        if fault == "rate_limit":
            ra = self.fake.retry_after_s
            headers = {"Retry-After": f"{ra:g}", "retry-after-ms": str(int(ra * 1000))}
        if wire == "anthropic":
            self._send(status,
                       {"type": "error", "error": {"type": atype, "message": amsg}}, headers)
        elif wire == "ollama":
            self._send(status, {"error": otext}, headers)
        else:
            self._send(status, {"error": oai}, headers)

    def _ok(self, wire: str, body: dict[str, Any], text: str) -> None:
        tin, tout = self.fake.tokens
        model = body.get("model", "fake")
        if wire == "anthropic":
            self._send(200, {"id": "msg_fake", "type": "message", "role": "assistant", "model": model,
                             "content": [{"type": "text", "text": text}], "stop_reason": "end_turn",
                             "stop_sequence": None, "usage": {"input_tokens": tin, "output_tokens": tout}})
        elif wire == "ollama":
            self._send(200, {"model": model, "created_at": "2026-01-01T00:00:00Z",
                             "message": {"role": "assistant", "content": text}, "done": True, "done_reason": "stop",
                             "prompt_eval_count": tin, "eval_count": tout})
        else:
            self._send(200, {"id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
                             "model": model, "service_tier": "default",
                             "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                                          "finish_reason": "stop"}],
                             "usage": {"prompt_tokens": tin, "completion_tokens": tout, "total_tokens": tin + tout}})
