"""Row counters: a source column of distinct whole numbers that run densely from 1 (``Д/д``, ``क्रम सं.``, ``No.``)
numbers the rows; it measures nothing.

Its values look like any count's (small whole numbers), so the value evidence alone lets it feed a numeric target
whose header says nothing the matcher can read (``Тэмээ``: camels, ``यूनिट``: household units). A column is a row
counter when at least :data:`MIN_ROWS` of its values are whole numbers, all distinct, the smallest at most 2, and
they fill at least :data:`DENSE` of the range up to the largest (the sample is the table or a part of it: a part
of a counter is sparse and is simply not recognised). Against a numeric target whose domain says what it holds
(a quantity, an amount, a category or code: any domain but an identifier's, ``id.*``), a counter is demoted (score
x :data:`DEMOTE`) and not assignable unless its header names the target (:data:`core.mapping.scoring.STRONG_HEADER`).
A target with no domain (a line, sequence or position number) or an identifier's may well be fed by a counter and
is left alone. Values are read in memory only (data_mode).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from core.mapping.side import MatchColumn

MIN_ROWS = 20
DENSE = 0.9
DEMOTE = 0.5
_NUMERIC = ("int", "float", "decimal")
#: a counter's values are short: longer digit runs are no counter (and ``int`` refuses more than 4,300 digits)
MAX_DIGITS = 9


def is_row_counter(values: Sequence[str] | None) -> bool:
    """Whether ``values`` are distinct whole numbers running densely from 1 (module docstring)."""
    vals = [v.strip() for v in values or [] if v and v.strip()]
    if len(vals) < MIN_ROWS or not all(v.isdecimal() and len(v) <= MAX_DIGITS for v in vals):
        return False
    nums = [int(v) for v in vals]
    distinct = set(nums)
    return len(distinct) == len(nums) and min(nums) <= 2 and len(nums) >= DENSE * max(nums)


def counter_pairs(src: Sequence[MatchColumn], dst: Sequence[MatchColumn]) -> np.ndarray:
    """Target x source mask of the pairs a row counter should not feed: numeric targets with a domain other than an
    identifier's."""
    counters = np.array([is_row_counter(s.values) for s in src], dtype=bool)
    measures = np.array([d.logical_type in _NUMERIC and d.domain is not None and not d.domain.startswith("id.")
                         for d in dst],
                        dtype=bool)
    return measures[:, None] & counters[None, :]
