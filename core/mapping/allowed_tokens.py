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
:data:`BASE` + :data:`GAIN` x share + :data:`HEADER_GAIN` x header similarity (under the accept bar without header
support, :mod:`core.mapping.unsupported`), proposed only for a target no
other decompose mechanism found a part for. Prose never feeds a category: a source whose values are mostly
:data:`PROSE_WORDS` words or more and mostly distinct (notes, comments) is skipped, and a two-letter category
(``NL``, ``DE``, ``IT``: also ordinary words, ``de``, ``it``, ``in``) counts only written in upper case as a word
or as a field of its own (``NL; Rotterdam``). Each source's values are folded once for every target (cached per
sample). Values are read in memory only (data_mode); nothing of them is stored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from core.mapping.side import MatchColumn
from core.mapping.synth.lexicon import fold
from core.mapping.unsupported import header_capped

MAX_RUN = 3
MIN_SHARE = 0.5
WHOLE_MAX = 0.2
BASE = 0.3
GAIN = 0.3
HEADER_GAIN = 0.3
#: a value of this many words or more is prose (a note, a comment), not a value with a category inside
PROSE_WORDS = 5
#: a source whose values are prose in this share, with as large a share of distinct values, feeds no category
PROSE_SHARE = 0.5
_SAMPLE = 500
_FIELDS = re.compile(r"[,;/|\t\u2013\u2014-]+")


def _runs(words: list[str]) -> set[str]:
    """Every run of 1-:data:`MAX_RUN` consecutive words, joined by a space, and joined without one (``d o o``)."""
    out: set[str] = set()
    for n in range(1, MAX_RUN + 1):
        for k in range(len(words) - n + 1):
            run = words[k:k + n]
            out.add(" ".join(run))
            out.add("".join(run))
    return out


class FoldedValues:
    """A source's sampled values folded once, with their word runs (shared by every target; module docstring)."""

    def __init__(self, values: Sequence[str]) -> None:
        pairs = [(v, f) for v in values[:_SAMPLE] if v and (f := fold(v))]
        self.originals = [v for v, _ in pairs]
        self.folded = [f for _, f in pairs]
        self.runs = [_runs(f.split()) for f in self.folded]
        self.prose = len(pairs) >= 5 and (
            sum(len(v.split()) >= PROSE_WORDS for v in self.originals) >= PROSE_SHARE * len(pairs)
            and len(set(self.folded)) >= PROSE_SHARE * len(pairs))
        self.vocab = set().union(*self.runs) if self.runs else set()


_CACHE: dict[tuple[str, ...], FoldedValues] = {}


def folded_values(values: Sequence[str]) -> FoldedValues:
    """:class:`FoldedValues` of a column's sample, cached per sample (repeated matches, eval sweeps)."""
    key = tuple(values[:_SAMPLE])
    hit = _CACHE.get(key)
    if hit is None:
        if len(_CACHE) > 512:
            _CACHE.clear()
        hit = _CACHE[key] = FoldedValues(values)
    return hit


def _stands_alone(original: str, key: str) -> bool:
    """Whether a two-letter category is written as one (upper case as a word, or a field of its own): ``de``,
    ``in``, ``it`` inside a sentence are words of a language, not ISO codes."""
    if re.search(rf"(?<![^\W_]){re.escape(key.upper())}(?![^\W_])", original):
        return True
    return any(fold(part) == key for part in _FIELDS.split(original))


def token_share(values: Sequence[str] | FoldedValues, allowed: Sequence[str]) -> float:
    """Share of ``values`` holding an allowed value inside (0 when the module's conditions fail)."""
    fv = values if isinstance(values, FoldedValues) else FoldedValues(values)
    keys = {k for a in allowed if (k := fold(a))}
    keys |= {k.replace(" ", "") for k in keys}
    n = len(fv.folded)
    if n < 5 or not keys or fv.prose or not (fv.vocab & keys):
        return 0.0
    whole = sum(f in keys or f.replace(" ", "") in keys for f in fv.folded)
    if whole > WHOLE_MAX * n:
        return 0.0
    words2 = {fold(a) for a in allowed if len(a.strip()) == 2 and a.strip().isalpha()}  # ``NL``, not ``d.d.``
    found: set[str] = set()
    holders = 0
    for orig, runs in zip(fv.originals, fv.runs, strict=True):
        hit = {k for k in runs & keys if k not in words2 or _stands_alone(orig, k)}
        if hit:
            holders += 1
            found |= hit
    if len(found) < 2 or max(len(k) for k in found) < 2:
        return 0.0
    share = holders / n
    return share if share >= MIN_SHARE else 0.0


def token_score(share: float, header: float) -> float:
    """The candidate's score; without header support it stays under the accept bar (a person confirms)."""
    sc = round(BASE + GAIN * share + HEADER_GAIN * header, 4)
    return header_capped(sc, header)


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
        fv = folded_values(c.values)
        if fv.prose or len(fv.folded) < 5:
            continue
        for i, allowed in targets:
            share = token_share(fv, allowed or [])
            if not share:
                continue
            sc = token_score(share, float(np.nan_to_num(header[i, j])))
            if i not in out or sc > out[i][1]:
                out[i] = (j, sc)
    return out
