"""h15-fixpii: the three clearing rules h15-pii found are narrowed without catching their look-alikes — keys handed
out in order stay a sequence, lower-case vocabularies stay clear in a table of people, occupations stay clear under
an occupation header (tests/pii/test_occupations.py holds the leaks themselves)."""

from __future__ import annotations

import random

import pytest

from core.pii.decide import decide_table
from core.pii.decision import ColumnDecision
from core.pii.initial_logins import initial_logins
from core.pii.kinds import sequence_keys
from tests.pii.adversarial import people_rows
from tests.pii.made_up_people import word


def _decision(header: str, values: list[str]) -> ColumnDecision:
    columns, rows = people_rows(len(values), {header: values})
    return {d.column: d for d in decide_table(columns, rows, headers={c: c for c in columns})}[header]


def _clear(header: str, values: list[str]) -> bool:
    return _decision(header, values).clear


def test_random_three_digit_codes_are_no_sequence() -> None:
    rng = random.Random(5)
    for _ in range(20):
        assert not sequence_keys([str(x) for x in rng.sample(range(100, 1000), 50)])


@pytest.mark.parametrize("keys", [
    [str(x) for x in range(100, 160)],                     # one block of three-digit keys
    [str(x) for x in range(1, 80)],                        # row counters of growing width
    [f"K-{x}" for x in range(400600, 400700)],             # prefixed keys
    [str(x) for x in sorted(random.Random(2).sample(range(1000, 2000), 300))],  # dense in a block of four digits
])
def test_keys_handed_out_in_order_stay_a_sequence(keys: list[str]) -> None:
    assert sequence_keys(keys)


def test_initial_logins_found_at_any_seed() -> None:
    for seed in range(10):
        rng = random.Random(seed)
        logins = [f"{word(rng)[0].lower()}{word(rng).lower()}" for _ in range(8)]
        if sum(v[1] in "aeiouy" for v in logins) <= 3:  # an initial before a vowel reads as a word
            assert initial_logins(logins), logins


@pytest.mark.parametrize("vocab", [
    ["online", "retail", "wholesale", "partner"],
    ["standard", "premium", "basic", "trial"],
    ["transfer", "cash", "cheque", "direct"],
    ["przelew", "gotowka", "karta", "blik"],
    ["monthly", "weekly", "yearly", "quarterly"],
    ["schwarz", "braun", "gruen", "blau", "weiss"],
])
def test_lower_case_vocabularies_are_no_logins(vocab: list[str]) -> None:
    assert not initial_logins(vocab)
    rng = random.Random(4)
    values = [rng.choice(vocab) for _ in range(300)]
    assert _decision("f4", values).entity != "USERNAME"


def test_occupations_still_clear_under_an_occupation_header() -> None:
    rng = random.Random(1)
    jobs = ["Nurse", "Bus driver", "Teacher", "Electrician", "Student", "Retired"]
    assert _clear("occupation", [rng.choice(jobs) for _ in range(300)])
