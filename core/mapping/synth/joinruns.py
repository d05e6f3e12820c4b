"""Every run of one character class, joined by one separator: the names of a path in any notation
(``$.lines[2].qty`` and ``$['lines'][2]['qty']`` -> ``lines_2_qty``), words of a label without its punctuation.

A structured identifier written in several notations (dots, brackets and quotes, slashes) keeps its names in order
while the punctuation between them changes with the notation; the number of names varies. No fixed ``regex_split``
position or slice reads them all, a ``regex_extract_all`` does. The class is the narrowest of :data:`CLASSES` whose
runs, joined by a separator the outputs write (or none), give every output; at least one example has two runs or
more, and the program must change some value (a copy is no conversion). Refused: an example whose output drops a
run or adds text between runs that is not the separator.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from core.mapping.synth.conversions import Proposal, confirmed_proposals
from core.mapping.synth.emit import OUT
from core.mapping.synth.models import Candidate
from core.mapping.synth.v16_conversions import version

#: character classes of names, narrowest first (DSL class bodies; Python's ``re`` reads them alike)
CLASSES = ("0-9", "A-Za-z", "A-Za-z0-9", "A-Za-z0-9_", "A-Za-z0-9_\\-", "A-Za-z0-9_\\-.", "^\\s")
SEPARATORS = ("", "_", "-", ".", "/", " ", ":", ",", ";", "|", ", ")
COST = 3.5


def _proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    if any(o is None for o in outs):
        return
    texts = [o or "" for o in outs]
    for body in CLASSES:
        rx = re.compile(f"[{body}]+")
        runs = [rx.findall(v) for v in vals]
        if not any(len(r) >= 2 for r in runs):
            continue
        for sep in SEPARATORS:
            if sep and re.fullmatch(f"[{body}]+", sep):
                continue  # a separator of the class itself would merge with the runs
            if all(sep.join(r) == o for r, o in zip(runs, texts, strict=True)):
                steps: list[dict[str, Any]] = [{"op": "regex_extract_all", "input": col, "output": OUT,
                                                "pattern": f"[{body}]+", "group": 0, "separator": sep}]

                def fn(v: str, rx: re.Pattern[str] = rx, sep: str = sep) -> str:
                    return sep.join(rx.findall(v))
                yield ("join_runs", steps, COST, fn)
                return


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed programs joining the runs of one character class (at least two examples)."""
    if len(rows) < 2:
        return []
    return confirmed_proposals(rows, outs, names, types, _proposals, version, skip_identity=True)
