"""Quantities whose unit is in another column (SAP ``BRGEW`` + ``GEWEI``, ``VOLUM`` + ``VOLEH``): the
value column and its unit column together feed one target quantity.

A *unit column* holds only unit symbols of one catalog domain (``G``/``KG``/``LB``: ``qty.mass``;
the catalog's ``units`` plus a few common spellings, :data:`EXTRA_UNITS`), at most
:data:`MAX_UNITS` distinct. It governs the number columns right before it (the usual layout:
values, then their unit), or, when there are none, right after it. A target of that domain
(in a column of its own, e.g. ``gross_weight_kg``) gets a *compose* candidate from its best governed
number column and the unit column, scored that pair's atomic score plus :data:`UNIT_BONUS`
(the unit column is evidence of the quantity's dimension), at most :data:`UNIT_CAP`; a value
column composes so for one target only, the one it scores best with.
Values are needed: data_mode only.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from core.mapping.features import magnitude
from core.mapping.side import MatchColumn
from core.vocab.models import DomainCatalog

UNIT_BONUS = 0.15
UNIT_CAP = 0.95
MAX_UNITS = 12
EXTRA_UNITS = {"qty.volume": {"ccm", "cm3", "dm3", "cdm", "ltr", "liter", "litre"},
               "qty.mass": {"lbs", "gr", "kgs", "kgm"}, "qty.area": {"qm", "sqm", "ft2", "m²"},
               "qty.length": {"inch", "zoll"}}
_NUMERIC_TYPES = {"int", "float", "decimal"}


def unit_sets(catalog: DomainCatalog | None) -> dict[str, frozenset[str]]:
    """Domain id -> its unit symbols, case-folded."""
    out: dict[str, frozenset[str]] = {}
    for d in catalog.domains if catalog else []:
        units = getattr(d, "units", None) or []
        if units and d.id.startswith("qty."):
            out[d.id] = frozenset({u.casefold() for u in units} | EXTRA_UNITS.get(d.id, set()))
    return out


def unit_domain(values: Sequence[str] | None, units: dict[str, frozenset[str]]) -> str | None:
    """The one domain all of a column's values are units of (None otherwise)."""
    distinct = {v.strip().casefold() for v in (values or [])[:500] if v.strip()}
    if not distinct or len(distinct) > MAX_UNITS:
        return None
    doms = [d for d, u in units.items() if distinct <= u]
    return doms[0] if len(doms) == 1 else None


def _numeric(c: MatchColumn) -> bool:
    return c.logical_type in _NUMERIC_TYPES or (bool(c.values) and magnitude(c.values or []) is not None)


def governed(src: Sequence[MatchColumn], u: int) -> list[int]:
    """Number columns right before the unit column ``u`` (or, if none, right after it)."""
    before: list[int] = []
    for j in range(u - 1, -1, -1):
        if not _numeric(src[j]):
            break
        before.append(j)
    if before:
        return before
    after: list[int] = []
    for j in range(u + 1, len(src)):
        if not _numeric(src[j]):
            break
        after.append(j)
    return after


def unit_composes(src: Sequence[MatchColumn], dst: Sequence[MatchColumn], score: np.ndarray,
                  catalog: DomainCatalog | None) -> dict[int, tuple[list[int], float]]:
    """Per target row: ([value column, unit column], score) where a unit column of its domain exists."""
    units = unit_sets(catalog)
    if not units or not any(c.values for c in src):
        return {}
    by_domain: dict[str, list[tuple[int, list[int]]]] = {}
    for u, c in enumerate(src):
        dom = unit_domain(c.values, units) if c.values else None
        if dom:
            ruled = governed(src, u)
            if ruled:
                by_domain.setdefault(dom, []).append((u, ruled))
    out: dict[int, tuple[list[int], float]] = {}
    for i, d in enumerate(dst):
        best: tuple[list[int], float] | None = None
        for u, ruled in by_domain.get(d.domain or "", []):
            j = max(ruled, key=lambda k: float(score[i, k]))
            sc = round(min(UNIT_CAP, float(score[i, j]) + UNIT_BONUS), 4)
            if best is None or sc > best[1]:
                best = ([j, u], sc)
        if best is not None:
            out[i] = best
    # a value column composes with its unit for one target: the one it fits best
    lead: dict[int, int] = {}
    for i, (js, sc) in out.items():
        if js[0] not in lead or out[lead[js[0]]][1] < sc:
            lead[js[0]] = i
    return {i: out[i] for i in lead.values()}
