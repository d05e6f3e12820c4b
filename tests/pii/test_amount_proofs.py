"""Clearing proofs for measures (:mod:`core.pii.amounts`, issue 11 session 12): decimal measures clear under headers
that say nothing, next to the personal numbers that look like them and must stay masked (phones, national ids, postal
codes, house numbers, PINs, card expiries, coordinates, dates and times). Rounded integers are no proof of money (the
``round_amounts`` proof was removed after review: round postal codes span the same widths). Every value is made up
here."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from core.pii.amounts import clock_or_day, decimal_measures
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


def test_decimal_amounts_and_measures_of_varied_magnitude_clear() -> None:
    """Balances with cents, meter readings with three decimals, temperatures below zero."""
    balances = [f"{RNG.choice([1, 10, 100, 1000]) * RNG.random() * 9:.2f}" for _ in range(N)]
    kwh = [f"{10 ** RNG.uniform(2.7, 5):.3f}".replace(".", ",") for _ in range(N)]  # 500 .. 100,000: varied
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
def test_numbers_a_person_is_known_by_stay_masked(values: list[str]) -> None:
    """No identifier, phone, postal code, house number, year, PIN or expiry is cleared under a header that says
    nothing."""
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
    """A header naming personal data decides first: rounded numbers under ``phone`` stay masked."""
    values = [str(RNG.choice([5, 8, 12, 40]) * 1000) for _ in range(N)] + ["0"] * 10
    assert _decide("phone", values) is False


# --- review of session 12: round postal codes, dates and times ----------------------------------------------------

_BE = ["1000", "2000", "9000", "3000", "4000", "8000", "7000", "5000", "6000", "1200", "1300", "8500", "3500"]
_FR = ["59000", "75000", "69000", "13000", "33000", "31000", "44000", "67000", "34000", "35000", "21000", "37000"]
_CN = ["100000", "200000", "510000", "518000", "310000", "430000", "610000", "710000", "300000", "400000"]
#: Italian province capitals' codes (00100, 04100, 20100...) exported as integers: leading zeros dropped
_IT = [str(k * 1000 + 100) for k in (0, 1, 2, 4, 5, 6, 9, 10, 20, 24, 30, 40, 50, 60, 70, 80, 90, 98)]


@pytest.mark.parametrize("values", [
    [RNG.choice(_BE if RNG.random() < 0.4 else _FR) for _ in range(N)],  # cross-border: four and five digits
    [RNG.choice(_FR) for _ in range(N - 6)] + ["0"] * 6,  # one width, 0 for unknown
    [RNG.choice(_CN) for _ in range(N - 5)] + ["0"] * 5,
    [RNG.choice(_IT) for _ in range(N)],  # three widths, magnitudes 100 .. 98100
], ids=["be_fr", "fr_zero", "cn_zero", "it_integers"])
@pytest.mark.parametrize("header", ["f3", "column_7"])
def test_round_postal_codes_stay_masked(values: list[str], header: str) -> None:
    """Round postal codes of varied widths, with 0 for unknown, stay masked under a header that says nothing."""
    assert _decide(header, values) is False, values[:5]


def _spreadsheet(text: str) -> str:
    """``text`` after a spreadsheet read it as a number (``20.10`` -> ``20.1``, ``9.30`` -> ``9.3``)."""
    return str(float(text))


@pytest.mark.parametrize("values", [
    [f"{RNG.randrange(1, 29)}.{RNG.randrange(1, 13):02d}" for _ in range(N)],  # birthdays day.month
    [_spreadsheet(f"{RNG.randrange(1, 29)}.{RNG.randrange(1, 13):02d}") for _ in range(N)],
    [f"{RNG.randrange(1, 29)},{RNG.randrange(1, 13):02d}" for _ in range(N)],
    [f"{RNG.randrange(7, 20)}.{RNG.choice([0, 15, 30, 45]):02d}" for _ in range(N)],  # appointment times
    [_spreadsheet(f"{RNG.randrange(7, 20)}.{RNG.choice([0, 10, 30, 50]):02d}") for _ in range(N)],
    [f"{RNG.randrange(0, 24)}.{RNG.randrange(60):02d}" for _ in range(N)],
], ids=["day_month", "day_month_spreadsheet", "day_month_comma", "clock", "clock_spreadsheet", "clock_any_minute"])
def test_day_month_and_clock_values_are_not_cleared_as_amounts(values: list[str]) -> None:
    """Values that all read as a day and a month or as hours and minutes are dates and times: neither the decimal
    proof nor the amount rule clears them under a header that says nothing."""
    assert clock_or_day(values), values[:5]
    assert not decimal_measures(values), values[:5]
    assert _decide("f3", values) is False, values[:5]


def test_amounts_beyond_days_and_hours_are_no_dates() -> None:
    """Prices over 31, cents over 59, negative values and whole numbers are not read as dates or times."""
    assert not clock_or_day([f"{RNG.uniform(0, 500):.2f}" for _ in range(N)] + ["120.50"])
    assert not clock_or_day(["3.99", "12.75", "1.80"])
    assert not clock_or_day(["-3.5", "12.10"])
    assert not clock_or_day(["12", "17", "9"])
