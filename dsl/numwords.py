"""English cardinal number words, the reference of the DSL 1.6 ops ``int_to_words`` / ``words_to_int``
(dsl/README.md). The Polars and SQL builders follow the same table and the same three groups."""

from __future__ import annotations

ONES: tuple[str, ...] = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)
TENS: tuple[str, ...] = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
#: every unit and tens word -> its value (the tokens a group of three digits is summed from)
TOKEN_VALUES: dict[str, int] = {**{w: i for i, w in enumerate(ONES)}, **{w: 10 * i for i, w in enumerate(TENS) if w}}
#: (scale word, multiplier), largest first
SCALES: tuple[tuple[str, int], ...] = (("million", 1_000_000), ("thousand", 1_000))
MAX = 999_999_999


def below_100(n: int) -> str:
    """1..99 as words (``21`` -> ``"twenty-one"``)."""
    if n < 20:
        return ONES[n]
    return TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else "")


def group(n: int) -> str:
    """1..999 as words (``105`` -> ``"one hundred five"``)."""
    parts = [f"{ONES[n // 100]} hundred"] if n >= 100 else []
    if n % 100:
        parts.append(below_100(n % 100))
    return " ".join(parts)


def to_words(n: int) -> str | None:
    """Reference of ``int_to_words``: 0..999,999,999 -> words; else None."""
    if not 0 <= n <= MAX:
        return None
    if n == 0:
        return "zero"
    parts = [f"{group(n // mult % 1000)} {word}" for word, mult in SCALES if n // mult % 1000]
    if n % 1000:
        parts.append(group(n % 1000))
    return " ".join(parts)


def _group_value(text: str) -> int:
    head, sep, rest = text.partition(" hundred")
    hundreds, rest = (head, rest) if sep else ("", text)
    return 100 * _token_sum(hundreds) + _token_sum(rest)


def _token_sum(text: str) -> int:
    return sum(TOKEN_VALUES.get(t, 0) for t in text.replace("-", " ").split(" "))


def from_words(text: str) -> int | None:
    """Reference of ``words_to_int``: the value read group by group, kept only when :func:`to_words`
    gives ``text`` back exactly."""
    total, rest = 0, text
    for word, mult in SCALES:
        head, sep, tail = rest.partition(f" {word}")
        if sep:
            total += mult * _group_value(head)
            rest = tail
    value = total + _group_value(rest)
    return value if to_words(value) == text else None
