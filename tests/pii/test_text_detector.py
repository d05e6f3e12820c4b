"""The router's PII gate with Presidio + pattern detection masks every entity before sending."""

from __future__ import annotations

from adapters.pii import CombinedPiiDetector, PresidioTextDetector
from core.providers.models import Message
from core.providers.pii_gate import PiiGate, RegexPiiDetector

TEXT = ("Customer jane.doe@example.org (SSN 536-22-8117) paid with 4111 1111 1111 1111, "
        "IBAN DE89370400440532013000, from 203.0.113.7; call +1 415 555 0199.")
RAW = ["jane.doe@example.org", "536-22-8117", "4111 1111 1111 1111", "DE89370400440532013000", "203.0.113.7"]


def test_presidio_finds_entities_the_patterns_miss_and_the_union_covers_both() -> None:
    presidio = {TEXT[f.start:f.end] for f in PresidioTextDetector().find(TEXT)}
    assert "jane.doe@example.org" in presidio and "DE89370400440532013000" in presidio
    combined = CombinedPiiDetector(RegexPiiDetector(), PresidioTextDetector()).find(TEXT)
    spans = [(f.start, f.end) for f in combined]
    assert spans == sorted(spans) and all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    covered = {TEXT[s:e] for s, e in spans}
    assert set(RAW) <= covered


def test_gate_with_combined_detector_leaves_no_raw_pii() -> None:
    gate = PiiGate(CombinedPiiDetector())
    out = gate.apply([Message(role="user", content=TEXT)], {"note": TEXT}, mask=True)
    assert out.masked and out.findings >= len(RAW)
    masked = out.messages[0].content + str(out.payload)
    assert not any(raw in masked for raw in RAW)
    assert gate.confirm_masked(out.messages)
