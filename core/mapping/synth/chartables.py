"""Characters replaced or deleted one by one, every other character kept: one DSL ``translate``.

* **Variants of a letter** (``ş`` -> ``ș``, the Romanian comma below that legacy code pages wrote as a cedilla;
  ``ő`` -> ``ö``): every character the examples change becomes one other character with the same base letter (the
  letter without its diacritics), or a punctuation mark becomes another one (``«`` -> ``"``). The table is closed
  under case (``ş`` -> ``ș`` gives ``Ş`` -> ``Ș``) unless an example keeps the other case as written; characters no
  example changes stay as written (``Bacău``).
* **Invisible characters deleted** (soft hyphen, zero-width space, byte order mark, direction marks): when every
  character the examples delete is one of :data:`INVISIBLE`, the program deletes all of them, not only the ones
  shown (ZWNJ / ZWJ only when an example deletes them), and never a visible letter (``Empfänger`` keeps its
  ``ä``, which a filter of ASCII letters would drop).

Guards: the same character always becomes the same character and is never kept elsewhere; a letter only becomes a
letter of its own base, and both carry a diacritic (so a table is no cipher learned from three rows, and
``Jose`` -> ``José`` restores no accent on every ``e``: which ``e`` takes one is a word's spelling, not a table).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from core.mapping.synth.atoms import LETTER
from core.mapping.synth.conversions import Proposal, confirmed_proposals
from core.mapping.synth.emit import OUT
from core.mapping.synth.models import Candidate
from core.mapping.synth.v16_conversions import version

#: the junk format characters a data file carries invisibly: soft hyphen, zero-width space, word joiner, byte order
#: mark, the direction marks, embeddings, overrides and isolates. Not every ``Cf`` character: ZWNJ / ZWJ are
#: spelling in Persian and Indic scripts and join emoji (see :data:`JOINERS`), and the Arabic prepended marks
#: (U+0600-0605, U+06DD, U+070F, U+08E2) are visible signs.
INVISIBLE = "\u00ad\u200b\u2060\ufeff\u200e\u200f" + "".join(chr(cp) for cp in range(0x202A, 0x202F)) + \
    "".join(chr(cp) for cp in range(0x2066, 0x206A))
#: zero-width non-joiner and joiner: deleted only when an example deletes them
JOINERS = "\u200c\u200d"


def _base(ch: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).lower()


def _related(a: str, b: str) -> bool:
    """``a`` may become ``b``: two letters of one base letter that both carry a diacritic (``ş`` -> ``ș``; a plain
    ASCII letter is never a variant: ``e`` -> ``é`` would put accents on every vowel), or two punctuation marks."""
    if a.isalpha() or b.isalpha():
        return a.isalpha() and b.isalpha() and not a.isascii() and not b.isascii() and \
            _base(a) == _base(b) and len(_base(a)) == 1
    return unicodedata.category(a).startswith("P") and unicodedata.category(b).startswith("P")


def _variants(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    table: dict[str, str] = {}
    kept: set[str] = set()
    for v, o in zip(vals, outs, strict=True):
        if o is None or len(o) != len(v):
            return
        for a, b in zip(v, o, strict=True):
            if a == b:
                kept.add(a)
            elif not _related(a, b) or table.setdefault(a, b) != b:
                return
    if not table or kept & set(table):
        return
    for a, b in list(table.items()):  # the other case of each pair, unless an example keeps it as written
        for f in (str.upper, str.lower):
            fa, fb = f(a), f(b)
            if len(fa) == 1 and len(fb) == 1 and fa != a and fa not in kept and fa not in table:
                table[fa] = fb
    if any(b in table for b in table.values()):
        return

    def fn(v: str) -> str | None:
        return "".join(table.get(ch, ch) for ch in v)
    yield ("char_variants", [{"op": "translate", "input": col, "output": OUT, "mapping": dict(sorted(table.items()))}],
           3.0 + 0.25 * len(table), fn)


def _invisible(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    if any(o is None for o in outs) or not any(ch in INVISIBLE + JOINERS for v in vals for ch in v):
        return
    for joiners in ("", JOINERS[0], JOINERS[1], JOINERS):  # the fewest joiners the examples delete
        gone = INVISIBLE + joiners

        def fn(v: str, gone: str = gone) -> str | None:
            return "".join(ch for ch in v if ch not in gone)
        if all(fn(v) == o for v, o in zip(vals, outs, strict=True)):
            if all(v == o for v, o in zip(vals, outs, strict=True)):
                return  # nothing deleted
            steps: list[dict[str, Any]] = [{"op": "translate", "input": col, "output": OUT,
                                            "mapping": {ch: "" for ch in gone}}]
            yield ("invisible_deleted", steps, 1.0, fn)
            return


#: Cyrillic and Greek letters that look like a Latin letter (the homoglyphs of spoofed or mis-keyed names:
#: ``Opеn Spасе`` with Cyrillic ``е а с``), each with its Latin look-alike
HOMOGLYPHS = dict(zip("аеорсухіјѕԁһԛԝӏАВЕКМНОРСТХІЈЅУΑΒΕΖΗΙΚΜΝΟΡΤΥΧο",
                      "aeopcyxijsdhqwlABEKMHOPCTXIJSYABEZHIKMNOPTYXo", strict=True))


#: a word of Greek and Cyrillic letters only with a look-alike in it (``ООО``, ``ΑΘΗΝΑ``): real text, not a spoofed
#: Latin word, so a value holding one is null rather than folded to mixed script (between two non-letters; the
#: program pads the value with a space each side)
_GC = "\u0370-\u03ff\u0400-\u052f"
PURE_WORD = f"[^{LETTER}][{_GC}]*[{''.join(sorted(set(HOMOGLYPHS)))}][{_GC}]*[^{LETTER}]"
MARK = "\ue000"


def _homoglyphs(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    """Every look-alike letter becomes its Latin letter, not only the ones shown, when each character the examples
    change is a look-alike becoming its Latin letter and no example keeps a look-alike as written; a value with a
    look-alike in a word of Greek / Cyrillic letters only (:data:`PURE_WORD`) is null."""
    changed = False
    for v, o in zip(vals, outs, strict=True):
        if o is None or len(o) != len(v):
            return
        for a, b in zip(v, o, strict=True):
            if a in HOMOGLYPHS and a == b or a != b and HOMOGLYPHS.get(a) != b:
                return
            changed = changed or a != b
    if not changed:
        return

    def fn(v: str) -> str | None:
        if re.search(PURE_WORD, f" {v} ") or not v:
            return None
        return "".join(HOMOGLYPHS.get(ch, ch) for ch in v)
    steps: list[dict[str, Any]] = [{"op": "template", "inputs": [col], "template": " {0} ", "output": "_hg"},
             {"op": "replace", "input": "_hg", "output": "_hg", "pattern": PURE_WORD, "replacement": MARK},
             {"op": "translate", "input": "_hg", "output": "_hg", "mapping": dict(HOMOGLYPHS)},
             {"op": "regex_extract", "input": "_hg", "output": OUT, "pattern": f"^ ([^{MARK}]*) $", "group": 1}]
    yield ("homoglyphs_latin", steps, 1.0, fn)


def _proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    yield from _variants(vals, outs, col)
    yield from _invisible(vals, outs, col)
    yield from _homoglyphs(vals, outs, col)


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed character tables that reproduce every example (at least two examples)."""
    if len(rows) < 2:
        return []
    return confirmed_proposals(rows, outs, names, types, _proposals, version)
