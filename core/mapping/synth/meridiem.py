"""The hour of a 12-hour clock and its marker as a 24-hour hour, for :mod:`.numslots`.

12-hour clocks come in every language: ``02.06.27 PM`` (Oracle's default timestamp display), ``3:45pm``,
``午後8時43分`` (Japanese), ``오후 3시`` (Korean). An output run is such an hour when every example's input writes one
marker of one family (AM/PM in any case, with or without dots; 午前/午後; 오전/오후) and the run is
``hour mod 12 + 12`` after the afternoon marker, ``hour mod 12`` after the morning one, padded to the run's width.
An AM / PM marker is a whole token (``Amsterdam`` is none) and a value with two is null. The program reads the
marker (``regex_extract``), names it ``A`` or ``P`` (``map_dict``) and looks the marker and the hour up in one table
of the 24 pairs (``map_dict``): an hour outside 1..12 or a value without a marker is null.
"""

from __future__ import annotations

import re
from typing import Any

#: marker families: (pattern with the marker in group 1, marker -> ``A`` / ``P``)
FAMILIES: tuple[tuple[str, dict[str, str]], ...] = (
    ("[0-9 ]([AaPp])\\.?[Mm]", {"A": "A", "a": "A", "P": "P", "p": "P"}),
    ("(午[前後])", {"午前": "A", "午後": "P"}),
    ("(오[전후])", {"오전": "A", "오후": "P"}),
)


#: an AM / PM marker as a whole token (after a digit or a space, before no letter; the program pads a space):
#: the program marks each one with :data:`MARK` and reads the marker only when there is exactly one
WHOLE_AMPM = ("([0-9 ])([AaPp])\\.?[Mm]([^A-Za-z])", "$1\ue000$2$3")
MARK = "\ue000"


def _marker(text: str) -> tuple[int, str] | None:
    """(family, ``A`` or ``P``) of the one marker ``text`` writes, else None (none, or more than one)."""
    hits = [(f, table[m.group(1)]) for f, (pat, table) in enumerate(FAMILIES) if f
            for m in re.finditer(pat, text)]
    hits += [(0, FAMILIES[0][1][m.group(2)]) for m in re.finditer(WHOLE_AMPM[0], text + " ")]
    return hits[0] if len(hits) == 1 else None


def hour24(hour: str, marker: str) -> int | None:
    """The 24-hour hour of ``hour`` (1..12) after ``marker`` (``A`` / ``P``)."""
    h = int(hour)
    return None if not 1 <= h <= 12 else h % 12 + (12 if marker == "P" else 0)


def fits(texts: list[str], hours: list[str | None], outs: list[str]) -> bool:
    """Every example writes one marker of one family and its output run is the hour in 24-hour form."""
    marks = [_marker(t) for t in texts]
    if any(m is None for m in marks) or len({m[0] for m in marks if m}) != 1 or len({m[1] for m in marks if m}) < 2:
        return False
    return all(h is not None and m is not None and (v := hour24(h, m[1])) is not None and str(v).zfill(len(o)) == o
               for h, m, o in zip(hours, marks, outs, strict=True))


def steps(col: str, hour: str, width: int) -> list[dict[str, Any]]:
    """``hour`` (the hour read from ``col``) replaced by its 24-hour form padded to ``width``."""
    out: list[dict[str, Any]] = []
    pad = f"{hour}_pad"
    out.append({"op": "template", "inputs": [col], "template": "{0} ", "output": pad})
    out += [{"op": "replace", "input": pad, "output": pad, "pattern": WHOLE_AMPM[0], "replacement": WHOLE_AMPM[1],
             "groups": True}] * 2  # twice: adjacent markers (``PM AM``) share the space between them
    for f, (pat, table) in enumerate(FAMILIES):
        src, pat = (pad, f"^[^{MARK}]*{MARK}([AaPp])[^{MARK}]*$") if f == 0 else (col, pat)
        out += [{"op": "regex_extract", "input": src, "output": f"{hour}_m{f}", "pattern": pat, "group": 1},
                {"op": "map_dict", "input": f"{hour}_m{f}", "output": f"{hour}_m{f}", "mapping": table}]
    out.append({"op": "coalesce", "inputs": [f"{hour}_m{f}" for f in range(len(FAMILIES))], "output": f"{hour}_m"})
    table24 = {f"{m}|{h}": str(hour24(h, m)).zfill(width) for m in "AP"
               for h in [str(n) for n in range(1, 13)] + [f"0{n}" for n in range(1, 10)]}
    out += [{"op": "template", "inputs": [f"{hour}_m", hour], "template": "{0}|{1}", "output": hour},
            {"op": "map_dict", "input": hour, "output": hour, "mapping": table24}]
    return out
