"""Personal names read from their shape as decompose candidates for name parts (data_mode).

A decompose candidate for a first/last name target normally needs a source whose domain is a whole
name (:func:`core.mapping.groups.decompose_candidate`). Domaining leaves a column without a domain
when its header is in a language it does not know and its values mix scripts (``Keziah Garcia`` beside
``김민준``, a Korean name written solid), and then no part of it is proposed. Here a source column is a
whole name by its values: at least :data:`NAME_SHARE` of them are 2-3 words of letters, each beginning
with a capital (``Mary Smith``, ``LO BIANCO Francesco``), or 2-4 Hangul syllables / CJK ideographs / kana
(``김민준``, ``佐藤花子``, spaced or not), and its distinct values are many (a list of staff or cities
repeats itself: at least :data:`DISTINCT_MIN` of the values distinct).

Such a column is a candidate for each target whose domain is a part of a whole name, scored
:data:`BASE` + :data:`GAIN` x name share + :data:`SCRIPT` x script fit + :data:`HEAD` x header,
where the script fit is the share of the column's names written in a script the target's example
values use (Latin examples: the guests' Latin names, not the staff's Hangul). The split itself is
:func:`core.mapping.part_strategies.cjk_name_split` or the word-position split.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from core.mapping.domain_facts import DomainFacts
from core.mapping.part_strategies import CJK
from core.mapping.side import MatchColumn

NAME_SHARE = 0.6
DISTINCT_MIN = 0.5
BASE = 0.3
GAIN = 0.2
SCRIPT = 0.2
HEAD = 0.2
#: the whole-name domain whose parts are served
WHOLE = "person.full_name"
_LATIN_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ž'’\-]*\.?"
_LATIN_NAME = re.compile(rf"^{_LATIN_WORD}(?: +{_LATIN_WORD}){{1,2}}$")
_CJK_NAME = re.compile(f"^[{CJK}]{{1,3}} ?[{CJK}]{{1,3}}$")
_CJK_CHAR = re.compile(f"[{CJK}]")


def _script(value: str) -> str:
    return "cjk" if _CJK_CHAR.search(value) else "latin"


def name_share(values: Sequence[str]) -> float:
    """Share of the non-empty ``values`` shaped like a personal name (module docstring)."""
    vals = [v.strip() for v in values if v.strip()]
    if not vals:
        return 0.0
    return sum(bool(_LATIN_NAME.match(v) or (_CJK_NAME.match(v) and 2 <= len(v.replace(" ", "")) <= 4))
               for v in vals) / len(vals)


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
        share = name_share(vals)
        if share < NAME_SHARE:
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
