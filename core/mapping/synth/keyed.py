"""Keyed numbers: a number named by the unit word written after it, absent meaning zero.

Durations and quantities written as parts (``1h 30m``, ``PT45M``, ``2 days 3 hours``) hold a
varying subset of their parts; a number's *role* is its key (``h``, ``M``, ``day``), not its
position, so ``PT45M`` has 0 hours. A keyed source reads ``([0-9]*\\.?[0-9]+)[ ]*key`` and defaults to 0
when the key is absent from a value of the family's overall shape (:func:`family_shape`: the examples' prefixes,
keyed parts with their separators, suffixes), else is null: ``garbage``, ``1H`` or ``P1D`` beside ``PT1H30M`` is no
duration, not 0 (emitted as ``regex_extract``, then the shape tested, ``coalesce`` with a constant ``0``);
the arithmetic fits (:mod:`.numexpr`) then combine the keys linearly (``60*H + M``).

Only built when some key is missing from some example: when every example has every part,
the positional sources already read them. Numbers with a decimal comma (``2,5 kg`` beside ``1 kg 250 g``) are read
through the ``num_txt`` view (session 12).
"""

from __future__ import annotations

import itertools
import re

from core.mapping.synth import numeric
from core.mapping.synth.atoms import LETTER, Selector, View
from core.mapping.synth.numterms import Row, Source
from core.mapping.synth.views import DEC_COMMA, view_value
from dsl import units

_KEYED = re.compile(f"([0-9]*\\.?[0-9]+)[\\t ]*([{LETTER}]+)")
MAX_KEYS = 4


def _key(word: str) -> str:
    """The key of a unit word: a plural ``s`` dropped (``days`` and ``day`` are one key)."""
    return word[:-1] if len(word) > 2 and word.endswith("s") else word


def keyed_sources(rows: list[Row]) -> list[Source]:
    """Sources for the keys written after numbers in input ``idx`` of the rows, when the examples
    disagree on which keys they hold; empty otherwise."""
    out: list[Source] = []
    for idx in range(len(rows[0]) if rows else 0):
        vals = [r[idx] for r in rows]
        if any(v is None for v in vals):
            continue
        # decimal commas (``2,5 kg``) read through the ``num_txt`` view (its decimal commas as points) when some value
        # adds parts up (``1 kg 250 g``); alternatives of one dimension (``0,25 h``, ``45 min``) are the unit
        # conversion's (:mod:`.unitcols`), which reads the units no example shows too
        sums = any(len(_KEYED.findall(v or "")) > 1 for v in vals)
        kind = "num_txt" if sums and any(re.search(DEC_COMMA, v or "") for v in vals) else "raw"
        vals = [view_value(kind, v) for v in vals]
        per = [[_key(w) for _, w in _KEYED.findall(v or "")] for v in vals]
        if any(len(set(keys)) != len(keys) for keys in per):
            continue  # a key twice in one value: not a list of parts
        keys = list(dict.fromkeys(k for keys in per for k in keys))  # in order of first appearance
        if not 2 <= len(keys) <= MAX_KEYS or all(set(keys) == set(p) for p in per):
            continue  # every part everywhere: the positional sources read them
        if max(map(len, per)) < 2 and len({_dimension(k) for k in keys} | {None}) != 2:
            continue  # words that never meet are alternatives: only known units of one dimension add up
        if any(_shadowed(k, keys) for k in keys):
            continue
        shape = family_shape([v or "" for v in vals], keys)
        for k in keys:
            pat = f"([0-9]*\\.?[0-9]+)[\\t ]*{re.escape(k)}"
            if any(re.search(pat, v or "") is None for v, p in zip(vals, per, strict=True) if k in p):
                break
            out.append(Source(View(idx, kind), Selector(pat, 0.2, f"K[{k}]"), 0.0, shape))
        else:
            continue
        out = [s for s in out if s.view.idx != idx]
    return out


def _lit_or_class(texts: set[str]) -> str:
    """One text as a literal; several as any run of their characters."""
    if len(texts) == 1:
        return re.escape(next(iter(texts)))
    chars = "".join(sorted(set("".join(texts))))
    return f"[{_cls(chars)}]*" if chars else ""


def _cls(chars: str) -> str:
    return "".join("\\" + c if c in "\\]^-[" else c for c in chars)


def family_shape(vals: list[str], keys: list[str]) -> str:
    """A regex a whole value of the family matches (the DSL's regex subset: no alternation): the examples' prefix,
    a number, then digits, marks, the letters of the family's unit words (a plural ``s``), separators the examples
    show, blanks and commas, ending on the last letter of a unit word, then the examples' suffix."""
    words: set[str] = set(keys)
    pres: set[str] = set()
    sufs: set[str] = set()
    seps: set[str] = set()
    for v in vals:
        ms = list(_KEYED.finditer(v))
        words |= {m.group(2) for m in ms}
        pres.add(v[:ms[0].start()] if ms else v)
        sufs.add(v[ms[-1].end():] if ms else "")
        seps |= {v[a.end():b.start()] for a, b in itertools.pairwise(ms)}
    plural = "s" if any(len(w) >= 2 for w in words) else ""
    body = "".join(sorted(set("".join(words) + "".join(seps) + plural + "0123456789.\t ,")))
    ends = "".join(sorted({w[-1] for w in words} | set(plural)))
    return f"{_lit_or_class(pres)}[0-9][{_cls(body)}]*[{_cls(ends)}]{_lit_or_class(sufs)}"


def _shadowed(k: str, keys: list[str]) -> bool:
    """A key that is the start of another (``m`` of ``min``) would read the other's number."""
    return any(o != k and o.startswith(k) for o in keys)


def unit_of_key(key: str) -> str | None:
    """The unit a key names (``kg``, ``hour`` -> ``h``), temperatures excluded (they do not add up)."""
    for k in (key, key.lower(), key + "s", key.lower() + "s"):
        u = numeric.UNIT_ALIASES.get(k, k)
        if u in units.UNITS and units.UNITS[u][0] != "temperature":
            return u
    return None


def _dimension(key: str) -> str | None:
    u = unit_of_key(key)
    return None if u is None else units.UNITS[u][0]
