"""Greek and Cyrillic letters in Latin: value-set overlap across scripts.

A source written in Greek or Cyrillic often names things a target keeps in Latin letters (the
olive variety ``Κορωνέικη`` is ``Koroneiki``, the city ``Москва`` is ``Moskva``). Value-set overlap
(:func:`core.mapping.features.value_matrix`) compares case-folded values; a value with Greek or
Cyrillic letters is also compared in the simple letter-for-letter romanization below (accents
dropped, one common Latin spelling per letter: ``η`` -> ``i``, ``ω`` -> ``o``, ``ж`` -> ``zh``).
It is evidence, not a transliteration standard: spellings that differ (``Koroneiki`` vs
``Koroneyki``) still do not meet.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
                  ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s",
                   "t", "y", "f", "ch", "ps", "o"], strict=True))
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye",
                      "g"], strict=True))
_TABLE = {**_GREEK, **_CYRILLIC}


@lru_cache(maxsize=65536)
def romanized(value: str) -> str | None:
    """The case-folded value with its Greek and Cyrillic letters in Latin; None when it has none."""
    folded = value.strip().casefold()
    if not any("\u0370" <= ch <= "\u04ff" for ch in folded):
        return None
    plain = "".join(ch for ch in unicodedata.normalize("NFD", folded) if not unicodedata.combining(ch))
    return "".join(_TABLE.get(ch, ch) for ch in plain)
