"""Deletions: the output is the input with an optional head or tail removed (then an optional ASCII
case), where *optional* means that inputs without it stay as they are.

- **Delimited head / tail**: everything up to a delimiter (``CORP\\JSmith`` -> ``JSmith``) and from
  a delimiter on (``m.kowalczyk@emea.contoso.com`` -> ``m.kowalczyk``); a bare ``svc_backup`` has
  neither and is kept. One ``replace`` each (``^[^\\\\]*\\\\``, ``@[^\\n]*$``).
- **Literal prefixes or suffixes**: the words the examples delete, learned as literals (``MV `` and
  ``M/V `` of vessel names; ``MSC Irina`` keeps its first word because no example deleted ``MSC``). In a script
  written without spaces between words (Thai ``นาย`` / ``นางสาว`` / ``นาง``) the literal may be joined to the name
  or followed by spaces: ``^นาย *`` (the longest literal first). A rest that starts with a combining mark
  (``นายิกา`` -> ``ิกา``) was cut inside a word and is refused (null). A name that itself begins with the literal
  (``นางนวล``, no honorific) cannot be told apart and loses it: the family's inherent risk.

The search concatenates pieces of the input, so "the input unless it has a head" needs a switch or a
cover of one-example branches (which the Occam guards rightly distrust); a deletion states it in one
program. Each proposal is checked on every example in Python and confirmed by the engine
(:func:`~core.mapping.synth.conversions.confirmed_proposals`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from core.mapping.synth import text
from core.mapping.synth.atoms import class_esc, esc
from core.mapping.synth.conversions import Proposal, confirmed_proposals
from core.mapping.synth.emit import OUT
from core.mapping.synth.models import Candidate

#: a deleted literal: at most this many characters, ending (prefix) or starting (suffix) at a word boundary
MAX_LITERAL = 8
CASES = ("", "lower", "upper")


#: scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, kana, CJK): a title or honorific is
#: joined to the name (``นางสาวสมหญิง``) or spaced (``นาย สมชาย``) in one column
UNSPACED = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x3040, 0x30FF), (0x4E00, 0x9FFF))


def _mark_class() -> str:
    """A regex class body of the combining marks (``Mn`` / ``Mc``) of the :data:`UNSPACED` scripts, as ranges."""
    cps = [cp for a, b in UNSPACED for cp in range(a, b + 1) if unicodedata.category(chr(cp)) in ("Mn", "Mc")]
    spans: list[list[int]] = []
    for cp in cps:
        if spans and spans[-1][1] == cp - 1:
            spans[-1][1] = cp
        else:
            spans.append([cp, cp])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in spans)


#: combining marks of the unspaced scripts: a remainder that starts with one was cut inside a word (``นายิกา``)
MARKS = _mark_class()
_MARK_RX = re.compile(f"^[{MARKS}]")


def unspaced(lit: str) -> bool:
    """True when ``lit`` (spaces aside) is written in a script without spaces between words."""
    core = lit.strip(" ")
    return bool(core) and all(any(a <= ord(ch) <= b for a, b in UNSPACED) for ch in core)


def _case(v: str, mode: str) -> str:
    return text.lower(v) if mode == "lower" else text.upper(v) if mode == "upper" else v


def _program(col: str, patterns: list[str], mode: str, cost: float, desc: str, joined: bool = False) -> Proposal:
    steps: list[dict[str, Any]] = []
    cur = col
    for pat in patterns:
        steps.append({"op": "replace", "input": cur, "output": OUT, "pattern": pat, "replacement": ""})
        cur = OUT
    if joined:  # a literal joined to the word: refused (null) when the rest starts with a combining mark
        g = f"_{col}_mk"
        steps += [{"op": "regex_extract", "input": OUT, "output": g, "pattern": f"^[^{MARKS}]", "group": 0},
                  {"op": "map_dict", "input": g, "output": g, "mapping": {"": ""}, "default": ""},
                  {"op": "template", "inputs": [OUT, g], "template": "{0}{1}", "output": OUT}]
    if mode:
        steps.append({"op": "case", "input": cur, "output": OUT, "mode": mode})
    if not steps:
        steps.append({"op": "trim", "input": cur, "output": OUT, "side": "both"})

    def fn(v: str) -> str | None:
        for pat in patterns:
            v = text.replace(v, pat, "") or ""
        if joined and (not v or _MARK_RX.match(v)):
            return None
        return _case(v, mode) or None
    return desc, steps, cost, fn


def _delimited(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    delims = sorted({ch for v in vals for ch in v if not ch.isalnum() and not ch.isspace()})
    heads = [None, *delims]
    for mode in CASES:
        for h in heads:
            for t in heads:
                if h is None and t is None:
                    continue
                pats = ([f"^[^{class_esc(h)}\\n]*{esc(h)}"] if h else []) + ([f"{esc(t)}[^\\n]*$"] if t else [])
                prop = _program(col, pats, mode, 3.0 + len(pats) + (0.5 if mode else 0.0), "delete_delimited")
                fn = prop[3]
                if all(fn(v) == o for v, o in zip(vals, outs, strict=True)):
                    yield prop
                    return


def _literals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    for suffix in (False, True):
        cut: set[str] = set()
        for v, o in zip(vals, outs, strict=True):
            if not o or o == v:
                continue
            if (v.endswith(o) if not suffix else v.startswith(o)) and len(v) - len(o) <= MAX_LITERAL:
                lit = v[:len(v) - len(o)] if not suffix else v[len(o):]
                edge = lit[-1] if not suffix else lit[0]
                if unspaced(lit):  # a script written without spaces between words: the core, spaces optional
                    lit = lit.strip(" ")
                elif edge.isalnum() or not any(ch.isalpha() for ch in lit):
                    return  # a deletion that ends inside a word, or no word at all
                cut.add(lit)
            else:
                cut = set()
                break
        if not cut or (len(cut) < 2 and all(o != v for v, o in zip(vals, outs, strict=True))):
            continue  # nothing, or one literal deleted everywhere (a plain slice says that)
        lits = sorted(cut, key=lambda s: (-len(s), s))
        pats = [("^" + "".join(esc(ch) for ch in lit) + (" *" if unspaced(lit) else "")) if not suffix else
                ((" *" if unspaced(lit) else "") + "".join(esc(ch) for ch in lit) + "$") for lit in lits]
        prop = _program(col, pats, "", 3.0 + len(pats) + 0.1 * sum(map(len, lits)), "delete_literal",
                        any(unspaced(lit) for lit in lits))
        if all(prop[3](v) == o for v, o in zip(vals, outs, strict=True)):
            yield prop


def _proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    if any(not o for o in outs) or all(v == o for v, o in zip(vals, outs, strict=True)):
        return
    yield from _delimited(vals, outs, col)
    yield from _literals(vals, outs, col)


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed deletions (one string input at a time) that reproduce every example."""
    if len(rows) < 2:
        return []
    return confirmed_proposals(rows, outs, names, types, _proposals, lambda steps: "1.2.0")
