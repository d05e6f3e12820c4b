"""Date grain: a column of bare dates and a column of timestamps are different things.

Tables keep a business date the person typed (``Petsa ng Sangla``, ``Izsniegšanas datums``, ``তারিখ``:
``05/17/2024``, ``2020. gada 22. jūnijā``) beside a timestamp the system wrote when the row was entered or
changed (``05/17/2024 02:49:53 PM``, ``25.06.2020 14:51``). Both read as dates, agree in era and often in
day, and the system's clean timestamp is the one the domain engine is sure of, so it used to take the
business date's target. The grain tells them apart with no word of the header's language:

* a **date target** (declared ``date``, no example carrying a time of day other than midnight) and a
  **clock source** (:data:`CLOCK_SHARE` of its values carry a time of day, most of them not midnight):
  the examples hold no time the source would have to drop, and a column of the same dates without
  times is the likelier feed;
* not the other way round: a timestamp target and a column of bare dates are what a date + time of day
  compose (:mod:`core.mapping.time_groups`) starts from, and that compose is scored from the date's score.

Such a pair keeps ``1 - GRAIN_PENALTY`` of its temporal value agreement (like the era and the clock of
:mod:`core.mapping.value_kinds` and :mod:`core.mapping.time_groups`); a target or source without values,
or a pair of the same grain, is unchanged (NaN). The pair stays assignable: where the timestamp is the
only date column it still is the best candidate. Values are read in memory only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from core.mapping.side import MatchColumn
from core.mapping.value_kinds import TEMPORAL, epoch_share, temporal_share

#: share of a source's non-empty values that must carry a time of day for it to be a clock source
CLOCK_SHARE = 0.8
#: share of the temporal agreement a pair of different grains loses
GRAIN_PENALTY = 0.4
SAMPLE = 200
#: a time of day after a date: ``2024-05-17 14:49``, ``17.05.2024 2:49:53 PM``, ``2024-05-17T14:49:00``, with
#: fractional seconds and a zone (``2024-05-17T14:49:53.123456+02:00``, ``...Z``)
_CLOCK = re.compile(r"(?:[T\s,]|^)([01]?\d|2[0-3])[:.h]([0-5]\d)(?::([0-5]\d)(?:[.,]\d{1,9})?)?"
                    r"(?:\s*([ap])\.?\s?m\.?)?\s*(?:Z|UTC|GMT|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?\s*$", re.IGNORECASE)
_DATE_PART = re.compile(r"\d")


def clock_of(value: str) -> int | None:
    """Minutes since midnight of a timestamp value's time of day (``17.05.2024 2:49 PM`` -> 869), None
    when the value carries no time after its date (a bare date, a bare time)."""
    v = value.strip()
    m = _CLOCK.search(v)
    if m is None or not _DATE_PART.search(v[:m.start()]):
        return None
    hour, minute = int(m.group(1)), int(m.group(2))
    if m.group(4):
        if hour > 12:
            return None
        hour = hour % 12 + (12 if m.group(4).lower() == "p" else 0)
    return hour * 60 + minute


def grain(values: Sequence[str] | None) -> str | None:
    """``clock`` (timestamps with times of day other than midnight), ``date`` (bare dates) or None
    (no values, not temporal, or mixed)."""
    vals = [v for v in (values or [])[:SAMPLE] if v.strip()]
    if not vals or (temporal_share(vals) or 0.0) < TEMPORAL:
        return None
    if epoch_share(vals) >= TEMPORAL:  # Unix seconds carry their time of day
        return "clock"
    clocks = [c for v in vals if (c := clock_of(v)) is not None]
    if len(clocks) >= CLOCK_SHARE * len(vals) and sum(c != 0 for c in clocks) >= 0.5 * len(clocks):
        return "clock"
    if not clocks or all(c == 0 for c in clocks):
        return "date"
    return None


def _target_grain(d: MatchColumn) -> str | None:
    if d.logical_type == "date":
        return None if any(clock_of(v) for v in d.values or []) else "date"
    return None


def grain_matrix(src: Sequence[MatchColumn], dst: Sequence[MatchColumn]) -> np.ndarray:
    """Factor on the temporal value agreement of every (target, source) pair: ``1 - GRAIN_PENALTY``
    where their grains differ (module docstring), NaN otherwise."""
    out = np.full((len(dst), len(src)), np.nan)
    t = [_target_grain(d) for d in dst]
    if not any(t):
        return out
    s = [grain(c.values) if c.values else None for c in src]
    for i, gi in enumerate(t):
        if gi is None:
            continue
        for j, gj in enumerate(s):
            if gj is not None and gj != gi:
                out[i, j] = 1.0 - GRAIN_PENALTY
    return out
