"""Value evidence of one column, computed in memory on the real values (issue 11).

:func:`profile_values` says what kind of values a column holds (booleans, a small repeated vocabulary,
amounts, counts, timestamps, dates, codes, words, free text) and which personal-data entity they look
like, if any (e-mail addresses, card numbers with a valid Luhn digit, IBANs, IP addresses, phone
numbers, national-id shapes, birth dates, card expiry dates, initials, password hashes, secrets and
passwords, user names, personal names, street addresses, gender or marital-status vocabularies).
Nothing here depends on the header; :mod:`core.pii.decide` combines both.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from core.pii.currencies import CURRENCY_CODES
from core.pii.evidence import epoch_kind, gs1_barcodes, locale_tags, version_strings
from core.pii.kinds import number_kind, sequence_keys, text_kind
from core.pii.luhn import luhn_ok
from core.pii.marital import marital_word
from core.pii.measures import float_amounts, grouped_amounts, unit_values
from core.pii.shape import cell_text
from core.pii.street_words import names_street
from core.pii.system_values import catalogue_items, compact_stamps, dotted_oids, logistics_ids, signed_measures
from core.pii.vocab import (
    BLOOD_TYPES,
    BOOL_WORDS,
    FEMALE_WORDS,
    GENDER_WORDS,
    MALE_WORDS,
    STREET_WORDS,
    SURNAME_PARTICLES,
    TITLE_WORDS,
    UNKNOWN_WORDS,
)

UUID = re.compile(r"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$")

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
IPV4 = re.compile(r"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$")
IPV6 = re.compile(r"^[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}$")
MAC = re.compile(r"^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$")
IBAN = re.compile(r"^[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}$")
SSN = re.compile(r"^\d{3}-\d{2}-\d{4}$")
PHONE_CHARS = re.compile(r"^\+?[\d\s().\-/]{7,24}(?:\s*(?:x|ext\.?)\s*\d{1,5})?$")
EXPIRY = re.compile(r"^(0?[1-9]|1[0-2])\s?[/\-.]\s?(\d{2}|\d{4})$|^(\d{4})[/\-](0[1-9]|1[0-2])$")
#: Card expiry years are below 2050 (``YY`` < 50): ``4.77`` is no expiry.
EXPIRY_YY_MAX = 50
HEX_HASH = re.compile(r"^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128})$")
CRYPT_HASH = re.compile(r"^\$(?:2[abxy]?|5|6|argon2(?:id|i|d)?|pbkdf2[^$]*|scrypt)\$\S{8,}$|^\{(?:SSHA|SHA|MD5)\}\S+$")
SECRET = re.compile(r"^(?:sk|pk|rk|ak|api|key|tok|ghp|gho|xox[abp]|AKIA|ASIA|AIza|eyJ)[A-Za-z0-9_\-.]{12,}$"
                    r"|^[A-Za-z0-9+/_\-]{24,}={0,2}$")
NUMBER = re.compile(r"^[+-]?(?:\d{1,3}(?:[,.' \u066c]\d{3})+|\d+)(?:[.,]\d+)?$")  # \u066c: Arabic thousands sign
MONEY = re.compile(r"^[+-]?(?:[$€£¥₹]|(?P<pre>[A-Z]{3}) ?)?\s?[+-]?(?P<int>\d{1,3}(?:[,.' ]\d{3})+|\d+)(?:[.,]\d{1,4})?"
                   r"\s?(?:[$€£¥₹%]|(?P<post>[A-Z]{3}))?$")
#: A record code, not an amount: three letters joined to the digits by a hyphen (``HCU-0746071``, ``INV-00042``).
CODE_PREFIX = re.compile(r"^[A-Za-z]{3}-\d")


def money_value(text: str) -> bool:
    """Whether ``text`` reads as an amount: :data:`MONEY`, but neither a record code (:data:`CODE_PREFIX`), nor
    letters that are not an ISO 4217 currency (``PPO255583122`` is a member number, ``EUR 12`` an amount), nor an
    integer part with a leading zero (``0746071``: amounts are not zero-padded, record numbers are)."""
    m = MONEY.match(text)
    if m is None or CODE_PREFIX.match(text):
        return False
    if any(code and code not in CURRENCY_CODES for code in (m["pre"], m["post"])):
        return False
    whole = m["int"]
    return not (len(whole) > 1 and whole[0] == "0" and whole[1].isdecimal())
DATE_FORMS = (re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\.?(?P<t>[T ]\d{1,2}:\d{2}.*)?$"),
              re.compile(r"^(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})(?P<t>[T ]\d{1,2}:\d{2}.*)?$"),
              re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$"))
#: Dates written with a month name or as a compact stamp (``Tue, 14 May 2024 00:55:14 GMT``, ``04-FEB-2024``,
#: ``12MAR24``, ``08mar2024``, ``January 23, 2022 7:10 PM``, LDAP/ASN.1 ``20240709004951.0Z``); English month names.
WORD_DATE_FORMS = (
    re.compile(r"^(?:[A-Za-z]{3},?\s)?(?P<d>\d{1,2})[ -](?P<mon>[A-Za-z]{3,9})\.?[ -](?P<y>\d{4})"
               r"(?P<t>[ T]\d{1,2}:\d{2}.*)?$"),
    re.compile(r"^(?P<d>\d{2})(?P<mon>[A-Za-z]{3})(?P<y>\d{2}|\d{4})$"),
    re.compile(r"^(?P<mon>[A-Za-z]{3,9})\.? (?P<d>\d{1,2}),? (?P<y>\d{4})(?P<t>,? \d{1,2}:\d{2}.*)?$"),
    re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?P<t>\d{6}(?:\.\d+)?Z)$"),
    # session 8: compact stamps to the second (``20240325111308``: HL7 TS, ISO 8583 logs); every part must be valid
    re.compile(r"^(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?P<t>(?:[01]\d|2[0-3])[0-5]\d[0-5]\d)$"),
)
MONTHS = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
#: Years a date written with a month name or as a compact stamp may carry (no other calendar writes them so).
WORD_YEARS = range(1900, 2100)
#: Years of dates spread over this many years are birth dates (a population of all ages, newborns included);
#: the dates of business events of one system rarely span so long.
BIRTH_SPREAD = 30
#: Share of cells a reader typed as non-integral numbers above which a column holds no phone numbers (a phone a
#: reader typed as a number is an integer: ``4915112345678.0``).
FRACTIONAL_MIN = 0.5
#: The floor of the day ages are counted from when the caller gives none (:func:`profile_values` ``as_of``): the end
#: of the year these rules were calibrated on, never the clock, so the same values give the same profile, and the
#: same artifacts, on any day. Without ``as_of`` the day is never older than the data either (:func:`reference_day`).
#: A run passes its own recorded day (:func:`core.pii.run_day.run_as_of`: the day its first ledger event was written),
#: so the birth window moves with the run and a replay of the run decides the same; an eval passes its own fixed day
#: (:data:`core.ingest.pii_eval.EVAL_AS_OF`). Without a day, dates are not cleared for not being birth dates
#: (``undated_births``), under an event header too (round 3): the fixed day would clear the birth dates of
#: children born in its last 14 years.
REFERENCE_DAY = date(2026, 12, 31)
TIME_ONLY = re.compile(r"^\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")
INITIAL = re.compile(r"^[^\W\d_]\.?$")


@dataclass
class ValueProfile:
    """What the non-empty values of one column look like (no value is kept)."""

    n: int = 0
    distinct: int = 0
    kind: str = "empty"
    entity: str | None = None
    entity_share: float = 0.0
    shares: dict[str, float] = field(default_factory=dict)

    @property
    def distinct_ratio(self) -> float:
        """Distinct values over non-empty values."""
        return self.distinct / self.n if self.n else 0.0


def parse_date(text: str) -> tuple[date, bool] | None:
    """(date, has a time of day) of a date or timestamp text in a common form, else None."""
    for form in DATE_FORMS:
        m = form.match(text)
        if m:
            try:
                y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
                if form is DATE_FORMS[1] and mo > 12 >= d:
                    mo, d = d, mo
                day = date(y, mo, d)
            except ValueError:
                return None
            t = m.groupdict().get("t") or ""
            has_time = bool(t) and not re.match(r"^[T ]0{1,2}:00(:00(\.0+)?)?(Z|[+-]00:?00)?$", t)
            return day, has_time
    return _word_date(text)


def _word_date(text: str) -> tuple[date, bool] | None:
    """(date, has a time of day) of a date in :data:`WORD_DATE_FORMS`, else None."""
    for form in WORD_DATE_FORMS:
        m = form.match(text)
        if m is None:
            continue
        g = m.groupdict()
        mon = MONTHS.get((g.get("mon") or "")[:3].casefold()) if g.get("mon") else int(g["m"])
        y = int(g["y"]) + (2000 if len(g["y"]) == 2 else 0)
        if not mon or y not in WORD_YEARS or (g.get("mon") and len(g["mon"]) > 3 and
                                               not _full_month(g["mon"])):
            return None
        try:
            day = date(y, mon, int(g["d"]))
        except ValueError:
            return None
        t = (g.get("t") or "").strip(" ,T")
        return day, bool(t) and not re.match(r"^0{1,2}:?00(:?00(\.0+)?)?\s*(Z|GMT|UTC|AM)?$", t)
    return None


def _full_month(word: str) -> bool:
    """Whether ``word`` is an English month name (``January``, ``Sept``)."""
    names = "january february march april may june july august september october november december sept"
    return word.casefold() in names.split()


def _share(texts: Sequence[str], pred) -> float:  # type: ignore[no-untyped-def]
    return sum(1 for t in texts if pred(t)) / len(texts) if texts else 0.0


def _card(t: str) -> bool:
    d = re.sub(r"[\s\-]", "", t)
    return d.isdecimal() and 13 <= len(d) <= 19 and luhn_ok(d)


def _ipv4(t: str) -> bool:
    m = IPV4.match(t)
    return bool(m) and all(int(g) <= 255 for g in m.groups())  # type: ignore[union-attr]


def _phone(t: str) -> bool:
    # a latitude, an amount: no phone (``612345678.0`` is a phone typed as a float: a zero fraction is no cents)
    if not PHONE_CHARS.match(t) or re.fullmatch(r"-?\d{1,3}\.\d+|-?\d+\.(?!0+$)\d{1,2}", t):
        return False
    digits = sum(c.isdecimal() for c in t)
    seps = t.startswith("+") or t.startswith("(") or sum(c in " -./()" for c in t) >= 1
    return 7 <= digits <= 15 and (seps or digits >= 10) and parse_date(t) is None


def _password(t: str) -> bool:
    if " " in t or not 6 <= len(t) <= 40:
        return False
    classes = (any(c.islower() for c in t) + any(c.isupper() for c in t) + any(c.isdecimal() for c in t)
               + any(not c.isalnum() for c in t))
    return classes >= 3 or (classes == 2 and any(c.isdecimal() for c in t) and any(c.isalpha() for c in t)
                            and not re.match(r"^[A-Za-z]+\d{1,4}$", t) and not re.match(r"^[A-Z]{1,4}[-_]?\d+$", t))


def _address(t: str) -> bool:
    """A street address: a number and a street, house or flat word of some language
    (:func:`core.pii.street_words.names_street`: ``köçesi``, ``ул.``, ``jalan``), or a number first (``12 Elm``)."""
    words = re.findall(r"[^\W\d_]+", t.casefold())
    has_num = any(c.isdecimal() for c in t)
    return has_num and len(words) >= 1 and (bool(set(words) & STREET_WORDS) or names_street(t) or bool(
        re.match(r"^\d+[a-z]?\s+\S+", t, re.I)))


def _expiry(t: str) -> bool:
    """A card expiry (``09/27``, ``9-2027``, ``2027-09``) whose year a card can carry (2000-2049): a rating or a
    measurement written ``4.77`` has the form but not the year (``77``)."""
    m = EXPIRY.match(t)
    if not m:
        return False
    year = m.group(2) or m.group(3)
    return int(year[-2:]) < EXPIRY_YY_MAX and (len(year) == 2 or year.startswith("20"))


def _is_number(v: object) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


ENTITY_TESTS: tuple[tuple[str, object, float], ...] = (
    ("EMAIL_ADDRESS", lambda t: bool(EMAIL.match(t)), 0.6),
    ("CREDIT_CARD", _card, 0.6),
    ("IBAN_CODE", lambda t: bool(IBAN.match(t.upper())) and t[:2].isalpha(), 0.6),
    ("IP_ADDRESS", lambda t: _ipv4(t) or (t.count(":") >= 2 and bool(IPV6.match(t)) and not TIME_ONLY.match(t)),
     0.6),  # ``12:46:00`` is a time of day, not the IPv6 address ``12:46::``
    ("MAC_ADDRESS", lambda t: bool(MAC.match(t)), 0.6),
    ("US_SSN", lambda t: bool(SSN.match(t)), 0.6),
    ("PASSWORD_HASH", lambda t: bool(HEX_HASH.match(t) or CRYPT_HASH.match(t)), 0.6),
    ("CARD_EXPIRY", _expiry, 0.7),
    ("SECRET", lambda t: bool(SECRET.match(t)) and not UUID.match(t) and sum(c.isdecimal() for c in t) >= 2
     and any(c.isalpha() for c in t) and " " not in t, 0.7),
    ("PHONE_NUMBER", _phone, 0.6),
    ("LOCATION", _address, 0.5),
)


def reference_day(days: Sequence[date], as_of: date | None) -> date:
    """The day ages of a column's ``days`` are counted from: ``as_of`` when the caller knows it (a run's day), else
    the later of :data:`REFERENCE_DAY` and the day after the column's latest date, so library calls and evals stay
    deterministic (no clock) and a column never holds dates later than its own reference day."""
    if as_of is not None:
        return as_of
    if not days:
        return REFERENCE_DAY
    latest = max(days)
    return max(REFERENCE_DAY, min(latest, date.max - timedelta(days=1)) + timedelta(days=1))


def profile_values(values: Sequence[object], *, as_of: date | None = None) -> ValueProfile:
    """Profile the cells of one column (see module docstring); nulls and blanks are ignored. Birth dates are dates of
    people aged 14 to 105 on ``as_of``; without it (library calls) on :func:`reference_day`, which never
    depends on the clock, with the window's oldest year kept at :data:`REFERENCE_DAY`'s (a far-future placeholder
    date in a column widens the window, never empties it: deny by default). Without ``as_of`` the profile also
    records ``undated_births``, the share of dates a person alive on some later day may have been born on (every
    date since :data:`REFERENCE_DAY`'s year minus 105): a pupil born in 2013 is 13 in 2026 and 16 in 2029, so with
    no day the values do not prove the dates are no minor's birth dates (:func:`core.pii.decide.decide_column` masks
    them unless the header names a non-personal kind, an event of the record no longer)."""
    raw = [v for v in values if v is not None and not (isinstance(v, str) and not v.strip())]
    texts = [t.strip() for v in raw if (t := cell_text(v)) is not None]
    p = ValueProfile(n=len(texts), distinct=len(set(texts)))
    if not texts:
        return p
    folded = [t.casefold() for t in texts]
    counts = Counter(folded)
    numeric = sum(_is_number(v) for v in raw) / len(raw)
    if all(isinstance(v, bool) for v in raw) or (set(counts) <= BOOL_WORDS and len(counts) <= 2):
        p.kind = "bool"
        return p
    epoch = epoch_kind(texts, as_of or REFERENCE_DAY)  # old or decades apart: personal numbers (session 13)
    if epoch == "epoch_ms" or gs1_barcodes(texts) or logistics_ids(texts) or dotted_oids(texts):
        p.kind = "timestamp" if epoch else "barcode"  # before the phone test: 13 digits are no phone here
        return p
    stamp = compact_stamps(texts)  # ``1202093611`` (ISO 8583 MMDDhhmmss) before the phone test too
    if stamp:
        p.kind = stamp
        return p
    if epoch == "epoch_s":  # also the form of phone numbers that lost their leading zero: the header decides
        p.shares["epoch_s"] = 1.0
    if float_amounts(raw, len(values)):  # before the phone test: a number with cents is no phone (``13217.56``)
        p.kind = "amount"
        return p
    fractional = sum(isinstance(v, float) and not v.is_integer() for v in raw) / len(raw)
    for entity, test, need in ENTITY_TESTS:
        if entity == "PHONE_NUMBER" and fractional >= FRACTIONAL_MIN:
            continue  # a reader typed the cells numbers with a fraction (``21004.692`` kWh): no phone has one
        share = _share(texts, test)
        p.shares[entity] = round(share, 3)
        if share >= need and p.entity is None:
            p.entity, p.entity_share = entity, share
    dates = [parse_date(t) for t in texts]
    date_share = sum(d is not None for d in dates) / len(texts)
    if p.entity in (None, "PHONE_NUMBER") and date_share >= 0.8:
        parsed = [d for d in dates if d is not None]
        timed = sum(t for _, t in parsed) / len(parsed)
        p.kind = "timestamp" if timed >= 0.5 else "date"
        p.entity = None
        if p.kind == "date":
            this_year = reference_day([d for d, _ in parsed], as_of).year
            oldest = (as_of or REFERENCE_DAY).year - 105
            years = [d.year for d, _ in parsed]
            born = sum(oldest <= y <= this_year - 14 for y in years) / len(years)
            spread = max(years) - min(years)
            p.shares["birth_like"] = round(born, 3)
            if as_of is None:  # no day to count ages from: any date of the last 105 years may be a child's birth
                p.shares["undated_births"] = round(sum(oldest <= y for y in years) / len(years), 3)
            if born >= 0.9 and (spread >= 12 or len(set(years)) >= 0.5 * len(years)):
                p.entity, p.entity_share = "DATE_OF_BIRTH", born
            elif spread >= BIRTH_SPREAD:  # all ages, children included: birth dates unless a header says otherwise
                p.shares["birth_spread"] = 1.0
                p.entity, p.entity_share = "DATE_OF_BIRTH", 1.0
        return p
    if p.entity is not None:
        p.kind = "identifier" if p.entity not in ("LOCATION",) else "text"
        return p
    if version_strings(texts, p.distinct) or locale_tags(texts, p.distinct):
        p.kind = "vocabulary"  # software versions, language and locale tags
        return p
    if sum(TIME_ONLY.match(t) is not None for t in texts) / len(texts) >= 0.9:
        p.kind = "time"
        return p
    if _share(texts, lambda t: bool(INITIAL.match(t))) >= 0.9 or _share(
            texts, lambda t: bool(re.match(r"^(?:[^\W\d_]\.\s?){1,4}$", t))) >= 0.9:
        p.kind = "initial"
        if p.distinct >= 8 or (p.distinct >= 5 and not any(c.isdecimal() for c in texts[0])) and p.n < 3 * p.distinct:
            p.entity, p.entity_share = "PERSON", 1.0
        return p
    vocab = set(counts)
    if len(vocab) >= 2 and vocab <= GENDER_WORDS | UNKNOWN_WORDS | {"u", "other", "o", "h"} and \
            vocab & MALE_WORDS and vocab & FEMALE_WORDS:
        p.kind, p.shares["vocabulary"] = "vocabulary", 1.0  # gender
        return p
    marital = _share(texts, marital_word)  # decorations taken off: ``Soltero(a)``, ``casado/a`` (core.pii.marital)
    if marital >= 0.8:  # a person's civil status, masked whatever the header says (core.pii.headers.MARITAL_DOMAIN)
        p.kind, p.entity, p.entity_share = "vocabulary", "MARITAL_STATUS", marital
        return p
    if _share(
            folded, lambda t: all(w in TITLE_WORDS for w in re.split(r"[.\s\-]+", t) if w)) >= 0.9 or (
            len(vocab) >= 3 and _share(folded, lambda t: t in BLOOD_TYPES | UNKNOWN_WORDS) >= 0.9
            and _share(folded, lambda t: t in BLOOD_TYPES) >= 0.5 and any("+" in t for t in vocab)):
        p.kind = "vocabulary"  # forms of address, blood groups
        return p
    if _share(folded, lambda t: all(w in SURNAME_PARTICLES for w in t.split())) >= 0.9:
        p.kind, p.entity, p.entity_share = "words", "PERSON", 1.0  # surname particles
        return p
    if p.n >= 10 and _share(texts, lambda t: bool(UUID.match(t))) >= 0.95:
        p.kind = "uuid"
        return p
    if p.n >= 10 and p.distinct == p.n and sequence_keys(texts):
        p.kind = "sequence"
        return p
    if grouped_amounts([unicodedata.normalize("NFKC", t) for t in texts]):  # ``24,500`` beside ``4,000``
        p.kind = "amount"
        return p
    if numeric >= 0.9 or _share(texts, lambda t: bool(NUMBER.match(t))) >= 0.95:
        p.kind = "amount" if signed_measures(texts) else number_kind(texts, typed=fractional >= FRACTIONAL_MIN)
        return p
    if unit_values(texts):
        p.kind = "amount"  # numbers with their unit or currency (``42km``, ``350,000đ``)
        return p
    if _share(texts, money_value) >= 0.95:
        p.kind = "amount"
        return p
    if catalogue_items(texts):
        p.kind = "vocabulary"  # products and tariffs with their quantity and unit (``Skyr 500 g``)
        return p
    p.kind = text_kind(texts)
    if p.kind in ("words", "names") and _share(texts, _password) >= 0.6:
        p.kind, p.entity, p.entity_share = "identifier", "PASSWORD", _share(texts, _password)
    return p
