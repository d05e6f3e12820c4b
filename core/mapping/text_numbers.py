"""Numbers written inside text: a numeric target fed by a column of words with a number in them
(``Sales @ 18%`` -> a GST rate of 0.18, ``ABX-301 25 mg QD`` -> a dose of 25, ``21K`` -> a distance of
21.0975 km, ``3 tahun 10 bulan`` -> an age of ... months).

The value evidence of shapes and magnitudes reads such a column as text and finds nothing numeric in it.
Here every number of each value is read (a percent sign divides by 100; a number inside an identifier such
as ``INV-12`` is none; ``1,300`` groups thousands, ``2,5`` has a decimal comma) and the target's example numbers
are looked up among them within :data:`REL_TOL`: the share found, times :data:`TEXT_SHARE` (and scaled down
for a source of many distinct numbers or one numbering its values, :func:`chance_scale`), is the pair's value
agreement where it beats what the shapes said. Only for a source whose values are mostly words with
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
#: a source whose numbers are about as many as its distinct values numbers its values (``Apt 7``, ``Lot 12``):
#: past this many such numbers its agreement is scaled by this / its count
LABELS = 8
#: ... "about as many": distinct numbers at least this share of the distinct values
LABEL_SHARE = 0.5
# a number: thousands groups with a comma (``1,300``) or a dot (``1.300,5``), or a decimal mark either way
_NUM = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+,\d+|\d+(?:[.,]\d+)?)"
                  r"(?![.,]?\d)(\s?%)?")
# an identifier: letters joined to digits (``INV-12``, ``A7``, ``SI/23-24/1258``, ``12-B``); ``21K``, ``25mg`` (a
# number and its unit) are none
_IDENT = re.compile(r"[^\W\d_][-/]?\d|\d[-/][^\W\d_]")


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
        for token in v.split():
            if _IDENT.search(token):
                continue
            for m in _NUM.finditer(token):
                x = _read(m.group(1))
                found.add(x / 100 if m.group(2) else x)
    return np.array(sorted(found)) if found else None


def _read(num: str) -> float:
    """A written number's value: ``1,300`` and ``1.300,5`` group thousands, ``2,5`` has a decimal comma."""
    if "," in num and "." in num:
        return float(num.replace(",", "") if num.index(",") < num.index(".") else
                     num.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", num):
        return float(num.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", num):
        return float(num.replace(".", ""))
    return float(num.replace(",", "."))


def chance_scale(n_numbers: int, n_values: int) -> float:
    """How much of a find among ``n_numbers`` distinct numbers (in ``n_values`` distinct values) is no chance:
    many numbers find any example (:data:`SPECIFIC`), and a column numbering its values (about one number a
    value, :data:`LABEL_SHARE`) finds small examples past :data:`LABELS` of them."""
    scale = min(1.0, SPECIFIC / n_numbers) if n_numbers else 1.0
    if n_numbers > LABELS and n_numbers >= LABEL_SHARE * n_values:
        scale = min(scale, LABELS / n_numbers)
    return scale


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
        scale = chance_scale(len(nums), len({v for v in (s.values or [])[:500] if v and v.strip()}))
        for i in rows:
            ex = target_numbers[i]
            assert ex is not None
            near = np.abs(nums[None, :] - ex[:, None]) <= REL_TOL * np.maximum(np.abs(ex[:, None]), 1e-9)
            out[i, j] = TEXT_SHARE * float(near.any(axis=1).mean()) * scale
    return out
