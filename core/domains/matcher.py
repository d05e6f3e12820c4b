"""Precomputed catalog structures for fast matching: alias tables, alias embeddings, centroids,
compiled regexes, example vocabularies. One :class:`DomainMatcher` per (catalog hash, embedder).

Name similarity of a header to a domain is the best of, over the header's variants (raw tokens,
digits dropped, qualifier prefixes dropped, abbreviations expanded, table-context qualified):

* exact alias match (normalized) -> 1.0;
* alias contained as a contiguous token run -> 0.75 + 0.20·coverage (+0.10, :data:`HEAD_BONUS`, when it is the suffix,
  the head of an English compound: ``work_email``), capped at 0.95; a contained *generic*
  single-token alias (``id``, ``date``... see :data:`GENERIC`) starts at 0.70 instead;
* fuzzy: cosine of hashed char-n-gram embeddings, rescaled ``(cos - 0.35) / 0.60`` into [0, 1] and
  capped at 0.92 (so typos and inflections score high, unrelated words near 0); aliases and
  header variants shorter than 4 characters never match fuzzily (``no`` is not ``nino``).

A long single token is also split at a known alias head (German compounds: ``eintrittsdatum`` ->
``eintritts datum``). A derived variant that reduces to a generic alias (``user_id`` -> ``id``)
scores only 0.80 and does not make the header informative.

Context variants count only for exact aliases or aliases made of the context word plus header
tokens (``name`` in ``products`` -> ``product name``), never fuzzily.
Each variant's result is multiplied by its weight: raw 1.0, derived variants 0.96, context 0.93.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from core.domains.abbrev import AbbreviationExpander
from core.domains.compound import build_vocabulary, rewrite_tokens, split_glued_text
from core.domains.embedding import HashedNgramEmbedder, centroid
from core.domains.evidence import ColumnEvidence
from core.domains.header_rules import apply_header_rules
from core.domains.name_adjustments import (
    apply_type_prior,
    prefer_longest_alias,
    prefer_named_specific,
    prefer_raw_alias,
)
from core.domains.sketch import mask_pattern
from core.domains.value_matching import ValueMatching
from core.hashing import sha256_hex
from core.vocab.catalog_loader import compiled_regex
from core.vocab.models import DomainCatalog
from core.vocab.tokens import (
    ABBREVIATIONS,
    CLASS_WORDS,
    GENERIC,
    QUALIFIERS,
    expand_abbreviations,
    header_variants,
    normalize_alias,
    strip_class_word,
)

VARIANT_WEIGHT_RAW = 1.0
VARIANT_WEIGHT_DERIVED = 0.96
VARIANT_WEIGHT_CONTEXT = 0.93
VARIANT_WEIGHT_GENERIC = 0.80
VARIANT_WEIGHT_CLASS = 0.90
#: An unseen abbreviation expanded by contraction (a guess), only for code-like headers (one case, no spaces:
#: ``CUSTNMBR``, ``stu_fnm1``), not for natural-language headers (``Source Port``).
VARIANT_WEIGHT_ABBREV = 0.88
SUBSET_MIN = 0.5
SUBSET_FUZZY_FACTOR = 0.6
_DATE_TYPES = frozenset({"date", "datetime"})
_NUMERIC_TYPES = frozenset({"decimal", "float", "date", "datetime"})
MIN_FUZZY_LEN = 4
FUZZY_INFORMATIVE = 0.75
CONTAINED_BASE = 0.70
CONTAINED_BASE_SPECIFIC = 0.75  # a weaker fuzzy match does not make a header informative
HEAD_BONUS = 0.10  # a contained alias that ends the header (the head of an English compound)
#: (per-domain name_sim, how the best match was found, negative hits, informativeness)
NameResult = tuple[np.ndarray, dict[int, str], set[int], float]


class DomainMatcher(ValueMatching):
    """Catalog lookups and vectors (see module docstring)."""

    def __init__(self, catalog: DomainCatalog, embedder: HashedNgramEmbedder) -> None:
        self.catalog = catalog
        self.embedder = embedder
        self.ids = catalog.ids
        self.pos = {d: i for i, d in enumerate(self.ids)}
        self.n = len(self.ids)
        self.fingerprint = sha256_hex(f"{catalog.catalog_hash()}|{embedder.model_id}")[:32]
        self.alias_exact: dict[str, int] = {}
        self.alias_tokens: dict[tuple[str, ...], int] = {}
        self.neg_exact: dict[str, set[int]] = {}
        self.neg_multi: dict[tuple[str, ...], set[int]] = {}
        alias_texts: list[str] = []
        starts: list[int] = []
        self.context: dict[str, set[int]] = {}
        self.vocab: list[set[str]] = []
        self.regexes: list[tuple[int, re.Pattern[str], bool]] = []
        self.entity_domains: dict[str, set[int]] = {}
        self.name_detectors: dict[int, str] = {i: d.name_detector for i, d in enumerate(catalog.domains)
                                               if d.name_detector and d.name_detector != "company"}
        self.company_detector = next((i for i, d in enumerate(catalog.domains) if d.name_detector == "company"),
                                     None)
        value_vecs: list[np.ndarray] = []
        example_vecs: list[np.ndarray] = []
        ex_starts: list[int] = []
        for i, d in enumerate(catalog.domains):
            starts.append(len(alias_texts))
            for a in d.aliases:
                key = normalize_alias(a)
                self.alias_exact.setdefault(key, i)
                self.alias_tokens.setdefault(tuple(key.split()), i)
                if key not in alias_texts[starts[-1]:]:
                    alias_texts.append(key)
            for neg in d.negatives:
                key = normalize_alias(neg)
                self.neg_exact.setdefault(key, set()).add(i)
                if " " in key:
                    self.neg_multi.setdefault(tuple(key.split()), set()).add(i)
            for w in d.context:
                self.context.setdefault(normalize_alias(w), set()).add(i)
            self.vocab.append({e.lower() for e in d.examples} | {e.lower().rstrip(".") for e in d.examples})
            if d.regex:
                self.regexes.append((i, compiled_regex(d.regex), d.regex_specific))
            for ent in ([d.pii_entity] if d.pii_entity else []) + list(d.mask_entities):
                self.entity_domains.setdefault(ent, set()).add(i)
            pats = embedder.embed(sorted({mask_pattern(e) for e in d.examples}))
            ex_starts.append(sum(len(v) for v in example_vecs))
            example_vecs.append(pats)
            value_vecs.append(centroid(pats))
        for i, d in enumerate(catalog.domains):  # abbreviated aliases also match expanded headers
            for a in d.aliases:
                toks = tuple(normalize_alias(a).split())
                exp = expand_abbreviations(toks)
                if exp != toks:
                    self.alias_exact.setdefault(" ".join(exp), i)
                    self.alias_tokens.setdefault(exp, i)
        self.context_alias: dict[str, list[int]] = {}
        self.context_domains: dict[int, set[int]] = {}
        for i, d in enumerate(catalog.domains):
            for a in d.context_aliases:
                self.context_alias.setdefault(normalize_alias(a), []).append(i)
            if d.context_domains:
                self.context_domains[i] = {self.pos[x] for x in d.context_domains if x in self.pos}
        #: (specialization, the entity default it specializes): domains sharing a PII entity.
        self.specializations = [(i, j) for i, d in enumerate(catalog.domains) if d.needs_name and d.pii_entity
                                for j, e in enumerate(catalog.domains)
                                if j != i and e.entity_default and e.pii_entity == d.pii_entity]
        self.alias_texts = alias_texts
        self.alias_token_sets = [frozenset(a.split()) for a in alias_texts]
        self.alias_starts = np.asarray(starts, dtype=np.int64)
        self.alias_mat = embedder.embed(alias_texts)
        self.fuzzy_mat = self.alias_mat.copy()
        self.fuzzy_mat[[len(a) < MIN_FUZZY_LEN for a in alias_texts]] = 0.0  # short aliases: exact only
        self.abbrev = AbbreviationExpander(alias_texts, ABBREVIATIONS)
        self.glue_vocab = build_vocabulary([*self.alias_exact, *ABBREVIATIONS, *ABBREVIATIONS.values(), *QUALIFIERS])
        self._glued: dict[str, tuple[str, ...]] = {}
        self.heads = sorted((k for k in self.alias_exact if " " not in k and len(k) >= 4), key=len, reverse=True)
        self.name_centroids = np.stack([
            centroid(self.alias_mat[s:e]) for s, e in zip(starts, [*starts[1:], len(alias_texts)], strict=True)
        ])
        self.value_centroids = np.stack(value_vecs)
        self.example_mat = np.concatenate(example_vecs)
        self.example_starts = np.asarray(ex_starts, dtype=np.int64)

    # -- names --------------------------------------------------------------------------------
    def _compound_variants(self, text: str) -> list[str]:
        """Split a long single token at a known alias head (``eintrittsdatum`` -> ``eintritts datum``)."""
        if " " in text or len(text) < 8 or text in self.alias_exact:  # an alias itself: "disposition"
            return []
        for head in self.heads:
            if text.endswith(head) and len(text) - len(head) >= 3:
                return [f"{text[:-len(head)]} {head}"]
        return []

    def glued_variants(self, text: str) -> tuple[str, ...]:
        """Header variants of ``text`` with glued lower-case words split against the catalog
        vocabulary (``address1_stateorprovince`` -> ``state or province``); empty when none splits."""
        hit = self._glued.get(text)
        if hit is None:
            split = split_glued_text(text, self.glue_vocab)
            hit = tuple(" ".join(v) for v in header_variants(split)) if split else ()
            if len(self._glued) < 65536:
                self._glued[text] = hit
        return hit

    def variants_of(self, ev: ColumnEvidence) -> list[tuple[str, float, str]]:
        """(variant text, weight, class kind) triples of a header, most literal first. The class kind
        (``date``/``code``) marks a variant with its trailing class word dropped (``marital status`` of
        ``marital_status_cd``); it only counts as an exact alias of a type-compatible domain."""
        variants = [(t, VARIANT_WEIGHT_RAW if k == 0 else VARIANT_WEIGHT_DERIVED, "")
                    for k, t in enumerate(ev.header_variants)]
        variants += [(c, VARIANT_WEIGHT_DERIVED, "") for t, _, _ in list(variants) for c in self._compound_variants(t)]
        known = {t for t, _, _ in variants}
        for t in ev.header_variants:
            for g in self.glued_variants(t):
                if g not in known:
                    known.add(g)
                    variants.append((g, VARIANT_WEIGHT_DERIVED, ""))
        code_like = " " not in ev.original_name.strip() and ev.original_name in (ev.original_name.upper(),
                                                                                  ev.original_name.lower())
        for t in (ev.header_variants[1:2] or ev.header_variants[:1]) if code_like else ():  # digit-free variant
            expanded = self._abbreviation_variant(t)
            if expanded and expanded not in known:
                known.add(expanded)
                variants.append((expanded, VARIANT_WEIGHT_ABBREV, ""))
        variants += [(t, VARIANT_WEIGHT_CONTEXT, "") for t in ev.context_variants]
        seen = {t for t, _, _ in variants}
        for t in ev.header_variants:
            cut = strip_class_word(tuple(t.split()))
            if cut is not None and (prop := " ".join(cut[0])) not in seen:
                seen.add(prop)
                variants.append((prop, VARIANT_WEIGHT_CLASS, cut[1]))
        return variants

    def _abbreviation_variant(self, text: str) -> str | None:
        """``text`` with its non-vocabulary tokens expanded as contractions (``custnmbr`` -> ``customer number``),
        or None when no token expands (see :mod:`core.domains.abbrev`)."""
        return rewrite_tokens(text, lambda t: None if t.isdecimal() else self.abbrev.expand(t))

    def class_compatible(self, i: int, kind: str) -> bool:
        """Whether domain ``i`` can be named by a property plus a ``kind`` class word."""
        types = set(self.catalog.domains[i].logical_types)
        if kind == "date":
            return bool(types & _DATE_TYPES)
        return "string" in types and not types & _NUMERIC_TYPES

    def batch_name_scores(self, evs: Sequence[ColumnEvidence]) -> list[NameResult]:
        """:meth:`name_scores` for many columns with one matrix product (small BLAS calls are slow)."""
        all_vars = [self.variants_of(ev) for ev in evs]
        flat = [t for vs in all_vars for t, _, _ in vs]
        sims = self.embedder.embed(flat) @ self.fuzzy_mat.T if flat else np.zeros((0, len(self.alias_texts)))
        out = []
        pos = 0
        for ev, vs in zip(evs, all_vars, strict=True):
            out.append(self.name_scores(ev, vs, sims[pos:pos + len(vs)]))
            pos += len(vs)
        return out

    def name_scores(self, ev: ColumnEvidence, variants: list[tuple[str, float, str]] | None = None,
                    sims: np.ndarray | None = None) -> NameResult:
        """Per-domain name similarity, how each best match was found, negative hits, and the best
        similarity that did not come from a generic alias (the header's informativeness)."""
        scores = np.zeros(self.n, dtype=np.float64)
        how: dict[int, str] = {}
        negatives: set[int] = set()
        informative = 0.0
        if variants is None:
            variants = self.variants_of(ev)

        def bump(i: int, s: float, label: str, generic: bool = False) -> None:
            nonlocal informative
            if not generic:
                informative = max(informative, s)
            if s > scores[i]:
                scores[i] = s
                how[i] = label
                fuzzy_from[i] = -1

        if sims is None:
            sims = self.embedder.embed([t for t, _, _ in variants]) @ self.fuzzy_mat.T
        fuzzy_from = np.full(self.n, -1, dtype=np.int64)
        for vi, ((text, w, kind), row) in enumerate(zip(variants, sims, strict=True)):
            toks = tuple(text.split())
            if kind:  # class word dropped: exact alias of a type-compatible, non-generic domain only
                i = self.alias_exact.get(text)
                if i is not None and text not in GENERIC and self.class_compatible(i, kind):
                    bump(i, w, f"alias '{text}' + {kind} class word")
                continue
            context = w == VARIANT_WEIGHT_CONTEXT
            i = self.alias_exact.get(text)
            if i is not None:
                generic = text in GENERIC
                bump(i, (VARIANT_WEIGHT_GENERIC if generic and w < 1.0 else w), f"alias '{text}'", generic)
            if w >= VARIANT_WEIGHT_DERIVED:
                negatives |= self.neg_exact.get(text, set())
            total = len(text)
            for a in range(len(toks)):
                for b in range(a + 1, len(toks) + 1):
                    sub = toks[a:b]
                    if len(sub) == len(toks) or (context and (a != 0 or b < 2)):
                        continue  # context variants must match context word + header tokens
                    j = self.alias_tokens.get(sub)
                    if j is not None:
                        cov = len(" ".join(sub)) / total
                        generic = len(sub) == 1 and sub[0] in GENERIC
                        base = CONTAINED_BASE if generic else CONTAINED_BASE_SPECIFIC
                        s = min(0.95, base + 0.20 * cov + (HEAD_BONUS if b == len(toks) else 0.0))
                        bump(j, s * w, f"contains alias '{' '.join(sub)}'", generic)
                    if len(sub) > 1 and sub in self.neg_multi and not context:
                        negatives |= self.neg_multi[sub]
            if context or len(text) < MIN_FUZZY_LEN or all(t in GENERIC for t in toks):
                continue  # context variants, very short or generic-only headers: exact/contained aliases only
            per_dom = np.maximum.reduceat(row, self.alias_starts)
            fuzzy = np.minimum(np.clip((per_dom - 0.35) / 0.60, 0.0, 1.0), 0.92) * w
            self._penalize_subsets(set(toks), row, fuzzy)
            top_fuzzy = float(fuzzy.max())
            if top_fuzzy >= FUZZY_INFORMATIVE:
                informative = max(informative, top_fuzzy)
            better = fuzzy > scores
            if better.any():
                scores[better] = fuzzy[better]
                fuzzy_from[better] = vi
                for bi in np.nonzero(better)[0]:
                    how.pop(int(bi), None)
        for bi in np.nonzero(fuzzy_from >= 0)[0]:
            how.setdefault(int(bi), f"fuzzy '{variants[int(fuzzy_from[bi])][0]}'")
        prefer_raw_alias(self, variants, scores, how)
        prefer_named_specific(self, scores, how)
        prefer_longest_alias(scores, how, {w for t, wt, k in variants if not k and wt != VARIANT_WEIGHT_CONTEXT
                                           for w in t.split()})
        informative = max(informative, apply_header_rules(self, ev, [t for t, _, k in variants if not k], scores, how))
        apply_type_prior(self, ev.declared_type, scores, how)
        return scores, how, negatives, informative

    def _penalize_subsets(self, toks: set[str], row: np.ndarray, fuzzy: np.ndarray) -> None:
        """Scale a domain's fuzzy similarity by :data:`SUBSET_FUZZY_FACTOR` when its best-matching
        alias strictly contains every header token plus a word that is itself an alias of the domain
        (``source`` vs ``source ip``, ``ip`` naming web.ipv4) or a class word (:data:`CLASS_WORDS`:
        ``manager`` vs ``manager id``, ``contact`` vs ``contact phone``): the word carrying the meaning is missing.
        ``plate`` vs ``license plate`` or ``service`` vs ``service interne`` keep their similarity."""
        for i in np.nonzero(fuzzy >= SUBSET_MIN)[0]:
            a, b = self.alias_starts[i], (self.alias_starts[i + 1] if i + 1 < self.n else len(self.alias_texts))
            best = self.alias_token_sets[a + int(np.argmax(row[a:b]))]
            if toks < best and any(self.alias_exact.get(t) == i or t in CLASS_WORDS for t in best - toks):
                fuzzy[i] *= SUBSET_FUZZY_FACTOR

    def header_vector(self, ev: ColumnEvidence) -> np.ndarray:
        """Vector of the header's most literal variant (used for the name-centroid index query)."""
        return self.embedder.embed_one(ev.header_variants[0] if ev.header_variants else "")


_CACHE: dict[tuple[str, str], DomainMatcher] = {}
_DEFAULT_EMBEDDER = HashedNgramEmbedder()


def get_matcher(catalog: DomainCatalog, embedder: HashedNgramEmbedder | None = None) -> DomainMatcher:
    """Cached matcher for ``catalog`` and ``embedder`` (default: the hashed n-gram embedder)."""
    emb = embedder or _DEFAULT_EMBEDDER
    key = (catalog.catalog_hash(), emb.model_id)
    m = _CACHE.get(key)
    if m is None:
        if len(_CACHE) >= 8:
            _CACHE.pop(next(iter(_CACHE)))
        m = _CACHE[key] = DomainMatcher(catalog, emb)
    return m
