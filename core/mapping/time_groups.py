"""Date + time of day -> timestamp: compose candidates the catalog's composites cannot give.

Exports often keep a date and the time of day in two columns (``2024/3/5`` and ``08:43``, ``30 Jun
2024`` and ``3.35pm``, ``오후 4:43``), while the target holds one timestamp. A target column is a
*timestamp target* when it is a datetime (type or ``datetime.timestamp`` domain) and its example
values, where it has any, carry a time of day other than midnight. Its candidate is the source
column of dates (:func:`core.mapping.value_kinds.temporal_share`) that scores best for it plus the
source column of times of day (:func:`time_share`) whose times fit the examples' times best
(:func:`time_fit`: a clock-in column at 08:40 and a clock-out column at 18:10 are told apart by the
examples' hours). The compose scores the date column's own score plus :data:`TIME_GAIN` x the fit,
so it beats the bare date (which cannot give the hour) and a timestamp column whose times do not fit.
Values are read in memory only (data_mode); nothing is stored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from core.mapping.side import MatchColumn
from core.mapping.value_kinds import TEMPORAL, epoch_share, is_temporal, temporal_share

#: share of a column's non-empty values that must be times of day
TIME_SHARE = 0.8
#: a compose scores the date column's score plus this times the time column's fit
TIME_GAIN = 0.15
#: an example time counts a source time within this many minutes as agreeing
FIT_WINDOW = 120
#: share of a source's times within the window of an example time that counts as a full fit
FIT_FULL = 0.5
SAMPLE = 200
#: the times must fit this much better than those of a timestamp source that is a candidate itself
FIT_MARGIN = 0.1
#: fit kept by a source without seconds where the examples show them (it cannot give them)
SECONDS_LOST = 0.5
_TIME = re.compile(r"(?<![\d.:/-])([01]?\d|2[0-3])\s*([:.hH時시])\s*([0-5]\d)(?:\s*[:.分분]\s*([0-5]\d))?(?![\d.:/])")
_PM = re.compile(r"(p\.?\s?m\.?|오후|下午|午後)", re.IGNORECASE)
_AM = re.compile(r"(a\.?\s?m\.?|오전|上午|午前)", re.IGNORECASE)
_SECONDS = re.compile(r"\d{1,2}:\d{2}:(\d{2})")
_EPOCH = re.compile(r"^\d{10}(?:\.\d+)?$")
_CLOCK = re.compile(r"[T ](\d{2}):(\d{2})(?::(\d{2}))?")


def minute_of_day(value: str) -> int | None:
    """Minutes since midnight of a time-of-day value (``08:43``, ``3.35pm``, ``오후 4:43``, ``14h05``),
    None when the value is no bare time of day (a date, a number, a duration's words)."""
    v = value.strip()
    if not v or is_temporal(v):
        return None
    m = _TIME.search(v)
    if m is None:
        return None
    rest = (v[:m.start()] + v[m.end():]).strip()
    if any(ch.isdigit() for ch in rest) or len(rest) > 12:
        return None
    hour, minute = int(m.group(1)), int(m.group(3))
    pm, am = _PM.search(rest), _AM.search(rest)
    if m.group(2) == "." and not (pm or am):
        return None  # ``4.50`` is a number; ``3.35pm`` is a time
    if pm and hour < 12:
        hour += 12
    elif am and hour == 12:
        hour = 0
    return hour * 60 + minute


def time_share(values: Sequence[str] | None) -> float:
    """Share of the (first :data:`SAMPLE`) non-empty values that are times of day (0 without values)."""
    vals = [v for v in (values or [])[:SAMPLE] if v.strip()]
    return sum(minute_of_day(v) is not None for v in vals) / len(vals) if vals else 0.0


def example_minutes(values: Sequence[str] | None) -> list[int]:
    """Times of day of timestamp values (``2024-03-05T08:42:00``, ``2024-03-05 08:42``)."""
    out = []
    for v in values or []:
        m = _CLOCK.search(v.strip())
        if m:
            out.append(int(m.group(1)) * 60 + int(m.group(2)))
    return out


def _has_seconds(values: Sequence[str] | None) -> bool:
    """Whether times among the values show non-zero seconds (``19:13:40``)."""
    return any((m := _SECONDS.search(v)) is not None and m.group(1) != "00" for v in (values or [])[:SAMPLE])


def source_clock(values: Sequence[str] | None) -> list[int]:
    """Times of day of a source column of timestamps (``2024-03-05 08:42``, ``02.11.2024 19:30``, Unix
    seconds read in UTC); empty unless most of its (first :data:`SAMPLE`) values carry one."""
    vals = [v for v in (values or [])[:SAMPLE] if v.strip()]
    if not vals:
        return []
    if epoch_share(vals) >= TEMPORAL:
        return [int(float(v)) % 86400 // 60 for v in vals if _EPOCH.match(v.strip())]
    mins = example_minutes(vals)
    return mins if len(mins) >= TIME_SHARE * len(vals) else []


def time_fit(examples: Sequence[int], times: Sequence[int]) -> float:
    """How well a column's times of day fit the examples' times: per example the share of the column's
    times within :data:`FIT_WINDOW` minutes (on the clock), scaled so :data:`FIT_FULL` is a full fit,
    averaged; 0.5 (unknown) without examples."""
    if not times:
        return 0.0
    if not examples:
        return 0.5
    t = np.array(times, dtype=float)
    fits = []
    for e in examples:
        gap = np.abs(t - e)
        near = np.minimum(gap, 1440 - gap) <= FIT_WINDOW
        fits.append(min(1.0, float(near.mean()) / FIT_FULL))
    return float(np.mean(fits))


def needs_time(d: MatchColumn) -> bool:
    """A timestamp target: a datetime whose examples (if any) hold a time of day other than midnight."""
    if d.logical_type != "datetime" and d.domain != "datetime.timestamp":
        return False
    mins = example_minutes(d.values)
    return not d.values or (bool(mins) and sum(m != 0 for m in mins) >= 0.5 * len(mins))


def time_composes(src: Sequence[MatchColumn], dst: Sequence[MatchColumn], score: np.ndarray,
                  header: np.ndarray) -> dict[int, tuple[list[int], float]]:
    """Per timestamp target row: ([date source, time source], score) of the module docstring."""
    times = {j: mins for j, c in enumerate(src)
             if c.values and time_share(c.values) >= TIME_SHARE
             and (mins := [x for v in c.values[:SAMPLE] if (x := minute_of_day(v)) is not None])}
    if not times:
        return {}
    stamps = {j: mins for j, c in enumerate(src) if j not in times and (mins := source_clock(c.values))}
    dates = [j for j, c in enumerate(src)
             if j not in times and ((temporal_share(c.values) or 0.0) >= TEMPORAL or j in stamps)]
    if not dates:
        return {}
    out: dict[int, tuple[list[int], float]] = {}
    secs = {j: _has_seconds(c.values) for j, c in enumerate(src) if j in times or j in dates}
    for i, d in enumerate(dst):
        if not needs_time(d):
            continue
        ex = example_minutes(d.values)
        want_secs = _has_seconds(d.values)

        def fit_of(j: int, mins: Sequence[int], ex: list[int] = ex, want_secs: bool = want_secs) -> float:
            return time_fit(ex, mins) * (SECONDS_LOST if want_secs and not secs.get(j, False) else 1.0)

        # the date part: a column of bare dates before one that carries times of its own
        j = max(dates, key=lambda j: (j not in stamps, float(score[i, j])))
        fit = {k: fit_of(k, mins) for k, mins in times.items()}
        k = max(fit, key=lambda k: (round(fit[k], 2), float(header[i, k]), float(score[i, k])))
        # a timestamp column of the source whose times fit as well is the simpler explanation
        own = max((fit_of(j2, mins) for j2, mins in stamps.items()), default=0.0)
        if fit[k] <= 0.0 or fit[k] < own + FIT_MARGIN:
            continue
        out[i] = ([j, k], round(min(0.95, float(score[i, j]) + TIME_GAIN * fit[k]), 4))
    return out


#: share of the temporal agreement lost by a timestamp column whose times of day miss the examples'
CLOCK_PENALTY = 0.5


def clock_matrix(src: Sequence[MatchColumn], dst: Sequence[MatchColumn]) -> np.ndarray:
    """How well each source's times of day (timestamps, Unix seconds) fit a timestamp target's example
    times (:func:`time_fit`), like :func:`core.mapping.value_kinds.era_matrix` for years: an event's
    start at 19:30 and a purchase at 04:30 are told apart; NaN where either side has no times."""
    out = np.full((len(dst), len(src)), np.nan)
    rows = [(i, ex) for i, d in enumerate(dst) if d.values and len(ex := example_minutes(d.values)) >= 2]
    if not rows:
        return out
    for j, c in enumerate(src):
        mins = source_clock(c.values)
        if mins:
            for i, ex in rows:
                out[i, j] = time_fit(ex, mins)
    return out
