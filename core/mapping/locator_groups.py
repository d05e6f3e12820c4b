"""Locators of short parts as decompose candidates (``Block B / Row 12 / Seat 7``, ``B-12-7``).

A source column whose values hold 2-4 short parts once label words are dropped
(:func:`core.mapping.part_strategies.locator_arity`) may feed several targets, one part each. A
target counts as one of its parts when at least :data:`PART_SHARE` of its example values occur
among that part's values (case-folded, numbers without leading zeros or ``.0``). A lone part match
is weak (any small number occurs among seat numbers), so the column is a candidate only for tables
where at least two targets match parts of it; each scores :data:`BASE` + :data:`GAIN` x share.
Values are read in memory only (data_mode).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.mapping.features import magnitude
from core.mapping.part_strategies import LABEL, PART, locator_arity
from core.mapping.side import MatchColumn
from core.mapping.time_groups import time_share
from core.mapping.value_kinds import temporal_share

PART_SHARE = 0.6
BASE = 0.3
GAIN = 0.3
_FLOAT0 = re.compile(r"^(-?\d+)\.0+$")


def _norm(value: str) -> str:
    v = value.strip().casefold()
    m = _FLOAT0.match(v)
    v = m.group(1) if m else v
    return v.lstrip("0") or v if v.isdigit() else v


def locator_decomposes(src: Sequence[MatchColumn], dst: Sequence[MatchColumn]) -> dict[int, tuple[int, float]]:
    """Per target row (source index, score) of the module docstring."""
    out: dict[int, tuple[int, float]] = {}
    for j, c in enumerate(src):
        if (not c.values or (temporal_share(c.values) or 0.0) >= 0.5 or magnitude(c.values) is not None
                or time_share(c.values) >= 0.5):
            continue  # dates (2024.08.29), numbers (1.234,56) and times (19:13:40) are no locators
        k = locator_arity(c.values)
        if not k:
            continue
        parts: list[set[str]] = [set() for _ in range(k)]
        for v in c.values[:500]:
            found = PART.findall(LABEL.sub(" ", v))
            if len(found) == k:
                for p, x in enumerate(found):
                    parts[p].add(_norm(x))
        hits: dict[int, float] = {}
        for i, d in enumerate(dst):
            ex = [_norm(v) for v in d.values or [] if v.strip()]
            if len(ex) < 2:
                continue
            share = max(sum(e in s for e in ex) / len(ex) for s in parts)
            if share >= PART_SHARE:
                hits[i] = share
        if len(hits) < 2:
            continue
        for i, share in hits.items():
            sc = round(BASE + GAIN * share, 4)
            if i not in out or sc > out[i][1]:
                out[i] = (j, sc)
    return out
