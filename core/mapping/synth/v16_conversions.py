"""Whole-value conversions with the DSL 1.6 number-word ops and flag decoding, proposed as synthesis
candidates.

Families: English number words to digits (``words_to_int``, after ``case`` lower and ``replace``
`` and `` / ``,`` when the examples write them) and digits to words (``int_to_words``, then ``case``
upper or title when the examples are written so); bit flags (``5`` -> ``read,delete``: each bit a
``floor`` division and remainder, named by ``map_dict``, the names joined by ``concat`` skipping unset
bits) and positional flags (``YNY`` -> ``email,post``: one character per position); one bit as a yes/no
answer (``6`` -> ``Y`` when bit 2 is set). Like :mod:`.conversions`, each family reads its parameters
from the examples, checks the program on every example in Python and keeps only programs the DSL
engine then confirms. Calendar parts of dates (``date_part``) are in :mod:`.dateparts`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from core.mapping.synth import dateparts, legacy, wordtables, wordwise
from core.mapping.synth.conversions import confirmed_proposals
from core.mapping.synth.models import Candidate
from dsl import numwords
from dsl.models import OP_SINCE

Fn = Callable[[str], str | None]
Proposal = tuple[str, list[dict[str, Any]], float, Fn]
OUT = "out"
WORDS = re.compile(r"[A-Za-z][A-Za-z ,-]*")
NUMBER = re.compile(r"[0-9]{1,9}")
FLAG_SEPS = (",", ", ", ";", "; ", "|", " | ", " ", "/", " + ", " & ")
MAX_BITS = 16
MAX_POSITIONS = 12
#: below a lookup table of the examples (5.0): names reused across combinations explain more than a table
FLAG_COST = 3.0


def _case(v: str, mode: str) -> str:
    if mode == "upper":
        return v.upper()
    if mode == "sentence":
        return v[:1].upper() + v[1:]
    if mode == "title":
        return re.sub(r"[A-Za-z0-9]+", lambda m: m.group(0)[0].upper() + m.group(0)[1:].lower(), v)
    return v


def _words_to_digits(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    if not all(WORDS.fullmatch(v) for v in vals) or not all(o and NUMBER.fullmatch(o) for o in outs):
        return
    steps: list[dict[str, Any]] = []
    cur, lowered = col, False
    if any(c.isupper() for v in vals for c in v):
        steps.append({"op": "case", "input": cur, "output": "w", "mode": "lower"})
        cur, lowered = "w", True
    for old in (" and ", ","):  # British "one hundred and five", "one thousand, two hundred"
        if any(old in v.lower() for v in vals):
            steps.append({"op": "replace", "input": cur, "output": "w", "pattern": old, "replacement": " " if
                          old == " and " else ""})
            cur = "w"
    steps += [{"op": "words_to_int", "input": cur, "output": "n"},
              {"op": "type_cast", "input": "n", "output": OUT, "to": "string"}]

    def fn(v: str) -> str | None:
        t = v.lower() if lowered else v
        t = t.replace(" and ", " ").replace(",", "")
        n = numwords.from_words(t)
        return None if n is None else str(n)
    yield "words_to_int", steps, 3.0 + len(steps) / 2, fn


def _digits_to_words(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    if not all(NUMBER.fullmatch(v) for v in vals) or not all(o and WORDS.fullmatch(o) for o in outs):
        return
    for mode in ("none", "upper", "title", "sentence"):
        steps: list[dict[str, Any]] = [{"op": "type_cast", "input": col, "output": "n", "to": "int"},
                                       {"op": "int_to_words", "input": "n", "output": OUT if mode == "none" else "w"}]
        if mode == "sentence":  # the first letter upper (words are at least three letters)
            steps += [{"op": "regex_extract", "input": "w", "output": "f", "pattern": "^(.)", "group": 1},
                      {"op": "case", "input": "f", "output": "f", "mode": "upper"},
                      {"op": "regex_extract", "input": "w", "output": "r", "pattern": "^.(.*)$", "group": 1},
                      {"op": "template", "inputs": ["f", "r"], "template": "{0}{1}", "output": OUT}]
        elif mode != "none":
            steps.append({"op": "case", "input": "w", "output": OUT, "mode": mode})

        def fn(v: str, mode: str = mode) -> str | None:
            w = numwords.to_words(int(v))
            return None if w is None else _case(w, mode)
        yield "int_to_words", steps, 3.0 + (mode != "none"), fn


def _split_names(o: str, sep: str) -> list[str]:
    return [] if o == "" else o.split(sep)


def _name_table(on: list[list[int]], outs: list[str | None], sep: str) -> dict[int, str] | None:
    """Flag -> name when every output lists one name per set flag, in flag order, consistently."""
    table: dict[int, str] = {}
    for flags, o in zip(on, outs, strict=True):
        names = _split_names(o or "", sep)
        if len(names) != len(flags) or any(not n or n != n.strip() for n in names):
            return None
        for f, n in zip(flags, names, strict=True):
            if table.setdefault(f, n) != n:
                return None
    if len(set(table.values())) != len(table) or len(table) < 2 or max(len(f) for f in on) < 2:
        return None
    return table


def _flag_names(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    """``5`` -> ``read,delete`` (bits) and ``YNY`` -> ``email,post`` (positions)."""
    if not any(len(_split_names(o or "", s)) > 1 for o in outs for s in FLAG_SEPS):
        return  # no output combines two names: a lookup, not flags
    if all(NUMBER.fullmatch(v) and int(v) < 2 ** MAX_BITS for v in vals):
        on = [[b for b in range(MAX_BITS) if int(v) >> b & 1] for v in vals]
        for sep in FLAG_SEPS:
            table = _name_table(on, outs, sep)
            if table is not None:
                yield "bit_flags", _bit_steps(col, table, sep), FLAG_COST, _bit_fn(table, sep)
                return
    width = {len(v) for v in vals}
    chars = {c for v in vals for c in v}
    if len(width) == 1 and 2 <= min(width) <= MAX_POSITIONS and len(chars) == 2:
        for yes in sorted(chars):
            on = [[i for i, c in enumerate(v) if c == yes] for v in vals]
            for sep in FLAG_SEPS:
                table = _name_table(on, outs, sep)
                if table is not None:
                    steps = _position_steps(col, table, sep, yes)
                    yield "position_flags", steps, FLAG_COST, _position_fn(table, sep, yes)
                    return


def _bit_steps(col: str, table: dict[int, str], sep: str) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = [{"op": "type_cast", "input": col, "output": "n", "to": "int"},
                                   {"op": "type_cast", "input": "n", "output": "f", "to": "float"}]
    names = []
    for b in sorted(table):
        hi, lo = f"h{b}", f"l{b}"
        steps += [{"op": "safe_math", "fn": "div", "args": ["f", 2 ** (b + 1)], "output": hi},
                  {"op": "floor", "input": hi, "output": hi},
                  {"op": "safe_math", "fn": "mul", "args": [hi, 2], "output": hi},
                  {"op": "safe_math", "fn": "div", "args": ["f", 2 ** b], "output": lo},
                  {"op": "floor", "input": lo, "output": lo},
                  {"op": "safe_math", "fn": "sub", "args": [lo, hi], "output": lo},
                  {"op": "type_cast", "input": lo, "output": lo, "to": "int"},
                  {"op": "type_cast", "input": lo, "output": lo, "to": "string"},
                  {"op": "map_dict", "input": lo, "output": f"name{b}", "mapping": {"1": table[b]}}]
        names.append(f"name{b}")
    return [*steps, {"op": "concat", "inputs": names, "output": OUT, "separator": sep, "nulls": "skip"}]


def _bit_fn(table: dict[int, str], sep: str) -> Fn:
    return lambda v: sep.join(table[b] for b in sorted(table) if int(v) >> b & 1)


def _position_steps(col: str, table: dict[int, str], sep: str, yes: str) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = []
    for i in sorted(table):
        steps += [{"op": "regex_extract", "input": col, "output": f"c{i}", "pattern": f"^.{{{i}}}(.)", "group": 1},
                  {"op": "map_dict", "input": f"c{i}", "output": f"name{i}", "mapping": {yes: table[i]}}]
    return [*steps, {"op": "concat", "inputs": [f"name{i}" for i in sorted(table)], "output": OUT,
                     "separator": sep, "nulls": "skip"}]


def _position_fn(table: dict[int, str], sep: str, yes: str) -> Fn:
    return lambda v: sep.join(table[i] for i in sorted(table) if i < len(v) and v[i] == yes)


def _answer_fn(b: int, table: dict[str, str]) -> Fn:
    return lambda v: table[str(int(v) >> b & 1)]


def _bit_answer(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    """One bit read as two answers (``6`` -> ``Y`` when the 2-bit is set): the lowest bit that explains
    every example, when both answers are shown."""
    if not all(NUMBER.fullmatch(v) and int(v) < 2 ** MAX_BITS for v in vals) or len(set(outs)) != 2 or \
            any(not o for o in outs) or len(set(vals)) < 3 or not any(bin(int(v)).count("1") > 1 for v in vals):
        return  # a value with several bits set shows the answer reads one of them
    for b in range(MAX_BITS):
        table: dict[str, str] = {}
        if all(table.setdefault(str(int(v) >> b & 1), o or "") == o for v, o in zip(vals, outs, strict=True)) \
                and len(table) == 2:
            steps: list[dict[str, Any]] = _bit_steps(col, {b: "1"}, ",")[:-1]
            steps[-1] = {"op": "map_dict", "input": f"l{b}", "output": OUT, "mapping": table}
            yield "bit_answer", steps, FLAG_COST + 1.0 + b / 16, _answer_fn(b, table)
            return


def version(steps: list[dict[str, Any]]) -> str:
    """The oldest DSL version whose ops ``steps`` use (1.0.0 .. 1.6.0)."""
    major, minor = max((OP_SINCE[s["op"]] for s in steps if s["op"] in OP_SINCE), default=(1, 0))
    return f"{major}.{minor}.0"


def _proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    yield from _words_to_digits(vals, outs, col)
    yield from _digits_to_words(vals, outs, col)
    yield from _flag_names(vals, outs, col)
    yield from _bit_answer(vals, outs, col)
    yield from dateparts.proposals(vals, outs, col)
    yield from wordwise.proposals(vals, outs, col)
    yield from legacy.proposals(vals, outs, col)
    yield from wordtables.proposals(vals, outs, col)


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed DSL 1.6 programs (and flag decoders) that reproduce every example (``rows``:
    text values in the order of ``names``; ``outs``: expected outputs, ``""`` = empty)."""
    return confirmed_proposals(rows, outs, names, types, _proposals, version,
                               errors=(ValueError, OverflowError, KeyError))
