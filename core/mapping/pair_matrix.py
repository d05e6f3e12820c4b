"""The pairwise component matrices of matching (target x source): header, domain, type, values.

Header similarity is the best of soft token overlap (abbreviations, compounds, qualifier synonyms,
the cross-language glossary), character n-gram cosine, a shared catalog alias concept and the
source header being an alias of the target's domain; :func:`core.mapping.scoring.combine` turns
the components into scores.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from core.domains.embedding import HashedNgramEmbedder
from core.mapping.bool_values import boolean_matrix
from core.mapping.coded_headers import coded_similarity, coded_words
from core.mapping.domain_facts import DomainFacts
from core.mapping.features import WEIGHTS, domain_agreement, value_matrix
from core.mapping.glossary import glossary
from core.mapping.header_shift import shift_tables
from core.mapping.headers import soft_dice, with_compounds, without_type_prefixes
from core.mapping.lexicon import with_synonyms
from core.mapping.multilingual import meaning_matrix
from core.mapping.scoring import HEADER_FLOOR, combine
from core.mapping.side import HeaderEmbedder, MatchColumn, header_tokens
from core.mapping.types import type_compat
from core.mapping.value_kinds import TEMPORAL, temporal_share
from core.mapping.value_pairs import TOP_K, relation_matrix
from core.mapping.value_profile import profile_matrix
from core.vocab.tokens import normalize_alias

#: evidence, so it must not outweigh a header naming the column itself
ALIAS_HEADER = 0.6
#: share of the token overlap added to an alias hit (two aliases of the domain: the one naming the column wins)
ALIAS_TOKENS = 0.4
#: header similarity credited to two headers sharing a catalog alias concept (core.mapping.lexicon)
CONCEPT_HEADER = 0.5
_EMBEDDER = HashedNgramEmbedder()


def pair_matrices(src: Sequence[MatchColumn], dst: Sequence[MatchColumn], facts: DomainFacts,
                  embedder: HeaderEmbedder | None = None, *, profiles: bool = True,
                  ) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """(combined scores, component matrices) of every (target, source) pair (shipped weights);
    ``profiles``: a source column's stored profile stands in for its values where none were read
    (:mod:`core.mapping.value_profile`)."""
    s_head = without_type_prefixes([c.original_name for c in src], [c.table for c in src])
    d_head = without_type_prefixes([c.original_name for c in dst], [c.table for c in dst])
    s_raw = [c.tokens if h == c.original_name else header_tokens(h) for c, h in zip(src, s_head, strict=True)]
    d_raw = [c.tokens if h == c.original_name else header_tokens(h) for c, h in zip(dst, d_head, strict=True)]
    gl = glossary()
    s_cd, d_cd = coded_words(s_head), coded_words(d_head)  # codes of a standard (SDTM, customs boxes)
    s_gl = [gl.of(h) for h in s_head]
    d_gl = [gl.of(h) for h in d_head]
    s_tok = [with_synonyms(t) | g for t, g in zip(s_raw, s_gl, strict=True)]
    d_tok = [with_synonyms(t) | g for t, g in zip(d_raw, d_gl, strict=True)]
    s_con = [facts.concepts.of(h, t) for h, t in zip(s_head, s_raw, strict=True)]
    d_con = [facts.concepts.of(h, t) for h, t in zip(d_head, d_raw, strict=True)]
    emb = embedder or _EMBEDDER
    es = emb.embed([" ".join(sorted(t)) for t in s_raw])
    ed = emb.embed([" ".join(sorted(t)) for t in d_raw])
    ngram = np.clip(ed @ es.T, 0.0, 1.0) if len(src) and len(dst) else np.zeros((len(dst), len(src)))
    n_d, n_s = len(dst), len(src)
    comp = {k: np.full((n_d, n_s), np.nan) for k in WEIGHTS}
    s_alias = [normalize_alias(h) for h in s_head]
    alias = np.array([[s_alias[j] in facts.aliases.get(d.domain or "", ()) for j in range(n_s)] for d in dst],
                     dtype=bool).reshape(n_d, n_s)
    same = np.array([[s.name == d.name for s in src] for d in dst], dtype=bool).reshape(n_d, n_s)
    concept = np.where(_shared_concepts(d_con, s_con, [d.domain for d in dst], [s.domain for s in src]),
                       CONCEPT_HEADER, 0.0)
    d_cmp = [with_compounds(h, t) for h, t in zip(d_head, d_tok, strict=True)]
    s_cmp = [with_compounds(h, t) for h, t in zip(s_head, s_tok, strict=True)]
    dice = np.maximum(soft_dice(d_tok, s_tok), soft_dice(d_cmp, s_cmp, abbreviations=False))
    # a source header translated word for word (the glossary's English words) against the target header
    # (only where translating added a word: an English header is compared as written)
    # (the translated header: each word's English word, a word without one as it is, e.g. digits)
    s_new = [g | {w for w in t if not gl.english(w)} if not g <= t else frozenset()
             for g, t in zip(s_gl, s_raw, strict=True)]
    dice = np.maximum(dice, soft_dice(d_tok, s_new))
    dice = np.maximum(dice, coded_similarity(d_tok, s_tok, d_cd, s_cd))  # a coded header: the standard's words
    header = np.maximum(np.maximum(np.maximum(dice, ngram * 0.9), concept),
                        np.where(alias, ALIAS_HEADER + ALIAS_TOKENS * dice, 0.0))
    header = np.maximum(header, meaning_matrix(s_head, d_head, header))  # any language the encoder knows
    comp["header"] = np.where(same, 1.0, header)
    types = {(a, b): type_compat(a, b) for a in {c.logical_type for c in src} for b in {c.logical_type for c in dst}}
    for i, d in enumerate(dst):
        for j, s in enumerate(src):
            dom = domain_agreement(s, d, facts.siblings)
            if dom is not None:
                comp["domain"][i, j] = dom
            comp["type"][i, j] = types[(s.logical_type, d.logical_type)]
    # numbers that read as dates (Unix seconds, CYYMMDD) are typed as dates for a temporal target
    dated = [j for j, s in enumerate(src) if s.logical_type in ("int", "float") and s.values
             and (temporal_share(s.values) or 0.0) >= TEMPORAL]
    for j in dated:
        as_date = np.array([type_compat("datetime", d.logical_type) for d in dst])
        comp["type"][:, j] = np.maximum(comp["type"][:, j], as_date)
    # a source without values has a domain guessed from its header alone: where the header is the
    # target's very name, that guess is no independent evidence against it
    blind = np.array([s.values is None for s in src], dtype=bool)[None, :]
    comp["domain"] = np.where(same & blind, np.nan, comp["domain"])
    sampled = np.fmax(value_matrix(src, dst), boolean_matrix(src, dst, comp["header"]))  # yes/no words
    # rows of both sides joined: a value map's relation decides where judged (the shapes' top candidates only)
    related = relation_matrix(src, dst, top_k(sampled, TOP_K))
    sampled = np.where(np.isnan(related), sampled, related)
    values = sampled
    if profiles:  # metadata_only: the source's stored profile stands in where no value was read
        values = np.where(np.isnan(sampled), profile_matrix(src, dst), sampled)
    comp["values"] = values
    # a header row out of step with the data: judged per source table, on the sampled values only (data_mode;
    # a stored profile is no row the header could be out of step with)
    comp["header"] = shift_tables(comp["header"], sampled, [c.table for c in src])
    return combine(comp, WEIGHTS, HEADER_FLOOR), comp


def _shared_concepts(d_con: Sequence[set[str]], s_con: Sequence[set[str]], d_dom: Sequence[str | None],
                     s_dom: Sequence[str | None]) -> np.ndarray:
    """Whether each (target, source) pair shares an alias concept other than either column's own
    domain (sparse incidence products; the own-domain hits are subtracted)."""
    vocab: dict[str, int] = {}
    d_idx = [[vocab.setdefault(c, len(vocab)) for c in sorted(t)] for t in d_con]
    s_idx = [[vocab.setdefault(c, len(vocab)) for c in sorted(t)] for t in s_con]
    width = len(vocab) + 1  # the last column stays 0: "no such concept"

    def mat(idx: list[list[int]]) -> np.ndarray:
        m = np.zeros((len(idx), width), dtype=np.int32)
        for i, cols in enumerate(idx):
            m[i, cols] = 1
        return m

    dm, sm = mat(d_idx), mat(s_idx)
    shared = dm @ sm.T
    kd = np.array([vocab.get(x or "", width - 1) for x in d_dom], dtype=int)
    ks = np.array([vocab.get(x or "", width - 1) for x in s_dom], dtype=int)
    e_d = dm[np.arange(len(d_dom)), kd][:, None] * sm[:, kd].T  # the target's own domain is shared
    e_s = sm[np.arange(len(s_dom)), ks][None, :] * dm[:, ks]  # the source's own domain is shared
    both = e_d * e_s * (kd[:, None] == ks[None, :])
    return np.asarray(shared - e_d - e_s + both > 0)


def top_k(scores: np.ndarray, k: int) -> np.ndarray:
    """Target x source booleans: each target's ``k`` best sources by ``scores`` (NaN ranks last, ties by position)."""
    out = np.zeros(scores.shape, dtype=bool)
    if scores.size == 0:
        return out
    order = np.argsort(-np.nan_to_num(scores, nan=-1.0), axis=1, kind="stable")[:, :k]
    np.put_along_axis(out, order, True, axis=1)
    return out
