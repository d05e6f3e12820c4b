"""Numbers written inside text: a numeric target fed by a column of words with a number in them
(``Sales @ 18%`` -> a GST rate of 0.18, ``ABX-301 25 mg QD`` -> a dose of 25, ``21K`` -> a distance of
21.0975 km, ``3 tahun 10 bulan`` -> an age of ... months).

The value evidence of shapes and magnitudes reads such a column as text and finds nothing numeric in it.
Here every number of each value is read (a percent sign divides by 100) and the target's example numbers
are looked up among them within :data:`REL_TOL`: the share found, times :data:`TEXT_SHARE` (and scaled down
for a source of more than :data:`SPECIFIC` distinct numbers), is the pair's value agreement where it beats
what the shapes said. Only for a source whose values are mostly words with
digits (:data:`MIXED_SHARE`) and a target whose examples are numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from core.mapping.side import MatchColumn

#: share of a source's non-empty values that must hold both letters and a digit
MIXED_SHARE = 0.6
#: an example number counts as found within this relative distance (``21`` km for 21.0975)
REL_TOL = 0.01
#: agreement of a pair whose every example number is found inside the source's text
TEXT_SHARE = 0.8
#: a source writing more distinct numbers than this finds examples by chance (document references, addresses):
#: its agreement is scaled by this / its count
SPECIFIC = 40
_NUM = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)(\s?%)?")


def text_numbers(values: Sequence[str]) -> np.ndarray | None:
    """The distinct numbers written inside a column's values (None when under :data:`MIXED_SHARE` of them
    mix letters and digits: a number column or plain text)."""
    vals = [v for v in values[:500] if v and v.strip()]
    if not vals:
        return None
    mixed = sum(any(c.isalpha() for c in v) and any(c.isdigit() for c in v) for v in vals)
    if mixed < MIXED_SHARE * len(vals):
        return None
    found: set[float] = set()
    for v in vals:
        for m in _NUM.finditer(v):
            x = float(m.group(1).replace(",", "."))
            found.add(x / 100 if m.group(2) else x)
    return np.array(sorted(found)) if found else None


def text_number_matrix(src: Sequence[MatchColumn], dst: Sequence[MatchColumn],
                       target_numbers: Sequence[np.ndarray | None]) -> np.ndarray:
    """Target x source agreement of numbers inside text (NaN where not judged); ``target_numbers``: the
    example numbers of each target (None: not a numeric target)."""
    out = np.full((len(dst), len(src)), np.nan)
    rows = [i for i, t in enumerate(target_numbers) if t is not None and len(t)]
    if not rows:
        return out
    for j, s in enumerate(src):
        nums = text_numbers(s.values or []) if s.values else None
        if nums is None:
            continue
        for i in rows:
            ex = target_numbers[i]
            assert ex is not None
            near = np.abs(nums[None, :] - ex[:, None]) <= REL_TOL * np.maximum(np.abs(ex[:, None]), 1e-9)
            out[i, j] = TEXT_SHARE * float(near.any(axis=1).mean()) * min(1.0, SPECIFIC / len(nums))
    return out
