"""Categories inside longer values: a decompose candidate for a target with allowed values that a source writes as
words *inside* its values.

Exports glue a category to other things: grades written together (``NA-EX-VG``, ``- G VG``: cut, polish and
symmetry), a brand before a model (``Sunsynk 12kW 3-fase`` -> ``SUNSYNK``), a salutation before a name (``Miss Keziah
Nguyen`` -> ``MISS``), a company's legal form after its name (``Informatika Horvat d.o.o.`` -> ``d.o.o.``). The
whole-value evidence (:mod:`core.mapping.value_evidence`) compares whole values with the allowed values and finds
nothing. Here each value is folded (:func:`core.mapping.synth.lexicon.fold`: case, accents, punctuation) and its
runs of 1-:data:`MAX_RUN` consecutive words are looked up among the folded allowed values: a source where at least
:data:`MIN_SHARE` of the values hold one, at most :data:`WHOLE_MAX` of them *are* one (a column of whole categories
is the value map's atomic feed), at least two distinct allowed values are found (one is a constant word) and one
of those has two characters or more (single letters occur in any text) is a decompose candidate scored
:data:`BASE` + :data:`GAIN` x share + :data:`HEADER_GAIN` x header similarity, proposed only for a target no other
decompose mechanism found a part for. Values are read in memory only (data_mode); nothing of them is stored.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from core.mapping.side import MatchColumn
from core.mapping.synth.lexicon import fold

MAX_RUN = 3
MIN_SHARE = 0.5
WHOLE_MAX = 0.2
BASE = 0.3
GAIN = 0.3
HEADER_GAIN = 0.3
_SAMPLE = 500


def _runs(words: list[str]) -> set[str]:
    """Every run of 1-:data:`MAX_RUN` consecutive words, joined by a space, and joined without one (``d o o``)."""
    out: set[str] = set()
    for n in range(1, MAX_RUN + 1):
        for k in range(len(words) - n + 1):
            run = words[k:k + n]
            out.add(" ".join(run))
            out.add("".join(run))
    return out


def token_share(values: Sequence[str], allowed: Sequence[str]) -> float:
    """Share of ``values`` holding an allowed value inside (0 when the module's conditions fail)."""
    keys = {k for a in allowed if (k := fold(a))}
    keys |= {k.replace(" ", "") for k in keys}
    vals = [f for v in values[:_SAMPLE] if v and (f := fold(v))]
    if len(vals) < 5 or not keys:
        return 0.0
    whole = sum(f in keys or f.replace(" ", "") in keys for f in vals)
    if whole > WHOLE_MAX * len(vals):
        return 0.0
    found: set[str] = set()
    holders = 0
    for f in vals:
        hit = _runs(f.split()) & keys
        if hit:
            holders += 1
            found |= hit
    if len(found) < 2 or max(len(k) for k in found) < 2:
        return 0.0
    share = holders / len(vals)
    return share if share >= MIN_SHARE else 0.0


def allowed_token_decomposes(src: Sequence[MatchColumn], dst: Sequence[MatchColumn],
                             header: np.ndarray) -> dict[int, tuple[int, float]]:
    """Per target row (source index, score) of the module docstring (``header``: target x source similarity)."""
    out: dict[int, tuple[int, float]] = {}
    targets = [(i, d.allowed) for i, d in enumerate(dst) if d.allowed and d.logical_type == "string"]
    if not targets:
        return out
    for j, c in enumerate(src):
        if c.logical_type != "string" or not c.values:
            continue
        for i, allowed in targets:
            share = token_share(c.values, allowed or [])
            if not share:
                continue
            sc = round(BASE + GAIN * share + HEADER_GAIN * float(np.nan_to_num(header[i, j])), 4)
            if i not in out or sc > out[i][1]:
                out[i] = (j, sc)
    return out
