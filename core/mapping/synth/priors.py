"""Generality priors: of atoms alike on the examples, the one whose choices the examples tested.

An atom fits the examples; where two fit alike, the search keeps the cheaper. These rules make an
atom dearer when a choice it makes was never put to the test by any example, so the atom that
makes no such untested choice wins and generalises to other rows:

- a **letter run** (letters, upper case, letters and digits) bounded only by punctuation, spaces
  or the text's ends in every example: where the class run stops was never tested against a
  digit or another letter class, so the delimited field explains the examples as well and keeps
  ``k1``, ``X-1`` or ``Mary-Jane`` whole;
- a **first-of** selector (``D[0]``, ``NS[0]``) whose piece ends every example's text but does
  not always start it (or a last-of one whose piece starts every text but not always ends it):
  the end the examples keep is the anchor (the port of ``10.0.0.1:443`` is the last number);
- an **output-shape selector with counted digits** (``[0-9]{9}``) cut out of a longer digit run in
  some example: where the run is cut was never tested against a letter, so it is a fixed slice in
  disguise (the CUSIP inside an ISIN holds letters too): the slice explains the examples as well;
- a **character slice cut inside a word** (``Ким А`` of ``Ким Анна``) when one example is all a branch has:
  the count was fitted to that example alone, so it is no evidence beyond the constant it equals
  (:func:`mid_word_slice`; the tokens explain the example as well);
- an **output-shape selector whose piece is a delimited field** in every example (``:eu-west-1:``):
  the field explains it; where else the shape would match was never tested;
- a **letters/digits view** that deletes characters only at the ends of every example's text
  (``'00123``): whether it should delete them inside (``'X-1``) was never shown;
- a **digits-view slice** that is a whole number of the raw text in one example and a part of a number
  in another (:func:`mixed_slice`): the count agrees by coincidence.
"""

from __future__ import annotations

import re

from core.mapping.synth import text
from core.mapping.synth.atoms import Selector, Token, token_span

#: selectors of letter runs (letters, upper case, letters and digits)
WORD_RUNS = ("L[", "AN", "U[")
UNTESTED_CLASS = 0.25
#: first / last token or number selectors
END_INDEX = re.compile(r"^(D|L|AN|U|W|N|NS)\[(0|-1)\]$")
FAR_ANCHOR = 0.12
CUT_RUN = 0.6
FIELD_SHAPE = 0.1
#: a digits-view slice that reads a whole number in one example and a part of one in another
MIXED_SLICE = 1.5


def _spans(pattern: str, values: list[str], token: Token | None = None) -> list[tuple[int, int]] | None:
    out = []
    for v in values:
        if token is not None:  # a token-class selector: its span from the class's runs, no regex compiled
            span = token_span(token, v)
            if span is None:
                return None
            out.append(span)
            continue
        m = text.compiled(pattern).search(v)
        if m is None or m.lastindex is None:
            return None
        out.append(m.span(1))
    return out


def delimited_run(pattern: str, values: list[str], token: Token | None = None) -> bool:
    """True when the selected run is bounded by non-alphanumerics or the ends in every value."""
    spans = _spans(pattern, values, token)
    return spans is not None and all((a == 0 or not v[a - 1].isalnum()) and (b == len(v) or not v[b].isalnum())
                                     for (a, b), v in zip(spans, values, strict=True))


def far_anchor(pattern: str, first: bool, values: list[str], token: Token | None = None) -> bool:
    """True when a first-of piece ends every value but does not start them all (or a last-of piece
    starts every value but does not end them all)."""
    spans = _spans(pattern, values, token)
    if spans is None:
        return False
    if first:
        return all(b == len(v) for (_, b), v in zip(spans, values, strict=True)) and any(a != 0 for a, _ in spans)
    return all(a == 0 for a, _ in spans) and any(b != len(v) for (_, b), v in zip(spans, values, strict=True))


def cut_run(pattern: str, values: list[str], token: Token | None = None) -> bool:
    """True when a counted digit piece starts or ends next to another digit in some value."""
    spans = _spans(pattern, values, token)
    return spans is not None and any((a > 0 and v[a - 1].isdecimal()) or (b < len(v) and v[b].isdecimal())
                                     for (a, b), v in zip(spans, values, strict=True))


def mid_word_slice(sel: Selector, value: str) -> bool:
    """True when positional slice ``sel`` (a label starting with ``[``) of ``value`` ends one
    character into a word (``Ким А`` of ``Ким Анна``: an initial read as a count) or starts on a
    word's last character; a cut deeper inside a word (a truncation) is a length, not an initial."""
    if sel.pattern is None or not sel.label.startswith("["):
        return False
    m = re.search(sel.pattern, value)
    if m is None or m.lastindex is None:
        return False
    a, b = m.span(1)

    def word(i: int) -> bool:
        return 0 <= i < len(value) and value[i].isalpha()
    return (word(b - 1) and word(b) and not word(b - 2) and b - 1 > a) or \
        (word(a) and word(a - 1) and not word(a + 1) and a + 1 < b)


def delimited_field(pattern: str, values: list[str], token: Token | None = None) -> bool:
    """True when the piece sits between one and the same punctuation delimiter on both sides in every
    value (``:eu-west-1:`` of an ARN): the field explains it without the shape, whose match elsewhere
    (``acme-exports-2024``) the examples never tested."""
    spans = _spans(pattern, values, token)
    if spans is None:
        return False
    seps = set()
    for (a, b), v in zip(spans, values, strict=True):
        if a == 0 or b == len(v):
            return False
        seps |= {v[a - 1], v[b]}
    return len(seps) == 1 and not next(iter(seps)).isalnum() and not next(iter(seps)).isspace()


def edges_only(kind: str, raws: list[str]) -> bool:
    """True when view ``kind`` (``alnum`` or ``digits``) deletes characters only at the ends of every raw value."""
    def keep(ch: str) -> bool:
        return ch.isdecimal() if kind == "digits" else ch.isascii() and ch.isalnum()
    for raw in raws:
        kept = [k for k, ch in enumerate(raw) if keep(ch)]
        if kept and not all(keep(ch) for ch in raw[kept[0]:kept[-1] + 1]):
            return False
    return True


def _run_fit(span: tuple[int, int], raw: str) -> str:
    """How a span of the digits view lies over the raw value's digit runs: ``whole`` (one run exactly),
    ``part`` (inside one run) or ``cross`` (over two or more)."""
    bounds, at = [], 0
    for run in re.findall("[0-9]+", raw):
        bounds.append((at, at + len(run)))
        at += len(run)
    a, b = span
    for lo, hi in bounds:
        if lo <= a and b <= hi:
            return "whole" if (a, b) == (lo, hi) else "part"
    return "cross"


def mixed_slice(sel: Selector, values: list[str], raws: list[str]) -> bool:
    """True when a positional slice of the digits view is a whole number of the raw text in some example
    and part of one (or parts of two) in another (``15.11.2023`` -> ``11``, ``1 Feb 2024`` -> ``02`` of the
    year): the examples agree on the count by coincidence, not on what is read."""
    if sel.pattern is None or not sel.label.startswith("[") or len(values) < 2:
        return False
    spans = _spans(sel.pattern, values)
    if spans is None:
        return False
    return len({_run_fit(sp, raw) for sp, raw in zip(spans, raws, strict=True)}) > 1


def penalty(kind: str, sel: Selector, values: list[str], raws: list[str]) -> float:
    """The extra cost of an atom reading ``sel`` of view ``kind`` (``values``: the view's value per
    example, ``raws``: the raw input per example)."""
    extra = 0.0
    if sel.pattern is not None and sel.label[:2] in WORD_RUNS and delimited_run(sel.pattern, values, sel.token):
        extra += UNTESTED_CLASS
    if sel.pattern is not None and END_INDEX.search(sel.label) and far_anchor(sel.pattern, sel.label.endswith("[0]"),
                                                                              values, sel.token):
        extra += FAR_ANCHOR
    if sel.pattern is not None and sel.label.startswith("shape") and "[0-9]{" in sel.label and \
            cut_run(sel.pattern, values):
        extra += CUT_RUN
    if sel.pattern is not None and sel.label.startswith("shape") and delimited_field(sel.pattern, values):
        extra += FIELD_SHAPE
    if kind in ("alnum", "digits") and edges_only(kind, raws):
        extra += UNTESTED_CLASS
    if kind == "digits" and mixed_slice(sel, values, raws):
        extra += MIXED_SLICE
    return extra
