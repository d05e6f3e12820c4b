"""Combining marks deleted: vowel points and cantillation (Hebrew niqqud), Arabic harakat, Syriac points
(``מֹשֶׁה`` -> ``משה``); in other scripts only the marks the examples delete (a Thai tone mark, a Devanagari nukta).

DSL ``strip_accents`` removes only the Latin combining marks U+0300..U+036F after decomposing; a name written with
the vowel signs of another script keeps them. When every example's output is its input with characters deleted,
each deleted character a nonspacing mark (Unicode category ``Mn``) and no example keeping one, the program is one
``translate`` deleting marks, other characters kept (the Hebrew maqaf ``־`` is punctuation, not a mark). Only in
the scripts whose nonspacing marks are optional pointing (Hebrew, Arabic, Syriac: :data:`POINTED`) are the marks no
example shows deleted too (every ``Mn`` of the block). Elsewhere a nonspacing mark may be a vowel sign, a virama or
an anusvara, part of the spelling (Thai ``คุณ``, Devanagari ``कुछ``): only the deleted code points are, widened at
most to the closed class of :data:`CLASSES` that holds them (the four Thai tone marks). Refused: an example keeping
a mark, deleting a letter or a Latin mark (that is ``strip_accents``), or changing anything else.
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
#: blocks (first code point) whose nonspacing marks are all optional pointing: Hebrew, Arabic, Syriac, Arabic
#: Supplement, Arabic Extended-A
POINTED = frozenset({0x0580, 0x0600, 0x0680, 0x0700, 0x0880})
#: closed classes of marks that are deleted together when an example deletes one of them
CLASSES: tuple[frozenset[str], ...] = (frozenset(chr(c) for c in range(0x0E48, 0x0E4C)),)  # Thai tone marks


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


def _widened(gone: set[str]) -> set[str]:
    """The marks to delete: every mark of a pointed block shown, else the shown ones and their closed class."""
    out = set(gone)
    for ch in gone:
        block = ord(ch) & ~0x7F
        if block in POINTED:
            out.update(chr(c) for c in range(block, block + 0x80) if _mark(chr(c)))
        out.update(*(cls for cls in CLASSES if ch in cls))
    return out


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
    keys = sorted(_widened(gone))
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
