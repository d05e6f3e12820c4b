"""Scoring and confidence bands (ROADMAP §10, §29).

``score = alpha·name_sim + beta·regex_strength + gamma·value_sim + epsilon·unit_compat``, with the
weights of the run's Threshold Profile, **renormalized over the evidence kinds available for the
(column, domain) pair**: ``score = Σ w_k·s_k / Σ w_k`` over the kinds k that exist. So:

* metadata_only (no values): only ``name_sim`` (and ``unit_compat`` when the header names a unit)
  are available, and a clear header (an exact alias) scores 1.0 and can reach High;
* ``regex_strength`` exists when the domain has a regex and the column has unmasked values; a
  *non-specific* regex (``regex_specific: false``, e.g. a number pattern) only counts when it
  fails (match rate < 0.5: negative evidence, at half the weight beta) — a match proves little;
* ``value_sim`` exists in data_mode when values were sampled; a masking entity reported by the
  Sample Pack for the column (e.g. EMAIL_ADDRESS) lifts it to at least 0.95 for domains with that
  PII entity;
* a masking entity seen as **whole-cell placeholders** (``<PERSON>`` in ≥ 50 % of the values) is a
  detector hit, as strong as a regex: when the domain has no regex component, ``regex_strength``
  is the placeholder coverage (times 0.9 for a domain that shares the entity with an
  ``entity_default`` sibling, so ``<PERSON>`` alone means ``person.full_name``, not a name part);
* a specific regex matching the values also counts as value similarity
  (``value_sim = max(value_sim, regex_hit)``): the regex is the domain's value descriptor; a
  non-specific regex that passes (≥ 50 %) rules the values in: ``value_sim >= 0.6·regex_hit``
  (zero-padded ``0000100001`` is a fine customer number even if no curated example has that shape);
* ``unit_compat`` exists when the header names a unit (1 compatible, 0.9 same dimension, 0 other);
* when the header is uninformative (best non-generic name_sim over the catalog < 0.45) and a
  *specific* regex, a masking entity or a multi-letter unit cue (``odometer_km``) is available,
  alpha is scaled by 0.15 before the normalization, so ``col_7`` full of e-mail addresses can
  still score High while a generic name match (``termination_date`` -> ``date``) breaks ties.

Two factors follow: a declared logical type outside the domain's ``logical_types`` multiplies by
0.85 (``string`` and ``null`` are compatible with everything), and a header equal to or containing
one of the domain's ``negatives`` multiplies by 0.35, a yes/no header shape (``is_``,
``has_``, ``_flag``, ``_yn``) multiplies non-boolean domains by 0.6, and a ``needs_name``
specialization (``created_at``, ``mobile_phone``) without header support (name_sim < 0.5)
multiplies by 0.9, so value evidence alone picks the generic domain (``timestamp``, ``phone``), and a
``unique_values`` domain (a surrogate key) whose sampled values repeat (distinct ratio < 0.9 over at
least 4 values) multiplies by 0.75: ``website_id`` holding ``1, 1, 2`` is a foreign key, not the row's key.
A loosely detected masking entity (:data:`LOOSE_ENTITIES`) without header support, under a header that
says it holds an identifier (``POLICE_NR``, ``Attendee #``, ``Var. symbol``: digits the masker took for a phone number),
multiplies by 0.75.

Bands: ``high`` if score ≥ tau_high, ``low`` if score < tau_low, else ``borderline``; a High whose
runner-up is within :data:`AMBIGUITY_MARGIN` is demoted to borderline (two domains fit equally).
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field

from core.thresholds import DomainingThresholds
from core.vocab.models import DomainSpec

TYPE_MISMATCH_FACTOR = 0.85
NEGATIVE_FACTOR = 0.35
FLAG_CUE_FACTOR = 0.6
UNINFORMATIVE_NAME = 0.45
NON_SPECIFIC_FAIL = 0.5
NON_SPECIFIC_FAIL_WEIGHT = 0.5
AMBIGUITY_MARGIN = 0.02
UNINFORMATIVE_ALPHA_SCALE = 0.15
NO_NAME_SUPPORT_FACTOR = 0.9
NAME_SUPPORT = 0.5
PLACEHOLDER_STRONG = 0.5
NOT_UNIQUE_FACTOR = 0.75
IDENTIFIER_HEADER_FACTOR = 0.75
#: Entities pattern recognizers report for many digit strings (a registry number read as a phone number).
LOOSE_ENTITIES = frozenset({"PHONE_NUMBER", "DATE_TIME", "US_BANK_NUMBER", "US_DRIVER_LICENSE", "BANK_ACCOUNT",
                            "DRIVER_LICENSE"})
UNIQUE_MIN_RATIO = 0.9
UNIQUE_MIN_VALUES = 4
NON_SPECIFIC_COMPAT = 0.6


class Band(StrEnum):
    """Confidence band (§10)."""

    HIGH = "high"
    BORDERLINE = "borderline"
    LOW = "low"


class Components(BaseModel):
    """Evidence components of one candidate; None = kind not available."""

    name_sim: float | None = None
    regex_strength: float | None = None
    value_sim: float | None = None
    unit_compat: float | None = None


class CandidateScore(BaseModel):
    """A scored candidate domain for one column."""

    domain_id: str
    score: float
    components: Components
    weights_used: dict[str, float] = Field(default_factory=dict)
    factors: dict[str, float] = Field(default_factory=dict)
    name_match: str = ""
    sources: list[str] = Field(default_factory=list)


def band_of(score: float, th: DomainingThresholds) -> Band:
    """Band of a score under the profile's tau_high / tau_low."""
    if score >= th.tau_high:
        return Band.HIGH
    if score < th.tau_low:
        return Band.LOW
    return Band.BORDERLINE


def score_candidate(
    domain: DomainSpec,
    *,
    name_sim: float,
    name_informative: bool,
    regex_hit: float | None,
    value_sim: float | None,
    entity_match: bool,
    unit: float | None,
    declared_type: str,
    negative: bool,
    th: DomainingThresholds,
    flag_cue: bool = False,
    unit_strong: bool = False,
    entity_strength: float = 0.0,
    distinct: tuple[float, int] | None = None,
    id_header: bool = False,
) -> tuple[float, Components, dict[str, float], dict[str, float]]:
    """Score of one domain for one column (see module docstring). ``entity_strength`` is the
    share of values that are whole-cell placeholders of an entity of this domain (already scaled
    for shared entities). Returns (score, components, weights used, factors)."""
    comps = Components(name_sim=round(name_sim, 4))
    weights = {"alpha": th.alpha}
    strong = False
    if regex_hit is not None and (domain.regex_specific or regex_hit < NON_SPECIFIC_FAIL):
        comps.regex_strength = round(regex_hit, 4)
        # a failing broad pattern is weaker evidence than a failing precise one: the value form may just be
        # one the catalog did not foresee (``2700123456/2010`` under ``Číslo účtu``)
        weights["beta"] = th.beta if domain.regex_specific else th.beta * NON_SPECIFIC_FAIL_WEIGHT
        strong = domain.regex_specific and regex_hit >= 0.9
    elif entity_match and entity_strength >= PLACEHOLDER_STRONG:
        comps.regex_strength = round(entity_strength, 4)
        weights["beta"] = th.beta
        strong = True
    if value_sim is not None:
        v = max(value_sim, 0.95) if entity_match else value_sim
        if regex_hit is not None and domain.regex_specific and comps.regex_strength is not None:
            v = max(v, regex_hit)
        elif regex_hit is not None and not domain.regex_specific and regex_hit >= NON_SPECIFIC_FAIL:
            v = max(v, NON_SPECIFIC_COMPAT * regex_hit)
        comps.value_sim = round(v, 4)
        weights["gamma"] = th.gamma
        strong = strong or entity_match
    if unit is not None:
        comps.unit_compat = unit
        weights["epsilon"] = th.epsilon
        strong = strong or (unit_strong and unit >= 0.9)
    if not name_informative and strong:
        weights["alpha"] = th.alpha * UNINFORMATIVE_ALPHA_SCALE
    vals = {"alpha": comps.name_sim, "beta": comps.regex_strength, "gamma": comps.value_sim,
            "epsilon": comps.unit_compat}
    total_w = sum(weights.values())
    raw = sum(w * (vals[k] or 0.0) for k, w in weights.items()) / total_w if total_w > 0 else 0.0
    factors: dict[str, float] = {}
    if declared_type not in ("string", "null") and declared_type not in domain.logical_types:
        factors["type_mismatch"] = TYPE_MISMATCH_FACTOR
    if negative:
        factors["negative"] = NEGATIVE_FACTOR
    if flag_cue and "bool" not in domain.logical_types:
        factors["flag_cue"] = FLAG_CUE_FACTOR
    if domain.needs_name and name_sim < NAME_SUPPORT:
        factors["no_name_support"] = NO_NAME_SUPPORT_FACTOR
    if id_header and entity_match and name_sim < NAME_SUPPORT and domain.pii_entity in LOOSE_ENTITIES:
        factors["identifier_header"] = IDENTIFIER_HEADER_FACTOR
    if (domain.unique_values and distinct is not None and distinct[1] >= UNIQUE_MIN_VALUES
            and distinct[0] < UNIQUE_MIN_RATIO):
        factors["not_unique"] = NOT_UNIQUE_FACTOR
    score = raw
    for f in factors.values():
        score *= f
    return round(min(max(score, 0.0), 1.0), 4), comps, {k: round(v / total_w, 4) for k, v in weights.items()}, factors
