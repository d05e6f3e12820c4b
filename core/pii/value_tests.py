"""Value tests of one column that :mod:`core.pii.decide` combines with the header (issue 11): a small repeated
vocabulary, small counts, personal names the lexicons know, full names, company names, logins spelled from names,
and whether a small vocabulary may stay in clear in a table of people."""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.pii.detect import ValueProfile
from core.pii.evidence import postal_like, quantity_vocabulary, symbol_vocabulary
from core.pii.headers import HeaderSignal
from core.pii.shape import cell_text

ENUM_MAX = 12
NAMES_KNOWN_MIN = 0.25
LOGIN_MIN = 0.4


def enum_vocabulary(p: ValueProfile) -> bool:
    """A small vocabulary that repeats (statuses, tiers, country codes): each value seen several times."""
    if p.distinct > ENUM_MAX or p.n < 6:
        return False
    return p.n >= 3 * p.distinct or (p.distinct <= 3 and p.n >= 2 * p.distinct)


def small_counts(texts: list[str]) -> bool:
    """Quantities, not codes: most values below 100 and none zero-padded (a CVV or a PIN is spread evenly
    over 000-999 or 0000-9999, so nine in ten of them are 100 or more)."""
    nums = [t for t in texts if t.lstrip("-").isdecimal()]
    if len(nums) < 10 or any(t.startswith("0") and len(t) > 1 for t in nums):
        return False
    return sum(1 for t in nums if abs(int(t)) < 100) / len(nums) >= 0.6


def known_names(texts: list[str]) -> float:
    from core.pii.names import load_name_lexicon, name_shape

    shares = name_shape(texts[:200], load_name_lexicon())
    return shares.any_known


def full_names(p: ValueProfile, values: Sequence[object]) -> bool:
    """Mostly distinct values of two to four capitalised words (``Anna Rossi``): people's names, even when the
    lexicons know none of them (a city column repeats, a company name carries a legal form)."""
    texts = [t.strip() for v in values if (t := cell_text(v)) is not None and t.strip()]
    if p.kind != "names" or len(texts) < 10 or len(set(texts)) < 0.5 * len(texts):
        return False
    from core.pii.names import company_share

    return sum(2 <= len(t.split()) <= 4 for t in texts) >= 0.8 * len(texts) and company_share(texts) < 0.3


COMPANY_MIN = 0.9


def company_names(texts: list[str]) -> bool:
    """Names of companies: nine in ten values carry a legal form or an organisation word (``Limfjord Fisk A/S``);
    a column mixing people and companies (owners, invoice receptors) stays masked."""
    from core.pii.names import company_share

    return len(texts) >= 10 and company_share(texts[:500]) >= COMPANY_MIN


ORG_VOCABULARY_MIN = 0.6


def organisation_vocabulary(p: ValueProfile, texts: list[str]) -> bool:
    """A few organisations (fish buyers, running clubs, an employer), each on :data:`core.pii.proof.K_MIN` rows or
    more, three in five values with a legal form or an organisation word (``Lofothaav AS``, ``Hanoi Runners
    Club``): a column mixing people and companies (owners, receptors) is no such small repeated vocabulary."""
    from collections import Counter

    from core.pii.names import company_share
    from core.pii.proof import K_MIN

    if not enum_vocabulary(p):
        return False
    counts = Counter(t.strip() for t in texts if t.strip())
    return bool(counts) and min(counts.values()) >= K_MIN and company_share(list(counts)) >= ORG_VOCABULARY_MIN


def login_names(texts: list[str]) -> float:
    from core.pii.names import load_name_lexicon, login_share

    return login_share(texts[:500], load_name_lexicon())


def enum_constants(texts: list[str]) -> bool:
    """Constants of a program's enumeration (``FULL_KYC``, ``PENDING_VKYC``, ``REJECTED``): upper-case ASCII words,
    half of the values or more joined by ``_`` — no place or name is written that way."""
    values = set(texts)
    return bool(values) and all(re.fullmatch(r"[A-Z]{2,}(?:_[A-Z0-9]{2,})*", v) for v in values) and \
        sum("_" in v for v in values) >= 0.5 * len(values)


def vocabulary_clear(p: ValueProfile, texts: list[str], person_table: bool, h: HeaderSignal) -> bool:
    """Whether a small repeated vocabulary may be stored in clear without a header saying what it is: always
    outside tables of people; in them only lower-case words, short or digit-bearing codes and known shared
    vocabularies — capitalised words (``Amsterdam``, ``Prinsengracht``, ``MANCHESTER``) may be places or names."""
    if not person_table or p.kind in ("vocabulary", "bool", "initial"):
        return True
    if postal_like(texts) or (not h.safe and all(t.isdecimal() for t in texts) and not quantity_vocabulary(texts)):
        return False  # bare numbers in a table of people: postal or district codes that lost their leading zeros
    if symbol_vocabulary(texts) or enum_constants(texts):
        return True
    return all(t == t.lower() or any(c.isdecimal() for c in t) or len(t) <= 3 for t in set(texts))
