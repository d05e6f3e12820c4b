"""Conditional plans for examples no single program fits.

- **Shape switch**: group the examples by the *shape* of their inputs and solve each group;
  each branch is guarded by an anchored shape regex. Shapes are tried coarse first (numbers
  with separators as one token, letters, spaces) then with short words literal (units and
  suffixes: ``kg`` / ``lb``), then exact (digits and punctuation as written), so a branch
  covers as many inputs as the examples allow.
- **Cover**: programs found for subsets of the examples that are *safe* on all of them
  (each example gets either its exact output or null) are joined with ``coalesce`` — the
  null of a missing delimiter is the guard (``Name <mail>`` vs a bare address).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from core.mapping.synth.atoms import LETTER, esc
from core.mapping.synth.plans import Plan, passed
from core.mapping.synth.search import Program, Row, run

MAX_BRANCHES = 4
MAX_SUBSETS = 16  # subsets searched by the cover (many examples: the leave-one-out ones first)
MAX_POOL = 24  # cheapest programs combined by the cover (permutations of 3: ~12k checks)
_RUN_EXACT = re.compile(f"[0-9]+|[{LETTER}]+|[\\t-\\r ]+|.", re.S)
_RUN_COARSE = re.compile(f"[0-9][0-9.,]*|[{LETTER}]+|[\\t-\\r ]+|.", re.S)
_WORD = re.compile(f"[{LETTER}]+")
NONEMPTY = "^[^\\n]+$"
Solver = Callable[[list[Row], list[str | None]], list[Program]]


def _shape(value: str | None, runs: re.Pattern[str], literal_words: int, lengths: bool = False) -> str | None:
    if value is None:
        return None
    out = []
    for m in runs.finditer(value):
        tok = m.group(0)
        if lengths and (tok[0].isdecimal() or _WORD.fullmatch(tok)):  # fixed-format codes: run lengths
            out.append(("[0-9]" if tok[0].isdecimal() else f"[{LETTER}]") + f"{{{len(tok)}}}")
        elif tok[0].isdecimal():
            out.append("[0-9]+" if runs is _RUN_EXACT else "[0-9][0-9.,]*")
        elif _WORD.fullmatch(tok):
            # short words (units, suffixes) literal but case-blind: "k" and "K" are one shape
            out.append("".join(f"[{c.lower()}{c.upper()}]" if c.isascii() and c.isalpha() else esc(c) for c in tok)
                       if len(tok) <= literal_words else f"[{LETTER}]+")
        elif tok[0] in " \t\n\r\x0b\x0c":
            out.append(r"[\t-\r ]+")
        else:
            out.append(esc(tok))
    return "^" + "".join(out) + "$"


def shape(value: str | None, level: int = 2) -> str | None:
    """Anchored regex of a value's shape; level -1 only empty or not, 0 coarse, 1 coarse with short
    words literal, 2 exact, 3 exact with the length of every digit and letter run (the layouts of
    a fixed-format code: HS ``847130`` / ``84713000``, NDC ``4-4-2`` / ``5-3-2``)."""
    if level == -1:
        return None if value is None else "^$" if value == "" else NONEMPTY
    if level == 0:
        return _shape(value, _RUN_COARSE, 0)
    if level == 1:
        return _shape(value, _RUN_COARSE, 3)
    return _shape(value, _RUN_EXACT, 0, lengths=level == 3)


def shape_switch(rows: list[Row], outs: list[str | None], usable: list[bool], solve: Solver) -> Plan | None:
    """The first shape level whose groups (2..MAX_BRANCHES) are all solvable."""
    seen: set[tuple[tuple[str | None, ...], ...]] = set()
    for level in (-1, 0, 1, 2, 3):
        groups: dict[tuple[str | None, ...], list[int]] = {}
        for i, r in enumerate(rows):
            key = tuple(shape(v, level) if u else None for v, u in zip(r, usable, strict=True))
            groups.setdefault(key, []).append(i)
        sig = tuple(sorted(groups, key=lambda k: groups[k][0]))
        if not 1 < len(groups) <= MAX_BRANCHES or sig in seen:
            continue
        seen.add(sig)
        if level >= 1:
            groups = _coarsened(groups, rows, usable)
        plan = _solve_groups(groups, rows, outs, solve)
        if plan is not None:
            return plan
    return None


def _coarsened(groups: dict[tuple[str | None, ...], list[int]], rows: list[Row],
               usable: list[bool]) -> dict[tuple[str | None, ...], list[int]]:
    """Each group guarded by its coarse shape when no other group shares it: a guard only as specific as
    separating the examples needs (``ABT 1850`` / ``BEF 1900`` need their words, ``15 MAR 1850`` does not:
    its branch also reads ``2 JUN 1888``)."""
    def coarse(i: int) -> tuple[str | None, ...]:
        return tuple(shape(v, 0) if u else None for v, u in zip(rows[i], usable, strict=True))
    keys = {k: {coarse(i) for i in members} for k, members in groups.items()}
    guard = {k: next(iter(mine)) for k, mine in keys.items()
             if len(mine) == 1 and all(not (mine & other) for k2, other in keys.items() if k2 != k)}
    while True:  # a coarse guard equal to another group's own key would merge two groups: those keep their keys
        final = [guard.get(k, k) for k in groups]
        clash = {k for k, f in zip(groups, final, strict=True) if k in guard and final.count(f) > 1}
        if not clash:
            return dict(zip(final, groups.values(), strict=True))
        for k in clash:
            del guard[k]


def _solve_groups(groups: dict[tuple[str | None, ...], list[int]], rows: list[Row], outs: list[str | None],
                  solve: Solver) -> Plan | None:
    branches = []
    cost = 0.0
    widest: tuple[int, tuple] | None = None  # (examples, parts) of the branch covering the most
    kept: tuple[int, tuple] | None = None  # a branch that keeps its input as it is
    digits = False  # a branch of plain digit strings
    for sig, members in sorted(groups.items(), key=lambda kv: kv[1][0]):
        found = solve([rows[i] for i in members], [outs[i] for i in members])
        if not found:
            if all(outs[i] is None for i in members):
                continue  # these shapes map to null: leaving them out does that
            return None
        # an empty or null input cannot be guarded (regex_extract gives null): leave it open
        branches.append((tuple(None if s in (None, "^$") else s for s in sig), found[0].parts))
        cost += found[0].cost + 2.0
        if widest is None or len(members) > widest[0]:
            widest = (len(members), found[0].parts)
        plain = all((rows[i][0] or "").isdecimal() for i in members)
        if all(rows[i][0] == outs[i] for i in members) and len(rows[0]) == 1 and not plain:
            kept = (len(members), found[0].parts)  # the inputs kept as they are
        digits = digits or plain
    if not branches:
        return None
    branches.sort(key=lambda b: sum(s is None for s in b[0]))  # most guarded first
    plan = Plan(tuple(branches), round(cost, 4), "switch")
    if digits and kept is not None:  # plain numbers are the special case (padded, converted): every
        widest = (2, kept[1])        # other shape is kept as it is (SAP material numbers, codes)
    if widest is not None and widest[0] >= 2 and all(s is not None for s in branches[-1][0]):
        # inputs of a shape no example had: the program of the widest branch, unguarded, rather
        # than null (kept only if every example still gets its output); a branch one example
        # fitted is no evidence for other shapes: they stay null (a hold, not a guess)
        arity = len(rows[0])
        open_plan = Plan((*plan.branches, ((None,) * arity, widest[1])), plan.cost + 0.5, "switch")
        if passed(open_plan, rows, outs) == passed(plan, rows, outs):
            return open_plan
    return plan


def cover(rows: list[Row], outs: list[str | None], solve: Solver) -> Plan | None:
    """Cheapest ordered coalesce of up to three programs found for subsets of the examples.

    Every program but the last must be *safe* where it is reached (each example: its exact
    output or null); the last must give exactly the output (null included) of every example
    the earlier ones left null.
    """
    need = [i for i, o in enumerate(outs) if o is not None]
    if len(need) < 2:
        return None
    pool: dict[tuple, tuple[float, tuple[str | None, ...], int]] = {}
    searched = 0
    for size in range(len(need) - 1, 0, -1):
        for subset in itertools.combinations(need, size):
            searched += 1
            if searched > (MAX_SUBSETS if len(need) <= 4 else MAX_SUBSETS // 2):
                break
            for prog in solve([rows[i] for i in subset], [outs[i] for i in subset]):
                if prog.parts not in pool:
                    # constant digits glue examples of different formats together by coincidence (so do
                    # digits a piece gives alike in every example of the subset: a constant in disguise)
                    disguised = sum(len(v) for p in prog.parts if not isinstance(p, str)
                                    for v in [_alike([run((p,), rows[i]) for i in subset])] if v and v.isdecimal())
                    digits = sum(ch.isdecimal() for p in prog.parts if isinstance(p, str) for ch in p) + disguised
                    pool[prog.parts] = (prog.cost + 2.5 * digits, tuple(run(prog.parts, r) for r in rows), disguised)
        if len(need) > 4 and size < len(need) - 1:
            break  # many examples: only leave-one-out subsets
    # at equal cost the literal before the piece that equals it in every example (``20`` + the year)
    items = sorted(pool.items(), key=lambda kv: (kv[1][0], kv[1][2]))[:MAX_POOL]
    best: tuple[float, tuple[tuple, ...]] | None = None
    for n in (2, 3):
        for combo in itertools.permutations(items, n):
            cost = sum(c[1][0] for c in combo) + 2.0 * n
            if best is not None and cost >= best[0]:
                continue
            if _ordered_ok([c[1][1] for c in combo], outs):
                best = (cost, tuple(c[0] for c in combo))
        if best is not None:
            break
    if best is None:
        return None
    arity = len(rows[0])
    return Plan(tuple(((None,) * arity, parts) for parts in best[1]), round(best[0], 4), "cover")


def _alike(values: list[str | None]) -> str | None:
    """The value when every one of several values is that same value, else None."""
    return values[0] if len(values) > 1 and len(set(values)) == 1 else None


def _ordered_ok(results: list[tuple[str | None, ...]], outs: list[str | None]) -> bool:
    for i, o in enumerate(outs):
        got = None
        for res in results[:-1]:
            if res[i] is not None:
                if res[i] != o:
                    return False
                got = res[i]
                break
        if got is None and results[-1][i] != o:
            return False
    return True
