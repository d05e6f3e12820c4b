"""Combining marks of any script deleted: vowel points and cantillation (Hebrew niqqud), Arabic harakat, Devanagari
nuktas, Thai tone marks, ... (``מֹשֶׁה`` -> ``משה``).

DSL ``strip_accents`` removes only the Latin combining marks U+0300..U+036F after decomposing; a name written with
the vowel signs of another script keeps them. When every example's output is its input with characters deleted,
each deleted character a nonspacing mark (Unicode category ``Mn``) and no example keeping one, the program is one
``translate`` deleting every nonspacing mark of the Unicode blocks the deleted ones belong to (each block the 128
code points around them, so a mark no example shows is deleted too), other characters kept (the Hebrew maqaf
``־`` is punctuation, not a mark). Refused: an example keeping a mark, deleting a letter or a Latin mark (that is
``strip_accents``), or changing anything else.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from core.mapping.synth.conversions import Proposal, confirmed_proposals
from core.mapping.synth.emit import OUT
from core.mapping.synth.models import Candidate
from core.mapping.synth.v16_conversions import version

#: the translate op takes at most this many keys
MAX_KEYS = 512
#: below the learned deletion of only the marks the examples show (a translate, 1.4): the script's rule is
#: the general one
COST = 1.2


def _deleted(v: str, o: str) -> list[str] | None:
    """The characters of ``v`` that ``o`` leaves out, when ``o`` is ``v`` with characters deleted; else None."""
    out: list[str] = []
    j = 0
    for ch in v:
        if j < len(o) and o[j] == ch:
            j += 1
        else:
            out.append(ch)
    return out if j == len(o) else None


def _mark(ch: str) -> bool:
    return unicodedata.category(ch) == "Mn" and not 0x0300 <= ord(ch) <= 0x036F


def _proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    gone: set[str] = set()
    for v, o in zip(vals, outs, strict=True):
        if o is None:
            return
        dropped = _deleted(v, o)
        if dropped is None or not all(_mark(ch) for ch in dropped) or any(_mark(ch) for ch in o):
            return
        gone.update(dropped)
    if not gone:
        return
    blocks = {ord(ch) & ~0x7F for ch in gone}
    keys = sorted(chr(c) for b in blocks for c in range(b, b + 0x80) if _mark(chr(c)))
    if len(keys) > MAX_KEYS:
        return
    table = dict.fromkeys(keys, "")
    trans = str.maketrans(table)
    steps: list[dict[str, Any]] = [{"op": "translate", "input": col, "output": OUT, "mapping": table}]

    def fn(v: str) -> str:
        return v.translate(trans)
    yield ("delete_marks", steps, COST, fn)


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed programs deleting the combining marks of a script (at least one example deletes one)."""
    return confirmed_proposals(rows, outs, names, types, _proposals, version, skip_identity=True)
