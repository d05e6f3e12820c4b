"""Expanding unseen vowel-dropped and truncated abbreviations against the catalog vocabulary.

Fixed-width ERP and student-record schemas abbreviate every word their own way (Dynamics GP
``CUSTNMBR``, ``SLPRSNID``, ``CRLMTAMT``; SITS ``STU_FNM1``, ``STU_CAPC``): no abbreviation table lists
them all. :class:`AbbreviationExpander` reads a header token that is not a vocabulary word as a
sequence of pieces, each either a known word, a known abbreviation, or a *contraction* of a vocabulary
word: its consonant skeleton (first letter plus the remaining consonants, doubles merged: ``nmbr`` ->
number, ``prsn`` -> person), a prefix of that skeleton covering at least :data:`MIN_COVER` of it (``cntc``
-> contact), or a prefix of the word of at least :data:`MIN_PREFIX` letters (``cust`` -> customer). A whole
skeleton beats a skeleton prefix, which beats a truncation; then the word used most often in the
catalog's aliases wins (ties: the shorter word, then alphabetical), so the expansion is deterministic.
The segmentation with the fewest pieces (at most :data:`MAX_PIECES`) wins; a known word or abbreviation
piece has at least :data:`MIN_PIECE` letters or is one of :data:`SHORT_PIECES`.

Tokens of :data:`LONG_TOKEN` letters or more with a vowel share of :data:`WORDLIKE_VOWELS` or more read
as words of some language, not abbreviations, and are left alone. The expansion is a guess: the matcher
gives such a variant a lower weight than the header as written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

MIN_PIECE = 3
MIN_PREFIX = 4
MIN_COVER = 0.75
MAX_PIECES = 3
LONG_TOKEN = 7
WORDLIKE_VOWELS = 0.28
#: Two-letter pieces accepted as known words (class words of abbreviated schemas).
SHORT_PIECES = frozenset({"id", "no", "nr", "cd", "dt", "ts", "ip"})
MIN_TOKEN = 3
MAX_TOKEN = 16
_VOWELS = frozenset("aeiouy")


def skeleton(word: str) -> str:
    """First letter plus the remaining consonants, doubled letters merged (``number`` -> ``nmbr``)."""
    out = [word[0]] if word else []
    for c in word[1:]:
        if c not in _VOWELS and c != out[-1]:
            out.append(c)
    return "".join(out)


class AbbreviationExpander:
    """Contraction index over a vocabulary (see module docstring)."""

    def __init__(self, alias_texts: Iterable[str], abbreviations: Mapping[str, str]) -> None:
        words = [w for a in alias_texts for w in a.split() if w.isalpha()]
        freq: Counter[str] = Counter(w for w in words if len(w) >= 4)
        self.known = set(words) | set(abbreviations)
        self.abbreviations = dict(abbreviations)
        index: dict[str, tuple[int, int, int, str]] = {}
        for w, n in freq.items():
            sk = skeleton(w)
            keys = {w[:k]: 2 for k in range(MIN_PREFIX, len(w))}  # truncation: cust -> customer
            keys.update({sk[:k]: 1 for k in range(MIN_PIECE, len(sk)) if k >= MIN_COVER * len(sk)})
            keys[sk] = 0  # the whole skeleton: nmbr -> number (best)
            for key, exactness in keys.items():
                rank = (exactness, -n, len(w), w)
                if key not in index or rank < index[key]:
                    index[key] = rank
        self._index = {k: v[3] for k, v in index.items()}
        self._cache: dict[str, tuple[str, ...] | None] = {}

    def _piece(self, piece: str) -> str | None:
        if piece in self.known and (len(piece) >= MIN_PIECE or piece in SHORT_PIECES):
            return self.abbreviations.get(piece, piece)
        if len(piece) < MIN_PIECE:
            return None
        return self._index.get(piece)

    def expand(self, token: str) -> tuple[str, ...] | None:
        """Words a non-vocabulary token abbreviates (``custnmbr`` -> ``(customer, number)``), or None."""
        if token in self._cache:
            return self._cache[token]
        out: tuple[str, ...] | None = None
        n = len(token)
        vowel_ratio = sum(1 for c in token if c in _VOWELS) / n if n else 0.0
        looks_abbreviated = n < LONG_TOKEN or vowel_ratio < WORDLIKE_VOWELS  # "kontingent" is a word, not a code
        if MIN_TOKEN <= n <= MAX_TOKEN and token.isalpha() and token not in self.known and looks_abbreviated:
            best: list[tuple[int, tuple[str, ...]] | None] = [None] * (n + 1)
            best[0] = (0, ())
            for end in range(1, n + 1):
                for start in range(max(0, end - 12), end):
                    prev = best[start]
                    word = self._piece(token[start:end]) if prev is not None else None
                    if prev is None or word is None:
                        continue
                    if prev[0] >= MAX_PIECES:
                        continue
                    cand = (prev[0] + 1, (*prev[1], *word.split()))
                    if best[end] is None or cand[0] < best[end][0]:  # type: ignore[index]
                        best[end] = cand
            final = best[n]
            out = final[1] if final is not None and final[1] != (token,) else None
        if len(self._cache) < 65536:
            self._cache[token] = out
        return out
