"""Variety evidence: a source that nearly always holds one value cannot have written examples that all differ.

A target's example rows whose values in a column are all different (three mobile numbers, three reasons)
were not fed by a source column that is one value most of the time (the clinic's own phone number in every
row, a ``DOMAIN`` column that says ``DM`` throughout): were the top value a share ``q`` of the source's
non-empty values, ``n`` examples would all differ (at most one of them the top value) with likelihood
``(1 - q) ** n + n q (1 - q) ** (n - 1)``. That likelihood is the pair's *variety agreement* (1 where not
judged: fewer than :data:`MIN_EXAMPLES` examples, examples that repeat a value, a source of fewer than
:data:`MIN_VALUES` values or with no value as common as :data:`TOP_SHARE`); under ``MatchParams.fill_min``
the pair is not assigned, as with the fill evidence (:mod:`core.mapping.fill`). A reformatting keeps
values apart (a constant phone stays one phone in E.164; values are compared by their letters and digits, so
``86 12 34 50`` is ``8612 3450``), so the test holds across formats; compose groups
are not judged. Only counts are computed, in memory.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from core.mapping.side import MatchColumn

MIN_EXAMPLES = 3
MIN_VALUES = 20
TOP_SHARE = 0.5


def _key(value: str) -> str:
    """A value's letters and digits, case-folded (``86 12 34 50`` is ``8612 3450``)."""
    return "".join(ch for ch in value.casefold() if ch.isalnum())


def top_share(values: Sequence[str] | None) -> float | None:
    """Share of the most common non-empty value (letters and digits, case-folded); None with fewer than
    :data:`MIN_VALUES`."""
    vals = [k for v in values or [] if (k := _key(v))]
    if len(vals) < MIN_VALUES:
        return None
    return Counter(vals).most_common(1)[0][1] / len(vals)


def variety_matrix(src: Sequence[MatchColumn], dst: Sequence[MatchColumn]) -> np.ndarray:
    """Variety agreement of every (target, source) pair (module docstring)."""
    out = np.ones((len(dst), len(src)))
    qs = [(j, q) for j, s in enumerate(src) if (q := top_share(s.values)) is not None and q >= TOP_SHARE]
    if not qs:
        return out
    for i, d in enumerate(dst):
        ex = [k for v in d.values or [] if (k := _key(v))]
        n = len(ex)
        if n < MIN_EXAMPLES or len(set(ex)) < n:
            continue
        for j, q in qs:
            out[i, j] = (1 - q) ** n + n * q * (1 - q) ** (n - 1)
    return out
