"""Spellings that name an allowed value without any word list: its words inside a longer value, and short codes
read from the letters of a name.

Exports write a categorical value the way people say it, and targets often keep a short code or a bare word:

* **words inside a value** (:func:`words_within`): every word of the allowed value begins a word of the source
  value (``Tax Invoice`` -> ``INVOICE``, ``harvesteri mõõtmine`` -> ``harvester``, ``Склад №2 (Подольск)`` in Latin
  letters -> ``PODOLSK``, ``Interim service`` -> ``INTERIM``), or each word of the value begins the allowed
  value's word in its place (:func:`words_abbreviated`: ``Cr Note`` -> ``CREDIT_NOTE``);
* **a code from a name** (:func:`code_of_name`): a code of 3-4 letters is the initials of a name's words (``Kandy
  Blend House`` -> ``KBH``, ``Lanka Kettle Co.`` -> ``LKC``, ``LOTUS PRODUCE BROKERS (PVT) LTD`` -> ``LPB``: the
  initials begin with the code) or the letters of one of its words in order, from the first (``Cubao`` -> ``CBO``,
  ``Quiapo`` -> ``QPO``, ``Colombo`` -> ``CMB``); and the other way round, a source code read in an allowed name
  (``LHR`` -> ``Lahore``, ``SKP`` -> ``Sheikhupura``).

Nothing here knows a language: the letters are compared as written (folded: case, accents, punctuation), so a
transliteration (:mod:`core.mapping.translit`) is what lets another script take part. Two-letter codes are left to
the stricter rules of :func:`core.mapping.value_evidence.initials` (two letters in order occur in most words).
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Collection, Sequence

#: shortest allowed word a source word may begin with (shorter ones must equal the word)
PREFIX_WORD = 4
#: codes read from letters have this many letters (fewer occur in order in almost any word)
CODE_MIN, CODE_MAX = 3, 4
#: a word whose letters spell a code is at most this long (in a long word any three letters occur in order)
WORD_MAX = 12
#: two values naming one allowed value are spellings of one word from this similarity on (``Cubao``/``Qc Cubao``)
SAME_WORD = 0.85
_VOWELS = frozenset("aeiou")


def _words(folded: str) -> list[str]:
    return [w for w in folded.split() if w]


def words_within(folded_value: str, folded_allowed: str) -> bool:
    """Whether every word of ``folded_allowed`` (3+ characters each) is a word of ``folded_value`` or, from
    :data:`PREFIX_WORD` characters, begins one, while the value has more words or longer ones (an equal value is
    the exact rule's)."""
    want, have = _words(folded_allowed), _words(folded_value)
    if not want or not have or folded_value == folded_allowed or any(len(w) < 3 for w in want):
        return False
    return all(any(h == w or (len(w) >= PREFIX_WORD and h.startswith(w)) for h in have) for w in want)


def words_abbreviated(folded_value: str, folded_allowed: str) -> bool:
    """Whether the value abbreviates the allowed value word by word: as many words (2+), each beginning its
    counterpart (``Cr Note`` -> ``CREDIT_NOTE``)."""
    have, want = _words(folded_value), _words(folded_allowed)
    return (len(have) == len(want) >= 2 and folded_value != folded_allowed
            and all(w.startswith(h) for h, w in zip(have, want, strict=True)))


def _is_code(folded: str) -> bool:
    return CODE_MIN <= len(folded) <= CODE_MAX and folded.isalpha() and " " not in folded


def in_order(code: str, word: str) -> bool:
    """Whether ``code``'s letters occur in ``word`` in order, the first one first (``cbo`` in ``cubao``), each later
    letter a consonant but for the word's own last letter (``cbo``: ``cubao`` ends in ``o``); a vowel read from inside
    a word (``new`` in ``network``) is a word's beginning, not its code."""
    if not word or not code or word[0] != code[0] or len(word) <= len(code) or len(word) > WORD_MAX:
        return False
    if any(ch in _VOWELS for ch in code[1:-1]) or (code[-1] in _VOWELS and code[-1] != word[-1]):
        return False
    k = 1
    for ch in word[1:]:
        if k < len(code) and ch == code[k]:
            k += 1
    return k == len(code)


def code_of_name(folded_name: str, folded_code: str) -> bool:
    """Whether the code (3-4 letters) is read from the name: the initials of its words (2+ words) begin with it,
    or the letters of one of its words spell it in order (:func:`in_order`)."""
    if not _is_code(folded_code):
        return False
    words = [w for w in _words(folded_name) if w.isalpha()]
    if len(words) >= 2 and "".join(w[0] for w in words).startswith(folded_code):
        return True
    return any(in_order(folded_code, w) for w in words)


def names_by_letters(folded_value: str, folded_allowed: Sequence[str]) -> list[str]:
    """The folded allowed values ``folded_value`` names by words or by a code's letters (either side the code)."""
    out = []
    for a in folded_allowed:
        if (words_within(folded_value, a) or words_abbreviated(folded_value, a)
                or code_of_name(folded_value, a) or code_of_name(a, folded_value)):
            out.append(a)
    return out


def _one_word(values: Sequence[str]) -> bool:
    """Whether the folded values are spellings of one name: equal letters, :data:`SAME_WORD` alike, or the words of
    the shortest all words of each other (``Cubao`` / ``QC - Cubao``)."""
    base = min(values, key=lambda v: (len(_words(v)), v))
    words = set(_words(base))
    squashed = "".join(ch for ch in base if ch.isalnum())
    for v in values:
        q = "".join(ch for ch in v if ch.isalnum())
        if not (q == squashed or words <= set(_words(v))
                or difflib.SequenceMatcher(None, q, squashed).ratio() >= SAME_WORD):
            return False
    return True


def letters_map(folded_values: Sequence[str], folded_allowed: Sequence[str],
                taken: Collection[str] = ()) -> dict[str, str]:
    """The folded values of one column that name an allowed value by letters (:func:`names_by_letters`), kept only
    where the rule is unambiguous over the column: a value naming two allowed values is left out; an allowed value
    named by two values that are not spellings of one word (``Manila``/``Muntinlupa`` -> ``MNL``) is given to
    neither; an allowed value another rule already gave a value of the column (``taken``: ``Paid`` -> ``PAID``) is
    not given by letters too (``Not Paid``)."""
    named: dict[str, list[str]] = defaultdict(list)
    for v in dict.fromkeys(folded_values):
        got = names_by_letters(v, folded_allowed)
        if len(got) == 1:
            named[got[0]].append(v)
    return {v: a for a, vs in named.items() if a not in taken and (len(vs) == 1 or _one_word(vs)) for v in vs}
