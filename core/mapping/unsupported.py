"""Value evidence without header support stays under the accept bar (session 15's review).

A candidate found from values alone (a code part by position, a category inside longer values) is proposed with
its score capped at :data:`UNSUPPORTED_MAX`, under the planner's accept bar (0.55), when the target's and the source's
headers are less alike than :data:`HEADER_SUPPORT`: a person confirms it.
"""

from __future__ import annotations

#: header similarity under which the header says nothing: the candidate is capped at :data:`UNSUPPORTED_MAX`
HEADER_SUPPORT = 0.3
#: a candidate found from values without header support stays under the accept bar (0.55): a person confirms
UNSUPPORTED_MAX = 0.5


def header_capped(score: float, header: float) -> float:
    """``score`` as proposed: unchanged with header support, at most :data:`UNSUPPORTED_MAX` without."""
    return score if header >= HEADER_SUPPORT else min(score, UNSUPPORTED_MAX)
