"""Leave-one-pair-out estimate for the matcher's tunable numbers (ROADMAP §21: quality on unseen tables).

The matcher has a few numbers fitted by hand on the development pairs: the component weights and
the assignment thresholds (:class:`core.mapping.match.MatchParams`). Fitting them on the pairs that
are then scored flatters the figures. This eval asks how much: for each pair, the parameters are
chosen from :func:`default_grid` on the *other* pairs only (best micro top-1 + MRR, ties to the
shipped values) and the held-out pair is scored with them. The held-out figures, micro-averaged over
labels, estimate what the tuning procedure gives on a table it never saw; they are reported beside
the shipped parameters and the in-sample best. Each side of each pair is loaded once (domains and,
in data_mode, values); only matching reruns per parameter set.

    mapwright eval --mapping --mapping-loo [--mapping-dir DIR] [--mapping-mode data_mode|metadata_only]
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from core.mapping.domain_facts import facts_of
from core.mapping.eval import headerless_labels, labels_of, score_report
from core.mapping.match import DEFAULT_PARAMS, MatchParams, match_columns
from core.mapping.pair_matrix import pair_matrices
from core.mapping.scoring import params_for
from core.vocab.models import DomainCatalog


@dataclass
class LoadedPair:
    """One golden pair with both sides loaded (values in memory only) and its labels."""

    name: str
    source: Any
    target: Any
    labels: list[dict[str, Any]]
    matrices: Any = None


class Figures(BaseModel):
    """Micro-averaged figures over labels."""

    labels: int
    top1: float
    mrr: float


class LooReport(BaseModel):
    """Shipped parameters, in-sample best and the leave-one-pair-out estimate."""

    directory: str
    mode: str
    grid_size: int
    shipped: Figures
    in_sample_best: Figures
    in_sample_params: dict[str, Any]
    leave_one_out: Figures
    held_out: dict[str, dict[str, Any]]


def default_grid(base: MatchParams = DEFAULT_PARAMS) -> list[MatchParams]:
    """Weights, thresholds and the header floor around the shipped values, then the assignment power,
    the fill threshold and the filled-column threshold one at a time (the shipped set is the first)."""
    grid = [base]
    for d, h, v, lo, weak, floor in itertools.product((0.3, 0.4, 0.5), (0.3, 0.4, 0.5), (0.1, 0.2, 0.3),
                                                      (0.45, 0.55, 0.65), (0.25, 0.35), (None, 0.3)):
        p = MatchParams(weights={"domain": d, "header": h, "values": v, "type": 0.08}, min_score=lo, weak_score=weak,
                        header_floor=floor)
        if p != base:
            grid.append(p)
    # the assignment's power and the fill evidence's threshold, each around the shipped value
    grid += [replace(base, assign_power=x) for x in (1.0, 1.5, 3.0) if x != base.assign_power]
    grid += [replace(base, fill_min=x) for x in (0.0, 0.02, 0.1, 0.2) if x != base.fill_min]
    grid += [replace(base, filled_score=x) for x in (0.15, 0.2, 0.3, 0.4, 0.55) if x != base.filled_score]
    return grid


def small_grid(base: MatchParams = DEFAULT_PARAMS) -> list[MatchParams]:
    """21 points around the shipped values (sessions 9-10: :func:`default_grid`'s 336 take too long for
    one run): weights 0.3/0.5/0.3 or 0.4/0.4/0.2 x min_score 0.45/0.55 x weak 0.25/0.35 x header floor
    none/0.3, then assignment power 1, fill_min 0.02/0.1 and filled_score 0.2/0.3 one at a time."""
    grid = [base]
    for (d, h, v), lo, weak, floor in itertools.product(((0.3, 0.5, 0.3), (0.4, 0.4, 0.2)), (0.45, 0.55),
                                                        (0.25, 0.35), (None, 0.3)):
        p = MatchParams(weights={"domain": d, "header": h, "values": v, "type": 0.08}, min_score=lo, weak_score=weak,
                        header_floor=floor)
        if p != base:
            grid.append(p)
    grid += [replace(base, assign_power=1.0)]
    grid += [replace(base, fill_min=x) for x in (0.02, 0.1)]
    grid += [replace(base, filled_score=x) for x in (0.2, 0.3)]
    return grid


def load_pairs(directory: Path, *, mode: str, opener: object, domain_catalog: DomainCatalog) -> list[LoadedPair]:
    """Every pair folder of ``directory`` with both sides loaded once."""
    from core.mapping.loading import load_source_side, load_target_side
    from core.thresholds import load_threshold_profile

    prof = load_threshold_profile("tp_default_v1")
    data = mode == "data_mode"
    out = []
    for p in sorted(directory.iterdir()):
        if not (p.is_dir() and (p / "labels.yaml").exists()):
            continue
        s = load_source_side(str(p / "source.csv"), opener, data_mode=data, domain_catalog=domain_catalog,  # type: ignore[arg-type]
                             profile=prof)
        t = load_target_side(str(p / "target.yaml"), opener, data_mode=data, domain_catalog=domain_catalog,  # type: ignore[arg-type]
                             profile=prof)
        labels = headerless_labels(labels_of(p), p / "source.csv", [c.original_name or c.name for c in s.columns])
        out.append(LoadedPair(p.name, s, t, labels))
    return out


def _score(pair: LoadedPair, params: MatchParams, catalog: DomainCatalog, mode: str) -> tuple[int, float, float]:
    if getattr(pair, "matrices", None) is None:  # the matrices do not depend on the parameters: once per pair
        pair.matrices = pair_matrices(pair.source.columns, pair.target.columns, facts_of(catalog))
    rep = match_columns(pair.source.columns, pair.target.columns, catalog, mode=mode, params=params,
                        matrices=pair.matrices)
    r = score_report(pair.name, rep, pair.labels)
    return r.labels, r.top1 * r.labels, r.mrr * r.labels


def _figures(rows: list[tuple[int, float, float]]) -> Figures:
    n = sum(r[0] for r in rows)
    return Figures(labels=n, top1=round(sum(r[1] for r in rows) / n, 4) if n else 0.0,
                   mrr=round(sum(r[2] for r in rows) / n, 4) if n else 0.0)


def _describe(p: MatchParams) -> dict[str, Any]:
    return {"weights": dict(p.weights), "min_score": p.min_score, "weak_score": p.weak_score,
            "header_floor": p.header_floor, "assign_power": p.assign_power, "fill_min": p.fill_min,
            "filled_score": p.filled_score}


def leave_one_out(pairs: list[LoadedPair], *, mode: str, domain_catalog: DomainCatalog,
                  grid: list[MatchParams] | None = None, directory: str = "") -> LooReport:
    """Shipped figures, the in-sample best over ``grid`` and the leave-one-pair-out estimate."""
    grid = grid or default_grid(params_for(mode))
    # table[g][k]: (labels, top-1 hits, reciprocal-rank sum) of grid point g on pair k
    table = [[_score(pr, g, domain_catalog, mode) for pr in pairs] for g in grid]

    def total(g: int, skip: int | None = None) -> float:
        return sum(t + m for k, (_, t, m) in enumerate(table[g]) if k != skip)

    best_all = max(range(len(grid)), key=lambda g: (total(g), g == 0))
    held: dict[str, dict[str, Any]] = {}
    rows = []
    for k, pr in enumerate(pairs):
        g = max(range(len(grid)), key=lambda g: (total(g, skip=k), g == 0))
        rows.append(table[g][k])
        n, t, m = table[g][k]
        held[pr.name] = {"labels": n, "top1": round(t / n, 4) if n else 0.0, "mrr": round(m / n, 4) if n else 0.0,
                         "shipped_top1": round(table[0][k][1] / n, 4) if n else 0.0, "params": _describe(grid[g])}
    return LooReport(directory=directory, mode=mode, grid_size=len(grid), shipped=_figures(table[0]),
                     in_sample_best=_figures(table[best_all]), in_sample_params=_describe(grid[best_all]),
                     leave_one_out=_figures(rows), held_out=held)


def format_loo(rep: LooReport) -> str:
    """Human-readable lines."""
    def f(x: Figures) -> str:
        return f"top-1 {x.top1:.3f} MRR {x.mrr:.3f}"

    lines = [f"leave-one-pair-out {rep.directory} ({rep.mode}, {rep.grid_size} parameter sets, "
             f"{rep.shipped.labels} labels)",
             f"  shipped parameters:        {f(rep.shipped)}",
             f"  in-sample best:            {f(rep.in_sample_best)}  {rep.in_sample_params}",
             f"  leave-one-pair-out:        {f(rep.leave_one_out)}"]
    lines += [f"    {name:<36} top-1 {h['top1']:.3f} (shipped {h['shipped_top1']:.3f})"
              for name, h in rep.held_out.items()]
    return "\n".join(lines)
