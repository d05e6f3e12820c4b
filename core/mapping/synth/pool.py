"""The atom pool: every (view, selector, transform chain) whose value fits inside an example's
output, generated once per example and combined for any subset of the examples.
"""

from __future__ import annotations

import re
import time

from core.mapping.synth import flashfill, numeric, priors
from core.mapping.synth import transforms as tfm
from core.mapping.synth.atoms import (
    PART_VIEWS,
    SUB,
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
    view_cost,
    view_value,
)
from core.mapping.synth.chains import apply_chain, chains
from core.mapping.synth.columns import fills, fixed_width_selectors
from core.mapping.synth.exactness import short_column
from core.mapping.synth.fields import field_pattern
from core.mapping.synth.guided import case_blind_pairs, context_selectors, occurrence_selectors, shape_selectors
from core.mapping.synth.search import Row, atom_value, const_cost
from core.mapping.synth.switch import shape

#: the k-th (k >= 1) digit run from the start, and its default when a value has fewer numbers
_LATER_NUMBER = re.compile(r"D\[[1-9]\]")
DEFAULT_ZERO = ("dflt", "0")
#: clock times in a value, with neither a digit nor ``:`` on either side (``clock_last`` is read only from ranges
#: of two: ``10:30:15-12:00:30`` holds two, ``10:30:15`` one)
_CLOCKS = re.compile(r"(?<![0-9:])[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9:])")
_CALENDAR = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}|(^|[^0-9])[0-9]{2}:[0-9]{2}")
#: extra cost of an unpadded two-digit number in a calendar output (a padded reading of it exists)
UNPADDED = 0.25


def _tail_groups(chunk: tfm.Transform, piece: str, value: str) -> bool:
    """True when ``piece`` ends ``value`` and splits into whole groups of the chunk's size."""
    return value.endswith(piece) and len(piece) % int(chunk[1]) == 0


class AtomPool:
    """Atoms per example, generated once: an atom fits a subset of the examples when it fits
    each of them, so conditional plans (which search many subsets) share one generation pass.

    ``rows``/``outs`` are all examples (None outputs never generate atoms).
    """

    def __init__(self, rows: list[Row], outs: list[str | None], input_kinds: list[bool], deadline: float,
                 unlabeled: list[Row] | None = None) -> None:
        self.rows, self.outs, self.kinds, self.deadline = rows, outs, input_kinds, deadline
        #: inputs without outputs (the column's other values): of atoms alike on the examples, the one
        #: that gives a value on more of them generalises (``" (\d+)`` reads ``HTTP/2.0`` lines too)
        self.unlabeled = unlabeled or []
        self.coverage: dict[Atom, tuple[bool, ...]] = {}
        #: the coarse shape of each example and unlabeled row: an atom is judged on the unlabeled
        #: rows shaped like the examples it is generated for (other shapes may rightly be null)
        self.shapes = [tuple(shape(v, 0) for v in r) for r in rows]
        self.ushapes = [tuple(shape(v, 0) for v in r) for r in self.unlabeled]
        self.relevant: tuple[int, ...] = ()
        #: examples whose output is null though an input is not blank (``/var/log/syslog`` -> no extension)
        self.null_rows = [j for j, (r, o) in enumerate(zip(rows, outs, strict=True))
                          if o is None and any(v and v.strip() for v in r)]
        self.widths = {len(m) for o in outs if o for m in re.findall(r"[0-9]+", o)}
        self.fills = fills(rows, outs)

        #: per input, the width of its longest value when every value is digits: a code column that lost its
        #: leading zeros is padded back to its width (``6`` + ``37`` -> ``06037``, state 2 and county 3 digits)
        self.col_widths = [frozenset({max(len(r[i] or "") for r in rows)} if all((r[i] or "").isdecimal()
                                                                               for r in rows) else ())
                           for i in range(len(input_kinds))]
        #: every output a plain number in the shortest form: each group of examples writes it so too
        self.short = len(outs) > 2 and short_column(outs)
        #: some input writes a decimal comma: numbers are read with either mark
        self.decimal_comma = numeric.decimal_comma([v for r in rows for v in r])
        shown = {ch for o in outs if o for ch in o}
        #: per input, the punctuation its values hold and no output shows (what a ``tr`` may delete)
        self.vanished = [frozenset(ch for r in rows for ch in (r[i] or "") if not ch.isalnum() and not ch.isspace()
                                   and ch not in shown) for i in range(len(input_kinds))]
        self.fits: dict[int, dict[Atom, str]] = {}
        self.values: dict[int, dict[Atom, str | None]] = {}
        self.selected: dict[tuple[View, Selector, int], str | None] = {}
        self.penalties: dict[tuple[View, Selector, tuple[int, ...]], float] = {}
        self.view_vals: dict[View, list[str | None]] = {}
        self.views: list[tuple[View, list[str | None], list[Selector]]] = []
        for idx, usable in enumerate(input_kinds):
            if not usable:
                continue
            raw = [view_value("raw", r[idx]) for r in rows]
            mixed = any("," in (v or "") for v in raw) and any("." in (v or "") for v in raw)
            for kind in VIEW_COST:
                vals = [view_value(kind, r[idx]) for r in rows]
                present = [v for v in vals if v]
                if (kind != "raw" and vals == raw) or not present or (kind == "num_dec" and not mixed) or \
                        (kind == "uclean" and vals == [view_value("clean", r[idx]) for r in rows]) or \
                        (kind in PART_VIEWS and any(v is None for v, r in zip(vals, raw, strict=True) if r)) or \
                        (kind.startswith("clock_last") and not all(len(_CLOCKS.findall(r or "")) == 2 for r in raw)):
                    continue  # the mixed-decimal view only where both marks occur
                sels: list[Selector] = [WHOLE, *token_selectors(present), *delimiter_selectors(present),
                                        *pair_selectors(present)]
                if kind in ("raw", "clean", "uclean"):  # where the outputs sit in the inputs
                    pairs = [(v, o) for v, o in zip(vals, outs, strict=True) if v and o and o in v and o != v]
                    if len(pairs) >= min(2, sum(1 for o in outs if o)):
                        sels += shape_selectors(pairs) + context_selectors(pairs) + occurrence_selectors(pairs)
                    folded = case_blind_pairs(vals, outs)
                    if folded and len(folded) >= min(2, sum(1 for o in outs if o)):  # ``inv-2023-11902`` -> upper
                        # (digit runs uncounted: a code's shape, not a date's, is what changes case)
                        sels += [sel for sel in shape_selectors(folded, counted=False)
                                 if sel.label not in {x.label for x in sels}]
                    ff_pairs = [(v, o) for v, o in zip(vals, outs, strict=True) if v and o]
                    sels = flashfill.merge(sels, flashfill.selectors(ff_pairs, present))
                if kind.startswith("num") or kind in PART_VIEWS:  # number views are for reading numbers, nothing else
                    sels = [s for s in sels if s is WHOLE or s.label.startswith("N")]
                elif kind != "raw" or max(len(v) for v in present) <= 16:
                    sels += slice_selectors(present)
                else:  # a long value: column ranges of a fixed-width record, guided by the outputs
                    sels += fixed_width_selectors([(v, o) for v, o in zip(vals, outs, strict=True) if v and o],
                                                  present)
                self.views.append((View(idx, kind), vals, sels))
                self.view_vals[View(idx, kind)] = vals
            field = field_pattern(raw, outs)
            if field is not None:  # a field of a long value, reshaped (extract, then slice)
                view = View(idx, SUB + field)
                vals = [view_value(view.kind, r[idx]) for r in rows]
                present = [v for v in vals if v]
                sels = [WHOLE, *token_selectors(present), *delimiter_selectors(present), *pair_selectors(present),
                        *slice_selectors(present)]
                self.views.append((view, vals, sels))
                self.view_vals[view] = vals

    def number_views(self) -> list[tuple[View, list[Selector]]]:
        """Views and selectors that read one number (digit runs, decimal numbers, whole number views)."""
        out: list[tuple[View, list[Selector]]] = []
        for view, _, sels in self.views:
            if view.kind not in ("raw", "num_us", "num_eu", "num_dec", "num_txt", *PART_VIEWS) and \
                    not view.kind.startswith(SUB):
                continue
            keep = [s for s in sels if (s is WHOLE and view.kind != "raw") or
                    (s.label[:2] in ("D[", "N[", "NS") and ":" not in s.label) or s.label.startswith("fw[")]
            if view.kind in ("raw", "num_txt") or view.kind.startswith(SUB):
                keep = [s for s in keep if s is not WHOLE]
                keep.insert(0, WHOLE)
            out.append((view, keep))
        return out

    def _generate(self, i: int) -> dict[Atom, str]:
        if i in self.fits:
            return self.fits[i]
        out_i = self.outs[i] or ""
        hints = {w for v in self.rows[i] if v for w in re.findall(r"[A-Za-z0-9]+", v)}
        hints |= set(re.findall(r"[A-Za-z0-9]+", out_i))
        hints |= {numeric.UNIT_ALIASES[h.lower()] for h in list(hints) if h.lower() in numeric.UNIT_ALIASES}
        hints |= {numeric.UNIT_ALIASES[ch] for v in self.rows[i] if v for ch in v if ch in numeric.UNIT_ALIASES}
        if self.decimal_comma:
            hints.add(numeric.DECIMAL_COMMA)
        found: dict[Atom, str] = {}
        # the output writes a calendar date or a clock time (``1850-03-15``, ``14:30``): its day, month, hour and
        # minute slots are two digits wide whatever the input wrote
        calendar = _CALENDAR.search(out_i) is not None
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
                later = _LATER_NUMBER.fullmatch(sel.label) is not None
                if v0 is None:
                    if later and "0" in out_i:  # the k-th number absent here: 0 (``v1`` -> ``1.0.0``)
                        found[Atom(view, sel, (DEFAULT_ZERO,), round(1.4 + sel.cost + view_cost(view.kind), 4))] = "0"
                    continue
                number_ok = sel is WHOLE or (sel.label[:2] in ("D[", "N[", "NS") and ":" not in sel.label) or \
                    (sel.label.startswith("fw[") and v0.isdecimal())  # a numeric column of a record
                # a long piece of several words (all but a suffix or a prefix) is reshaped like the whole text
                whole = sel is WHOLE or (len(v0) * 2 >= len(vi) and not v0.isalnum() and v0 not in out_i
                                         and any(ch.isalpha() for ch in v0))
                key = (v0, whole, number_ok)
                if key not in chain_cache:
                    hits = []
                    widths = self.widths | self.col_widths[view.idx]
                    for c in chains(v0, widths, out_i, whole, hints, number_ok, self.fills, self.vanished[view.idx]):
                        a0 = apply_chain(c, v0)
                        if a0 and a0 in out_i:
                            hits.append((c, sum(tfm.cost(t) for t in c), a0))
                    chain_cache[key] = hits
                base = 1.0 + sel.cost + view_cost(view.kind)
                if view.kind == "raw" and sel.label.startswith("[") and not sel.label.endswith("+") and punctuated:
                    base += 0.35  # character positions in text with separators are fragile
                rest_only = sel.label.endswith("[1:]")  # a token without its initial: the masking idiom
                for chain, tf_cost, a0 in chain_cache[key]:
                    if not whole and chain and chain[0][0] == "chunk" and not _tail_groups(chain[0], v0, vi):
                        continue  # groups only on a tail cut into whole groups (a heading + ``.30.00``)
                    extra = 0.5 if rest_only and not (chain and chain[0][0] == "mask") else 0.0
                    if calendar and not chain and len(a0) == 2 and a0.isdecimal():
                        extra += UNPADDED  # a calendar slot is two digits: ``2 JUN`` -> ``02`` (padded wins)
                    found[Atom(view, sel, chain, round(base + tf_cost + extra, 4))] = a0
                    if later and not chain:  # the same number, 0 where another example lacks it
                        found[Atom(view, sel, (DEFAULT_ZERO,), round(base + 0.4, 4))] = a0
        self.fits[i] = found
        return found

    def atoms_for(self, idx: list[int]) -> dict[tuple[str, ...], Atom]:
        """Atoms fitting every example in ``idx`` (all with non-null outputs), keyed by their value
        tuple (in the order of ``idx``); of atoms with the same values only the cheapest is kept."""
        first = next((i for i in idx if i in self.fits), idx[0])  # reuse a generated example
        mine = {self.shapes[j] for j in idx}
        self.relevant = tuple(u for u, sh in enumerate(self.ushapes) if sh in mine)
        base = self._generate(first)
        best: dict[tuple[str, ...], Atom] = {}
        for n, (atom, v_first) in enumerate(base.items()):
            if n % 64 == 0 and time.perf_counter() > self.deadline:
                break
            values_l: list[str] = []
            for j in idx:
                vj = v_first if j == first else self._value(atom, j)
                if not vj or vj not in (self.outs[j] or ""):
                    break
                values_l.append(vj)
            if len(values_l) < len(idx):
                continue
            values = tuple(values_l)
            scaled = any(t[0] == "num" and t[1] for t in atom.transforms)  # x * 1/1024 -> 0 everywhere
            padded = all(t[0] in ("pad", "rpad") for t in atom.transforms)
            if (":" in atom.selector.label or scaled) and len(set(values)) == 1 and \
                    (len(values) > 1 or (values[0].isdecimal() and padded)) and \
                    not self._written(values[0], atom, idx, scaled):
                # a positional piece equal in every example is no evidence beyond a constant (nor is
                # a bare digit cut out of a token, padded or not, when one example is all there is):
                # ``0`` padded to ``00`` is the constant ``00``, not a reading of the input
                atom = Atom(atom.view, atom.selector, atom.transforms, max(atom.cost, const_cost(values[0])))
            elif len(idx) == 1 and priors.mid_word_slice(atom.selector, self.view_vals[atom.view][idx[0]] or ""):
                # a count fitted to one example cutting a word: no evidence beyond the constant (``Ким А``)
                atom = Atom(atom.view, atom.selector, atom.transforms, max(atom.cost, const_cost(values[0])))
            if extra := self._penalty(atom, idx):  # a choice no example tested (see priors)
                atom = Atom(atom.view, atom.selector, atom.transforms, round(atom.cost + extra, 4))
            old = best.get(values)
            # of atoms alike on these examples, one that is also null where the output is null first,
            # then the one that reads more of the unlabeled inputs
            if old is None or (self._open(atom), -self._covers(atom), atom.cost, atom.label()) < \
                    (self._open(old), -self._covers(old), old.cost, old.label()):
                best[values] = atom
        return best

    def _written(self, value: str, atom: Atom, idx: list[int], scaled: bool) -> bool:
        """True when ``value`` (three digits or more, read without arithmetic) is written in every example's
        raw input: a slice reading it is a reading, not a constant in disguise (``7700`` of ``07700 900123``)."""
        return not scaled and len(value) >= 3 and value.isdecimal() and len(idx) > 1 and \
            all(value in (self.rows[j][atom.view.idx] or "") for j in idx)

    def _penalty(self, atom: Atom, idx: list[int]) -> float:
        """The generality priors' extra cost of ``atom`` on examples ``idx`` (:mod:`.priors`)."""
        key = (atom.view, atom.selector, tuple(idx))
        if key not in self.penalties:
            self.penalties[key] = priors.penalty(atom.view.kind, atom.selector,
                                                 [self.view_vals[atom.view][j] or "" for j in idx],
                                                 [self.rows[j][atom.view.idx] or "" for j in idx])
        return self.penalties[key]

    def _covers(self, atom: Atom) -> int:
        """On how many unlabeled inputs the atom gives a value (0 without unlabeled inputs)."""
        if not self.relevant:
            return 0
        if atom not in self.coverage:
            self.coverage[atom] = tuple(atom_value(atom, r) is not None for r in self.unlabeled)
        return sum(self.coverage[atom][u] for u in self.relevant)

    def _open(self, atom: Atom) -> bool:
        """True when the atom gives a value on an example whose output is null."""
        return any(self._value(atom, j) is not None for j in self.null_rows)

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
