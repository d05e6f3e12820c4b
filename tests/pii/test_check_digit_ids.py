"""SIM ICCIDs and other numbers issued with a Luhn check digit are device or card identifiers, never record keys
(session-7b blind PII set, measured once: an ``ICCID`` column of one operator's SIMs, whose numbers share their
leading digits like keys handed out from one block, was cleared as record keys under a header read as ``...ID``)."""

from __future__ import annotations

import random

from core.pii.decide import decide_table
from core.pii.detect import luhn_ok
from core.pii.headers import header_signal
from core.pii.proof import record_key_proof


def _with_check_digit(body: str) -> str:
    return next(body + d for d in "0123456789" if luhn_ok(body + d))


def _iccids(n: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    return [_with_check_digit(f"898550{rng.randint(10**12, 10**13 - 1)}") for _ in range(n)]


def test_numbers_with_a_check_digit_are_no_record_keys() -> None:
    rng = random.Random(9)
    keys = [str(rng.randint(1_000_000_000, 1_009_999_999)) for _ in range(200)]
    assert record_key_proof(keys)  # keys from one block: one in ten passes Luhn
    assert not record_key_proof(_iccids(200))


def test_device_identifier_headers_name_personal_data() -> None:
    for h in ("ICCID", "sim_iccid", "MSISDN", "MEID", "udid"):
        assert header_signal(h).pii, h


def test_iccid_column_stays_masked_and_order_ids_clear() -> None:
    rng = random.Random(2)
    iccids = _iccids(200)
    orders = [str(24_000_000 + i * 7 + rng.randint(0, 6)) for i in range(200)]
    rows = [{"ICCID": i, "order_id": o} for i, o in zip(iccids, orders, strict=True)]
    dec = {d.column: d for d in decide_table(["ICCID", "order_id"], rows)}
    assert not dec["ICCID"].clear, dec["ICCID"].reason
    assert dec["order_id"].clear, dec["order_id"].reason
