"""What kind of datum a column's values are, read through cheap conversions: dates and times.

A date is written in many ways (``2024-03-14``, ``14.03.2024``, ``14MAR24 0935``, ``12 kwietnia
2023``, ``1985年4月12日``, ``20240314``); character shapes and digit counts do not see that they are
all dates, and do see a date of 8 digits as like a price of 8 digits. :func:`temporal_share` reads
each value through the date patterns (month names in English, German, French, Spanish, Italian,
Portuguese, Dutch and Polish, by their first three letters) and :func:`kind_matrix` turns the
shares of both sides into value evidence:

* both sides temporal (at least :data:`TEMPORAL` of the values): the values agree
  (:data:`BOTH_TEMPORAL`), whatever the formats;
* one side temporal and the other not at all (at most :data:`NOT_TEMPORAL`): they disagree, and
  the value evidence is capped at :data:`MIXED_CAP`.

Dates of one table are often alike in form and apart in time (a birth date and a sign-up date,
``created`` in 2015 and ``last_login`` last week): :func:`era_matrix` compares the median year of
both sides (four-digit years 1900-2099 read from the values), and
:func:`core.mapping.features.value_matrix` lowers the agreement of two temporal columns decades
apart (:data:`ERA_SPAN`, :data:`ERA_PENALTY`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import numpy as np

from core.mapping.side import MatchColumn

TEMPORAL = 0.8
NOT_TEMPORAL = 0.1
BOTH_TEMPORAL = 0.9
MIXED_CAP = 0.1
SAMPLE = 100
_MONTHS = frozenset(
    "jan feb mar apr may jun jul aug sep oct nov dec "  # en
    "mai okt dez mae mrz "  # de
    "fev avr jui aou dec "  # fr (folded)
    "ene abr ago dic "  # es
    "gen mag giu lug set ott "  # it
    "out "  # pt
    "mei "  # nl
    "sty lut kwi maj cze lip sie wrz paz lis gru".split())  # pl
_NUMERIC = re.compile("|".join((
    r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}",
    r"^\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})(?:\b|\s)",
    r"^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$",
    r"^\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]",
)))
_LETTER = re.compile(r"[a-z]")
#: a weekday name before a date (``Sat 7 Dec 2024``, ``Mon, Dec 9 2024``): any short word, the month decides
_WEEKDAY = r"(?:[a-z]{2,3}\.?,?\s+)?"
_NAMED = [re.compile(p) for p in (
    _WEEKDAY + r"(\d{1,2})[ .\-/]*([a-z]{3,})\.?[ .\-/,]*(\d{2}|\d{4})\b",
    _WEEKDAY + r"([a-z]{3,})\.?[ .\-/]*(\d{1,2}),?[ .\-/]+(\d{4})\b",
)]


def _fold(value: str) -> str:
    s = unicodedata.normalize("NFKD", value.strip().casefold())
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def is_temporal(value: str) -> bool:
    """Whether one value reads as a date (optionally with a time)."""
    v = value.strip().casefold()
    if _NUMERIC.match(v):
        return True
    if not v[:1].isalnum() or not _LETTER.search(v):
        return False
    v = _fold(v)
    for p in _NAMED:
        m = p.match(v)
        if m:
            word = m.group(2) if m.group(1).isdecimal() else m.group(1)
            return word[:3] in _MONTHS
    return False


#: Unix times read as dates: seconds (10 digits; 13-digit milliseconds look like in-store EAN-13
#: barcodes ``20...``) between these instants (2000-2030) ...
EPOCH_MIN, EPOCH_MAX = 946_684_800, 1_893_456_000
#: ... spread over at most this many seconds (20 years), so a column of phone numbers is none
EPOCH_SPREAD = 631_152_000
_EPOCH = re.compile(r"^\d{10}(?:\.\d+)?$")


def epoch_share(vals: Sequence[str]) -> float:
    """Share of values that are Unix times in seconds when the column as a whole reads as one
    (:data:`EPOCH_MIN`-:data:`EPOCH_MAX`, within :data:`EPOCH_SPREAD`); 0 otherwise."""
    secs = [float(v) for v in vals if _EPOCH.match(v.strip())]
    secs = [x for x in secs if EPOCH_MIN <= x <= EPOCH_MAX]
    if len(secs) < TEMPORAL * len(vals) or max(secs) - min(secs) > EPOCH_SPREAD:
        return 0.0
    return len(secs) / len(vals)


_CYYMMDD = re.compile(r"^[01]?\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$")


def cyymmdd_share(vals: Sequence[str]) -> float:
    """Share of values that are IBM i ``CYYMMDD`` dates (``1240501`` = 2024-05-01; 19xx dates may have
    lost their leading ``0``: ``990315``) when the column as a whole reads as one: at least
    :data:`TEMPORAL` of its values that are not all zeros (``0`` = no date) and most of them 7 digits;
    0 otherwise."""
    dated = [v.strip() for v in vals if v.strip().strip("0")]
    if not dated or sum(len(v) == 7 for v in dated) < 0.5 * len(dated):
        return 0.0
    hits = sum(bool(_CYYMMDD.match(v)) for v in dated)
    return hits / len(dated) if hits >= TEMPORAL * len(dated) else 0.0


def temporal_share(values: Sequence[str] | None) -> float | None:
    """Share of the (first :data:`SAMPLE`) non-empty values that read as dates, or of Unix times when
    the column is one (:func:`epoch_share`); None without values."""
    vals = [v for v in (values or [])[:SAMPLE] if v.strip()]
    if not vals:
        return None
    return max(sum(is_temporal(v) for v in vals) / len(vals), epoch_share(vals), cyymmdd_share(vals))


def kind_matrix(src: Sequence[MatchColumn], dst: Sequence[MatchColumn]) -> tuple[np.ndarray, np.ndarray]:
    """(agree, disagree) masks of every (target, source) pair (module docstring)."""
    s = np.array([np.nan if (x := temporal_share(c.values)) is None else x for c in src], dtype=float)
    d = np.array([np.nan if (x := temporal_share(c.values)) is None else x for c in dst], dtype=float)
    s_t, d_t = np.nan_to_num(s) >= TEMPORAL, np.nan_to_num(d) >= TEMPORAL
    s_n, d_n = np.nan_to_num(s, nan=1.0) <= NOT_TEMPORAL, np.nan_to_num(d, nan=1.0) <= NOT_TEMPORAL
    agree = d_t[:, None] & s_t[None, :]
    disagree = (d_t[:, None] & s_n[None, :]) | (d_n[:, None] & s_t[None, :])
    return agree, disagree


#: years between two columns' median years at which their dates are of different eras
ERA_SPAN = 20.0
#: share of the temporal agreement lost by two columns :data:`ERA_SPAN` or more years apart
ERA_PENALTY = 0.5
#: share of a column's values that must carry a four-digit year for its era to count
ERA_SHARE = 0.5
_YEAR = re.compile(r"(?<!\d)(19\d{2}|20\d{2})(?!\d)")


def median_year(values: Sequence[str] | None) -> float | None:
    """Median four-digit year (1900-2099) of a column's (first :data:`SAMPLE`) values; None when under
    :data:`ERA_SHARE` of them carry one."""
    vals = [v for v in (values or [])[:SAMPLE] if v.strip()]
    if cyymmdd_share(vals):  # 1240501: 2024
        vals = [v.strip() for v in vals if v.strip().strip("0")]
        years = [1900 + int(v.zfill(7)[0]) * 100 + int(v.zfill(7)[1:3]) for v in vals if _CYYMMDD.match(v)]
        return float(np.median(years)) if years else None
    years = [int(m.group(1)) for v in vals if (m := _YEAR.search(v))]
    if not vals or len(years) < ERA_SHARE * len(vals):
        return None
    return float(np.median(years))


def era_matrix(src: Sequence[MatchColumn], dst: Sequence[MatchColumn]) -> np.ndarray:
    """Closeness in time (1 same era ... 0 at :data:`ERA_SPAN` years apart) of every (target, source)
    pair of temporal columns; NaN where either side has no era."""
    s = np.array([np.nan if (x := median_year(c.values)) is None else x for c in src], dtype=float)
    d = np.array([np.nan if (x := median_year(c.values)) is None else x for c in dst], dtype=float)
    return np.clip(1.0 - np.abs(d[:, None] - s[None, :]) / ERA_SPAN, 0.0, 1.0)
