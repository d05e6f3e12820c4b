"""Session 14 precision (issue 11): numbered business records in a table of people (:mod:`core.pii.record_numbers`)
are cleared; the personal numbers of the same shapes or under near headers stay masked. All values are made up."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from core.pii.decide import decide_table
from core.pii.record_numbers import record_noun_header, segmented_keys
from tests.pii.made_up_people import people

RNG = random.Random(14_2026_12)
N = 120
SERIES = ["ЛВ-", "КВ-", "ЧН-", "ХК-"]


def _decide(column: str, cells: Sequence[object]) -> bool:
    table = [dict(r, **{column: v}) for r, v in zip(people(RNG, N), cells, strict=True)]
    return {d.column: d.clear for d in decide_table(list(table[0]), table)}[column]


def _shuffled(values: list[str]) -> list[str]:
    out = list(values)
    RNG.shuffle(out)  # a sample by key is in no file order
    return out


KEYS = {
    "rechnung_nr": [f"RE-24-{10000 + i}" for i in range(N)],
    "№ дог.": [f"{SERIES[i % 4]}{20000 + 11 * i}" for i in range(N)],
    "Nro. Boleto": [f"00{1 + i % 3}-{1045 + 7 * i:07d}" for i in range(N)],
    "receiptNo": [f"R-{RNG.randint(1, 300):04d}-{50012 + i}" for i in range(N)],
    "{HPACCT.AGREEMENT_NO}": [f"HP{2021 + i % 5}-{3001 + i:05d}" for i in range(N)],
    "no_tiket": [f"TKT-2024-{40000 + 3 * i:06d}" for i in range(N)],
}


@pytest.mark.parametrize("header", sorted(KEYS))
def test_numbered_business_records_of_one_counter_are_cleared(header: str) -> None:
    """Invoice, contract, ticket, receipt and agreement numbers of one counter (the series or year before the number
    may vary) next to 120 people: no person's number (masked before session 14: a number word next to an unknown
    word proved nothing in a table of people)."""
    assert record_noun_header(header) and segmented_keys(KEYS[header])
    assert _decide(header, _shuffled(KEYS[header])) is True


@pytest.mark.parametrize("header", ["Payroll No", "Emp No", "No. Ahli", "Núm. CASS", "MBR_NO", "N° de carte",
                                    "Seaman's Book No.", "Policy No", "№ полиса ОМС", "accountNo", "meterNo"])
def test_the_same_keys_under_a_personal_or_unknown_number_stay_masked(header: str) -> None:
    """Staff, member, social-security, card, seafarer's-book, policy, account and meter numbers are the person's or
    the household's even when handed out from one counter: no business-record noun, so the values prove nothing."""
    assert not record_noun_header(header)
    assert _decide(header, _shuffled([f"MC-2019-{10064 + i}" for i in range(N)])) is False


@pytest.mark.parametrize("cells", [
    [f"{RNG.randint(1, 28):02d}/{RNG.randint(1, 12):02d}/{RNG.randint(1940, 2005)}" for _ in range(N)],  # births
    [f"+47 9{RNG.randint(1000000, 9999999)}" for _ in range(N)],  # phones
    [f"{RNG.randint(10**10, 10**11 - 1)}" for _ in range(N)],  # national ids spread over their range
    [f"EMP-{1000 + i}" for i in range(N)],  # staff numbers
])
def test_personal_values_under_a_record_header_stay_masked(cells: list[str]) -> None:
    """A record noun in the header is not enough: birth dates (years repeat), phones and ids spread over their range
    are no keys of one counter, and staff numbers keep their staff prefix rule."""
    assert _decide("rechnung_nr", cells) is False


def test_a_counter_needs_twenty_keys_of_one_width() -> None:
    """Few keys, or numbers of several widths, prove no counter."""
    assert not segmented_keys([f"RE-{10000 + i}" for i in range(10)])
    assert not segmented_keys([f"RE-{10 ** (4 + i % 3) + i}" for i in range(N)])
