"""Yes/no spellings as value evidence for boolean targets.

A boolean target's examples are ``true``/``false``; a source writes its flag as words of its language
(``Тийм``/``Үгүй``, ``हाँ``/``नहीं``, ``kyllä``/``ei``), their initials (``Т``, ``Y``/``N``) or ``1``/``0``. No shape
or value overlap relates them, so the value component judged them apart. Here a source column counts as a flag
when its values take 2 to :data:`MAX_FORMS` case-folded forms, both a yes and a no among them, and at least
:data:`MIN_SHARE` of its non-empty values are yes/no spellings of the boolean lexicon
(``assets_config/lexicons/value_synonyms.json``, ``boolean``: the value maps use the same words). A single letter
reads as yes or no only where the lexicon lists it (``y``, ``n``, ``t``, ``f``, ``j``, ``x``) or where the column
itself also holds a word of one side that starts with it (``Тийм`` beside ``Т``): the initials of every word of the
lexicon would read ordinary codes as flags (``N``/``S`` hemispheres, ``D``/``C`` debit/credit, ``A``-``F`` grades).
:data:`FLAG_AGREEMENT` x that share is its value agreement with a boolean target whose header is at least
:data:`MIN_HEADER` like the source's (a flag, not which flag: only the header tells a table's flags apart, so a
flag with a silent header is no value evidence for a boolean target: ``cancel_yn`` is no ``gift_wrapped``).
Values are read in memory only (data_mode).

Session 15: forms are compared accent-folded (``οχι`` is ``όχι``, ``Ο`` its initial), check marks count as yes/no
(:data:`MARKS`: ``✓`` beside ``Да``/``Не``, ``Ndiyo``/``Hapana``, ``Ναι``/``Όχι``), and **silent flags**: where no
header speaks on either side (:func:`core.mapping.multilingual.speaks`: neither the boolean target's header nor the
flag's holds a word the encoder knows, and no header pairs them by :data:`MIN_HEADER`), the yes/no words are
evidence at :data:`SILENT_AGREEMENT` x share / max(silent targets, silent flags): always under the accept bar, so
a person confirms (``Тийм``/``Үгүй`` under ``Малчин өрх эсэх`` feeds a coded ``f7``). Two *readable* headers
about different things are no silence: ``deceased`` is no ``marketing_opt_in``, whatever their values. Where
headers tell some flags apart, those pairs are judged by them as before.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

import numpy as np

from core.mapping.multilingual import speaks
from core.mapping.side import MatchColumn
from core.mapping.synth.lexicon import fold

SYNONYMS = Path(__file__).resolve().parents[2] / "assets_config" / "lexicons" / "value_synonyms.json"
MAX_FORMS = 8
MIN_SHARE = 0.8
#: value agreement of a flag with a boolean target (x its share): that it is a flag, not which one (every flag of
#: a wide table is one; the header tells them apart), so less than matching values
FLAG_AGREEMENT = 0.65
#: header similarity a boolean target needs with a flag for the flag's yes/no words to count as its values
MIN_HEADER = 0.2
#: value agreement of a silent flag with a silent boolean target (x its share x spread; module docstring): under
#: the accept bar (0.55), so such a pair is held for a person
SILENT_AGREEMENT = 0.5
#: check and cross marks written for yes and no
MARKS = {"\u2713": True, "\u2714": True, "\u2611": True, "\u2705": True,
         "\u2717": False, "\u2718": False, "\u2610": False, "\u274c": False}


def _key(value: str) -> str:
    """A form's comparison key: a mark as itself, else case- and accent-folded (``ΟΧΙ``, ``οχι`` -> ``οχι``)."""
    v = value.strip()
    return v if v in MARKS else (fold(v) or v.casefold())


@cache
def yes_no() -> dict[str, bool]:
    """Case-folded spelling -> True (yes) / False (no): the lexicon's words and the letters it lists."""
    data = json.loads(SYNONYMS.read_text(encoding="utf-8")).get("boolean", {})
    out: dict[str, bool] = {}
    for concept, side in (("true", True), ("false", False)):
        for w in [concept, *data.get(concept, [])]:
            out[_key(w)] = side
    out.update(MARKS)
    return out


def _initials(forms: Iterable[str], words: dict[str, bool]) -> dict[str, bool]:
    """Letters of ``forms`` that are initials of the column's own yes/no words of one side only (``т`` beside
    ``тийм``); a letter the lexicon lists keeps its reading."""
    forms = set(forms)
    sides: dict[str, set[bool]] = {}
    for f in forms:
        if len(f) > 1 and f in words and f[0].isalpha():
            sides.setdefault(f[0], set()).add(words[f])
    return {c: next(iter(s)) for c, s in sides.items() if len(s) == 1 and c in forms and c not in words}


def flag_share(values: Sequence[str] | None) -> float:
    """Share of a column's non-empty values that are yes/no spellings (0 unless it reads as a flag)."""
    forms = Counter(_key(v) for v in values or [] if v and v.strip())
    if not 2 <= len(forms) <= MAX_FORMS:
        return 0.0
    words = yes_no()
    words = {**words, **_initials(forms, words)}
    sides = {words[f] for f in forms if f in words}
    if sides != {True, False}:
        return 0.0
    share = sum(n for f, n in forms.items() if f in words) / sum(forms.values())
    return share if share >= MIN_SHARE else 0.0


def boolean_matrix(src: Sequence[MatchColumn], dst: Sequence[MatchColumn], header: np.ndarray) -> np.ndarray:
    """Target x source value agreement of flag columns with boolean targets whose ``header`` similarity (target x
    source) reaches :data:`MIN_HEADER` (NaN where not judged)."""
    out = np.full((len(dst), len(src)), np.nan)
    rows = np.array([d.logical_type == "bool" for d in dst], dtype=bool)
    if not rows.any():
        return out
    h = np.nan_to_num(header)
    named = rows[:, None] & (h >= MIN_HEADER)
    shares = np.array([flag_share(s.values) if s.values else 0.0 for s in src])
    flags = shares > 0
    for j in np.flatnonzero(flags):
        out[named[:, j], j] = FLAG_AGREEMENT * shares[j]
    if not flags.any():
        return out
    # silent flags and silent boolean targets: no header speaks on either side (module docstring)
    mute_t = np.array([d.logical_type == "bool" and not speaks(d.original_name or d.name) for d in dst], dtype=bool)
    mute_s = np.array([bool(f) and not speaks(s.original_name or s.name) for s, f in zip(src, flags, strict=True)],
                      dtype=bool)
    quiet_t = rows & mute_t & ~(named[:, flags].any(axis=1))
    quiet_s = flags & mute_s & ~named[rows].any(axis=0)
    n_t, n_s = int(quiet_t.sum()), int(quiet_s.sum())
    if n_t and n_s:
        spread = 1.0 / max(n_t, n_s)  # a tie among several silent pairs is never one pair's evidence
        for j in np.flatnonzero(quiet_s):
            out[quiet_t, j] = np.fmax(out[quiet_t, j], SILENT_AGREEMENT * shares[j] * spread)
    return out
