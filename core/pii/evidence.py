"""Value evidence that a column holds NO personal data (issue 11, precision side of deny by default).

Each test here looks at the values alone and answers only when the evidence is strong: a shape that personal
values do not take, checked on (almost) every value. They let :mod:`core.pii.detect` and :mod:`core.pii.decide`
keep business columns in clear whatever their header says or does not say:

* :func:`epoch_kind`: integers that are Unix times in milliseconds (13 digits, 2000-2040, within ten years of each
  other and recent on the run's day) — a phone number never has that form — or in seconds (10 digits, within ten
  years of each other: only with a header that says it is a time, since a column of phone numbers that lost their
  leading zero can have the same form);
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
import string
from collections.abc import Sequence
from datetime import date

EPOCH_S = (946_684_800, 2_208_988_800)  # 2000-01-01 .. 2040-01-01
EPOCH_SPREAD_MAX_S = 10 * 366 * 86_400
#: The newest of a column's Unix milliseconds is at most this old on the run's day (a system's stamps of its records).
STAMP_AGE_MAX_S = 10 * 366 * 86_400


def _epoch_day(day: date) -> int:
    """Unix seconds of the start of ``day`` (UTC)."""
    return (day - date(1970, 1, 1)).days * 86_400
VERSION = re.compile(r"^v?\d{1,4}(?:\.\d{1,4}){0,3}(?:[-+][0-9A-Za-z.]{1,12})?$")
LOCALE = re.compile(r"^[a-z]{2,3}(?:[_-][A-Z]{2}|[_-][A-Z][a-z]{3})?(?:\.UTF-8)?$")
SYMBOLS = frozenset("/%#+_=<>°§µ|")
BARE_SPREAD = 5


def _ints(texts: Sequence[str]) -> list[int] | None:
    if not texts or not all(t.isdecimal() for t in texts):
        return None
    return [int(t) for t in texts]


def epoch_kind(texts: Sequence[str], day: date | None = None) -> str | None:
    """``epoch_ms`` (milliseconds, self-evident), ``epoch_s`` (seconds, needs a time header) or None. Milliseconds
    are one system's stamps only within ten years of each other and, given the run's ``day``, with the newest no
    more than :data:`STAMP_AGE_MAX_S` before it (session 13): 13-digit personal numbers fall in the same range
    (Benin's tax id ``1199324634179`` is a person born in 1993 and reads as 2008; Thai, Romanian and Yugoslav
    national numbers starting with 1 or 2 spread over decades)."""
    if len(texts) < 5 or not all(t.isdecimal() for t in texts):
        return None
    lengths = {len(t) for t in texts}
    nums = [int(t) for t in texts]
    if lengths == {13} and all(EPOCH_S[0] * 1000 <= n < EPOCH_S[1] * 1000 for n in nums):
        from core.pii.numbered import national_check_digits

        recent = day is None or max(nums) >= (_epoch_day(day) - STAMP_AGE_MAX_S) * 1000
        future = day is not None and max(nums) > (_epoch_day(day) + 86400) * 1000  # no stamp after the run day
        return "epoch_ms" if max(nums) - min(nums) <= EPOCH_SPREAD_MAX_S * 1000 and recent and not future and \
            not national_check_digits(texts) else None
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
    if len(texts) < 20 or not all(t.isdecimal() and len(t) in (8, 12, 13, 14) for t in texts):
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
    """Keys handed out in order, repeats allowed: after the values' common non-digit prefix only digits
    remain, at least 20 distinct numbers, packed within ``spread`` times their count (ids people carry are
    spread over their whole range). Bare numbers (no prefix) must be 1000 or more and packed within
    :data:`BARE_SPREAD` times their count (the postal codes of one city are not that dense)."""
    values = sorted(set(texts))
    if len(values) < 20:
        return False
    prefix = os.path.commonprefix(values).rstrip(string.digits)  # ``TKT-2024-`` of ``TKT-2024-040117``
    nums = _ints([v[len(prefix):] for v in values])
    if nums is None:
        return False
    if not prefix:  # bare numbers: never small ones (house numbers, ages), and denser (a city's postal codes)
        if min(nums) < 1000:
            return False
        spread = min(spread, BARE_SPREAD)
    return max(nums) - min(nums) <= spread * len(nums)


def symbol_vocabulary(texts: Sequence[str]) -> bool:
    """Every distinct value carries a digit or a symbol no personal name or place has (module docstring)."""
    return all(any(c.isdecimal() or c in SYMBOLS for c in t) for t in set(texts))


def template_text(texts: Sequence[str], distinct: int, known_first_words: float) -> bool:
    """System-generated text (``Gagal login aplikasi versi 3.2.1``, ``Transfer tertunda kode ERR-4012``): values
    repeat (at most one distinct in four), four in five have three words or more, and no word after the first is
    capitalised unless it is a short acronym or carries a digit or symbol — a name inside a sentence is
    capitalised. ``known_first_words``: the share of first words the name lexicons know (must be none). Text in a
    script without letter case that carries a number is never judged so (:func:`_caseless_with_number`)."""
    if len(texts) < 20 or distinct > len(texts) // 4 or known_first_words > 0 or \
            sum(len(t.split()) >= 3 for t in texts) / len(texts) < 0.8:
        return False
    for t in set(texts):
        if _caseless_with_number(t):
            return False  # no capital to tell a name by: a household's address line as much as a message (F3)
        for w in t.split()[1:]:
            w = w.strip(".,;:()[]\"'")
            if w[:1].isupper() and not (any(c.isdecimal() or c in SYMBOLS for c in w)
                                        or (w.isupper() and len(w) <= 4)):
                return False
    return True


#: Georgian letters: Unicode gives them capitals (Mtavruli) that Georgian writing does not use at a name's start.
_GEORGIAN = re.compile("[\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f]")


def _caseless_with_number(text: str) -> bool:
    """Whether ``text`` carries a digit and most of its letters are of a script without letter case (Georgian,
    Devanagari, Thai, Hangul, Ethiopic): capitalisation cannot show a name inside it (review of session 12, F3)."""
    letters = [c for c in text if c.isalpha()]
    caseless = sum(1 for c in letters if not (c.isupper() or c.islower()) or _GEORGIAN.match(c))
    return any(c.isdecimal() for c in text) and bool(letters) and caseless * 2 >= len(letters)


OBJECT_ID = re.compile(r"^([a-z]{2,6})_[A-Za-z0-9]{8,40}$")
#: Prefixes of credentials (API keys, tokens, webhook secrets): never object ids.
SECRET_PREFIXES = frozenset("sk pk rk ak whsec ghp gho ghs ghu ghr glpat xoxa xoxb xoxp api key keys tok token "
                            "secret pat pwd pass otp totp sess auth bearer jwt priv".split())


def object_ids(texts: Sequence[str]) -> bool:
    """API object ids (``evt_1Nq7...``, ``cus_9sKd...``): one type prefix on every value, not a credential's, and
    (nearly) every value distinct."""
    prefixes = {m.group(1) if (m := OBJECT_ID.match(t)) else None for t in texts}
    return len(texts) >= 10 and len(prefixes) == 1 and None not in prefixes and not prefixes & SECRET_PREFIXES \
        and len(set(texts)) >= 0.95 * len(texts)


_SECONDS = re.compile(r"\d{1,2}:\d{2}:(\d{2})([.,]\d+)?")
#: Midnight to the second or finer (``T00:00:00.000``): a date a program wrote as a timestamp, not a stamp.
_MIDNIGHT = re.compile(r"(?<!\d)00?:00:00(?:[.,]0+)?(?!\d)")
#: A compact stamp to the second (``20240325111308``, ``20240709004951.0Z``): its seconds and fraction.
_COMPACT_SECONDS = re.compile(r"^(?:19|20)\d{6}\d{4}(\d{2})([.,]\d+)?Z?$")


def machine_stamped(texts: Sequence[str]) -> bool:
    """Times a system stamped at the moment of its own event (a record created, an API call, a payment): Unix
    milliseconds, fractional seconds, or seconds that are not all ``:00``, on nine in ten values. A person's own
    dates (birth, admission, hire, visit) are entered by people, to the day or the minute; written by a program as
    timestamps they all read midnight (``T00:00:00.000``), which is no stamp."""
    if len(texts) < 10:
        return False
    if epoch_kind(texts) == "epoch_ms":
        return True
    from core.pii.system_values import compact_stamps

    if compact_stamps(texts) == "timestamp":  # ``240701164802+0200``, ``1202093611``: seconds that vary
        return True
    found = [m for t in texts if (m := _SECONDS.search(t) or _COMPACT_SECONDS.match(t))]
    if len(found) < 0.9 * len(texts):
        return False
    if sum(bool(_MIDNIGHT.search(t)) for t in texts) >= 0.9 * len(texts):
        return False  # dates written as timestamps (``2024-03-05T00:00:00.000``: DHIS2, JSON, .NET exports)
    return any(m.group(2) for m in found) or sum(m.group(1) != "00" for m in found) >= 0.5 * len(found)


#: Postal-code shapes: digit groups (``2650``, ``301 00``, ``00-950``), Dutch (``1012 AB``), British (``SW1A 1AA``)
#: and Canadian (``K1A 0B1``) codes, and codes after their country's letters (session 13: Andorra's ``AD700``,
#: Azerbaijan's ``AZ1000``, the Faroes' ``FO-100``, Latvia's ``LV-1050``, Lithuania's ``LT-01100``, Moldova's
#: ``MD-2001`` always carry them; European addresses often write ``CH-8001``, ``D-10115``, ``F-75001``,
#: ``FI-00100``, ``SE-114 55``).
POSTAL = re.compile(r"\d{2,6}(?:[ -]\d{2,4})?|\d{4} ?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d"
                    r"|(?:AD|AZ|LV|LT|MD)[- ]?\d{3,5}"
                    r"|(?:[ABDEFHILNPS]|BG|BY|CH|CY|CZ|DK|EE|FI|FO|GR|HR|HU|IS|LI|LU|MC|MT|NL|NO|PL|PT|RO|RS|RU|SE|SI|SK|SM"
                    r"|UA)-\d{2,5}(?:[ -]\d{2,3})?")


def postal_like(texts: Sequence[str]) -> bool:
    """Postal codes (:data:`POSTAL`; digit groups of three digits or more that are not all years): in a table of
    people a small set of them is the postal codes of a few towns, not a status vocabulary."""
    values = set(texts)
    if not values or not all(POSTAL.fullmatch(t) and sum(c.isdecimal() for c in t) >= 3 or
                             POSTAL.fullmatch(t) and any(c.isalpha() for c in t) for t in values):
        return False
    return not all(t.isdecimal() and len(t) == 4 and 1900 <= int(t) <= 2100 for t in values)


def quantity_vocabulary(texts: Sequence[str]) -> bool:
    """Quantities, not codes: a small vocabulary of bare integers, none zero-padded, that holds 0 or 1 (nights,
    seats, instalments, a rating, a credit limit of 0) and whose other values are at most 12 or round (multiples
    of 5 or 12); or fixed-width two-digit codes (a hundred possible values single out no one). Postal and
    district codes (``157``, ``8``, ``182`` of codes that lost their leading zeros, ``11000``) hold neither 0
    nor 1, or are not round."""
    values = set(texts)
    if values and all(t.isdecimal() and len(t) == 2 for t in values) and any(t.startswith("0") for t in values):
        return True  # fixed-width two-digit codes (``02``, ``07``): a hundred possible values single out no one
    if not values or not all(t.isdecimal() and (t == "0" or not t.startswith("0")) for t in values):
        return False
    nums = {int(t) for t in values}
    return bool(nums & {0, 1}) and all(n <= 12 or n % 5 == 0 or n % 12 == 0 for n in nums)


LETTER_CODE = re.compile(r"[A-Z]{3}")
K_ANONYMOUS = 3


def letter_codes(texts: Sequence[str]) -> bool:
    """Three-letter codes of a closed world (ISO countries and currencies, IATA airports): every value three capital
    letters, and nine in ten rows share their value with at least :data:`K_ANONYMOUS` - 1 other rows (k-anonymous:
    no value singles out a row). Initials of three letters are mostly unique; a name or a place is no such code."""
    if len(texts) < 20 or not all(LETTER_CODE.fullmatch(t) for t in texts):
        return False
    counts: dict[str, int] = {}
    for t in texts:
        counts[t] = counts.get(t, 0) + 1
    return len(counts) >= 2 and sum(n for n in counts.values() if n >= K_ANONYMOUS) >= 0.9 * len(texts)
