"""Accepted and overridden mappings feed the domain catalog's staged deltas (aliases).

When a person overrides a column (or the plan accepts one) and the source header is not yet an
alias of the target column's domain, an ``alias`` delta is proposed. It is only *staged*: the
existing promotion workflow (``mapwright domains promote``) decides whether it goes live.
"""

from __future__ import annotations

from core.mapping.plan import MappingPlan
from core.mapping.side import MatchColumn, spec_of
from core.vocab.models import CatalogDelta, DomainCatalog
from core.vocab.tokens import normalize_alias

MIN_ALIAS_LEN = 3


def alias_deltas(plan: MappingPlan, sources: dict[str, MatchColumn], catalog: DomainCatalog) -> list[CatalogDelta]:
    """Alias deltas for accepted single-source columns whose source header names the target's
    domain in a way the catalog does not know yet (the source's own domain differs)."""
    out: list[CatalogDelta] = []
    for c in plan.columns:
        spec = spec_of(catalog, c.domain)
        if c.decision != "accept" or len(c.sources) != 1 or spec is None:
            continue
        src = sources.get(c.sources[0])
        if src is None or src.domain == c.domain:
            continue
        alias = normalize_alias(src.original_name)
        if len(alias) < MIN_ALIAS_LEN or alias in {normalize_alias(a) for a in spec.aliases}:
            continue
        human = c.provenance.startswith("override")
        if not human and c.confidence < 0.9:
            continue  # an automatic acceptance proposes an alias only when it is near certain
        out.append(CatalogDelta(domain_id=c.domain, kind="alias", value=alias,
                                source="feedback_override" if human else "feedback_accept", run_id=plan.run_id,
                                table=src.table, column=src.name,
                                rationale=f"mapping {'override' if human else 'accepted'}: {src.original_name} -> "
                                          f"{c.target}"))
    return out
