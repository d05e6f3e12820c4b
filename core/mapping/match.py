"""Matching: per target column a ranked list of source candidates, and the global assignment.

Scores combine the components of :mod:`core.mapping.features`. Composite target domains
(``person.full_name`` = first + last) get *compose* candidates from the source columns holding
their parts; part domains get *decompose* candidates from a source holding the whole. The
one-to-one assignment over atomic candidates is solved optimally (Hungarian algorithm,
``scipy.optimize.linear_sum_assignment``) after compose candidates that beat every atomic one
claimed their sources; targets left over may take a decompose candidate (one source feeding
several targets). Pairs under :data:`MIN_SCORE` are never assigned.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence

import numpy as np
from scipy.optimize import linear_sum_assignment

from core.domains.embedding import HashedNgramEmbedder
from core.mapping.features import WEIGHTS, Evidence, containment_matrix, domain_agreement, value_matrix
from core.mapping.glossary import glossary
from core.mapping.headers import soft_dice, with_compounds
from core.mapping.lexicon import AliasConcepts, with_synonyms
from core.mapping.models import Assignment, Candidate, MatchReport, SourceRanking, TargetRanking, TargetScore
from core.mapping.scoring import (
    DEFAULT_PARAMS,
    HEADER_FLOOR,
    MIN_SCORE,
    MatchParams,
    combine,
    eligible_pairs,
)
from core.mapping.side import HeaderEmbedder, MatchColumn
from core.mapping.types import type_compat
from core.vocab.models import DomainCatalog
from core.vocab.tokens import normalize_alias

#: header similarity credited when the source header is an alias of the target's domain: domain-level
#: evidence, so it must not outweigh a header naming the column itself
ALIAS_HEADER = 0.6
#: share of the token overlap added to an alias hit (two aliases of the domain: the one naming the column wins)
ALIAS_TOKENS = 0.4
#: header similarity credited to two headers sharing a catalog alias concept (core.mapping.lexicon)
CONCEPT_HEADER = 0.5
#: a decompose candidate from value containment: at least this share of the target's examples inside
#: the source's values; scored CONTAIN_BASE + CONTAIN_GAIN x share
CONTAIN_MIN = 0.6
CONTAIN_BASE = 0.35
CONTAIN_GAIN = 0.4
#: compose score cap when some source column already has the composite's domain itself
COMPOSE_WITH_WHOLE = 0.5
_EMBEDDER = HashedNgramEmbedder()


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


def _label(c: MatchColumn, multi: bool) -> str:
    return f"{c.table}.{c.name}" if multi else c.name


def _matrices(src: Sequence[MatchColumn], dst: Sequence[MatchColumn], facts: DomainFacts,
              embedder: HeaderEmbedder | None = None) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    s_raw = [c.tokens for c in src]
    d_raw = [c.tokens for c in dst]
    gl = glossary()
    s_tok = [with_synonyms(t) | gl.of(c.original_name) for c, t in zip(src, s_raw, strict=True)]
    d_tok = [with_synonyms(t) | gl.of(c.original_name) for c, t in zip(dst, d_raw, strict=True)]
    s_con = [facts.concepts.of(c.original_name, t) for c, t in zip(src, s_raw, strict=True)]
    d_con = [facts.concepts.of(c.original_name, t) for c, t in zip(dst, d_raw, strict=True)]
    emb = embedder or _EMBEDDER
    es = emb.embed([" ".join(sorted(t)) for t in s_raw])
    ed = emb.embed([" ".join(sorted(t)) for t in d_raw])
    ngram = np.clip(ed @ es.T, 0.0, 1.0) if len(src) and len(dst) else np.zeros((len(dst), len(src)))
    n_d, n_s = len(dst), len(src)
    comp = {k: np.full((n_d, n_s), np.nan) for k in WEIGHTS}
    s_alias = [normalize_alias(c.original_name) for c in src]
    alias = np.array([[s_alias[j] in facts.aliases.get(d.domain or "", ()) for j in range(n_s)] for d in dst],
                     dtype=bool).reshape(n_d, n_s)
    same = np.array([[s.name == d.name for s in src] for d in dst], dtype=bool).reshape(n_d, n_s)
    concept = np.where(_shared_concepts(d_con, s_con, [d.domain for d in dst], [s.domain for s in src]),
                       CONCEPT_HEADER, 0.0)
    d_cmp = [with_compounds(c.original_name, t) for c, t in zip(dst, d_tok, strict=True)]
    s_cmp = [with_compounds(c.original_name, t) for c, t in zip(src, s_tok, strict=True)]
    dice = np.maximum(soft_dice(d_tok, s_tok), soft_dice(d_cmp, s_cmp, abbreviations=False))
    header = np.maximum(np.maximum(np.maximum(dice, ngram * 0.9), concept),
                        np.where(alias, ALIAS_HEADER + ALIAS_TOKENS * dice, 0.0))
    comp["header"] = np.where(same, 1.0, header)
    types = {(a, b): type_compat(a, b) for a in {c.logical_type for c in src} for b in {c.logical_type for c in dst}}
    for i, d in enumerate(dst):
        for j, s in enumerate(src):
            dom = domain_agreement(s, d, facts.siblings)
            if dom is not None:
                comp["domain"][i, j] = dom
            comp["type"][i, j] = types[(s.logical_type, d.logical_type)]
    # a source without values has a domain guessed from its header alone: where the header is the
    # target's very name, that guess is no independent evidence against it
    blind = np.array([s.values is None for s in src], dtype=bool)[None, :]
    comp["domain"] = np.where(same & blind, np.nan, comp["domain"])
    comp["values"] = value_matrix(src, dst)
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


def _ev(comp: dict[str, np.ndarray], i: int, j: int) -> Evidence:
    """Evidence of one pair from the rounded component matrices (values known to be valid: no validation)."""
    def get(k: str) -> float | None:
        x = float(comp[k][i, j])
        return None if math.isnan(x) else x

    return Evidence.model_construct(domain=get("domain"), header=get("header"), values=get("values"),
                                    type=get("type"), notes=[])


def _best_by_domain(src: Sequence[MatchColumn], domain: str, used: set[int]) -> tuple[int, float] | None:
    best: tuple[int, float] | None = None
    for j, s in enumerate(src):
        if j in used:
            continue
        sc = 1.0 if s.domain == domain else s.domain_candidates.get(domain, 0.0) * 0.9
        if sc >= 0.6 and (best is None or sc > best[1]):
            best = (j, sc)
    return best


def _compose(src: Sequence[MatchColumn], d: MatchColumn, facts: DomainFacts) -> tuple[list[int], float] | None:
    parts = facts.composites.get(d.domain or "")
    if not parts:
        return None
    picked: list[int] = []
    scores: list[float] = []
    for p in parts:
        hit = _best_by_domain(src, p, set(picked))
        if hit:
            picked.append(hit[0])
            scores.append(hit[1])
    if len(picked) < 2:
        return None
    sc = 0.97 * float(np.mean(scores)) * (len(picked) / len(parts)) ** 0.5
    if any(s.domain == d.domain for s in src):
        sc = min(sc, COMPOSE_WITH_WHOLE)  # a source already holds the whole: composing is the fallback
    return picked, round(sc, 4)


def _decompose(src: Sequence[MatchColumn], d: MatchColumn, facts: DomainFacts,
               header: np.ndarray) -> tuple[int, float] | None:
    """The best source holding a whole whose part is ``d``'s domain; scored by the header fit."""
    wholes = facts.parts_of.get(d.domain or "", [])
    best: tuple[int, float] | None = None
    for j, s in enumerate(src):
        if s.domain in wholes:
            sc = 0.5 + 0.35 * float(header[j])
        else:
            continue
        if best is None or sc > best[1]:
            best = (j, round(sc, 4))
    return best


def match_columns(src: Sequence[MatchColumn], dst: Sequence[MatchColumn], domain_catalog: DomainCatalog | None,
                  *, top: int = 10, mode: str = "metadata_only", embedder: HeaderEmbedder | None = None,
                  params: MatchParams = DEFAULT_PARAMS) -> MatchReport:
    """Rank source candidates for every target column and solve the global assignment.

    ``embedder`` (unit vectors, e.g. a provider-layer or MiniLM embedder) scores header meaning;
    the default is the offline hashed character n-gram embedder. ``params``: weights and thresholds
    (the shipped ones by default)."""
    t0 = time.perf_counter()
    facts = facts_of(domain_catalog)
    multi = len({c.table for c in src}) > 1
    names = [_label(c, multi) for c in src]
    score, comp = _matrices(src, dst, facts, embedder)
    if params is not DEFAULT_PARAMS and (dict(params.weights) != WEIGHTS or params.header_floor != HEADER_FLOOR):
        score = combine(comp, params.weights, params.header_floor)
    t1 = time.perf_counter()
    composes = {i: _compose(src, d, facts) for i, d in enumerate(dst)}
    head = np.nan_to_num(comp["header"], nan=0.0)
    decomposes = {i: _decompose(src, d, facts, head[i]) for i, d in enumerate(dst)}
    if any(d.values for d in dst):  # data_mode / target examples: parts found inside larger values
        inside = containment_matrix(src, dst)
        vals = np.nan_to_num(comp["values"], nan=0.0)
        for i in range(len(dst)):
            j = int(np.argmax(inside[i])) if len(src) else 0
            if len(src) and inside[i, j] >= CONTAIN_MIN and vals[i, j] < 0.5:
                sc = round(CONTAIN_BASE + CONTAIN_GAIN * float(inside[i, j]), 4)
                if decomposes[i] is None or decomposes[i][1] < sc:  # type: ignore[index]
                    decomposes[i] = (j, sc)
    rounded = {k: np.round(v, 4) for k, v in comp.items()}
    rankings: list[TargetRanking] = []
    for i, d in enumerate(dst):
        order: list[int] = list(np.argsort(-score[i], kind="stable")[:top]) if len(src) else []
        cands = [Candidate(sources=[names[j]], score=round(float(score[i, j]), 4), evidence=_ev(rounded, i, j))
                 for j in order]
        if composes[i]:
            js, sc = composes[i]  # type: ignore[misc]
            cands.append(Candidate(sources=[names[j] for j in js], kind="compose", score=sc, evidence=Evidence(
                domain=sc, notes=[f"composite {d.domain} from {[src[j].domain for j in js]}"])))
        if decomposes[i]:
            j, sc = decomposes[i]  # type: ignore[misc]
            cands.append(Candidate(sources=[names[j]], kind="decompose", score=sc, evidence=Evidence(
                domain=sc, notes=[f"{d.domain} is a part of {src[j].domain}"])))
        cands.sort(key=lambda c: -c.score)
        rankings.append(TargetRanking(target=d.name, original=d.original_name, domain=d.domain, candidates=cands[:top]))
    # eligibility is judged on the fixed weights the thresholds were set on: the header floor reorders
    # a row's candidates, it does not make a silent-header pair assignable
    plain = score
    if params.header_floor:
        judged = np.zeros(score.shape, dtype=bool)
        for k in params.weights:
            judged |= ~np.isnan(comp[k])
        plain = np.where(judged, combine(comp, params.weights), score)
    eligible = eligible_pairs(plain, comp, params)
    assignment = _assign(src, dst, score, composes, decomposes, names, eligible, params.min_score)
    for r in rankings:  # the assigned candidate leads its target's ranking
        a = next((a for a in assignment if a.target == r.target), None)
        if a:
            r.candidates.sort(key=lambda c: (not (c.sources == a.sources and c.kind == a.kind), -c.score))
    t2 = time.perf_counter()
    by_src = []
    for j, s in enumerate(src):
        order = list(np.argsort(-score[:, j], kind="stable")[:top]) if len(dst) else []
        by_src.append(SourceRanking(source=names[j], original=s.original_name, domain=s.domain, candidates=[
            TargetScore(target=dst[i].name, score=round(float(score[i, j]), 4)) for i in order]))
    used = {s for a in assignment for s in a.sources}
    return MatchReport(
        mode=mode, targets=rankings, sources=by_src, assignment=assignment,
        unmatched_targets=[d.name for d in dst if not any(a.target == d.name for a in assignment)],
        unused_sources=[n for n in names if n not in used],
        timings={"features_s": round(t1 - t0, 4), "assignment_s": round(t2 - t1, 4),
                 "total_s": round(time.perf_counter() - t0, 4)})


def _assign(src: Sequence[MatchColumn], dst: Sequence[MatchColumn], score: np.ndarray,
            composes: dict[int, tuple[list[int], float] | None], decomposes: dict[int, tuple[int, float] | None],
            names: list[str], eligible: np.ndarray, min_score: float = MIN_SCORE) -> list[Assignment]:
    out: dict[int, Assignment] = {}
    used: set[int] = set()
    best_atomic = score.max(axis=1) if score.size else np.zeros(len(dst))
    for i, comp in sorted(composes.items(), key=lambda kv: -(kv[1][1] if kv[1] else 0)):
        if comp and comp[1] >= min_score and comp[1] > best_atomic[i]:
            # the parts stay available: one source may feed its own target and the composite
            out[i] = Assignment(target=dst[i].name, sources=[names[j] for j in comp[0]], kind="compose",
                                score=comp[1], margin=round(comp[1] - float(best_atomic[i]), 4))
    rows = [i for i in range(len(dst)) if i not in out]
    cols = [j for j in range(len(src)) if j not in used]
    if rows and cols:
        sub = np.where(eligible[np.ix_(rows, cols)], score[np.ix_(rows, cols)], -1.0)
        r_idx, c_idx = linear_sum_assignment(-sub)
        for r, c in zip(r_idx, c_idx, strict=True):
            i, j = rows[r], cols[c]
            sc = float(score[i, j])
            dec = decomposes.get(i)
            if dec and dec[1] > sc:
                continue
            if eligible[i, j]:
                others = np.delete(score[i], j)
                margin = sc - float(others.max()) if others.size else sc
                out[i] = Assignment(target=dst[i].name, sources=[names[j]], kind="atomic", score=round(sc, 4),
                                    margin=round(margin, 4))
    for i, comp in composes.items():  # a composite left without a source takes its parts
        if i not in out and comp and comp[1] >= min_score:
            out[i] = Assignment(target=dst[i].name, sources=[names[j] for j in comp[0]], kind="compose",
                                score=comp[1], margin=round(comp[1] - float(best_atomic[i]), 4))
    for i, dec in decomposes.items():
        if i not in out and dec and dec[1] >= min_score:
            out[i] = Assignment(target=dst[i].name, sources=[names[dec[0]]], kind="decompose", score=dec[1],
                                margin=0.2)
    return [out[i] for i in sorted(out)]


def rank_columns(source: str, target: str, *, top: int = 10, mode: str = "metadata_only",
                 opener: object | None = None, domain_catalog: DomainCatalog | None = None,
                 profile: object | None = None, embedder: HeaderEmbedder | None = None,
                 params: MatchParams = DEFAULT_PARAMS) -> MatchReport:
    """Rank the columns of any two tables without a run, in both directions.

    ``source`` and ``target`` are each a data file (CSV/Parquet), a schema file (YAML/JSON) or an
    SQL table ``URL#table``; ``mode`` ``data_mode`` reads up to 1,000 rows of each into memory for
    value evidence (never stored). ``opener`` opens data files and SQL URLs
    (``adapters.sources.open_source``); it is needed unless both sides are schema files.
    """
    from core.mapping.loading import load_source_side, load_target_side
    from core.thresholds import ThresholdProfile, load_threshold_profile
    from core.vocab.catalog_loader import load_domain_catalog

    t0 = time.perf_counter()
    dc = domain_catalog or load_domain_catalog()
    prof = profile if isinstance(profile, ThresholdProfile) else load_threshold_profile("tp_default_v1")
    data = mode == "data_mode"
    s = load_source_side(source, opener, data_mode=data, domain_catalog=dc, profile=prof)  # type: ignore[arg-type]
    t1 = time.perf_counter()
    d = load_target_side(target, opener, data_mode=data, domain_catalog=dc, profile=prof)  # type: ignore[arg-type]
    t2 = time.perf_counter()
    report = match_columns(s.columns, d.columns, dc, top=top, mode=mode, embedder=embedder, params=params)
    report.timings.update({"load_source_s": round(t1 - t0, 4), "load_target_s": round(t2 - t1, 4),
                           "total_s": round(time.perf_counter() - t0, 4)})
    return report
