"""Value-side lookups of the domain matcher (data_mode): regex hit rates, value-pattern similarity to the
curated examples, masking-entity matches and placeholder strengths, unit-compatible domains."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from core.domains.embedding import HashedNgramEmbedder, centroid
from core.domains.sketch import is_placeholder, mask_pattern, placeholder_entity
from core.domains.units import UnitCue
from core.vocab.models import DomainCatalog

SHARED_ENTITY_SCALE = 0.9
#: Masking entity names (presidio and ours) -> catalog pii_entity.
ENTITY_ALIASES = {"US_PASSPORT": "PASSPORT", "US_DRIVER_LICENSE": "DRIVER_LICENSE", "US_BANK_NUMBER": "BANK_ACCOUNT",
                  "PERSON_NAME": "PERSON", "EMAIL": "EMAIL_ADDRESS", "PHONE": "PHONE_NUMBER", "IBAN": "IBAN_CODE"}


class ValueMatching:
    """Mixin of :class:`core.domains.matcher.DomainMatcher` holding its value-side methods."""

    catalog: DomainCatalog
    embedder: HashedNgramEmbedder
    n: int
    vocab: list[set[str]]
    regexes: list[tuple[int, re.Pattern[str], bool]]
    entity_domains: dict[str, set[int]]
    example_mat: np.ndarray
    example_starts: np.ndarray
    def regex_hits(self, values: Sequence[str]) -> dict[int, float]:
        """Fraction of ``values`` full-matching each domain's regex (domains with a regex)."""
        if not values:
            return {}
        vals = list(values)[:50]
        # format-preserving masks (``***-**-4821``) are matched with the mask read as a digit
        alts = [v.replace("*", "0") if "*" in v else None for v in vals]
        out: dict[int, float] = {}
        for i, rx, _ in self.regexes:
            luhn = self.catalog.domains[i].checksum == "luhn"
            out[i] = sum(1 for v, a in zip(vals, alts, strict=True)
                         if (rx.fullmatch(v) or (a and rx.fullmatch(a))) and (not luhn or a or luhn_valid(v))
                         ) / len(vals)
        return out

    def value_similarity(self, values: Sequence[str]) -> np.ndarray:
        """Per-domain value similarity: max(mean over the column's masked patterns of the best cosine
        to one of the domain's example patterns, share of values found among the examples)."""
        vals = list(dict.fromkeys(values))[:50]
        if not vals:
            return np.zeros(self.n)
        return self.batch_value_similarity([vals])[0]

    def batch_value_similarity(self, columns: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """:meth:`value_similarity` for many columns with one matrix product."""
        cols = [list(dict.fromkeys(v))[:50] for v in columns]
        pats = [sorted({mask_pattern(v) for v in _case_folded(vals)}) for vals in cols]
        flat = [p for ps in pats for p in ps]
        sims = self.embedder.embed(flat) @ self.example_mat.T if flat else np.zeros((0, len(self.example_mat)))
        out: list[np.ndarray] = []
        pos = 0
        for vals, ps in zip(cols, pats, strict=True):
            if not vals:
                out.append(np.zeros(self.n))
                continue
            best = np.maximum.reduceat(sims[pos:pos + len(ps)], self.example_starts, axis=1)
            pos += len(ps)
            out.append(self._with_vocab(vals, np.clip(best.mean(axis=0), 0.0, 1.0).astype(np.float64)))
        return out

    def _with_vocab(self, vals: list[str], cos: np.ndarray) -> np.ndarray:
        """Raise each domain's similarity to the share of values found among its examples (case and a
        trailing period ignored: ``Mr.`` is the example ``Mr``)."""
        low = [v.lower() for v in vals]
        for i, voc in enumerate(self.vocab):
            hit = sum(1 for v in low if v in voc or v.rstrip(".") in voc) / len(low)
            if hit > cos[i]:
                cos[i] = hit
        return cos

    def closed_vocabulary_hits(self, values: Sequence[str]) -> dict[int, float]:
        """Per ``closed_vocabulary`` domain: share of the non-empty values found among its examples (case
        and a trailing period ignored)."""
        low = [v.strip().lower() for v in values if v.strip()]
        if not low:
            return {}
        return {i: sum(1 for v in low if v in self.vocab[i] or v.rstrip(".") in self.vocab[i]) / len(low)
                for i, d in enumerate(self.catalog.domains) if d.closed_vocabulary}

    def value_vector(self, values: Sequence[str]) -> np.ndarray:
        """Value-descriptor vector of a column (centroid of its masked patterns)."""
        pats = sorted({mask_pattern(v) for v in list(dict.fromkeys(values))[:50]})
        return centroid(self.embedder.embed(pats)) if pats else np.zeros(self.embedder.dim, dtype=np.float32)

    def entity_matches(self, entities: Sequence[str]) -> set[int]:
        """Domains whose pii_entity equals a masking entity reported for the column."""
        out: set[int] = set()
        for e in entities:
            out |= self.entity_domains.get(ENTITY_ALIASES.get(e, e), set())
        return out

    def entity_strengths(self, values: Sequence[str]) -> dict[int, float]:
        """Per domain: share of ``values`` that are whole-cell placeholders (``<PERSON>``) of one of its
        masking entities, times :data:`SHARED_ENTITY_SCALE` when a sibling sharing the entity is the
        catalog's ``entity_default`` (so a bare ``<PERSON>`` column reads as the default domain)."""
        vals = [v for v in values if v]
        if not vals:
            return {}
        counts: dict[str, int] = {}
        for v in vals:
            e = placeholder_entity(v) if is_placeholder(v) else None
            if e:
                counts[e] = counts.get(e, 0) + 1
        out: dict[int, float] = {}
        for e, c in counts.items():
            doms = self.entity_domains.get(ENTITY_ALIASES.get(e, e), set())
            has_default = any(self.catalog.domains[i].entity_default for i in doms)
            for i in doms:
                f = c / len(vals)
                if has_default and not self.catalog.domains[i].entity_default:
                    f *= SHARED_ENTITY_SCALE
                out[i] = max(out.get(i, 0.0), f)
        return out

    def unit_domains(self, cues: Sequence[UnitCue]) -> list[int]:
        """Domains whose units include a cue's unit exactly (``%`` -> percentage, ``kg`` -> mass)."""
        units = {c.unit for c in cues}
        return [i for i, d in enumerate(self.catalog.domains) if units & set(d.units)]


def _case_folded(values: list[str]) -> list[str]:
    """``values`` plus, when they are mostly upper-case text (mainframe/legacy exports: ``DAYTON``,
    ``SMITH JOHN A``), their title-cased forms, so the shape ``Aa+`` of curated examples can match."""
    upper = [v for v in values if any(c.isalpha() for c in v) and not any(c.islower() for c in v)]
    if len(upper) * 2 <= len(values):
        return values
    return values + [v.title() for v in upper if len(v) > 3]


def luhn_valid(value: str) -> bool:
    """Whether the digits of ``value`` pass the Luhn checksum (payment card numbers)."""
    digits = [int(c) for c in value if c.isdecimal()]
    if len(digits) < 12:
        return False
    total = 0
    for k, d in enumerate(reversed(digits)):
        total += d if k % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2)
    return total % 10 == 0
