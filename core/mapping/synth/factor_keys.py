"""Whole factors named by another column: an amount in one input times a factor the other input's word
names (``4200.00`` + ``monthly`` -> ``50400.00``: 12 a month, 2080 an hour, 1 a year).

The two-column form of :func:`tables._factor_table` (there the word sits beside the number in one value). The
table is learned from the examples (one whole factor >= 1 per key word, every example of a key agreeing), and
it is evidence only when the amounts are not all whole, yet every ratio is, and at least two factors differ.
Emitted as: the amount's thousands commas dropped and a decimal comma read, ``type_cast``, the key trimmed and
``map_dict``-ed to its factor, ``safe_math`` ``mul``, ``format_number`` with the outputs' decimals; confirmed by
the engine like the other conversions.
"""

from __future__ import annotations

import re
from typing import Any

from core.mapping.synth import numeric
from core.mapping.synth.atoms import DEC_COMMA
from core.mapping.synth.conversions import candidate, confirmed
from core.mapping.synth.emit import OUT
from core.mapping.synth.models import Candidate
from core.mapping.synth.tables import _NUMBER, THOUSANDS, _ungroup
from core.mapping.synth.text import lower, trim
from core.mapping.synth.v16_conversions import version

MAX_KEYS = 8


def _amount(v: str) -> float | None:
    found = _NUMBER.findall(v)
    return numeric.parse(re.sub(DEC_COMMA, r"\1.\2", _ungroup(found[0]))) if len(found) == 1 else None


def _table(nums: list[float], keys: list[str], ys: list[float]) -> dict[str, str] | None:
    table: dict[str, str] = {}
    for k, x, y in zip(keys, nums, ys, strict=True):
        f = y / x
        if abs(f - round(f)) > 1e-9 or round(f) < 1 or table.setdefault(k, str(round(f))) != str(round(f)):
            return None
    return table if 2 <= len(set(table.values())) and len(table) <= MAX_KEYS else None


def _steps(amount: str, key: str, table: dict[str, str], fmt: tuple[int, str, str],
           fold: bool) -> list[dict[str, Any]]:
    d, th, mark = fmt
    return [
        {"op": "replace", "input": amount, "output": "_x", "pattern": THOUSANDS[0], "replacement": "$1$2",
         "groups": True},
        {"op": "replace", "input": "_x", "output": "_x", "pattern": THOUSANDS[1], "replacement": "$1$2",
         "groups": True},
        {"op": "replace", "input": "_x", "output": "_x", "pattern": DEC_COMMA, "replacement": "$1.$2", "groups": True},
        {"op": "regex_extract", "input": "_x", "output": "_x", "pattern": "([0-9][0-9.]*)", "group": 1},
        {"op": "type_cast", "input": "_x", "output": "_x", "to": "float"},
        {"op": "trim", "input": key, "output": "_k"},
        *([{"op": "case", "input": "_k", "output": "_k", "mode": "lower"}] if fold else []),
        {"op": "map_dict", "input": "_k", "output": "_k", "mapping": table},
        {"op": "type_cast", "input": "_k", "output": "_f", "to": "float"},
        {"op": "safe_math", "fn": "mul", "args": ["_x", "_f"], "output": OUT},
        {"op": "format_number", "input": OUT, "output": OUT, "decimals": d, "thousands": th, "decimal_mark": mark}]


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed ``amount * factor[key]`` programs over two string inputs (either order)."""
    if len(names) != 2 or len(rows) < 2 or any(not o for o in outs) or \
            any(types.get(n) != "string" for n in names) or any(v is None for r in rows for v in r):
        return []
    ys = [numeric.parse((o or "").replace(",", "")) for o in outs]
    fmts = set(numeric._formats(outs[0] or ""))
    for o in outs[1:]:
        fmts &= set(numeric._formats(o or ""))
    if not fmts or any(y is None for y in ys):
        return []
    found: list[Candidate] = []
    for ia, ib in ((0, 1), (1, 0)):
        nums = [_amount(r[ia] or "") for r in rows]
        keys = [trim(r[ib] or "") for r in rows]
        fold = len({lower(k) for k in keys}) == len(set(keys))  # ``Monthly`` / ``monthly`` alike, unless both seen
        keys = [lower(k) for k in keys] if fold else keys
        if any(x is None or x == 0 for x in nums) or any(not k or any(c.isdecimal() for c in k) for k in keys):
            continue
        xs = [x for x in nums if x is not None]
        if all(x.is_integer() for x in xs):
            continue  # whole amounts: a factor is no evidence over an offset or a coincidence
        table = _table(xs, keys, [y for y in ys if y is not None])
        if table is None:
            continue
        fmt = next(f for f in numeric._formats(outs[0] or "") if f in fmts)
        steps = _steps(names[ia], names[ib], table, fmt, fold)
        pipe = confirmed(steps, rows, outs, names, types, version(steps))
        if pipe is not None:
            found.append(candidate(pipe, 7.0 + len(table), len(rows), "factor_keys"))
    return found


def _decimals(o: str) -> int | None:
    m = re.fullmatch(r"-?[0-9]+(?:\.([0-9]+))?", o)
    return None if m is None else len(m.group(1) or "")


def minor_units(rows: list[list[str | None]], outs: list[str | None], names: list[str],
                types: dict[str, str]) -> list[Candidate]:
    """Amounts in minor units and the number of decimals named by the other column (``123456`` + ``EUR`` ->
    ``1234.56``, ``5000`` + ``JPY`` -> ``5000``, ``45`` + ``KWD`` -> ``0.045``): ``x / 10^d`` written with ``d``
    decimals, ``d`` per key word learned from the examples (at least two different ``d``). One branch per ``d``,
    each null unless the key is one of its words (``map_dict`` to ``""``, ``concat``), joined with ``coalesce``."""
    if len(names) != 2 or len(rows) < 2 or any(not o for o in outs) or \
            any(types.get(n) != "string" for n in names) or any(v is None for r in rows for v in r):
        return []
    found: list[Candidate] = []
    for ia, ib in ((0, 1), (1, 0)):
        amounts = [trim(r[ia] or "") for r in rows]
        keys = [trim(r[ib] or "") for r in rows]
        if not all(a.isdecimal() for a in amounts) or any(not k or any(c.isdecimal() for c in k) for k in keys):
            continue
        table: dict[str, int] = {}
        for a, k, o in zip(amounts, keys, outs, strict=True):
            d = _decimals(o or "")
            if d is None or d > 6 or numeric.fmt(int(a) / 10**d, d, "", ".") != o or table.setdefault(k, d) != d:
                table = {}
                break
        if len(set(table.values())) < 2:
            continue
        steps: list[dict[str, Any]] = [
            {"op": "type_cast", "input": names[ia], "output": "_x", "to": "float"},
            {"op": "trim", "input": names[ib], "output": "_k"}]
        branches = []
        for d in sorted(set(table.values())):
            mark = {k: "" for k, v in table.items() if v == d}
            steps += [{"op": "safe_math", "fn": "div", "args": ["_x", float(10**d)], "output": f"_v{d}"},
                      {"op": "format_number", "input": f"_v{d}", "output": f"_v{d}", "decimals": d},
                      {"op": "map_dict", "input": "_k", "output": f"_m{d}", "mapping": mark},
                      {"op": "concat", "inputs": [f"_v{d}", f"_m{d}"], "output": f"_b{d}"}]
            branches.append(f"_b{d}")
        steps.append({"op": "coalesce", "inputs": branches, "output": OUT})
        pipe = confirmed(steps, rows, outs, names, types, version(steps))
        if pipe is not None:
            found.append(candidate(pipe, 6.0 + 0.5 * len(table), len(rows), "minor_units"))
    return found
