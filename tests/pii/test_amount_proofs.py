"""Clearing proofs for money and measures (:mod:`core.pii.amounts`, issue 11 session 12): rounded amounts and decimal
measures clear under headers that say nothing, next to the personal numbers that look like them and must stay masked
(phones, national ids, postal codes, house numbers, PINs, card expiries, coordinates, dates and times). Every value is
made up here."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from core.pii.amounts import decimal_measures, round_amounts
from core.pii.decide import decide_table
from tests.pii.made_up_people import people

RNG = random.Random(12_2026_12)
N = 120


def _decide(column: str, values: Sequence[object]) -> bool:
    """Whether ``column`` is stored in clear in a table of made-up people."""
    rows = [dict(r, **{column: v}) for r, v in zip(people(RNG, len(values)), values, strict=True)]
    return {d.column: d.clear for d in decide_table(list(rows[0]), rows)}[column]


def _grouped(n: int, sep: str) -> str:
    """``n`` with thousands grouped by ``sep``."""
    return f"{n:,}".replace(",", sep)


# --- business values that clear ------------------------------------------------------------------------------------


def test_rounded_salaries_loans_and_prices_clear_under_a_header_that_says_nothing() -> None:
    """Loans, salaries and grants rounded to hundreds, written plain, grouped or with a zero fraction."""
    plain = [str(RNG.choice([5, 8, 12, 40, 75, 150, 900]) * 1000 + RNG.choice([0, 500])) for _ in range(N)]
    grouped = [_grouped(RNG.choice([3, 5, 10, 15, 20, 30]) * 1_000_000, ".") for _ in range(N)]
    cents = [f"{RNG.choice([15, 22, 30, 120, 165]) * 100}.00" for _ in range(N)]
    spaced = [_grouped(RNG.randrange(40, 300) * 1000, " ") for _ in range(N)]
    with_zeros = [RNG.choice(["0", "0", "3000", "7000", "8000"]) for _ in range(N)]  # one width, zeros
    for values in (plain, grouped, cents, with_zeros):
        assert round_amounts(values), values[:5]
        assert _decide("f7", values) is True, values[:5]
    assert round_amounts(spaced + ["1 200 000"] * 20)


def test_decimal_amounts_and_measures_of_varied_magnitude_clear() -> None:
    """Balances with cents, meter readings with three decimals, temperatures below zero."""
    balances = [f"{RNG.choice([1, 10, 100, 1000]) * RNG.random() * 9:.2f}" for _ in range(N)]
    kwh = [f"{RNG.uniform(50, 12000):.3f}".replace(".", ",") for _ in range(N)]
    temps = [f"{RNG.uniform(-25, 35):.1f}" for _ in range(N)]
    for values in (balances, kwh, temps):
        assert decimal_measures(values), values[:5]
        assert _decide("c_12", values) is True, values[:5]


# --- personal look-alikes that stay masked ---------------------------------------------------------------------------


@pytest.mark.parametrize("values", [
    # mobile phones, grouped like thousands and as plain digits
    [f"0{RNG.randrange(700, 799)}.{RNG.randrange(100, 999)}.{RNG.randrange(100, 999)}" for _ in range(N)],
    [f"{RNG.randrange(20, 99)} {RNG.randrange(100, 999)} {RNG.randrange(100, 999)}" for _ in range(N)],
    [str(RNG.randrange(600_000_000, 799_999_999)) for _ in range(N)],
    # national ids and staff numbers of varied lengths, none round
    [str(RNG.randrange(10**(k - 1), 10**k)) for k in (RNG.choice([7, 8, 9]) for _ in range(N))],
    # round postal codes of one width (Zagreb 10000, Split 21000) and never 0
    [RNG.choice(["10000", "20000", "21000", "23000", "31000", "51000"]) for _ in range(N)],
    # house numbers and floors: a few round, most not
    [str(RNG.choice([1, 2, 5, 10, 12, 100, 101, 102, 200, 204, 300])) for _ in range(N)],
    # years of birth: round only at decades
    [str(RNG.randrange(1940, 2010)) for _ in range(N)],
    # PINs and codes with leading zeros, card expiries
    [f"{RNG.randrange(10000):04d}" for _ in range(N)],
    [f"{RNG.randrange(1, 13):02d}{RNG.randrange(24, 31)}" for _ in range(N)],
])
def test_numbers_a_person_is_known_by_are_no_round_amounts(values: list[str]) -> None:
    """No identifier, phone, postal code, house number, year, PIN or expiry passes the round-amount proof, and the
    column stays masked under a header that says nothing."""
    assert not round_amounts(values), values[:5]
    assert _decide("f3", values) is False, values[:5]


@pytest.mark.parametrize("values", [
    # latitudes and longitudes of people's homes, three and more decimals, mixed hemispheres
    [f"{RNG.choice([-1, 1]) * RNG.uniform(0.5, 60):.3f}" for _ in range(N)],
    [f"{RNG.uniform(-170, 170):.4f}" for _ in range(N)],
    # phones and ids with a dot, zero-padded
    [f"0{RNG.randrange(10, 99)}.{RNG.randrange(1000, 9999)}" for _ in range(N)],
])
def test_coordinates_and_padded_numbers_are_no_decimal_measures(values: list[str]) -> None:
    """Coordinates and zero-padded numbers fail the decimal proof and the column stays masked under a header that
    says nothing."""
    assert not decimal_measures(values), values[:5]
    assert _decide("f4", values) is False, values[:5]


@pytest.mark.parametrize("values", [
    # dates written day.month and times hours.minutes (an admission, an appointment)
    [f"{RNG.randrange(1, 29)}.{RNG.randrange(1, 13):02d}" for _ in range(N)],
    [f"{RNG.randrange(7, 20)}.{RNG.choice([0, 15, 30, 45]):02d}" for _ in range(N)],
    # heights of one magnitude (1.52 .. 1.95): no varied magnitudes
    [f"{RNG.uniform(1.5, 1.95):.2f}" for _ in range(N)],
])
def test_dates_times_and_one_magnitude_values_prove_no_measure(values: list[str]) -> None:
    """Day.month dates, clock times and values of one magnitude are no proof of a measure (the decision of such a
    column is left to the rules before this proof: it is not made by it)."""
    assert not decimal_measures(values), values[:5]


def test_a_personal_header_masks_amounts_first() -> None:
    """A header naming personal data decides before the proofs: rounded numbers under ``phone`` stay masked."""
    values = [str(RNG.choice([5, 8, 12, 40]) * 1000) for _ in range(N)] + ["0"] * 10
    assert round_amounts(values)
    assert _decide("phone", values) is False
