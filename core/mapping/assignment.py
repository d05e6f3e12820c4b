"""The global assignment over a match's scores (module docstring of :mod:`core.mapping.match`)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.optimize import linear_sum_assignment

from core.mapping.models import Assignment
from core.mapping.scoring import MIN_SCORE
from core.mapping.side import MatchColumn

#: a decompose (a part inside a larger value of *another* source) takes a target from an assignable
#: atomic candidate only when it scores this much more: the column holding the very values is the
#: simpler explanation (``Apelidos`` is the last name, though surnames also occur inside the
#: guardian's full name); one column read whole or as holding the part: the higher reading wins
DECOMPOSE_MARGIN = 0.15


def assign(src: Sequence[MatchColumn], dst: Sequence[MatchColumn], score: np.ndarray,
            composes: dict[int, tuple[list[int], float] | None], decomposes: dict[int, tuple[int, float] | None],
            names: list[str], eligible: np.ndarray, min_score: float = MIN_SCORE,
            power: float = 1.0) -> list[Assignment]:
    """The one-to-one assignment (plus composes and decomposes) of :mod:`core.mapping.match`.

    The optimum maximises the sum of ``score ** power`` over the assigned eligible pairs: with a
    power above 1 two sure pairs outweigh three middling ones (a wide target's spare columns do
    not pull sources away from the columns they clearly name)."""
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
        # an ineligible pair is worth 0, not a penalty: the solver must give every row of a square
        # matrix some column, and a penalty there would push it to fill rows with middling pairs
        sub = np.where(eligible[np.ix_(rows, cols)], np.clip(score[np.ix_(rows, cols)], 0.0, None) ** power, 0.0)
        r_idx, c_idx = linear_sum_assignment(-sub)
        for r, c in zip(r_idx, c_idx, strict=True):
            i, j = rows[r], cols[c]
            sc = float(score[i, j])
            dec = decomposes.get(i)
            margin = 0.0 if dec and dec[0] == j else DECOMPOSE_MARGIN
            if dec and dec[1] > sc + margin and dec[1] >= min_score:  # the decompose will take the target
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
