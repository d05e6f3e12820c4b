"""Fixed-width codes as synthesis candidates: a value padded to a width with a fill character, and the
digits of a value, zero-padded, laid into a fixed mask.

- **Padding** (``KRBNDEMM`` -> ``KRBNDEMMXXX``, ``LVRSFRPP123`` unchanged): every output has one width, each
  output is its trimmed input (upper- or lower-cased when the outputs are) padded on one side with one fill
  character; proposed only when some example is padded and some other is not (else a literal affix is as
  good a reading).
- **Digit masks** (``8412169085`` -> ``084.121.690-85``, ``541 552 240 97`` -> ``541.552.240-97``): every output
  has the same layout of digit runs and literal separators, and its digits are the input's digits
  left-padded with zeros to the mask's digit count (a leading zero a spreadsheet dropped); proposed only
  when some example needs that padding (else the slicing search reads the digits as they are).

- **Point shifts** (``2500`` satoshi -> ``0.00002500``): minor units as text with ``k`` decimals (:func:`_point_shift`).

Each is checked in Python on every example and then confirmed by the engine (:func:`conversions.confirmed`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from core.mapping.synth.conversions import Proposal, confirmed_proposals
from core.mapping.synth.emit import OUT
from core.mapping.synth.models import Candidate
from core.mapping.synth.text import trim
from core.mapping.synth.v16_conversions import version

CASES = ("", "upper", "lower")


def _cased(v: str, case: str) -> str:
    return v.upper() if case == "upper" else v.lower() if case == "lower" else v


def _padding(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    widths = {len(o or "") for o in outs}
    if len(widths) != 1 or not all(outs):
        return
    width = widths.pop()
    tv = [trim(v) for v in vals]
    if not 2 <= width <= 255 or not any(len(v) < width for v in tv) or not any(len(v) == width for v in tv):
        return
    for case in CASES:
        if case and not all(c.isascii() for v in tv for c in v):
            continue  # the DSL case op is ASCII
        cased = [_cased(v, case) for v in tv]
        for side in ("right", "left"):
            added = {(o or "")[len(c):] if side == "right" else (o or "")[:width - len(c)]
                     for c, o in zip(cased, outs, strict=True) if len(c) < width}
            fills = {ch for a in added for ch in a}
            if len(fills) != 1:
                continue
            fill = fills.pop()

            def fn(v: str, case: str = case, side: str = side, fill: str = fill) -> str:
                c = _cased(trim(v), case)
                return c.ljust(width, fill) if side == "right" else c.rjust(width, fill)
            if not all(fn(v) == o for v, o in zip(vals, outs, strict=True)):
                continue
            steps: list[dict[str, Any]] = [{"op": "trim", "input": col, "output": "p"}]
            if case:
                steps.append({"op": "case", "input": "p", "output": "p", "mode": case})
            steps.append({"op": "pad", "input": "p", "output": OUT, "width": width, "fill": fill, "side": side})
            yield "pad_fill", steps, 3.0 + bool(case) * 0.5, fn
            return


def _layout(o: str) -> list[tuple[str, int]] | None:
    """The output as (literal, digit-run length) pairs: ``084.121.690-85`` -> ``[("", 3), (".", 3), ...]``."""
    parts = re.findall(r"([^0-9]*)([0-9]+)", o)
    if not parts or "".join(a + b for a, b in parts) != o:
        return None
    return [(a, len(b)) for a, b in parts]


def _digit_mask(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    layouts = {tuple(lay) for o in outs if o and (lay := _layout(o)) is not None}
    if len(layouts) != 1 or not all(outs):
        return
    layout = list(layouts.pop())
    n = sum(k for _, k in layout)
    digits = [re.sub("[^0-9]", "", v) for v in vals]
    if len(layout) < 2 or not all(0 < len(d) <= n for d in digits) or all(len(d) == n for d in digits):
        return
    if any(re.sub("[^0-9]", "", o or "") != d.rjust(n, "0") for d, o in zip(digits, outs, strict=True)):
        return

    def fn(v: str) -> str | None:
        d = re.sub("[^0-9]", "", v)
        if not 0 < len(d) <= n:
            return None
        d = d.rjust(n, "0")
        out, at = [], 0
        for lit, k in layout:
            out.append(lit + d[at:at + k])
            at += k
        return "".join(out)
    steps: list[dict[str, Any]] = [
        {"op": "replace", "input": col, "output": "d", "pattern": "[^0-9]+", "replacement": ""},
        {"op": "regex_extract", "input": "d", "output": "d", "pattern": f"^[0-9]{{1,{n}}}$"},
        {"op": "pad", "input": "d", "output": "d", "width": n, "fill": "0", "side": "left"}]
    names, template, at = [], "", 0
    for i, (lit, k) in enumerate(layout):
        steps.append({"op": "regex_extract", "input": "d", "output": f"g{i}",
                      "pattern": f"^[0-9]{{{at}}}([0-9]{{{k}}})" if at else f"^([0-9]{{{k}}})", "group": 1})
        names.append(f"g{i}")
        template += lit.replace("{", "{{").replace("}", "}}") + "{" + str(i) + "}"
        at += k
    steps.append({"op": "template", "inputs": names, "template": template, "output": OUT})
    yield "digit_mask", steps, 4.0, fn


def _point_shift(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    """Whole amounts in minor units -> the amount with ``k`` decimals, as text (``2500`` satoshi ->
    ``0.00002500`` BTC, wei -> ether with 18 decimals, cents -> ``12.34``): any number of digits, exact, beyond
    ``format_number``'s six decimals. Proposed when every input is digits and every output is the input with
    a decimal mark ``k`` digits from the end (zero-padded in front), leading zeros of the whole part dropped."""
    m = [re.fullmatch(r"([0-9]+)([.,])([0-9]+)", o or "") for o in outs]
    if not vals or not all(re.fullmatch("[0-9]{1,40}", v) for v in vals) or not all(m) or \
            len({(x.group(2), len(x.group(3))) for x in m if x}) != 1:
        return
    mark, k = (m[0].group(2), len(m[0].group(3))) if m[0] else (".", 0)

    def fn(v: str) -> str:
        d = v.rjust(k + 1, "0")
        return (d[:-k].lstrip("0") or "0") + mark + d[-k:]
    steps: list[dict[str, Any]] = [
        {"op": "pad", "input": col, "output": "d", "width": k + 1, "fill": "0", "side": "left"},
        {"op": "regex_extract", "input": "d", "output": "i", "pattern": f"^([0-9]+)[0-9]{{{k}}}$", "group": 1},
        {"op": "replace", "input": "i", "output": "i", "pattern": "^0+([0-9])", "replacement": "$1", "groups": True},
        {"op": "regex_extract", "input": "d", "output": "f", "pattern": f"([0-9]{{{k}}})$", "group": 1},
        {"op": "template", "inputs": ["i", "f"], "template": "{0}" + mark + "{1}", "output": OUT}]
    yield "point_shift", steps, 3.5, fn


def _proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    yield from _padding(vals, outs, col)
    yield from _digit_mask(vals, outs, col)
    yield from _point_shift(vals, outs, col)


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed padding and digit-mask programs that reproduce every example."""
    if len(rows) < 2:
        return []
    return confirmed_proposals(rows, outs, names, types, _proposals, version)
