"""Record keys drawn at random (:mod:`core.pii.random_ids`, issue 11 session 12): generated ids clear under a
record-key header in a table of people; structured identifiers a person carries (passports, plates, national ids,
postcodes, staff numbers), hexadecimal device and badge ids, VINs and credentials stay masked under the same kind of
header, and random ids stay masked under a header that says nothing. Every value is made up here."""

from __future__ import annotations

import random
import string
import uuid
from collections.abc import Callable

import pytest

from core.pii.decide import decide_table
from core.pii.random_ids import random_ids
from tests.pii.made_up_people import people

RNG = random.Random(2026_12_07)
N = 150
ALNUM = string.ascii_letters + string.digits
UPPER = string.ascii_uppercase + string.digits


def _draw(alphabet: str, k: int) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(k))


def _clear(column: str, values: list[str]) -> bool:
    """Whether ``column`` holding ``values`` is stored in clear in a table of made-up people."""
    rows = [dict(r, **{column: v}) for r, v in zip(people(RNG, len(values)), values, strict=True)]
    return {d.column: d.clear for d in decide_table(list(rows[0]), rows)}[column]


def _column(make: Callable[[], str]) -> list[str]:
    return [make() for _ in range(N)]


GENERATED = {
    "Id": lambda: "003" + _draw(ALNUM, 15),  # CRM record ids
    "ResponseId": lambda: "R_" + _draw(ALNUM, 15),  # survey responses
    "transaction_id": lambda: "ch_" + _draw(ALNUM, 24),  # payment object ids
    "instance_id": lambda: f"uuid:{uuid.UUID(int=RNG.getrandbits(128))}",  # form submissions
}


@pytest.mark.parametrize("header", list(GENERATED))
def test_generated_keys_clear_under_a_record_key_header(header: str) -> None:
    """Random keys of every common shape pass the proof and clear under their record-key header, and stay masked under
    a header that says nothing (the header is part of the proof)."""
    values = _column(GENERATED[header])
    assert random_ids(values), values[:3]
    assert _clear(header, values) is True, values[:3]
    assert _clear("f6", values) is False, values[:3]


STRUCTURED = {
    "passports": lambda: _draw(string.ascii_uppercase, 2) + _draw(string.digits, 7),
    "plates": lambda: f"{_draw(string.ascii_uppercase, 3)} {_draw(string.digits, 3)}",
    "insurance numbers": lambda: _draw(string.ascii_uppercase, 2) + _draw(string.digits, 6) + RNG.choice("ABCD"),
    "postcodes": lambda: f"{RNG.choice('SNEW')}{RNG.randrange(1, 20)}{RNG.randrange(1, 9)} {RNG.randrange(1, 9)}"
                         f"{_draw(string.ascii_uppercase, 2)}",
    "student numbers": lambda: "S" + _draw(string.digits, 7),
    "badge uids": lambda: _draw("0123456789ABCDEF", 8),  # RFID badges and gym tags
    "android ids": lambda: _draw("0123456789abcdef", 16),
    "mac addresses": lambda: ":".join(_draw("0123456789abcdef", 2) for _ in range(6)),
    "vins": lambda: "WVWZZZ" + _draw("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 11),
    "api keys": lambda: "sk_live_" + _draw(ALNUM, 24),
    # capitals and digits drawn at random: passport and identity card numbers look like them (C01X00T47), so booking
    # references and authorisation codes of that shape stay masked too
    "document numbers": lambda: _draw("CFGHJKLMNPRTVWXYZ0123456789", 9),
    "booking references": lambda: _draw(UPPER, 6),
}


@pytest.mark.parametrize("kind", list(STRUCTURED))
def test_identifiers_people_carry_stay_masked_under_a_record_key_header(kind: str) -> None:
    """Structured identifiers, hexadecimal device and badge ids, VINs and credentials fail the proof, and stay masked
    under ``tag_id`` (a header that names a record key and no personal data)."""
    values = _column(STRUCTURED[kind])
    assert not random_ids(values), (kind, values[:3])
    assert _clear("tag_id", values) is False, (kind, values[:3])


def test_few_distinct_values_are_no_record_keys() -> None:
    """Keys repeat at most a few times: a column of a few random codes (a clerk's, a branch's) is not one."""
    codes = [_draw(UPPER, 8) for _ in range(5)]
    assert not random_ids([RNG.choice(codes) for _ in range(N)])
