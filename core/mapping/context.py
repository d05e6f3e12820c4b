"""Table context: neighbouring columns that already match lend a small bonus to their neighbours.

Tables written for the same purpose keep related columns together and in a similar order
(``street``, ``house_no``, ``postal_code``, ``city``; ``phone_home`` before ``phone_work``;
``created`` before ``updated``). Where target column *i* is an **anchor** — its best source *j*
is also that source's best target, scores at least :data:`ANCHOR_SCORE` and leads the row by
:data:`ANCHOR_MARGIN` — the pairs beside it in both tables, (*i-1*, *j-1*) and (*i+1*, *j+1*),
gain :data:`NEIGHBOUR_BONUS`. Only pairs that already have evidence (score at least
:data:`NEIGHBOUR_FLOOR`) gain: the bonus breaks near-ties between look-alike candidates
(``DEP``/``ARR``, ``Tel. privat``/``Tel. Firma``), it never makes a pair out of nothing, and
it never decides which pairs may be assigned (eligibility is judged without it, in
:func:`core.mapping.match.match_columns`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from core.mapping.side import MatchColumn

ANCHOR_SCORE = 0.6
ANCHOR_MARGIN = 0.1
NEIGHBOUR_BONUS = 0.08
NEIGHBOUR_FLOOR = 0.2


def _neighbours(cols: Sequence[MatchColumn]) -> tuple[dict[int, int], dict[int, int]]:
    """(previous, next) column index of each column within its own table, in position order."""
    prev: dict[int, int] = {}
    nxt: dict[int, int] = {}
    by_table: dict[str, list[int]] = {}
    for k, c in enumerate(cols):
        by_table.setdefault(c.table, []).append(k)
    for idx in by_table.values():
        idx.sort(key=lambda k: (cols[k].position, k))
        for a, b in zip(idx, idx[1:], strict=False):
            nxt[a], prev[b] = b, a
    return prev, nxt


def anchors(score: np.ndarray) -> dict[int, int]:
    """Target index -> source index of the mutual best pairs that lead their row clearly."""
    if not score.size or score.shape[1] < 2:
        return {}
    best_j = score.argmax(axis=1)
    best_i = score.argmax(axis=0)
    top2 = np.sort(score, axis=1)[:, -2:]
    out = {}
    for i, j in enumerate(best_j):
        if best_i[j] == i and top2[i, 1] >= ANCHOR_SCORE and top2[i, 1] - top2[i, 0] >= ANCHOR_MARGIN:
            out[i] = int(j)
    return out


def neighbour_bonus(score: np.ndarray, src: Sequence[MatchColumn], dst: Sequence[MatchColumn]) -> np.ndarray:
    """The bonus matrix (target x source) of the module docstring (zeros where no anchor is beside)."""
    bonus = np.zeros(score.shape)
    found = anchors(score)
    if not found:
        return bonus
    s_prev, s_next = _neighbours(src)
    d_prev, d_next = _neighbours(dst)
    for i, j in found.items():
        for di, sj in ((d_prev.get(i), s_prev.get(j)), (d_next.get(i), s_next.get(j))):
            if di is None or sj is None or di in found:
                continue
            if score[di, sj] >= NEIGHBOUR_FLOOR:
                bonus[di, sj] += NEIGHBOUR_BONUS
    return bonus
