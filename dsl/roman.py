"""Roman numeral tables shared by the Polars and SQL backends (DSL 1.4 ``roman_to_int``/``int_to_roman``).

Both backends compute the same two things from these tables:

* the value of a string: ``sum(weight * occurrences(token))`` over :data:`WEIGHTS` (single letters
  at their value, each subtractive pair at ``-2 *`` the smaller letter's value, so ``IV`` = 1 + 5 - 2);
* the canonical rendering of 1..3999: one entry of :data:`DIGITS` per decimal digit.

A string is a canonical numeral exactly when rendering its value gives the string back, so
``roman_to_int`` needs no regex (SQLite compiles it too) and rejects ``IIII``, ``VX`` or ``iv``.
"""

from __future__ import annotations

#: token -> weight in the value of a string (occurrences are counted without overlap)
WEIGHTS: dict[str, int] = {
    "M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1,
    "CM": -200, "CD": -200, "XC": -20, "XL": -20, "IX": -2, "IV": -2,
}
#: (place value, the ten renderings of that decimal digit), most significant first
DIGITS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (1000, ("", "M", "MM", "MMM", "", "", "", "", "", "")),
    (100, ("", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM")),
    (10, ("", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC")),
    (1, ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")),
)
MIN, MAX = 1, 3999


def to_roman(value: int) -> str | None:
    """Python reference of ``int_to_roman`` (None outside 1..3999)."""
    if not MIN <= value <= MAX:
        return None
    return "".join(table[(value // place) % 10] for place, table in DIGITS)


def from_roman(text: str) -> int | None:
    """Python reference of ``roman_to_int`` (None unless ``text`` is a canonical numeral)."""
    value = sum(weight * text.count(token) for token, weight in WEIGHTS.items())
    return value if to_roman(value) == text else None
