"""Conformance suite: identical taxonomy and params across wires, schema-identical outputs, drills."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from adapters.llm.conformance import EXPECTED, WIRE_OF, ConformanceReport, run_conformance
from adapters.llm.error_mapping import map_provider_error, retry_after_seconds
from adapters.llm.fake_wire_server import FakeWireServer


@pytest.mark.filterwarnings("ignore:Pydantic serializer warnings")  # litellm re-serializing a malformed vector
def test_conformance_report(server: FakeWireServer, tmp_path: Path) -> None:
    out = tmp_path / "conformance.json"
    report = run_conformance(out, server=server)
    failed = [c for c in report.cases if not c.passed] + [d for d in report.drills if not d.passed]
    assert report.passed, failed
    taxonomy = [c for c in report.cases if c.check.startswith("error:")]
    assert len(taxonomy) == len(WIRE_OF) * len(EXPECTED)
    for fault, code in EXPECTED.items():  # identical code from every wire
        assert {c.actual for c in taxonomy if c.check == f"error:{fault}"} == {code}
    schema = [c for c in report.cases if c.check.startswith("schema:")]
    assert {c.provider for c in schema} == {"offline", *WIRE_OF}
    embed = [c for c in report.cases if c.check.startswith("embed_error:")]
    assert {c.provider for c in embed} == {"openai", "ollama"} and all(c.passed for c in embed)
    assert {c.provider for c in report.cases if c.check == "embed:schema_identical"} == {"offline", "openai", "ollama"}
    assert {d.name for d in report.drills} >= {"provider_outage", "quota_exhaustion", "cost_cap_breach_early_exit"}
    loaded = ConformanceReport.model_validate(json.loads(out.read_text()))
    assert loaded.passed and len(loaded.cases) == len(report.cases)


@pytest.mark.parametrize("headers,expected", [
    ({"retry-after-ms": "250"}, 0.25), ({"retry-after": "3"}, 3.0), ({"retry-after": "0.5"}, 0.5), ({}, None),
])
def test_retry_after_parsing(headers: dict[str, str], expected: float | None) -> None:
    assert retry_after_seconds(headers) == expected


def test_error_mapping_of_plain_exceptions() -> None:
    class Http(Exception):
        def __init__(self, status: int, msg: str) -> None:
            super().__init__(msg)
            self.status_code = status

    def code(exc: Exception) -> str:
        return str(map_provider_error(exc, provider="p", model="m").code)

    assert code(Http(429, "slow down")) == "RATE_LIMIT"
    assert code(Http(429, "insufficient_quota")) == "QUOTA_EXHAUSTED"
    assert code(Http(402, "payment required")) == "QUOTA_EXHAUSTED"
    assert code(Http(502, "bad gateway")) == "TRANSIENT_ERROR"
    assert code(Http(503, "unavailable")) == "PROVIDER_UNHEALTHY"
    assert code(Http(401, "bad key")) == "DETERMINISTIC_FAILURE"
    assert code(Http(400, "This model's maximum context length is 10")) == "DETERMINISTIC_FAILURE"
    assert code(TimeoutError("timed out")) == "TIMEOUT"
    assert code(ConnectionRefusedError("Connection refused")) == "PROVIDER_UNHEALTHY"
