r"""An identifier of fixed length found anywhere in a value: the first whole run of its characters that has its length.

``https://youtu.be/b7Rz_Qp0uT8?si=Xk2P9aLq`` -> ``b7Rz_Qp0uT8`` (a YouTube id: 11 characters of ``[A-Za-z0-9_-]``),
``.../Stainless-Steel-Kettle/dp/B08N5WRWNW?th=1`` -> ``B08N5WRWNW`` (an ASIN: 10 of ``[A-Z0-9]``): links of several
layouts carry one identifier whose place differs (a path segment, a query parameter) but whose length and alphabet
do not. Every output has the same length (at least :data:`MIN_LENGTH`) and is a whole run of the narrowest
alphabet of :data:`ALPHABETS` that writes all outputs, holding a digit (every output does), and it is the first such
run of that length in its input: a word of that length (``/articles/aB3dE5fG``) is no identifier.

The program: ``regex_extract_all`` ``[C']*[0-9][C]*`` (``C'``: the alphabet without digits; every whole run that
holds a digit) joined by ``|``, ``template`` ``|{0}|``, then ``regex_extract`` ``\|([C]{L})\|`` (the first of
length ``L``). A value without such a run gives null (refused); a longer or shorter run is never cut to length.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from core.mapping.synth.conversions import Proposal, confirmed_proposals
from core.mapping.synth.emit import OUT
from core.mapping.synth.models import Candidate
from core.mapping.synth.v16_conversions import version

MIN_LENGTH = 6
#: alphabets of identifiers, narrowest first (a DSL class body, its Python mirror)
ALPHABETS = ("0-9A-F", "0-9a-f", "A-Z0-9", "A-Za-z0-9", "A-Za-z0-9_", "A-Za-z0-9_\\-")


def _alphabet(outs: list[str]) -> str | None:
    for body in ALPHABETS:
        if all(re.fullmatch(f"[{body}]+", o) for o in outs):
            return body
    return None


def _proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    if any(not o for o in outs):
        return
    texts = [o or "" for o in outs]
    n = len(texts[0])
    body = _alphabet(texts)
    if body is None or n < MIN_LENGTH or any(len(o) != n for o in texts) or \
            all(o.isdecimal() for o in texts) or not all(re.search("[0-9]", o) for o in texts):
        return  # an identifier mixes letters and digits (a number or a word is read otherwise)
    runs = f"[{body.replace('0-9', '')}]*[0-9][{body}]*"  # a whole run holding a digit (leftmost, greedy)
    yield from _prefixes(vals, texts, col, body, runs)
    if any(len(v) == n for v in vals):
        return  # some input is the identifier itself: nothing is found, it is copied
    steps, fn = _program(col, runs, f"\\|([{body}]{{{n}}})\\|")
    yield ("id_token", steps, 4.0, fn)


def _program(col: str, runs: str, pick: str) -> tuple[list[dict[str, Any]], Callable[[str], str | None]]:
    """Every whole run of ``runs`` joined by ``|``, then group 1 of the first ``pick`` among them; its mirror."""
    rx_runs, rx_pick = re.compile(runs), re.compile(pick)

    def fn(v: str) -> str | None:
        m = rx_pick.search("|" + "|".join(rx_runs.findall(v)) + "|")
        return m.group(1) if m else None
    steps: list[dict[str, Any]] = [
        {"op": "regex_extract_all", "input": col, "output": f"_{col}_r", "pattern": runs, "group": 0,
         "separator": "|"},
        {"op": "template", "inputs": [f"_{col}_r"], "template": "|{0}|", "output": f"_{col}_b"},
        {"op": "regex_extract", "input": f"_{col}_b", "output": OUT, "pattern": pick, "group": 1}]
    return steps, fn


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed fixed-length identifier extractions that reproduce every example (at least two)."""
    if len(rows) < 2:
        return []
    return confirmed_proposals(rows, outs, names, types, _proposals, version)


def _prefixes(vals: list[str], texts: list[str], col: str, body: str, runs: str) -> Iterator[Proposal]:
    """The first ``n`` characters of the first run of length ``L`` (the same ``L > n`` in every example): a short
    form of a long identifier (a 7-character git hash of a 40-character one, in a log line, a link or bare)."""
    n = len(texts[0])
    rx_runs = re.compile(runs)
    common: set[int] | None = None
    for v, o in zip(vals, texts, strict=True):
        found = rx_runs.findall(v)
        lengths = {len(r) for r in found if len(r) > n and r.startswith(o)
                   and next(x for x in found if len(x) == len(r)) == r}
        common = lengths if common is None else common & lengths
    for length in sorted(common or ()):
        steps, fn = _program(col, runs, f"\\|([{body}]{{{n}}})[{body}]{{{length - n}}}\\|")
        yield ("id_token_prefix", steps, 4.5, fn)
