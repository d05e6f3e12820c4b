"""Every run of one character class, joined by one separator: the names of a path in any notation
(``$.lines[2].qty`` and ``$['lines'][2]['qty']`` -> ``lines_2_qty``), words of a label without its punctuation.

A structured identifier written in several notations (dots, brackets and quotes, slashes) keeps its names in order
while the punctuation between them changes with the notation; the number of names varies. No fixed ``regex_split``
position or slice reads them all, a ``regex_extract_all`` does. The class is the narrowest of :data:`CLASSES` whose
runs, joined by a separator the outputs write (or none), give every output; at least one example has two runs or
more, and the program must change some value (a copy is no conversion). Refused: an example whose output drops a
run or adds text between runs that is not the separator. The classes other than "not a space" are ASCII, so a held
value is null (not its runs without the letters) when it holds a character that is neither of the class, ASCII
punctuation or whitespace, nor one the examples drop: ``café/menü`` after ASCII paths, ``Москва/центр``.
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
#: ASCII whitespace and punctuation: dropped between runs of any class (DSL class body)
PUNCT = "\\t-\\r !-/:-@\\[-`{-~"
_ESCAPE = set("\\]-[^&~")


def _allowed(body: str, vals: list[str]) -> str | None:
    """The class body of the characters a held value may hold (None: any, the class is "not a space")."""
    if body.startswith("^"):
        return None
    rx = re.compile(f"[{body}{PUNCT}]")
    shown = sorted({ch for v in vals for ch in v if not rx.fullmatch(ch)})
    return body + PUNCT + "".join("\\" + ch if ch in _ESCAPE else ch for ch in shown)


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
                yield _proposal(col, body, sep, _allowed(body, vals))
                return


def _proposal(col: str, body: str, sep: str, allowed: str | None) -> Proposal:
    """The program, and its mirror, joining the runs; null for a value with a character outside ``allowed``."""
    rx = re.compile(f"[{body}]+")
    steps: list[dict[str, Any]] = [{"op": "regex_extract_all", "input": col, "output": OUT,
                                    "pattern": f"[{body}]+", "group": 0, "separator": sep}]
    if allowed is None:
        def fn(v: str) -> str | None:
            return sep.join(rx.findall(v))
        return ("join_runs", steps, COST, fn)
    rest = re.compile(f"[{allowed}]+")
    steps[0]["output"] = "_jr_runs"
    steps += [{"op": "replace", "input": col, "output": "_jr_rest", "pattern": f"[{allowed}]+", "replacement": ""},
              {"op": "map_dict", "input": "_jr_rest", "output": "_jr_rest", "mapping": {"": ""}},
              {"op": "concat", "inputs": ["_jr_runs", "_jr_rest"], "output": OUT, "separator": ""}]

    def guarded(v: str) -> str | None:
        return sep.join(rx.findall(v)) if not rest.sub("", v) else None
    return ("join_runs", steps, COST, guarded)


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed programs joining the runs of one character class (at least two examples)."""
    if len(rows) < 2:
        return []
    return confirmed_proposals(rows, outs, names, types, _proposals, version, skip_identity=True)
