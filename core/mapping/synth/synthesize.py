"""Transformation by example: search the whitelisted DSL for a pipeline that maps example
inputs to example outputs (offline, deterministic, bounded in time).

Steps: reject unusable or contradictory examples; search one program for all examples
(:mod:`.search`); if none fits, split the examples by input *shape* (runs of digits, letters,
spaces and the literal punctuation between them) and search one program per shape, guarded
and joined with ``coalesce`` (several date or number formats in one column); as a last
resort a lookup table of the seen pairs. Candidates are ranked by examples reproduced, then
by simplicity, and the best is re-run through the DSL engine (:func:`dsl.execute.run_sample`)
so the reported figures are the engine's, not the search's.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import replace
from functools import partial
from typing import Any

from core.mapping.synth import (
    brackets,
    byte_escapes,
    chartables,
    conversions,
    datelayouts,
    decoding,
    decshift,
    deletions,
    exponents,
    factor_keys,
    flags,
    idtokens,
    joinruns,
    julian,
    kana,
    keyedall,
    keytables,
    keywords,
    marks,
    masks,
    money,
    numslots,
    packed_degrees,
    particles,
    registers,
    regroup,
    scripts,
    signs,
    tables,
    translit,
    unicase,
    unitcols,
    v15_conversions,
    v16_conversions,
)
from core.mapping.synth import transforms as tfm
from core.mapping.synth.atoms import WHOLE, Atom, View
from core.mapping.synth.emit import OUT, ascii_titles
from core.mapping.synth.errors import BadExamples, ContradictoryExamples
from core.mapping.synth.joins import JOIN_COST, join_pipeline, join_separator
from core.mapping.synth.models import MAX_ALTERNATIVES, Candidate, SynthResult
from core.mapping.synth.numexpr import NumExpr, expressions
from core.mapping.synth.occam import categorical, copies_output, memorises
from core.mapping.synth.plans import Plan, emit_plan, passed, run_plan
from core.mapping.synth.pool import AtomPool
from core.mapping.synth.search import Program, Row, const_cost, lexmap_atoms, run, search
from core.mapping.synth.switch import Solver, cover, shape, shape_switch
from core.mapping.synth.text import lower, trim
from dsl.execute import run_sample
from dsl.models import Pipeline

Example = tuple[list[str | None], str | None]
K_BEST = 4
ACTIVE = 4  # examples searched at once; the others check the programs found (counterexamples join)
TEXT_TYPES = ("string", "int", "bool", "date", "datetime")
MAX_UNLABELED = 32


def _check(examples: list[Example], names: list[str]) -> None:
    if not examples:
        raise BadExamples("no examples given: pass at least one (inputs -> output) pair")
    if not names or len(set(names)) != len(names):
        raise BadExamples(f"input names must be distinct and non-empty, got {names}")
    for i, (inp, _) in enumerate(examples):
        if len(inp) != len(names):
            raise BadExamples(f"example #{i} has {len(inp)} input values for {len(names)} inputs {names}",
                              example=i)
    first: dict[tuple[str | None, ...], int] = {}
    pairs: list[tuple[int, int]] = []
    for i, (inp, out) in enumerate(examples):
        key = tuple(inp)
        if key in first and examples[first[key]][1] != out:
            pairs.append((first[key], i))
        first.setdefault(key, i)
    if pairs:
        raise ContradictoryExamples(pairs)


def _solver(pool: AtomPool, deadline: float) -> Solver:
    cache: dict[tuple[int, ...], list[Program]] = {}
    index = {id(r): i for i, r in enumerate(pool.rows)}

    def solve(rows: list[Row], outs: list[str | None]) -> list[Program]:
        key = tuple(index[id(r)] for r in rows)
        if key not in cache:
            cache[key] = _solve(pool, list(key), deadline)
        return cache[key]
    return solve


def _solve(pool: AtomPool, members: list[int], deadline: float) -> list[Program]:
    """Programs for the examples ``members``: searched on a few active examples, verified on all,
    a counterexample added to the active set until every example fits (or time is up)."""
    idx = [i for i in members if pool.outs[i]]
    if not idx:
        return []
    active = idx[:ACTIVE]
    # examples whose output is null: more programs, so one that is also null there can come first
    k = K_BEST * (3 if len(idx) < len(members) else 1)
    while True:
        found = _search(pool, active, deadline, k)
        fits = [p for p in found if all(run(p.parts, pool.rows[i]) == pool.outs[i] for i in idx)]
        rest = [i for i in idx if i not in active]
        if fits or not found or not rest or time.perf_counter() > deadline:
            found = fits or found
            break
        best = found[0]
        active = active + [next(i for i in rest if run(best.parts, pool.rows[i]) != pool.outs[i])]
    nulls = [pool.rows[i] for i in members if not pool.outs[i]]
    if nulls:  # programs that are also null where the output is null first
        found.sort(key=lambda p: (not all(run(p.parts, r) is None for r in nulls), p.cost))
    return found


def _search(pool: AtomPool, idx: list[int], deadline: float, k: int = K_BEST) -> list[Program]:
    srows, souts = [pool.rows[i] for i in idx], [pool.outs[i] or "" for i in idx]
    atoms: dict[tuple[str, ...], Atom | NumExpr] = dict(pool.atoms_for(idx))
    for values, atom in lexmap_atoms(srows, souts, pool.kinds).items():
        atoms.setdefault(values, atom)
    if all(any(ch.isdecimal() for ch in o) for o in souts):
        for ex in expressions(srows, souts, pool.number_views(), known=set(atoms), deadline=deadline,
                              short=pool.short):
            vals = tuple(ex.value(r) or "" for r in srows)
            if all(v and v in o for v, o in zip(vals, souts, strict=True)):
                if len(srows) > 1 and len(set(vals)) == 1:  # the same digits everywhere: a constant in
                    ex = replace(ex, cost=max(ex.cost, const_cost(vals[0])))  # disguise (2024 * 1/1024)
                old = atoms.get(vals)
                if old is None or old.cost > ex.cost:
                    atoms[vals] = ex
    return search(souts, atoms, k, deadline)


def _unlabeled(given: list[list[str | None]] | None, rows: list[Row], arity: int) -> list[Row]:
    """Up to :data:`MAX_UNLABELED` distinct unlabeled rows (as text) that are not examples and have
    the coarse shape of an example (digits, letters, spaces, the punctuation as written): a program
    learned from examples of a shape should read every input of that shape, while inputs of other
    shapes may rightly give null (the guard of a cover, an absent key)."""
    out: list[Row] = []
    seen = {tuple(r) for r in rows}
    shapes = {tuple(shape(v, 0) for v in r) for r in rows}
    for r in given or []:
        if len(r) != arity:
            raise BadExamples(f"an unlabeled row has {len(r)} values for {arity} inputs")
        row = [_text(v) for v in r]
        if tuple(row) not in seen and any(v is not None for v in row) and \
                tuple(shape(v, 0) for v in row) in shapes:
            seen.add(tuple(row))
            out.append(row)
            if len(out) >= MAX_UNLABELED:
                break
    return out


def _blank(row: Row) -> bool:
    return bool(row) and row[0] is not None and trim(row[0]) == ""


def _blank_default(rows: list[Row], outs: list[str | None]) -> str | None:
    """The one non-empty output every blank first input has (``"" -> "n/a"``), when the other
    examples give no empty output; else None."""
    blank = {o for r, o in zip(rows, outs, strict=True) if _blank(r)}
    rest = [o for r, o in zip(rows, outs, strict=True) if not _blank(r)]
    if len(blank) != 1 or not rest or "" in rest:
        return None
    value = next(iter(blank))
    if value and any(v and trim(v) and trim(v) in value for r in rows if _blank(r) for v in r[1:]):
        return None  # it holds another input's value ("" , "100" -> "up to 100"): not a constant
    return value if value else None


def _lookup_plan(rows: list[Row], outs: list[str | None], usable: list[bool]) -> Plan | None:
    """Last resort: the examples as a table, case and spaces ignored (``"High"`` -> ``"1"``);
    only over :func:`categorical` inputs (else no program: a hold beats a memorised table)."""
    for idx, ok in enumerate(usable):
        pairs: dict[str, str] = {}
        if not ok or any(r[idx] is None or o is None or not categorical(r[idx] or "")
                         for r, o in zip(rows, outs, strict=True)):
            continue
        if all(pairs.setdefault(lower(trim(r[idx] or "")), o or "") == o for r, o in zip(rows, outs, strict=True)):
            atom = Atom(View(idx, "raw"), WHOLE, (tfm.lookup_table(pairs),), 20.0)
            return Plan((((None,) * len(rows[0]), (atom,)),), 20.0, "lookup")
    return None


def _text(v: Any) -> str | None:
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def _typed(v: str | None, t: str) -> Any:
    if v is None or t == "string":
        return v
    try:
        if t == "int":
            return int(v)
        if t in ("float", "decimal"):
            return float(v)
        if t == "bool":
            return v.strip().lower() in ("true", "t", "yes", "y", "1")
        if t == "date":
            return dt.date.fromisoformat(v)
        if t == "datetime":
            return dt.datetime.fromisoformat(v)
    except ValueError:
        return None
    return v


#: the errors a family's candidates() may raise on examples it was not written for: the family then proposes nothing
#: (the other families still run; a ValueError would otherwise cost the column every candidate)
FAMILY_ERRORS = (ValueError, ArithmeticError)


def _family(fn: Any, rows: list[list[str | None]], outs: list[str | None], names: list[str],
            types: dict[str, str]) -> list[Candidate]:
    """``fn(rows, outs, names, types)``, or no candidate when it raises one of :data:`FAMILY_ERRORS`."""
    try:
        return list(fn(rows, outs, names, types))
    except FAMILY_ERRORS:
        return []


def engine_outputs(pipeline: Pipeline, rows: list[list[str | None]], names: list[str],
                   types: dict[str, str]) -> list[Any]:
    """Run ``pipeline`` through the DSL engine (Polars) on ``rows``; the ``out`` value per row."""
    typed = [{n: _typed(v, types.get(n, "string")) for n, v in zip(names, r, strict=True)} for r in rows]
    res = run_sample(pipeline, typed, None, 0.0, dict(pipeline.input_types or {}) or None)
    return [row.actual[OUT] for row in res.rows]


def synthesize(examples: list[tuple[list[str | None], str | None]], input_names: list[str],
               input_types: dict[str, str], *, budget_ms: int = 200, seed: int = 0,
               unlabeled: list[list[str | None]] | None = None) -> SynthResult:
    """Search DSL pipelines mapping each example's inputs to its output (see :func:`_synthesize`); when an example
    writes digits of another script (``١٢٣``) and the programs found do not reproduce every example, the search is
    run again on the digits folded to ASCII (:mod:`.scripts`) and its programs, prefixed with the fold, win when
    they reproduce more examples, or as many with one program where the first search needed one per shape (the
    typographic minus ``−`` is folded too; letters of a vanity number, ``1-800-FLOWERS``, to their keypad digits when
    no output writes a letter). Before it, when the outputs write an explicit ``+``, a search on the outputs without
    it (:func:`.signs.signed`). These two share what is left of ``budget_ms`` after the first search, at least a
    quarter of it (half each when both may run). Then (:func:`_keyed`) a code looked up in a table learned from the
    examples, when no single program fits every example: its searches share what is left of ``budget_ms`` after the
    wall time spent so far (none once it is spent). So a column's searches are given at most 1.5 times the budget;
    ``elapsed_ms`` is the wall time of every search run."""
    t0 = time.perf_counter()
    total = budget_ms
    res = _synthesize(examples, input_names, input_types, budget_ms=budget_ms, unlabeled=unlabeled)
    outs_ascii_digits = not any(ch.isdecimal() and not ch.isascii() for _, o in examples for ch in o or "")
    tables = scripts.fold_examples([[_text(v) for v in inp] for inp, _ in examples], [o for _, o in examples]) \
        if outs_ascii_digits and all(input_types.get(n, "string") == "string" for n in input_names) else None
    # the sign search and the fold share one remainder: what is left of the budget, at least a quarter of it (half
    # each when both may run), so that the column's searches stay within 1.5 times the budget
    left = max(total - _wall(t0), total / 4)
    stop = _wall(t0) + left
    res = signs.signed(res, examples, int(left / 2 if tables is not None else left),
                       lambda ex, b: _synthesize(ex, input_names, input_types, budget_ms=b, unlabeled=unlabeled),
                       _better, PIECEWISE)
    if tables is None or (res.solved_all and res.candidates[0].description not in PIECEWISE) or \
            stop - _wall(t0) < 50:
        return _keyed(res, examples, input_names, input_types, total, t0)
    budget_ms = int(stop - _wall(t0))
    folded = [([scripts.fold(_text(v), t) for v, t in zip(inp, tables, strict=True)], out) for inp, out in examples]
    extra = [[scripts.fold(_text(v), t) for v, t in zip(r, tables, strict=True)] for r in unlabeled or []]
    alt = _synthesize(folded, input_names, input_types, budget_ms=budget_ms, unlabeled=extra or None)
    if alt.pipeline is None or not alt.candidates or not _better(alt.candidates[0], res.candidates):
        return _keyed(res, examples, input_names, input_types, total, t0)
    rows = [[_text(v) for v in inp] for inp, _ in examples]
    cands = [c.model_copy(update={"pipeline": scripts.prefixed(c.pipeline, input_names, tables, rows)})
             for c in alt.candidates]
    return alt.model_copy(update={
        "pipeline": scripts.prefixed(alt.pipeline, input_names, tables, rows), "candidates": cands,
        "alternatives": [scripts.prefixed(p, input_names, tables, rows) for p in alt.alternatives],
        "elapsed_ms": round(res.elapsed_ms + alt.elapsed_ms, 3), "timed_out": res.timed_out or alt.timed_out})


#: kinds of plan that hold one program per shape or per example: a lookup after a rewrite may do better
PIECEWISE = ("switch", "cover", "lookup")


def _wall(t0: float) -> float:
    """Milliseconds since ``t0``."""
    return (time.perf_counter() - t0) * 1000.0


def _better(alt: Candidate, cands: list[Candidate]) -> bool:
    """``alt`` (found on rewritten inputs) beats the best of ``cands``: it reproduces more examples, or as many with
    one program where the best holds one per shape."""
    if not cands:
        return True
    best = cands[0]
    return alt.examples_passed > best.examples_passed or (
        alt.examples_passed == best.examples_passed and best.description in PIECEWISE and
        alt.description not in PIECEWISE)


def _keyed(res: SynthResult, examples: list[tuple[list[str | None], str | None]], input_names: list[str],
           input_types: dict[str, str], budget_ms: int, t0: float) -> SynthResult:
    """When no single program fits every example, a code inside an input looked up in a table learned from the
    examples (:mod:`.keytables`): the search runs again on the inputs with their keys replaced by their values, and
    a single program that fits every example wins over a per-shape plan (at most two hypotheses, each searched with
    a quarter of ``budget_ms``). They share what is left of ``budget_ms`` since ``t0`` (wall time, the searches
    before included), at least a quarter of it: a hypothesis gets no more than is left and is not tried once that is
    spent. ``elapsed_ms`` is the wall time since ``t0``."""
    def wall() -> float:
        return (time.perf_counter() - t0) * 1000.0

    best = res.candidates[0] if res.candidates else None
    if (best is not None and best.examples_passed == len(examples) and best.description not in PIECEWISE) or \
            any(input_types.get(n, "string") != "string" for n in input_names):
        return res.model_copy(update={"elapsed_ms": round(max(res.elapsed_ms, wall()), 3)})
    rows = [[_text(v) for v in inp] for inp, _ in examples]
    outs = [o for _, o in examples]
    if res.timed_out:
        return res.model_copy(update={"elapsed_ms": round(max(res.elapsed_ms, wall()), 3)})
    stop = float(budget_ms)  # the wall time by which no hypothesis starts
    for h in keytables.hypotheses(rows, outs, [True] * len(input_names))[:2]:
        left = stop - wall()
        if left < 50:
            break
        mapped = [([h.rewrite(v) if i == h.col else v for i, v in enumerate(r)], o) for r, o in zip(rows, outs,
                                                                                                     strict=True)]
        if any(m[0][h.col] is None for m in mapped):
            continue
        try:
            alt = _synthesize(mapped, input_names, input_types, budget_ms=int(min(left, max(budget_ms / 4, 50))))
        except (BadExamples, ContradictoryExamples):
            continue  # two keys of one value where the outputs differ: the key says more than its value
        top = alt.candidates[0] if alt.candidates else None
        if alt.pipeline is None or top is None or top.examples_passed != len(rows) or top.description in PIECEWISE:
            continue
        pipe = keytables.prefixed(alt.pipeline, input_names, h)
        if engine_outputs(pipe, rows, input_names, input_types) != outs:
            continue
        cand = top.model_copy(update={"pipeline": pipe, "description": f"keyed_{top.description}",
                                      "cost": top.cost + 2.0 + 0.5 * len(h.table)})
        return res.model_copy(update={"pipeline": pipe, "solved_all": True, "candidates": [cand, *res.candidates],
                                      "alternatives": [], "elapsed_ms": round(wall(), 3)})
    return res.model_copy(update={"elapsed_ms": round(max(res.elapsed_ms, wall()), 3)})


def _synthesize(examples: list[tuple[list[str | None], str | None]], input_names: list[str],
                input_types: dict[str, str], *, budget_ms: int = 200, seed: int = 0,
                unlabeled: list[list[str | None]] | None = None) -> SynthResult:
    """Search DSL pipelines mapping each example's inputs to its output.

    ``examples``: ``(input values in the order of input_names, expected output)``; a None
    output means "this input maps to null". Returns the best pipeline (one output column
    ``out``) and up to four alternatives, ranked by examples reproduced, then simplicity.
    ``unlabeled``: other input rows of the column without outputs (a sample of the source), when
    the caller has them; of programs alike on the examples the one that gives a value on more of
    them is preferred (at most :data:`MAX_UNLABELED` distinct rows are read; never the outputs).
    Deterministic: ``seed`` is accepted for API stability; the search has no randomness.
    Raises :class:`ContradictoryExamples` (same input, different outputs) and
    :class:`BadExamples` (none, or the wrong number of values).
    """
    del seed
    t0 = time.perf_counter()
    deadline = t0 + budget_ms / 1000.0
    _check(examples, input_names)
    types = {n: input_types.get(n, "string") for n in input_names}
    usable = [types[n] in TEXT_TYPES for n in input_names]
    rows: list[Row] = [[_text(v) for v in inp] for inp, _ in examples]
    outs = [o for _, o in examples]
    fallback = _blank_default(rows, outs)
    empty = any(o == "" for o in outs)
    search_outs = [None if o == "" else o for o in outs]  # "" = null, filled in at the end
    if fallback is not None:  # blank inputs get a constant default: the programs only see the rest
        search_outs = [None if _blank(r) else o for r, o in zip(rows, search_outs, strict=True)]
    extra = _unlabeled(unlabeled, rows, len(input_names))
    solve = _solver(AtomPool(rows, search_outs, usable, deadline, extra), deadline)
    plans = [Plan((((None,) * len(input_names), p.parts),), p.cost, "single", empty, fallback=fallback)
             for p in solve(rows, search_outs)]
    if not any(passed(pl, rows, outs) == len(rows) for pl in plans):
        # the shape switch first: cheaper to search, so it is there even when time runs short
        for make in (lambda: shape_switch(rows, search_outs, usable, solve), lambda: cover(rows, search_outs, solve)):
            alt = make() if time.perf_counter() < deadline else None
            if alt is not None:
                plans.append(Plan(alt.branches, alt.cost, alt.kind, empty, fallback=fallback))
    if not any(passed(pl, rows, outs) == len(rows) for pl in plans):
        look = _lookup_plan(rows, outs, usable)
        if look is not None:
            plans.append(look)
    plans = [pl for pl in plans if not memorises(pl, outs) and not copies_output(pl, rows, outs)]
    kind_rank = {"join": 0, "single": 0, "cover": 1, "switch": 2, "lookup": 3}
    covers = {id(pl): sum(run_plan(pl, r) is not None for r in extra) for pl in plans}
    ranked = sorted(((passed(pl, rows, outs), pl) for pl in plans),
                    key=lambda x: (-x[0], -covers[id(x[1])], x[1].cost, kind_rank.get(x[1].kind, 9)))
    cands: list[Candidate] = []
    # every example and every sampled value given is ASCII (with no sample, nothing says the column is: Unicode
    # title_case stays, right on ``ZOË`` where the ASCII op writes ``ZoË``; SQLite then runs it as ETL)
    ascii_only = bool(unlabeled) and all((_text(v) or "").isascii() for r in [*rows, *(unlabeled or [])] for v in r) \
        and all(o is None or o.isascii() for o in outs)
    for n_ok, pl in ranked[:K_BEST]:
        pipe = emit_plan(pl, input_names, types)
        if ascii_only:  # ASCII ``case title`` runs on every backend (SQLite refuses DSL 1.8 ``title_case``)
            pipe = ascii_titles(pipe)
        cands.append(Candidate(pipeline=pipe, cost=pl.cost, examples_passed=n_ok, description=pl.kind,
                               score=round(n_ok / len(rows) / (1.0 + 0.02 * pl.cost), 4),
                               unlabeled_covered=covers[id(pl)]))
    sep = join_separator(rows, outs) if all(usable) else None
    if sep is not None:  # the inputs joined, empty ones skipped: one program for every pattern of empties
        cands.insert(0, Candidate(pipeline=join_pipeline(input_names, types, sep), cost=JOIN_COST,
                                  examples_passed=len(rows), description="join", score=1.0))
    for k, c in enumerate(cands):  # the engine's word: the first candidate it confirms on every example
        got_out = engine_outputs(c.pipeline, [list(r) for r in rows], input_names, types)
        n_engine = sum(g == o for g, o in zip(got_out, outs, strict=True))
        cands[k] = c.model_copy(update={"examples_passed": n_engine,
                                        "score": round(n_engine / len(rows) / (1.0 + 0.02 * c.cost), 4)})
        if n_engine == len(rows):
            break
    cands += conversions.candidates(rows, outs, input_names, types)  # DSL 1.4 whole-value conversions
    cands += v15_conversions.candidates(rows, outs, input_names, types)  # DSL 1.5: lists, ordinals, clocks
    cands += v16_conversions.candidates(rows, outs, input_names, types)  # DSL 1.6: words, date parts; flags
    cands += masks.candidates(rows, outs, input_names, types)  # padded codes, digits in a fixed mask
    cands += money.candidates(rows, outs, input_names, types)  # currency signs as ISO codes, any notation
    cands += flags.candidates(rows, outs, input_names, types)  # a value below / inside / above a range
    cands += julian.candidates(rows, outs, input_names, types)  # a year and a day of the year
    cands += _family(registers.candidates, rows, outs, input_names, types)  # signed / little-endian hex payloads
    cands += _family(unitcols.candidates, rows, outs, input_names, types)  # mixed units of one dimension -> one unit
    cands += _family(decoding.candidates, rows, outs, input_names, types)  # quoted fields, mojibake, percent-encoding
    cands += _family(byte_escapes.candidates, rows, outs, input_names, types)  # RTF escapes, MIME encoded words
    cands += _family(packed_degrees.candidates, rows, outs, input_names, types)  # NMEA ddmm.mmmm + hemisphere
    cands += _family(exponents.candidates, rows, outs, input_names, types)  # significant digits x 10^digit (472 pF)
    cands += factor_keys.minor_units(rows, outs, input_names, types)  # decimals named by the other column
    cands += _family(chartables.candidates, rows, outs, input_names, types)  # letter variants, invisible characters
    cands += _family(numslots.candidates, rows, outs, input_names, types)  # numbers in order, absent ones defaulted
    dates = partial(datelayouts.candidates, deadline=deadline)
    cands += _family(dates, rows, outs, input_names, types)  # dates in mixed layouts
    cands += _family(keyedall.candidates, rows, outs, input_names, types)  # every value after a key, joined
    cands += _family(brackets.candidates, rows, outs, input_names, types)  # inside brackets of either width
    cands += _family(regroup.candidates, rows, outs, input_names, types)  # letters and digits in fixed groups
    cands += _family(keywords.candidates, rows, outs, input_names, types)  # the text after a keyword
    cands += _family(particles.candidates, rows, outs, input_names, types)  # title case, small words lower
    cands += _family(idtokens.candidates, rows, outs, input_names, types)  # a fixed-length id (or its head) anywhere
    cands += _family(marks.candidates, rows, outs, input_names, types)  # combining marks of a script deleted
    cands += _family(kana.candidates, rows, outs, input_names, types)  # hiragana/katakana, full-width forms
    cands += _family(translit.candidates, rows, outs, input_names, types)  # Cyrillic romanised by a standard
    cands += _family(decshift.candidates, rows, outs, input_names, types)  # long integers shifted as text
    cands += _family(joinruns.candidates, rows, outs, input_names, types)  # runs of a class, one separator
    if not any(c.examples_passed == len(rows) and c.description in ("single", "join") for c in cands):
        cands += tables.candidates(rows, outs, input_names, types)  # codes looked up field by field
        cands += factor_keys.candidates(rows, outs, input_names, types)  # a factor named by the other column
        cands += deletions.candidates(rows, outs, input_names, types)  # an optional head or tail removed
        cands += _family(unicase.candidates, rows, outs, input_names, types)  # Unicode case with a locale's letters
    cands.sort(key=lambda c: (-c.examples_passed, -c.unlabeled_covered, c.cost, kind_rank.get(c.description, 9)))
    best = cands[0] if cands else None
    elapsed = (time.perf_counter() - t0) * 1000.0
    fitting = [c.pipeline for c in cands[1:] if c.examples_passed == len(rows)][:MAX_ALTERNATIVES]
    return SynthResult(pipeline=best.pipeline if best else None,
                       solved_all=bool(best and best.examples_passed == len(rows)),
                       candidates=cands, elapsed_ms=round(elapsed, 3), examples=len(rows),
                       timed_out=time.perf_counter() > deadline, alternatives=fitting)
