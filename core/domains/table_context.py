"""Co-occurrence context: a header that means a domain only next to certain other columns.

A domain's ``context_aliases`` (``title``) name it when another column of the same table is
confidently named (top name similarity >= :data:`CONFIDENT_NAME` from an exact or contained alias)
as one of its ``context_domains`` (``person.first_name``). The domain then gets
:data:`CONTEXT_WEIGHT` times the similarity of the alias' unconditional owner (1.0 when none), and
that owner is scaled by :data:`OWNER_FACTOR`: in a contact table ``Title`` is a job title, in an
article table it stays a document title.

When several domains claim the same context alias (``title`` is a job title in a business-contact
table and an honorific in a civil person record), each is supported by the number of its context
domains present in the table, and only the best-supported ones are lifted (all of them on a tie, which
leaves the column borderline). A domain that another column of the table is already confidently
named as is not lifted (a table with a ``Salutation`` column has its ``Title`` as the job title).

Bare name-part words (``FIRST``, ``LAST``, ``MIDDLE``) name person-name parts when two of them head
columns of the same table.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from core.domains.evidence import ColumnEvidence
from core.domains.matcher import DomainMatcher, NameResult

CONFIDENT_NAME = 0.9
CONTEXT_WEIGHT = 0.93
OWNER_FACTOR = 0.85


def _confident_top(scores: np.ndarray, how: dict[int, str]) -> int | None:
    i = int(np.argmax(scores)) if len(scores) else -1
    if i >= 0 and scores[i] >= CONFIDENT_NAME and how.get(i, "").startswith(("alias", "contains alias")):
        return i
    return None


#: Bare name-part words that name person-name parts only next to each other (``FIRST`` + ``LAST``).
NAME_PART_WORDS = {"first": "first name", "last": "last name", "middle": "middle name", "given": "given name",
                   "family": "family name"}
NAME_PARTS_NAME = 0.9


def _name_part_pairs(matcher: DomainMatcher, evs: Sequence[ColumnEvidence], names: list[NameResult],
                     cols: list[int]) -> None:
    """Columns headed by a bare ``first``/``last``/``middle`` word, when at least two such words appear in the
    table, are the person-name parts those words abbreviate (hotel and airline extracts: FIRST, LAST)."""
    parts = {ci: NAME_PART_WORDS[evs[ci].header_variants[0]] for ci in cols
             if evs[ci].header_variants and evs[ci].header_variants[0] in NAME_PART_WORDS}
    if len(set(parts.values())) < 2:
        return
    for ci, alias in parts.items():
        d = matcher.alias_exact.get(alias)
        scores, how = names[ci][0], names[ci][1]
        if d is not None and scores[d] < NAME_PARTS_NAME:
            scores[d] = NAME_PARTS_NAME
            how[d] = f"'{evs[ci].header_variants[0]}' next to other name-part columns"


def apply_table_context(matcher: DomainMatcher, evs: Sequence[ColumnEvidence], names: list[NameResult]) -> None:
    """Lift context-alias domains in place (see module docstring)."""
    tables: dict[str, list[int]] = {}
    for ci, ev in enumerate(evs):
        tables.setdefault(ev.table, []).append(ci)
    for cols in tables.values():
        _name_part_pairs(matcher, evs, names, cols)
    if not matcher.context_alias:
        return
    tops = [_confident_top(r[0], r[1]) for r in names]
    by_table: dict[str, list[int]] = {}
    for ci, ev in enumerate(evs):
        by_table.setdefault(ev.table, []).append(ci)
    for cols in by_table.values():
        for ci in cols:
            ev = evs[ci]
            hits = [(t, d) for t in ev.header_variants for d in matcher.context_alias.get(t, [])]
            if not hits:
                continue
            present = {t for o in cols if o != ci and (t := tops[o]) is not None}
            scores, how = names[ci][0], names[ci][1]
            for text, found_by in _supported(matcher, hits, present).items():
                owner = matcher.alias_exact.get(text)
                base = float(scores[owner]) if owner is not None and owner not in found_by else 1.0
                for d, found in found_by.items():
                    if CONTEXT_WEIGHT * base > scores[d]:
                        scores[d] = CONTEXT_WEIGHT * base
                        how[d] = f"'{text}' next to {', '.join(sorted(matcher.ids[f] for f in found))}"
                if owner is not None and owner not in found_by:
                    scores[owner] *= OWNER_FACTOR


def _supported(matcher: DomainMatcher, hits: list[tuple[str, int]],
               present: set[int]) -> dict[str, dict[int, set[int]]]:
    """Per context-alias text: the best-supported domains claiming it and their context domains found
    in the table (domains already held by another column excluded)."""
    out: dict[str, dict[int, set[int]]] = {}
    for text, d in hits:
        found = matcher.context_domains.get(d, set()) & present
        if found and d not in present:
            out.setdefault(text, {})[d] = found
    for text, by in out.items():
        top = max(len(f) for f in by.values())
        out[text] = {d: f for d, f in by.items() if len(f) == top}
    return out
