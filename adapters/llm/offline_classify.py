"""Offline ``classify_column``: score candidates by name, evidence and retrieval; deterministic.

confidence = 0.30·retrieval score + 0.50·max(name, values) + 0.15·min(name, values) + 0.05·unit/type
cues − 0.30·strong regex hits that contradict the candidate, where *name* is the best Dice over the
domain id and each alias (1.0 for an exact alias) and *values* the best consistent regex hit rate
(from evidence or masked value placeholders). Below ``min_confidence`` the answer is ``unknown`` and
``confidence`` is the best candidate's (low) score.
"""

from __future__ import annotations

import re

from adapters.llm.text_features import dice, name_tokens
from core.providers.tasks import CandidateDomain, ClassifyColumnRequest, ClassifyColumnResponse

W_RETRIEVAL, W_MAX, W_MIN, W_CUES, W_CONTRA = 0.30, 0.50, 0.15, 0.05, 0.30
STRONG_HIT = 0.8
_GENERIC = {"name", "code", "id", "number", "value", "type", "date", "text", "data"}
_PLACEHOLDER = re.compile(r"^<([A-Z]+)_\d+>$")
_PLACEHOLDER_FAMILY = {"EMAIL": "email", "PHONE": "phone", "SSN": "ssn", "CARD": "card", "IBAN": "iban",
                       "IPV4": "ip", "PERSON": "name", "DATE": "date"}


def _candidate_tokens(c: CandidateDomain) -> tuple[set[str], list[set[str]]]:
    names = [set(name_tokens(c.domain_id.split(".")[-1]))] + [set(name_tokens(a)) for a in c.aliases]
    everything = set(name_tokens(c.domain_id)) | set(name_tokens(c.description))
    for n in names:
        everything |= n
    return everything, [n for n in names if n]


def _hits(req: ClassifyColumnRequest) -> list[tuple[set[str], float]]:
    hits = [(set(name_tokens(h.pattern)) - {"us", "iso", "intl"}, h.hit_rate) for h in req.evidence.regex_hits]
    sketches = req.evidence.value_sketches
    if sketches:
        fams: dict[str, int] = {}
        for s in sketches:
            m = _PLACEHOLDER.match(s.strip())
            if m and m.group(1) in _PLACEHOLDER_FAMILY:
                fam = _PLACEHOLDER_FAMILY[m.group(1)]
                fams[fam] = fams.get(fam, 0) + 1
        hits += [({fam}, n / len(sketches)) for fam, n in fams.items()]
    return [(toks, rate) for toks, rate in hits if toks]


def score_candidate(req: ClassifyColumnRequest, c: CandidateDomain) -> tuple[float, list[str]]:
    """Confidence of ``c`` for the column and the reasons behind it."""
    col = set(name_tokens(req.column_name)) | {t.lower() for t in req.evidence.header_tokens}
    col_norm = re.sub(r"[^a-z0-9]", "", req.column_name.lower())
    everything, names = _candidate_tokens(c)
    exact = any(re.sub(r"[^a-z0-9]", "", a.lower()) == col_norm for a in c.aliases + [c.domain_id.split(".")[-1]])
    name = 1.0 if exact else max((dice(col, n) for n in names), default=0.0)
    reasons = [f"retrieval {c.score:.2f}", f"name match {name:.2f}" + (" (exact alias)" if exact else "")]
    consistent = contra = 0.0
    for toks, rate in _hits(req):
        fam = toks - _GENERIC or toks
        if fam & everything:
            consistent = max(consistent, rate)
            reasons.append(f"values match {'/'.join(sorted(fam))} ({rate:.0%})")
        elif rate >= STRONG_HIT:
            contra = max(contra, rate)
            reasons.append(f"values look like {'/'.join(sorted(fam))} ({rate:.0%}), not this domain")
    cues = {u.lower() for u in req.evidence.unit_cues}
    if req.evidence.logical_type:
        cues.add(req.evidence.logical_type.lower())
    cue = 1.0 if cues & everything else 0.0
    if cue:
        reasons.append(f"unit/type cue {sorted(cues & everything)}")
    conf = (W_RETRIEVAL * c.score + W_MAX * max(name, consistent) + W_MIN * min(name, consistent) + W_CUES * cue
            - W_CONTRA * contra)
    return max(0.0, min(1.0, conf)), reasons


def classify_column(req: ClassifyColumnRequest) -> ClassifyColumnResponse:
    """Pick the highest evidence-consistent candidate, or ``unknown`` below the threshold."""
    if not req.candidates:
        return ClassifyColumnResponse(domain_id="unknown", confidence=0.0, rationale="no candidate domains")
    scored = sorted(((score_candidate(req, c), c.domain_id) for c in req.candidates),
                    key=lambda x: (-x[0][0], x[1]))
    (best, reasons), best_id = scored[0]
    runner_up = scored[1][0][0] if len(scored) > 1 else 0.0
    if best < req.min_confidence:
        return ClassifyColumnResponse(
            domain_id="unknown", confidence=round(best, 4),
            rationale=f"best candidate {best_id} scored {best:.2f} < {req.min_confidence:.2f}: " + "; ".join(reasons))
    return ClassifyColumnResponse(
        domain_id=best_id, confidence=round(best, 4),
        rationale=f"{best_id}: " + "; ".join(reasons) + f"; margin over next {best - runner_up:.2f}")
