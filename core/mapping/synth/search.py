"""Atom generation and the best-first search for programs consistent with every example.

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

from core.mapping.synth import numeric
from core.mapping.synth import transforms as tfm
from core.mapping.synth.atoms import (
    VIEW_COST,
    WHOLE,
    Atom,
    Selector,
    View,
    delimiter_selectors,
    select,
    slice_selectors,
    token_selectors,
    view_value,
)
from core.mapping.synth.lexicon import load_lexicon

Part = Atom | str
Row = list[str | None]
LEX_FORMS = [("country", "alpha2"), ("country", "alpha3"), ("boolean", "canonical"), ("gender", "canonical"),
             ("honorific", "canonical"), ("us_state", "canonical")]
CASE_AFTER = ("month_abbr", "month_full", "lex")


@dataclass(frozen=True)
class Program:
    """Parts to concatenate, and the program's cost (lower = simpler)."""

    parts: tuple[Part, ...]
    cost: float


def const_cost(c: str) -> float:
    """Cost of a constant: digits are very expensive (output digits nearly always come from the
    input), letters expensive, punctuation and spaces cheap."""
    return 1.0 + sum(1.5 if ch.isdigit() else 0.6 if ch.isalnum() else 0.1 for ch in c)


def atom_value(atom: Atom, row: Row) -> str | None:
    """Python evaluation of one atom on one row (the DSL's semantics)."""
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


def _lex_transforms(value: str, out0: str) -> list[tfm.Transform]:
    hits: list[tfm.Transform] = []
    cats = load_lexicon()
    for cat, form in LEX_FORMS:
        if cat in cats:
            got = tfm.apply(("lex", cat, form), value)
            if got and got in out0:
                hits.append(("lex", cat, form))
    return hits


def _chains(value: str, widths: set[int], out0: str, whole: bool, hints: set[str],
            number_ok: bool = False) -> list[tuple[tfm.Transform, ...]]:
    chains: list[tuple[tfm.Transform, ...]] = [()]
    if number_ok and value not in out0 and any(ch.isdigit() for ch in out0):
        chains += [(tf,) for tf in numeric.candidates(value, out0, hints)]
    lex = _lex_transforms(value, out0) if whole else []
    for tf in tfm.candidates(value, widths, lex):
        chains.append((tf,))
        if tf[0] in CASE_AFTER:
            chains += [(tf, ("upper",)), (tf, ("lower",)), (tf, ("title",))]
    if whole:  # replace every occurrence of one separator by another (or drop it)
        gone = sorted({ch for ch in value if not ch.isalnum() and ch not in out0 and ch != "\n"})
        new = sorted({ch for ch in out0 if not ch.isalnum() and ch not in value and ch != "\n"})
        for d in gone[:4]:
            for r in ["", *new[:4]]:
                chains.append((("repl", d, r),))
                chains += [(("repl", d, r), ("upper",)), (("repl", d, r), ("lower",)), (("repl", d, r), ("title",))]
    return chains


def _apply_chain(chain: tuple[tfm.Transform, ...], v: str | None) -> str | None:
    for tf in chain:
        v = tfm.apply(tf, v)
    return v


def _fits(v0: str, chain: tuple[tfm.Transform, ...], out0: str) -> bool:
    a0 = _apply_chain(chain, v0)
    return bool(a0) and a0 in out0  # type: ignore[operator]


def generate_atoms(rows: list[Row], outs: list[str], input_kinds: list[bool], deadline: float
                   ) -> dict[tuple[str, ...], Atom]:
    """Atoms whose value fits inside every example's output, keyed by their value tuple.

    Of atoms with the same values on every example only the cheapest is kept (ties: label).
    """
    out0 = outs[0]
    hints = {w for r in rows[:1] for v in r if v for w in re.findall(r"[A-Za-z0-9]+", v)}
    hints |= set(re.findall(r"[A-Za-z0-9]+", out0))
    widths = {len(m) for o in outs for m in re.findall(r"[0-9]+", o)}
    best: dict[tuple[str, ...], Atom] = {}
    for idx, usable in enumerate(input_kinds):
        if not usable:
            continue
        raw = [view_value("raw", r[idx]) for r in rows]
        for kind in VIEW_COST:
            vals = [view_value(kind, r[idx]) for r in rows]
            if (kind != "raw" and vals == raw) or vals[0] is None:
                continue
            present = [v for v in vals if v]
            sels: list[Selector] = [WHOLE, *token_selectors(present), *delimiter_selectors(present)]
            if kind != "raw" or max(len(v) for v in present) <= 16:
                sels += slice_selectors(present)
            view = View(idx, kind)
            chain_cache: dict[tuple[str, bool, bool], list[tuple[tuple[tfm.Transform, ...], float]]] = {}
            for sel in sels:
                if time.perf_counter() > deadline:
                    return best
                v0 = select(sel, vals[0])
                if v0 is None:
                    continue
                number_ok = sel is WHOLE or (sel.label.startswith("D[") and ":" not in sel.label)
                key = (v0, sel is WHOLE, number_ok)
                if key not in chain_cache:
                    chain_cache[key] = [(c, sum(tfm.cost(t) for t in c))
                                        for c in _chains(v0, widths, out0, sel is WHOLE, hints, number_ok)
                                        if _fits(v0, c, out0)]
                sel_vals: list[str | None] | None = None
                for chain, tf_cost in chain_cache[key]:
                    if sel_vals is None:
                        sel_vals = [v0, *(select(sel, v) for v in vals[1:])]
                    values = tuple(_apply_chain(chain, v) or "" for v in sel_vals)
                    if "" in values or any(v not in o for v, o in zip(values, outs, strict=True)):
                        continue
                    atom = Atom(view, sel, chain, round(1.0 + sel.cost + VIEW_COST[kind] + tf_cost, 4))
                    old = best.get(values)
                    if old is None or (atom.cost, atom.label()) < (old.cost, old.label()):
                        best[values] = atom
    return best


def lexmap_atoms(rows: list[Row], outs: list[str], usable: list[bool]) -> dict[tuple[str, ...], Atom]:
    """Whole-output lookups through a lexicon concept learned from the examples (``"ja"`` -> ``"Y"``
    when the examples map yes-words to ``"Y"``): one per category that names every input."""
    found: dict[tuple[str, ...], Atom] = {}
    if any(len(o) > 20 or any(ch.isdigit() for ch in o) for o in outs):
        return found  # a learned lookup is for short categorical labels only
    for idx, ok in enumerate(usable):
        if not ok:
            continue
        vals = [r[idx] for r in rows]
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
            if values == tuple(outs):
                found.setdefault(values, atom)
    return found


def search(outs: list[str], atoms: dict[tuple[str, ...], Atom], k_best: int, deadline: float) -> list[Program]:
    """Up to ``k_best`` cheapest programs producing every output exactly."""
    index: dict[str, list[tuple[tuple[str, ...], Atom]]] = {}
    for values, atom in sorted(atoms.items(), key=lambda kv: (kv[1].cost, kv[1].label())):
        index.setdefault(values[0], []).append((values, atom))
    goal = tuple(len(o) for o in outs)
    start = tuple(0 for _ in outs)
    counter = itertools.count()
    heap: list[tuple[float, int, tuple[int, ...], tuple[Part, ...]]] = [(0.0, next(counter), start, ())]
    pops: dict[tuple[int, ...], int] = {}
    found: list[Program] = []
    while heap and len(found) < k_best and time.perf_counter() < deadline:
        cost, _, state, parts = heapq.heappop(heap)
        if state == goal:
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
