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

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from core.mapping.side import MatchColumn

_NOT_ALNUM = re.compile(r"[\W_]+")
MIN_EXAMPLES = 3
#: examples read per target column (a live table's sample: beyond a few dozen the likelihood is already ~0)
EXAMPLES_READ = 50
MIN_VALUES = 20
#: a source of more distinct values than this is judged on its values as written (a column mostly one value
#: has few distinct ones; reading every key of a varied column costs time and changes nothing)
DISTINCT_MAX = 200
TOP_SHARE = 0.5


def _key(value: str) -> str:
    """A value's letters and digits, case-folded (``86 12 34 50`` is ``8612 3450``)."""
    return _NOT_ALNUM.sub("", value.casefold())


def top_share(values: Sequence[str] | None) -> float | None:
    """Share of the most common non-empty value (letters and digits, case-folded); None with fewer than
    :data:`MIN_VALUES`."""
    raw = Counter(v for v in values or [] if v.strip())
    if len(raw) > DISTINCT_MAX:  # many spellings: no one value is most of the column (keys need not be read)
        n = sum(raw.values())
        return raw.most_common(1)[0][1] / n if n >= MIN_VALUES else None
    keys: Counter[str] = Counter()
    for v, c in raw.items():
        if k := _key(v):
            keys[k] += c
    n = sum(keys.values())
    if n < MIN_VALUES:
        return None
    return keys.most_common(1)[0][1] / n


def variety_matrix(src: Sequence[MatchColumn], dst: Sequence[MatchColumn]) -> np.ndarray:
    """Variety agreement of every (target, source) pair (module docstring)."""
    out = np.ones((len(dst), len(src)))
    rows = []
    for i, d in enumerate(dst):
        raw = [v for v in (d.values or [])[:EXAMPLES_READ] if v.strip()]
        if len(raw) < MIN_EXAMPLES or len(set(raw)) < len(raw):  # keys only merge values: a repeat stays one
            continue
        ex = [k for v in raw if (k := _key(v))]
        if len(ex) >= MIN_EXAMPLES and len(set(ex)) == len(ex):
            rows.append((i, ex))
    if not rows:
        return out
    qs = [(j, q) for j, s in enumerate(src) if (q := top_share(s.values)) is not None and q >= TOP_SHARE]
    if not qs:
        return out
    for i, ex in rows:
        n = len(ex)
        for j, q in qs:
            out[i, j] = (1 - q) ** n + n * q * (1 - q) ** (n - 1)
    return out
