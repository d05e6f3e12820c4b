"""Personal names read from their shape as decompose candidates for name parts (data_mode).

A decompose candidate for a first/last name target normally needs a source whose domain is a whole
name (:func:`core.mapping.groups.decompose_candidate`). Domaining leaves a column without a domain
when its header is in a language it does not know and its values mix scripts (``Keziah Garcia`` beside
``김민준``, a Korean name written solid), and then no part of it is proposed. Here a source column is a
whole name by its values: at least :data:`NAME_SHARE` of them are 2-3 words of letters, each beginning
with a capital (``Mary Smith``, ``LO BIANCO Francesco``), or 2-4 Hangul syllables / CJK ideographs / kana
(``김민준``, ``佐藤花子``, spaced or not), and its distinct values are many (a list of staff or cities
repeats itself: at least :data:`DISTINCT_MIN` of the values distinct).

The shape alone also fits company names (``Nordic Freight``), cities (``Buenos Aires``, ``北京``) and
products, so a column is read this way only when it has no domain or a ``person.*`` domain or candidate,
and its names are found in the gazetteers: at least :data:`KNOWN_LATIN` of the Latin names' words are known
given names or surnames (:mod:`core.pii.names`), at least :data:`KNOWN_CJK` of the CJK names begin with a
common family name's character (``assets_config/lexicons/cjk_surname_initials.txt``).

Such a column is a candidate for each target whose domain is a part of a whole name, scored
:data:`BASE` + :data:`GAIN` x name share + :data:`SCRIPT` x script fit + :data:`HEAD` x header,
where the script fit is the share of the column's names written in a script the target's example
values use (Latin examples: the guests' Latin names, not the staff's Hangul). The split itself is
:func:`core.mapping.part_strategies.cjk_name_split` or the word-position split.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from core.mapping.domain_facts import DomainFacts
from core.mapping.part_strategies import CJK
from core.mapping.side import MatchColumn
from core.paths import ASSETS_CONFIG
from core.pii.names import load_name_lexicon

NAME_SHARE = 0.6
DISTINCT_MIN = 0.5
BASE = 0.3
GAIN = 0.2
SCRIPT = 0.2
HEAD = 0.2
#: share of the Latin name-shaped values' words that must be known given names or surnames
KNOWN_LATIN = 0.3
#: share of the CJK name-shaped values that must begin with a common family name's character
KNOWN_CJK = 0.7
#: the whole-name domain whose parts are served
WHOLE = "person.full_name"
_LATIN_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ž'’\-]*\.?"
_LATIN_NAME = re.compile(rf"^{_LATIN_WORD}(?: +{_LATIN_WORD}){{1,2}}$")
_CJK_NAME = re.compile(f"^[{CJK}]{{1,3}} ?[{CJK}]{{1,3}}$")
_CJK_CHAR = re.compile(f"[{CJK}]")


def _script(value: str) -> str:
    return "cjk" if _CJK_CHAR.search(value) else "latin"


@lru_cache(maxsize=1)
def cjk_surname_initials() -> frozenset[str]:
    """First characters of common CJK family names (the lexicon file)."""
    text = (ASSETS_CONFIG / "lexicons" / "cjk_surname_initials.txt").read_text(encoding="utf-8")
    return frozenset(s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#"))


def _shaped(v: str) -> bool:
    return bool(_LATIN_NAME.match(v) or (_CJK_NAME.match(v) and 2 <= len(v.replace(" ", "")) <= 4))


def name_share(values: Sequence[str]) -> float:
    """Share of the non-empty ``values`` shaped like a personal name (module docstring)."""
    vals = [v.strip() for v in values if v.strip()]
    if not vals:
        return 0.0
    return sum(_shaped(v) for v in vals) / len(vals)


def known_names(values: Sequence[str]) -> bool:
    """The name-shaped ``values`` are names the gazetteers know (module docstring): company names, cities
    and products shaped like names are not."""
    lex, initials = load_name_lexicon(), cjk_surname_initials()
    words = known = cjk = cjk_known = 0.0
    for v in (v.strip() for v in values):
        if not _shaped(v):
            continue
        if _script(v) == "cjk":
            cjk, cjk_known = cjk + 1, cjk_known + (v[0] in initials)
            continue
        for w in v.split():
            w = w.rstrip(".")
            words += 1
            known += max(lex.weight(w, lex.given), lex.weight(w, lex.surnames))
    latin_ok = not words or known / words >= KNOWN_LATIN
    cjk_ok = not cjk or cjk_known / cjk >= KNOWN_CJK
    return latin_ok and cjk_ok and bool(words or cjk)


def _personal(s: MatchColumn) -> bool:
    """No domain, or a person's domain or candidate."""
    return s.domain is None or s.domain.startswith("person.") or any(
        k.startswith("person.") for k in s.domain_candidates)


def name_decomposes(src: Sequence[MatchColumn], dst: Sequence[MatchColumn], facts: DomainFacts,
                    header: np.ndarray) -> dict[int, tuple[int, float]]:
    """Per target row (source index, score) of the module docstring; ``header``: target x source header
    similarity."""
    parts = set(facts.composites.get(WHOLE, []))
    rows = [i for i, d in enumerate(dst) if d.domain in parts and d.logical_type == "string"]
    if not rows:
        return {}
    names: dict[int, tuple[float, dict[str, float]]] = {}
    for j, s in enumerate(src):
        vals = [v.strip() for v in (s.values or [])[:500] if v.strip()]
        if len(vals) < 5 or len(set(vals)) < DISTINCT_MIN * len(vals) or s.logical_type != "string":
            continue
        if not _personal(s):
            continue
        share = name_share(vals)
        if share < NAME_SHARE or not known_names(vals):
            continue
        scripts: dict[str, float] = {}
        for v in vals:
            scripts[_script(v)] = scripts.get(_script(v), 0.0) + 1 / len(vals)
        names[j] = (share, scripts)
    out: dict[int, tuple[int, float]] = {}
    for i in rows:
        ex = [v.strip() for v in dst[i].values or [] if v.strip()]
        want = {_script(v) for v in ex}
        for j, (share, scripts) in names.items():
            fit = sum(scripts.get(k, 0.0) for k in want) if want else 0.5
            sc = round(BASE + GAIN * share + SCRIPT * fit + HEAD * float(header[i, j]), 4)
            if i not in out or sc > out[i][1]:
                out[i] = (j, sc)
    return out
