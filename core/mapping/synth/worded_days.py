"""A date plus (or minus) a number of days written in words: payment terms (``Net 60``, ``45 Tage netto``,
``sofort fällig``) and relative dates of scraped pages (``2 days ago``, ``7 weeks ago``, ``yesterday``).

The second column holds a count (its first digit run) with an optional unit word right after it (days, weeks in
several languages; none: days), or no number and a first word that is a day count itself (``today``, ``sofort``,
``immediately``: 0; ``yesterday`` / ``gestern`` when the column counts back, ``tomorrow`` / ``morgen`` when it
counts forward: 1). One direction for the column (+ or -), learned from the examples: every example must fit it.
The program (DSL 1.4): ``case`` lower, the count (``regex_extract``, else the first word through ``map_dict``,
``coalesce``), the unit word (``regex_extract``, a missing one ``""`` by ``concat`` with nulls skipped) through a
``map_dict`` of days per unit (an unknown unit: null, never a guess), then ``epoch + sign * n * days * 86400``
rendered like :mod:`.datemath`'s other families. Refused: a unit no table holds (months are not a fixed number of
days), a value with neither a count nor a known word.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from core.mapping.synth import datemath

#: unit word after the count -> days ("" = no word: days)
UNITS: dict[str, int] = {
    "": 1, "d": 1, "day": 1, "days": 1, "dy": 1, "tag": 1, "tage": 1, "tagen": 1, "jour": 1, "jours": 1, "j": 1,
    "dia": 1, "dias": 1, "giorni": 1, "giorno": 1, "dag": 1, "dagen": 1, "dagar": 1, "w": 7, "wk": 7, "wks": 7,
    "week": 7, "weeks": 7, "woche": 7, "wochen": 7, "semaine": 7, "semaines": 7, "semana": 7, "semanas": 7,
    "weken": 7, "fortnight": 14, "fortnights": 14,
}
#: a first word that is the count itself; "back" / "forward": only in a column counting that way
ZERO = ("today", "now", "sofort", "immediately", "immediate", "heute", "due", "aujourd", "hoy", "oggi", "vandaag")
BACK = ("yesterday", "gestern", "hier", "ayer", "ieri", "gisteren")
FORWARD = ("tomorrow", "morgen", "demain", "mañana", "manana", "domani")
_COUNT = re.compile(r"([0-9]+)")
_UNIT = re.compile(r"[0-9]+ *([a-z]+)")
_FIRST = re.compile(r"^ *([a-z]+)[^0-9]*$")  # only in a value without a count
COST = 6.0


def _words(sign: int) -> dict[str, str]:
    table = dict.fromkeys(ZERO, "0")
    table.update(dict.fromkeys(BACK if sign < 0 else FORWARD, "1"))
    return table


def _days(text: str, sign: int) -> int | None:
    """The signed day count of ``text`` (the DSL program's mirror), or None."""
    low = "".join(ch.lower() if ch.isascii() else ch for ch in text)
    m = _COUNT.search(low)
    if m is None:
        w = _FIRST.fullmatch(low)
        n = _words(sign).get(w.group(1)) if w else None
        return None if n is None else sign * int(n)
    u = _UNIT.search(low)
    per = UNITS.get(u.group(1) if u else "")
    return None if per is None else sign * int(m.group(1)) * per


def proposals(a: list[str], b: list[str], outs: list[str], ca: str, cb: str) -> Iterator[datemath.Proposal]:
    """``a`` (a date) moved by the days ``b`` writes in words, when every example fits one direction."""
    if all(re.fullmatch(r"-?[0-9]+", v) for v in b) or not any(ch.isalpha() for v in b for ch in v):
        return  # a plain count is :func:`datemath.plus_duration`'s
    for fin in datemath._formats(a):  # noqa: SLF001 (the shared format list)
        for fout in datemath._formats(outs):  # noqa: SLF001
            for sign in (1, -1):
                ok = True
                for x, t, o in zip(a, b, outs, strict=True):
                    n, start, end = _days(t, sign), datemath._parse(x, fin), datemath._parse(o, fout)  # noqa: SLF001
                    if n is None or start is None or end is None or start + dt.timedelta(days=n) != end:
                        ok = False
                        break
                if ok:
                    yield "plus_worded_days", _steps(ca, cb, fin, sign) + datemath._render("t_f", fout), COST  # noqa: SLF001
                    return


def _steps(ca: str, cb: str, fin: str, sign: int) -> list[dict[str, Any]]:
    units = {k: str(v) for k, v in UNITS.items()}
    return datemath._epoch_steps(ca, fin, "a") + [  # noqa: SLF001
        {"op": "case", "input": cb, "output": "w_l", "mode": "lower"},
        {"op": "regex_extract", "input": "w_l", "output": "w_n", "pattern": _COUNT.pattern, "group": 1},
        {"op": "regex_extract", "input": "w_l", "output": "w_f", "pattern": _FIRST.pattern, "group": 1},
        {"op": "map_dict", "input": "w_f", "output": "w_f", "mapping": _words(sign)},
        {"op": "regex_extract", "input": "w_l", "output": "w_u", "pattern": _UNIT.pattern, "group": 1},
        {"op": "concat", "inputs": ["w_u"], "output": "w_u", "separator": "", "nulls": "skip"},
        {"op": "map_dict", "input": "w_u", "output": "w_u", "mapping": units},
        # a count with its unit, else the word's count (whose unit is the day)
        {"op": "type_cast", "input": "w_n", "output": "w_nf", "to": "float"},
        {"op": "type_cast", "input": "w_u", "output": "w_uf", "to": "float"},
        {"op": "safe_math", "fn": "mul", "args": ["w_nf", "w_uf"], "output": "w_c"},
        {"op": "type_cast", "input": "w_f", "output": "w_ff", "to": "float"},
        {"op": "coalesce", "inputs": ["w_c", "w_ff"], "output": "w_d"},
        {"op": "safe_math", "fn": "mul", "args": ["w_d", float(sign * 86400)], "output": "w_s"},
        {"op": "safe_math", "fn": "add", "args": ["a_f", "w_s"], "output": "t_f"}]


def pair_proposals(rows: list[list[str | None]], outs: list[str | None],
                   names: list[str]) -> Iterator[datemath.Proposal]:
    """:func:`proposals` over every ordered pair of inputs (all values present, no empty output)."""
    if any(o is None or o == "" for o in outs) or any(v is None for r in rows for v in r):
        return
    o = [x for x in outs if x is not None]
    cols = [[r[i] or "" for r in rows] for i in range(len(names))]
    for i, j in ((i, j) for i in range(len(names)) for j in range(len(names)) if i != j):
        yield from proposals(cols[i], cols[j], o, names[i], names[j])
