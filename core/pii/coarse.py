"""Coarse attributes recognised by their values (issue 11): countries and small numbers shared by many rows.

* :func:`country_share`: the share of rows whose value is a country (ISO 3166 alpha-2 or alpha-3 code in any
  letter case, or a country name from ``assets_config/lexicons/countries.tsv``, accents folded). A nationality or
  a country of residence is coarse (shared by millions); :mod:`core.pii.decide` clears a column on nine in ten
  such rows, or on half of them under a header naming nationality (the rest are demonyms: ``Saudi``, ``Vietnamese``),
  never a column that mixes countries with towns under a header that says nothing (a place of birth).
* :func:`small_number_vocabulary`: a few small numbers (below 100, at most :data:`SMALL_DISTINCT_MAX` distinct, none
  zero-padded) each shared by :data:`core.pii.proof.K_MIN` rows or more: codes of a closed list (an ECI, a term in
  days), not a house number, a postal code (three digits or more) or a day of birth (31 values).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from core.paths import ASSETS_CONFIG
from core.pii.names import fold_name
from core.pii.proof import K_MIN

SMALL_DISTINCT_MAX = 8
COUNTRY_SHARE_MIN = 0.9
NATIONALITY_SHARE_MIN = 0.5


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Folded country codes and names."""
    out: set[str] = set()
    path = ASSETS_CONFIG / "lexicons" / "countries.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        a2, a3, names = line.split("\t")
        out.update(fold_name(x) for x in [a2, a3, *names.split(";")] if x.strip())
    return frozenset(out)


def country_share(texts: Sequence[str]) -> float:
    """Share of ``texts`` that name a country (module docstring)."""
    if not texts:
        return 0.0
    known = _countries()
    return sum(fold_name(t.strip()) in known for t in texts) / len(texts)


def small_number_vocabulary(texts: Sequence[str]) -> bool:
    """A few small numbers shared by many rows (module docstring)."""
    counts = Counter(t.strip() for t in texts if t.strip())
    if not counts or len(counts) > SMALL_DISTINCT_MAX or min(counts.values()) < K_MIN:
        return False
    return all(v.isdecimal() and len(v) <= 2 and (v == "0" or not v.startswith("0")) for v in counts)
