"""Record codes are not amounts (session-6 blind PII set, measured once: a medical record number column of
``HCU-0746071`` and bare ``1800235`` values was read as money, a self-evident kind, and stored in clear)."""

from __future__ import annotations

import random

from core.pii.decide import decide_table
from core.pii.detect import money_value, profile_values


def _mrns(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [f"ABC-{rng.randint(0, 999999):07d}" if rng.random() < 0.5 else str(rng.randint(1000000, 2999999))
            for _ in range(n)]


def test_a_prefixed_zero_padded_code_is_no_amount() -> None:
    assert not money_value("HCU-0746071") and not money_value("0746071")
    assert money_value("EUR 1.234,50") and money_value("0.50") and money_value("$12") and money_value("-1200")


def test_record_numbers_in_a_patient_table_stay_masked() -> None:
    vals = _mrns(200)
    assert profile_values(vals).kind != "amount"
    rng = random.Random(3)
    given = ["Ana", "Luis", "Maria", "Jorge", "Rosa", "Pablo", "Elena", "Diego"]
    rows = [{"identifier": v, "given": rng.choice(given) + str(i % 7), "family": f"Q{i:03d}x"}
            for i, v in enumerate(vals)]
    dec = {d.column: d for d in decide_table(["identifier", "given", "family"], rows, table="patients")}
    assert not dec["identifier"].clear, dec["identifier"].reason


def test_letters_before_digits_are_a_currency_only_when_iso_4217_lists_them() -> None:
    """Session-7 blind PII set, measured once: a health-plan member number column (three plan letters joined to nine
    digits, under a coded header) was read as amounts in an unknown currency and stored in clear."""
    assert not money_value("PPO255583122") and not money_value("12 XYZ") and not money_value("ABC 12")
    assert money_value("USD12") and money_value("12.50 CHF") and money_value("EUR 1.234,50")
    rng = random.Random(11)
    members = [f"{rng.choice(['PPO', 'HMO', 'EPX'])}{rng.randint(10**8, 10**9 - 1)}" for _ in range(200)]
    amounts = [f"{rng.choice(['USD', 'EUR', 'GBP'])} {rng.randint(1, 99999)}.{rng.randint(0, 99):02d}"
               for _ in range(200)]
    assert profile_values(members).kind != "amount" and profile_values(amounts).kind == "amount"
    rows = [{"REF02": m, "AMT02": a} for m, a in zip(members, amounts, strict=True)]
    dec = {d.column: d for d in decide_table(["REF02", "AMT02"], rows)}
    assert not dec["REF02"].clear, dec["REF02"].reason
    assert dec["AMT02"].clear, dec["AMT02"].reason
