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
    pair_selectors,
    select,
    slice_selectors,
    token_selectors,
    view_value,
)
from core.mapping.synth.lexicon import load_lexicon

Part = Atom | str
#: work bound of one search (deterministic, unlike the time budget that is only a safety net)
MAX_POPS = 20000
Row = list[str | None]
LEX_FORMS = [("country", "alpha2"), ("country", "alpha3"), ("boolean", "canonical"), ("gender", "canonical"),
             ("honorific", "canonical"), ("us_state", "canonical"), ("street_type", "canonical")]
CASE_AFTER = ("month_abbr", "month_full", "lex", "quarter")


@dataclass(frozen=True)
class Program:
    """Parts to concatenate, and the program's cost (lower = simpler)."""

    parts: tuple[Part, ...]
    cost: float


def const_cost(c: str) -> float:
    """Cost of a constant: digits are very expensive (output digits nearly always come from the
    input), letters expensive, punctuation and spaces cheap."""
    base = 1.5 if any(ch.isalnum() for ch in c) else 0.5
    return base + sum(2.5 if ch.isdigit() else 0.8 if ch.isalnum() else 0.1 for ch in c)


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
    if number_ok and value not in numeric.numbers_in(out0):
        chains += [(tf,) for tf in numeric.candidates(value, out0, hints)]
    lex = _lex_transforms(value, out0) if whole or value.isalpha() else []
    for tf in tfm.candidates(value, widths, lex):
        chains.append((tf,))
        if tf[0] in CASE_AFTER:
            chains += [(tf, ("upper",)), (tf, ("lower",)), (tf, ("title",))]
    cases: list[tuple[tfm.Transform, ...]] = [(), (("upper",),), (("lower",),), (("title",),)]
    if not value.isascii():  # accents and typographic punctuation folded to ASCII
        chains += [(("ascii",), *c) for c in cases]
    if whole:
        chains += _text_chains(value, out0, cases)
    return chains


_PAIRS = (("<", ">"), ("(", ")"), ("[", "]"), ("{", "}"))
_RUN_SEP = re.compile(r"[^0-9A-Za-z\u00c0-\u024f]+")


def _text_chains(value: str, out0: str, cases: list[tuple[tfm.Transform, ...]]) -> list[tuple[tfm.Transform, ...]]:
    """Whole-text pipelines: [ascii] [drop bracketed spans] [words | separator swap] [case]."""
    gone = sorted({ch for ch in value if not ch.isalnum() and ch not in out0})[:4]
    runs = sorted({m.group(0) for m in _RUN_SEP.finditer(out0) if m.group(0) not in value and len(m.group(0)) <= 3})
    new = sorted({ch for ch in out0 if not ch.isalnum() and ch not in value})
    seps = list(dict.fromkeys([*runs[:4], *new[:4]]))
    firsts: list[tuple[tfm.Transform, ...]] = [()]
    if not value.isascii():
        firsts.append((("ascii",),))
    spans = [(("delspan", o, c), ("clean",)) for o, c in _PAIRS if o in value and c in value and o not in out0]
    firsts += [f + s for f in list(firsts) for s in spans]
    mids: list[tuple[tfm.Transform, ...]] = [(("words",),)]
    if re.search(tfm.CAMEL, value):
        mids += [(("camel", r),) for r in seps]
    for sep in new[:2]:  # fixed-size groups: the first group's length in the output
        first = out0.split(sep)[0]
        if 2 <= len(first) <= 6 and sep not in value:
            mids.append((("chunk", str(len(first)), sep),))
    mids += [(("words",), ("repl", " ", r)) for r in seps if r != " "]
    mids += [(("repl", d, r),) for d in gone for r in ["", *seps]]
    out: list[tuple[tfm.Transform, ...]] = []
    for f in firsts:
        for m in ([()] if f else []) + mids:
            for c in cases:
                chain = f + m + c
                if chain:
                    out.append(chain)
    return out


def _apply_chain(chain: tuple[tfm.Transform, ...], v: str | None) -> str | None:
    for tf in chain:
        v = tfm.apply(tf, v)
    return v


def _fits(v0: str, chain: tuple[tfm.Transform, ...], out0: str) -> bool:
    a0 = _apply_chain(chain, v0)
    return bool(a0) and a0 in out0  # type: ignore[operator]


class AtomPool:
    """Atoms per example, generated once: an atom fits a subset of the examples when it fits
    each of them, so conditional plans (which search many subsets) share one generation pass.

    ``rows``/``outs`` are all examples (None outputs never generate atoms).
    """

    def __init__(self, rows: list[Row], outs: list[str | None], input_kinds: list[bool], deadline: float) -> None:
        self.rows, self.outs, self.kinds, self.deadline = rows, outs, input_kinds, deadline
        self.widths = {len(m) for o in outs if o for m in re.findall(r"[0-9]+", o)}
        self.fits: dict[int, dict[Atom, str]] = {}
        self.values: dict[int, dict[Atom, str | None]] = {}
        self.selected: dict[tuple[View, Selector, int], str | None] = {}
        self.view_vals: dict[View, list[str | None]] = {}
        self.views: list[tuple[View, list[str | None], list[Selector]]] = []
        for idx, usable in enumerate(input_kinds):
            if not usable:
                continue
            raw = [view_value("raw", r[idx]) for r in rows]
            for kind in VIEW_COST:
                vals = [view_value(kind, r[idx]) for r in rows]
                present = [v for v in vals if v]
                if (kind != "raw" and vals == raw) or not present:
                    continue
                sels: list[Selector] = [WHOLE, *token_selectors(present), *delimiter_selectors(present),
                                        *pair_selectors(present)]
                if kind.startswith("num"):  # number views are for reading numbers, nothing else
                    sels = [s for s in sels if s is WHOLE or s.label.startswith("N")]
                elif kind != "raw" or max(len(v) for v in present) <= 16:
                    sels += slice_selectors(present)
                self.views.append((View(idx, kind), vals, sels))
                self.view_vals[View(idx, kind)] = vals

    def _generate(self, i: int) -> dict[Atom, str]:
        if i in self.fits:
            return self.fits[i]
        out_i = self.outs[i] or ""
        hints = {w for v in self.rows[i] if v for w in re.findall(r"[A-Za-z0-9]+", v)}
        hints |= set(re.findall(r"[A-Za-z0-9]+", out_i))
        hints |= {numeric.UNIT_ALIASES[h.lower()] for h in list(hints) if h.lower() in numeric.UNIT_ALIASES}
        hints |= {numeric.UNIT_ALIASES[ch] for v in self.rows[i] if v for ch in v if ch in numeric.UNIT_ALIASES}
        found: dict[Atom, str] = {}
        for view, vals, sels in self.views:
            vi = vals[i]
            if not vi:
                continue
            chain_cache: dict[tuple[str, bool, bool], list[tuple[tuple[tfm.Transform, ...], float, str]]] = {}
            punctuated = any(v and not v.isalnum() for v in vals)
            for sel in sels:
                if time.perf_counter() > self.deadline:
                    break
                v0 = select(sel, vi)
                if v0 is None:
                    continue
                number_ok = sel is WHOLE or (sel.label[:2] in ("D[", "N[", "NS") and ":" not in sel.label)
                key = (v0, sel is WHOLE, number_ok)
                if key not in chain_cache:
                    hits = []
                    for c in _chains(v0, self.widths, out_i, sel is WHOLE, hints, number_ok):
                        a0 = _apply_chain(c, v0)
                        if a0 and a0 in out_i:
                            hits.append((c, sum(tfm.cost(t) for t in c), a0))
                    chain_cache[key] = hits
                base = 1.0 + sel.cost + VIEW_COST[view.kind]
                if view.kind == "raw" and sel.label.startswith("[") and not sel.label.endswith("+") and punctuated:
                    base += 0.35  # character positions in text with separators are fragile
                for chain, tf_cost, a0 in chain_cache[key]:
                    found[Atom(view, sel, chain, round(base + tf_cost, 4))] = a0
        self.fits[i] = found
        return found

    def atoms_for(self, idx: list[int]) -> dict[tuple[str, ...], Atom]:
        """Atoms fitting every example in ``idx`` (all with non-null outputs), keyed by their value
        tuple (in the order of ``idx``); of atoms with the same values only the cheapest is kept."""
        first = next((i for i in idx if i in self.fits), idx[0])  # reuse a generated example
        base = self._generate(first)
        best: dict[tuple[str, ...], Atom] = {}
        for atom, v_first in base.items():
            values_l: list[str] = []
            for j in idx:
                vj = v_first if j == first else self._value(atom, j)
                if not vj or vj not in (self.outs[j] or ""):
                    break
                values_l.append(vj)
            if len(values_l) < len(idx):
                continue
            values = tuple(values_l)
            if len(values) > 1 and ":" in atom.selector.label and len(set(values)) == 1:
                # a positional piece equal in every example is no evidence beyond a constant
                atom = Atom(atom.view, atom.selector, atom.transforms, max(atom.cost, const_cost(values[0])))
            old = best.get(values)
            if old is None or (atom.cost, atom.label()) < (old.cost, old.label()):
                best[values] = atom
        return best

    def _value(self, atom: Atom, j: int) -> str | None:
        cache = self.values.setdefault(j, {})
        if atom not in cache:
            skey = (atom.view, atom.selector, j)
            if skey not in self.selected:
                self.selected[skey] = select(atom.selector, self.view_vals[atom.view][j])
            v = self.selected[skey]
            for tf in atom.transforms:
                v = tfm.apply(tf, v)
            cache[atom] = v
        return cache[atom]


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
