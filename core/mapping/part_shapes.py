"""Parts by their shape: a decompose candidate for a target whose examples look like one part of a source's values.

Exports join several fields into one column with a separator: HL7 components (``NEL^LWAZI^^MR``,
``0457821^BOTHA^JOHAN^^^DR``), a name and a number written ``Name / EA-0123``,
``Riga / LV-1010`` towns with their post code. The target's example rows come from other records than the
source's, so their values do not recur among the source's; their *shapes* do. A source column whose values split
on one separator (the first of :data:`SEPARATORS` that at least :data:`SPLIT_SHARE` of its values hold, into 2-8
parts) has the shapes of each part position counted (:func:`part_shape`: letter runs of any script one class,
case-free; digit runs of any script with their count). A target whose examples' shapes occur among one part's
shapes (:data:`FIT_MIN` of them) and not among the whole values' (at most :data:`WHOLE_MAX`: the column is not
already that kind of value whole) gets the column as a decompose candidate scored :data:`BASE` + :data:`GAIN` x fit
+ :data:`HEADER_GAIN` x header similarity, when the header says something (:data:`MIN_HEADER`: a shape alone, a
word or a four-digit number, is a part of too many things); it reaches data_mode's bar (0.45) from a header of
0.3, and the assignment's decompose margin protects assignable atomic pairs. Values are read in
memory only (data_mode); dates, numbers and times are no containers here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from core.mapping.features import magnitude
from core.mapping.side import MatchColumn
from core.mapping.time_groups import time_share
from core.mapping.value_kinds import temporal_share

#: separators tried in order: component marks of interchange formats first (a space separates the words of any
#: text, too many things to be read as fields)
SEPARATORS = ("^", "~", "|", ";", " / ", "/", ",")
SPLIT_SHARE = 0.7
MAX_PARTS = 8
#: a part shape counts when this share of the part's values (and at least 2) have it
SHAPE_SHARE = 0.03
FIT_MIN = 0.6
WHOLE_MAX = 0.2
BASE = 0.1
GAIN = 0.2
HEADER_GAIN = 0.5
#: the header similarity a part candidate needs besides its shape
MIN_HEADER = 0.2
#: examples a target needs
MIN_EXAMPLES = 2
_SAMPLE = 500


def part_shape(value: str) -> str:
    """Case-free shape: a letter run of any script -> ``a``, a digit run -> ``9`` and its length, spaces
    collapsed, other characters kept (``NEL`` and ``Nel`` -> ``a``; ``0457821`` -> ``9{7}``)."""
    out: list[str] = []
    run, kind = 0, ""
    for ch in value.strip():
        k = "9" if ch.isdigit() else "a" if ch.isalpha() else " " if ch.isspace() else ch
        if k == kind and k in "9a ":
            run += 1
            continue
        if kind:
            out.append(f"9{{{run}}}" if kind == "9" else kind)
        run, kind = 1, k
    if kind:
        out.append(f"9{{{run}}}" if kind == "9" else kind)
    return "".join(out)[:40]


def split_column(values: Sequence[str]) -> tuple[str, list[list[str]]] | None:
    """(separator, the values of each part position) of a column whose values split on one separator; None."""
    vals = [v.strip() for v in values[:_SAMPLE] if v and v.strip()]
    if len(vals) < 5:
        return None
    for sep in SEPARATORS:
        held = [v for v in vals if sep in v]
        if len(held) < SPLIT_SHARE * len(vals):
            continue
        split = [[p.strip() for p in v.split(sep)] for v in vals]
        counts = Counter(len(p) for p in split)
        k = counts.most_common(1)[0][0]
        if not 2 <= k <= MAX_PARTS:
            continue
        width = min(max(counts), MAX_PARTS)
        return sep, [[p[i] for p in split if len(p) > i and p[i]] for i in range(width)]
    return None


def _shapes(values: Sequence[str]) -> set[str]:
    c = Counter(part_shape(v) for v in values)
    least = max(2.0, SHAPE_SHARE * len(values))
    return {s for s, n in c.items() if n >= least}


def _container(c: MatchColumn) -> bool:
    v = c.values or []
    return (bool(v) and c.logical_type == "string" and (temporal_share(v) or 0.0) < 0.5
            and magnitude(v) is None and time_share(v) < 0.5)


def part_decomposes(src: Sequence[MatchColumn], dst: Sequence[MatchColumn],
                    header: np.ndarray) -> dict[int, tuple[int, float]]:
    """Per target row (source index, score) of the module docstring (``header``: target x source similarity)."""
    targets = []
    for i, d in enumerate(dst):
        ex = [v.strip() for v in d.values or [] if v and v.strip()]
        # true/false and a list of allowed values are whole values of their own (a value map's), no parts of a text
        if len(ex) >= MIN_EXAMPLES and d.logical_type != "bool" and not d.allowed:
            targets.append((i, [part_shape(v) for v in ex]))
    out: dict[int, tuple[int, float]] = {}
    if not targets:
        return out
    for j, c in enumerate(src):
        if not _container(c):
            continue
        found = split_column(c.values or [])
        if found is None:
            continue
        whole = _shapes([v.strip() for v in (c.values or [])[:_SAMPLE] if v and v.strip()])
        parts = [_shapes(p) for p in found[1]]
        for i, ex in targets:
            if sum(s in whole for s in ex) / len(ex) > WHOLE_MAX:
                continue
            fit = max(sum(s in p for s in ex) / len(ex) for p in parts)
            if fit < FIT_MIN:
                continue
            if header[i, j] < MIN_HEADER:
                continue  # a shape alone (a word, a number of four digits) is a part of too many things
            sc = round(BASE + GAIN * fit + HEADER_GAIN * float(header[i, j]), 4)
            if i not in out or sc > out[i][1]:
                out[i] = (j, sc)
    return out
