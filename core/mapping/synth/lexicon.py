"""Value lexicons (``assets_config/lexicons``): countries in several languages, yes/no words,
honorifics, gender words, month names, US states — each a set of *concepts* with spellings.

Shared by value mapping (:mod:`core.mapping.value_map`) and by-example synthesis (a column of
country names -> ISO codes generalizes to countries no example showed). :func:`fold` is the
matching key: case-folded, accents removed, punctuation dropped, whitespace collapsed
(``"U.S.A."`` -> ``"usa"``, ``"États-Unis"`` -> ``"etats unis"``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from core.paths import ASSETS_CONFIG

LEXICON_DIR = ASSETS_CONFIG / "lexicons"
_PUNCT_SPACE = re.compile(r"[\s\-_/]+")
_DROP = re.compile(r"[^\w ]+")


@lru_cache(maxsize=65536)
def fold(value: str) -> str:
    """Matching key: casefold, strip accents, drop punctuation, collapse whitespace (memoized: value
    maps fold the same allowed values and lexicon spellings once per column)."""
    s = unicodedata.normalize("NFKD", value.casefold())
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).replace("ß", "ss")
    s = _PUNCT_SPACE.sub(" ", s)
    return _DROP.sub("", s).strip()


@dataclass
class Category:
    """One lexicon category: concept id -> spellings, and folded spelling -> concept ids."""

    name: str
    spellings: dict[str, list[str]] = field(default_factory=dict)
    forms: dict[str, dict[str, str]] = field(default_factory=dict)  # form name -> concept -> text
    index: dict[str, set[str]] = field(default_factory=dict)

    def add(self, concept: str, spelling: str) -> None:
        """Register one spelling of ``concept``."""
        self.spellings.setdefault(concept, []).append(spelling)
        key = fold(spelling)
        if key:
            self.index.setdefault(key, set()).add(concept)

    def concept_of(self, value: str) -> str | None:
        """The one concept ``value`` spells (None when unknown or ambiguous)."""
        hits = self.index.get(fold(value))
        return next(iter(hits)) if hits and len(hits) == 1 else None


@lru_cache(maxsize=4)
def load_lexicon(directory: Path = LEXICON_DIR) -> dict[str, Category]:
    """All categories: ``country`` (concept = ISO alpha-2; forms alpha2, alpha3) and the synonyms file."""
    cats: dict[str, Category] = {}
    country = Category("country", forms={"alpha2": {}, "alpha3": {}})
    for line in (directory / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        a2, a3, names = line.split("\t")
        country.forms["alpha2"][a2] = a2
        country.forms["alpha3"][a2] = a3
        for spelling in [a2, a3, *names.split(";")]:
            country.add(a2, spelling)
    cats["country"] = country
    data = json.loads((directory / "value_synonyms.json").read_text(encoding="utf-8"))
    for name, concepts in data.items():
        if name.startswith("_"):
            continue
        cat = Category(name, forms={"canonical": {}})
        for concept, spellings in concepts.items():
            cat.forms["canonical"][concept] = concept
            for spelling in [concept, *spellings]:
                cat.add(concept, spelling)
        cats[name] = cat
    return cats
