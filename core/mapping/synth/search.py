"""Programs and the best-first search for programs consistent with every example.

A program is a sequence of parts (atoms and constant strings) whose concatenation equals
each example's output. The search runs over joint positions — one cursor per example — so
an atom or constant is only taken where it fits *every* example at once (the intersection
FlashFill computes over its DAGs). Costs rank programs by simplicity: fewer parts, general
selectors (first/last token) before positional ones, few and short constants.
"""

from __future__ import annotations

import heapq
import itertools
import re
import time
from dataclasses import dataclass

from core.mapping.synth import transforms as tfm
from core.mapping.synth.atoms import WHOLE, Atom, View, select, view_value
from core.mapping.synth.lexicon import load_lexicon
from core.mapping.synth.numterms import NumExpr

Part = Atom | NumExpr | str
AnyAtom = Atom | NumExpr
#: work bound of one search (deterministic, unlike the time budget that is only a safety net)
MAX_POPS = 20000
Row = list[str | None]


@dataclass(frozen=True)
class Program:
    """Parts to concatenate, and the program's cost (lower = simpler)."""

    parts: tuple[Part, ...]
    cost: float


def const_cost(c: str) -> float:
    """Cost of a constant: digits are very expensive (output digits nearly always come from the
    input), letters expensive, punctuation and spaces cheap."""
    base = 1.5 if any(ch.isalnum() for ch in c) else 0.5
    return base + sum(2.5 if ch.isdecimal() else 0.8 if ch.isalnum() else 0.1 for ch in c)


def atom_value(atom: Atom | NumExpr, row: Row) -> str | None:
    """Python evaluation of one atom on one row (the DSL's semantics)."""
    if isinstance(atom, NumExpr):
        return atom.value(row)
    v = select(atom.selector, view_value(atom.view.kind, row[atom.view.idx]))
    for tf in atom.transforms:
        v = tfm.apply(tf, v)
    return v


def run(parts: tuple[Part, ...], row: Row) -> str | None:
    """Python evaluation of a program (null when any atom is null)."""
    out = []
    for p in parts:
        v = p if isinstance(p, str) else atom_value(p, row)
        if v is None:
            return None
        out.append(v)
    return "".join(out)

def _copies_other(rows: list[Row], outs: list[str], idx: int) -> bool:
    """True when an output holds a piece (4+ letters or digits) of another input of its row: a table
    keyed on input ``idx`` would memorise that text (``DE`` -> ``491712345678``), not compute it."""
    for r, o in zip(rows, outs, strict=True):
        for j, v in enumerate(r):
            if j != idx and v and any(len(p) >= 4 and p in o for p in re.findall(r"[^\W_]+", v)):
                return True
    return False


def lexmap_atoms(rows: list[Row], outs: list[str], usable: list[bool]) -> dict[tuple[str, ...], Atom]:
    """Whole-output lookups through a lexicon concept learned from the examples (``"ja"`` -> ``"Y"``
    when the examples map yes-words to ``"Y"``): one per category that names every input; of two categories that
    explain the examples alike, one whose spellings hold every output (the outputs are that category's words:
    ``Monsieur`` / ``Madame`` are honorifics) wins, the finer of those (the smaller share of its spellings in the
    learned concepts: ``Miss`` is no ``Madame``, null); else the one whose learned concepts hold the larger share of
    its spellings (``Miss`` -> ``female`` through the gender a salutation names, not through the honorific that
    leaves ``Mrs`` unmapped)."""
    found: dict[tuple[str, ...], Atom] = {}
    share: dict[tuple[str, ...], tuple[bool, float]] = {}
    if any(len(o) > 20 for o in outs):
        return found  # a learned lookup is for short categorical labels only
    digit_out = any(ch.isdecimal() for o in outs for ch in o)
    for idx, ok in enumerate(usable):
        if not ok or _copies_other(rows, outs, idx):
            continue
        vals = [r[idx] for r in rows]
        if digit_out and any(ch.isdecimal() for v in vals if v for ch in v):
            continue  # numbers to numbers: arithmetic, not a lookup
        for cat in load_lexicon().values():
            concepts = [cat.concept_of(v) if v else None for v in vals]
            if None in concepts:
                continue
            table: dict[str, str] = {}
            if any(table.setdefault(c, o) != o for c, o in zip(concepts, outs, strict=True) if c):
                continue
            if len(set(table.values())) < 2:
                continue
            atom = Atom(View(idx, "raw"), WHOLE, (tfm.lexmap(cat.name, table),), 5.0)
            values = tuple(atom_value(atom, r) or "" for r in rows)
            covered = sum(len(cat.spellings[c]) for c in table) / max(1, sum(map(len, cat.spellings.values())))
            words = all(cat.concept_of(o) is not None for o in outs)
            rank = (words, -covered if words else covered)
            if values == tuple(outs) and rank > share.get(values, (False, -1.0)):
                found[values], share[values] = atom, rank
    return found


def search(outs: list[str], atoms: dict[tuple[str, ...], AnyAtom], k_best: int, deadline: float) -> list[Program]:
    """Up to ``k_best`` cheapest programs producing every output exactly."""
    index: dict[str, list[tuple[tuple[str, ...], AnyAtom]]] = {}
    for values, atom in sorted(atoms.items(), key=lambda kv: (kv[1].cost, kv[1].label())):
        index.setdefault(values[0], []).append((values, atom))
    goal = tuple(len(o) for o in outs)
    start = tuple(0 for _ in outs)
    counter = itertools.count()
    heap: list[tuple[float, int, tuple[int, ...], tuple[Part, ...]]] = [(0.0, next(counter), start, ())]
    pops: dict[tuple[int, ...], int] = {}
    found: list[Program] = []
    popped = 0
    while heap and len(found) < k_best and popped < MAX_POPS and time.perf_counter() < deadline:
        cost, _, state, parts = heapq.heappop(heap)
        popped += 1
        if state == goal:
            if any(not isinstance(p, str) for p in parts):  # a constant alone is no program
                found.append(Program(parts, round(cost, 4)))
            continue
        if pops.get(state, 0) >= k_best:
            continue
        pops[state] = pops.get(state, 0) + 1
        rem = outs[0][state[0]:]
        for ln in range(1, len(rem) + 1):
            key = rem[:ln]
            for values, atom in index.get(key, ()):
                if all(o.startswith(v, s) for o, v, s in zip(outs, values, state, strict=True)):
                    nxt = tuple(s + len(v) for s, v in zip(state, values, strict=True))
                    heapq.heappush(heap, (cost + atom.cost, next(counter), nxt, (*parts, atom)))
            if parts and isinstance(parts[-1], str):
                continue
            if all(o.startswith(key, s) for o, s in zip(outs, state, strict=True)):
                nxt = tuple(s + ln for s in state)
                heapq.heappush(heap, (cost + const_cost(key), next(counter), nxt, (*parts, key)))
    return found
