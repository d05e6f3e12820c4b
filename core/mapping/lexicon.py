"""Header tokens the matcher adds to a column's own: concepts from the domain catalog's (multilingual)
aliases and a few English qualifier synonyms.

* **Alias concepts.** Every catalog domain lists aliases in many languages (``money.tax_amount``:
  ``mwst``, ``tva``, ``btw``, ``vat amount``, ...). A header token that occurs in the aliases of at
  most :data:`MAX_DOMAINS_PER_TOKEN` domains (a *specific* token) stands for those domains; so does
  a whole header that is an alias. ``MwSt`` and ``vat_rate`` share ``money.tax_amount``: header
  evidence their spelling hides. Only a shared concept that is neither column's own domain counts
  (the domain component already weighs that one). Generic tokens (``name``, ``date``, ``id``, ...:
  in the aliases of many domains) stand for nothing.
* **Qualifier synonyms.** Address and contact groups are qualified by words that differ between
  systems (``mailing``/``home``, ``shipping``/``delivery``, ``modified``/``updated``); each side gets
  the canonical word too, so ``Mailing State`` meets ``home_state`` and ``Other State`` is left for
  ``billing_state`` by the one-to-one assignment.
"""

from __future__ import annotations

from collections import defaultdict

from core.vocab.models import DomainCatalog
from core.vocab.tokens import normalize_alias, split_tokens

MAX_DOMAINS_PER_TOKEN = 2
MIN_TOKEN_LEN = 3

#: qualifier word -> canonical word (both are kept on a header)
SYNONYMS: dict[str, str] = {
    "mailing": "home", "residential": "home", "residence": "home", "private": "home", "personal": "home",
    "postal": "mail",
    "delivery": "shipping", "ship": "shipping", "shipto": "shipping",
    "invoice": "billing", "invoicing": "billing", "bill": "billing", "billto": "billing",
    "business": "work", "office": "work", "company": "work",
    "cell": "mobile", "cellular": "mobile", "handy": "mobile",
    "modified": "updated", "changed": "updated", "edited": "updated",
    "added": "created", "inserted": "created",
    "dob": "birth", "born": "birth", "birthday": "birth",
    "qty": "quantity", "amt": "amount", "pct": "percent", "percentage": "percent",
}


class AliasConcepts:
    """Specific alias tokens and whole aliases of a catalog, as domain concepts."""

    def __init__(self, catalog: DomainCatalog | None) -> None:
        by_token: dict[str, set[str]] = defaultdict(set)
        self.whole: dict[str, set[str]] = defaultdict(set)
        for d in catalog.domains if catalog else []:
            for a in d.aliases:
                norm = normalize_alias(a)
                if norm:
                    self.whole[norm].add(d.id)
                for t in norm.split():
                    if len(t) >= MIN_TOKEN_LEN and not t.isdecimal():
                        by_token[t].add(d.id)
        self.token: dict[str, frozenset[str]] = {t: frozenset(ds) for t, ds in by_token.items()
                                                 if len(ds) <= MAX_DOMAINS_PER_TOKEN}

    def of(self, header: str, tokens: frozenset[str]) -> set[str]:
        """Concepts (domain ids) of a header with its (expanded) tokens."""
        out = set(self.whole.get(normalize_alias(header), ()))
        for t in split_tokens(header) + tuple(tokens):
            out.update(self.token.get(t, ()))
        return out


def with_synonyms(tokens: frozenset[str]) -> frozenset[str]:
    """A header's tokens plus the canonical words of its qualifiers."""
    return tokens | {SYNONYMS[t] for t in tokens if t in SYNONYMS}
