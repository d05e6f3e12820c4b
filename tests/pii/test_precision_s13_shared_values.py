"""Session 13 precision (issue 11): one value shared by every row of a table of people
(:mod:`core.pii.shared_values`), next to the personal look-alikes that must stay masked. All values are made up."""

from __future__ import annotations

import random

import pytest

from core.pii.decide import decide_table
from core.pii.decision import ColumnDecision
from core.pii.headers import header_signal
from core.pii.shared_values import shared_code_proof, shared_codes
from tests.pii.made_up_people import people

RNG = random.Random(13_2026_12)
N = 120


def _decide(column: str, cells: list[object], rows: list[dict[str, object]] | None = None) -> bool:
    base = rows if rows is not None else people(RNG, N)
    table = [dict(r, **{column: v}) for r, v in zip(base, cells, strict=True)]
    return {d.column: d.clear for d in decide_table(list(table[0]), table)}[column]


@pytest.mark.parametrize("value", ["566", "815", "750", "2025-03-06T00:00:00Z", "Trimite cererea", "Pago en efectivo"])
def test_a_code_period_or_phrase_every_person_shares_is_cleared(value: str) -> None:
    """A currency or institution code, a period, a form's button text on every row of 120 people."""
    assert shared_code_proof([value] * N, N, N)
    assert _decide("f7", [value] * N) is True


def test_a_period_code_passes_the_proof_and_letter_digit_ids_still_mask_it() -> None:
    """``KB2025-03`` (a pay run) passes the proof; the later letter+digit-id pass of the table still masks it under a
    header that says nothing (deny by default keeps the stricter rule)."""
    assert shared_code_proof(["KB2025-03"] * N, N, N)
    assert _decide("f7", ["KB2025-03"] * N) is False


@pytest.mark.parametrize("value", [
    "Rasmus Kvist", "RASMUS KVIST", "María de la Cruz", "Kalo van Mibel",  # the clerk's or physician's name
    "rkvist", "r.kvist", "amm_ods", "kvist@clinic.test", "CLINIC\\rkvist",  # logins, e-mail
    "64000", "1987", "4321", "0042", "20345678", "+47 915 02 113",  # postal code, birth year, last four, phone
    "EMP-0042", "LO-127", "RK", "KV",  # staff codes, initials
])
def test_one_persons_value_on_every_row_stays_masked(value: str) -> None:
    """The one person a constant belongs to is whoever made the extract: names, logins, contacts, numbers of four
    digits or more and staff codes or initials shared by every row stay masked."""
    assert not shared_code_proof([value] * N, N, N)
    masked = ColumnDecision(column="f7", clear=False, reason="deny by default")
    cleared = shared_codes([masked], {"f7": [value] * N}, {"f7": header_signal("f7")}, N)
    assert cleared[0].clear is False


def test_a_constant_needs_many_people_and_most_rows() -> None:
    """The rows of one person (their own code on each of their rows) or a value filled on a few rows only prove
    nothing: the same short code stays masked there."""
    one = [{"email": "only.one@mail.test", "name": "Kalo Mibel"} for _ in range(N)]
    assert _decide("f7", ["566"] * N, rows=one) is False
    few = ["566"] * 30 + [None] * (N - 30)
    assert not shared_code_proof(["566"] * 30, N, N)
    assert _decide("f7", few) is False


def test_a_personal_header_keeps_a_shared_value_masked() -> None:
    """Under a header that names personal data (the clerk's ``modified_by``) the short code stays masked."""
    assert _decide("modified_by", ["566"] * N) is False
    assert _decide("currency_numeric", ["566"] * N) is True
