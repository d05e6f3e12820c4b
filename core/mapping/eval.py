"""Matching eval: MRR and top-1 accuracy over labeled correspondences (ROADMAP §21).

A golden directory holds one folder per source/target pair with ``source.csv``, ``target.yaml``
and ``labels.yaml`` (``correspondences: [{target, sources, kind}]``; ``expected.csv`` is for
transform evals and unused here). For every labeled target column the rank of the candidate
whose source set equals the label (order-insensitive) in the matcher's ranking is found; the
candidate the global assignment chose leads the ranking, so top-1 is the plan's choice. A label
with no sources (the target stays empty) counts as correct at rank 1 when the matcher left the
column unmatched. MRR = mean of 1/rank (0 when absent from the top 10).

A source exported without a header row is read by the loader with ``column_1..column_N`` names (the first
record is data); labels written as if the first record were the header name its cells, so those names are
translated to the loader's (:func:`headerless_labels`). A cell that occurs in several columns of that record
names no one column: the label counts as a hit on any of them (its ``alternatives``).
"""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from core.mapping.match import rank_columns
from core.mapping.models import MatchReport
from core.thresholds import ThresholdProfile, load_threshold_profile
from core.vocab.catalog_loader import load_domain_catalog
from core.vocab.models import DomainCatalog
from core.yamlio import read_yaml

TARGET_TOP1 = 0.90
TARGET_MRR = 0.93


class PairResult(BaseModel):
    """Eval figures of one pair."""

    pair: str
    labels: int
    top1: float
    mrr: float
    seconds: float
    misses: list[dict[str, Any]] = Field(default_factory=list)
    top1_any_kind: float = 0.0
    mrr_any_kind: float = 0.0


class MappingEvalReport(BaseModel):
    """Figures over all pairs of a golden directory, per mode."""

    directory: str
    mode: str
    pairs: list[PairResult]
    labels: int
    top1: float
    mrr: float
    meets_targets: bool
    top1_any_kind: float = 0.0
    mrr_any_kind: float = 0.0


#: label kinds that take the whole value of one source (copied or converted): the matcher's ``atomic``
WHOLE_VALUE_KINDS = frozenset({"atomic", "reformat", "date_format", "unit", "value_map", "type_cast"})


def kind_fits(label_kind: str | None, n_sources: int, candidate_kind: str) -> bool:
    """Whether a candidate of ``candidate_kind`` is what a label of ``label_kind`` over ``n_sources`` asks for.

    Several sources make a compose whatever the label calls it (a value and its unit column: ``unit``); one
    source is a ``decompose`` candidate for a ``decompose`` label and an atomic one for the whole-value kinds.
    A label without a kind (or an unknown one) accepts any kind."""
    if n_sources > 1:
        return candidate_kind == "compose"
    if label_kind == "decompose":
        return candidate_kind == "decompose"
    if label_kind in WHOLE_VALUE_KINDS:
        return candidate_kind == "atomic"
    return True


def _rank(report: MatchReport, target: str, sources: list[str], kind: str | None = None) -> int | None:
    """Rank of the first candidate with these sources (and, with ``kind``, a fitting kind) in the target's ranking."""
    if not sources:
        return 1 if target in report.unmatched_targets else None
    want = sorted(sources)
    try:
        ranking = report.ranking(target)
    except KeyError:
        return None
    for i, c in enumerate(ranking.candidates, start=1):
        if sorted(c.sources) == want and (kind is None or kind_fits(kind, len(want), c.kind)):
            return i
    return None


def eval_pair(folder: Path, *, mode: str, opener: object, domain_catalog: DomainCatalog | None = None,
              profile: ThresholdProfile | None = None) -> PairResult:
    """Rank one pair and score it against its labels (catalog and profile: the shipped ones by default)."""
    t0 = time.perf_counter()
    report = rank_columns(str(folder / "source.csv"), str(folder / "target.yaml"), mode=mode, opener=opener,
                          domain_catalog=domain_catalog or load_domain_catalog(),
                          profile=profile or load_threshold_profile("tp_default_v1"))
    names = [s.original or s.source for s in report.sources]
    labels = headerless_labels(labels_of(folder), folder / "source.csv", names)
    return score_report(folder.name, report, labels, time.perf_counter() - t0)


def labels_of(folder: Path) -> list[dict[str, Any]]:
    """The labeled correspondences of a pair folder."""
    return list((read_yaml(folder / "labels.yaml") or {}).get("correspondences", []))


_GENERATED = re.compile(r"column_(\d+)")


def first_record(source: Path) -> list[str]:
    """The file's first record as the loader reads it (:func:`core.ingest.files.open_table`'s sniffing: the
    same encoding, delimiter and quoting)."""
    from core.ingest.files import file_suffix
    from core.ingest.sniff import sniff_text

    return sniff_text(source, default_delimiter="\t" if ".tsv" in (file_suffix(source) or "") else ",").header


def headerless_labels(corr: list[dict[str, Any]], source_csv: Path, originals: Sequence[str]) -> list[dict[str, Any]]:
    """``corr`` with source names translated where the loader found no header row in ``source_csv``.

    The loader then names the columns ``column_1..column_N``; a label naming a cell of the file's first
    record (as if it were the header) means the column at that position. A cell repeated in that record is
    ambiguous: the label gets ``alternatives``, one source list per reading, any of which is a hit
    (:func:`score_report`). Otherwise ``corr`` is returned as is."""
    nums = [_GENERATED.fullmatch(o) for o in originals]
    if not originals or not all(nums) or not source_csv.exists():
        return corr
    first = first_record(source_csv)
    if len(first) != len(originals):
        return corr
    by_cell: dict[str, list[str]] = {}
    for k, cell in enumerate(first, start=1):
        by_cell.setdefault(cell, []).append(f"column_{k}")
    known = set(originals)
    out = []
    for c in corr:
        choices = [[s] if s in known else by_cell.get(s, [s]) for s in (c.get("sources") or [])]
        readings = [list(r) for r in itertools.product(*choices)]
        row = {**c, "sources": readings[0] if readings else []}
        if len(readings) > 1:
            row["alternatives"] = readings
        out.append(row)
    return out


def score_report(pair: str, report: MatchReport, corr: list[dict[str, Any]], secs: float = 0.0) -> PairResult:
    """Top-1 and MRR of one match report against its labeled correspondences."""
    ranks: list[int | None] = []
    loose: list[int | None] = []
    misses = []
    s_names = {s.original: s.source for s in report.sources}
    t_names = {t.original: t.target for t in report.targets}
    for c in corr:
        srcs = [s for s in (c.get("sources") or [])]
        tgt = t_names.get(c["target"], _std(c["target"]))
        alts = [[s_names.get(s, _std(s)) for s in alt] for alt in c.get("alternatives") or [srcs]]
        r = min((x for x in (_rank(report, tgt, a, c.get("kind") or "") for a in alts) if x is not None), default=None)
        loose.append(min((x for x in (_rank(report, tgt, a) for a in alts) if x is not None), default=None))
        ranks.append(r)
        if r != 1:
            a = report.assigned(tgt)
            misses.append({"target": c["target"], "want": srcs, "want_kind": c.get("kind"), "rank": r,
                           "got": a.sources if a else [], "got_kind": a.kind if a else None})
    n = len(ranks)
    return PairResult(pair=pair, labels=n, top1=_top1(ranks), mrr=_mrr(ranks), seconds=round(secs, 3), misses=misses,
                      top1_any_kind=_top1(loose), mrr_any_kind=_mrr(loose))


def _top1(ranks: list[int | None]) -> float:
    return sum(r == 1 for r in ranks) / len(ranks) if ranks else 0.0


def _mrr(ranks: list[int | None]) -> float:
    return sum(1 / r for r in ranks if r) / len(ranks) if ranks else 0.0


def _std(name: str) -> str:
    from core.ingest.standardize import standardize_headers

    return standardize_headers([name])[0][0]


def run_mapping_eval(directory: Path, *, mode: str = "data_mode", opener: object = None) -> MappingEvalReport:
    """Eval every pair folder under ``directory`` (micro-averaged over labels)."""
    catalog, profile = load_domain_catalog(), load_threshold_profile("tp_default_v1")  # once, not per pair
    pairs = [eval_pair(p, mode=mode, opener=opener, domain_catalog=catalog, profile=profile)
             for p in sorted(directory.iterdir()) if p.is_dir() and (p / "labels.yaml").exists()]
    n = sum(p.labels for p in pairs)

    def micro(field: str) -> float:
        return round(sum(getattr(p, field) * p.labels for p in pairs) / n, 4) if n else 0.0

    top1, mrr = micro("top1"), micro("mrr")
    return MappingEvalReport(directory=str(directory), mode=mode, pairs=pairs, labels=n, top1=top1, mrr=mrr,
                             meets_targets=top1 >= TARGET_TOP1 and mrr >= TARGET_MRR,
                             top1_any_kind=micro("top1_any_kind"), mrr_any_kind=micro("mrr_any_kind"))


def format_report(rep: MappingEvalReport, *, errors: bool = False) -> str:
    """Human-readable lines."""
    lines = [f"mapping eval {rep.directory} ({rep.mode}): {len(rep.pairs)} pairs, {rep.labels} labels, "
             f"top-1 {rep.top1:.3f} (target {TARGET_TOP1}), MRR {rep.mrr:.3f} (target {TARGET_MRR})"
             + ("  OK" if rep.meets_targets else "  BELOW TARGET")
             + f" (without the kind check {rep.top1_any_kind:.3f} / {rep.mrr_any_kind:.3f})"]
    for p in rep.pairs:
        lines.append(f"  {p.pair:<32} labels {p.labels:>3}  top-1 {p.top1:.3f}  MRR {p.mrr:.3f}  {p.seconds:.2f}s")
        if errors:
            lines += [f"      {m['target']}: want {m['want']} ({m.get('want_kind')}) "
                      f"got {m['got']} ({m.get('got_kind')}) "
                      f"(rank {m['rank']})" for m in p.misses]
    return "\n".join(lines)
