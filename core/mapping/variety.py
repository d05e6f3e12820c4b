"""Variety evidence: a source that nearly always holds one value cannot have written many examples that all differ.

A live target's sampled rows whose values in a column are all different (a dozen mobile numbers) were not fed
by a source column that is one value most of the time (the clinic's own phone number in every row, a
``DOMAIN`` column that says ``DM`` throughout): were the top value a share ``q`` of the source's non-empty
values, ``n`` examples would all differ (at most one of them the top value) with likelihood
``(1 - q) ** n + n q (1 - q) ** (n - 1)``. That likelihood is the pair's *variety agreement*; under
``MatchParams.fill_min`` the pair is not assigned.

It is a narrow veto, judged only where it is safe:

- the target's examples were sampled from live rows (``MatchColumn.sampled``): declared examples in a schema
  file are chosen by a person to show the column's range, not drawn in proportion (a status column's
  examples ``active/suspended/closed/pending`` beside a source that is 80% ``active``);
- at least :data:`MIN_EXAMPLES` examples, none repeating;
- a source of at least :data:`MIN_VALUES` values whose top value is at least :data:`TOP_SHARE` of them,
  placeholders (:data:`PLACEHOLDERS`: ``N/A``, ``unknown``, ``0``, ``-``, empty) left out of the count;
- the pair has no strong header or domain signal (``strong``): a same-header pair is never vetoed.

Values are compared by their letters and digits, case-folded, so two spacings of one phone number
(``86 12 34 50``, ``8612 3450``) count as one value; other spellings of one value (``+45 86123450``,
``(86) 12-34-50`` with a prefix) count as different ones, which can only lower the top share (fewer vetoes).
Compose groups are not judged. Only counts are computed, in memory.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from core.mapping.side import MatchColumn

_NOT_ALNUM = re.compile(r"[\W_]+")
MIN_EXAMPLES = 10
#: examples read per target column (a live table's sample: beyond a few dozen the likelihood is already ~0)
EXAMPLES_READ = 50
MIN_VALUES = 20
#: a source of more distinct values than this is judged on its values as written (a column mostly one value
#: has few distinct ones; reading every key of a varied column costs time and changes nothing)
DISTINCT_MAX = 200
TOP_SHARE = 0.8
#: keys (letters and digits, case-folded) that stand for "no value" and are not counted
PLACEHOLDERS = frozenset({"", "na", "nan", "none", "null", "unknown", "0", "nil"})


def _key(value: str) -> str:
    """A value's letters and digits, case-folded (``86 12 34 50`` is ``8612 3450``; ``N/A`` is ``na``)."""
    return _NOT_ALNUM.sub("", value.casefold())


def top_share(values: Sequence[str] | None) -> float | None:
    """Share of the most common value (letters and digits, case-folded) among the non-placeholder values;
    None with fewer than :data:`MIN_VALUES` of them."""
    raw = Counter(v for v in values or [] if v.strip())
    if len(raw) > DISTINCT_MAX:  # many spellings: no one value is most of the column (keys need not be read)
        kept = [c for v, c in raw.most_common() if _key(v) not in PLACEHOLDERS]
        n = sum(kept)
        return kept[0] / n if n >= MIN_VALUES else None
    keys: Counter[str] = Counter()
    for v, c in raw.items():
        if (k := _key(v)) not in PLACEHOLDERS:
            keys[k] += c
    n = sum(keys.values())
    if n < MIN_VALUES:
        return None
    return keys.most_common(1)[0][1] / n


def variety_matrix(src: Sequence[MatchColumn], dst: Sequence[MatchColumn],
                   strong: np.ndarray | None = None) -> np.ndarray:
    """Variety agreement of every (target, source) pair (module docstring); ``strong``: target x source pairs
    with a strong header or domain signal, never judged."""
    out = np.ones((len(dst), len(src)))
    rows = []
    for i, d in enumerate(dst):
        if not d.sampled:
            continue
        raw = [v for v in (d.values or [])[:EXAMPLES_READ] if v.strip()]
        if len(raw) < MIN_EXAMPLES or len(set(raw)) < len(raw):  # keys only merge values: a repeat stays one
            continue
        ex = [k for v in raw if (k := _key(v)) not in PLACEHOLDERS]
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
            if strong is None or not strong[i, j]:
                out[i, j] = (1 - q) ** n + n * q * (1 - q) ** (n - 1)
    return out
