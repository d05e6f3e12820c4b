"""Name-similarity adjustments applied after alias matching and the header rules: a written exact alias beats
its derived variants, a named specialization beats the default it specializes, and a declared BOOLEAN/DATE/
DATETIME type lifts the generic domain of that type (see each function)."""

from __future__ import annotations

import numpy as np

from core.domains.matcher_view import MatcherView
from core.vocab.tokens import GENERIC

VARIANT_WEIGHT_RAW = 1.0  # weight of the header as written (core.domains.matcher)
#: Declared logical type -> (alias naming its generic domain, name-similarity prior).
TYPE_PRIORS: dict[str, tuple[str, float]] = {"bool": ("flag", 0.84), "date": ("date", 0.83),
                                             "datetime": ("timestamp", 0.83)}
TYPE_PRIOR_YIELD = 0.1
RAW_ALIAS_MARGIN = 0.15
TYPE_PRIOR_OVER_GENERIC = 0.03
SPECIFIC_MIN = 0.75
SPECIFIC_MARGIN = 0.05
NAME_SUPPORT_MIN = 0.5
LONGER_ALIAS_MARGIN = 0.05


def matched_alias(label: str) -> str:
    """The alias quoted in a match label (``contains alias 'date'`` -> ``date``), else ''."""
    parts = label.split("'")
    return parts[1] if len(parts) >= 3 else ""


def prefer_raw_alias(m: MatcherView, variants: list[tuple[str, float, str]], scores: np.ndarray,
                      how: dict[int, str]) -> None:
    """When the header as written is a specific exact alias (``address 2``), a domain reached only
    through a derived variant (``address``, digits dropped) stays :data:`RAW_ALIAS_MARGIN` below it."""
    if not variants or variants[0][1] != VARIANT_WEIGHT_RAW:
        return
    text = variants[0][0]
    i = m.alias_exact.get(text)
    if i is None or text in GENERIC:
        return
    cap = float(scores[i]) - RAW_ALIAS_MARGIN
    for j in np.nonzero(scores > cap)[0]:
        if int(j) != i:
            scores[j] = cap


def prefer_named_specific(m: MatcherView, scores: np.ndarray, how: dict[int, str]) -> None:
    """When a header names both a specialization (``needs_name``: mobile phone) and the entity default it
    specializes (phone) by aliases — ``telefone_celular``, ``mobile phone`` — the specific word carries
    the meaning: the default stays :data:`SPECIFIC_MARGIN` below it."""
    for i, j in m.specializations:
        if (scores[i] >= SPECIFIC_MIN and how.get(i, "").startswith(("alias", "contains alias"))
                and how.get(j, "").startswith(("alias", "contains alias"))):
            scores[j] = min(float(scores[j]), float(scores[i]) - SPECIFIC_MARGIN)


def apply_type_prior(m: MatcherView, declared_type: str, scores: np.ndarray, how: dict[int, str]) -> None:
    """Lift the generic domain of a declared temporal/boolean type (:data:`TYPE_PRIORS`) to its prior
    level: a BOOLEAN column is a flag and a DATE column a date whatever its header says; a header
    that names a more specific domain (``birth_date``, ``is_active``) scores above the prior. The prior
    does not make the header informative (value evidence still dominates an unknown header), and it
    stays :data:`TYPE_PRIOR_YIELD` below a type-compatible domain the header names (``consent_given``:
    the flag is a consent flag, not two equally likely readings)."""
    prior = TYPE_PRIORS.get(declared_type)
    i = m.alias_exact.get(prior[0]) if prior else None
    if prior is None or i is None:
        return
    level = prior[1]
    named = [float(scores[j]) for j in range(m.n)
             if j != i and scores[j] >= NAME_SUPPORT_MIN and declared_type in m.catalog.domains[j].logical_types
             and matched_alias(how.get(j, "")) not in GENERIC]
    if named:
        level = min(level, max(named) - TYPE_PRIOR_YIELD)
    if scores[i] < level:
        scores[i] = level
        how[i] = f"declared type {declared_type}"
    for j in range(m.n):  # a generic word (``write date``) is less specific than the declared type
        if j != i and scores[j] >= scores[i] and matched_alias(how.get(j, "")) in GENERIC:
            scores[j] = float(scores[i]) - TYPE_PRIOR_OVER_GENERIC


def prefer_longest_alias(scores: np.ndarray, how: dict[int, str], header_words: set[str]) -> None:
    """When the header contains two aliases and one holds the other (``street line 2`` and ``street line``
    in ``SPRADDR_STREET_LINE2``), the longer one says more: the shorter alias' domain stays
    :data:`LONGER_ALIAS_MARGIN` below it. Only aliases made of the header's own words count (a table-context
    reading such as ``member id`` for ``_id`` in ``members`` does not)."""
    matched = {i: matched_alias(label) for i, label in how.items() if label.startswith(("alias", "contains alias"))}
    for i, short in matched.items():
        words = set(short.split())
        for j, long in matched.items():
            longer = set(long.split())
            if (j != i and words < longer and longer <= header_words  # not a table-context reading
                    and scores[i] > scores[j] - LONGER_ALIAS_MARGIN):
                scores[i] = float(scores[j]) - LONGER_ALIAS_MARGIN
