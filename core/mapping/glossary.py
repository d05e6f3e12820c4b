"""Cross-language header words: the glossary of ``assets_config/lexicons/header_terms.tsv``.

The domain catalog's aliases name whole *domains* (``preis`` is a price, ``datum`` a date); two
columns of one domain (arrival and departure dates, living and plot areas, total and deposit
amounts) are told apart only by the words of their headers, often in two languages. The glossary
lists common header words by meaning (English word, then spellings in other languages); a header
holding a spelling gets the English word as an extra token, so ``Partenza`` meets
``departure_date`` in the header overlap.

* A spelling counts when it is a header word, or two adjacent words joined (``horas extras``).
* A compound word (German, Dutch, Nordic) whose tail is a spelling of :data:`COMPOUND_PART`
  characters or more, after a head of as many, counts for that spelling (``Kaufpreis`` ->
  ``preis``), and for the head's too where the head is a spelling (``Kvotetype`` -> quota, type); a
  word listed itself never looks at its parts.
* A word of :data:`TRUNCATED` to :data:`TRUNCATED_MAX` letters that begins spellings of one meaning only (and is none
  itself) is a truncation of them (``LAENG`` -> ``laenge``, ``VOLUM`` -> ``volumen``).
* An Arabic word with the article (``الفرع``) counts for its spelling without it (``فرع``).
* A spelling listed under more than :data:`MAX_SENSES` meanings stands for none (too ambiguous);
  spellings under :data:`MIN_LEN` characters are ignored.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from pathlib import Path

from core.vocab.tokens import split_tokens

GLOSSARY = Path(__file__).resolve().parents[2] / "assets_config" / "lexicons" / "header_terms.tsv"
#: more languages (Nordic, Finnish, Hungarian, Czech, Romanian, Turkish, Greek, Russian, Vietnamese, Hebrew,
#: Arabic, Indonesian), read beside :data:`GLOSSARY`
MORE = GLOSSARY.with_name("header_terms_world.tsv")
#: the Arabic definite article, written joined to its word
_AL = "ال"
MIN_LEN = 3
MAX_SENSES = 2
COMPOUND_PART = 4
#: a header word of at least this many letters that begins spellings of one meaning only stands for it
TRUNCATED = 4
#: ... and at most this many (code-style field names: ``LAENG``; a longer word is a word of its own)
TRUNCATED_MAX = 5


def _key(spelling: str) -> str:
    """A spelling as header tokens joined (the tokenizer's transliteration: ``ü`` -> ``ue``)."""
    return "".join(split_tokens(spelling.replace("_", " ")))


class Glossary:
    """Spelling -> English header words."""

    def __init__(self, path: Path = GLOSSARY, *more: Path) -> None:
        senses: dict[str, set[str]] = {}
        lines = [x for p in (path, *more) if p.exists() for x in p.read_text(encoding="utf-8").splitlines()]
        for line in lines:
            if not line.strip() or line.startswith("#") or "\t" not in line:
                continue
            word, spellings = line.split("\t", 1)
            for s in [word, *spellings.split(";")]:
                k = _key(s)
                if len(k) >= MIN_LEN:
                    senses.setdefault(k, set()).add(word)
        self.words: dict[str, frozenset[str]] = {
            k: frozenset(t for w in v for t in split_tokens(w.replace("_", " ")))
            for k, v in senses.items() if len(v) <= MAX_SENSES}
        self._sorted = sorted(self.words)
        #: the English words themselves (whole words, never abbreviations: :func:`core.mapping.headers.abbreviates`)
        self.english_words = frozenset(t for v in self.words.values() for t in v)

    @cache  # noqa: B019 (one glossary per process)
    def english(self, word: str) -> frozenset[str]:
        """English header words of one header word (empty when unknown)."""
        hit = self.words.get(word)
        if hit is not None:
            return hit
        if word.startswith(_AL) and len(word) > len(_AL) + 2:  # الفرع -> فرع
            hit = self.words.get(word[len(_AL):])
            if hit is not None:
                return hit
        if TRUNCATED <= len(word) <= TRUNCATED_MAX:  # a truncated spelling (``laeng`` for ``laenge``): one meaning only
            found: set[frozenset[str]] = set()
            for k in self._sorted[bisect_left(self._sorted, word):]:
                if not k.startswith(word) or len(found) > 1:
                    break
                found.add(self.words[k])
            if len(found) == 1:
                return found.pop()
        if len(word) < 2 * COMPOUND_PART:
            return frozenset()
        for cut in range(COMPOUND_PART, len(word) - COMPOUND_PART + 1):  # the longest tail first
            hit = self.words.get(word[cut:])
            if hit is not None:  # a head that is a spelling too adds its word (``kvotetype`` -> quota, type)
                return hit | self.words.get(word[:cut], frozenset())
        return frozenset()

    def of(self, header: str) -> frozenset[str]:
        """English words for a header (its words and pairs of adjacent words)."""
        words = split_tokens(header)
        out: set[str] = set()
        for w in (*words, *(a + b for a, b in zip(words, words[1:], strict=False))):
            out |= self.english(w)
        return frozenset(out)


@cache
def glossary() -> Glossary:
    """The shipped glossary (both files), loaded once."""
    return Glossary(GLOSSARY, MORE)
