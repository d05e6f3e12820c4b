"""Letter+digit identifiers of people as values (issue 11, h9-hdrmask): DNI, NIE, NINO and passport-like numbers
under headers that say nothing are masked whether unique or repeated over the rows (repeated, they were cleared
as codes of a closed list; spaced NINOs as system-generated text), while keys after one literal prefix and the
closed-code lists of tests/pii/test_closed_codes_and_cents.py keep their decisions."""

from __future__ import annotations

import random
import string
import time
from collections.abc import Callable

import pytest

from core.pii.decide import decide_table
from core.pii.person_ids import DNI_LETTERS, letter_digit_id, letter_digit_ids, national_id

RNG = random.Random(23)


def _dni() -> str:
    n = RNG.randrange(10**7, 10**8)
    return f"{n}{DNI_LETTERS[n % 23]}"


def _nie() -> str:
    p, n = RNG.choice("XYZ"), RNG.randrange(10**6, 10**7)
    return f"{p}{n}{DNI_LETTERS[int(str('XYZ'.index(p)) + str(n)) % 23]}"


def _nino() -> str:
    return (RNG.choice("ACEHJLMPRSW") + RNG.choice("ABCEHJLMPRSW") + f"{RNG.randrange(10**6):06d}"
            + RNG.choice("ABCD"))


def _passport() -> str:
    return "".join(RNG.choice(string.ascii_uppercase) for _ in range(2)) + f"{RNG.randrange(10**7):07d}"


def _unchecked_dni() -> str:
    return f"{RNG.randrange(10**7, 10**8)}{RNG.choice(DNI_LETTERS)}"


KINDS: dict[str, Callable[[], str]] = {
    "dni": _dni, "nie": _nie, "nino": _nino, "passport": _passport, "dni_no_check": _unchecked_dni,
    "dni_lower_dash": lambda: (lambda d: f"{d[:8]}-{d[8].lower()}")(_dni()),
    "nino_spaced": lambda: (lambda s: f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]}")(_nino()),
}
WITH_PROOF = {"dni", "nie", "nino", "dni_lower_dash", "nino_spaced"}


def _decide(**cols: list[str]) -> dict[str, tuple[bool, str | None]]:
    names = list(cols)
    rows = [{c: cols[c][i] for c in names} for i in range(len(cols[names[0]]))]
    return {d.column: (d.clear, d.entity) for d in decide_table(names, rows, headers={c: c for c in names},
                                                                   table="t")}


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("distinct", [3, 40], ids=["repeated", "unique"])
@pytest.mark.parametrize("company", ["alone", "amounts", "statuses"])
def test_person_ids_under_coded_headers_are_masked(kind: str, distinct: int, company: str) -> None:
    RNG.seed(f"{kind}-{distinct}-{company}")  # the same ids whatever order the tests run in
    pool = [KINDS[kind]() for _ in range(distinct)]
    ids = [pool[i % distinct] for i in range(120)]
    cols = {"f1": ids}
    if company == "amounts":
        cols["f2"] = [f"{RNG.randrange(10, 9999)}.{RNG.randrange(100):02d}" for _ in ids]
    if company == "statuses":
        cols["f2"] = [RNG.choice(["active", "closed", "pending"]) for _ in ids]
    clear, entity = _decide(**cols)["f1"]
    assert not clear
    assert (entity == "NATIONAL_ID") is (kind in WITH_PROOF)


def test_check_letters_and_forms() -> None:
    assert national_id("12345678Z") and national_id("X1234567L") and national_id("12.345.678-z")
    assert not national_id("12345678A")  # wrong check letter (Z is right)
    assert national_id("AB123456C") and national_id("AB 12 34 56 C")
    assert not national_id("GB123456C") and not national_id("AB123456E") and not national_id("DA123456A")
    assert letter_digit_id("AB1234567") and letter_digit_id("X1234567L") and not letter_digit_id("6121BX002")
    assert not letter_digit_id("ABCD1234567") and not letter_digit_id("AB12345")


def test_keys_after_one_prefix_and_closed_code_lists_keep_their_decisions() -> None:
    """Keys handed out after one literal prefix vary in no letter: no personal-id evidence (the other rules
    decide them); lot and programme codes (letters inside the digits) are no letter+digit ids."""
    keys = [f"K-{400_000 + 3 * i}" for i in range(100)]
    assert not letter_digit_ids(keys) and not letter_digit_ids([f"FAC-{15_003 + i:07d}" for i in range(50)])
    programmes = [f"6{RNG.randrange(100, 999)}{RNG.choice('ABKN')}X0{RNG.randrange(10, 99)}" for _ in range(6)]
    cells = [programmes[i % 6] for i in range(120)]
    assert _decide(f7=cells)["f7"][0] is True


def test_a_record_key_header_leaves_letter_digit_codes_to_the_other_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    codes = [_passport() for _ in range(4)]
    cells = [codes[i % 4] for i in range(120)]
    assert _decide(f7=cells)["f7"][0] is False
    with_rule = _decide(claim_no=cells)["claim_no"]
    import core.pii.decide as decide

    monkeypatch.setattr(decide, "mask_letter_digit_ids", lambda d, v, s: d)
    # since session 9's staff-number rule (core/pii/staff.py) short letter prefixes before a number are no closed
    # code list under f7 either: two rules keep them masked; under a record-key header neither changes the decision
    assert _decide(f7=cells)["f7"][0] is False
    assert _decide(claim_no=cells)["claim_no"] == with_rule


def test_long_values_are_read_in_bounded_time() -> None:
    t0 = time.process_time()
    for v in ("Z" * 200_000, "1" * 200_000, "AB" + "1" * 200_000):
        assert not national_id(v) and not letter_digit_id(v)
    assert time.process_time() - t0 < 0.5
