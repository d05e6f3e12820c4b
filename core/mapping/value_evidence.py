"""Value evidence that survives formatting and language: compact shapes with digit counts, and
coverage of a target's allowed values.

* **Compact shape** (:func:`compact_shape`): the value case-folded with everything but letters and
  digits removed, letter runs as ``a`` and digit runs as ``9``, plus the number of digits. Two
  spellings of one datum agree where the plain shape does not: ``NL91 ABNA 0417 1643 00`` and
  ``NL91ABNA0417164300``, ``030 1234567`` and ``+49301234567`` (digit counts within one count
  as close), ``1.234,56 €`` and ``1234.56``; a date (8 digits) and a phone (10-12) do not. Judged
  only where values hold digits (:data:`MIN_DIGITS` on average): text meets text everywhere.
* **Allowed-value coverage** (:func:`enum_coverage`): for a target with allowed values, the share
  of a categorical source's distinct values that name one of them by spelling: the same folded
  text, a lexicon concept (``Deutschland`` -> ``DE``), or a prefix (``ent`` -> ``enterprise``), its words inside
  the value or a code read from a name's letters (:mod:`core.mapping.value_codes`: ``Tax Invoice`` -> ``INVOICE``,
  ``Kandy Blend House`` -> ``KBH``, ``Cubao`` -> ``CBO``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np

from core.mapping.side import MatchColumn
from core.mapping.synth.lexicon import fold
from core.mapping.translit import romanized
from core.mapping.value_codes import letters_map
from core.mapping.value_map import category_of

_NON_ALNUM = re.compile(r"[\W_]+")
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d+")
#: average digits per value for the compact shape to be judged
MIN_DIGITS = 3
#: average digits from which two number columns are digit strings (identifiers), not quantities
ID_DIGITS = 7
#: a source with more distinct values than this is not categorical (no coverage judged)
MAX_CATEGORIES = 50
PREFIX_MIN = 3
SAMPLE = 100


def compact_shape(value: str) -> tuple[str, int]:
    """(class runs of the letters and digits only, number of digits) of one value."""
    s = _NON_ALNUM.sub("", value.casefold())
    digits = sum(ch.isdecimal() for ch in s)
    return _DIGITS.sub("9", _LETTERS.sub("a", s))[:12], digits


def _profile(values: Sequence[str]) -> tuple[dict[str, float], dict[int, float], float] | None:
    shapes = [compact_shape(v) for v in values[:SAMPLE]]
    if not shapes or sum(d for _, d in shapes) < MIN_DIGITS * len(shapes):
        return None
    n = len(shapes)
    runs = Counter(r for r, _ in shapes)
    digits: dict[int, float] = defaultdict(float)
    for _, d in shapes:  # one digit either way still counts half (a dropped trunk 0, a country code)
        digits[d] += 0.5
        digits[d - 1] += 0.25
        digits[d + 1] += 0.25
    return {k: v / n for k, v in runs.items()}, {k: v / n for k, v in digits.items()}, sum(d for _, d in shapes) / n


def _intersection(a: list[dict[object, float] | None], b: list[dict[object, float] | None]) -> np.ndarray:
    """Histogram intersection of every (a, b) pair (0 where either is None)."""
    vocab: dict[object, int] = {}
    for d in [*a, *b]:
        for k in d or {}:
            vocab.setdefault(k, len(vocab))
    def dense(docs: list[dict[object, float] | None]) -> np.ndarray:
        m = np.zeros((len(docs), max(len(vocab), 1)))
        for i, d in enumerate(docs):
            for k, v in (d or {}).items():
                m[i, vocab[k]] = v
        return m
    da, db = dense(a), dense(b)
    out = np.zeros((len(a), len(b)))
    step = max(1, 2_000_000 // max(1, len(b) * da.shape[1]))
    for k in range(0, len(a), step):  # bounded memory: chunks of rows
        out[k:k + step] = np.minimum(da[k:k + step, None, :], db[None, :, :]).sum(axis=2)
    return out


def compact_matrix(src: Sequence[MatchColumn], dst: Sequence[MatchColumn],
                   numeric: np.ndarray | None = None) -> np.ndarray:
    """Compact-shape agreement of every (target, source) pair: run-shape overlap x digit-count
    overlap; 0 where either side has no values or too few digits. ``numeric`` marks pairs of two
    number columns, judged by magnitude instead (the shapes of 0.19 and 4.162 agree, their scales
    do not) unless both hold digit strings of :data:`ID_DIGITS` (phones, account numbers)."""
    sp = [_profile(c.values) if c.values else None for c in src]
    dp = [_profile(c.values) if c.values else None for c in dst]
    if not any(sp) or not any(dp):
        return np.zeros((len(dst), len(src)))
    runs = _intersection([p[0] if p else None for p in dp], [p[0] if p else None for p in sp])  # type: ignore[misc]
    digits = _intersection([p[1] if p else None for p in dp], [p[1] if p else None for p in sp])  # type: ignore[misc]
    out = np.clip(runs * digits, 0.0, 1.0)
    if numeric is not None:
        long_d = np.array([bool(p and p[2] >= ID_DIGITS) for p in dp])
        long_s = np.array([bool(p and p[2] >= ID_DIGITS) for p in sp])
        out = np.where(numeric & ~(long_d[:, None] & long_s[None, :]), 0.0, out)
    return out


class _Allowed:
    """A target's allowed values as :func:`enum_coverage` reads them."""

    def __init__(self, allowed: Sequence[str]) -> None:
        self.folded = {f for a in allowed if (f := fold(a))}
        self.folded_list = sorted(self.folded)
        self.cat = category_of(tuple(allowed))
        self.concepts = {c for a in allowed if self.cat is not None and (c := self.cat.concept_of(a)) is not None}
        self.codes = initials(allowed)
        self.nodigit = {k for k, a in self.codes.items() if not any(ch.isdecimal() for ch in a)}

    def count(self, cats: Sequence[tuple[str, str]]) -> int:
        """How many of a column's distinct (value, folded) name an allowed value: by :meth:`names`, then by letters
        where that is unambiguous over the column (:func:`core.mapping.value_codes.letters_map`)."""
        named = [self.names(v, f) for v, f in cats]
        taken = {f for (_, f), ok in zip(cats, named, strict=True) if ok and f in self.folded}
        rest = [f for (_, f), ok in zip(cats, named, strict=True) if not ok]
        by_letters = letters_map(rest, self.folded_list, taken) if rest else {}
        return sum(named) + sum(f in by_letters for f in rest)

    def names(self, value: str, folded: str, *, romanize: bool = True) -> bool:
        """Whether ``value`` (folded: ``folded``) names one of the allowed values (its Latin spelling tried once);
        the letters rule is column-wide (:meth:`count`)."""
        if folded in self.folded:
            return True
        if self.cat is not None and self.cat.concept_of(value) in self.concepts:
            return True
        if len(folded) >= PREFIX_MIN and any(
                a.startswith(folded) or (len(a) >= PREFIX_MIN and folded.startswith(a)) for a in self.folded):
            return True
        key = code_key(folded)
        # a product code's number under a category without numbers: ``F30`` is *fixed*
        if key and (key in self.codes or key.rstrip("0123456789") in self.nodigit):
            return True
        if not romanize:
            return False
        # Greek or Cyrillic spelling of a Latin allowed value (``Κορωνέικη``); once only: letters the table does not
        # know (Mongolian ``ө``, ``ү``) stay in the romanized text, which would romanize again without end
        latin = romanized(value)
        return latin is not None and self.names(latin, fold(latin), romanize=False)


#: a code of at most this many characters may be an allowed value's initials (``SF`` -> single_family)
CODE_MAX = 4
_WORDS = re.compile(r"[^\W_]+")


def code_key(folded: str) -> str:
    """A short code as :func:`initials` keys it (letters and digits, no separators); "" when too long."""
    key = "".join(_WORDS.findall(folded))
    return key if 0 < len(key) <= CODE_MAX else ""


def initials(allowed: Sequence[str]) -> dict[str, str]:
    """Short codes that stand for exactly one allowed value: its words' initials with its numbers kept
    whole (``fixed_30`` -> ``f30``, ``arm_5_1`` -> ``a51``, ``owner_occupied`` -> ``oo``), its first letter
    with its numbers (``f30``) and, for a value without numbers, its first letter alone; a code two
    allowed values share stands for neither."""
    keys: dict[str, set[str]] = defaultdict(set)
    for a in allowed:
        words = _WORDS.findall(fold(a).replace(" ", "_"))
        if not words:
            continue
        nums = "".join(w for w in words if w.isdecimal())
        letters = "".join(w[0] for w in words if not w.isdecimal())
        first = words[0][0] if not words[0].isdecimal() else ""
        for k in {letters + nums, first + nums}:
            if k:
                keys[k].add(a)
        if not nums and first:
            keys[first].add(a)
            keys[letters].add(a)
    return {k: next(iter(v)) for k, v in keys.items() if len(v) == 1 and len(k) <= CODE_MAX}


def _categories(values: Sequence[str]) -> list[tuple[str, str]] | None:
    distinct = list(dict.fromkeys(v.strip() for v in values if v.strip()))
    if not distinct or len(distinct) > MAX_CATEGORIES:
        return None
    return [(v, f) for v in distinct if (f := fold(v))] or None


def enum_coverage(values: Sequence[str], allowed: Sequence[str]) -> float | None:
    """Share of the distinct values naming an allowed value (module docstring); None when the
    values are not categorical or nothing is allowed."""
    cats = _categories(values)
    if cats is None or not allowed:
        return None
    spec = _Allowed(allowed)
    return spec.count(cats) / len(cats)


def enum_matrix(src: Sequence[MatchColumn], dst: Sequence[MatchColumn]) -> np.ndarray:
    """:func:`enum_coverage` of every (target with allowed values, categorical source) pair; NaN elsewhere."""
    out = np.full((len(dst), len(src)), np.nan)
    cats = [_categories(s.values) if s.values else None for s in src]
    if not any(cats):
        return out
    rows: dict[tuple[str, ...], np.ndarray] = {}  # targets sharing one allowed list share one row
    for i, d in enumerate(dst):
        if not d.allowed:
            continue
        key = tuple(d.allowed)
        if key not in rows:
            spec = _Allowed(d.allowed)
            rows[key] = np.array([np.nan if not c else spec.count(c) / len(c) for c in cats])
        out[i] = rows[key]
    return out
