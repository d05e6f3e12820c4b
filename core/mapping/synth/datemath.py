"""Date arithmetic found from examples (DSL 1.3/1.4 ops: ``date_parse``, ``datetime_to_epoch``,
``safe_math``, ``floor``, ``epoch_to_datetime``, ``date_format``).

Families, each proposed only when every example agrees on its one learned constant:

- **day numbers** (``45366`` -> ``2024-03-15``): a count of days since an epoch the examples fix
  (Excel's 1900 system, Unix days, SAS, ...): ``date = epoch + n days``; the offset must be the same in
  every example, so one example proposes it and the others test it;
- **a datetime plus a duration** (``2024-03-15 14:58:30`` + ``125`` -> ``... 15:00:35``): the duration in
  seconds, minutes, hours or days (the unit the examples agree on);
- **a year and a month (or fiscal period) shifted by k months** (``010/2024`` -> ``2025-01`` for a fiscal
  year starting in April): ``12 * year + period + k`` split back into a year and a month;
- **completed years between two dates** (an age at a reference date): ``floor((YYYYMMDD_b - YYYYMMDD_a)
  / 10000)``, and **days between two dates**.

The Python mirror checks every example (cheap); the DSL engine confirms the program
(:func:`conversions.confirmed`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator
from typing import Any

from dsl import dates

OUT = "out"
EPOCH = dt.date(1970, 1, 1)
#: seconds per unit of a duration column
UNITS = (("s", 1), ("min", 60), ("h", 3600), ("d", 86400))
Proposal = tuple[str, list[dict[str, Any]], float]
_INT = re.compile(r"-?[0-9]{1,9}")
#: a day number, optionally with the fraction of a day (spreadsheet serials with a time of day)
_DAYS = re.compile(r"-?[0-9]{1,9}(\.[0-9]{1,12})?")


def _parse(v: str, fmt: str) -> dt.datetime | None:
    if not re.fullmatch(dates.spec(fmt).shape, v):
        return None
    try:
        return dt.datetime.strptime(v, fmt)
    except ValueError:
        return None


def _formats(vals: list[str]) -> list[str]:
    """Accepted DSL formats every value parses with."""
    return [f for f in dates.FORMATS if all(_parse(v, f) is not None for v in vals)]


def _epoch_steps(col: str, fmt_in: str, name: str) -> list[dict[str, Any]]:
    return [{"op": "date_parse", "input": col, "output": f"{name}_d", "format": fmt_in},
            {"op": "datetime_to_epoch", "input": f"{name}_d", "output": f"{name}_e", "unit": "s"},
            {"op": "type_cast", "input": f"{name}_e", "output": f"{name}_f", "to": "float"}]


def _render(src: str, fmt_out: str) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = [{"op": "type_cast", "input": src, "output": "t_i", "to": "int"},
                                   {"op": "epoch_to_datetime", "input": "t_i", "output": "t_d", "unit": "s"}]
    if dates.spec(fmt_out).kind == "date":
        steps.append({"op": "type_cast", "input": "t_d", "output": "t_d", "to": "date"})
    steps.append({"op": "date_format", "input": "t_d", "output": OUT, "format": fmt_out})
    return steps


def day_numbers(vals: list[str], outs: list[str], col: str) -> Iterator[Proposal]:
    """``n`` -> the date ``n`` days after an epoch every example agrees on (not 1970: plain epochs
    are :mod:`.conversions`' ``epoch_*``)."""
    if len(vals) < 2 or not all(_DAYS.fullmatch(v) for v in vals):
        return
    frac = any("." in v for v in vals)  # a time of day as the fraction (Excel ``45291.5``): floored away
    for fmt in _formats(outs):
        if dates.spec(fmt).kind != "date":
            continue
        offsets = {(_parse(o, fmt).date() - EPOCH).days - math.floor(float(v))  # type: ignore[union-attr]
                   for v, o in zip(vals, outs, strict=True)}
        if len(offsets) != 1:
            continue
        off = offsets.pop()
        if off == 0 or abs(off) > 800_000:
            continue
        steps: list[dict[str, Any]] = [
            {"op": "type_cast", "input": col, "output": "n_f", "to": "float"},
            {"op": "safe_math", "fn": "add", "args": ["n_f", float(off)], "output": "n_f"},
            {"op": "safe_math", "fn": "mul", "args": ["n_f", 86400.0], "output": "n_f"}]
        if frac:
            steps.append({"op": "floor", "input": "n_f", "output": "n_f"})
        yield "day_number", steps + _render("n_f", fmt), 5.0 + 0.5 * frac
        return


def plus_duration(a: list[str], b: list[str], outs: list[str], ca: str, cb: str) -> Iterator[Proposal]:
    """A date or datetime ``a`` plus ``b`` seconds / minutes / hours / days."""
    if not all(_INT.fullmatch(v) for v in b):
        return
    for fin in _formats(a):
        for fout in _formats(outs):
            for unit, per in UNITS:
                ok = all(_parse(x, fin) + dt.timedelta(seconds=int(n) * per) == _parse(o, fout)  # type: ignore[operator]
                         for x, n, o in zip(a, b, outs, strict=True))
                if not ok:
                    continue
                steps = _epoch_steps(ca, fin, "a") + [
                    {"op": "type_cast", "input": cb, "output": "b_f", "to": "float"},
                    {"op": "safe_math", "fn": "mul", "args": ["b_f", float(per)], "output": "b_f"},
                    {"op": "safe_math", "fn": "add", "args": ["a_f", "b_f"], "output": "t_f"}]
                yield f"plus_{unit}", steps + _render("t_f", fout), 5.5
                return


def between(a: list[str], b: list[str], outs: list[str], ca: str, cb: str) -> Iterator[Proposal]:
    """Completed years (an age) or days from date ``a`` to date ``b``."""
    if not all(_INT.fullmatch(o) for o in outs):
        return
    for fa in _formats(a):
        for fb in _formats(b):
            da = [_parse(x, fa) for x in a]
            db = [_parse(x, fb) for x in b]
            if any(d is None or d.time() != dt.time() for d in da + db):
                continue
            key = [int(d.strftime("%Y%m%d")) for d in da if d]
            keyb = [int(d.strftime("%Y%m%d")) for d in db if d]
            years = [str((y - x) // 10000) for x, y in zip(key, keyb, strict=True)]
            days = [str((y - x).days) for x, y in zip(da, db, strict=True) if x and y]
            if years == outs and len(set(outs)) > 1:
                steps: list[dict[str, Any]] = []
                for src, f, n in ((ca, fa, "a"), (cb, fb, "b")):
                    steps += [{"op": "date_parse", "input": src, "output": f"{n}_d", "format": f},
                              {"op": "date_format", "input": f"{n}_d", "output": f"{n}_s", "format": "%Y%m%d"},
                              {"op": "type_cast", "input": f"{n}_s", "output": f"{n}_f", "to": "float"}]
                steps += [{"op": "safe_math", "fn": "sub", "args": ["b_f", "a_f"], "output": "t_f"},
                          {"op": "safe_math", "fn": "div", "args": ["t_f", 10000.0], "output": "t_f"},
                          {"op": "floor", "input": "t_f", "output": "t_f"},
                          {"op": "type_cast", "input": "t_f", "output": "t_i", "to": "int"},
                          {"op": "type_cast", "input": "t_i", "output": OUT, "to": "string"}]
                yield "years_between", steps, 5.5
                return
            if days == outs and len(set(outs)) > 1:
                steps = _epoch_steps(ca, fa, "a") + _epoch_steps(cb, fb, "b") + [
                    {"op": "safe_math", "fn": "sub", "args": ["b_f", "a_f"], "output": "t_f"},
                    {"op": "safe_math", "fn": "div", "args": ["t_f", 86400.0], "output": "t_f"},
                    {"op": "type_cast", "input": "t_f", "output": "t_i", "to": "int"},
                    {"op": "type_cast", "input": "t_i", "output": OUT, "to": "string"}]
                yield "days_between", steps, 5.5
                return


_RUN = re.compile(r"[0-9]+")


def _nth_run(i: int) -> str:
    """A pattern whose group 1 is the i-th digit run (no quantified groups: the DSL's regex subset)."""
    return "^[^0-9]*" + "[0-9]+[^0-9]+" * i + "([0-9]+)"


def month_shift(vals: list[str], outs: list[str], col: str) -> Iterator[Proposal]:
    """``year``, ``period`` (two digit runs of the input) -> the year and two-digit month ``k`` months on,
    written in one template every output shares; ``k`` must be the same in every example."""
    runs = [_RUN.findall(v) for v in vals]
    if len(vals) < 2 or len({len(r) for r in runs}) != 1 or len(runs[0]) != 2:
        return
    years = [k for k in range(2) if all(len(r[k]) == 4 for r in runs)]
    if len(years) != 1 or not all(1 <= int(r[1 - years[0]]) <= 16 for r in runs):
        return
    iy, ip = years[0], 1 - years[0]
    templates, shifts = set(), set()
    for r, o in zip(runs, outs, strict=True):
        m = re.fullmatch(r"([^0-9]*)([0-9]{4})([^0-9]+)([0-9]{2})([^0-9]*)", o)
        if m is None or not 1 <= int(m.group(4)) <= 12:
            return
        templates.add((m.group(1), m.group(3), m.group(5)))
        shifts.add(int(m.group(2)) * 12 + int(m.group(4)) - int(r[iy]) * 12 - int(r[ip]))
    if len(templates) != 1 or len(shifts) != 1 or (k := shifts.pop()) == 0 or abs(k) > 24:
        return
    pre, mid, post = templates.pop()
    def lit(t: str) -> str:
        return t.replace("{", "{{").replace("}", "}}")
    esc = f"{lit(pre)}{{0}}{lit(mid)}{{1}}{lit(post)}"
    steps: list[dict[str, Any]] = [
        {"op": "regex_extract", "input": col, "output": "y_s", "pattern": _nth_run(iy), "group": 1},
        {"op": "regex_extract", "input": col, "output": "p_s", "pattern": _nth_run(ip), "group": 1},
        {"op": "type_cast", "input": "y_s", "output": "y_f", "to": "float"},
        {"op": "type_cast", "input": "p_s", "output": "p_f", "to": "float"},
        {"op": "safe_math", "fn": "mul", "args": ["y_f", 12.0], "output": "t_f"},
        {"op": "safe_math", "fn": "add", "args": ["t_f", "p_f"], "output": "t_f"},
        {"op": "safe_math", "fn": "add", "args": ["t_f", float(k - 1)], "output": "t_f"},
        {"op": "safe_math", "fn": "div", "args": ["t_f", 12.0], "output": "yr_f"},
        {"op": "floor", "input": "yr_f", "output": "yr_f"},
        {"op": "safe_math", "fn": "mul", "args": ["yr_f", 12.0], "output": "m_f"},
        {"op": "safe_math", "fn": "sub", "args": ["t_f", "m_f"], "output": "m_f"},
        {"op": "safe_math", "fn": "add", "args": ["m_f", 1.0], "output": "m_f"}]
    for src, name in (("yr_f", "yr"), ("m_f", "mo")):
        steps += [{"op": "type_cast", "input": src, "output": f"{name}_i", "to": "int"},
                  {"op": "type_cast", "input": f"{name}_i", "output": name, "to": "string"}]
    steps += [{"op": "pad", "input": "mo", "output": "mo", "width": 2, "fill": "0", "side": "left"},
              {"op": "template", "inputs": ["yr", "mo"], "template": esc, "output": OUT}]
    yield "month_shift", steps, 6.0


def proposals(rows: list[list[str | None]], outs: list[str | None], names: list[str]) -> Iterator[Proposal]:
    """Date-arithmetic programs over one input or an ordered pair of inputs (all values present)."""
    if any(o is None or o == "" for o in outs) or any(v is None for r in rows for v in r):
        return
    o = [x for x in outs if x is not None]
    cols = [[r[i] or "" for r in rows] for i in range(len(names))]
    for i, name in enumerate(names):
        yield from day_numbers(cols[i], o, name)
        yield from month_shift(cols[i], o, name)
    for i, j in ((i, j) for i in range(len(names)) for j in range(len(names)) if i != j):
        yield from plus_duration(cols[i], cols[j], o, names[i], names[j])
        yield from between(cols[i], cols[j], o, names[i], names[j])
