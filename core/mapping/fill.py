"""Fill evidence: does the target's example data leave a column empty where a source would fill it?

A target's example rows (a schema file's ``examples``, a live table's or a data file's sample) are
rows written the way the target is meant to be filled. When a column is empty in every one of
them while they fill other columns, whatever feeds it must be empty most of the time: a source
column that is empty in a share ``q`` of its rows would have left ``n`` example rows all empty
with likelihood ``q ** n``. That likelihood is the *fill agreement* of the pair: 1 for a source
that is always empty, near 0 for one that is always filled. Under :data:`FILL_MIN` the pair is not
assigned (the target stays unmapped unless its feed is a sparse column), which is how a wide
target's many unmapped columns stop taking strangers of the same domain (``secondary_email`` <-
``EMAIL_ADDR`` while ``email`` is in every example).

The converse holds too: a column the example rows fill has a feed, so its best candidate is
assignable on weaker evidence (``MatchParams.filled_score`` instead of ``min_score``): a header in a
language no word list knows, with values that agree, is the column's source more often than not.

A source's empty share counts *placeholders* as empty: a single value that makes up most of a
column whose other values are varied, and that is all zeros, all nines or a null word
(``00000000`` for "no deactivation date", ``999999``, ``N/A``). No value is stored: the share is a
number computed in memory.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from core.mapping.side import MatchColumn

#: pairs whose fill agreement is under this are not assigned
FILL_MIN = 0.05
#: a target needs at least this many example rows for its empty columns to say anything
MIN_EXAMPLE_ROWS = 2
#: a placeholder makes up at least this share of the non-empty values ...
PLACEHOLDER_SHARE = 0.5
#: ... and the other values have at least this many distinct ones (0/1 flags are no placeholders)
PLACEHOLDER_OTHERS = 5
_NULL_WORDS = frozenset({"n/a", "na", "null", "none", "nil", "-", "--", "?", "unknown", "#n/a", "nan"})
_ZEROS_NINES = re.compile(r"^[\s0./:\-]+$|^[\s9./:\-]{4,}$")


def is_placeholder(value: str) -> bool:
    """Whether ``value`` reads as "no value": a null word, all zeros or all nines (``0000-00-00``,
    ``9999-12-31`` is not one: it has other digits)."""
    v = value.strip().casefold()
    return v in _NULL_WORDS or bool(_ZEROS_NINES.match(v))


def empty_share(values: Sequence[str] | None, rows: int | None) -> float | None:
    """Share of ``rows`` that are empty or hold the column's placeholder (None when unknown)."""
    if values is None or not rows:
        return None
    empty = rows - len(values)
    if values:
        top, n = Counter(v.strip() for v in values).most_common(1)[0]
        others = len({v.strip() for v in values}) - 1
        if n >= PLACEHOLDER_SHARE * len(values) and others >= PLACEHOLDER_OTHERS and is_placeholder(top):
            empty += n
    return min(1.0, max(0.0, empty / rows))


def source_empty_share(c: MatchColumn) -> float | None:
    """A source column's empty share: from its values in memory when read, else from the catalog's
    profile (null count over row count), else None."""
    share = empty_share(c.values, c.row_count)
    if share is None and c.profile is not None and c.profile.row_count and c.profile.null_count is not None:
        share = c.profile.null_count / c.profile.row_count
    return share


def never_filled(d: MatchColumn) -> bool:
    """A target column empty in every one of at least :data:`MIN_EXAMPLE_ROWS` example rows."""
    return (d.row_count or 0) >= MIN_EXAMPLE_ROWS and not d.values


def filled_in_examples(d: MatchColumn) -> bool:
    """A target column that at least :data:`MIN_EXAMPLE_ROWS` example rows exist for and that some of
    them fill: something feeds it, so its best candidate may be assigned on weaker evidence
    (``MatchParams.filled_score``)."""
    return (d.row_count or 0) >= MIN_EXAMPLE_ROWS and bool(d.values)


def fill_matrix(src: Sequence[MatchColumn], dst: Sequence[MatchColumn]) -> np.ndarray:
    """Fill agreement (target x source) of the module docstring; NaN where not judged (the target
    column has example values, or too few example rows, or the source's empty share is unknown)."""
    out = np.full((len(dst), len(src)), np.nan)
    rows = [i for i, d in enumerate(dst) if never_filled(d)]
    if not rows or not src:
        return out
    q = np.array([np.nan if (s := source_empty_share(c)) is None else s for c in src])
    for i in rows:
        out[i] = q ** int(dst[i].row_count or 0)
    return out


def group_fill(fill: np.ndarray, i: int, sources: Sequence[int]) -> float:
    """Fill agreement of a column group for target ``i``: the target is filled when any part is, so
    the group is as empty as its fullest part (NaN parts say nothing)."""
    vals = [float(fill[i, j]) for j in sources if not np.isnan(fill[i, j])]
    return min(vals) if vals else float("nan")
