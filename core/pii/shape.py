"""Format-preserving shapes and the canonical text of a cell (ROADMAP §6b, issue 11).

``shape("Anna-Lena 12b")`` -> ``"Aaaa-Aaaa 99a"``: upper-case letters (any script) become ``A``,
other letters ``a``, digits ``9``; every other character (separators, ``@``, ``+``, spaces) is kept.
The shape keeps a value's pattern and length and nothing else of it.

Readers type identifiers as numbers (``4.111111111111111e15``, a phone ``4155550132``, a zip code
``2134`` that lost its leading zero): :func:`cell_text` writes such numbers back as their digits, so
they are recognised and masked as values, never stored as numbers.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any


def shape(text: str) -> str:
    """The format-preserving shape of ``text`` (see module docstring)."""
    out = []
    for ch in text:
        if ch.isdecimal():
            out.append("9")
        elif ch.isalpha():
            out.append("A" if ch.isupper() else "a")
        else:
            out.append(ch)
    return "".join(out)


def number_text(value: float | int) -> str:
    """Digits of a number as a person would write it: integral floats without ``.0`` or exponent
    (``4.111111111111111e15`` -> ``"4111111111111111"``), other floats in plain positional notation."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return str(value)
    if not math.isfinite(value):
        return str(value)
    if value == int(value):
        return str(int(value))
    text = format(Decimal(repr(value)), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def cell_text(value: Any) -> str | None:
    """The text of one cell (``None`` for a null); numbers through :func:`number_text`."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return number_text(value)
    return str(value)


#: Cells that say a value is missing (``-`` in a grade book, ``N/A``, R's ``NA``, ``#N/A``): decided as empty cells,
#: so the values around them decide (a placeholder is stored as it is, masked or not: it holds nothing).
MISSING_CELLS = frozenset({"-", "--", "---", "\u2013", "\u2014", ".", "?", "n/a", "na", "#n/a", "null", "(null)",
                           "nan", "none", "nil"})


def missing_cell(value: object) -> bool:
    """Whether a cell is a placeholder for a missing value (:data:`MISSING_CELLS`)."""
    return isinstance(value, str) and value.strip().casefold() in MISSING_CELLS
