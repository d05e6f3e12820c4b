"""Helpers of the older span-based masking rules kept for the provider PII gate and sampling (the masker's
behaviour is tested in tests/pii)."""

from __future__ import annotations

import pytest

from adapters.pii.presidio_masker import is_candidate
from core.pii.rules import Span, apply_spans, merge_spans, name_entity


@pytest.mark.parametrize(("col", "entity"), [
    ("email", "EMAIL_ADDRESS"), ("E_mail", "EMAIL_ADDRESS"), ("work_phone", "PHONE_NUMBER"), ("ssn", "US_SSN"),
    ("last_name", "PERSON"), ("name", "PERSON"), ("street_address", "LOCATION"), ("date_of_birth", "DATE_OF_BIRTH"),
    ("ip_address", "IP_ADDRESS"), ("product_name", None), ("amount", None), ("country", None), ("session", None),
])
def test_name_entity(col: str, entity: str | None) -> None:
    assert name_entity(col) == entity


def test_overlapping_spans_merge_under_the_strongest_label() -> None:
    spans = [Span(0, 10, "URL", 0.5), Span(0, 22, "EMAIL_ADDRESS", 1.0), Span(29, 33, "US_SSN", 0.9)]
    assert [(s.start, s.end, s.entity) for s in merge_spans(spans)] == [(0, 22, "EMAIL_ADDRESS"), (29, 33, "US_SSN")]
    assert apply_spans("a" * 22 + " and b " + "1234", spans) == "<EMAIL_ADDRESS> and b <US_SSN>"


@pytest.mark.parametrize(("value", "want"), [
    ("ann@x.io", True), ("www.example.com", True), ("10.0.0.1", True), ("415-555-0132", True),
    ("123-45-6789", True), ("100001", False), ("$1,234.50", False), ("2023-01-05 10:30:00", False), ("Paris", False),
])
def test_candidate_prefilter(value: str, want: bool) -> None:
    assert is_candidate(value) is want


def test_certain_entity_precheck_skips_cells_that_cannot_hold_one() -> None:
    from core.pii.rules import may_hold_certain

    assert may_hold_certain("ann@example.org") and may_hold_certain("https://x.example")
    assert may_hold_certain("192.0.2.14") and may_hold_certain("DE89 3704 0044 0532 0130 00")
    assert not may_hold_certain("415-555-0101") and not may_hold_certain("Ann Lee")
