"""Deny by default: what stays in clear and what is masked, with and without telling headers."""

from __future__ import annotations

import random

import pytest

from core.pii.decide import decide_column, decide_table
from core.pii.detect import luhn_ok, profile_values
from core.pii.headers import header_signal

RNG = random.Random(5)
SYL = ["ka", "lo", "mi", "ren", "tas", "vo", "qui", "bel", "dor", "an"]


def _word() -> str:
    return "".join(RNG.choice(SYL) for _ in range(2)).capitalize()


def _decisions(table: dict[str, list[object]]) -> dict[str, bool]:
    cols = list(table)
    rows = [{c: table[c][i] for c in cols} for i in range(len(table[cols[0]]))]
    return {d.column: d.clear for d in decide_table(cols, rows)}


def test_person_columns_under_meaningless_headers_are_masked() -> None:
    n = 60
    table: dict[str, list[object]] = {
        "x1": [_word() for _ in range(n)],  # names no lexicon knows
        "x2": [f"{RNG.randint(1, 999)} {_word()} Street" for _ in range(n)],
        "x3": [f"19{RNG.randint(40, 99)}-0{RNG.randint(1, 9)}-1{RNG.randint(0, 9)}" for _ in range(n)],
        "x4": [f"{_word().lower()}.{_word().lower()}@mail.test" for _ in range(n)],
        "x5": [RNG.choice(["open", "closed"]) for _ in range(n)],
        "x6": [round(RNG.uniform(1, 500), 2) for _ in range(n)],
    }
    assert _decisions(table) == {"x1": False, "x2": False, "x3": False, "x4": False, "x5": True, "x6": True}


@pytest.mark.parametrize(("header", "values", "clear"), [
    ("amount", [12.5, 3.75, 99.0, 4.2] * 5, True),
    ("status", ["active", "closed", "active", "pending"] * 5, True),
    ("created_at", ["2024-01-02 10:11:12", "2024-03-04 09:08:07"] * 10, True),
    ("order_id", list(range(5000, 5020)), True),
    ("C19", [RNG.randint(0, 9999) for _ in range(40)], False),  # PIN-like numbers without a header
    ("password", ["Summer2024!", "hunter2"] * 10, False),
    ("mothers_maiden_name", ["Okafor", "Rossi"] * 10, False),
    ("cvv", [123, 456, 789, 111] * 5, False),
    ("notes", ["called back, spoke to Ann", "no answer"] * 10, False),
])
def test_header_and_values_together(header: str, values: list[object], clear: bool) -> None:
    assert decide_column(header, values).clear is clear


def test_small_vocabularies_of_capitalised_words_in_people_tables_need_a_header() -> None:
    n = 90
    cities = ["Amsterdam", "Utrecht", "Leiden", "Delft"]
    table: dict[str, list[object]] = {"a": [f"{_word()}.{i}@mail.test" for i in range(n)],
                                      "b": [cities[i % 4] for i in range(n)],
                                      "c": [["ja", "nee"][i % 2] for i in range(n)]}
    assert _decisions(table) == {"a": False, "b": False, "c": True}


@pytest.mark.parametrize(("values", "entity"), [
    (["4111 1111 1111 1111", "5500-0000-0000-0004"] * 5, "CREDIT_CARD"),
    (["NL91ABNA0417164300", "DE89 3704 0044 0532 0130 00"] * 5, "IBAN_CODE"),
    (["$2b$12$KIXQJ8sV0c1vR6c5b0mUeOa1", "5f4dcc3b5aa765d61d8327deb882cf99"] * 5, "PASSWORD_HASH"),
    (["04/27", "11/29", "01/30"] * 4, "CARD_EXPIRY"),
    (["sk_live_4eC39HqLyjWDarjtT1zdp7dc", "ghp_16C7e42F292c6912E7710c838347Ae178B4a"] * 5, "SECRET"),
    (["10.0.0.1", "192.168.1.20"] * 5, "IP_ADDRESS"),
    (["van der", "de", "ter", "van"] * 5, "PERSON"),
])
def test_value_entities(values: list[object], entity: str) -> None:
    assert profile_values(values).entity == entity


def test_luhn() -> None:
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")


@pytest.mark.parametrize(("header", "pii", "safe"), [
    ("CustEmailAddr", True, False), ("pwd_hash", True, False), ("cc-exp", True, False), ("Geburtsdatum", True, False),
    ("email_verified", False, True), ("customer_id", False, True), ("userId", False, True),
    ("Kundengruppe", False, True), ("C07", False, False), ("DateAdmission", True, False),
])
def test_header_signal(header: str, pii: bool, safe: bool) -> None:
    sig = header_signal(header)
    assert (sig.pii, sig.safe) == (pii, safe)


def test_contact_data_of_a_business_stays_in_clear_that_of_its_people_does_not() -> None:
    n = 40
    cols = ["Store No", "Street", "Store Phone", "Store Email", "Store Manager", "Manager Email"]
    rows = [{"Store No": 100 + i, "Street": f"{10 + i} Elm Street", "Store Phone": f"(212) 555-{1000 + i}",
             "Store Email": f"store{100 + i}@chain.test", "Store Manager": f"{_word()} {_word()}",
             "Manager Email": f"{_word().lower()}.{_word().lower()}@chain.test"} for i in range(n)]
    stores = {d.column: d.clear for d in decide_table(cols, rows, table="store_locations")}
    assert stores == {"Store No": True, "Street": True, "Store Phone": True, "Store Email": True,
                      "Store Manager": False, "Manager Email": False}
    people = {d.column: d.clear for d in decide_table(cols, rows, table="bank_customers")}
    assert not any(people[c] for c in ["Street", "Store Phone", "Store Email", "Store Manager", "Manager Email"])
