"""Every value that follows one key, joined with one separator (DSL 1.4 ``regex_extract_all``).

``CN=Berg\\, Anna,OU=Sales,DC=corp,DC=nordhavn,DC=no`` -> ``corp.nordhavn.no`` (the ``DC=`` parts), ``tag:red
size:L tag:blue`` -> ``red|blue``: the output is pieces joined by a separator; each piece is the text of the input
right after one key (the longest left context every piece shares, at least two characters and ending in a mark:
``DC=``, ``tag:``, from its first letter on, after the start or a character that is no letter or digit (the
program puts a space before the value); its letters in either case, as directories write them) up to a stop character
(the ones the examples show after a piece, else the end). Proposed only when **every** match of that pattern, in order,
gives the output (no match is skipped) and some output has two pieces or more. A value without any match is null
(refused), and so is a value where the key is followed by no text (``tag=;tag=x``: never a piece skipped).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from core.mapping.synth.atoms import class_esc, esc
from core.mapping.synth.conversions import Proposal, confirmed_proposals
from core.mapping.synth.emit import OUT
from core.mapping.synth.models import Candidate
from core.mapping.synth.v16_conversions import version

SEPARATORS = (".", ", ", ",", "; ", ";", "|", " ", "/", "-")
MAX_KEY = 8


def _key(lefts: list[str]) -> str | None:
    """The longest case-insensitive common suffix of ``lefts`` that ends in a mark and holds a letter."""
    best = None
    for n in range(2, MAX_KEY + 1):
        tails = {lf[-n:].lower() for lf in lefts if len(lf) >= n}
        if len(tails) != 1 or any(len(lf) < n for lf in lefts):
            break
        tail = next(iter(tails))
        if not tail[-1].isalnum() and not tail[-1].isspace() and any(c.isalpha() for c in tail):
            best = lefts[0][-n:]
    # the separator before the key is no part of it (``,DC=`` would skip a value at the start, ``DC=corp,DC=no``)
    best = best.lstrip("".join(c for c in best if not c.isalnum())) if best else None
    return best if best and best[0].isalpha() else None


#: what precedes a key: a character that is no letter or digit (``DC=`` is no key inside ``XDC=``); the program
#: puts a space before the value, so a key at the start has one too
_BOUNDARY = "[^A-Za-z0-9]"


def _key_pattern(key: str) -> str:
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isascii() and c.isalpha() else esc(c) for c in key)


def _proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    if any(not o for o in outs):
        return
    for sep in SEPARATORS:
        pieces = [(o or "").split(sep) for o in outs]
        if not any(len(p) > 1 for p in pieces) or any(not x for p in pieces for x in p):
            continue
        lefts: list[str] = []
        stops: set[str] = set()
        for v, ps in zip(vals, pieces, strict=True):
            pos = 0
            for p in ps:
                at = v.find(p, pos)
                if at < 0:
                    break
                lefts.append(v[max(0, at - MAX_KEY):at])
                end = at + len(p)
                if end < len(v):
                    stops.add(v[end])
                pos = end
            else:
                continue
            break
        else:
            key = _key(lefts)
            if key is None or not stops or any(ch in x for p in pieces for x in p for ch in stops):
                continue
            pattern = _BOUNDARY + _key_pattern(key) + "([^" + "".join(class_esc(c) for c in sorted(stops)) + "]+)"
            rx = re.compile(pattern)
            # a key with an empty value (``tag=;tag=x``): refused (null), never skipped
            bare = _BOUNDARY + _key_pattern(key) + "[" + "".join(class_esc(c) for c in sorted(stops)) + "]"
            at_end = _BOUNDARY + _key_pattern(key) + "$"
            rx_bare = re.compile(f"{bare}|{at_end}")

            def fn(v: str, rx: re.Pattern[str] = rx, sep: str = sep,
                   rx_bare: re.Pattern[str] = rx_bare) -> str | None:
                w = " " + v
                if rx_bare.search(w):
                    return None
                return sep.join(m.group(1) for m in rx.finditer(w)) or None
            steps: list[dict[str, Any]] = [
                {"op": "template", "inputs": [col], "template": " {0}", "output": f"_{col}_b"},
                {"op": "regex_extract_all", "input": f"_{col}_b", "output": OUT, "pattern": pattern, "group": 1,
                 "separator": sep},
                {"op": "regex_extract", "input": OUT, "output": OUT, "pattern": "^[^\\n]+$", "group": 0}]
            for i, pat in enumerate((bare, at_end)):
                g = f"_{col}_e{i}"
                steps += [{"op": "regex_extract", "input": f"_{col}_b", "output": g, "pattern": pat, "group": 0},
                          {"op": "map_dict", "input": f"_{col}_b", "output": f"{g}n", "mapping": {"": ""},
                           "default": ""},
                          {"op": "coalesce", "inputs": [g, f"{g}n"], "output": g},
                          {"op": "map_dict", "input": g, "output": g, "mapping": {"": ""}},
                          {"op": "template", "inputs": [OUT, g], "template": "{0}{1}", "output": OUT}]
            yield ("keyed_all", steps, 3.5, fn)
            return


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed joins of every value after a key that reproduce every example (at least two)."""
    if len(rows) < 2:
        return []
    return confirmed_proposals(rows, outs, names, types, _proposals, version)
