"""The narrow, read-only view of the name matcher that the header rules and name adjustments read.

:class:`core.domains.matcher.DomainMatcher` owns the rules (it calls them); the rules receive this
protocol instead of the matcher, so the dependency runs one way (matcher -> rules -> view).
"""

from __future__ import annotations

from typing import Protocol

from core.vocab.models import DomainCatalog


class MatcherView(Protocol):
    """What a name rule may read of the matcher: the catalog and its precomputed indexes."""

    @property
    def catalog(self) -> DomainCatalog:
        """The domain catalog the matcher was built from."""
        ...

    @property
    def ids(self) -> list[str]:
        """Domain ids in catalog order (score vector positions)."""
        ...

    @property
    def pos(self) -> dict[str, int]:
        """Domain id -> position in :attr:`ids`."""
        ...

    @property
    def n(self) -> int:
        """Number of domains."""
        ...

    @property
    def fingerprint(self) -> str:
        """Content key of the catalog and embedder (cache key of derived word sets)."""
        ...

    @property
    def alias_exact(self) -> dict[str, int]:
        """Normalized exact alias -> domain position."""
        ...

    @property
    def specializations(self) -> list[tuple[int, int]]:
        """(specialization, the entity default it specializes) position pairs."""
        ...
