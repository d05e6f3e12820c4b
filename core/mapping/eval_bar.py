"""Re-deriving the planner's metadata_only bar (``planner.STRONG``) for other matching weights.

In metadata_only the planner accepts an assigned column only when its match score reaches ``STRONG`` (0.75, set
on the shipped weights' scale); weights that score on another scale move every score, so the bar cannot be kept
as a number. It is kept as a *precision*: on labelled pairs, the share of assignments at or over the bar that are
right (sources and kind, :func:`core.mapping.eval.kind_fits`) under the reference weights; the new bar is the
lowest score at which the other weights' assignments are right at least as often (:func:`bar_for`). The number of
right assignments over each bar says what the weights buy at equal precision.

    PYTHONPATH=. python tools/mapping_bar.py   # dev pairs, metadata_only: shipped vs data_mode's weights
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel

from core.mapping.eval import _std, kind_fits
from core.mapping.eval_loo import LoadedPair
from core.mapping.match import MatchParams, match_columns
from core.mapping.pair_matrix import pair_matrices
from core.vocab.models import DomainCatalog


class BarFit(BaseModel):
    """A bar on one weighting's scale with its precision and the right assignments it lets through."""

    bar: float
    precision: float
    accepted: int
    right: int


def outcomes(pairs: Sequence[LoadedPair], params: MatchParams, catalog: DomainCatalog,
             mode: str = "metadata_only") -> list[tuple[float, bool]]:
    """(score, right) of every labelled target's assignment over ``pairs`` with ``params``."""
    from core.mapping.domain_facts import facts_of

    out: list[tuple[float, bool]] = []
    for pr in pairs:
        if pr.matrices is None:
            pr.matrices = pair_matrices(pr.source.columns, pr.target.columns, facts_of(catalog))
        rep = match_columns(pr.source.columns, pr.target.columns, catalog, mode=mode, params=params,
                            matrices=pr.matrices)
        s_names = {s.original: s.source for s in rep.sources}
        t_names = {t.original: t.target for t in rep.targets}
        for c in pr.labels:
            a = rep.assigned(t_names.get(c["target"], _std(c["target"])))
            if a is None:
                continue
            alts = [sorted(s_names.get(s, _std(s)) for s in alt) for alt in c.get("alternatives") or [c["sources"]]]
            right = any(sorted(a.sources) == alt and kind_fits(c.get("kind"), len(alt), a.kind) for alt in alts)
            out.append((a.score, right))
    return out


def fit_at(results: Sequence[tuple[float, bool]], bar: float) -> BarFit:
    """Precision and counts of the assignments scoring ``bar`` or more."""
    over = [r for s, r in results if s >= bar]
    right = sum(over)
    return BarFit(bar=round(bar, 4), precision=round(right / len(over), 4) if over else 1.0, accepted=len(over),
                  right=right)


def bar_for(reference: Sequence[tuple[float, bool]], ref_bar: float, other: Sequence[tuple[float, bool]]) -> BarFit:
    """The lowest bar on ``other``'s scale whose precision reaches the reference's at ``ref_bar``."""
    want = fit_at(reference, ref_bar).precision
    for s in sorted({round(s, 4) for s, _ in other}):
        f = fit_at(other, s)
        if f.precision >= want:
            return f
    return fit_at(other, 1.01)
