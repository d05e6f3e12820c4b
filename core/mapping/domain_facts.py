"""What the matcher reads from the domain catalog (composites, value siblings, aliases, alias
concepts), built once per catalog content."""

from __future__ import annotations

from core.mapping.lexicon import AliasConcepts
from core.vocab.models import DomainCatalog
from core.vocab.tokens import normalize_alias


class DomainFacts:
    """What the matcher needs from the domain catalog: composites, siblings, aliases."""

    def __init__(self, catalog: DomainCatalog | None) -> None:
        doms = catalog.domains if catalog else []
        self.composites = {d.id: list(d.composite_of) for d in doms if d.composite_of}
        self.siblings = {d.id: set(d.value_siblings) for d in doms}
        self.aliases = {d.id: {normalize_alias(a) for a in d.aliases} for d in doms}
        self.concepts = AliasConcepts(catalog)
        self.parts_of: dict[str, list[str]] = {}
        for whole, parts in self.composites.items():
            for p in parts:
                self.parts_of.setdefault(p, []).append(whole)


_FACTS: dict[int, tuple[DomainCatalog | None, DomainFacts]] = {}
_FACTS_BY_CONTENT: dict[int, DomainFacts] = {}


def _fingerprint(catalog: DomainCatalog | None) -> int:
    """Hash of what :class:`DomainFacts` reads (catalogs are frozen: equal content, equal facts)."""
    return hash(tuple((d.id, tuple(d.aliases), tuple(d.composite_of), tuple(d.value_siblings))
                      for d in (catalog.domains if catalog else [])))


def facts_of(catalog: DomainCatalog | None) -> DomainFacts:
    """The catalog's :class:`DomainFacts`, built once per catalog content (a reloaded catalog, as each
    run loads its own, reuses them; a few kept)."""
    hit = _FACTS.get(id(catalog))
    if hit is None or hit[0] is not catalog:
        if len(_FACTS) > 8:
            _FACTS.clear()
        if len(_FACTS_BY_CONTENT) > 8:
            _FACTS_BY_CONTENT.clear()
        key = _fingerprint(catalog)
        facts = _FACTS_BY_CONTENT.get(key)
        if facts is None:
            facts = _FACTS_BY_CONTENT[key] = DomainFacts(catalog)
        hit = _FACTS[id(catalog)] = (catalog, facts)
    return hit[1]

