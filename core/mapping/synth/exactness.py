"""Ranking rules of arithmetic fits (:mod:`.numexpr`): which of the programs that reproduce the examples is
the explanation rather than a coincidence.

- an exact program before one that needs rounding with a fitted constant (``6 * 12 + 3`` balls from ``12.3``
  overs, not ``12.3 * 6.1``): :func:`rounds` and :data:`ROUNDED`;
- a decimal number read whole, not as two digit runs (``0,5``, not ``5``): :func:`splits_decimal`;
- never a whole input next to a part of itself in one expression: :func:`overlap`;
- the shortest number form (``7.5``, ``0.75``, ``2``) without a rounding the examples do not show, and shared by
  every group of a switch when the column writes it: :func:`shortest`, :func:`short_column`.
"""

from __future__ import annotations

import re

from core.mapping.synth.atoms import PART_VIEWS
from core.mapping.synth.fitting import NICE, Term
from core.mapping.synth.numterms import Row, Source, evaluate, source_value

_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def short_column(outs: list[str | None]) -> bool:
    """True when the outputs are plain numbers written in the shortest form (decimals that differ,
    none ending in a zero): a group of them (one branch of a switch) follows that form too."""
    col: list[tuple[str, float, list[tuple[int, str, str]]]] = [(o, 0.0, []) for o in outs if o]
    return len(col) == len(outs) and bool(shortest(col))


def shortest(col: list[tuple[str, float, list[tuple[int, str, str]]]],
             alike: bool = False) -> list[tuple[int, str, str]]:
    """The shortest-form formats (``-d``, see :func:`render`) when the outputs are plain numbers whose
    decimals differ and none ends in a zero after its mark (``1.5``, ``0.75``, ``2``; ``7,92`` with a
    decimal comma); else none. Six decimals first: when the examples' values need no rounding to be
    written, none is assumed (``3.75`` after ``7.5``, ``11.5``, ``8``); the examples' most decimals
    (a rounding they show) after it."""
    texts = [s for s, _, _ in col]
    marks = {ch for t in texts for ch in t if ch in ".,"}
    if len(marks) > 1 or not all(_PLAIN_NUMBER.fullmatch(t.replace(",", ".")) for t in texts):
        return []
    mark = marks.pop() if marks else "."
    decs = [len(t.split(mark)[1]) if mark in t else 0 for t in texts]
    if (len(set(decs)) < 2 and not alike) or any(mark in t and t.endswith("0") for t in texts) or max(decs) > 6:
        return []
    return [(-6, "", mark), (-max(decs), "", mark)] if max(decs) < 6 else [(-6, "", mark)]


#: extra cost of a fitted (not everyday) constant whose results need rounding to give the outputs, when
#: the outputs are whole numbers: an exact program (``6 * 12 + 3`` balls) explains them, ``12.3 * 6.1`` does not
ROUNDED = 2.0


def rounds(kind: str, terms: tuple[Term, ...], offset: float, sources: tuple[Source, ...], rows: list[Row],
            ys: list[float]) -> bool:
    if any(not float(y).is_integer() for y in ys):
        return False
    if all(c in NICE or float(c).is_integer() or float(1 / c).is_integer() for _, _, c in terms if c) and \
            float(offset).is_integer():
        return False  # everyday constants: a rounding they need is the rule (a unit conversion)
    return inexact(kind, terms, offset, sources, rows, ys)


def inexact(kind: str, terms: tuple[Term, ...], offset: float, sources: tuple[Source, ...], rows: list[Row],
            ys: list[float]) -> bool:
    """True when the expression's value differs from some example's output number before rounding."""
    for r, y in zip(rows, ys, strict=True):
        v = evaluate(kind, terms, offset, [source_value(s, r) for s in sources])
        if v is None or abs(v - y) > 1e-9 * max(1.0, abs(y)):
            return True
    return False


#: extra cost of a digit run that is one side of a decimal number (``5`` of ``0,5``): the number is meant
SPLIT = 0.5
_DEC_SIDE = re.compile(r"[0-9][.,]$|^[.,][0-9]")


def splits_decimal(src: Source, rows: list[Row]) -> bool:
    """True when the source reads digits next to a decimal mark and more digits in some row."""
    if src.view.kind != "raw" or not src.selector.label.startswith("D[") or src.selector.pattern is None:
        return False
    for r in rows:
        v = r[src.view.idx] or ""
        m = re.search(src.selector.pattern, v)
        if m is not None and (_DEC_SIDE.search(v[max(0, m.start(1) - 2):m.start(1)]) or
                              _DEC_SIDE.search(v[m.end(1):m.end(1) + 2])):
            return True
    return False


def overlap(sources: list[Source]) -> bool:
    """True when a whole input is read next to a part of itself: the same digits counted twice
    (``10 * 12.3 - 4 * 12``), a coincidence of the examples rather than a rule."""
    whole = {s.view.idx for s in sources if s.selector.pattern is None and s.view.kind not in PART_VIEWS}
    return any(sum(s.view.idx == i for s in sources) > 1 for i in whole)


_WHOLE_DECIMAL = re.compile(r"-?([0-9]+)[.,]([0-9]+)")


def fraction_digits(outs: list[str]) -> set[tuple[str, ...]]:
    """The decimals of every output when each output is one decimal number (``9.5`` -> ``5``), as a value tuple.

    The digits after a decimal mark are not a quantity of their own: a fitted constant whose rounded results give
    them (``round(b * 1.3)`` for the ``5`` of ``9.5``, ``round(m / 5)`` for the tenths of ``6:53`` -> ``6.9``) fits
    the examples by coincidence and overflows the decimals on other rows (``12.13``, ``6.11``). :mod:`.numexpr` keeps
    only exact arithmetic for them (a version's ``minor + 1`` is exact)."""
    found = [_WHOLE_DECIMAL.fullmatch(o.strip()) for o in outs]
    if not outs or any(m is None for m in found):
        return set()
    return {tuple(m.group(2) for m in found if m is not None)}
