"""Locale case: Unicode upper or lower case with letter exceptions learned from the examples.

The transforms ``uupper`` / ``ulower`` (:mod:`.transforms`) give Unicode case with a ``translate`` of the
non-ASCII letters before the ASCII ``case`` op. Some locales case a letter differently: Turkish and
Azerbaijani ``i`` -> ``İ`` and ``ı`` -> ``I`` (``izmir`` -> ``İZMİR``). When every example is its input
in one case except for letters that always change the same way, those letters become exceptions in the
``translate`` table: a rule of the alphabet, not of the words, so ``Eskişehir`` is cased right although no
example shows it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import partial
from typing import Any

from core.mapping.synth import text
from core.mapping.synth import transforms as tfm
from core.mapping.synth.conversions import Proposal, confirmed_proposals
from core.mapping.synth.emit import OUT
from core.mapping.synth.models import Candidate

MAX_EXCEPTIONS = 4


def _default(ch: str, upper: bool) -> str:
    table = tfm.UPPER_MAP if upper else tfm.LOWER_MAP
    return table.get(ch, text.upper(ch) if upper else text.lower(ch))


def _base(ch: str) -> str:
    """The letter without diacritics, case folded (the dotless ``ı`` is an ``i``)."""
    bare = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    return bare.replace("ı", "i").casefold()


def _same_letter(a: str, b: str) -> bool:
    return a.isalpha() and b.isalpha() and _base(a) == _base(b)


def _exceptions(vals: list[str], outs: list[str | None], upper: bool) -> dict[str, str] | None:
    found: dict[str, str] = {}
    for v, o in zip(vals, outs, strict=True):
        if o is None or len(o) != len(v):
            return None
        for a, b in zip(v, o, strict=True):
            if _default(a, upper) == b:
                continue
            if not _same_letter(a, b) or (b.isupper() if not upper else b.islower()) or found.setdefault(a, b) != b:
                return None  # not the letter in another case, or the same letter cased two ways
    return found if 0 < len(found) <= MAX_EXCEPTIONS else None


#: the marks Greek capitals (and a case change without accents) drop: tonos / oxia, varia, perispomeni, the breathings;
#: the dialytika (U+0308) stays (``Λαϊκή`` -> ``ΛΑΪΚΗ``), and letters of other scripts keep
#: theirs (``Café`` -> ``CAFÉ``)
GREEK_ACCENTS = frozenset("\u0300\u0301\u0313\u0314\u0342")
_GREEK = [*range(0x0370, 0x0400), *range(0x1F00, 0x2000)]


def _bare(ch: str) -> str:
    """``ch`` without its Greek accents (``ά`` -> ``α``, ``ΐ`` -> ``ϊ``); any other character as it is."""
    if not any(lo <= ord(ch) < hi for lo, hi in ((0x0370, 0x0400), (0x1F00, 0x2000))):
        return ch
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", ch)
                                                if c not in GREEK_ACCENTS))


#: Greek letters with an accent -> the letter without it (one ``translate``, before the case table)
GREEK_BARE = {chr(c): _bare(chr(c)) for c in _GREEK if chr(c).isalpha() and len(_bare(chr(c))) == 1
              and _bare(chr(c)) != chr(c)}


def _stripped_table(upper: bool) -> dict[str, str]:
    """The case table with every accented Greek letter cased without its accent (one ``translate``)."""
    table = {**(tfm.UPPER_MAP if upper else tfm.LOWER_MAP)}
    for k, bare in GREEK_BARE.items():
        table[k] = _default(bare, upper)
    return {k: v for k, v in table.items() if k != v}


def _stripped_cased(table: dict[int, str], upper: bool, v: str) -> str | None:
    return _cased(table, upper, v)


def _cased(table: dict[int, str], upper: bool, v: str) -> str | None:
    out = v.translate(table)
    return text.upper(out) if upper else text.lower(out)


def _proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    for upper in (True, False):
        ex = _exceptions(vals, outs, upper)
        if ex is None:
            continue
        table = {**(tfm.UPPER_MAP if upper else tfm.LOWER_MAP), **ex}
        if any(k in v for v in table.values() for k in ex):
            continue  # the engine's translate refuses a value that holds a key
        mode = "upper" if upper else "lower"
        steps: list[dict[str, Any]] = [{"op": "translate", "input": col, "output": OUT, "mapping": table},
                                       {"op": "case", "input": OUT, "output": OUT, "mode": mode}]
        yield "locale_case", steps, 3.0 + len(ex), partial(_cased, {ord(k): r for k, r in table.items()}, upper)
        if all(a in GREEK_BARE and _default(_bare(a), upper) == b for a, b in ex.items()):  # every exception is a
            plain = _stripped_table(upper)  # Greek letter dropping its accent: a rule of the script (Greek capitals
            if any(k in v for v in plain.values() for k in plain):  # carry no tonos), not of letters
                continue
            steps = [{"op": "translate", "input": col, "output": OUT, "mapping": plain},
                     {"op": "case", "input": OUT, "output": OUT, "mode": mode}]
            yield "case_without_accents", steps, 3.5, partial(_stripped_cased, {ord(k): r for k, r in plain.items()},
                                                              upper)


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed locale case programs (one string input) that reproduce every example."""
    if len(rows) < 2:
        return []
    return confirmed_proposals(rows, outs, names, types, _proposals,
                               lambda steps: "1.2.0")
