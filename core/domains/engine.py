"""Candidate generation and ranking for a batch of columns (ROADMAP §10).

Candidates per column are the union of: catalog retrieval (exact/contained/fuzzy alias matches,
top-k by name similarity), the vector index over name centroids (header vector), the vector
index over value-descriptor centroids (data_mode), domains whose regex matches ≥ 50 % of the
values, and domains whose PII entity the Sample Pack's masking reported. Each candidate is then
scored by :func:`core.domains.scoring.score_candidate`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from core.domains.evidence import ColumnEvidence, unmasked
from core.domains.matcher import DomainMatcher
from core.domains.ports import VectorIndexPort
from core.domains.scoring import UNINFORMATIVE_NAME, CandidateScore, score_candidate
from core.domains.sketch import placeholder_dominated
from core.domains.table_context import apply_table_context
from core.domains.units import unit_compat
from core.domains.value_matching import SHARED_ENTITY_SCALE
from core.pii.names import NameLexicon, company_share, load_name_lexicon, name_shape
from core.pii.rules import CERTAIN_ENTITIES
from core.thresholds import DomainingThresholds

NAME_NS = "name"
VALUE_NS = "value"
#: A masking entity whose placeholders cover less than this share of the values is weak evidence
#: (one ``<PHONE_NUMBER>`` among five CPF numbers is a false detection, not a phone column).
ENTITY_MIN_COVERAGE = 0.5
#: Value-form siblings: the named domain's value support below SIBLING_CONTRADICTED and a sibling's at
#: or above SIBLING_FITS move the name evidence (times SIBLING_WEIGHT) to the sibling.
SIBLING_CONTRADICTED = 0.4
SIBLING_FITS = 0.8
SIBLING_WEIGHT = 0.95
SIBLING_MIN_NAME = 0.5
CERTAIN_ENTITY_SHARE = 0.8
CONTRADICTED_NAME_FACTOR = 0.6
#: Header words that say the column holds an identifier or code of something.
IDENTIFIER_WORDS = frozenset({"id", "nr", "no", "number", "num", "nbr", "code", "cd", "key", "symbol", "ref",
                              "reference", "nummer", "numero", "numer", "cislo", "nro", "numara", "nomor"})
CLOSED_VOCABULARY_CONTRADICTS = 0.85
#: Name-gazetteer evidence (:mod:`core.pii.names`) counts when at least NAME_MIN_VALUES unmasked values
#: were read and NAME_KNOWN_MIN of them hold a known given name or surname; a share of at least
#: NAME_STRONG is a detector hit (like a masking placeholder), so a ``Requester`` column of names is a
#: full name even though its header names no domain.
NAME_MIN_VALUES = 3
NAME_KNOWN_MIN = 0.5
NAME_STRONG = 0.6
#: Share at which the detector counts as fully sure (gazetteers miss rare names: 80 % known is all of them).
NAME_FULL_STRENGTH = 0.8
#: Values of which at least this share hold a digit are not personal names (``LT-NYC-0421`` under ``name``).
NOT_NAMES_DIGITS = 0.6
#: Share of values with an organization marker (``Inc.``, ``GmbH``, ``&``) from which a column holds companies.
COMPANY_MIN_SHARE = 0.5
#: With the gazetteer in play, shape similarity alone (``Aa+ Aa+``) keeps at most this much (below
#: SIBLING_CONTRADICTED, so ``Jméno`` holding full names moves from first name to full name).
NAME_SHAPE_CAP = 0.35


def name_value_evidence(matcher: DomainMatcher, values: Sequence[str], vsim: np.ndarray,
                        lex: NameLexicon) -> dict[int, float]:
    """Base the value similarity of the ``name_detector`` domains on their gazetteer share when the
    values are mostly known personal names (shapes such as ``Aa+ Aa+`` cannot tell a name from a city);
    returns the detector hits (domain -> strength, for shares >= :data:`NAME_STRONG`). Values that are mostly
    organization names (:func:`core.pii.names.company_share`) rule the person-name domains out and are a
    detector hit for the ``company`` detector domain. ``vsim`` is updated in place."""
    shares = name_shape(values, lex)
    if shares.counted >= NAME_MIN_VALUES and company_share(values) >= COMPANY_MIN_SHARE:
        for i in matcher.name_detectors:  # "Lakeside Hardware Co." under CUSTNAME: organizations, not people
            vsim[i] = 0.0
        return {matcher.company_detector: 1.0} if matcher.company_detector is not None else {}
    if shares.counted >= NAME_MIN_VALUES and shares.any_known < NAME_KNOWN_MIN:
        with_digits = sum(1 for v in values if any(c.isdecimal() for c in v)) / max(len(values), 1)
        if with_digits >= NOT_NAMES_DIGITS:  # host names, codes, numbers: not personal names
            for i in matcher.name_detectors:
                vsim[i] = 0.0
        return {}
    if shares.counted < NAME_MIN_VALUES:
        return {}
    hits: dict[int, float] = {}
    for i, kind in matcher.name_detectors.items():
        share = float(getattr(shares, kind))
        vsim[i] = max(share, min(float(vsim[i]), NAME_SHAPE_CAP))
        if share >= NAME_STRONG:
            hits[i] = min(1.0, share / NAME_FULL_STRENGTH)
    return hits


def supported_entities(entities: Sequence[str], values: Sequence[str]) -> list[str]:
    """Masking entities reported for a column that are real evidence of its content: an entity
    whose ``<ENTITY>`` placeholders show up in the values counts only when at least
    :data:`ENTITY_MIN_COVERAGE` of the non-empty values are made of its placeholders (whole-cell
    masks). A placeholder in a few cells (a CPF number read as a phone) or inside otherwise
    unmasked text (``<PHONE_NUMBER>.14.33.000000``, a DB2 timestamp) is a partial detection and
    weak evidence. An entity never seen as a placeholder is kept (the masker may use another format)."""
    vals = [v for v in values if v]
    out: list[str] = []
    for e in entities:
        tag = f"<{e}>"
        if not any(tag in v for v in vals):
            out.append(e)
        elif sum(1 for v in vals if placeholder_dominated(v, e)) / len(vals) >= ENTITY_MIN_COVERAGE:
            out.append(e)
    return out


def _value_support(matcher: DomainMatcher, i: int, ev: ColumnEvidence, vsim: np.ndarray | None) -> float | None:
    """How well the unmasked values fit domain ``i``: its regex hit rate when it has a regex, else
    its value similarity; None without unmasked values."""
    if vsim is None:
        return None
    d = matcher.catalog.domains[i]
    return ev.regex_hits.get(d.id, 0.0) if d.regex else float(vsim[i])


def transfer_to_siblings(matcher: DomainMatcher, ev: ColumnEvidence, scores: np.ndarray, how: dict[int, str],
                         vsim: np.ndarray | None, values: Sequence[str] = ()) -> list[int]:
    """Move name evidence from a header-named domain whose values contradict it to a value-form
    sibling the values fit (``country`` holding ``DE``/``FR`` -> ISO alpha-2). A sibling with a
    ``closed_vocabulary`` whose examples hold at least :data:`SIBLING_FITS` of the values takes the
    evidence whatever the named domain's own support (``Title`` holding ``Mr``/``Mrs`` is a salutation:
    job titles have the same letter shapes). Returns the siblings that received evidence (``scores``/``how``
    are updated in place)."""
    if vsim is None:
        return []
    closed = matcher.closed_vocabulary_hits(values) if values else {}
    pos = matcher.pos
    moved: list[int] = []
    for i in np.nonzero(scores >= SIBLING_MIN_NAME)[0]:
        d = matcher.catalog.domains[int(i)]
        if not d.value_siblings:
            continue
        own = _value_support(matcher, int(i), ev, vsim)
        explained = any(closed.get(pos[sib], 0.0) >= SIBLING_FITS for sib in d.value_siblings)
        if own is None or (own >= SIBLING_CONTRADICTED and not explained):
            continue
        for sib in d.value_siblings:
            j = pos[sib]
            fit = closed[j] if j in closed else _value_support(matcher, j, ev, vsim)
            if fit is not None and fit >= SIBLING_FITS and scores[i] * SIBLING_WEIGHT > scores[j]:
                scores[j] = scores[i] * SIBLING_WEIGHT
                how[j] = f"value-form sibling of {d.id} ({how.get(int(i), 'name')})"
                moved.append(j)
        if explained:  # the values are the sibling's closed vocabulary: the named reading is contradicted
            scores[i] *= CLOSED_VOCABULARY_CONTRADICTS
    return moved


def _unscale_named_specifics(matcher: DomainMatcher, strengths: dict[int, float], scores: np.ndarray) -> None:
    """A placeholder share is scaled down for a domain sharing its entity with the catalog's default
    (``<PHONE_NUMBER>`` alone reads as a phone, not a mobile); when the header names that domain better
    than any default sibling (``telefone_celular``), the scaling is undone."""
    defaults = [i for i in strengths if matcher.catalog.domains[i].entity_default]
    best_default = max((float(scores[i]) for i in defaults), default=0.0)
    for i, f in list(strengths.items()):
        if (not matcher.catalog.domains[i].entity_default and scores[i] >= SIBLING_MIN_NAME
                and scores[i] > best_default):
            strengths[i] = min(1.0, f / SHARED_ENTITY_SCALE)


def _contradicted_by_certain_entity(matcher: DomainMatcher, values: Sequence[str], scores: np.ndarray) -> bool:
    """Values that are (almost) all placeholders of a pattern-certain entity (:data:`CERTAIN_ENTITIES`:
    an e-mail address cannot be mistaken for anything else) contradict a header-named PII domain of
    another entity (``CnPh_1_02_Phone_number`` holding e-mail addresses): its name similarity is scaled
    by :data:`CONTRADICTED_NAME_FACTOR`. Returns whether a header-named domain was contradicted."""
    vals = [v for v in values if v]
    hit = False
    if not vals:
        return hit
    for entity in sorted(CERTAIN_ENTITIES):
        if sum(1 for v in vals if v == f"<{entity}>") / len(vals) < CERTAIN_ENTITY_SHARE:
            continue
        own = matcher.entity_domains.get(entity, set())
        for i in np.nonzero(scores > 0)[0]:
            d = matcher.catalog.domains[int(i)]
            if d.pii_entity and int(i) not in own and d.pii_entity != entity:
                hit = hit or scores[i] >= SIBLING_MIN_NAME
                scores[i] *= CONTRADICTED_NAME_FACTOR
    return hit


def ensure_index(index: VectorIndexPort, matcher: DomainMatcher) -> bool:
    """(Re)build the name and value centroid namespaces when the catalog/embedder changed.
    Returns True when something was rebuilt."""
    rebuilt = False
    for ns, mat in ((NAME_NS, matcher.name_centroids), (VALUE_NS, matcher.value_centroids)):
        if index.fingerprint(ns) != matcher.fingerprint:
            index.upsert_namespace(ns, matcher.ids, mat, matcher.fingerprint)
            rebuilt = True
    return rebuilt


def regex_hits_by_id(matcher: DomainMatcher, values: Sequence[str]) -> dict[str, float]:
    """Regex hit rates on the unmasked values, keyed by domain id."""
    return {matcher.ids[i]: f for i, f in matcher.regex_hits(unmasked(values)).items()}


def rank_columns(
    evidences: Sequence[ColumnEvidence],
    values: Sequence[Sequence[str] | None],
    matcher: DomainMatcher,
    index: VectorIndexPort,
    th: DomainingThresholds,
    *,
    k: int = 8,
) -> list[list[CandidateScore]]:
    """Scored candidates per column, best first (ties broken by name_sim, then id)."""
    if not evidences:
        return []
    name_hits = index.query_many(NAME_NS, np.stack([matcher.header_vector(ev) for ev in evidences]), k)
    rows = [i for i, v in enumerate(values) if v]
    value_hits: dict[int, list[tuple[str, float]]] = {}
    if rows:
        qs = np.stack([matcher.value_vector(unmasked(values[i] or []) or list(values[i] or [])) for i in rows])
        value_hits = dict(zip(rows, index.query_many(VALUE_NS, qs, k), strict=True))
    pos = matcher.pos
    lex = load_name_lexicon()
    names = matcher.batch_name_scores(evidences)
    apply_table_context(matcher, evidences, names)
    cleaned = [unmasked(v) if v else [] for v in values]
    with_vals = [i for i, c in enumerate(cleaned) if c]
    vsims = dict(zip(with_vals, matcher.batch_value_similarity([cleaned[i] for i in with_vals]), strict=True))
    out: list[list[CandidateScore]] = []
    for ci, ev in enumerate(evidences):
        scores, how, negatives, best_specific = names[ci]
        informative = best_specific >= UNINFORMATIVE_NAME
        sources: dict[int, list[str]] = {}
        unit_strong = any(len(c.token) > 1 or c.token == "%" for c in ev.unit_cues)
        id_header = any(t in IDENTIFIER_WORDS for t in ev.header_tokens)

        def add(i: int, src: str, _s: dict[int, list[str]] = sources) -> None:
            _s.setdefault(i, []).append(src)

        vals = values[ci]
        clean = cleaned[ci]
        vsim = vsims.get(ci)
        gaz_hits = name_value_evidence(matcher, clean, vsim, lex) if vsim is not None and clean else {}
        if matcher.company_detector in gaz_hits:  # organizations under a person-name header
            for i in matcher.name_detectors:
                scores[i] *= CONTRADICTED_NAME_FACTOR
            informative = False
        for j in transfer_to_siblings(matcher, ev, scores, how, vsim, clean):
            add(j, "sibling")
        for i in np.argsort(-scores, kind="stable")[:k]:
            if scores[i] > 0:
                add(int(i), "catalog")
        for did, _ in name_hits[ci]:
            add(pos[did], "name_index")
        if unit_strong:
            for i in matcher.unit_domains(ev.unit_cues):
                add(i, "unit")
        ents: set[int] = set()
        strengths: dict[int, float] = {}
        if vals and ev.sketch is not None:
            strengths = matcher.entity_strengths(vals)
            for i, share in gaz_hits.items():
                strengths[i] = max(strengths.get(i, 0.0), share)
            _unscale_named_specifics(matcher, strengths, scores)
            if _contradicted_by_certain_entity(matcher, vals, scores):
                informative = False  # the header names what the values certainly are not
            ents = matcher.entity_matches(supported_entities(ev.sketch.masked_entities, vals)) | set(strengths)
            for did, _ in value_hits.get(ci, []):
                add(pos[did], "value_index")
            for did, f in ev.regex_hits.items():
                if f >= 0.5:
                    add(pos[did], "regex")
            for i in ents:
                add(i, "masking")
        cands: list[CandidateScore] = []
        for i, src in sources.items():
            d = matcher.catalog.domains[i]
            regex_hit = ev.regex_hits.get(d.id, 0.0) if (d.regex and clean) else None
            s, comps, weights, factors = score_candidate(
                d, name_sim=float(scores[i]), name_informative=informative, regex_hit=regex_hit,
                value_sim=float(vsim[i]) if vsim is not None else (0.0 if i in ents else None),
                entity_match=i in ents, unit=unit_compat(ev.unit_cues, d.units), declared_type=ev.declared_type,
                negative=i in negatives, flag_cue=ev.flag_cue, unit_strong=unit_strong, th=th,
                entity_strength=strengths.get(i, 0.0),
                distinct=(ev.sketch.distinct_ratio, ev.sketch.non_null) if ev.sketch is not None else None,
                id_header=id_header)
            cands.append(CandidateScore(domain_id=d.id, score=s, components=comps, weights_used=weights,
                                        factors=factors, name_match=how.get(i, ""), sources=sorted(set(src))))
        cands.sort(key=lambda c: (-c.score, -(c.components.name_sim or 0.0), c.domain_id))
        out.append(cands)
    return out
