"""A long integer shifted by ``k`` decimal places as text: ``6982200000000000000`` wei -> ``6.9822`` ether.

Integers of more than 15 digits (token amounts in their smallest unit, satoshis, nanosecond counts) are beyond the
exact range of binary64, so ``x / 10^18`` computed as a number loses digits. When every input is a digit string, one
has more than 15 digits, and every output is the input with a decimal point ``k`` places from the right written in
the shortest form (trailing fractional zeros and a bare point dropped, leading zeros of the integer part dropped but
one), the program does it on the digits: ``pad`` to ``k + 1`` digits, the integer part and the last ``k`` digits by
two ``regex_extract``, the fraction's trailing zeros removed, joined by ``.``, a bare ``.`` removed. A value that is
not a digit string is null. Refused: examples that need different ``k``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from typing import Any

from core.mapping.synth.conversions import Proposal, confirmed_proposals
from core.mapping.synth.emit import OUT
from core.mapping.synth.models import Candidate

#: digits binary64 holds exactly: shorter integers are the arithmetic search's
EXACT_DIGITS = 15
MAX_SHIFT = 30
COST = 2.0
_DIGITS = re.compile(r"[0-9]+")


def shifted(v: str, k: int) -> str | None:
    """Python mirror: ``v`` (digits only) divided by ``10^k``, in the shortest form."""
    if _DIGITS.fullmatch(v) is None:
        return None
    v = v.rjust(k + 1, "0")
    head, frac = v[:-k].lstrip("0") or "0", v[-k:].rstrip("0")
    return f"{head}.{frac}" if frac else head


def _shifted_by(k: int, v: str) -> str | None:
    return shifted(v, k)


def _steps(col: str, k: int) -> list[dict[str, Any]]:
    return [
        {"op": "regex_extract", "input": col, "output": "__d", "pattern": "^([0-9]+)$", "group": 1},
        {"op": "pad", "input": "__d", "output": "__d", "width": k + 1, "fill": "0"},
        {"op": "regex_extract", "input": "__d", "output": "__i", "pattern": f"^([0-9]+)[0-9]{{{k}}}$", "group": 1},
        {"op": "regex_extract", "input": "__i", "output": "__i", "pattern": "^0*([0-9]+)$", "group": 1},
        {"op": "regex_extract", "input": "__d", "output": "__f", "pattern": f"([0-9]{{{k}}})$", "group": 1},
        {"op": "replace", "input": "__f", "output": "__f", "pattern": "0+$", "replacement": ""},
        {"op": "concat", "inputs": ["__i", "__f"], "output": OUT, "separator": "."},
        {"op": "replace", "input": OUT, "output": OUT, "pattern": "[.]$", "replacement": ""}]


def _proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    if not all(_DIGITS.fullmatch(v) for v in vals) or max(len(v) for v in vals) <= EXACT_DIGITS:
        return
    for k in range(1, MAX_SHIFT + 1):
        if all(shifted(v, k) == o for v, o in zip(vals, outs, strict=True)):
            yield (f"shift_{k}", _steps(col, k), COST, partial(_shifted_by, k))


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed decimal shifts of long integers written as text (DSL 1.2)."""
    return confirmed_proposals(rows, outs, names, types, _proposals, lambda steps: "1.2.0", skip_identity=True)
