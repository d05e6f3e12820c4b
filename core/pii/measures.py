"""Measurements and money recognised by their unit (issue 11, precision of deny by default).

* :func:`measure_header`: a header whose last word is a unit (``dur_ms``, ``TAT (min)``, ``monthly_usage_mb``,
  ``annual_revenue_usd``, ``Sq Ft``) or that counts something (``antal_besok``, ``Anzahl Besuche``, ``num_visits``)
  names a measure. :mod:`core.pii.decide` clears numbers under it only when they are plain numbers, none
  zero-padded (a PIN, a CVV or a postal code under a strange header keeps its zeros or its fixed width elsewhere),
  and the header names no personal data. Units of one letter (``g``, ``l``, ``m``) are not read: ``col_m`` says
  nothing.
* :func:`float_amounts`: amounts by the values' type (every cell a decimal number the reader typed as such).
* :func:`unit_values`: values that carry their unit or currency (``5km``, ``42km``, ``350,000đ``, ``70 kg``):
  every value a number, a quarter of them or more with a unit from :data:`UNITS` or :data:`CURRENCIES`. No name,
  address, id or secret has that form.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.pii.currencies import CURRENCY_CODES

UNITS = frozenset("ms msec sec secs min mins hr hrs hours days km kg mg ml cl kwh mwh wh kw mb gb kb tb bytes pct "
                  "percent ft sqft sqm m2 m3 cm mm lb lbs oz usd eur gbp chf jpy cny inr brl mxn zar ngn kes sek nok "
                  "dkk pln czk huf try rub uah krw vnd idr thb php egp sar aed pkr cents micros "
                  # session 7: measures of time named by their quantity, currencies written in their own script
                  "latency duration elapsed runtime грн руб тг лв ريال ریال تومان درهم دينار".split())
CURRENCIES = ("đ", "₫", "€", "$", "£", "¥", "₹", "₩", "₺", "₽", "₴", "₦", "zł", "kr", "ft", "lei", "r$", "rp", "rm",
              "vnd", "usd", "eur", "%",
              # session 9: currency signs of one character that nothing else uses (lari, tenge, taka, peso, baht...)
              "₾", "₸", "৳", "₱", "฿", "₭", "₮", "₲", "₵", "₡", "₪", "₼", "៛")
#: Share of values that must carry their unit (the others plain numbers: ``450000`` next to ``450,000đ``).
UNIT_SHARE_MIN = 0.25
COUNT_WORDS = frozenset("antal anzahl aantal cantidad numero_de nombre num count cnt qty quantity visits besok "
                        "besuche visitas visites times".split())
_NUMBER = r"\d{1,3}(?:[ ,.']\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_UNIT_VALUE = re.compile(rf"^(?P<pre>[^\d\s]{{1,3}})?\s?(?:{_NUMBER})\s?(?P<post>[^\d\s]{{1,6}})?$")


def measure_header(tokens: Sequence[str]) -> bool:
    """Whether header ``tokens`` (:func:`core.vocab.tokens.split_tokens`) name a measure (module docstring)."""
    words = [t for t in tokens if not t.isdecimal()]
    if len(words) < 2:
        return False
    return words[-1] in UNITS or (words[0] in COUNT_WORDS and len(words[1]) >= 3)


#: Digits of the one width a column of identifiers keeps (a count rarely reaches thousands on every row).
ID_WIDTH_MIN = 4
#: Share of the values of that width above which the numbers are identifiers of one width, not counts.
ID_WIDTH_SHARE = 0.75


def counted_identifiers(tokens: Sequence[str], texts: Sequence[str]) -> bool:
    """Whether a header read as counting something (``num_visits``; :data:`COUNT_WORDS` first, no unit last) holds
    identifiers instead (session 13: ``Núm. CASS``, ``num_afiliacion``, ``No. socio`` read "number of"): three in four
    values of one width of :data:`ID_WIDTH_MIN` digits or more, as numbers a reader stripped of leading zeros keep.
    Counts of visits, orders or items spread over few digits."""
    words = [t for t in tokens if not t.isdecimal()]
    if not words or words[-1] in UNITS:
        return False
    widths = [len(t.lstrip("-").split(".")[0]) for t in texts if t.strip()]
    if not widths:
        return False
    modal = max(set(widths), key=widths.count)
    return modal >= ID_WIDTH_MIN and widths.count(modal) >= ID_WIDTH_SHARE * len(widths)


def unit_values(texts: Sequence[str]) -> bool:
    """Whether ``texts`` are numbers with their unit or currency (module docstring)."""
    if len(texts) < 10:
        return False
    units = 0
    for t in texts:
        m = _UNIT_VALUE.match(t.strip())
        if m is None:
            return False
        affix = (m["pre"] or m["post"] or "").casefold()
        if affix:
            if affix not in UNITS and affix not in CURRENCIES and affix.upper() not in CURRENCY_CODES:
                return False
            units += 1
    return units >= UNIT_SHARE_MIN * len(texts)


#: Multiples of this (``750.0``, ``16500.0``) are round amounts, limits or quotas, no id or code.
ROUND_STEP = 25


def float_amounts(raw: Sequence[object], cells: int) -> bool:
    """Amounts by the values' type: every cell of the column is present and a float (a reader typed the column a
    decimal number because the file wrote ``500.00``), below 1e9 (card numbers in exponent notation are above),
    with at most two decimals, and either some with cents (``89.9``, ``36858.67``), or cents on nine in ten with
    integer parts of varied widths (``180536.62``, ``4392.49``: a projected coordinate with two decimals keeps one
    width), or nine in ten round (multiples of :data:`ROUND_STEP`, three distinct values or more). Identifiers a
    reader turned into floats (``2134.0``), phone and card numbers included, have no cents: they come from columns
    with missing values, and are neither round nor with cents."""
    if len(raw) < 10 or len(raw) != cells or not all(isinstance(v, float) for v in raw):
        return False
    nums = [float(v) for v in raw if isinstance(v, float)]
    if not all(abs(x) < 1e9 and abs(round(x, 2) - x) < 1e-9 for x in nums):
        return False
    cents = sum(x != int(x) for x in nums) / len(nums)
    if 0 < cents < 0.9:
        return max(abs(x) for x in nums) >= 1000
    if cents >= 0.9:  # cents on (nearly) every value: money of varied widths, not one projected coordinate
        return max(abs(x) for x in nums) >= 1000 and varied_widths(nums)
    return cents == 0 and len(set(nums)) >= 3 and sum(x % ROUND_STEP == 0 for x in nums) >= 0.9 * len(nums)


#: The most common width of the integer parts of an amount column holds at most this share of its values.
WIDTH_MODAL_MAX = 0.9


def varied_widths(nums: Sequence[float]) -> bool:
    """Whether the integer parts of ``nums`` have two digit counts or more, the most common on at most
    :data:`WIDTH_MODAL_MAX` of them (amounts span magnitudes; a coordinate or a code keeps one width)."""
    widths = [len(str(int(abs(x)))) for x in nums]
    modal = max(widths.count(w) for w in set(widths))
    return len(set(widths)) >= 2 and modal <= WIDTH_MODAL_MAX * len(widths)


#: A whole number written with thousands groups: one to three digits, then groups of exactly three after one
#: separator used throughout (``24,500``, ``10,000,000``, ``59 000``, ``۳۰۰٬۰۰۰``), no leading zero.
GROUPED = re.compile(r"^[1-9]\d{0,2}(?P<sep>[,. \u00a0\u202f'\u066c])\d{3}(?:(?P=sep)\d{3})*$")
#: Share of values written with thousands groups above which a column of whole numbers is one of amounts.
GROUPED_MIN = 0.3


def grouped_amounts(texts: Sequence[str]) -> bool:
    """Amounts written by a person or a spreadsheet with thousands groups (session 9): three in ten values or more
    grouped (:data:`GROUPED`), every value a whole number without a leading zero (grouped or plain), and integer parts
    of varied widths (:func:`varied_widths`: an income of ``4,000`` beside ``24,500``). Identifiers, phone numbers
    and postal codes are written without thousands groups, or keep one width (``612 345 678``, ``59 000``)."""
    if len(texts) < 10:
        return False
    digits: list[float] = []
    grouped = 0
    for t in texts:
        if GROUPED.match(t):
            grouped += 1
            digits.append(float(re.sub(r"\D", "", t)))
        elif t.isascii() and t.isdecimal() and not t.startswith("0"):
            digits.append(float(t))
        else:
            return False
    return grouped >= GROUPED_MIN * len(texts) and varied_widths(digits)
