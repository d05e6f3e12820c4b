"""A date plus (or minus) a number of days written in words: payment terms (``Net 60``, ``45 Tage netto``,
``sofort fällig``) and relative dates of scraped pages (``2 days ago``, ``7 weeks ago``, ``yesterday``).

The whole second column value (lower case, runs of spaces made one, trimmed) must fit ONE grammar: an optional lead
word of a closed list (``net``, ``in``, ``due in``, ``vor``, ...), ONE count ``[0-9]+``, an optional unit word right
after it (days, weeks in several languages; none: days) and an optional trailing word of a closed list (``ago``,
``netto``, ``from now``, ...). Lead and trailing words carry a direction: a column counting back accepts only
``ago``-like words, one counting forward only ``in`` / ``net``-like ones, so ``in 3 days`` in an ``ago`` column is
null, not three days back. Anything else is null: a date (``Due 2024-03-15``), a decimal or thousands separator
(``1.5 weeks``, ``1,000 days``), several numbers or units (``2 weeks 3 days``, ``10 days 2%, Net 30``), an unknown
word (``30 jours fin de mois``, ``Net 7 business days``). A value without a count is a phrase of a closed list that
is a day count itself (``today``, ``sofort``, ``due on receipt``: 0; ``yesterday`` / ``gestern`` when the column
counts back, ``tomorrow`` / ``morgen`` / ``manana`` when it counts forward: 1). One direction for the column (+ or
-), learned from the examples: every example must fit it. The program (DSL 1.4): ``case`` lower, spaces collapsed
and trimmed, the grammar's four parts (``regex_extract`` of one character-class pattern), each word through a
``map_dict`` (an unknown one: null, never a guess), else the whole phrase through a ``map_dict``, ``coalesce``, then
``epoch + sign * n * days * 86400`` rendered like :mod:`.datemath`'s other families.
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
#: lead words before the count and trailing words after the unit, per direction (+1 forward, -1 back)
LEAD: dict[int, tuple[str, ...]] = {
    1: ("net", "netto", "n", "in", "within", "due in", "payable in", "zahlbar in", "binnen", "innerhalb", "dans",
        "en", "entro", "tra", "fra", "over"),
    -1: ("vor", "hace", "il y a"),
}
TRAIL: dict[int, tuple[str, ...]] = {
    1: ("net", "netto", "later", "from now", "hence", "after", "plus tard", "despues", "dopo"),
    -1: ("ago", "back", "earlier", "before", "geleden", "fa", "sedan"),
}
#: a whole value that is the count itself; "back" / "forward": only in a column counting that way
ZERO = ("today", "now", "sofort", "sofort fällig", "immediately", "immediate", "heute", "due", "due now",
        "due immediately", "due on receipt", "due upon receipt", "on receipt", "upon receipt", "payable on receipt",
        "aujourd'hui", "hoy", "oggi", "vandaag")
BACK = ("yesterday", "gestern", "hier", "ayer", "ieri", "gisteren")
FORWARD = ("tomorrow", "morgen", "demain", "manana", "domani")
#: the grammar: lead words (with their space), count, unit, trailing words (with their space); classes only
GRAMMAR = re.compile(r"^([a-z ]*)([0-9]+) *([a-z]*)([a-z ]*)$")
COST = 6.0


def _normal(text: str) -> str:
    """The value as the program reads it: ASCII lower case, runs of spaces made one, ASCII whitespace trimmed."""
    low = "".join(ch.lower() if ch.isascii() else ch for ch in text)
    return re.sub(" +", " ", low).strip(" \t\n\v\f\r")


def _leads(sign: int) -> dict[str, str]:
    return {"": "1"} | {k: "1" for w in LEAD[sign] for k in (w, w + " ")}


def _trails(sign: int) -> dict[str, str]:
    return {"": "1"} | {" " + w: "1" for w in TRAIL[sign]}


def _words(sign: int) -> dict[str, str]:
    table = dict.fromkeys(ZERO, "0")
    table.update(dict.fromkeys(BACK if sign < 0 else FORWARD, "1"))
    return table


def _days(text: str, sign: int) -> int | None:
    """The signed day count of ``text`` (the DSL program's mirror), or None."""
    low = _normal(text)
    m = GRAMMAR.fullmatch(low)
    if m is None:
        n = _words(sign).get(low)
        return None if n is None else sign * int(n)
    lead, count, unit, trail = m.groups()
    per = UNITS.get(unit)
    if per is None or lead not in _leads(sign) or trail not in _trails(sign):
        return None
    return sign * int(count) * per


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
    parts = [("w_a", 1, _leads(sign)), ("w_n", 2, None), ("w_u", 3, units), ("w_t", 4, _trails(sign))]
    steps = datemath._epoch_steps(ca, fin, "a") + [  # noqa: SLF001
        {"op": "case", "input": cb, "output": "w_l", "mode": "lower"},
        {"op": "replace", "input": "w_l", "output": "w_l", "pattern": " +", "replacement": " "},
        {"op": "trim", "input": "w_l", "output": "w_l", "side": "both"}]
    for name, group, table in parts:
        steps.append({"op": "regex_extract", "input": "w_l", "output": name, "pattern": GRAMMAR.pattern,
                      "group": group})
        if table is not None:  # a missing group reads "" on every backend; an unknown word: null
            steps += [{"op": "concat", "inputs": [name], "output": name, "separator": "", "nulls": "skip"},
                      {"op": "map_dict", "input": name, "output": name, "mapping": table}]
        steps.append({"op": "type_cast", "input": name, "output": f"{name}f", "to": "float"})
    return steps + [
        # a count with its unit and accepted words, else the whole phrase's count (whose unit is the day)
        {"op": "safe_math", "fn": "mul", "args": ["w_nf", "w_uf"], "output": "w_c"},
        {"op": "safe_math", "fn": "mul", "args": ["w_c", "w_af"], "output": "w_c"},
        {"op": "safe_math", "fn": "mul", "args": ["w_c", "w_tf"], "output": "w_c"},
        {"op": "map_dict", "input": "w_l", "output": "w_f", "mapping": _words(sign)},
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
