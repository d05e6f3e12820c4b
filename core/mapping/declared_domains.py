"""Declared domains of a schema file checked against the domain catalog at intake.

A schema file's ``domain:`` that the catalog lacks (a typo such as ``contact.emial``) is refused with
:class:`~core.mapping.errors.UnknownTargetDomain`, naming the column and the closest catalog ids: read as is, the
column would silently be matched as if it declared no domain (the domaining engine's guess replacing it). The
mapping stage (``core.mapping.stage._intake``, which records the refusal on the run's ledger before any artifact is
written) and the quick match (``core.mapping.loading``) call :func:`require_known_domains` right after intake.
"""

from __future__ import annotations

import difflib

from core.mapping.errors import UnknownTargetDomain
from core.mapping.target import TargetTable
from core.vocab.models import DomainCatalog


def closest_domains(domain: str, ids: list[str], n: int = 3) -> list[str]:
    """The catalog ids spelt most like ``domain`` (whole id first, else by the part after the family)."""
    near = difflib.get_close_matches(domain, ids, n=n, cutoff=0.75)
    if near:
        return near
    by_tail: dict[str, list[str]] = {}
    for i in ids:
        by_tail.setdefault(i.rsplit(".", 1)[-1], []).append(i)
    tails = difflib.get_close_matches(domain.rsplit(".", 1)[-1], list(by_tail), n=n, cutoff=0.6)
    return [i for t in tails for i in by_tail[t]][:n]


def require_known_domains(table: TargetTable, catalog: DomainCatalog, *, side: str = "target") -> None:
    """Refuse a schema file's declared domain that the domain catalog lacks (:class:`UnknownTargetDomain`, naming
    the column and the closest ids): read as is, a typo (``contact.emial``) would silently become an unknown
    domain, and the column would be matched as if it declared none."""
    ids = catalog.ids
    known = set(ids)
    for c in table.columns:
        if c.domain_source == "declared" and c.domain and c.domain not in known:
            raise UnknownTargetDomain(c.original_name, c.domain, closest_domains(c.domain, ids),
                                      path=table.source_location, catalog_version=catalog.version, side=side)
