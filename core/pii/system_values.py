"""Values that only systems write (issue 11, session 10 precision work): classes recognised by their values alone.

Each test answers for a whole column and only on strong evidence, so :func:`core.pii.detect.profile_values` can give
the column a kind that carries no personal data whatever its header says or does not say (``f1..fN``):

* :func:`logistics_ids` — shipping container numbers (ISO 6346: owner code, category letter, serial, check digit)
  and postal item ids (UPU S10: ``RR123456785CN``, check digit over the serial), nine in ten values with a right
  check digit. One random code in eleven passes a check; a person's id, phone or passport never has these shapes.
* :func:`dotted_oids` — object identifiers (``1.2.840.113619.2.55.3.…``: DICOM study/series UIDs, SNMP, X.509):
  six arcs or more, the first 0, 1 or 2; no address (an IPv4 address has four arcs) or version has that form.
* :func:`compact_stamps` — date-times a system writes without separators, to the second: 3GPP/ASN.1
  ``YYMMDDhhmmss+hhmm``, ISO 8583 transmission time ``MMDDhhmmss``, Oracle ``DD-MON-YY HH.MI.SS.FF AM`` (all:
  ``timestamp``), and DICOM times of day ``hhmmss.ffffff`` (``time``). Every value must be a valid date-time of the
  form and the seconds must vary (a person's date typed by a person has no seconds).
* :func:`catalogue_items` — a closed list of catalogue items (products, tariffs): every distinct value on
  :data:`core.pii.proof.K_MIN` rows or more and two in five distinct values carrying a quantity with its unit of
  measure (``Cement 25 kg``, ``Skyr 500 g``, ``面膜 30片装``). Names, places, addresses and identifiers carry none.
* :func:`signed_measures` — integers a quarter or more of which are negative (signal strengths in dBm, balances,
  temperature deltas): no identifier, phone, postal code, PIN or date is ever negative. (Decimal latitudes and
  longitudes are masked before this kind is read: :mod:`core.pii.coords`.)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

#: Share of values that must carry a right check digit (one random code in ten or eleven passes it).
CHECK_SHARE_MIN = 0.9
#: Values a column needs before any test here answers.
VALUES_MIN = 20

_ISO6346 = re.compile(r"^[A-Z]{3}[UJZ]\d{7}$")
_S10 = re.compile(r"^[A-Z]{2}\d{9}[A-Z]{2}$")
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def _iso6346_value(c: str) -> int:
    """ISO 6346 value of one character: digits as such, letters from 10 upwards skipping multiples of 11."""
    if c.isdecimal():
        return int(c)
    n = 10 + ord(c) - ord("A")
    return n + (n - 1) // 10 if n > 10 else n  # 11, 22, 33 are skipped


def iso6346_ok(code: str) -> bool:
    """Whether ``code`` (``MSKU5229470``, spaces and dashes dropped) is a container number with a right check digit."""
    c = re.sub(r"[\s\-]", "", code.upper())
    if not _ISO6346.match(c):
        return False
    total = sum(_iso6346_value(ch) * 2 ** i for i, ch in enumerate(c[:10]))
    return total % 11 % 10 == int(c[10])


def s10_ok(code: str) -> bool:
    """Whether ``code`` (``RR123456785CN``) is a UPU S10 postal item id with a right check digit."""
    c = re.sub(r"\s", "", code.upper())
    if not _S10.match(c):
        return False
    rem = 11 - sum(int(d) * w for d, w in zip(c[2:10], _S10_WEIGHTS, strict=True)) % 11
    check = 0 if rem == 10 else 5 if rem == 11 else rem
    return check == int(c[10])


def logistics_ids(texts: Sequence[str]) -> bool:
    """Container numbers or postal item ids (module docstring): nine in ten values pass one of the two checks."""
    if len(texts) < VALUES_MIN:
        return False
    return any(sum(ok(t) for t in texts) >= CHECK_SHARE_MIN * len(texts) for ok in (iso6346_ok, s10_ok))


_OID = re.compile(r"^[0-2](?:\.(?:0|[1-9]\d{0,15})){5,}$")


def dotted_oids(texts: Sequence[str]) -> bool:
    """Object identifiers (module docstring) on every value."""
    return len(texts) >= VALUES_MIN and all(_OID.match(t) for t in texts)


_ASN1 = re.compile(r"^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})[+-](?:[01]\d|2[0-3])[0-5]\d$")
_MMDD = re.compile(r"^()(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$")
_ORACLE = re.compile(r"^(\d{2})-([A-Z]{3})-(\d{2}) (\d{2})\.(\d{2})\.(\d{2})(?:\.\d{1,9})? ?([AP]M)$", re.IGNORECASE)
_DICOM_TM = re.compile(r"^([01]\d|2[0-3])([0-5]\d)([0-5]\d)\.\d{1,6}$")
_MONTHS = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()


def _clock(hh: str, mm: str, ss: str, *, twelve: bool = False) -> bool:
    h = int(hh)
    return (1 <= h <= 12 if twelve else h <= 23) and int(mm) <= 59 and int(ss) <= 59


def _day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def _stamp_seconds(t: str) -> str | None:
    """The seconds of a compact stamp of one of the ``timestamp`` forms, else None."""
    if m := _ASN1.match(t):
        _, mo, d, hh, mi, ss = m.groups()
        return ss if _day(int(mo), int(d)) and _clock(hh, mi, ss) else None
    if m := _MMDD.match(t):
        _, mo, d, hh, mi, ss = m.groups()
        return ss if _day(int(mo), int(d)) and _clock(hh, mi, ss) else None
    if m := _ORACLE.match(t):
        d, mon, _, hh, mi, ss, _ = m.groups()
        ok = mon.upper() in _MONTHS and _day(1, int(d)) and _clock(hh, mi, ss, twelve=True)
        return ss if ok else None
    return None


def compact_stamps(texts: Sequence[str]) -> str | None:
    """``timestamp`` or ``time`` when every value (at least :data:`VALUES_MIN`) is a compact date-time or time of
    day of one form that systems write (module docstring) and the seconds vary; else None."""
    if len(texts) < VALUES_MIN:
        return None
    if all(_DICOM_TM.match(t) for t in texts):
        return "time"
    seconds = [_stamp_seconds(t) for t in texts]
    if any(s is None for s in seconds):
        return None
    return "timestamp" if sum(s != "00" for s in seconds) >= 0.5 * len(seconds) else None


#: Units of measure a catalogue item's name carries after its quantity (Latin, Cyrillic, CJK counters).
ITEM_UNITS = ("kg|g|mg|ml|cl|dl|l|oz|lb|lbs|m|cm|mm|mm²|m²|km|w|kw|v|mah|gb|tb|mb|pcs|pc|pk|pack|tabs|caps|"
              "кг|г|мг|мл|л|м|мм|мм²|см|шт|уп|"
              "片|片装|支|支装|个|包|瓶|盒|袋|克|千克|毫升|升|段|枚|本|ც")
_QUANTITY = re.compile(rf"(?<![^\W\d_])\d+(?:[.,]\d+)?(?:\s?x\s?\d+(?:[.,]\d+)?)?\s?(?:{ITEM_UNITS})(?![^\W\d_])",
                       re.IGNORECASE)
#: Share of a catalogue's distinct values that carry a quantity with its unit.
ITEM_UNIT_SHARE = 0.4
#: A run of five digits or more: a phone, an id or a postal code, never a catalogue item's quantity.
_LONG_DIGITS = re.compile(r"\d{5,}")


def catalogue_items(texts: Sequence[str]) -> bool:
    """A closed list of catalogue items (module docstring): at least three distinct values, each on
    :data:`core.pii.proof.K_MIN` rows or more, two in five with a quantity and its unit, none with an ``@``, a run of
    five digits or a personal name the lexicons know (:func:`core.pii.proof._name_words`)."""
    from core.pii.proof import K_MIN, _name_words

    counts = Counter(texts)
    if len(texts) < VALUES_MIN or len(counts) < 3 or min(counts.values()) < K_MIN:
        return False
    if any("@" in v or _LONG_DIGITS.search(v) for v in counts) or _name_words(set(counts)):
        return False  # a note naming a person (``paid by son Thomas``) is no catalogue item
    return sum(bool(_QUANTITY.search(v)) for v in counts) >= ITEM_UNIT_SHARE * len(counts)


_SIGNED_INT = re.compile(r"^[+-]?\d{1,9}$")
#: Share of values that are negative.
NEGATIVE_SHARE = 0.25
#: Distinct negative values a column needs (a lone ``-1`` is a placeholder of an id column).
NEGATIVE_DISTINCT = 3


def signed_measures(texts: Sequence[str]) -> bool:
    """Integers a quarter or more of which are negative, with three distinct negative values or more (module
    docstring)."""
    if len(texts) < VALUES_MIN or not all(_SIGNED_INT.match(t) for t in texts):
        return False
    negative = [t for t in texts if t.startswith("-") and t.strip("-0")]
    return len(negative) >= NEGATIVE_SHARE * len(texts) and len(set(negative)) >= NEGATIVE_DISTINCT


#: Rows a column of row ordinals needs.
ORDINALS_MIN = 20


def row_ordinals(texts: Sequence[str]) -> bool:
    """Row numbers a program wrote (``Unnamed: 0`` of pandas, a ``#`` column, a spreadsheet's ``ردیف``):
    every value an integer, each exactly once, together exactly ``0..n-1`` or ``1..n`` for the column's ``n`` values
    (at least :data:`ORDINALS_MIN`). Asked only under a header naming a row's position (:func:`row_header`): a small
    firm's staff numbers are ``1..n`` too (a blank-header measurement cleared one), the header tells them apart."""
    if len(texts) < ORDINALS_MIN or not all(t.isdecimal() and (t == "0" or not t.startswith("0")) for t in texts):
        return False
    nums = {int(t) for t in texts}
    return len(nums) == len(texts) and min(nums) in (0, 1) and max(nums) - min(nums) == len(texts) - 1


#: The longest span of Unix times in seconds that :func:`stamp_window` takes for one run of a system's events.
STAMP_WINDOW_S = 31 * 86_400
#: Unix times in seconds after this one (2030-01-01) are not read as stamps (US phone numbers with an area code from
#: 201 to 220 read as seconds of the 2030s).
STAMP_MAX_S = 1_893_456_000
#: 2000-01-01 in Unix seconds (the floor of ``evidence.EPOCH_S``; not imported from there: ``evidence`` imports
#: this module, and an import back would make a cycle in ``core.pii``)
STAMP_MIN_S = 946_684_800


def stamp_window(texts: Sequence[str]) -> bool:
    """Unix times in seconds of one system's events, by their values alone: at least :data:`VALUES_MIN` distinct
    ten-digit integers from 2001 to 2029 within :data:`STAMP_WINDOW_S` of each other (a log, a sensor's readings,
    a batch of records). Phone numbers that lost their leading zero (``1012345678``: a mobile of Egypt or Korea)
    spread over their operator's whole block of a hundred million numbers; national ids over a billion."""
    if len(set(texts)) < VALUES_MIN or not all(t.isdecimal() and len(t) == 10 and t[0] != "0" for t in texts):
        return False  # a leading zero: a phone (``0962...``, Vietnam), never a stamp
    if personnummer_like(texts):
        return False
    nums = [int(t) for t in texts]
    return STAMP_MIN_S <= min(nums) and max(nums) < STAMP_MAX_S and max(nums) - min(nums) <= STAMP_WINDOW_S


#: Header words naming a row's position in a file: pandas' ``Unnamed: 0``, ``#``, ``row``, ``index``,
#: ``Sr. No``, Persian ``ردیف``, Vietnamese ``STT`` (số thứ tự), Chinese ``序号``, Polish ``Lp.``.
ROW_WORDS = frozenset("unnamed row rownum rownumber rowno index idx sr srno sno sl slno stt lp ردیف "
                      "序号 序號".split())


def row_header(header: str) -> bool:
    """Whether ``header`` names a row's position (:data:`ROW_WORDS`, or ``#`` alone) and nothing else."""
    from core.vocab.tokens import split_tokens

    text = header.strip()
    tokens = [t for t in split_tokens(text) if not t.isdecimal()]
    return text == "#" or bool(tokens) and all(t in ROW_WORDS or t in ("no", "nr", "n") for t in tokens) and any(
        t in ROW_WORDS for t in tokens)


#: Share of values passing the Luhn check above which ten-digit numbers are Swedish personnummer (YYMMDDNNNC), not
#: stamps (one in ten random numbers passes).
LUHN_SHARE_MAX = 0.5


def personnummer_like(texts: Sequence[str]) -> bool:
    """Whether ten-digit ``texts`` read as Swedish personal identity numbers (review of session 11): a birth day
    ``YYMMDD`` on nine in ten and the Luhn check digit on :data:`LUHN_SHARE_MAX` or more (``1601DDNNNC`` falls in a
    month of Unix seconds of 2020)."""
    from core.pii.luhn import luhn_ok

    ten = [t for t in texts if t.isdecimal() and len(t) == 10]
    if not ten:
        return False
    dated = sum(1 <= int(t[2:4]) <= 12 and 1 <= int(t[4:6]) <= 31 for t in ten)
    return dated >= 0.9 * len(ten) and sum(luhn_ok(t) for t in ten) >= LUHN_SHARE_MAX * len(ten)
