"""Golden-set evaluation of domaining (ROADMAP §43, §46, Phase 2 DoD).

Metrics over the golden tables (labels: a domain id or null = "no catalog domain fits"):

* per-domain precision / recall / F1 and micro/macro aggregates (an unknown prediction is a miss);
* Brier score of the top candidate's score as the probability that it is the label, and a
  10-bin reliability curve (mean confidence vs accuracy per bin);
* ``high_correct_fraction``: labeled columns assigned in the High band *and* correct (DoD ≥ 0.90);
* column-level PII detection: truth = the labeled domain is PII; prediction = the assignment's
  ``pii`` flag, which is the assigned domain's PII flag, or — for a column left unknown — True
  when the top candidate reached the borderline band and every candidate within 0.05 of it is a
  PII domain (which name part is uncertain, that it is personal data is not; see
  ``core.domains.stage._pii_prior``). Recall ≥ 0.98 and precision ≥ 0.97 are the §46 targets.

Entry point: ``python -m core.domains.eval [--mode data_mode|metadata_only|both] [--errors] [--json]
[--golden-dir DIR] [--held-out]`` (default: the dev set ``assets_config/golden/dev/base``; the other sets
are ``golden/dev/<set>`` and ``golden/blind/<set>``, ``--held-out`` adds one summary line per set and mode,
ending in the set's status so blind and dev figures are never mixed up).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, Field

from core.catalog import SamplePack
from core.domains.arbiter import rules_arbiter_for
from core.domains.exact_index import ExactVectorIndex
from core.domains.golden import (
    dev_dir,
    held_out_dirs,
    load_golden,
    set_status,
    to_catalog,
    to_sample_packs,
)
from core.domains.ports import Arbiter, VectorIndexPort
from core.domains.scoring import Band
from core.domains.stage import classify
from core.thresholds import ThresholdProfile, load_threshold_profile
from core.vocab.catalog_loader import load_domain_catalog
from core.vocab.models import DomainCatalog

TARGETS = {"high_correct_fraction": 0.90, "pii_recall": 0.98, "pii_precision": 0.97}


class DomainMetrics(BaseModel):
    """Precision/recall/F1 of one domain."""

    support: int
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float


class ReliabilityBin(BaseModel):
    """One bin of the reliability curve."""

    lo: float
    hi: float
    count: int
    mean_confidence: float
    accuracy: float


class EvalError(BaseModel):
    """A labeled column the stage got wrong (or did not assign)."""

    table: str
    column: str
    label: str | None
    predicted: str | None
    band: str
    score: float


class EvalReport(BaseModel):
    """Golden-set evaluation report."""

    mode: str
    catalog_version: str
    threshold_profile_id: str
    tables: int
    columns: int
    labeled: int
    micro_precision: float
    micro_recall: float
    micro_f1: float
    macro_f1: float
    brier: float
    reliability: list[ReliabilityBin]
    high_fraction: float
    high_correct_fraction: float
    high_precision: float
    pii_recall: float
    pii_precision: float
    pii_support: int
    bands: dict[str, int]
    per_domain: dict[str, DomainMetrics]
    errors: list[EvalError] = Field(default_factory=list)
    targets_met: dict[str, bool] = Field(default_factory=dict)


def _div(a: float, b: float) -> float:
    return round(a / b, 4) if b else 0.0


def _f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def run_golden_eval(
    domain_catalog: DomainCatalog | None = None,
    *,
    mode: str = "data_mode",
    golden_dir: Path | None = None,
    index_factory: Callable[[], VectorIndexPort] = ExactVectorIndex,
    arbiter: Arbiter | None = None,
    profile: ThresholdProfile | None = None,
    pack_transform: Callable[[list[SamplePack]], list[SamplePack]] | None = None,
) -> EvalReport:
    """Classify every golden column (with values in data_mode, headers only in metadata_only) and score.
    ``pack_transform`` (data_mode): applied to the golden Sample Packs first, e.g. the PII masker, to measure
    domaining on what a run stores (``core.ingest.pii_eval.masked_packs``)."""
    cat = domain_catalog or load_domain_catalog()
    golden_dir = dev_dir() if golden_dir is None else golden_dir
    prof = profile or load_threshold_profile("tp_default_v1")
    tables = load_golden(golden_dir)
    packs = to_sample_packs(tables) if mode == "data_mode" else None
    if packs is not None and pack_transform is not None:
        packs = pack_transform(packs)
    out, _, _ = classify(to_catalog(tables), packs, domain_catalog=cat, index=index_factory(),
                         arbiter=arbiter or rules_arbiter_for(cat), profile=prof)
    labels = [c.domain for t in tables for c in t.columns]
    pii_of = {d.id: d.pii for d in cat.domains}
    per: dict[str, list[int]] = {}
    errors: list[EvalError] = []
    brier = 0.0
    bins = [[0, 0.0, 0] for _ in range(10)]
    for a, label in zip(out, labels, strict=True):
        pred = a.domain_id
        for d in {x for x in (pred, label) if x}:
            per.setdefault(d, [0, 0, 0, 0])
        if label:
            per[label][0] += 1
        if pred and pred == label:
            per[pred][1] += 1
        else:
            if pred:
                per[pred][2] += 1
            if label:
                per[label][3] += 1
            if label or pred:
                errors.append(EvalError(table=a.table, column=a.column, label=label, predicted=pred,
                                        band=a.band.value, score=a.score))
        top = a.candidates[0] if a.candidates else None
        p = top.score if top else 0.0
        hit = 1.0 if top is not None and top.domain_id == label else 0.0
        brier += (p - hit) ** 2
        b = bins[min(int(p * 10), 9)]
        b[0] += 1
        b[1] += p
        b[2] += int(hit)
    labeled = sum(1 for x in labels if x)
    tp = sum(v[1] for v in per.values())
    fp = sum(v[2] for v in per.values())
    per_domain = {}
    for d, (sup, t_, f_p, f_n) in sorted(per.items()):
        p_, r_ = _div(t_, t_ + f_p), _div(t_, t_ + f_n)
        per_domain[d] = DomainMetrics(support=sup, tp=t_, fp=f_p, fn=f_n, precision=p_, recall=r_, f1=_f1(p_, r_))
    supported = [m.f1 for m in per_domain.values() if m.support > 0]
    high = [(a, lab) for a, lab in zip(out, labels, strict=True) if a.band is Band.HIGH]
    pii_true = [bool(lab and pii_of.get(lab)) for lab in labels]
    pii_pred = [a.pii for a in out]
    ptp = sum(1 for t_, p_ in zip(pii_true, pii_pred, strict=True) if t_ and p_)
    mp, mr = _div(tp, tp + fp), _div(tp, labeled)
    rep = EvalReport(
        mode=mode, catalog_version=cat.version, threshold_profile_id=prof.profile_id, tables=len(tables),
        columns=len(out), labeled=labeled, micro_precision=mp, micro_recall=mr, micro_f1=_f1(mp, mr),
        macro_f1=round(sum(supported) / len(supported), 4) if supported else 0.0,
        brier=round(brier / len(out), 4) if out else 0.0,
        reliability=[ReliabilityBin(lo=i / 10, hi=(i + 1) / 10, count=c, mean_confidence=_div(s, c),
                                    accuracy=_div(h, c)) for i, (c, s, h) in enumerate(bins) if c],
        high_fraction=_div(len(high), len(out)),
        high_correct_fraction=_div(sum(1 for a, lab in high if lab and a.domain_id == lab), labeled),
        high_precision=_div(sum(1 for a, lab in high if a.domain_id == lab), len(high)),
        pii_recall=_div(ptp, sum(pii_true)), pii_precision=_div(ptp, sum(pii_pred)), pii_support=sum(pii_true),
        bands={b.value: sum(1 for a in out if a.band is b) for b in Band}, per_domain=per_domain, errors=errors)
    rep.targets_met = {k: getattr(rep, k) >= v for k, v in TARGETS.items()}
    return rep


def format_report(rep: EvalReport, show_errors: bool = False) -> str:
    """Human-readable report text."""
    lines = [
        f"golden eval  mode={rep.mode}  catalog={rep.catalog_version}  profile={rep.threshold_profile_id}",
        f"tables={rep.tables} columns={rep.columns} labeled={rep.labeled} bands={rep.bands}",
        f"micro P/R/F1 = {rep.micro_precision:.3f} / {rep.micro_recall:.3f} / {rep.micro_f1:.3f}   "
        f"macro F1 = {rep.macro_f1:.3f}   Brier = {rep.brier:.4f}",
        f"High-and-correct = {rep.high_correct_fraction:.3f} (target >= 0.90)   High precision = "
        f"{rep.high_precision:.3f}",
        f"PII recall = {rep.pii_recall:.3f} (>= 0.98)  PII precision = {rep.pii_precision:.3f} (>= 0.97)  "
        f"support={rep.pii_support}",
        "targets met: " + ", ".join(f"{k}={'yes' if v else 'NO'}" for k, v in rep.targets_met.items()),
        "reliability: " + "  ".join(f"[{b.lo:.1f},{b.hi:.1f}) n={b.count} conf={b.mean_confidence:.2f} "
                                    f"acc={b.accuracy:.2f}" for b in rep.reliability),
    ]
    if show_errors:
        lines.append(f"errors ({len(rep.errors)}):")
        lines += [f"  {e.table}.{e.column}: label={e.label} predicted={e.predicted} band={e.band} score={e.score:.2f}"
                  for e in rep.errors]
    return "\n".join(lines)


def summary_line(name: str, rep: EvalReport, status: str | None = None) -> str:
    """One line of headline figures (for comparing the dev set with the other sets); ``status``: dev/blind."""
    return (f"{name:<10} {rep.mode:<14} tables={rep.tables:<3} labeled={rep.labeled:<4} "
            f"High-and-correct={rep.high_correct_fraction:.3f} High precision={rep.high_precision:.3f} "
            f"PII recall={rep.pii_recall:.3f} PII precision={rep.pii_precision:.3f}"
            + (f" status={status}" if status else ""))


def set_statuses(root: Path | None = None) -> dict[str, str]:
    """Set name -> ``dev``/``blind`` for every set :func:`held_out_reports` reports."""
    return {d.name: set_status(d) for d in held_out_dirs(root)}


def held_out_reports(domain_catalog: DomainCatalog | None = None, *, modes: tuple[str, ...] = ("metadata_only",
                     "data_mode"), root: Path | None = None) -> dict[str, dict[str, EvalReport]]:
    """Reports of every set besides the default dev set (:func:`core.domains.golden.held_out_dirs`) per mode:
    how well the catalog generalizes (blind sets: tables it was never tuned on; see each set's README)."""
    return {d.name: {m: run_golden_eval(domain_catalog, mode=m, golden_dir=d) for m in modes}
            for d in held_out_dirs(root)}


def main(argv: list[str] | None = None) -> int:
    """CLI entry point: print the golden eval report(s)."""
    ap = argparse.ArgumentParser(prog="python -m core.domains.eval", description=__doc__.split("\n")[0])
    ap.add_argument("--mode", choices=["data_mode", "metadata_only", "both"], default="both")
    ap.add_argument("--errors", action="store_true", help="list misassigned columns")
    ap.add_argument("--json", action="store_true", help="print the EvalReport JSON")
    ap.add_argument("--golden-dir", type=Path, default=None,
                    help="folder of golden tables (default: the dev set; e.g. assets_config/golden/blind/set8)")
    ap.add_argument("--held-out", action="store_true",
                    help="also print one summary line per other golden set (golden/dev/*, golden/blind/*)")
    args = ap.parse_args(argv)
    modes = ["metadata_only", "data_mode"] if args.mode == "both" else [args.mode]
    for m in modes:
        rep = run_golden_eval(mode=m, golden_dir=args.golden_dir)
        print(rep.model_dump_json(indent=2) if args.json else format_report(rep, args.errors))
        print()
    if args.held_out:
        statuses = set_statuses()
        for name, reps in held_out_reports(modes=tuple(modes)).items():
            for rep in reps.values():
                print(summary_line(name, rep, statuses.get(name)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
