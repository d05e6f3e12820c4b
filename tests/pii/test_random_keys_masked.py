"""Values drawn at random stay masked under record-key headers (review of issue 11 session 12's ``random_ids`` proof,
removed): short credentials (verification, reset, session and backup codes), identity-document numbers and device
serials have the random shape of a generated record key, so no proof on the values may clear them; structured
identifiers a person carries, hexadecimal device and badge ids, credentials and VINs (in any case, :mod:`core.pii.vins`)
stay masked too. Every value is made up here."""

from __future__ import annotations

import random
import string
from collections.abc import Callable

import pytest

from core.pii.decide import decide_table
from core.pii.vins import vin_like
from tests.pii.made_up_people import people

RNG = random.Random(2026_12_07)
N = 120
ALNUM = string.ascii_letters + string.digits
UPPER = string.ascii_uppercase + string.digits
#: VIN characters (no I, O, Q), lower case
VIN_LOWER = "abcdefghjklmnprstuvwxyz0123456789"


def _draw(alphabet: str, k: int) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(k))


def _clear(column: str, values: list[str]) -> bool:
    """Whether ``column`` holding ``values`` is stored in clear in a table of made-up people."""
    rows = [dict(r, **{column: v}) for r, v in zip(people(RNG, len(values)), values, strict=True)]
    return {d.column: d.clear for d in decide_table(list(rows[0]), rows)}[column]


def _column(make: Callable[[], str]) -> list[str]:
    return [make() for _ in range(N)]


@pytest.mark.parametrize("header", ["verification_code", "reset_code", "session_id", "backup_code", "invite_code"])
@pytest.mark.parametrize("k", [8, 12, 20])
def test_short_random_credentials_stay_masked_under_key_headers(header: str, k: int) -> None:
    """One-time codes and session tokens below the secret detector's length are bearer credentials: masked."""
    assert _clear(header, _column(lambda: _draw(ALNUM, k))) is False


DOCUMENT_SHAPES = {
    # German ID card / passport numbers: a letter, then eight of 0-9 and CFGHJKLMNPRTVWXYZ
    "de_id_card": lambda: RNG.choice("LMNPRTVWXY") + _draw("CFGHJKLMNPRTVWXYZ0123456789", 8),
    # French identity card numbers: nine letters and digits
    "fr_id_card": lambda: _draw(UPPER, 9),
    # the same typed in mixed case by a clerk
    "mixed_case": lambda: _draw("CFGHJKLMNPRTVWXYZcfghjklmnprtvwxyz0123456789", 9),
}


@pytest.mark.parametrize("header", ["document_number", "numero_documento", "Dokumentennummer", "id_no", "doc_no"])
@pytest.mark.parametrize("shape", list(DOCUMENT_SHAPES))
def test_identity_document_numbers_stay_masked(header: str, shape: str) -> None:
    """Identity-document numbers drawn at random stay masked under the headers that name them."""
    assert _clear(header, _column(DOCUMENT_SHAPES[shape])) is False


@pytest.mark.parametrize("header", ["serial_no", "Seriennummer", "numero_serie", "device_id"])
@pytest.mark.parametrize("alphabet", ["BCDFGHJKLMNPQRTVWXYZ0123456789", ALNUM])
def test_device_serials_stay_masked(header: str, alphabet: str) -> None:
    """Randomised device serials (a person's laptop or phone) stay masked, in capitals or in mixed case."""
    assert _clear(header, _column(lambda: _draw(alphabet, 10))) is False


@pytest.mark.parametrize("header", ["vehicle_id", "chassis_no", "unit_id", "fahrzeug_nr"])
@pytest.mark.parametrize("prefix", ["wvwzzz", "WVWZZZ", ""])
def test_vins_in_any_case_stay_masked(header: str, prefix: str) -> None:
    """VINs name a person's car: a fleet of one make (one shared prefix, which the literal-prefix key proof would
    take for record keys) and VINs of many makes stay masked, in capitals or in lower case."""
    values = _column(lambda: prefix + _draw(VIN_LOWER, 17 - len(prefix)))
    if prefix.isupper():
        values = [v.upper() for v in values]
    assert vin_like(values)
    assert vin_like([v.upper() for v in values]) and vin_like([v.lower() for v in values])
    assert _clear(header, values) is False


def test_vin_shape_refuses_i_o_q_and_other_lengths() -> None:
    """Seventeen characters without I, O or Q: other codes are no VINs (the check adds masking only)."""
    assert not vin_like(["WVWZZZ1JZ3W38604" + "I"])
    assert not vin_like(["wvwzzz1jz3w38604"])  # sixteen
    assert not vin_like([])


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
    "api keys": lambda: "sk_live_" + _draw(ALNUM, 24),
    "booking references": lambda: _draw(UPPER, 6),
    "mixed-case codes": lambda: _draw(ALNUM, 15),
}


@pytest.mark.parametrize("kind", list(STRUCTURED))
def test_identifiers_people_carry_stay_masked_under_a_record_key_header(kind: str) -> None:
    """Structured identifiers, hexadecimal device and badge ids, credentials and random codes stay masked under
    ``tag_id`` (a header that names a record key and no personal data)."""
    values = _column(STRUCTURED[kind])
    assert _clear("tag_id", values) is False, (kind, values[:3])
