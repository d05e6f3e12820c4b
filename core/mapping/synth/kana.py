"""Whole-script folds that Unicode defines code point by code point, as one DSL ``translate``.

* **Hiragana <-> katakana** (``わたなべ`` -> ``ワタナベ``, the reading column of a Japanese name form): the two
  syllabaries are parallel blocks (U+3041..U+3096 and U+30A1..U+30F6, the iteration marks U+309D/E and
  U+30FD/E), so the table holds every kana, the ones no example shows too; the prolonged sound mark ``ー`` and
  the middle dot ``・`` are shared and stay.
* **Full-width forms** (``ＡＢＣ１２３`` -> ``ABC123``): U+FF01..U+FF5E are ASCII U+0021..U+007E shifted, the
  ideographic space U+3000 is a space.

A fold is proposed when every example's output is its input with that table applied and at least one example
changes; an input the table leaves as it is (``Müller``) passes unchanged. Refused: any example whose output is not
exactly the fold (a kana kept, another character changed).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from core.mapping.synth.conversions import Proposal, confirmed_proposals
from core.mapping.synth.emit import OUT
from core.mapping.synth.models import Candidate
from core.mapping.synth.v16_conversions import version

#: a fold of a whole script costs like one table step: Unicode's, not one learned from the examples
COST = 1.2
_OFFSET = 0x60
_HIRAGANA = [*range(0x3041, 0x3097), 0x309D, 0x309E]


def _tables() -> dict[str, dict[str, str]]:
    to_kata = {chr(c): chr(c + _OFFSET) for c in _HIRAGANA}
    return {
        "hiragana_to_katakana": to_kata,
        "katakana_to_hiragana": {v: k for k, v in to_kata.items()},
        "fullwidth_to_ascii": {**{chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}, "\u3000": " "},
    }


TABLES = _tables()


def _proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    for name, table in TABLES.items():
        trans = str.maketrans(table)
        if any(o is None or v.translate(trans) != o for v, o in zip(vals, outs, strict=True)):
            continue
        if all(v == o for v, o in zip(vals, outs, strict=True)):
            continue
        steps: list[dict[str, Any]] = [{"op": "translate", "input": col, "output": OUT, "mapping": dict(table)}]

        def fn(v: str, trans: dict[int, str] = trans) -> str:
            return v.translate(trans)

        yield (name, steps, COST, fn)


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed programs folding kana or full-width forms (at least one example changes)."""
    return confirmed_proposals(rows, outs, names, types, _proposals, version, skip_identity=True)
