"""Yes/no spellings as value evidence for boolean targets.

A boolean target's examples are ``true``/``false``; a source writes its flag as words of its language
(``Тийм``/``Үгүй``, ``हाँ``/``नहीं``, ``kyllä``/``ei``), their initials (``Т``, ``Y``/``N``) or ``1``/``0``. No shape
or value overlap relates them, so the value component judged them apart. Here a source column counts as a flag
when its values take 2 to :data:`MAX_FORMS` case-folded forms, both a yes and a no among them, and at least
:data:`MIN_SHARE` of its non-empty values are yes/no spellings of the boolean lexicon
(``assets_config/lexicons/value_synonyms.json``, ``boolean``: the value maps use the same words) or the first
letter of one (a letter that starts both a yes and a no word names neither); :data:`FLAG_AGREEMENT` x that share is
its value agreement with every boolean target (a flag, not which flag: the header tells a wide table's flags
apart). Values are read in memory only (data_mode).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

from core.mapping.side import MatchColumn

SYNONYMS = Path(__file__).resolve().parents[2] / "assets_config" / "lexicons" / "value_synonyms.json"
MAX_FORMS = 8
MIN_SHARE = 0.8
#: value agreement of a flag with a boolean target (x its share): that it is a flag, not which one (every flag of
#: a wide table is one; the header tells them apart), so less than matching values
FLAG_AGREEMENT = 0.65


@cache
def yes_no() -> dict[str, bool]:
    """Case-folded spelling -> True (yes) / False (no), with the initials that start words of one side only."""
    data = json.loads(SYNONYMS.read_text(encoding="utf-8")).get("boolean", {})
    out: dict[str, bool] = {}
    for concept, side in (("true", True), ("false", False)):
        for w in [concept, *data.get(concept, [])]:
            out[w.casefold()] = side
    initials: dict[str, set[bool]] = {}
    for w, side in list(out.items()):
        if len(w) > 1 and w[0].isalpha():
            initials.setdefault(w[0], set()).add(side)
    for letter, sides in initials.items():
        if len(sides) == 1 and letter not in out:
            out[letter] = next(iter(sides))
    return out


def flag_share(values: Sequence[str] | None) -> float:
    """Share of a column's non-empty values that are yes/no spellings (0 unless it reads as a flag)."""
    forms = Counter(v.strip().casefold() for v in values or [] if v and v.strip())
    if not 2 <= len(forms) <= MAX_FORMS:
        return 0.0
    words = yes_no()
    sides = {words[f] for f in forms if f in words}
    if sides != {True, False}:
        return 0.0
    share = sum(n for f, n in forms.items() if f in words) / sum(forms.values())
    return share if share >= MIN_SHARE else 0.0


def boolean_matrix(src: Sequence[MatchColumn], dst: Sequence[MatchColumn]) -> np.ndarray:
    """Target x source value agreement of flag columns with boolean targets (NaN where not judged)."""
    out = np.full((len(dst), len(src)), np.nan)
    rows = [i for i, d in enumerate(dst) if d.logical_type == "bool"]
    if not rows:
        return out
    for j, s in enumerate(src):
        share = flag_share(s.values) if s.values else 0.0
        if share:
            out[rows, j] = FLAG_AGREEMENT * share
    return out
