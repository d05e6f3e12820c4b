"""The Luhn check digit (card numbers, IMEIs, SIM ICCIDs), shared by detection and the record-key proof."""

from __future__ import annotations


def luhn_ok(digits: str) -> bool:
    """Whether a digit string passes the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0
