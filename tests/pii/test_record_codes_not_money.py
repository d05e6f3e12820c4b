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
