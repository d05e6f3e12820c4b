"""Value compatibility without source values (metadata_only): the source column's profile against
the target's example values.

In metadata_only no source value is read, but the catalog holds each column's profile — string
lengths (UTF-8 bytes: min, max, mean), distinct and null counts — computed at ingest and stored
without any value. The target's example rows are declared data. :func:`profile_matrix` scores
how well the example values fit a source column's profile:

* **length fit**: the share of example values whose length lies within the source's length range
  (widened by :data:`LENGTH_SLACK` of it, at least one byte), and how close the mean lengths are;
* **cardinality** (targets with allowed values): a source with far more distinct values than a
  code list could take (:data:`ENUM_DISTINCT_MAX`) fits less.

The score is scaled by :data:`PROFILE_SCALE` (a profile is weaker evidence than the values
themselves) and is NaN where it cannot be judged (no example values, no length profile: numbers
read as numbers carry none); :func:`core.mapping.pair_matrix.pair_matrices` uses it as the values
component only where the values themselves were not judged.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from core.mapping.side import MatchColumn

PROFILE_SCALE = 0.8
LENGTH_SLACK = 0.1
#: distinct values of a source per allowed target value beyond which it hardly holds a code list
ENUM_DISTINCT_PER_VALUE = 3
ENUM_DISTINCT_MAX = 20
ENUM_MISFIT = 0.3


def _lengths(values: Sequence[str]) -> np.ndarray:
    return np.array([len(v.encode("utf-8")) for v in values[:200]], dtype=float)


def profile_matrix(src: Sequence[MatchColumn], dst: Sequence[MatchColumn]) -> np.ndarray:
    """Profile fit of every (target, source) pair (module docstring); NaN where not judged."""
    out = np.full((len(dst), len(src)), np.nan)
    si = [j for j, c in enumerate(src) if c.values is None and c.profile is not None
          and c.profile.min_length is not None and c.profile.max_length is not None
          and c.profile.mean_length is not None]
    di = [i for i, c in enumerate(dst) if c.values]
    if not si or not di:
        return out
    lo = np.array([float(src[j].profile.min_length) for j in si])  # type: ignore[union-attr,arg-type]
    hi = np.array([float(src[j].profile.max_length) for j in si])  # type: ignore[union-attr,arg-type]
    mean = np.array([float(src[j].profile.mean_length) for j in si])  # type: ignore[union-attr,arg-type]
    distinct = np.array([float(src[j].profile.distinct_count or 0) for j in si])  # type: ignore[union-attr]
    slack = np.maximum(1.0, LENGTH_SLACK * hi)
    for i in di:
        lens = _lengths(dst[i].values or [])
        inside = ((lens[:, None] >= lo[None, :] - slack) & (lens[:, None] <= hi[None, :] + slack)).mean(axis=0)
        m = float(lens.mean())
        close = 1.0 - np.abs(m - mean) / np.maximum(np.maximum(m, mean), 1.0)
        fit = 0.5 * inside + 0.5 * close
        allowed = dst[i].allowed
        if allowed:
            cap = max(ENUM_DISTINCT_PER_VALUE * len(allowed), ENUM_DISTINCT_MAX)
            fit = np.where(distinct > cap, np.minimum(fit, ENUM_MISFIT), fit)
        out[i, si] = PROFILE_SCALE * fit
    return np.round(out, 4)
