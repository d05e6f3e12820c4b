"""Whole-value conversions with the DSL 1.4 ops, proposed as synthesis candidates.

Families: list sort / de-duplication (``list_sort``, ``list_unique``), every match of a token
pattern (``regex_extract_all``), hexadecimal <-> decimal (also byte groups in a template:
:mod:`.hexgroups`), Unix time <-> date text, Roman numerals <-> decimal, Unicode NFKC folding.
Each family reads its few parameters (separator, sigil, unit, format, letter case, width) from
the examples, checks the program on every example in Python (the reference semantics of the
ops, cheap) and keeps only programs the DSL engine then confirms.

Occam: a family is tried only when the examples show what distinguishes it (items that change
order, a duplicate that is dropped, two matches in one value, a value NFKC changes, ...); every
parameter is one of a handful of fixed choices, so a program here has a short description and
cannot restate the examples. Costs are in the units of :mod:`.plans` (a one-op conversion costs
about as much as a simple single-branch plan, far less than a switch or a table).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from core.mapping.synth import datemath, worded_days
from core.mapping.synth.hexgroups import hex_to_numbers, numbers_to_hex
from core.mapping.synth.models import Candidate
from core.mapping.synth.numerals import hex_numbers, roman_numerals
from dsl import dates
from dsl.errors import DSLError
from dsl.execute import run_sample
from dsl.models import Pipeline

Fn = Callable[[str], str | None]
Proposal = tuple[str, list[dict[str, Any]], float, Fn]
OUT = "out"
LIST_SEPS = (", ", ",", "; ", ";", " | ", "|", " > ", " / ", "/", " ", "\n", "\t")
JOIN_SEPS = (" ", ", ", ",", ";", "|", "\n", "/")
SIGILS = "#@$%&:+"
EPOCH = dt.datetime(1970, 1, 1)
#: Unix times of this many digits or more are milliseconds when a column mixes units
MS_DIGITS = 12


def _list_fn(sep: str, kind: str) -> Fn:
    def fn(v: str) -> str:
        items = v.split(sep)
        if kind.startswith("unique"):
            items = list(dict.fromkeys(items))
        if "sort" in kind:
            items = sorted(items, reverse=kind.endswith("desc"))
        return sep.join(items)
    return fn


def _lists(vals: list[str], col: str) -> Iterator[Proposal]:
    for sep in LIST_SEPS:
        split = [v.split(sep) for v in vals if sep in v]
        if not split:
            continue
        dupes = any(len(set(items)) < len(items) for items in split)
        unordered = [any(items != sorted(items, reverse=desc) for items in split) for desc in (False, True)]
        for kind in ("sort", "sort_desc", "unique", "unique_sort", "unique_sort_desc"):
            desc = kind.endswith("desc")
            if ("unique" in kind and not dupes) or ("sort" in kind and not unordered[desc]):
                continue  # the examples must show what the op does
            steps: list[dict[str, Any]] = []
            src = col
            if kind.startswith("unique"):
                steps.append({"op": "list_unique", "input": src, "output": OUT, "separator": sep})
                src = OUT
            if "sort" in kind:
                steps.append({"op": "list_sort", "input": src, "output": OUT, "separator": sep, "descending": desc})
            yield f"list_{kind}", steps, 2.0 + len(steps), _list_fn(sep, kind)


def _token_class(bodies: list[str]) -> str | None:
    if all(b.isascii() and b.isdecimal() for b in bodies):
        return "[0-9]+"
    if all(re.fullmatch("[A-Za-z0-9_]+", b) for b in bodies):
        return "[A-Za-z0-9_]+"
    return None


def _extract_all(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    for sep in JOIN_SEPS:
        tokens = [o.split(sep) for o in outs if o]
        if not tokens or not any(len(t) > 1 for t in tokens) or len(tokens) < len([o for o in outs if o]):
            continue
        flat = [t for ts in tokens for t in ts]
        heads = {t[:1] for t in flat}
        if len(heads) == 1 and next(iter(heads)) in SIGILS:
            sigil = next(iter(heads))
            cls, group = _token_class([t[1:] for t in flat]), 0
            pattern = f"\\{sigil}{cls}"
        else:
            before = {v[m.start() - 1:m.start()] for v, o in zip(vals, outs, strict=True) if o
                      for t in o.split(sep) for m in re.finditer(re.escape(t), v)}
            sigil = next(iter(before)) if len(before) == 1 and next(iter(before)) in SIGILS else ""
            cls, group = _token_class(flat), (1 if sigil else 0)
            if not sigil and cls != "[0-9]+":
                continue  # bare words: "keep the words" explains too much (quotes, emoji, punctuation)
            pattern = f"\\{sigil}({cls})" if sigil else f"{cls}"
        if cls is None:
            continue
        rx = re.compile(pattern)

        def fn(v: str, rx: re.Pattern[str] = rx, group: int = group, sep: str = sep) -> str:
            return sep.join(g for m in rx.finditer(v) if (g := m.group(group)))
        step = {"op": "regex_extract_all", "input": col, "output": OUT, "pattern": pattern, "group": group,
                "separator": sep}
        yield "extract_all", [step], 3.0 + 0.5 * group, fn


def _epoch(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    if all(re.fullmatch("-?[0-9]{1,15}", v) for v in vals):
        for unit, per in (("s", 1), ("ms", 1000)):
            for fmt in dates.FORMATS:
                kind = dates.spec(fmt).kind
                steps: list[dict[str, Any]] = [
                    {"op": "type_cast", "input": col, "output": "n", "to": "int"},
                    {"op": "epoch_to_datetime", "input": "n", "output": "d", "unit": unit}]
                if kind == "date":
                    steps.append({"op": "type_cast", "input": "d", "output": "d", "to": "date"})
                steps.append({"op": "date_format", "input": "d", "output": OUT, "format": fmt})

                def fn(v: str, per: int = per, fmt: str = fmt) -> str | None:
                    try:
                        return (EPOCH + dt.timedelta(milliseconds=int(v) * 1000 // per)).strftime(fmt)
                    except OverflowError:
                        return None
                yield f"epoch_{unit}", steps, 4.0, fn
        yield from _epoch_mixed(vals, col)
        return
    if not all(o and re.fullmatch("-?[0-9]{1,15}", o) for o in outs):
        return
    for fmt in dates.FORMATS:
        if not all(re.fullmatch(dates.spec(fmt).shape, v) for v in vals):
            continue
        for unit, per in (("s", 1), ("ms", 1000)):
            steps = [{"op": "date_parse", "input": col, "output": "d", "format": fmt},
                     {"op": "datetime_to_epoch", "input": "d", "output": "n", "unit": unit},
                     {"op": "type_cast", "input": "n", "output": OUT, "to": "string"}]

            def back(v: str, per: int = per, fmt: str = fmt) -> str | None:
                try:
                    delta = dt.datetime.strptime(v, fmt) - EPOCH
                except ValueError:
                    return None
                return str((delta.days * 86400 + delta.seconds) * per + delta.microseconds * per // 1_000_000)
            yield f"to_epoch_{unit}", steps, 4.0, back


def _epoch_mixed(vals: list[str], col: str) -> Iterator[Proposal]:
    """Unix time in seconds or milliseconds in one column, told apart by length: 12 or more digits are
    milliseconds (any instant after 1973-03-03), up to 11 seconds (any before the year 5138); proposed only
    when the examples hold both."""
    long = [len(v.lstrip("-")) >= MS_DIGITS for v in vals]
    if all(long) or not any(long):
        return
    for fmt in dates.FORMATS:
        steps: list[dict[str, Any]] = []
        for unit, pattern in (("s", f"^(-?[0-9]{{1,{MS_DIGITS - 1}}})$"), ("ms", f"^(-?[0-9]{{{MS_DIGITS},15}})$")):
            steps += [{"op": "regex_extract", "input": col, "output": f"t_{unit}", "pattern": pattern, "group": 1},
                      {"op": "type_cast", "input": f"t_{unit}", "output": f"t_{unit}", "to": "int"},
                      {"op": "epoch_to_datetime", "input": f"t_{unit}", "output": f"t_{unit}", "unit": unit}]
        steps.append({"op": "coalesce", "inputs": ["t_s", "t_ms"], "output": "d"})
        if dates.spec(fmt).kind == "date":
            steps.append({"op": "type_cast", "input": "d", "output": "d", "to": "date"})
        steps.append({"op": "date_format", "input": "d", "output": OUT, "format": fmt})

        def fn(v: str, fmt: str = fmt) -> str | None:
            n = int(v)
            ms = n if len(v.lstrip("-")) >= MS_DIGITS else n * 1000
            try:
                return (EPOCH + dt.timedelta(milliseconds=ms)).strftime(fmt)
            except OverflowError:
                return None
        yield "epoch_s_or_ms", steps, 5.0, fn


def _column_number(v: str) -> str | None:
    n = 0
    for ch in v:
        n = n * 26 + ord(ch) - 64
    return str(n) if re.fullmatch("[A-Z]{1,3}", v) else None


def _column_letters(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    """Spreadsheet column letters -> column number (bijective base 26: ``A`` = 1, ``AA`` = 27), when an
    example with two letters shows the base."""
    if not all(re.fullmatch("[A-Z]{1,3}", v) for v in vals) or not any(len(v) > 1 for v in vals) or \
            not all(o and o.isdecimal() for o in outs):
        return
    digits = {"@": "0", **{chr(64 + i): str(i) for i in range(1, 27)}}
    steps: list[dict[str, Any]] = [{"op": "pad", "input": col, "output": "c3", "width": 3, "fill": "@", "side": "left"}]
    for k in range(3):
        steps += [{"op": "regex_extract", "input": "c3", "output": f"l{k}", "pattern": "^" + "[A-Z@]" * k + "([A-Z@])",
                   "group": 1},
                  {"op": "map_dict", "input": f"l{k}", "output": f"l{k}", "mapping": digits},
                  {"op": "type_cast", "input": f"l{k}", "output": f"n{k}", "to": "float"}]
    steps += [{"op": "safe_math", "fn": "mul", "args": ["n0", 676.0], "output": "t"},
              {"op": "safe_math", "fn": "mul", "args": ["n1", 26.0], "output": "u"},
              {"op": "safe_math", "fn": "add", "args": ["t", "u"], "output": "t"},
              {"op": "safe_math", "fn": "add", "args": ["t", "n2"], "output": "t"},
              {"op": "format_number", "input": "t", "output": OUT, "decimals": 0}]
    yield "column_letters", steps, 5.0, _column_number


def _nfkc(vals: list[str], col: str) -> Iterator[Proposal]:
    if any(unicodedata.normalize("NFKC", v) != v for v in vals):
        yield "nfkc", [{"op": "normalize", "input": col, "output": OUT, "form": "NFKC"}], 2.5, \
            lambda v: unicodedata.normalize("NFKC", v)


def _proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    yield from _lists(vals, col)
    yield from _extract_all(vals, outs, col)
    yield from hex_numbers(vals, outs, col)
    yield from hex_to_numbers(vals, outs, col)
    yield from numbers_to_hex(vals, outs, col)
    yield from _epoch(vals, outs, col)
    yield from roman_numerals(vals, outs, col)
    yield from _column_letters(vals, outs, col)
    yield from _nfkc(vals, col)


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed DSL 1.4 programs that reproduce every example (``rows``: text values in the
    order of ``names``; ``outs``: expected outputs, ``""`` = empty). One string input at a time."""
    found = confirmed_proposals(rows, outs, names, types, _proposals, lambda steps: "1.4.0", skip_identity=True)
    if rows and all(types.get(n) == "string" for n in names):  # date arithmetic over one or two inputs
        for desc, steps, cost in itertools.chain(datemath.proposals(rows, outs, names),
                                                 worded_days.pair_proposals(rows, outs, names)):
            pipe = confirmed(steps, rows, outs, names, types)
            if pipe is not None:
                found.append(candidate(pipe, cost, len(rows), desc))
    return found


def confirmed_proposals(rows: list[list[str | None]], outs: list[str | None], names: list[str],
                        types: dict[str, str],
                        proposals: Callable[[list[str], list[str | None], str], Iterator[Proposal]],
                        version_of: Callable[[list[dict[str, Any]]], str], *, skip_identity: bool = False,
                        errors: tuple[type[Exception], ...] = (ValueError, OverflowError)) -> list[Candidate]:
    """The ``proposals`` for each string input (one at a time, every example present) whose Python reference
    (``fn``) reproduces every example (a reference raising one of ``errors`` does not), confirmed by the engine at
    the DSL version ``version_of(steps)``; ``skip_identity``: a program that leaves every value as it is is no
    conversion."""
    found: list[Candidate] = []
    for idx, name in enumerate(names):
        vals = [r[idx] for r in rows]
        if types.get(name) != "string" or not rows or any(v is None for v in vals):
            continue
        seen = [v for v in vals if v is not None]
        for desc, steps, cost, fn in proposals(seen, outs, name):
            try:
                if not all(fn(v) == o for v, o in zip(seen, outs, strict=True)) or (
                        skip_identity and all(fn(v) == v for v in seen)):
                    continue
            except errors:
                continue
            pipe = confirmed(steps, rows, outs, names, types, version_of(steps))
            if pipe is not None:
                found.append(candidate(pipe, cost, len(rows), desc))
    return found


def candidate(pipe: Pipeline, cost: float, passed: int, desc: str) -> Candidate:
    """A confirmed conversion program as a ranked candidate (score falls with the program's cost)."""
    return Candidate(pipeline=pipe, cost=cost, examples_passed=passed, description=desc,
                     score=round(1.0 / (1.0 + 0.02 * cost), 4))


def confirmed(steps: list[dict[str, Any]], rows: list[list[str | None]], outs: list[str | None],
              names: list[str], types: dict[str, str], version: str = "1.4.0") -> Pipeline | None:
    """The pipeline of ``steps`` (DSL ``version``) when the engine reproduces every example, else None."""
    try:
        pipe = Pipeline.from_json({"dsl_version": version, "inputs": names, "outputs": [OUT], "steps": steps,
                                   "input_types": {n: types[n] for n in names}})
        res = run_sample(pipe, [dict(zip(names, r, strict=True)) for r in rows], None, 0.0)
    except DSLError:
        return None
    return pipe if [r.actual[OUT] for r in res.rows] == outs else None
