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
from core.domains.units import unit_compat
from core.thresholds import DomainingThresholds

NAME_NS = "name"
VALUE_NS = "value"


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
    pos = {d: i for i, d in enumerate(matcher.ids)}
    names = matcher.batch_name_scores(evidences)
    cleaned = [unmasked(v) if v else [] for v in values]
    with_vals = [i for i, c in enumerate(cleaned) if c]
    vsims = dict(zip(with_vals, matcher.batch_value_similarity([cleaned[i] for i in with_vals]), strict=True))
    out: list[list[CandidateScore]] = []
    for ci, ev in enumerate(evidences):
        scores, how, negatives, best_specific = names[ci]
        informative = best_specific >= UNINFORMATIVE_NAME
        sources: dict[int, list[str]] = {}
        unit_strong = any(len(c.token) > 1 for c in ev.unit_cues)

        def add(i: int, src: str, _s: dict[int, list[str]] = sources) -> None:
            _s.setdefault(i, []).append(src)

        for i in np.argsort(-scores, kind="stable")[:k]:
            if scores[i] > 0:
                add(int(i), "catalog")
        for did, _ in name_hits[ci]:
            add(pos[did], "name_index")
        vals = values[ci]
        clean = cleaned[ci]
        vsim = vsims.get(ci)
        ents: set[int] = set()
        strengths: dict[int, float] = {}
        if vals and ev.sketch is not None:
            strengths = matcher.entity_strengths(vals)
            ents = matcher.entity_matches(ev.sketch.masked_entities) | set(strengths)
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
                entity_strength=strengths.get(i, 0.0))
            cands.append(CandidateScore(domain_id=d.id, score=s, components=comps, weights_used=weights,
                                        factors=factors, name_match=how.get(i, ""), sources=sorted(set(src))))
        cands.sort(key=lambda c: (-c.score, -(c.components.name_sim or 0.0), c.domain_id))
        out.append(cands)
    return out
