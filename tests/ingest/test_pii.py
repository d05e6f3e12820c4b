"""PII masking with offline Presidio: spans, column-name rule, determinism."""

from __future__ import annotations

import json
import random
from types import ModuleType
from typing import Any

import pytest

from adapters.pii import PresidioMasker
from adapters.pii.presidio_masker import is_candidate
from core.pii.rules import Span, apply_spans, merge_spans, name_entity


def test_spans_in_free_text_are_replaced_by_placeholders(masker: PresidioMasker) -> None:
    rows: list[dict[str, Any]] = [{"notes": "call 415-555-0132 or mail ann.lee@example.com"}, {"notes": "no pii here"},
            {"notes": "card 4111 1111 1111 1111"}, {"notes": None}]
    res = masker.mask_rows(["notes"], rows)
    assert res.rows[0]["notes"] == "call <PHONE_NUMBER> or mail <EMAIL_ADDRESS>"
    assert res.rows[1]["notes"] == "no pii here"
    assert res.rows[2]["notes"] == "card <CREDIT_CARD>"
    assert res.rows[3]["notes"] is None
    (m,) = res.masking
    assert m.column == "notes" and m.cells_masked == 2
    assert set(m.entity_types) == {"PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD"}
    assert rows[0]["notes"].startswith("call 415")  # input not mutated


def test_column_name_rule_masks_whole_columns(masker: PresidioMasker) -> None:
    rows = [{"first_name": "Ann", "email": "Ann <ann@x.io>", "ssn": "not-a-number", "city": "Paris",
             "dob": "1990-01-02"}]
    res = masker.mask_rows(list(rows[0]), rows)
    assert res.rows[0] == {"first_name": "<PERSON>", "email": "<EMAIL_ADDRESS>", "ssn": "<US_SSN>",
                           "city": "Paris", "dob": "<DATE_OF_BIRTH>"}


def test_column_context_detects_ssn_and_ids_amounts_dates_survive(masker: PresidioMasker, gen: ModuleType) -> None:
    rng = random.Random(3)
    rows = [{"tax_ref": gen.ssn(rng), "customer_id": 100000 + i, "amount": "$1,234.50", "signup": "2021-03-04 10:11",
             "note": f"ref {gen.ssn(rng)}"} for i in range(20)]
    res = masker.mask_rows(list(rows[0]), rows)
    assert all(r["customer_id"] == 100000 + i for i, r in enumerate(res.rows))
    assert all(r["amount"] == "$1,234.50" and r["signup"] == "2021-03-04 10:11" for r in res.rows)
    assert sum(r["note"] == "ref <US_SSN>" for r in res.rows) >= 18  # SSN pattern without a PII column name


def test_masking_is_deterministic(masker: PresidioMasker) -> None:
    rows = [{"notes": f"reach me at 212-555-{1000 + i} / u{i}@example.org", "phone": "555"} for i in range(30)]
    a = masker.mask_rows(["notes", "phone"], rows)
    b = masker.mask_rows(["notes", "phone"], list(reversed(rows)))
    assert json.dumps(a.rows) == json.dumps(list(reversed(b.rows)))
    assert "@" not in json.dumps(a.rows)


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


def test_columns_of_personal_names_are_masked_whatever_their_header(masker: PresidioMasker) -> None:
    names = ["Helen Carter", "Jonas Weber", "Amira Khan", "Luis Romero", "Chloe Martin", ""]
    cities = ["Gloucester", "Salina", "Boulder", "Franklin", "Tampa", "Lyon"]
    shops = ["Harbor Marine Supply", "Prairie Feed & Seed", "Summit Dental Group", "Oak Hollow Hardware",
             "Bayside Florist", "Acme Tools"]
    rows: list[dict[str, Any]] = [{"Requester": n, "city": c, "vendor": v} for n, c, v in zip(names, cities, shops,
                                                                                           strict=True)]
    res = masker.mask_rows(["Requester", "city", "vendor"], rows)
    assert [r["Requester"] for r in res.rows] == ["<PERSON>"] * 5 + [""]
    assert [r["city"] for r in res.rows] == cities and [r["vendor"] for r in res.rows] == shops
    assert {m.column: m.entity_types for m in res.masking} == {"Requester": ["PERSON"]}


@pytest.mark.parametrize("col", ["emailVerified", "phone_opt_in", "has_email", "email_domain", "EmailBouncedDate"])
def test_a_property_of_a_pii_column_is_not_masked_whole(masker: PresidioMasker, col: str) -> None:
    assert name_entity(col) is None
    rows: list[dict[str, Any]] = [{col: v} for v in ("true", "false", "true")]
    assert [r[col] for r in masker.mask_rows([col], rows).rows] == ["true", "false", "true"]
    assert name_entity("OPTIN_IP") == "IP_ADDRESS"  # the entity word last: the column holds the entity


def test_cells_that_certainly_hold_another_entity_are_masked_as_it(masker: PresidioMasker) -> None:
    rows: list[dict[str, Any]] = [{"CnPh_1_02_Phone_number": f"donor{i}@example.org", "phone": f"415-555-01{i:02d}"}
                                  for i in range(5)]
    res = masker.mask_rows(["CnPh_1_02_Phone_number", "phone"], rows)
    assert {r["CnPh_1_02_Phone_number"] for r in res.rows} == {"<EMAIL_ADDRESS>"}  # still whole cells
    assert {r["phone"] for r in res.rows} == {"<PHONE_NUMBER>"}


def test_certain_entity_precheck_skips_cells_that_cannot_hold_one() -> None:
    from core.pii.rules import may_hold_certain

    assert may_hold_certain("ann@example.org") and may_hold_certain("https://x.example")
    assert may_hold_certain("192.0.2.14") and may_hold_certain("DE89 3704 0044 0532 0130 00")
    assert not may_hold_certain("415-555-0101") and not may_hold_certain("Ann Lee")
