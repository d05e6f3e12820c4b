"""Value evidence that a column holds NO personal data (issue 11, precision side of deny by default).

Each test here looks at the values alone and answers only when the evidence is strong: a shape that personal
values do not take, checked on (almost) every value. They let :mod:`core.pii.detect` and :mod:`core.pii.decide`
keep business columns in clear whatever their header says or does not say:

* :func:`epoch_kind`: integers that are Unix times in milliseconds (13 digits, 2000-2040) — a phone number
  never has that form — or in seconds (10 digits, within ten years of each other: only with a header that
  says it is a time, since a column of phone numbers that lost their leading zero can have the same form);
* :func:`gs1_barcodes`: product barcodes (EAN-8, UPC-A, EAN-13, GTIN-14) whose GS1 check digit is right on
  nine in ten values (one random number in ten passes it: a column of phone numbers or ids does not);
* :func:`version_strings`: software versions (``5.12.0``, ``17.4.1``, ``3.3.0-beta``), a small repeated set;
* :func:`locale_tags`: language and locale tags (``en``, ``pt_BR``, ``de-AT``);
* :func:`packed_keys`: keys a system handed out in order, repeats allowed (one order number on each of its
  lines, one sample number on each of its analyses): a constant prefix and numbers packed in a narrow range;
* :func:`symbol_vocabulary`: a small vocabulary every value of which carries a digit or a symbol that no
  name or place has (``mg/dL``, ``%``, ``COBAS-C311-02``, ``P3``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

EPOCH_S = (946_684_800, 2_208_988_800)  # 2000-01-01 .. 2040-01-01
EPOCH_SPREAD_MAX_S = 10 * 366 * 86_400
VERSION = re.compile(r"^v?\d{1,4}(?:\.\d{1,4}){0,3}(?:[-+][0-9A-Za-z.]{1,12})?$")
LOCALE = re.compile(r"^[a-z]{2,3}(?:[_-][A-Z]{2}|[_-][A-Z][a-z]{3})?(?:\.UTF-8)?$")
SYMBOLS = frozenset("/%#+_=<>°§µ|")


def _ints(texts: Sequence[str]) -> list[int] | None:
    if not texts or not all(t.isdigit() for t in texts):
        return None
    return [int(t) for t in texts]


def epoch_kind(texts: Sequence[str]) -> str | None:
    """``epoch_ms`` (milliseconds, self-evident), ``epoch_s`` (seconds, needs a time header) or None."""
    if len(texts) < 5 or not all(t.isdigit() for t in texts):
        return None
    lengths = {len(t) for t in texts}
    nums = [int(t) for t in texts]
    if lengths == {13} and all(EPOCH_S[0] * 1000 <= n < EPOCH_S[1] * 1000 for n in nums):
        return "epoch_ms"
    if lengths == {10} and all(EPOCH_S[0] <= n < EPOCH_S[1] for n in nums) and \
            max(nums) - min(nums) <= EPOCH_SPREAD_MAX_S:
        return "epoch_s"
    return None


def gs1_ok(code: str) -> bool:
    """Whether a digit string has a right GS1 (EAN/UPC/GTIN) check digit."""
    body, check = code[:-1], int(code[-1])
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def gs1_barcodes(texts: Sequence[str]) -> bool:
    """Product barcodes: 8, 12, 13 or 14 digits, GS1 check digit right on nine in ten values (module docstring)."""
    if len(texts) < 20 or not all(t.isdigit() and len(t) in (8, 12, 13, 14) for t in texts):
        return False
    return sum(gs1_ok(t) for t in texts) / len(texts) >= 0.9


def version_strings(texts: Sequence[str], distinct: int) -> bool:
    """Software versions: every value a version, two in five with two or more dots, a small set that repeats."""
    if len(texts) < 10 or distinct > max(5, len(texts) // 5) or not all(VERSION.match(t) for t in texts):
        return False
    return sum(t.count(".") >= 2 for t in texts) / len(texts) >= 0.4


def locale_tags(texts: Sequence[str], distinct: int) -> bool:
    """Language / locale tags (``en``, ``pt_BR``, ``zh-Hant``): every value one, a small set that repeats, some
    with a region part (two lower-case letters alone could be initials)."""
    if len(texts) < 10 or distinct > max(5, len(texts) // 5) or not all(LOCALE.match(t) for t in texts):
        return False
    return sum("_" in t or "-" in t for t in texts) / len(texts) >= 0.5


def packed_keys(texts: Sequence[str], *, spread: int = 50) -> bool:
    """Keys handed out in order, repeats allowed: after the values' longest common prefix only digits remain,
    at least 20 distinct numbers, packed within ``spread`` times their count (ids people carry are spread
    over their whole range; a city's postal codes are few, a run's order numbers many)."""
    values = sorted(set(texts))
    if len(values) < 20:
        return False
    prefix = os.path.commonprefix(values)
    while prefix and prefix[-1].isdigit() and any(len(v) == len(prefix) for v in values):
        prefix = prefix[:-1]
    rest = [v[len(prefix):] for v in values]
    nums = _ints(rest)
    if nums is None or (not prefix and min(nums) < 1000):  # bare small numbers: house numbers, ages
        return False
    return max(nums) - min(nums) <= spread * len(nums)


def symbol_vocabulary(texts: Sequence[str]) -> bool:
    """Every distinct value carries a digit or a symbol no personal name or place has (module docstring)."""
    return all(any(c.isdigit() or c in SYMBOLS for c in t) for t in set(texts))
