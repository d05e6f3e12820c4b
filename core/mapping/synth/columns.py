"""Fixed-width records: every example's input has the same length, so a field is a fixed column
range (``[12:20]`` of a mainframe or AS400 record, of a compact timestamp ``20240315143000+0100``).

The character slices of :mod:`.atoms` cover short values only (every offset and length: too many
for a long record); here the column ranges are *guided* by the outputs: a range is proposed where
every example's input holds, at that range, a piece of its output (digit and letter runs, as
written), or that piece followed or preceded by the blank padding of a space-filled field (the
``clean`` transform then trims it). Only ranges common to every example are kept.

:func:`fills`: padding to a fixed width with the fill an example shows (``DEUTDEFF`` -> ``DEUTDEFFXXX``).
"""

from __future__ import annotations

from core.mapping.synth.atoms import Selector
from core.mapping.synth.flashfill import boundaries
from core.mapping.synth.numterms import Row

MIN_RECORD = 12  # shorter values get every slice from :func:`core.mapping.synth.atoms.slice_selectors`
MAX_RANGES = 80


def _ranges(v: str, o: str) -> set[tuple[int, int]]:
    """Column ranges of ``v`` holding a piece of ``o`` between two of its token boundaries,
    with the blank padding around the piece or without."""
    ob = sorted(boundaries(o))
    out: set[tuple[int, int]] = set()
    pieces = [o[ob[x]:ob[y]] for x in range(len(ob)) for y in range(x + 1, min(x + 8, len(ob)))]
    # the two-digit year of a four-digit year (``74`` of ``1974``): records write years short
    pieces += [o[ob[x] + 2:ob[x + 1]] for x in range(len(ob) - 1) if o[ob[x]:ob[x + 1]].isdecimal()
               and ob[x + 1] - ob[x] == 4 and o[ob[x]:ob[x] + 2] in ("19", "20")]
    for piece in pieces:
        if not piece.strip():
            continue
        at = v.find(piece)
        n = 0
        while at >= 0 and n < 3:
            b = at + len(piece)
            out.add((at, b))
            pad_r, pad_l = b, at
            while pad_r < len(v) and v[pad_r] == " ":
                pad_r += 1
            while pad_l > 0 and v[pad_l - 1] == " ":
                pad_l -= 1
            out.update({(at, pad_r), (pad_l, b), (pad_l, pad_r)})
            n += 1
            at = v.find(piece, at + 1)
    return out


def fixed_width_selectors(pairs: list[tuple[str, str]], values: list[str]) -> list[Selector]:
    """Column-range selectors for inputs of one length (``pairs``: input value, output; ``values``:
    every example's input value)."""
    if len(values) < 2 or len({len(v) for v in values}) != 1 or len(values[0]) < MIN_RECORD or not pairs:
        return []
    common: set[tuple[int, int]] | None = None
    for v, o in pairs:
        here = _ranges(v, o)
        common = here if common is None else common & here
    out: list[Selector] = []
    for a, b in sorted(common or (), key=lambda r: (r[0], r[1]))[:MAX_RANGES]:
        skip = f"[^\\n]{{{a}}}" if a else ""
        out.append(Selector(f"^{skip}([^\\n]{{{b - a}}})", 0.45, f"fw[{a}:{b}]", (a, b - a, False)))
    return out


def fills(rows: list[Row], outs: list[str | None]) -> frozenset[tuple[int, str, str]]:
    """(width, fill, side) of every example whose output is one of its inputs padded with one
    repeated character (``DEUTDEFF`` -> ``DEUTDEFFXXX``: 11, X, right); any example shows it for all."""
    out: set[tuple[int, str, str]] = set()
    for r, o in zip(rows, outs, strict=True):
        for v in r:
            if not v or not o or len(o) < len(v) + 2 or len(o) > 255:
                continue  # one added character is a suffix (``5+``), not padding
            if o.startswith(v) and len(set(o[len(v):])) == 1:
                out.add((len(o), o[-1], "right"))
            if o.endswith(v) and len(set(o[:len(o) - len(v)])) == 1:
                out.add((len(o), o[0], "left"))
    return frozenset(out)
