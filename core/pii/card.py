"""Card data without the card number (issue 11): what :func:`core.pii.decide.decide_table` may keep in clear.

PCI DSS treats the card number (PAN) as cardholder data; its last four digits, the brand and the expiry date
are cardholder data only when stored with it. A table holds a card number when some column has card-length
digit strings (13-19 digits once separators are dropped, or a float a reader wrote in exponent notation).
A card security code is never cleared (it is sensitive authentication data on its own).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.pii.shape import cell_text

EXPIRY_TEXT = re.compile(r"^(0?[1-9]|1[0-2])\s?[/\-.]\s?(\d{2}|\d{4})$|^(\d{4})[/\-](0[1-9]|1[0-2])$")


def _texts(values: Sequence[object]) -> list[str]:
    return [t.strip() for v in values if (t := cell_text(v)) is not None and t.strip()]


def card_length_column(values: Sequence[object]) -> bool:
    """Whether a fifth of the column's values are card-length digit strings or exponent-notation numbers."""
    texts = _texts(values)
    if not texts:
        return False
    hits = sum(1 for t in texts if 13 <= len(re.sub(r"[\s\-]", "", t)) <= 19 and re.sub(r"[\s\-]", "", t).isdecimal()
               or bool(re.fullmatch(r"\d(?:[.,]\d+)?[eE]\+?1[2-8]", t)))
    hits += sum(1 for v in values if isinstance(v, float) and v >= 1e12)
    return hits / len(texts) >= 0.2


LAST_FOUR_WORDS = frozenset("last four last4 lastfour ending suffix tail endung fin derniers ultimos ultimi".split())


def last_four_header(header: str) -> bool:
    """Whether a card-number header says it holds the last digits only (``card_last4``, ``pan_ending``)."""
    import re as _re

    words = set(_re.split(r"[^a-z0-9]+", _re.sub(r"(?<=[a-z])(?=[A-Z0-9])", "_", header).lower()))
    return bool(words & LAST_FOUR_WORDS) or "last4" in header.lower().replace("_", "")


def without_pan_value(entity: str | None, values: Sequence[object]) -> bool:
    """Whether every value is an expiry month (1-12), an expiry year, an ``MM/YY`` expiry (for an expiry
    header) or four digits (a card-number header: the last four; a reader may have dropped a leading zero)."""
    texts = _texts(values)
    if not texts or entity == "CARD_SECURITY_CODE":
        return False
    if entity == "CREDIT_CARD":
        return all(t.isdecimal() and len(t) <= 4 for t in texts) and sum(len(t) == 4 for t in texts) >= 0.7 * len(texts)
    ints = [int(t) for t in texts if t.isdecimal()]
    if len(ints) == len(texts):
        return all(1 <= n <= 12 for n in ints) or all(2000 <= n <= 2050 or 0 <= n <= 50 for n in ints) and \
            len(set(ints)) <= 30
    return all(EXPIRY_TEXT.match(t) for t in texts)
