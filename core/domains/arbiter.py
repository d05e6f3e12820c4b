"""The default, offline, rules-based arbiter for borderline columns.

Rules (in order), over the scored candidates (best first):

1. the top candidate has hard evidence — a specific regex matching ≥ 90 % of the values, a
   masking entity of its PII type, a compatible unit cue, or an exact/contained alias — and leads
   the runner-up by ≥ 0.05 -> accept it, propose the header as a new alias;
2. (rule 3 is checked before this one) the top candidate leads by ≥ 0.10 -> accept it (weaker),
   propose the header as an alias;
3. the candidates tied with the top (within 0.05) are a composite domain and its parts
   (``person.full_name`` with first/last name, e.g. a ``<PERSON>``-masked column) -> the composite;
4. otherwise -> unknown (the column stays for a human or the provider-backed arbiter).

The provider router's ``classify_column`` task can replace this through the ``Arbiter`` protocol.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.domains.evidence import ColumnEvidence
from core.domains.ports import ArbiterVerdict
from core.domains.scoring import CandidateScore

HARD_MARGIN = 0.05
SOFT_MARGIN = 0.10


def _hard_evidence(c: CandidateScore) -> list[str]:
    out = []
    if c.components.regex_strength is not None and c.components.regex_strength >= 0.9:
        out.append(f"regex matches {c.components.regex_strength:.0%} of values")
    if c.components.unit_compat is not None and c.components.unit_compat >= 0.9:
        out.append("unit cue compatible")
    if c.components.value_sim is not None and c.components.value_sim >= 0.95:
        out.append(f"value similarity {c.components.value_sim:.2f}")
    if c.name_match.startswith(("alias", "contains")):
        out.append(f"header {c.name_match}")
    return out


class RulesArbiter:
    """Deterministic arbiter (see module docstring)."""

    name = "rules_v1"

    def __init__(self, composites: dict[str, list[str]] | None = None) -> None:
        #: composite domain id -> part ids (from the catalog's ``composite_of``)
        self.composites = composites or {}

    def _composite_of_tie(self, candidates: Sequence[CandidateScore]) -> str | None:
        top = candidates[0].score
        tied = {c.domain_id for c in candidates if top - c.score < HARD_MARGIN}
        for comp, parts in self.composites.items():
            if comp in tied and len(tied) > 1 and tied <= {comp, *parts}:
                return comp
        return None

    def arbitrate(self, evidence: ColumnEvidence, candidates: Sequence[CandidateScore]) -> ArbiterVerdict:
        """Accept the top candidate when the rules allow, else unknown."""
        if not candidates:
            return ArbiterVerdict(domain_id=None, confidence=0.0, rationale="no candidates", arbiter=self.name)
        top = candidates[0]
        second = candidates[1].score if len(candidates) > 1 else 0.0
        margin = top.score - second
        hard = _hard_evidence(top)
        if hard and margin >= HARD_MARGIN:
            return ArbiterVerdict(domain_id=top.domain_id, confidence=top.score, arbiter=self.name,
                                  propose_alias=True,
                                  rationale=f"borderline {top.score:.2f} accepted: {', '.join(hard)}; "
                                            f"margin {margin:.2f} over runner-up")
        composite = self._composite_of_tie(candidates)
        if composite is not None:
            return ArbiterVerdict(domain_id=composite, confidence=top.score, arbiter=self.name,
                                  rationale=f"tie between {composite} and its parts at {top.score:.2f}: "
                                            f"the composite covers them")
        if margin >= SOFT_MARGIN:
            return ArbiterVerdict(domain_id=top.domain_id, confidence=top.score, arbiter=self.name,
                                  propose_alias=True,
                                  rationale=f"borderline {top.score:.2f} accepted on margin {margin:.2f}")
        runner = candidates[1].domain_id if len(candidates) > 1 else "-"
        return ArbiterVerdict(domain_id=None, confidence=top.score, arbiter=self.name,
                              rationale=f"ambiguous: {top.domain_id} {top.score:.2f} vs {runner} {second:.2f}")


def rules_arbiter_for(catalog: object) -> RulesArbiter:
    """A RulesArbiter that knows the catalog's composite domains."""
    domains = getattr(catalog, "domains", [])
    return RulesArbiter({d.id: list(d.composite_of) for d in domains if d.composite_of})
