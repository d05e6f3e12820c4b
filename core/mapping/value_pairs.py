"""Value maps read off joined rows, in any language: where target rows can be joined to source rows, a source
column of a few values that always gives the same target value is that target's feed, and those rows are its map.

A target whose rows are known (a live table, a data file of target rows, example rows) may hold records of the
source (a re-run, a partial earlier migration). Nothing about either side's words is needed then:

* **the join** (:func:`join_rows`): a target column whose example values are distinct (one a row) and informative
  (:func:`informative`: not a run of small whole numbers, a line or row number every document has) and a source
  column holding each of them once (case and spaces folded; at least :data:`MIN_JOINED` rows and half of the
  target's rows): the rows are the same records;
* **a functional relation** (:func:`relation_strength`): over the joined rows each source value always gives one
  target value (purity: the share of rows whose target value is their source value's most frequent one), the
  source repeats its values (a category, not a row's own datum: at most half as many distinct values as rows) and
  the target takes two values or more; the strength is how much the source tells beyond the target's most
  frequent value (``(purity - base) / (1 - base)``), nothing under :data:`MIN_PURITY`. Grape variety -> colour is
  functional too, but only colour -> colour holds both ways: the strength is the weaker of the two directions
  where the target has as many values as the source or more; where the source has more (several spellings of
  one category, ``წით.``, ``წითელი`` -> ``red``, or a finer category) the source -> target one times the square
  root of the share of the source's entropy the target explains. Spellings of one word count as one value first
  (:func:`spelled_as_one`: case, accents, punctuation, an abbreviation written as one, with a dot, beginning a
  longer value). Only the pairs the shapes of their values already rank among the :data:`TOP_K` first of a target
  are judged (``among``), so the cost grows with the target columns, not with their product;
* **the map** (:func:`learned_map`): each source value -> its target value, from the joined rows, for the
  strategy's ``map_dict``; values seen with two target values, or in one row only (a value that repeats is a
  category; a value seen once may be a person's datum, which must not be written into a stored plan), are left to
  the spelling rules or listed unmatched.

Values are read in memory only (data_mode); a learned map is stored only where the PII policy's masking decision
clears both the source and the target column (:mod:`core.mapping.value_privacy`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from core.mapping.side import MatchColumn
from core.mapping.synth.lexicon import fold

#: rows that must join for a relation to be read
MIN_JOINED = 4
#: a relation holds where this share of the joined rows follow it
MIN_PURITY = 0.9
#: value agreement of the strongest relation (a relation read off a handful of rows is evidence, not proof)
AGREEMENT = 0.9
#: a source or target column with more distinct values than this in the joined rows is no category
MAX_VALUES = 60
#: a join key of whole numbers that is a run (its span at most this many times its count) and holds a value under
#: :data:`KEY_LEN` characters is a line or row number, shared by any two tables
RUN_SPAN, KEY_LEN = 2, 3
#: source candidates per target whose relation is judged (by their values' shape evidence)
TOP_K = 6
#: joined rows a relation is judged over (the first ones; a relation holds on a few hundred rows or not at all)
JOINED_MAX = 300


def informative(filled: Sequence[str]) -> bool:
    """Whether distinct key values can tell records apart across tables: values of :data:`KEY_LEN`+ characters, or
    not a run of whole numbers (``1..8`` is any document's line numbers)."""
    if all(len(v) >= KEY_LEN for v in filled) or not all(v.isdecimal() for v in filled):
        return True
    nums = [int(v) for v in filled]
    return max(nums) - min(nums) + 1 > RUN_SPAN * len(nums)


def _key(v: str | None) -> str:
    return " ".join((v or "").split()).casefold()


def _index(s: MatchColumn) -> dict[str, int]:
    """Folded cell -> its row, for cells that occur once."""
    index: dict[str, int] = {}
    dup: set[str] = set()
    for r, c in enumerate(s.cells or []):
        k = _key(c)
        if k in index:
            dup.add(k)
        index[k] = r
    return {k: r for k, r in index.items() if k and k not in dup}


def join_rows(src: Sequence[MatchColumn], dst: Sequence[MatchColumn]) -> list[tuple[int, int]]:
    """(target row, source row) pairs of the best join found by values (module docstring); [] when none."""
    keys = []
    for d in dst:
        cells = [_key(c) for c in d.cells or []]
        filled = [c for c in cells if c]
        if len(filled) >= MIN_JOINED and len(set(filled)) == len(filled) and informative(filled):
            keys.append(cells)
    if not keys:
        return []
    best: list[tuple[int, int]] = []
    for s in src:
        index = _index(s)
        for cells in keys:
            pairs = [(i, index[c]) for i, c in enumerate(cells) if c in index]
            if len(pairs) >= max(MIN_JOINED, sum(bool(c) for c in cells) / 2) and len(pairs) > len(best):
                best = pairs
    return best


def _purity(xs: Sequence[str], ys: Sequence[str]) -> float:
    top: dict[str, int] = {}
    for (x, _), n in Counter(zip(xs, ys, strict=True)).items():
        if n > top.get(x, 0):
            top[x] = n
    return sum(top.values()) / len(xs)


def _gain(xs: Sequence[str], ys: Sequence[str]) -> float:
    base = Counter(ys).most_common(1)[0][1] / len(ys)
    purity = _purity(xs, ys)
    if purity < MIN_PURITY or base >= 1.0:
        return 0.0
    return max(0.0, (purity - base) / (1.0 - base))


def relation_strength(xs: Sequence[str], ys: Sequence[str]) -> float | None:
    """How strongly source values ``xs`` determine target values ``ys`` over joined rows (module docstring); None
    where it cannot be judged (too few rows, one target value, a source of near-unique values: no category)."""
    rows = [(x, y) for x, y in zip(xs, ys, strict=True) if x and y]
    if len(rows) < MIN_JOINED:
        return None
    a = list(_spelled(tuple(x for x, _ in rows)))
    b = [y for _, y in rows]
    ka, kb = len(set(a)), len(set(b))
    if kb < 2 or ka > len(rows) / 2 or ka > MAX_VALUES or kb > MAX_VALUES:
        return None
    forward = _gain(a, b)
    if kb >= ka:
        return min(forward, _gain(b, a))
    # more source values than target values: spellings of one category, or a finer category that implies the
    # target (grape variety -> colour); the share of the source's entropy the target explains tells them apart
    return forward * min(1.0, _entropy(b) / _entropy(a)) ** 0.5


def _category(xs: tuple[str, ...]) -> bool:
    filled = tuple(x for x in xs if x)
    k = len(set(_spelled(filled)))
    return len(filled) >= MIN_JOINED and k <= min(MAX_VALUES, len(filled) / 2)


@lru_cache(maxsize=1024)
def _spelled(xs: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(spelled_as_one(xs))


def spelled_as_one(xs: Sequence[str]) -> list[str]:
    """Values with spellings of one word made one (folded: case, accents, punctuation; an abbreviation written as
    one, ending in a dot, that begins a longer value of the column, ``zorv.`` of ``zorvak``, is that value; ``in``
    and ``inactive`` stay two)."""
    folded = {x: fold(x) or x for x in set(xs)}
    longer = sorted(set(folded.values()), key=lambda f: (-len(f), f))
    canon = {x: next((g for g in longer if len(g) > len(f) >= 2 and g.startswith(f)), f)
             if x.rstrip().endswith(".") else f for x, f in folded.items()}
    return [canon[x] for x in xs]


def _entropy(xs: Sequence[str]) -> float:
    n = len(xs)
    return float(-sum(c / n * np.log(c / n) for c in Counter(xs).values())) or 1e-9


def relation_matrix(src: Sequence[MatchColumn], dst: Sequence[MatchColumn],
                    among: np.ndarray | None = None) -> np.ndarray:
    """Target x source value agreement from functional relations over joined rows (NaN where not judged). Where
    judged it is the values' evidence (:mod:`core.mapping.pair_matrix`): the same records say more than shapes,
    and a category that does not determine the target over them is no feed of it (any whole-value feed is a
    function of its source). ``among`` (target x source booleans): the only pairs judged (default: all)."""
    out = np.full((len(dst), len(src)), np.nan)
    if not any(d.cells for d in dst) or not any(s.cells for s in src):
        return out
    joined = join_rows(src, dst)[:JOINED_MAX]
    if not joined:
        return out
    # columns of equal joined values are judged once (a wide target repeats its kinds of columns)
    targets: dict[tuple[str, ...], list[int]] = {}
    for i, d in enumerate(dst):
        ys = tuple(_key((d.cells or [])[t]) for t, _ in joined)
        # a target a category feeds repeats its values as the category does (a function of it)
        if len({y for y in ys if y}) >= 2 and _category(ys):
            targets.setdefault(ys, []).append(i)
    sources: dict[tuple[str, ...], list[int]] = {}
    for j, s in enumerate(src):
        xs = tuple(_key((s.cells or [])[r]) for _, r in joined)
        if _category(xs):  # a source of near-unique values over the joined rows is no category: not judged
            sources.setdefault(xs, []).append(j)
    for ys, rows in targets.items():
        for xs, cols in sources.items():
            if among is not None and not among[np.ix_(rows, cols)].any():
                continue
            strength = relation_strength(xs, ys)
            if strength is not None:
                out[np.ix_(rows, cols)] = round(AGREEMENT * strength, 4)
    return out


def learned_map(pairs: Sequence[tuple[str | None, str | None]]) -> tuple[dict[str, str], list[str]]:
    """(source value -> target value, source values left unmatched) from joined (source, target) value pairs:
    values seen in two rows or more that always gave one target value (stripped, as written)."""
    by: dict[str, Counter[str]] = defaultdict(Counter)
    for x, y in pairs:
        if x is not None and x.strip() and y is not None and str(y).strip():
            by[x.strip()][str(y).strip()] += 1
    mapping: dict[str, str] = {}
    unmatched: list[str] = []
    for x, c in by.items():
        if len(c) == 1 and sum(c.values()) >= 2:
            mapping[x] = next(iter(c))
        else:
            unmatched.append(x)
    return mapping, sorted(unmatched)
