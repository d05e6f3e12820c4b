"""Column-group candidates: *compose* (a composite target domain from the sources holding its parts)
and *decompose* (a part domain from a source holding the whole, or found inside a source's values)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from core.mapping.domain_facts import DomainFacts
from core.mapping.features import containment_matrix, whole_values
from core.mapping.side import MatchColumn

#: a decompose candidate from value containment: at least this share of the target's examples inside
#: the source's values; scored CONTAIN_BASE + CONTAIN_GAIN x share
CONTAIN_MIN = 0.6
CONTAIN_BASE = 0.35
CONTAIN_GAIN = 0.4
#: a numeric target whose values agree this well with the whole source column (magnitudes read with currency
#: symbols and separators) takes the column atomically: the atomic strategies parse the number
WHOLE_NUMBER = 0.5
NUMERIC = frozenset({"int", "float", "decimal"})
#: compose score cap when some source column already has the composite's domain itself
COMPOSE_WITH_WHOLE = 0.5


def _best_by_domain(src: Sequence[MatchColumn], domain: str, used: set[int]) -> tuple[int, float] | None:
    best: tuple[int, float] | None = None
    for j, s in enumerate(src):
        if j in used:
            continue
        sc = 1.0 if s.domain == domain else s.domain_candidates.get(domain, 0.0) * 0.9
        if sc >= 0.6 and (best is None or sc > best[1]):
            best = (j, sc)
    return best


def compose_candidate(src: Sequence[MatchColumn], d: MatchColumn, facts: DomainFacts) -> tuple[list[int], float] | None:
    parts = facts.composites.get(d.domain or "")
    if not parts:
        return None
    picked: list[int] = []
    scores: list[float] = []
    for p in parts:
        hit = _best_by_domain(src, p, set(picked))
        if hit:
            picked.append(hit[0])
            scores.append(hit[1])
    if len(picked) < 2:
        return None
    sc = 0.97 * float(np.mean(scores)) * (len(picked) / len(parts)) ** 0.5
    if any(s.domain == d.domain for s in src):
        sc = min(sc, COMPOSE_WITH_WHOLE)  # a source already holds the whole: composing is the fallback
    return picked, round(sc, 4)


def decompose_candidate(src: Sequence[MatchColumn], d: MatchColumn, facts: DomainFacts,
               header: np.ndarray) -> tuple[int, float] | None:
    """The best source holding a whole whose part is ``d``'s domain; scored by the header fit."""
    wholes = facts.parts_of.get(d.domain or "", [])
    best: tuple[int, float] | None = None
    for j, s in enumerate(src):
        if s.domain in wholes:
            sc = 0.5 + 0.35 * float(header[j])
        else:
            continue
        if best is None or sc > best[1]:
            best = (j, round(sc, 4))
    return best


Composes = dict[int, tuple[list[int], float] | None]
Decomposes = dict[int, tuple[int, float] | None]


def group_candidates(src: Sequence[MatchColumn], dst: Sequence[MatchColumn], facts: DomainFacts,
                     comp: dict[str, np.ndarray]) -> tuple[Composes, Decomposes]:
    """Per target row: the compose candidate (source indexes, score) and the decompose candidate
    (source index, score), from domains and, where values are known, from containment."""
    composes: Composes = {i: compose_candidate(src, d, facts) for i, d in enumerate(dst)}
    head = np.nan_to_num(comp["header"], nan=0.0)
    decomposes: Decomposes = {i: decompose_candidate(src, d, facts, head[i]) for i, d in enumerate(dst)}
    vals_read = np.nan_to_num(comp["values"], nan=0.0)
    for i, d in enumerate(dst):  # a number the whole column reads as (``$1,234.56``) is no part to cut out of it
        g = decomposes[i]
        if g and d.logical_type in NUMERIC and vals_read[i, g[0]] >= WHOLE_NUMBER:
            decomposes[i] = None
    if any(d.values for d in dst):  # data_mode / target examples: parts found inside larger values
        inside = containment_matrix(src, dst)
        whole = whole_values(src, dst)
        vals = np.nan_to_num(comp["values"], nan=0.0)
        dom = np.nan_to_num(comp["domain"], nan=0.0)
        for i in range(len(dst)):
            # sources holding the parts alike (a patient's and a doctor's names drawn from one
            # population): the header decides among them
            j = int(np.argmax(np.round(inside[i], 1) + 0.01 * (head[i] + dom[i]))) if len(src) else 0
            # the best holder's values are as long as the examples: they are the very values, no container
            if len(src) and inside[i, j] >= CONTAIN_MIN and vals[i, j] < 0.5 and not whole[i, j]:
                sc = round(CONTAIN_BASE + CONTAIN_GAIN * float(inside[i, j]), 4)
                if decomposes[i] is None or decomposes[i][1] < sc:  # type: ignore[index]
                    decomposes[i] = (j, sc)
    return composes, decomposes
