"""Matching: per target column a ranked list of source candidates, and the global assignment.

Scores combine the components of :mod:`core.mapping.features` (matrices: :mod:`core.mapping.pair_matrix`).
Composite target domains (``person.full_name`` = first + last) get *compose* candidates from the source
columns holding their parts; part domains get *decompose* candidates from a source holding the whole
(:mod:`core.mapping.groups`). The one-to-one assignment over atomic candidates is solved optimally
(Hungarian algorithm, ``scipy.optimize.linear_sum_assignment``) after compose candidates that beat every
atomic one claimed their sources; targets left over may take a decompose candidate (one source feeding
several targets; :mod:`core.mapping.assignment`). Pairs under :data:`MIN_SCORE` are never assigned.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence

import numpy as np

from core.mapping.allowed_tokens import allowed_token_decomposes
from core.mapping.arith_groups import SUPPORT_GAIN, arith_composes, relation_support
from core.mapping.assignment import assign
from core.mapping.code_slices import slice_decomposes
from core.mapping.context import neighbour_bonus
from core.mapping.date_offsets import GAIN as OFFSET_GAIN
from core.mapping.date_offsets import offset_support
from core.mapping.date_parts import embedded_date_decomposes
from core.mapping.domain_facts import DomainFacts, facts_of
from core.mapping.features import WEIGHTS, Evidence
from core.mapping.fill import fill_matrix, filled_in_examples, group_fill
from core.mapping.group_notes import group_note
from core.mapping.groups import group_candidates
from core.mapping.initial_groups import initial_decomposes
from core.mapping.locator_groups import locator_decomposes
from core.mapping.models import Candidate, MatchReport, SourceRanking, TargetRanking, TargetScore
from core.mapping.name_groups import name_decomposes
from core.mapping.number_batch import number_decomposes
from core.mapping.pair_matrix import pair_matrices
from core.mapping.part_shapes import part_decomposes
from core.mapping.scoring import (
    DEFAULT_PARAMS,
    HEADER_FLOOR,
    MIN_SCORE,
    STRONG_DOMAIN,
    STRONG_HEADER,
    MatchParams,
    combine,
    eligible_pairs,
    params_for,
)
from core.mapping.serials import DEMOTE as DEMOTE_COUNTER
from core.mapping.serials import counter_pairs
from core.mapping.side import HeaderEmbedder, MatchColumn
from core.mapping.time_groups import time_composes
from core.mapping.unit_groups import unit_composes
from core.mapping.value_composes import value_composes
from core.mapping.variety import variety_matrix
from core.vocab.models import DomainCatalog

__all__ = ["DEFAULT_PARAMS", "MIN_SCORE", "WEIGHTS", "DomainFacts", "MatchParams", "combine", "facts_of",
           "match_columns", "rank_columns"]

#: domain agreement below this contradicts a pair below ``min_score``: the weaker bars (``weak_score`` with a strong
#: header, ``filled_score``) do not make it assignable
DOMAIN_CONTRADICT = 0.1


def _label(c: MatchColumn, multi: bool) -> str:
    return f"{c.table}.{c.name}" if multi else c.name


def _ev(comp: dict[str, np.ndarray], i: int, j: int, context: float = 0.0) -> Evidence:
    """Evidence of one pair from the rounded component matrices (values known to be valid: no validation);
    ``context``: the table-context bonus it got (:mod:`core.mapping.context`)."""
    def get(k: str) -> float | None:
        x = float(comp[k][i, j])
        return None if math.isnan(x) else x

    return Evidence.model_construct(domain=get("domain"), header=get("header"), values=get("values"),
                                    type=get("type"), notes=[f"table context +{context:.2f}: a neighbouring column "
                                                             "matches its neighbour"] if context else [])


def no_dates(src: Sequence[MatchColumn]) -> np.ndarray:
    """Per source column: its values were seen and none could write a date (fewer than three digits in each)."""
    return np.array([s.logical_type == "string" and bool(s.values) and all(
        sum(c.isdigit() for c in v) < 3 for v in (s.values or []) if v.strip()) and any(
        v.strip() for v in (s.values or [])) for s in src], dtype=bool)


def match_columns(src: Sequence[MatchColumn], dst: Sequence[MatchColumn], domain_catalog: DomainCatalog | None,
                  *, top: int = 10, mode: str = "metadata_only", embedder: HeaderEmbedder | None = None,
                  params: MatchParams = DEFAULT_PARAMS,
                  matrices: tuple[np.ndarray, dict[str, np.ndarray]] | None = None) -> MatchReport:
    """Rank source candidates for every target column and solve the global assignment.

    ``embedder`` (unit vectors, e.g. a provider-layer or MiniLM embedder) scores header meaning;
    the default is the offline hashed character n-gram embedder. ``params``: weights and thresholds
    (the shipped ones by default). ``matrices``: :func:`core.mapping.pair_matrix.pair_matrices` of
    these very columns computed earlier (they do not depend on ``params``; an eval over many
    parameter sets computes them once)."""
    t0 = time.perf_counter()
    params = params_for(mode, params)
    facts = facts_of(domain_catalog)
    multi = len({c.table for c in src}) > 1
    names = [_label(c, multi) for c in src]
    score, comp = matrices if matrices is not None else pair_matrices(src, dst, facts, embedder)
    if params is not DEFAULT_PARAMS and (dict(params.weights) != WEIGHTS or params.header_floor != HEADER_FLOOR):
        score = combine(comp, params.weights, params.header_floor)
    counters = counter_pairs(src, dst)  # a row counter (1, 2, 3 ...) measures nothing
    counters &= np.nan_to_num(comp["header"]) < STRONG_HEADER
    score = np.where(counters, score * DEMOTE_COUNTER, score)
    base = score
    context = neighbour_bonus(base, src, dst) if params.context else np.zeros(base.shape)
    # neighbours of clear matches break near-ties; dates whose row offsets agree (30 days after the loan) too
    # and numbers whose rows repeat a relation of the target's rows (amount = weight x price)
    score = np.minimum(base + context + OFFSET_GAIN * offset_support(src, dst)
                       + SUPPORT_GAIN * relation_support(src, dst, base), 1.0)
    t1 = time.perf_counter()
    composes, decomposes = group_candidates(src, dst, facts, comp)
    #: which mechanism proposed a target's group candidate (its evidence note says what that mechanism saw)
    why_c: dict[int, str] = {i: "domains" for i, g in composes.items() if g}
    why_d: dict[int, str] = {i: "domains" for i, g in decomposes.items() if g}
    hdr = np.nan_to_num(comp["header"])
    for why, found in (("unit", unit_composes(src, dst, base, domain_catalog)),  # value + unit column
                       ("values", value_composes(src, dst)),  # the examples are made of two columns' values
                       ("time", time_composes(src, dst, base, hdr)),  # date + time of day
                       ("arithmetic", arith_composes(src, dst, base))):  # a product or sum of two columns
        for i, (js, sc) in found.items():
            if composes[i] is None or composes[i][1] < sc:  # type: ignore[index]
                composes[i], why_c[i] = (js, sc), why
    for why, found_d in (("date", embedded_date_decomposes(src, dst, hdr)),  # id -> birth date
                         ("name", name_decomposes(src, dst, facts, hdr)),  # 김민준, Mary Smith
                         ("locator", locator_decomposes(src, dst)),  # Block B / Row 12 / Seat 7
                         ("parts", part_decomposes(src, dst, hdr)),  # NEL^LWAZI: a part's shape
                         ("number", number_decomposes(src, dst, hdr)),  # 131/68 mmHg: the k-th number
                         ("initial", initial_decomposes(src, dst, hdr, domain_catalog))):  # Jelle K. Dijkstra
        for i, (j, sc) in found_d.items():
            if decomposes[i] is None or decomposes[i][1] < sc:  # type: ignore[index]
                decomposes[i], why_d[i] = (j, sc), why
    # characters at one position of a code (HLBU5131224 -> HLBU): only where no other mechanism found a part
    # and categories written inside longer values (NA-EX-VG, Sunsynk 12kW): likewise
    for why, found_f in (("slice", slice_decomposes(src, dst, hdr)),
                         ("tokens", allowed_token_decomposes(src, dst, hdr))):
        for i, (j, sc) in found_f.items():
            if decomposes[i] is None:
                decomposes[i], why_d[i] = (j, sc), why
    rounded = {k: np.round(v, 4) for k, v in comp.items()}
    rankings: list[TargetRanking] = []
    for i, d in enumerate(dst):
        order: list[int] = list(np.argsort(-score[i], kind="stable")[:top]) if len(src) else []
        cands = [Candidate(sources=[names[j]], score=round(float(score[i, j]), 4),
                           evidence=_ev(rounded, i, j, float(context[i, j]))) for j in order]
        if composes[i]:
            js, sc = composes[i]  # type: ignore[misc]
            cands.append(Candidate(sources=[names[j] for j in js], kind="compose", score=sc, evidence=Evidence(
                domain=sc, notes=[group_note("compose", why_c.get(i, "domains"), d, [src[j] for j in js])])))
        if decomposes[i]:
            j, sc = decomposes[i]  # type: ignore[misc]
            cands.append(Candidate(sources=[names[j]], kind="decompose", score=sc, evidence=Evidence(
                domain=sc, notes=[group_note("decompose", why_d.get(i, "domains"), d, [src[j]])])))
        cands.sort(key=lambda c: -c.score)
        rankings.append(TargetRanking(target=d.name, original=d.original_name, domain=d.domain, candidates=cands[:top]))
    # eligibility is judged on the fixed weights the thresholds were set on: the header floor reorders
    # a row's candidates, it does not make a silent-header pair assignable
    plain = base
    if params.header_floor:
        judged = np.zeros(score.shape, dtype=bool)
        for k in params.weights:
            judged |= ~np.isnan(comp[k])
        plain = np.where(judged, combine(comp, params.weights), base)
    eligible = eligible_pairs(plain, comp, params)
    # a weak pair whose domains are known to disagree is not assignable (``p0``/``p1`` for a birth date)
    # (known: the source's domaining made a call; a source left without a domain contradicts nothing)
    assigned = np.array([s.domain is not None for s in src], dtype=bool)[None, :]
    contradicted = assigned & ~np.isnan(comp["domain"]) & (np.nan_to_num(comp["domain"], nan=1.0) < DOMAIN_CONTRADICT)
    # values that cannot hold a date (no value with three digits: ``p0``/``p1``) contradict a date target too,
    # whether or not domaining made a call on them
    contradicted |= no_dates(src)[None, :] & np.array([d.logical_type in ("date", "datetime") for d in dst],
                                                      dtype=bool)[:, None]
    if params.filled_score < params.min_score:  # the examples fill the column: some source feeds it
        filled = np.array([filled_in_examples(d) for d in dst], dtype=bool)[:, None]
        eligible |= filled & (plain >= params.filled_score)
    eligible &= ~(contradicted & (plain < params.min_score))
    eligible &= ~counters
    if params.fill_min:  # the target's examples never fill the column, the source nearly always would
        fill = fill_matrix(src, dst)
        eligible &= ~(fill < params.fill_min)
        strong = (np.nan_to_num(comp["header"]) >= STRONG_HEADER) | (np.nan_to_num(comp["domain"]) >= STRONG_DOMAIN)
        eligible &= ~(variety_matrix(src, dst, strong) < params.fill_min)  # a constant did not write varied examples
        for groups in (composes, decomposes):
            for i, g in groups.items():
                js = (g[0] if isinstance(g[0], list) else [g[0]]) if g else []
                if g and group_fill(fill, i, js) < params.fill_min:
                    groups[i] = None
    # a source whose domain is the composite of the target's part domain holds the part inside a larger value:
    # read whole it is the wrong column (a full name is no last name) unless its header names the target
    for i, g in decomposes.items():
        if g and why_d.get(i) == "domains" and hdr[i, g[0]] < STRONG_HEADER:
            eligible[i, g[0]] = False
    assignment = assign(src, dst, score, composes, decomposes, names, eligible, params.min_score,
                        params.assign_power)
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
