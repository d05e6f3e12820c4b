"""Structural header rules applied after alias matching (see :func:`apply_header_rules`).

They read the *shape* of a header rather than one alias, and only ever raise a domain's name
similarity to a fixed level below an exact alias, so an explicit alias always wins:

* **yes/no shape** (``IsConverted``, ``has_children``, ``promo_flag``, ``email_yn``) -> the generic
  flag domain (the owner of the alias ``flag``) at :data:`FLAG_SHAPE_NAME`; ``_ind``/``_kz`` suffixes
  are left out (``Land_KZ`` is a country code);
* **categorical class word** last (``device_type``, ``customer_category``, ``vehicle_kind``) -> the
  owner of the alias ``category`` at :data:`CATEGORY_SHAPE_NAME` (borderline: ``blood_type`` is a
  domain-specific code list, so the shape alone never assigns High);
* **person role + name** (``insured_name``, ``holder_nm``, ``beneficiary_name``) -> the owner of the
  alias ``full_name`` at :data:`ROLE_NAME`;
* **composite from parts**: a header naming two or more parts of a composite domain, or the
  composite and one of its parts, by exact or contained aliases (``vorname_nachname``, ``PLZ_Ort``,
  ``Strasse_Hausnr``) -> the composite, just above its best part.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from core.domains.evidence import ColumnEvidence
    from core.domains.matcher import DomainMatcher

FLAG_SHAPE_NAME = 0.85
FLAG_SHAPE_PREFIXES = frozenset({"is", "has", "can", "should", "was", "did", "ist", "hat", "est", "tiene", "es"})
FLAG_SHAPE_SUFFIXES = frozenset({"flag", "flg", "yn", "bool"})
CATEGORY_SHAPE_NAME = 0.78  # borderline: a candidate for the arbiter, never High alone
CATEGORY_WORDS = frozenset({"type", "category", "kind", "class", "typ", "kategorie", "art", "tipo", "categoria",
                            "categorie", "categoría", "catégorie", "soort", "rodzaj"})
ROLE_NAME = 0.86
#: Words naming a natural person's role; ``<role> name`` is that person's name.
PERSON_ROLES = frozenset({
    "insured", "policyholder", "holder", "beneficiary", "applicant", "patient", "employee", "member",
    "passenger", "guest", "tenant", "student", "driver", "recipient", "sender", "payee", "guarantor",
    "spouse", "parent", "guardian", "physician", "doctor", "nurse", "agent", "broker", "author",
    "owner", "assignee", "reporter", "approver", "contact", "attendee", "candidate", "volunteer",
})
COMPOSITE_MARGIN = 0.02
COMPOSITE_CAP = 0.97


def apply_header_rules(m: DomainMatcher, ev: ColumnEvidence, texts: list[str], scores: np.ndarray,
                       how: dict[int, str]) -> float:
    """Apply the module's rules to ``scores``/``how`` in place for a header with variant ``texts``;
    returns the best similarity a rule set (it makes the header informative)."""
    best = 0.0

    def lift(i: int | None, s: float, label: str) -> None:
        nonlocal best
        if i is not None and scores[i] < s:
            scores[i] = s
            how[i] = label
            best = max(best, s)

    toks = tuple(ev.header_tokens)
    if len(toks) > 1 and (toks[0] in FLAG_SHAPE_PREFIXES or toks[-1] in FLAG_SHAPE_SUFFIXES):
        lift(m.alias_exact.get("flag"), FLAG_SHAPE_NAME, "yes/no header shape")
    for text in texts:
        vt = text.split()
        if len(vt) > 1 and vt[-1] in CATEGORY_WORDS:
            lift(m.alias_exact.get("category"), CATEGORY_SHAPE_NAME, f"categorical class word '{vt[-1]}'")
        if len(vt) == 2 and vt[1] == "name" and vt[0] in PERSON_ROLES:
            lift(m.alias_exact.get("full name"), ROLE_NAME, f"person role '{vt[0]}' + name")
    for ci, d in enumerate(m.catalog.domains):
        if len(d.composite_of) < 2:
            continue
        parts = [m.pos[p] for p in d.composite_of if p in m.pos]
        named = [p for p in parts if how.get(p, "").startswith(("alias", "contains alias"))]
        if named and how.get(ci, "").startswith("contains alias"):
            named.append(ci)  # the composite named next to one of its parts: Strasse_Hausnr
        if len(named) >= 2:
            lift(ci, min(COMPOSITE_CAP, max(float(scores[p]) for p in named) + COMPOSITE_MARGIN),
                 "names " + " + ".join(m.ids[p] for p in named))
    return best
