"""Amounts written with a currency sign, as synthesis candidates: the sign named by its ISO 4217 code and the
amount normalised, whichever notation each value uses (``£1,200`` -> ``GBP 1200.00``, ``€12.500,50`` -> ``EUR
12500.50``, ``€3,20`` -> ``EUR 3.20``).

- **The sign**: the value with its amount (digits, separators, spaces) removed, looked up in :data:`SIGNS` (the
  common signs whose currency is not ambiguous: no bare ``$`` or ``¥``), extended or overridden by what the
  examples show (``$`` -> ``CAD`` or ``USD``, ``¥`` -> ``JPY`` or ``CNY``, only when they say so); a sign neither
  knows gives no value.
- **The amount**: one reading for every notation: the last ``.`` or ``,`` followed by one or two digits that end
  the amount is the decimal mark, every other ``.`` / ``,`` a thousands separator (``1,200`` and ``1.200`` are
  twelve hundred, ``3,20`` and ``3.20`` three point two), then ``format_number`` with the outputs' decimals.
- The output is the code and the amount in the order and with the separator the examples show.

Proposed only when every output is such a pair and at least two examples use different signs or notations; checked
in Python on every example, then confirmed by the engine (:func:`conversions.confirmed`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from core.mapping.synth import numeric
from core.mapping.synth.conversions import Proposal, confirmed_proposals
from core.mapping.synth.emit import OUT
from core.mapping.synth.models import Candidate
from core.mapping.synth.text import trim
from core.mapping.synth.v16_conversions import version

#: currency signs whose ISO 4217 code is not ambiguous (bare ``$`` (USD, CAD, AUD, MXN, ...), ``¥`` (JPY, CNY),
#: ``kr``, bare ``R`` and ``Fr`` are left to the examples)
SIGNS = {"US$": "USD", "€": "EUR", "£": "GBP", "₹": "INR", "₩": "KRW", "₽": "RUB",
         "₺": "TRY", "₪": "ILS", "₫": "VND", "฿": "THB", "₴": "UAH", "₦": "NGN", "₱": "PHP", "zł": "PLN",
         "Kč": "CZK", "Ft": "HUF", "R$": "BRL", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "S$": "SGD", "CHF": "CHF"}
_AMOUNT_CHARS = "[0-9.,\t \u00a0\u202f']+"
_DEC = re.compile(r"[.,]([0-9]{1,2})$")


def _sign(v: str) -> str:
    return trim(re.sub(_AMOUNT_CHARS, "", v))


def _amount(v: str) -> float | None:
    t = re.sub("[^0-9.,]+", "", v)
    if not t or not t[0].isdecimal():
        return None
    m = _DEC.search(t)
    whole, frac = (t[:m.start()], m.group(1)) if m else (t, "0")
    whole = re.sub("[.,]", "", whole)
    return float(f"{whole}.{frac}") if whole.isdecimal() else None


def _layout(outs: list[str | None]) -> tuple[bool, str, int] | None:
    """(code first, separator, decimals) every output shares: ``GBP 1200.00`` -> ``(True, " ", 2)``."""
    found = set()
    for o in outs:
        m = re.fullmatch(r"([A-Z]{3})( ?)([0-9]+(?:\.([0-9]+))?)", o or "") or \
            re.fullmatch(r"([0-9]+(?:\.([0-9]+))?)( ?)([A-Z]{3})", o or "")
        if m is None:
            return None
        first = (o or "")[0].isalpha()
        digits = m.group(4) if first else m.group(2)
        found.add((first, m.group(2) if first else m.group(3), len(digits or "")))
    return found.pop() if len(found) == 1 else None


def _proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    layout = _layout(outs)
    if layout is None or len(vals) < 2:
        return
    first, sep, d = layout
    signs = [_sign(v) for v in vals]
    if not all(signs) or any(ch.isdecimal() for s in signs for ch in s):
        return
    if len(set(signs)) < 2 and len({bool(_DEC.search(re.sub("[^0-9.,]+", "", v))) for v in vals}) < 2:
        return  # one sign, one notation: the plain search reads it
    table = dict(SIGNS)
    for s, o in zip(signs, outs, strict=True):
        table[s] = (o or "")[:3] if first else (o or "")[-3:]

    def fn(v: str) -> str | None:
        code, x = table.get(_sign(v)), _amount(v)
        if code is None or x is None:
            return None
        num = numeric.fmt(x, d, "", ".")  # the DSL's format_number (half away from zero)
        if num is None:
            return None
        return f"{code}{sep}{num}" if first else f"{num}{sep}{code}"
    steps: list[dict[str, Any]] = [
        {"op": "replace", "input": col, "output": "s", "pattern": _AMOUNT_CHARS, "replacement": ""},
        {"op": "trim", "input": "s", "output": "s"},
        {"op": "map_dict", "input": "s", "output": "code", "mapping": table},
        {"op": "replace", "input": col, "output": "t", "pattern": "[^0-9.,]+", "replacement": ""},
        {"op": "regex_extract", "input": "t", "output": "t", "pattern": "^([0-9][0-9.,]*)$", "group": 1},
        {"op": "regex_extract", "input": "t", "output": "f", "pattern": "[.,]([0-9]{1,2})$", "group": 1},
        {"op": "map_dict", "input": "t", "output": "z", "mapping": {"": "0"}, "default": "0"},
        {"op": "coalesce", "inputs": ["f", "z"], "output": "f"},
        {"op": "regex_extract", "input": "t", "output": "w", "pattern": "^([0-9.,]*)[.,][0-9]{1,2}$", "group": 1},
        {"op": "coalesce", "inputs": ["w", "t"], "output": "w"},
        {"op": "replace", "input": "w", "output": "w", "pattern": "[.,]", "replacement": ""},
        {"op": "template", "inputs": ["w", "f"], "template": "{0}.{1}", "output": "n"},
        {"op": "type_cast", "input": "n", "output": "n", "to": "float"},
        {"op": "format_number", "input": "n", "output": "n", "decimals": d},
        {"op": "template", "inputs": ["code", "n"] if first else ["n", "code"], "template": "{0}" + sep + "{1}",
         "output": OUT}]
    yield "money_code", steps, 6.0, fn


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed sign-to-code programs (one string input) that reproduce every example."""
    if len(rows) < 2:
        return []
    return confirmed_proposals(rows, outs, names, types, _proposals, version)
